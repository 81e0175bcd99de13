package dev.plumb.robust;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small packs for the robustness tests: a manifest with one host axis and the templates a test
 * needs.
 */
final class Packs {
  static final String MANIFEST =
      """
      pack robust "robustness tests"
      axis host = linux | freebsd
      operation run
      var n  : int = 1
      var b  : bool = true
      var s  : string = "x"
      var l  : list<int> = [1, 2]
      var ls : list<string> = []
      """;

  private Packs() {}

  /** A pack of the given files (relative path, then text), each pair after the other. */
  static Map<String, byte[]> of(String... pathsAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** The manifest above and {@code run.plumb} holding {@code body} after its header. */
  static Map<String, byte[]> template(String body) {
    return of("pack.plumb", MANIFEST, "run.plumb", "%template run\n" + body);
  }
}
