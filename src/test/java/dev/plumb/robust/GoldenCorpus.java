package dev.plumb.robust;

import dev.plumb.Cell;
import dev.plumb.Values;
import dev.plumb.golden.GoldenCase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed corpus of the mutation fuzzing: every golden case's pack ({@code
 * src/test/golden/CASE/pack/**}, with the shared manifest it uses) with the compile its {@code cmd}
 * asks for, and the JSON values files of the goldens, samples and built-in pack.
 */
final class GoldenCorpus {

  /** A golden case: its pack's files, which of them are templates, and its compile, if any. */
  record Case(
      String name, Map<String, byte[]> files, List<String> plumbFiles, Drive.Request request) {}

  static final List<Case> CASES = cases();
  static final List<byte[]> VALUES = values(".json");

  /** The YAML values files of the goldens, samples and built-in pack. */
  static final List<byte[]> YAML_VALUES = values(".yaml", ".yml");

  private GoldenCorpus() {}

  /** The number of seed files: every {@code .plumb} file of every golden pack. */
  static int seedFiles() {
    return CASES.stream().mapToInt(c -> c.plumbFiles().size()).sum();
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (GoldenCase golden : GoldenCase.all()) {
      Map<String, byte[]> files = golden.pack();
      if (files.isEmpty()) {
        continue;
      }
      List<String> plumb = files.keySet().stream().filter(f -> f.endsWith(".plumb")).toList();
      cases.add(new Case(golden.name(), files, plumb, request(golden)));
    }
    return List.copyOf(cases);
  }

  /** The compile of the case's command line, or null when it runs another command. */
  private static Drive.Request request(GoldenCase golden) {
    List<String> args = golden.args();
    if (args.size() < 2 || !args.get(0).equals("compile")) {
      return null;
    }
    Map<String, String> cell = new LinkedHashMap<>();
    List<String[]> sets = new ArrayList<>();
    List<String> valuesFiles = new ArrayList<>();
    for (int i = 2; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--set")
          || arg.equals("--values")
          || arg.equals("--pack")
          || arg.equals("-o")) {
        String value = args.get(++i);
        if (arg.equals("--set")) {
          sets.add(value.split("=", 2));
        } else if (arg.equals("--values")) {
          valuesFiles.add(value);
        }
      } else if (!arg.startsWith("-") && arg.contains("=")) {
        cell.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return new Drive.Request(
        args.get(1),
        Cell.of(cell),
        () -> {
          Values values = Values.none();
          for (String file : valuesFiles) {
            values =
                values.and(
                    file.equals("-")
                        ? Values.read(new ByteArrayInputStream(golden.stdin()), "<stdin>")
                        : Values.fromFile(golden.dir().resolve(file), file));
          }
          for (String[] set : sets) {
            values = values.set(set[0], set[1]);
          }
          return values;
        });
  }

  private static List<byte[]> values(String... extensions) {
    List<byte[]> found = new ArrayList<>();
    for (Path root : List.of(GoldenCase.ROOT, Path.of("samples"), Path.of("templates"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path json :
            walk.filter(p -> Stream.of(extensions).anyMatch(p.toString()::endsWith))
                .sorted()
                .toList()) {
          found.add(Files.readAllBytes(json));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(found);
  }
}
