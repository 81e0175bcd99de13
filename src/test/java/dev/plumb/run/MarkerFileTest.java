package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marker file moves a run on only by the instrumentation's own markers, one step after the
 * other, each a whole line; and secrets are masked whole.
 */
class MarkerFileTest {
  @Test
  void onlyWholeLinesOfStepsInOrderCount(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("markers");
    Files.writeString(file, "step 1\nstep 3\nstep two\nnoise\nend\nstep 2\nst");
    MarkerFile markers = new MarkerFile(file, 2);
    assertEquals(List.of(new Marker.Begin(1), new Marker.Begin(2)), markers.next());
    Files.writeString(file, "ep 3\nend\nstep 3\nend\n", StandardOpenOption.APPEND);
    assertEquals(List.of(new Marker.End()), markers.next());
    assertEquals(List.of(), markers.next());
  }

  @Test
  void theEndComesOnlyAfterTheLastStep(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("markers");
    Files.writeString(file, "end\nstep 1\nend\n");
    assertEquals(List.of(new Marker.Begin(1), new Marker.End()), new MarkerFile(file, 1).next());
  }

  @Test
  void aSecretHoldingAnotherIsMaskedWhole() {
    Mask mask = new Mask(List.of("abc", "", "xabcx"));
    assertEquals("*** and *** and b", mask.apply("xabcx and abc and b"));
  }
}
