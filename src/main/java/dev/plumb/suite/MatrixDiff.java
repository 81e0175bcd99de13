package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Cell;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a change does to a pack's whole matrix: the builds of its old and new version compared, as
 * {@code plumb diff} reports it. Only what both versions have is compared: the operations, cells
 * and values sets of one version alone are listed as appeared or disappeared.
 *
 * @param axes axes one version alone declares
 * @param axisValues {@code axis=value} of the axes both declare, that one version alone has
 * @param operations operations one version alone declares
 * @param valueSets values sets one version alone was built with
 * @param support (operation, cell) whose support changed, whatever the values: in the new version's
 *     order
 * @param outcomes (values, operation, cell) supported in both whose outcome changed (built, refused
 *     or failed), in the new version's order
 * @param groups the script changes, identical hunks grouped: the largest group first, then by first
 *     appearance in the new build's order (values set, operation, cell)
 * @param compared how many (values, operation, cell) were built in both versions
 * @param changed how many of those have a different script
 */
public record MatrixDiff(
    String oldPack,
    String newPack,
    Names axes,
    Names axisValues,
    Names operations,
    Names valueSets,
    List<SupportChange> support,
    List<OutcomeChange> outcomes,
    List<Group> groups,
    int compared,
    int changed) {

  public MatrixDiff {
    support = List.copyOf(support);
    outcomes = List.copyOf(outcomes);
    groups = List.copyOf(groups);
  }

  /**
   * Compares two builds of a pack.
   *
   * @param context how many kept lines a hunk shows around its changes, as {@code diff -U}; changes
   *     closer than twice that share a hunk
   * @throws IllegalArgumentException when a build has no values set: support is read from the
   *     entries of its first one
   */
  public static MatrixDiff of(Build old, Build now, int context) {
    if (old.valueSets().isEmpty() || now.valueSets().isEmpty()) {
      throw new IllegalArgumentException("each build needs a values set to compare support by");
    }
    if (context < 0) {
      throw new IllegalArgumentException("context must be 0 or more, not " + context);
    }
    Pairing pairing = new Pairing(old, now);
    ChangeGroups grouping = ChangeGroups.of(pairing, context);
    return new MatrixDiff(
        old.pack(),
        now.pack(),
        Names.between(List.copyOf(old.axes().keySet()), List.copyOf(now.axes().keySet())),
        pairing.axisValues(),
        Names.between(old.operations(), now.operations()),
        Names.between(old.valueSets(), now.valueSets()),
        pairing.supportChanges(),
        pairing.outcomeChanges(),
        grouping.groups(),
        grouping.compared(),
        grouping.changed());
  }

  /** Whether the versions compile to the same thing everywhere: nothing to report. */
  public boolean unchanged() {
    return axes.isEmpty()
        && axisValues.isEmpty()
        && operations.isEmpty()
        && valueSets.isEmpty()
        && support.isEmpty()
        && outcomes.isEmpty()
        && groups.isEmpty();
  }

  /** Names one version alone has, each list in its version's order. */
  public record Names(List<String> appeared, List<String> disappeared) {
    public Names {
      appeared = List.copyOf(appeared);
      disappeared = List.copyOf(disappeared);
    }

    static Names between(List<String> old, List<String> now) {
      Set<String> before = new LinkedHashSet<>(old);
      Set<String> after = new LinkedHashSet<>(now);
      return new Names(
          now.stream().filter(n -> !before.contains(n)).toList(),
          old.stream().filter(n -> !after.contains(n)).toList());
    }

    public boolean isEmpty() {
      return appeared.isEmpty() && disappeared.isEmpty();
    }
  }

  /** Whether an operation serves a cell, whatever the values. */
  public enum Support {
    SUPPORTED,
    UNSUPPORTED,
    EXCLUDED;

    static Support of(Build.Status status) {
      return switch (status) {
        case UNSUPPORTED -> UNSUPPORTED;
        case EXCLUDED -> EXCLUDED;
        default -> SUPPORTED;
      };
    }

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * An (operation, cell) whose support changed.
   *
   * @param reasonBefore why the old version does not support it, or null when it does
   * @param reasonAfter likewise for the new version
   */
  public record SupportChange(
      String operation,
      Cell cell,
      Support before,
      String reasonBefore,
      Support after,
      String reasonAfter) {}

  /**
   * A supported (values, operation, cell) whose outcome changed: built, refused by a {@code
   * %require}, or failed.
   *
   * @param reasonBefore why the old version has no script (the first error), or null when built
   * @param reasonAfter likewise for the new version
   */
  public record OutcomeChange(
      Place place,
      Build.Status before,
      String reasonBefore,
      Build.Status after,
      String reasonAfter) {}

  /** One (values, operation, cell): one script of each version. */
  public record Place(String values, String operation, Cell cell) {
    /** Where {@code plumb build} files its script: {@code VALUES/OPERATION/V1-V2.sh}. */
    public String path() {
      return values + "/" + operation + "/" + Build.fileName(cell);
    }

    /** {@code operation host=… hypervisor=… with VALUES}, as reports name a script. */
    public String show() {
      return operation + (cell.values().isEmpty() ? "" : " " + cell) + " with " + values;
    }
  }

  /**
   * One change made identically in several scripts: hunks whose removed and added lines are the
   * same texts, wherever they stand.
   *
   * @param hunk the change as it stands in the first script, with its context
   * @param added each added line of {@code hunk}, with the template lines it came from
   * @param places every script with this change, sorted: by operation, cell (in matrix order), then
   *     values set
   * @param summary the places in few lines, for people: {@code start host=* hypervisor=qemu with
   *     every values set} where they hold every value of an axis and every values set compared
   */
  public record Group(
      LineDiff.Hunk hunk, List<Added> added, List<Place> places, List<String> summary) {
    public Group {
      added = List.copyOf(added);
      places = List.copyOf(places);
      summary = List.copyOf(summary);
    }

    /** The removed and added lines alone, what the group's scripts share. */
    public List<LineDiff.Edit> changes() {
      return hunk.changes();
    }
  }

  /**
   * An added line and where it came from.
   *
   * @param line its line number in the first script of its group
   * @param origins the template lines ({@code templates/qemu/start.plumb:14}) that wrote it in the
   *     group's scripts, each once, in order of first appearance; empty for a line plumb adds (the
   *     header)
   */
  public record Added(int line, String text, List<String> origins) {
    public Added {
      origins = List.copyOf(origins);
    }
  }
}
