package dev.plumb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plumb completion bash|zsh}: a completion script. picocli writes the commands and options;
 * plumb adds the operations and {@code AXIS=VALUE} words of {@code compile}, {@code plan} and
 * {@code explain-cell}, which the script asks of plumb when it completes them ({@code
 * --operations}, {@code --cells}: hidden, for the script).
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Print a completion script: source <(plumb completion bash), or zsh in ~/.zshrc; it"
            + " completes commands, options, operations and AXIS=VALUE from the pack.")
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for: one script, which zsh runs through bashcompinit. */
  enum Shell {
    bash,
    zsh
  }

  /** The commands whose operation and cell the script completes from the pack. */
  private static final String[] FROM_PACK = {"compile", "plan", "explaincell"};

  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", arity = "0..1", description = "bash or zsh")
  Shell shell;

  @Option(names = "--operations", hidden = true, description = "the pack's operations")
  boolean operations;

  @Option(names = "--cells", hidden = true, description = "the pack's AXIS=VALUE words")
  boolean cells;

  @Mixin PackOption pack;

  CompletionCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (operations || cells) {
      return words();
    }
    if (shell == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the shell: bash or zsh");
    }
    terminal.out().print(script());
    terminal.out().flush();
    return Cli.OK;
  }

  /** picocli's script, its functions for the commands that take a cell renamed, then plumb's. */
  static String script() {
    String script = AutoComplete.bash("plumb", Commands.commandLine(null));
    for (String command : FROM_PACK) {
      String generated = "function _picocli_plumb_" + command + "() {";
      if (!script.contains(generated)) {
        throw new IllegalStateException("picocli wrote no " + generated);
      }
      script = script.replace(generated, "function _plumb_" + command + "_options() {");
    }
    try (InputStream in = CompletionCommand.class.getResourceAsStream("completion.bash")) {
      return script + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operations or the AXIS=VALUE words of the pack, one a line. */
  private int words() {
    return pack.choice(terminal)
        .run(
            "completion",
            terminal,
            loaded -> {
              if (operations) {
                loaded.operations().forEach(terminal.out()::println);
              } else {
                loaded
                    .axes()
                    .forEach(
                        (axis, values) ->
                            values.forEach(v -> terminal.out().println(axis + "=" + v)));
              }
              terminal.out().flush();
              return Cli.OK;
            });
  }
}
