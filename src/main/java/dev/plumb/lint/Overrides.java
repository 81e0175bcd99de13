package dev.plumb.lint;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/** A block override that says exactly what its parent's block says changes nothing (P222). */
public final class Overrides {
  private Overrides() {}

  public static List<Diagnostic> check(List<List<Template>> chains) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (List<Template> chain : chains) {
      Template child = chain.get(0);
      for (Node node : child.body()) {
        if (!(node instanceof Node.Block override)) {
          continue;
        }
        for (Template ancestor : chain.subList(1, chain.size())) {
          Node.Block original = Blocks.all(ancestor.body()).get(override.name());
          if (original != null) {
            if (text(override.span()).equals(text(original.span()))) {
              warnings.add(
                  Diagnostic.warning(
                          Code.P222,
                          override.span(),
                          "this block says exactly what the parent's block '"
                              + override.name()
                              + "' says")
                      .withHint("remove the override: the parent's block is emitted anyway"));
            }
            break;
          }
        }
      }
    }
    return warnings;
  }

  /**
   * The lines between a block's {@code %block} and {@code %end}, trimmed, without blank lines and
   * comments.
   */
  private static List<String> text(Span block) {
    List<String> lines = new ArrayList<>();
    for (int n = block.line() + 1; n < block.endLine(); n++) {
      String line = block.file().line(n).strip();
      if (!line.isEmpty() && !line.startsWith("%#")) {
        lines.add(line);
      }
    }
    return lines;
  }
}
