package dev.plumb.editor;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Walk;
import dev.plumb.pipeline.PackModel;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * How blocks of an inheritance chain lead to each other, as a compile follows them ({@link
 * Blocks#above}, the rule {@code %super} runs by): an override to the block it replaces in the
 * nearest ancestor that writes it, and a block to the overrides in descendants that replace it.
 * Each place is a block's {@code %block NAME} line, not its whole body.
 */
final class BlockLinks {
  private BlockLinks() {}

  /**
   * The block that {@code block} of {@code template} overrides, or that a {@code %super} inside it
   * runs: the same name in the nearest ancestor that has it; null in a root or when none has it.
   */
  static Span overridden(PackModel model, Template template, Node.Block block) {
    Blocks.Definition above = Blocks.above(model.chain(template), new Blocks.Definition(block, 0));
    return above == null ? null : BlockTargets.opening(above.block().span());
  }

  /**
   * The references of the block a {@code %super} inside {@code block} of {@code template} runs (the
   * same name in the nearest ancestor that has it): its overrides and their {@code %super}s, and
   * the block itself when {@code declaration}; none in a root.
   */
  static List<Span> superseded(
      PackModel model, Template template, Node.Block block, boolean declaration) {
    List<Template> chain = model.chain(template);
    Blocks.Definition above = Blocks.above(chain, new Blocks.Definition(block, 0));
    return above == null
        ? List.of()
        : overrides(model, chain.get(above.index()), above.block(), declaration);
  }

  /**
   * The overrides of {@code block} in the templates that extend {@code template}, at any distance,
   * each with the {@code %super}s inside it; {@code block} itself first when {@code declaration}.
   */
  static List<Span> overrides(
      PackModel model, Template template, Node.Block block, boolean declaration) {
    List<Span> found = new ArrayList<>();
    if (declaration) {
      found.add(BlockTargets.opening(block.span()));
    }
    for (Template descendant : model.templates()) {
      List<Template> chain = model.chain(descendant);
      if (descendant == template || !chain.contains(template)) {
        continue;
      }
      for (Node node : descendant.body()) {
        if (node instanceof Node.Block override
            && override.name().equals(block.name())
            && replaces(chain, override, block)) {
          found.add(BlockTargets.opening(override.span()));
          Walk.statements(override.body()).stream()
              .filter(n -> n instanceof Node.Super)
              .forEach(n -> found.add(((Node.Super) n).span()));
        }
      }
    }
    return found;
  }

  /** Whether {@code block} is the one {@code override} replaces, not a nearer ancestor's. */
  private static boolean replaces(List<Template> chain, Node.Block override, Node.Block block) {
    Blocks.Definition above = Blocks.above(chain, new Blocks.Definition(override, 0));
    return above != null && above.block() == block;
  }
}
