package dev.plumb.pipeline;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.resolve.CellSupport;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a loaded pack's support matrix. */
public final class Matrices {
  public static final String NO_TEMPLATE = "no template serves this cell";

  private Matrices() {}

  /**
   * @throws Failure (P415) when the matrix has more entries than lint and the matrix walk
   */
  public static SupportMatrix of(PackModel pack) {
    Declarations decls = pack.declarations();
    Diagnostic tooMany = Cells.tooMany(decls);
    if (tooMany != null) {
      throw new Failure(List.of(tooMany));
    }
    Map<String, List<String>> axes = new LinkedHashMap<>();
    decls.axes().forEach(a -> axes.put(a.name(), a.values()));
    List<SupportMatrix.Entry> entries = new ArrayList<>();
    List<Point> cells = Cells.all(decls.axes());
    for (String operation : decls.operations()) {
      for (Point cell : cells) {
        entries.add(entry(pack, operation, cell));
      }
    }
    return new SupportMatrix(decls.pack(), axes, decls.operations(), entries);
  }

  /**
   * Whether the operation is supported in the cell, as {@link #entry} decides it without building
   * the entry: the nearest-cell search asks it of up to {@link Nearest#MAX_TRIES} cells.
   */
  static boolean supported(PackModel pack, String operation, Point cell) {
    return pack.declarations().excluding(cell) == null
        && Resolver.resolve(pack.templatesOf(operation), cell) instanceof Resolution.Chosen chosen
        && CellSupport.unsupported(pack.chain(chosen.template()), cell, pack.declarations())
            == null;
  }

  static SupportMatrix.Entry entry(PackModel pack, String operation, Point cell) {
    Declarations.Exclusion excluded = pack.declarations().excluding(cell);
    if (excluded != null) {
      return new SupportMatrix.Entry(operation, cell, List.of(), excluded.reason(), true);
    }
    Resolution resolution = Resolver.resolve(pack.templatesOf(operation), cell);
    if (!(resolution instanceof Resolution.Chosen chosen)) {
      // a tie cannot reach here: a pack with one does not load
      return new SupportMatrix.Entry(operation, cell, List.of(), NO_TEMPLATE);
    }
    List<Template> chain = pack.chain(chosen.template());
    List<String> names = chain.stream().map(pack::relative).toList();
    Node.Unsupported unsupported = CellSupport.unsupported(chain, cell, pack.declarations());
    return new SupportMatrix.Entry(
        operation, cell, names, unsupported == null ? null : unsupported.reason());
  }
}
