package dev.plumb.ast;

import dev.plumb.source.Span;
import java.util.List;

/**
 * A type as written, before record names are resolved against the manifest's {@code type}
 * declarations.
 */
public sealed interface TypeRef {
  Span span();

  /** {@code string}, {@code int 1..64}, a record name…; bounds are null when absent. */
  record Named(String name, Bound min, Bound max, Span span) implements TypeRef {}

  /** One end of a range: an int, or a size in bytes. */
  record Bound(long value, boolean size, Span span) {}

  record Enum(List<String> words, Span span) implements TypeRef {}

  record ListOf(TypeRef element, Span span) implements TypeRef {}

  record Optional(TypeRef inner, Span span) implements TypeRef {}
}
