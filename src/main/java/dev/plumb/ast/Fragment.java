package dev.plumb.ast;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.List;

/** A fragment file: {@code %fragment name(p: type, …)} and its body. */
public record Fragment(
    SourceFile file, String name, List<Param> params, List<Node> body, Span header)
    implements Unit {

  public record Param(String name, TypeRef type, Span span) {}
}
