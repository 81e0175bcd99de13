package dev.plumb.properties;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.Map;

/**
 * A generated pack's files, the cell to compile and the values, shown in full when a property
 * fails.
 */
record Program(Map<String, String> files, Map<String, String> cell, Map<String, Object> values) {

  Pack load() {
    return TestPack.load(files);
  }

  Script compile(Pack pack) {
    return pack.compile("run", Cell.of(cell), Values.of(values));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("\n");
    files.forEach((name, text) -> out.append("==== ").append(name).append('\n').append(text));
    // values with every character outside printable ASCII escaped, so that a counterexample can be
    // read exactly
    out.append("==== cell ")
        .append(cell)
        .append("\n==== values ")
        .append(Hostile.escaped(values.toString()))
        .append('\n');
    return out.toString();
  }
}
