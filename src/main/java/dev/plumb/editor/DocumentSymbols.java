package dev.plumb.editor;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline of a file: a template's or fragment's header with its blocks (nested as written) and
 * {@code %let}s; the manifest's declarations, its variables grouped by their first segment.
 */
final class DocumentSymbols {
  private DocumentSymbols() {}

  /** The outline of {@code file}, or an empty list when it is not a file of the pack as read. */
  static List<DocumentSymbol> of(Snapshot snapshot, Path file) {
    if (file.equals(snapshot.root().resolve(PackRoot.MANIFEST).normalize())) {
      return snapshot.manifest() == null ? List.of() : manifest(snapshot.manifest());
    }
    Unit unit = snapshot.unit(file);
    return unit == null ? List.of() : List.of(unit(unit));
  }

  private static DocumentSymbol unit(Unit unit) {
    // the whole file is the header's symbol, so that every block lies within it
    Span whole = unit.header().to(unit.body().isEmpty() ? unit.header() : last(unit.body()));
    String name =
        unit instanceof Template t
            ? "template " + t.operation()
            : "fragment " + ((Fragment) unit).name();
    DocumentSymbol symbol =
        symbol(name, SymbolKind.Module, whole, unit.header(), children(unit.body()));
    symbol.setDetail(unit.header().text());
    return symbol;
  }

  private static Span last(List<Node> body) {
    return body.get(body.size() - 1).span();
  }

  /** The blocks and {@code %let}s of a body, each block with those inside it. */
  private static List<DocumentSymbol> children(List<Node> body) {
    List<DocumentSymbol> found = new ArrayList<>();
    for (Node node : body) {
      if (node instanceof Node.Block b) {
        found.add(symbol(b.name(), SymbolKind.Namespace, b.span(), b.span(), children(b.body())));
      } else if (node instanceof Node.Let l) {
        found.add(symbol(l.name(), SymbolKind.Variable, l.span(), l.span(), List.of()));
      } else if (node instanceof Node.If i) {
        i.branches().forEach(branch -> found.addAll(children(branch.body())));
        if (i.otherwise() != null) {
          found.addAll(children(i.otherwise()));
        }
      } else if (node instanceof Node.Each e) {
        found.addAll(children(e.body()));
      }
    }
    return found;
  }

  private static List<DocumentSymbol> manifest(Manifest manifest) {
    List<DocumentSymbol> found = new ArrayList<>();
    Span pack = packLine(manifest);
    if (pack != null) {
      found.add(symbol(manifest.name(), SymbolKind.Package, pack, pack, List.of()));
    }
    for (Manifest.Axis axis : manifest.axes()) {
      DocumentSymbol symbol = symbol(axis.name(), SymbolKind.Enum, axis.span(), List.of());
      symbol.setDetail(String.join(" | ", axis.values()));
      found.add(symbol);
    }
    for (Manifest.Operation operation : manifest.operations()) {
      found.add(symbol(operation.name(), SymbolKind.Function, operation.span(), List.of()));
    }
    for (Manifest.RecordDecl type : manifest.types()) {
      List<DocumentSymbol> fields = new ArrayList<>();
      type.fields()
          .forEach(f -> fields.add(symbol(f.name(), SymbolKind.Field, f.span(), List.of())));
      found.add(symbol(type.name(), SymbolKind.Struct, type.span(), fields));
    }
    found.addAll(variables(manifest.vars()));
    for (Manifest.Let let : manifest.lets()) {
      found.add(symbol(let.name(), SymbolKind.Constant, let.span(), List.of()));
    }
    return found;
  }

  /** The variables, those with a dotted name under a symbol for their first segment. */
  private static List<DocumentSymbol> variables(List<Manifest.Var> vars) {
    Map<String, List<Manifest.Var>> byPrefix = new LinkedHashMap<>();
    for (Manifest.Var v : vars) {
      int dot = v.name().indexOf('.');
      byPrefix.computeIfAbsent(dot < 0 ? "" : v.name().substring(0, dot), k -> new ArrayList<>());
      byPrefix.get(dot < 0 ? "" : v.name().substring(0, dot)).add(v);
    }
    List<DocumentSymbol> found = new ArrayList<>();
    byPrefix.forEach(
        (prefix, group) -> {
          List<DocumentSymbol> each = new ArrayList<>();
          group.forEach(v -> each.add(symbol(v.name(), SymbolKind.Variable, v.span(), List.of())));
          if (prefix.isEmpty()) {
            found.addAll(each);
          } else {
            Span all = group.get(0).span().to(group.get(group.size() - 1).span());
            found.add(symbol(prefix, SymbolKind.Namespace, all, all, each));
          }
        });
    return found;
  }

  /** The {@code pack} line, which the syntax tree keeps no span of. */
  private static Span packLine(Manifest manifest) {
    for (int line = 1; line <= manifest.file().lineCount(); line++) {
      String text = manifest.file().line(line);
      if (text.startsWith("pack ")) {
        return Span.of(manifest.file(), line, 1, text.codePointCount(0, text.length()) + 1);
      }
    }
    return null;
  }

  private static DocumentSymbol symbol(
      String name, SymbolKind kind, Span span, List<DocumentSymbol> children) {
    return symbol(name, kind, span, span, children);
  }

  private static DocumentSymbol symbol(
      String name, SymbolKind kind, Span range, Span selection, List<DocumentSymbol> children) {
    DocumentSymbol symbol =
        new DocumentSymbol(name, kind, Positions.range(range), Positions.range(selection));
    symbol.setChildren(children);
    return symbol;
  }
}
