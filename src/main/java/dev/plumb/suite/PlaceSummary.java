package dev.plumb.suite;

import dev.plumb.suite.MatrixDiff.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of places written in few lines, for people: where the places hold every value of an axis
 * (the others alike), the axis is written {@code axis=*}, and every values set {@code every values
 * set}; places that differ only by their values set share a line. {@code start host=*
 * hypervisor=qemu with every values set} stands for exactly the places it names, never more.
 */
final class PlaceSummary {
  private PlaceSummary() {}

  /**
   * @param places sorted, each once
   * @param axes each axis and all its values
   * @param valueSets every values set a place may have
   */
  static List<String> lines(
      List<Place> places, Map<String, List<String>> axes, List<String> valueSets) {
    List<String> axisNames = List.copyOf(axes.keySet());
    List<List<String>> domains = new ArrayList<>();
    axisNames.forEach(a -> domains.add(axes.get(a)));
    domains.add(valueSets);
    Map<String, List<String[]>> byOperation = new LinkedHashMap<>();
    for (Place p : places) {
      String[] pattern = new String[domains.size()];
      for (int a = 0; a < axisNames.size(); a++) {
        pattern[a] = p.cell().values().get(axisNames.get(a));
      }
      pattern[axisNames.size()] = p.values();
      byOperation.computeIfAbsent(p.operation(), k -> new ArrayList<>()).add(pattern);
    }
    List<String> lines = new ArrayList<>();
    byOperation.forEach(
        (operation, patterns) -> {
          for (String[] p : sharingLines(merged(patterns, domains))) {
            lines.add(show(operation, axisNames, p));
          }
        });
    return lines;
  }

  /**
   * Merges patterns that differ in one dimension only and together hold its every value, until none
   * do: the values set first, then the axes from the last.
   */
  private static List<String[]> merged(List<String[]> patterns, List<List<String>> domains) {
    List<String[]> current = patterns;
    boolean again = true;
    while (again) {
      again = false;
      for (int d = domains.size() - 1; d >= 0; d--) {
        if (domains.get(d).size() < 2) {
          continue;
        }
        List<String[]> next = mergedOn(current, d, domains.get(d));
        again |= next.size() < current.size();
        current = next;
      }
    }
    return current;
  }

  private static List<String[]> mergedOn(List<String[]> patterns, int d, List<String> domain) {
    Map<List<String>, List<String[]>> alike = new LinkedHashMap<>();
    for (String[] p : patterns) {
      String[] rest = p.clone();
      rest[d] = "\0";
      alike.computeIfAbsent(Arrays.asList(rest), k -> new ArrayList<>()).add(p);
    }
    List<String[]> out = new ArrayList<>();
    alike.forEach(
        (rest, members) -> {
          boolean whole =
              members.size() == domain.size()
                  && members.stream().allMatch(m -> m[d] != null)
                  && members.stream().map(m -> m[d]).distinct().count() == domain.size();
          if (whole) {
            String[] merged = members.get(0).clone();
            merged[d] = null;
            out.add(merged);
          } else {
            out.addAll(members);
          }
        });
    return out;
  }

  /**
   * Patterns alike but for their values set, one line each: the values sets joined by ", " in the
   * last place.
   */
  private static List<String[]> sharingLines(List<String[]> patterns) {
    int last = patterns.isEmpty() ? 0 : patterns.get(0).length - 1;
    Map<List<String>, String[]> lines = new LinkedHashMap<>();
    for (String[] p : patterns) {
      String[] rest = p.clone();
      rest[last] = p[last] == null ? "\0every" : "\0some";
      String[] line = lines.putIfAbsent(Arrays.asList(rest), p.clone());
      if (line != null) {
        line[last] = line[last] + ", " + p[last];
      }
    }
    return List.copyOf(lines.values());
  }

  private static String show(String operation, List<String> axes, String[] pattern) {
    StringBuilder out = new StringBuilder(operation);
    for (int a = 0; a < axes.size(); a++) {
      out.append(' ').append(axes.get(a)).append('=').append(pattern[a] == null ? "*" : pattern[a]);
    }
    String values = pattern[axes.size()];
    return out.append(" with ").append(values == null ? "every values set" : values).toString();
  }
}
