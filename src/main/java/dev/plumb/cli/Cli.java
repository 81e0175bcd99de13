package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/**
 * Runs the command line and maps every outcome to an exit code: 0 ok, 1 errors found, 2 usage. A
 * compile given plain words is read without picocli ({@link QuickCompile}), whose command line
 * takes a fifth of a cold compile to build; everything else is read by picocli ({@link Commands}).
 * This class does not name picocli, so that loading it does not load picocli either.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private Cli() {}

  /**
   * Runs the command line, whose arguments are taken as the process got them: a U+FFFD in one is
   * taken for a byte the locale could not decode (P511).
   */
  public static int run(String[] args, Terminal terminal) {
    return run(args, null, terminal);
  }

  /**
   * As {@link #run(String[], Terminal)}, with the process's own bytes for each argument when they
   * are known ({@code raw}, else null): an argument must then be exactly their UTF-8.
   */
  static int run(String[] args, List<byte[]> raw, Terminal terminal) {
    List<Diagnostic> undecodable = Arguments.check(args, raw);
    if (!undecodable.isEmpty()) {
      terminal.report(undecodable);
      return FAILED;
    }
    CompileRequest compile = QuickCompile.parse(args, System.getProperties());
    return compile != null ? compile(compile, terminal) : Commands.run(args, terminal);
  }

  /**
   * A compile read without picocli, its outcomes told as picocli's path tells them ({@link
   * Commands#run}, {@link CompileCommand}).
   */
  private static int compile(CompileRequest request, Terminal terminal) {
    try {
      return CompileRun.run(request, terminal);
    } catch (UsageError e) {
      // QuickCompile declines what would be one; kept so that both paths would still say the same
      return usage(e.getMessage(), "compile ", terminal);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the bounds should keep both errors away; if one still comes, it is a bug to report, not a
      // trace to show
      return internalError(e, terminal);
    }
  }

  /**
   * A usage error: what is wrong, and where to read how {@code command} ({@code "compile "}, or
   * {@code ""} for plumb itself) is used.
   */
  static int usage(String message, String command, Terminal terminal) {
    terminal.err().println("plumb: " + message);
    terminal.err().println("run 'plumb " + command + "--help' for usage");
    return USAGE;
  }

  /** Never a stack trace: a short note and the version, for a bug report. */
  static int internalError(Throwable e, Terminal terminal) {
    terminal
        .err()
        .println(
            "plumb: internal error, please report: "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    terminal.err().println("plumb " + Version.get());
    return FAILED;
  }
}
