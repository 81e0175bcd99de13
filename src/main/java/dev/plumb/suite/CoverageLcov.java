package dev.plumb.suite;

import dev.plumb.Site;
import java.util.HashMap;
import java.util.Map;

/**
 * Template coverage as an LCOV tracefile (the format of geninfo(1)), one record per file:
 *
 * <pre>
 * TN:tutorial
 * SF:samples/tutorial/bhyve/start.plumb
 * BRDA:12,0,0,3
 * BRDA:12,0,1,0
 * BRF:2
 * BRH:1
 * DA:4,3
 * LF:9
 * LH:9
 * end_of_record
 * </pre>
 *
 * LCOV because it is the one format that line <em>and</em> branch coverage tools across languages
 * already read: genhtml draws it as HTML, and Codecov, Coveralls and SonarQube (its "generic" LCOV
 * import) take it as a CI upload, so a pack's coverage sits beside its code's with no converter.
 * Cobertura XML would also do, but wants classes and packages that templates do not have.
 *
 * <p>{@code SF} is the file as messages show it (the pack's folder as given, then the path inside
 * it), relative to where plumb ran, which is how those tools resolve it. {@code DA:line,hits} is a
 * text line and the number of scripts that emitted it. {@code BRDA:line,block,branch,taken} is an
 * arm at its directive's line: {@code block} numbers the file's {@code %if}s from 0 in file order,
 * {@code branch} is the arm in its {@code %if} (the implicit arm of an {@code %if} without {@code
 * %else} last, at the {@code %if}'s line), {@code taken} the scripts that took it, or {@code -}
 * when no script evaluated the {@code %if} at all. {@code TN} is the pack's name, with what LCOV
 * does not take in a test name written {@code _}.
 */
public final class CoverageLcov {
  private CoverageLcov() {}

  public static String render(Coverage coverage) {
    StringBuilder out = new StringBuilder();
    String test = coverage.pack().replaceAll("[^A-Za-z0-9_]", "_");
    for (Coverage.FileCoverage file : coverage.files()) {
      out.append("TN:").append(test).append('\n');
      out.append("SF:").append(file.file()).append('\n');
      branches(file, out);
      for (Coverage.Hits<Site.Line> line : file.lines()) {
        out.append("DA:")
            .append(line.site().line())
            .append(',')
            .append(line.scripts())
            .append('\n');
      }
      Coverage.Ratio lines = file.lineRatio();
      out.append("LF:").append(lines.total()).append('\n');
      out.append("LH:").append(lines.covered()).append('\n');
      out.append("end_of_record\n");
    }
    return out.toString();
  }

  private static void branches(Coverage.FileCoverage file, StringBuilder out) {
    // each %if by its line: its block number, and whether any script evaluated it
    Map<Integer, Integer> blocks = new HashMap<>();
    Map<Integer, Boolean> evaluated = new HashMap<>();
    for (Coverage.Hits<Site.Arm> arm : file.arms()) {
      blocks.putIfAbsent(arm.site().decision(), blocks.size());
      evaluated.merge(arm.site().decision(), arm.covered(), Boolean::logicalOr);
    }
    for (Coverage.Hits<Site.Arm> arm : file.arms()) {
      Site.Arm site = arm.site();
      out.append("BRDA:")
          .append(site.line())
          .append(',')
          .append(blocks.get(site.decision()))
          .append(',')
          .append(site.arm())
          .append(',')
          .append(evaluated.get(site.decision()) ? String.valueOf(arm.scripts()) : "-")
          .append('\n');
    }
    Coverage.Ratio ratio = file.branchRatio();
    out.append("BRF:").append(ratio.total()).append('\n');
    out.append("BRH:").append(ratio.covered()).append('\n');
  }
}
