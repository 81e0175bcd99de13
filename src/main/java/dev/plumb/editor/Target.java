package dev.plumb.editor;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.source.Span;
import dev.plumb.types.Type;

/** What a place in a template or fragment names: the things hover and definition tell of. */
sealed interface Target {
  /** Where the name is written, to highlight it. */
  Span at();

  /** A variable or a computed value ({@code let}) of the manifest. */
  record Value(String name, Span at) implements Target {}

  /** A field of a record type, reached through {@code recordType}. */
  record Field(Type.RecordOf recordType, String field, Span at) implements Target {}

  record Axis(Declarations.Axis axis, Span at) implements Target {}

  /** One of an axis' values, written as a bare word. */
  record AxisValue(Declarations.Axis axis, String value, Span at) implements Target {}

  /** A built-in function, by its name. */
  record Function(String name, Span at) implements Target {}

  /** {@code %include NAME(…)}: the fragment. */
  record Include(Node.Include include, Span at) implements Target {}

  /** {@code %extends …}: the template's parent. */
  record Parent(Template child, Span at) implements Target {}

  /** The {@code %template} line itself (not an axis or value of its {@code when}). */
  record Header(Template template, Span at) implements Target {}

  /** The {@code %block NAME} line of a block, in the template that writes it. */
  record Block(Template template, Node.Block block, Span at) implements Target {}

  /** A {@code %super}, inside {@code block}, the top-level block of {@code template} it is in. */
  record Super(Template template, Node.Block block, Span at) implements Target {}
}
