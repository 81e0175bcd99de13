package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pack a command uses, and how it came to be that one (docs/language.md §6): {@code --pack DIR}
 * when given; else the current folder when it holds {@code pack.plumb}; else the folder {@code
 * PLUMB_PACK} names; else the built-in pack.
 *
 * @param folder the pack's folder as the user wrote it, or null for the built-in pack
 */
record PackChoice(Path folder, How how) {
  /** The environment variable naming the pack to use when nothing nearer does. */
  static final String VARIABLE = "PLUMB_PACK";

  /** Where the choice came from. */
  enum How {
    OPTION,
    CURRENT_FOLDER,
    ENVIRONMENT,
    BUILT_IN
  }

  /** What a user who did not name a pack got, and why: the end of a wrong-pack note. */
  static final String WHY_BUILT_IN =
      "the built-in pack was used: no --pack was given, the current folder holds no pack.plumb and "
          + VARIABLE
          + " is not set";

  /** {@code --pack DIR} when given, else the default. */
  static PackChoice of(Path option, Terminal terminal) {
    return option != null ? new PackChoice(option, How.OPTION) : byDefault(terminal);
  }

  /** The pack of the current folder, then {@code PLUMB_PACK}'s, then the built-in pack. */
  static PackChoice byDefault(Terminal terminal) {
    if (Files.exists(terminal.resolve(Path.of("pack.plumb")), LinkOption.NOFOLLOW_LINKS)) {
      return new PackChoice(Path.of("."), How.CURRENT_FOLDER);
    }
    String named = terminal.variable(VARIABLE);
    if (named != null) {
      return new PackChoice(Path.of(named), How.ENVIRONMENT);
    }
    return new PackChoice(null, How.BUILT_IN);
  }

  Pack load(Terminal terminal) {
    return folder == null ? Pack.builtIn() : Pack.load(terminal.resolve(folder), shown());
  }

  /**
   * The pack, loaded to compile {@code operation} in {@code cell}: only the files that reads when
   * the whole pack is known to load without errors ({@link Pack#loadFor}).
   */
  Pack loadFor(Terminal terminal, String operation, Cell cell) {
    Path cache = verdicts(terminal);
    return folder == null
        ? Pack.builtInFor(operation, cell, cache)
        : Pack.loadFor(operation, cell, terminal.resolve(folder), shown(), cache);
  }

  /**
   * Where verdicts on packs are kept: {@code $PLUMB_CACHE}, else {@code $XDG_CACHE_HOME/plumb},
   * else {@code ~/.cache/plumb}, each in a folder {@code verdicts}; none when none of them is set,
   * or when {@code PLUMB_CACHE} is {@code off}.
   */
  static Path verdicts(Terminal terminal) {
    String plumb = terminal.variable("PLUMB_CACHE");
    if (plumb != null) {
      return plumb.equals("off") ? null : terminal.resolve(Path.of(plumb, "verdicts"));
    }
    String xdg = terminal.variable("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "plumb", "verdicts");
    }
    String home = terminal.variable("HOME");
    return home != null && Path.of(home).isAbsolute()
        ? Path.of(home, ".cache", "plumb", "verdicts")
        : null;
  }

  List<Diagnostic> lint(Terminal terminal, boolean shellcheck) {
    return folder == null
        ? Pack.lintBuiltIn(shellcheck)
        : Pack.lint(terminal.resolve(folder), shown(), shellcheck);
  }

  /** The pack's folder: the user's, resolved, or the built-in pack's inside the jar. */
  Path root(Terminal terminal) {
    return folder == null ? Pack.builtInFolder() : terminal.resolve(folder);
  }

  /** How messages name the pack's folder, before each file's path in it. */
  String shown() {
    return folder == null ? "templates" : folder.toString();
  }

  /**
   * The pack for a summary: {@code samples/tutorial}, {@code the current folder}, {@code
   * PLUMB_PACK=/srv/pack}, {@code the built-in pack}.
   */
  String label() {
    return switch (how) {
      case OPTION -> shown();
      case CURRENT_FOLDER -> "the current folder";
      case ENVIRONMENT -> VARIABLE + "=" + shown();
      case BUILT_IN -> "the built-in pack";
    };
  }

  /** What a command does with the pack it loaded: its exit code. */
  interface Use {
    int with(Pack pack);
  }

  /**
   * Loads the pack and runs {@code use} with it. On a terminal, a command whose output is its
   * product first says on stderr which pack it used ({@code plumb compile: pack 'tutorial' from
   * samples/tutorial}); a failure is reported as {@link #report} does.
   */
  int run(String command, Terminal terminal, Use use) {
    return run(command, terminal, () -> load(terminal), use);
  }

  /**
   * As {@link #run(String, Terminal, Use)}, with the pack loaded to compile {@code operation} in
   * {@code cell}.
   */
  int runFor(String operation, Cell cell, String command, Terminal terminal, Use use) {
    return run(command, terminal, () -> loadFor(terminal, operation, cell), use);
  }

  private int run(String command, Terminal terminal, Supplier<Pack> loader, Use use) {
    try {
      Pack pack = loader.get();
      if (terminal.interactive()) {
        terminal.err().println("plumb " + command + ": pack '" + pack.name() + "' from " + label());
      }
      return use.with(pack);
    } catch (PlumbException e) {
      report(e.diagnostics(), terminal);
      return Cli.FAILED;
    }
  }

  /**
   * Reports a failure's diagnostics; when the built-in pack was used by default and the request or
   * the values do not fit it (P402, P405, P501, P502), the first request error says so, and a last
   * line says why it was that pack.
   */
  void report(List<Diagnostic> diagnostics, Terminal terminal) {
    if (how != How.BUILT_IN) {
      terminal.report(diagnostics);
      return;
    }
    boolean misfit = false;
    List<Diagnostic> shown = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      boolean request = d.code() == Code.P402 || d.code() == Code.P405;
      shown.add(
          request && !misfit
              ? d.withMessage(d.message() + " in the built-in pack; did you mean to pass --pack?")
              : d);
      misfit |= request || d.code() == Code.P501 || d.code() == Code.P502;
    }
    terminal.report(shown);
    if (misfit) {
      terminal.err().println("plumb: " + WHY_BUILT_IN);
    }
  }
}
