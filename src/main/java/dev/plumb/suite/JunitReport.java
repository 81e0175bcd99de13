package dev.plumb.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test run as JUnit XML, the report CI servers read ({@code <testsuites>}, one {@code
 * <testsuite>} per kind of test and per cases file, one {@code <testcase>} per test, a {@code
 * <failure>} holding the message and, for a snapshot, the diff).
 */
public final class JunitReport {
  private JunitReport() {}

  public static String render(TestReport report) {
    Map<String, List<TestResult>> suites = new LinkedHashMap<>();
    for (TestResult r : report.results()) {
      suites.computeIfAbsent(suite(r), k -> new ArrayList<>()).add(r);
    }
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"")
        .append(xml(report.pack()))
        .append("\" tests=\"")
        .append(report.results().size())
        .append("\" failures=\"")
        .append(report.failures().size())
        .append("\">\n");
    suites.forEach(
        (name, results) -> {
          long failures = results.stream().filter(r -> !r.passed()).count();
          out.append("  <testsuite name=\"")
              .append(xml(name))
              .append("\" tests=\"")
              .append(results.size())
              .append("\" failures=\"")
              .append(failures)
              .append("\">\n");
          for (TestResult r : results) {
            out.append("    <testcase classname=\"")
                .append(xml(name))
                .append("\" name=\"")
                .append(xml(r.name()))
                .append('"');
            if (r.passed()) {
              out.append("/>\n");
              continue;
            }
            String message = r.failure().message();
            int newline = message.indexOf('\n');
            out.append(">\n      <failure type=\"")
                .append(r.failure().code().name())
                .append("\" message=\"")
                .append(xml(newline < 0 ? message : message.substring(0, newline)))
                .append("\">")
                .append(xml(r.failure().span().location() + ": " + message + "\n"));
            if (r.diff() != null) {
              out.append(xml(r.diff().render("")));
            }
            out.append("</failure>\n    </testcase>\n");
          }
          out.append("  </testsuite>\n");
        });
    return out.append("</testsuites>\n").toString();
  }

  private static String suite(TestResult r) {
    return switch (r.kind()) {
      case SNAPSHOT -> "snapshots";
      case BUILD -> "build";
      case CASE -> "cases";
    };
  }

  /** Text as XML character data or an attribute value; characters XML 1.0 cannot hold dropped. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == '\t'
                      || c == '\n'
                      || c == '\r'
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
