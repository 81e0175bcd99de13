package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.source.Span;
import dev.plumb.suite.MatrixDiff.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scripts built in both versions, compared line by line, their hunks grouped by their change:
 * one template edit that changes 12 scripts the same way is one group of 12, shown once.
 */
record ChangeGroups(List<MatrixDiff.Group> groups, int compared, int changed) {

  /** One script's hunks, against its old version. */
  private record Compared(Place place, Script script, List<LineDiff.Hunk> hunks) {}

  static ChangeGroups of(Pairing pairing, int context) {
    List<Compared> compared =
        pairing.both().parallelStream()
            .filter(p -> p.old().status() == Build.Status.BUILT)
            .filter(p -> p.now().status() == Build.Status.BUILT)
            .map(
                p ->
                    new Compared(
                        p.place(),
                        p.now().script(),
                        LineDiff.hunks(lines(p.old().script()), lines(p.now().script()), context)))
            .toList();
    Map<List<String>, Growing> byChange = new LinkedHashMap<>();
    int changed = 0;
    for (Compared c : compared) {
      if (c.hunks().isEmpty()) {
        continue;
      }
      changed++;
      for (LineDiff.Hunk hunk : c.hunks()) {
        byChange
            .computeIfAbsent(hunk.change(), k -> new Growing(hunk))
            .add(c.place(), hunk, c.script());
      }
    }
    Comparator<Place> order = pairing.order();
    List<MatrixDiff.Group> groups =
        byChange.values().stream()
            .map(g -> g.group(order, pairing))
            // a stable sort: groups of one size stay in order of first appearance
            .sorted(Comparator.comparingInt(g -> -g.places().size()))
            .toList();
    return new ChangeGroups(groups, compared.size(), changed);
  }

  private static List<String> lines(Script script) {
    return script.lines().stream().map(ScriptLine::text).toList();
  }

  /** A group as it is found: its first hunk, its places, and the origins of each added line. */
  private static final class Growing {
    private final LineDiff.Hunk first;
    private final Set<Place> places = new LinkedHashSet<>();
    private final List<Set<String>> origins = new ArrayList<>();

    Growing(LineDiff.Hunk first) {
      this.first = first;
      first.edits().stream()
          .filter(e -> e.kind() == '+')
          .forEach(e -> origins.add(new LinkedHashSet<>()));
    }

    /** Another script with the change; its added lines are the first's, in the same order. */
    void add(Place place, LineDiff.Hunk hunk, Script script) {
      places.add(place);
      int i = 0;
      for (LineDiff.Edit e : hunk.edits()) {
        if (e.kind() == '+') {
          Span origin = script.lines().get(e.newLine() - 1).origin();
          if (origin != null) {
            origins.get(i).add(origin.path() + ":" + origin.line());
          }
          i++;
        }
      }
    }

    MatrixDiff.Group group(Comparator<Place> order, Pairing pairing) {
      List<MatrixDiff.Added> added = new ArrayList<>();
      int i = 0;
      for (LineDiff.Edit e : first.edits()) {
        if (e.kind() == '+') {
          added.add(new MatrixDiff.Added(e.newLine(), e.text(), List.copyOf(origins.get(i++))));
        }
      }
      List<Place> sorted = places.stream().sorted(order).toList();
      return new MatrixDiff.Group(
          first,
          added,
          sorted,
          PlaceSummary.lines(sorted, pairing.axes(), pairing.sharedValueSets()));
    }
  }
}
