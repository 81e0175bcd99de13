package dev.plumb.cli;

import dev.plumb.LanguageServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code plumb lsp}: the language server, on stdin and stdout, for editors to start. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Run the language server on stdin and stdout (diagnostics as you type, hover, definition,"
            + " completion).")
final class LspCommand implements Callable<Integer> {
  private final Terminal terminal;

  LspCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    return LanguageServer.serve(terminal.in(), terminal.out());
  }
}
