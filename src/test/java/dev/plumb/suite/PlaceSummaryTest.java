package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.suite.MatrixDiff.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A group's places written in few lines, each line standing for exactly the places it names. */
class PlaceSummaryTest {
  private static final Map<String, List<String>> AXES = new LinkedHashMap<>();

  static {
    AXES.put("host", List.of("freebsd", "linux", "macos"));
    AXES.put("hypervisor", List.of("bhyve", "qemu"));
  }

  private static final List<String> SETS = List.of("web1", "web2");

  /** Every place of {@code operation} whose host and hypervisor and values set are listed. */
  private static List<Place> places(
      String operation, List<String> hosts, List<String> hypervisors, List<String> sets) {
    List<Place> places = new ArrayList<>();
    for (String h : hosts) {
      for (String v : hypervisors) {
        for (String s : sets) {
          places.add(new Place(s, operation, Cell.of("host", h, "hypervisor", v)));
        }
      }
    }
    return places;
  }

  @Test
  void everyPlaceOfAnOperationIsOneLine() {
    List<Place> all = places("start", AXES.get("host"), AXES.get("hypervisor"), SETS);
    assertEquals(
        List.of("start host=* hypervisor=* with every values set"),
        PlaceSummary.lines(all, AXES, SETS));
  }

  @Test
  void anAxisIsAStarOnlyWhereEveryValueIsThere() {
    List<Place> some = places("start", List.of("freebsd", "linux"), List.of("qemu"), SETS);
    assertEquals(
        List.of(
            "start host=freebsd hypervisor=qemu with every values set",
            "start host=linux hypervisor=qemu with every values set"),
        PlaceSummary.lines(some, AXES, SETS));
  }

  @Test
  void placesThatDifferOnlyByTheirValuesSetShareALine() {
    List<Place> some = places("stop", List.of("linux"), List.of("bhyve", "qemu"), List.of("web1"));
    List<String> three = List.of("web1", "web2", "web3");
    some.addAll(places("stop", List.of("macos"), List.of("qemu"), List.of("web1", "web3")));
    assertEquals(
        List.of(
            "stop host=linux hypervisor=* with web1",
            "stop host=macos hypervisor=qemu with web1, web3"),
        PlaceSummary.lines(some, AXES, three));
  }

  @Test
  void operationsAreNeverMerged() {
    List<Place> both = places("start", List.of("linux"), List.of("qemu"), List.of("web1"));
    both.addAll(places("stop", List.of("linux"), List.of("qemu"), List.of("web1")));
    assertEquals(
        List.of(
            "start host=linux hypervisor=qemu with web1",
            "stop host=linux hypervisor=qemu with web1"),
        PlaceSummary.lines(both, AXES, List.of("web1")));
  }

  @Test
  void aPackWithoutAxesNamesTheOperationAndTheValues() {
    List<Place> places = List.of(new Place("web1", "run", Cell.of()));
    assertEquals(List.of("run with web1"), PlaceSummary.lines(places, Map.of(), List.of("web1")));
  }
}
