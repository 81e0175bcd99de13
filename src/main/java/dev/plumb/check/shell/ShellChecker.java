package dev.plumb.check.shell;

import dev.plumb.ast.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The straight-line shell checker (design §3): reads one template's text lines as a single POSIX
 * {@code sh} stream, finds where every hole sits, and reports the P3xx errors.
 */
public final class ShellChecker {
  private ShellChecker() {}

  /**
   * Analyses {@code lines}, all the text lines of one template or fragment in file order; {@code
   * holeTypes} maps a hole's index to its static type (missing or {@link Type.Error} when unknown,
   * which raises no type-dependent error).
   */
  public static ShellAnalysis analyse(List<ShellLine> lines, Map<Integer, Type> holeTypes) {
    ShellAnalysis first = analyse(lines, holeTypes, Set.of());
    // A later branch of an %if continues the command before the %if just as the first
    // branch does: the line ending the previous branch must not end that command.
    Set<Integer> joins = new HashSet<>();
    for (int k = 0; k < lines.size(); k++) {
      int before = lines.get(k).restartAfter();
      if (k > 0 && before >= 0 && first.lines().get(lines.get(before).line().id()).continues()) {
        joins.add(k - 1);
      }
    }
    return joins.isEmpty() ? first : analyse(lines, holeTypes, joins);
  }

  private static ShellAnalysis analyse(
      List<ShellLine> lines, Map<Integer, Type> holeTypes, Set<Integer> joins) {
    ShellText text = new ShellText(lines, joins);
    Findings findings = new Findings();
    LineTable table = new LineTable(lines.size());
    List<Token> tokens = new ShellLexer(text, findings, table).run();
    new CommandChecker(text, findings).check(tokens);
    new HoleRules(findings, holeTypes).check(text.holes());
    return new ShellAnalysis(
        findings.contexts(text.holes()), table.contexts(text), findings.diagnostics());
  }
}
