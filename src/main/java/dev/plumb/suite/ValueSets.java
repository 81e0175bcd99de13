package dev.plumb.suite;

import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The values sets a pack is built and tested with: each {@code examples/*.json}, {@code *.yaml} or
 * {@code *.yml} of the pack, named by its file name without the extension, in name order.
 */
public final class ValueSets {
  /** The pack's folder of values files. */
  public static final String EXAMPLES = "examples";

  private ValueSets() {}

  /**
   * One values set.
   *
   * @param name the file's name without its extension: where its scripts are filed
   * @param shown the file as messages and the build index name it
   */
  public record ValueSet(String name, String shown, Values values) {}

  /** The sets by name, in order. */
  public static Map<String, Values> byName(List<ValueSet> sets) {
    Map<String, Values> named = new LinkedHashMap<>();
    sets.forEach(s -> named.put(s.name(), s.values()));
    return named;
  }

  /** Each set's name to the file it was read from, as shown. */
  public static Map<String, String> files(List<ValueSet> sets) {
    Map<String, String> files = new LinkedHashMap<>();
    sets.forEach(s -> files.put(s.name(), s.shown()));
    return files;
  }

  /**
   * The pack's examples, read; empty when it has none.
   *
   * @param shownAs how messages name the pack's folder
   * @throws PlumbException for files that cannot be read or two files of one name (P505)
   */
  public static List<ValueSet> examples(Path pack, String shownAs) {
    Path folder = pack.resolve(EXAMPLES);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> listing = Files.list(folder)) {
        listing.filter(ValueSets::isValues).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new PlumbException(
            List.of(
                error(shownAs + "/" + EXAMPLES, "cannot list the examples: " + e.getMessage())));
      }
    }
    Map<String, Path> named = new LinkedHashMap<>();
    for (Path f : files) {
      named.put(f.getFileName().toString(), f);
    }
    return read(named, shownAs + "/" + EXAMPLES + "/");
  }

  /**
   * The files given, each its own values set named by its file name without the extension.
   *
   * @param files each file as the user named it, to the file itself
   */
  public static List<ValueSet> read(Map<String, Path> files, String prefix) {
    List<ValueSet> sets = new ArrayList<>();
    Map<String, String> shownByName = new LinkedHashMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    files.forEach(
        (shown, file) -> {
          String name = name(file.getFileName().toString());
          String other = shownByName.putIfAbsent(name, prefix + shown);
          if (other != null) {
            errors.add(
                error(
                        prefix + shown,
                        "two values files are named '"
                            + name
                            + "': "
                            + other
                            + " and "
                            + prefix
                            + shown)
                    .withHint("scripts are filed under the values file's name: rename one"));
            return;
          }
          try {
            sets.add(new ValueSet(name, prefix + shown, Values.fromFile(file, prefix + shown)));
          } catch (PlumbException e) {
            errors.addAll(e.diagnostics());
          }
        });
    if (!errors.isEmpty()) {
      throw new PlumbException(errors);
    }
    return sets;
  }

  /**
   * The error of a pack that has no values to compile with (P505), at its {@code examples} folder.
   *
   * @param shownAs how messages name the pack's folder
   */
  public static Diagnostic none(String shownAs, String message, String hint) {
    return error(shownAs + "/" + EXAMPLES, message).withHint(hint);
  }

  /** Whether a file is a values file: JSON or YAML by its extension. */
  static boolean isValues(Path file) {
    String n = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"));
  }

  /** A values file's name without its extension. */
  public static String name(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static Diagnostic error(String shown, String message) {
    return Diagnostic.error(Code.P505, Span.ofFile(new SourceFile(shown, "")), message);
  }
}
