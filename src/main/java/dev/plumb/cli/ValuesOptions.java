package dev.plumb.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --values FILE…} and {@code --set NAME=VALUE…}: the values of a command that compiles. */
final class ValuesOptions {
  @Option(
      names = "--values",
      paramLabel = "FILE",
      description =
          "values: JSON, or YAML for a .yaml or .yml file; - reads standard input (repeatable: a"
              + " later file wins key by key)")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "a value (wins over --values; repeatable); NAME may reach into lists and records:"
              + " vm.disks[1], vm.nics[0].mac")
  List<String> sets = new ArrayList<>();
}
