package dev.plumb;

/**
 * A place in a pack's templates that template coverage counts: a text line, or one arm of an {@code
 * %if}. Sites are values: two loads of the same pack give equal sites, so scripts compiled from
 * either count alike.
 */
public sealed interface Site permits Site.Line, Site.Arm {
  /**
   * The template or fragment, as messages name it: the pack's folder as it was given, then the path
   * inside the pack ({@code samples/tutorial/bhyve/start.plumb}).
   */
  String file();

  /** The 1-based line: the text line, or the directive of the arm. */
  int line();

  /**
   * A text line of a template or fragment, emitted by the scripts that reach it: a line of shell, a
   * here-document's body line, a {@code %%} line, or a blank line (emitted as an empty line).
   * Directives and {@code %#} comments are not sites.
   */
  record Line(String file, int line) implements Site {}

  /**
   * One arm of an {@code %if}: each {@code %if} and {@code %elif} branch, then the {@code %else},
   * or, when the {@code %if} has none, the implicit arm taken when no condition holds (at the
   * {@code %if}'s line), as code coverage counts the two arms of an {@code if} without {@code
   * else}.
   *
   * @param line the arm's directive (the {@code %if}'s for the implicit arm)
   * @param decision the line of the {@code %if} the arm belongs to
   * @param arm the arm's place in its {@code %if}: 0 for the {@code %if} branch, then one per
   *     {@code %elif}, then the {@code %else} or the implicit arm
   * @param label the directive as written ({@code %elif vm.boot == uefi}, {@code %else}), or {@code
   *     %if COND: no branch taken} for the implicit arm
   */
  record Arm(String file, int line, int decision, int arm, String label) implements Site {
    /** Whether this is the implicit arm of an {@code %if} without {@code %else}. */
    public boolean implicit() {
      // an %elif or %else has a line of its own
      return arm > 0 && line == decision;
    }
  }
}
