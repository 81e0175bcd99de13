package dev.plumb.cli;

import dev.plumb.Format;
import dev.plumb.Formatted;
import dev.plumb.Formatting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plumb fmt [--check] [FILE…|--pack DIR]}: writes pack files in the canonical layout, or
 * with {@code --check} only says, as a diff, what that would change.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Write the pack's files in plumb's canonical layout.")
final class FmtCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "files to format (pack.plumb as a manifest); default: every file of the pack")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--pack",
      paramLabel = "DIR",
      description =
          "the pack folder (default: "
              + PackOption.NEAREST
              + "; the built-in pack, inside the jar, cannot be formatted)")
  Path pack;

  @Option(
      names = "--check",
      description =
          "write nothing: print a diff of what formatting would change; exit 1 when it would")
  boolean check;

  FmtCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (!files.isEmpty() && pack != null) {
      return Cli.usage("give files or --pack, not both", "fmt ", terminal);
    }
    Formatting formatting;
    String where = "";
    if (!files.isEmpty()) {
      for (Path file : files) {
        if (Files.isDirectory(terminal.resolve(file))) {
          return Cli.usage(
              "'" + file + "' is a folder; to format the pack in it, pass --pack " + file,
              "fmt ",
              terminal);
        }
      }
      formatting =
          Format.files(
              files.stream().map(terminal::resolve).toList(),
              files.stream().map(Path::toString).toList());
    } else {
      PackChoice choice = PackChoice.of(pack, terminal);
      if (choice.how() == PackChoice.How.BUILT_IN) {
        return Cli.usage(
            "no pack to format: the built-in pack is inside plumb's jar, where nothing can be"
                + " written; pass --pack DIR or files (its sources are templates/ in plumb's"
                + " repository)",
            "fmt ",
            terminal);
      }
      formatting = Format.pack(choice.root(terminal), choice.shown());
      where = " in " + choice.label();
    }
    terminal.report(formatting.errors());
    List<Formatted> changed = formatting.files().stream().filter(Formatted::changed).toList();
    long total = formatting.files().size() + formatting.refused();
    String refused =
        formatting.refused() == 0
            ? ""
            : formatting.refused() + " of " + files(total) + " could not be read, ";
    if (check) {
      changed.forEach(f -> terminal.out().print(FormatDiff.of(f)));
      terminal.out().flush();
      String needs =
          refused.isEmpty() ? changed.size() + " of " + files(total) : changed.size() + "";
      summary(refused + needs + " need formatting" + where);
      return changed.isEmpty() && formatting.errors().isEmpty() ? Cli.OK : Cli.FAILED;
    }
    if (!formatting.errors().isEmpty()) {
      // all or nothing: a pack is formatted whole, once every file of it reads
      summary(refused + "nothing written" + where);
      return Cli.FAILED;
    }
    for (Formatted file : changed) {
      if (AtomicFile.replace(file.path(), file.shown(), file.after(), terminal) != Cli.OK) {
        return Cli.FAILED;
      }
    }
    summary(changed.size() + " of " + files(total) + " reformatted" + where);
    return Cli.OK;
  }

  private void summary(String text) {
    terminal.err().println("plumb fmt: " + text);
  }

  private static String files(long count) {
    return count + (count == 1 ? " file" : " files");
  }
}
