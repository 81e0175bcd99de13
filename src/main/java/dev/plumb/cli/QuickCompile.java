package dev.plumb.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads {@code plumb compile} without picocli, whose command line takes a fifth of a cold compile
 * to build. It reads only plain words, exactly as picocli would read them, and declines (null)
 * everything else, so that picocli reads that and reports its errors in its own words: a word
 * starting with {@code @} (an argument file), any option but {@code --pack DIR}, {@code --values
 * FILE}, {@code --set NAME=VALUE}, {@code -o}/{@code --output FILE}, {@code --annotate} and {@code
 * --source-map} as separate words (so {@code --pack=DIR}, {@code -oFILE}, {@code --} and help too),
 * an option value that starts with {@code -} ({@code --values -} aside) or {@code @}, an option
 * that takes one value or a flag given twice, no OP, and whatever the command would refuse as a
 * usage error once read ({@link CellWords#error}, {@link CompileRequest#optionError}).
 */
final class QuickCompile {
  private QuickCompile() {}

  /**
   * The request {@code args} make, or null when picocli should read them. {@code system} is the
   * JVM's properties: picocli's own ({@code picocli.trace}, {@code picocli.trimQuotes}, …) change
   * how it reads or what it prints, so with any of them set it reads everything.
   */
  static CompileRequest parse(String[] args, Properties system) {
    if (args.length == 0 || !args[0].equals("compile") || tunesPicocli(system)) {
      return null;
    }
    String operation = null;
    List<String> axes = new ArrayList<>();
    Path pack = null;
    List<String> valuesFiles = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    Path output = null;
    boolean annotate = false;
    boolean sourceMap = false;
    for (int i = 1; i < args.length; i++) {
      String word = args[i];
      if (word.startsWith("@")) {
        return null;
      }
      if (!word.startsWith("-")) {
        // picocli lets options and positional words interleave: OP, then the axes
        if (operation == null) {
          operation = word;
        } else {
          axes.add(word);
        }
        continue;
      }
      // picocli refuses a second --annotate, --source-map, --pack or -o
      switch (word) {
        case "--annotate" -> {
          if (annotate) {
            return null;
          }
          annotate = true;
        }
        case "--source-map" -> {
          if (sourceMap) {
            return null;
          }
          sourceMap = true;
        }
        case "--pack" -> {
          pack = onlyPath(pack, value(args, ++i, word));
          if (pack == null) {
            return null;
          }
        }
        case "-o", "--output" -> {
          output = onlyPath(output, value(args, ++i, word));
          if (output == null) {
            return null;
          }
        }
        case "--values", "--set" -> {
          String value = value(args, ++i, word);
          if (value == null) {
            return null;
          }
          (word.equals("--set") ? sets : valuesFiles).add(value);
        }
        default -> {
          return null;
        }
      }
    }
    if (operation == null) {
      return null;
    }
    CompileRequest request =
        new CompileRequest(operation, axes, pack, valuesFiles, sets, output, annotate, sourceMap);
    return new CellWords(axes).error() == null && request.optionError() == null ? request : null;
  }

  /**
   * The value of {@code option}, {@code args[i]}, or null when there is none or picocli might not
   * take it as one: a word that could be an option or an argument file ({@code --values -} reads
   * standard input).
   */
  private static String value(String[] args, int i, String option) {
    if (i == args.length) {
      return null;
    }
    String value = args[i];
    boolean plain = !value.startsWith("-") && !value.startsWith("@");
    return plain || option.equals("--values") && value.equals(CompileRequest.STDIN) ? value : null;
  }

  /**
   * The path picocli makes of {@code value}, or null when the option was given before ({@code
   * earlier}), there is no value, or picocli would report it invalid.
   */
  private static Path onlyPath(Path earlier, String value) {
    if (earlier != null || value == null) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean tunesPicocli(Properties system) {
    for (String name : system.stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
