package dev.plumb.suite;

import dev.plumb.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failures of a test run as a reader takes them in: snapshots that differ by the same change
 * (one template line edited shows in every cell that emits it) are one failure, listing them all;
 * every other failure stands alone.
 */
public final class FailureGroups {
  /** Members a grouped message names before it counts the rest. */
  static final int NAMED = 12;

  private FailureGroups() {}

  /**
   * One failure, or several snapshots changed alike.
   *
   * @param diagnostic the first member's, its message naming every member when there are several
   * @param diff the change the members share, or null
   */
  public record Group(List<TestResult> members, Diagnostic diagnostic, ScriptDiff diff) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /** The groups, in the order of their first member. */
  public static List<Group> of(List<TestResult> failures) {
    Map<Object, List<TestResult>> alike = new LinkedHashMap<>();
    for (TestResult r : failures) {
      Object key = r.diff() == null ? r : r.diff().signature();
      alike.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Group> groups = new ArrayList<>();
    for (List<TestResult> members : alike.values()) {
      TestResult first = members.get(0);
      Diagnostic d = first.failure();
      if (members.size() > 1) {
        StringBuilder m =
            new StringBuilder()
                .append(members.size())
                .append(
                    " scripts differ from their snapshots (tests/snapshots/VALUES/OPERATION/CELL.sh) by the same change:");
        members.stream().limit(NAMED).forEach(r -> m.append("\n  ").append(r.subject()));
        if (members.size() > NAMED) {
          m.append("\n  and ").append(members.size() - NAMED).append(" more");
        }
        d = d.withMessage(m.toString());
      }
      groups.add(new Group(members, d, first.diff()));
    }
    return groups;
  }

  /** The diagnostics of the groups, for the lint formats. */
  public static List<Diagnostic> diagnostics(List<Group> groups) {
    return groups.stream().map(Group::diagnostic).toList();
  }
}
