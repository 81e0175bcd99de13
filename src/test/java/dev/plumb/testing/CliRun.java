package dev.plumb.testing;

import dev.plumb.cli.Cli;
import dev.plumb.cli.Main;
import dev.plumb.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one runner of the command line, in this JVM ({@link #of}) or as a process ({@link #process}):
 * what it printed and its exit code.
 */
public record CliRun(int exit, String out, String err) {
  /**
   * What a run is given besides its arguments and folder: its standard input, its environment (none
   * of the test's own), and whether its stderr is a terminal.
   */
  public record Given(byte[] stdin, Map<String, String> env, boolean interactive) {
    public static final Given NOTHING = new Given(new byte[0], Map.of(), false);

    public Given withStdin(String text) {
      return new Given(text.getBytes(StandardCharsets.UTF_8), env, interactive);
    }

    public Given withEnv(String name, String value) {
      Map<String, String> more = new HashMap<>(env);
      more.put(name, value);
      return new Given(stdin, more, interactive);
    }

    public Given onTerminal() {
      return new Given(stdin, env, true);
    }
  }

  /** Runs {@code plumb ARGS} in this JVM, in folder {@code dir}, without colour. */
  public static CliRun of(Path dir, String... args) {
    return of(dir, Given.NOTHING, args);
  }

  /** Runs {@code plumb ARGS} in this JVM, in folder {@code dir}, given {@code given}. */
  public static CliRun of(Path dir, Given given, String... args) {
    return of(dir, given, terminal -> Cli.run(args, terminal));
  }

  /**
   * Runs {@code command} in this JVM, on a terminal in folder {@code dir} given {@code given}: for
   * a test that runs the command line another way than {@link Cli#run}.
   */
  public static CliRun of(Path dir, Given given, ToIntFunction<Terminal> command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        command.applyAsInt(
            new Terminal(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                dir.toAbsolutePath(),
                new ByteArrayInputStream(given.stdin()),
                given.env(),
                given.interactive()));
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static CliRun of(Path dir, List<String> args) {
    return of(dir, args.toArray(String[]::new));
  }

  /** Runs a command line given as shell words ({@link ShellWords}), e.g. {@code "lint pack"}. */
  public static CliRun line(Path dir, String commandLine) {
    return of(dir, ShellWords.split(commandLine));
  }

  /**
   * Runs {@code plumb ARGS} as a process, {@link #java} with {@code jvmOptions}, in folder {@code
   * dir}, through {@link Tools#run}.
   */
  public static CliRun process(Path dir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(jvmOptions);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Tools.Result result = Tools.run(java(command.toArray(String[]::new)), dir, Map.of());
    return new CliRun(result.exit(), result.out(), result.err());
  }

  /**
   * {@code java} with this test's class path (made absolute: the process may run in another
   * folder), then {@code more}: JVM options, a main class and its arguments.
   */
  public static List<String> java(String... more) {
    String classpath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath));
    command.addAll(List.of(more));
    return command;
  }

  /** The first lines of stderr, enough to say what went wrong. */
  public String errHead() {
    return err.length() > 2000 ? err.substring(0, 2000) + "…" : err;
  }
}
