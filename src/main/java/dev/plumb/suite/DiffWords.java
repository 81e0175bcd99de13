package dev.plumb.suite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The phrases the text and Markdown reports of a {@link MatrixDiff} share. */
final class DiffWords {
  private DiffWords() {}

  /** {@code no changes from old to pack: 16 scripts compared}. */
  static String unchanged(MatrixDiff diff, String old, String now) {
    return "no changes from "
        + old
        + " to "
        + now
        + ": "
        + count(diff.compared(), "script")
        + " compared";
  }

  /**
   * {@code 3 of 16 scripts changed (2 distinct changes), 1 support change, 1 outcome change}: what
   * changed, nothing said of what did not.
   */
  static String counts(MatrixDiff diff) {
    StringBuilder out =
        new StringBuilder()
            .append(diff.changed())
            .append(" of ")
            .append(count(diff.compared(), "script"))
            .append(" changed");
    if (!diff.groups().isEmpty()) {
      out.append(" (").append(count(diff.groups().size(), "distinct change")).append(')');
    }
    if (!diff.support().isEmpty()) {
      out.append(", ").append(count(diff.support().size(), "support change"));
    }
    if (!diff.outcomes().isEmpty()) {
      out.append(", ").append(count(diff.outcomes().size(), "outcome change"));
    }
    return out.toString();
  }

  /**
   * The names one version alone has, by title ({@code operations appeared}), the empty left out.
   */
  static Map<String, List<String>> names(MatrixDiff diff) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    put(names, "axes", diff.axes());
    put(names, "axis values", diff.axisValues());
    put(names, "operations", diff.operations());
    put(names, "values files", diff.valueSets());
    return names;
  }

  private static void put(Map<String, List<String>> into, String what, MatrixDiff.Names names) {
    if (!names.appeared().isEmpty()) {
      into.put(what + " appeared", names.appeared());
    }
    if (!names.disappeared().isEmpty()) {
      into.put(what + " disappeared", names.disappeared());
    }
  }

  /** {@code supported → unsupported (bhyve runs only on FreeBSD hosts)}. */
  static String support(MatrixDiff.SupportChange c) {
    return side(c.before().word(), c.reasonBefore())
        + " → "
        + side(c.after().word(), c.reasonAfter());
  }

  /** {@code built → refused (a bhyve VM needs at least one disk)}. */
  static String outcome(MatrixDiff.OutcomeChange c) {
    return side(c.before().word(), c.reasonBefore())
        + " → "
        + side(c.after().word(), c.reasonAfter());
  }

  /** A state, with its reason in parentheses when it has one. */
  private static String side(String state, String reason) {
    return reason == null ? state : state + " (" + reason + ")";
  }

  /** The place of a support change: {@code stop host=linux hypervisor=bhyve}. */
  static String where(MatrixDiff.SupportChange c) {
    return c.operation() + (c.cell().values().isEmpty() ? "" : " " + c.cell());
  }

  /** {@code change 1 of 2, in 4 scripts}. */
  static String groupTitle(int index, int of, MatrixDiff.Group g) {
    return "change " + index + " of " + of + ", in " + count(g.places().size(), "script");
  }

  static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
