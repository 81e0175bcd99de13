package dev.plumb.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumb.diag.Code;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lint is a list of checks, one per file, each saying what it finds and which codes it reports. */
class LintChecksTest {
  private static final List<LintCheck> CHECKS =
      List.of(
          new UsageCheck(),
          new OverridesCheck(),
          new OutrankedCheck(),
          new ReachCheck(null),
          new SupportCheck(),
          new PathsCheck(),
          new ShellCheckCheck());

  @Test
  void everyCheckSaysWhatItFinds() {
    for (LintCheck check : CHECKS) {
      assertFalse(check.summary().isBlank(), check.getClass().getSimpleName());
      assertFalse(check.codes().isEmpty(), check.getClass().getSimpleName());
    }
  }

  /** The warnings only lint gives each belong to a check. */
  @Test
  void everyLintOnlyCodeHasItsCheck() {
    Set<Code> reported = EnumSet.noneOf(Code.class);
    CHECKS.forEach(c -> reported.addAll(c.codes()));
    Set<Code> lintOnly =
        EnumSet.of(
            Code.P218, Code.P219, Code.P220, Code.P221, Code.P222, Code.P319, Code.P416, Code.P417,
            Code.P418);
    lintOnly.removeAll(reported);
    assertEquals(Set.of(), lintOnly);
  }
}
