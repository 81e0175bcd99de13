package dev.plumb.check.shell;

import dev.plumb.diag.Diagnostic;

/** Receives what a {@link ShellReader} finds, as it finds it. */
public interface ReadListener {
  /** The hole's place is known: how its value must be written. */
  void hole(HoleRef hole, HoleContext context);

  void report(Diagnostic diagnostic);
}
