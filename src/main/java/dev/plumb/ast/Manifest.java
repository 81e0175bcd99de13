package dev.plumb.ast;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.List;

/** The declarations of {@code pack.plumb}, in the order written. */
public record Manifest(
    SourceFile file,
    String name,
    String doc,
    List<Axis> axes,
    List<Operation> operations,
    List<RecordDecl> types,
    List<Var> vars,
    List<Let> lets,
    List<Exclude> excludes) {

  public record Axis(String name, List<String> values, Span span) {}

  public record Operation(String name, Span span) {}

  public record RecordDecl(String name, List<FieldDecl> fields, Span span) {}

  public record FieldDecl(String name, TypeRef type, Span span) {}

  /**
   * A variable: dotted name, declared type, default (a constant expression, or null) and doc string
   * (or null).
   */
  public record Var(String name, TypeRef type, Expr defaultValue, String doc, Span span) {}

  /**
   * A value computed once per compile from the variables and the cell ({@code let svc.user =
   * default(svc.user_override, svc.name)}), visible in every template and fragment.
   */
  public record Let(String name, Expr value, String doc, Span span) {}

  /** Cells that no operation supports, and why ({@code exclude os = freebsd, init = systemd}). */
  public record Exclude(Selector cells, String reason, Span span) {}
}
