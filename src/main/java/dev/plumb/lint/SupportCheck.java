package dev.plumb.lint;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.resolve.CellSupport;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Support that is not what the pack says: cells one template supports where a more general one says
 * they are unsupported (P417), an operation no cell supports (P418).
 */
final class SupportCheck implements LintCheck {
  /** The cells a P417 names before it counts the rest. */
  static final int SHOWN_CELLS = 4;

  @Override
  public Set<Code> codes() {
    return Set.of(Code.P417, Code.P418);
  }

  @Override
  public String summary() {
    return "support that changes silently: cells taken over, operations never supported";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    List<Diagnostic> found = new ArrayList<>();
    if (!pack.loaded()) {
      return found;
    }
    PackModel model = pack.model();
    Declarations declarations = model.declarations();
    for (String operation : declarations.operations()) {
      List<SupportMatrix.Entry> entries = pack.matrix().of(operation);
      if (!entries.isEmpty() && entries.stream().noneMatch(SupportMatrix.Entry::supported)) {
        Span at = declarations.operationSpan(operation);
        found.add(
            Diagnostic.warning(
                    Code.P418,
                    at,
                    "no cell supports '" + operation + "': no template serves it anywhere")
                .withHint(
                    model.templatesOf(operation).isEmpty()
                        ? "write '%template " + operation + "' for the cells that have it"
                        : "its templates mark every cell they serve unsupported"));
      }
      takenOver(model, operation, entries, found);
    }
    return found;
  }

  /**
   * P417: the cells where the chosen template supports the operation while another candidate, less
   * specific and not one it extends, says they are unsupported: adding the specific template
   * changed their support, perhaps without meaning to.
   */
  private static void takenOver(
      PackModel model,
      String operation,
      List<SupportMatrix.Entry> entries,
      List<Diagnostic> found) {
    Map<Template, Map<Template, List<Point>>> taken = new IdentityHashMap<>();
    Map<Template, Node.Unsupported> reasons = new IdentityHashMap<>();
    for (SupportMatrix.Entry entry : entries) {
      if (!entry.supported()) {
        continue;
      }
      List<Template> chain = model.chain(chosen(model, operation, entry));
      for (Template other : model.templatesOf(operation)) {
        if (chain.contains(other) || !other.when().admits(entry.cell())) {
          continue;
        }
        Node.Unsupported says =
            CellSupport.unsupported(model.chain(other), entry.cell(), model.declarations());
        if (says != null) {
          reasons.put(other, says);
          taken
              .computeIfAbsent(chain.get(0), k -> new LinkedHashMap<>())
              .computeIfAbsent(other, k -> new ArrayList<>())
              .add(entry.cell());
        }
      }
    }
    taken.forEach(
        (winner, losers) ->
            losers.forEach(
                (loser, where) -> {
                  Node.Unsupported says = reasons.get(loser);
                  found.add(
                      Diagnostic.warning(
                              Code.P417,
                              winner.header(),
                              "this template supports '"
                                  + operation
                                  + "' in "
                                  + count(where.size())
                                  + " that "
                                  + model.relative(loser)
                                  + " marks unsupported (\""
                                  + says.reason()
                                  + "\"): "
                                  + shown(where))
                          .withHint(
                              "if that is meant, narrow the %unsupported at "
                                  + says.span().location()
                                  + " so it no longer names them; if not, exclude them in"
                                  + " pack.plumb or narrow this template's 'when'"));
                }));
  }

  private static Template chosen(PackModel model, String operation, SupportMatrix.Entry entry) {
    // a supported entry has a chosen template
    return ((Resolution.Chosen) Resolver.resolve(model.templatesOf(operation), entry.cell()))
        .template();
  }

  private static String count(int cells) {
    return cells + (cells == 1 ? " cell" : " cells");
  }

  private static String shown(List<Point> cells) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(SHOWN_CELLS, cells.size()); i++) {
      shown.add(cells.get(i).show());
    }
    String more =
        cells.size() > SHOWN_CELLS ? ", and " + (cells.size() - SHOWN_CELLS) + " more" : "";
    return String.join("; ", shown) + more;
  }
}
