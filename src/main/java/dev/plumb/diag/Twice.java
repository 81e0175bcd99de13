package dev.plumb.diag;

import dev.plumb.source.Span;

/** P212, a name declared twice: one wording for every kind of declaration. */
public final class Twice {
  private Twice() {}

  /** {@code axis 'host' is declared twice}. */
  public static Diagnostic declared(Span span, String kind, String name) {
    return Diagnostic.error(Code.P212, span, kind + " '" + name + "' is declared twice");
  }
}
