package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.cli.Main;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java reads arguments and file names in the locale's charset: under {@code LC_ALL=C}, {@code
 * /vm/café} arrives as {@code /vm/caf\uFFFD\uFFFD}. Run as real processes: {@code bin/plumb} runs
 * Java under a UTF-8 locale, so the script names the path that was given; and plumb itself, run
 * under C, refuses a mangled argument or file name (P511, naming the locale) rather than write a
 * script for another path, while under UTF-8 it refuses bytes that are not UTF-8 but passes a real
 * U+FFFD.
 */
class LocaleTest {
  private static final String MANIFEST =
      "pack loc \"l\"\naxis host = linux\noperation run\nvar dir : path = \"/vm\"\n";

  private static final List<String> COMPILE =
      List.of("compile", "run", "host=linux", "--pack", "pack");

  @TempDir Path tmp;

  @BeforeEach
  void pack() throws IOException {
    TestPack.write(tmp.resolve("pack"), MANIFEST, "run.plumb", "%template run\necho {{ dir }}\n");
  }

  /**
   * Runs {@code command} in the temporary folder with {@code LC_ALL} set (and {@code PATH} when
   * given).
   */
  private Tools.Result run(String locale, String path, List<String> command)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(Map.of("LC_ALL", locale));
    if (path != null) {
      env.put("PATH", path);
    }
    return Tools.run(command, tmp, env);
  }

  /**
   * {@code java … Main ARGS} through {@code sh}, whose {@code printf} writes each argument: only a
   * shell can hand over a byte that is not UTF-8 ({@code \351}, 0xE9).
   */
  private Tools.Result plumb(String locale, String... args)
      throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder("exec \"$@\"");
    for (int i = 0; i < args.length; i++) {
      script.append(" \"$(printf '%b' \"$A").append(i).append("\")\"");
    }
    List<String> command = new ArrayList<>(List.of("sh", "-c", script.toString(), "sh"));
    command.addAll(CliRun.java(Main.class.getName()));
    return run(locale, null, withArguments(command, args));
  }

  /** The command, with each argument in the environment variable {@code A<i>} for the shell. */
  private static List<String> withArguments(List<String> command, String... args) {
    List<String> env = new ArrayList<>(List.of("env"));
    for (int i = 0; i < args.length; i++) {
      env.add("A" + i + "=" + args[i]);
    }
    env.addAll(command);
    return env;
  }

  private Tools.Result compile(String locale, String... more)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(COMPILE);
    args.addAll(List.of(more));
    return plumb(locale, args.toArray(String[]::new));
  }

  @Test
  void underTheCLocaleANonAsciiArgumentIsP511NamingTheLocale()
      throws IOException, InterruptedException {
    Tools.Result run = compile("C", "--set", "dir=/vm/café", "-o", "out.sh");
    assertEquals(1, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "argument 7:1:12: error[P511]: bytes of this argument could not be decoded and"
                    + " were read as U+FFFD\n"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "the locale (LC_ALL=C) reads arguments and file names as ANSI_X3.4-1968: run plumb"
                    + " under a UTF-8 locale such as C.UTF-8"),
        run.err());
    assertFalse(Files.exists(tmp.resolve("out.sh")), "nothing is written");
  }

  @Test
  void underTheCLocaleANonAsciiFileNameIsP511() throws IOException, InterruptedException {
    Files.move(tmp.resolve("pack/run.plumb"), tmp.resolve("pack/café.plumb"));
    for (String command : new String[] {"lint", "compile"}) {
      Tools.Result run = command.equals("lint") ? plumb("C", "lint", "pack") : compile("C");
      assertEquals(1, run.exit(), run.err());
      assertTrue(
          run.err()
              .startsWith(
                  "pack/caf\uFFFD\uFFFD.plumb: error[P511]: bytes of this file's name could not be"
                      + " decoded and were read as U+FFFD"),
          run.err());
      assertTrue(run.err().contains("(LC_ALL=C)"), run.err());
    }
  }

  /**
   * Under a UTF-8 locale, the byte 0xE9 (Latin-1 é) is refused, and a real U+FFFD, given as UTF-8,
   * is taken: plumb compares each argument with the process's own bytes.
   */
  @Test
  void underUtf8ABadByteIsP511AndARealReplacementCharacterPasses()
      throws IOException, InterruptedException {
    Tools.Result latin1 = compile("C.UTF-8", "--set", "dir=/vm/caf\\351");
    assertEquals(1, latin1.exit(), latin1.err());
    assertTrue(latin1.err().startsWith("argument 7:1:12: error[P511]"), latin1.err());
    assertTrue(latin1.err().contains("give it as UTF-8"), latin1.err());
    Tools.Result real = compile("C.UTF-8", "--set", "dir=/vm/\uFFFD");
    assertEquals(0, real.exit(), real.err());
    assertTrue(real.out().endsWith("echo '/vm/\uFFFD'\n"), real.out());
  }

  /**
   * {@code bin/plumb} under {@code LC_ALL=C}: the script names {@code /vm/café} and {@code
   * café.plumb}. Run from a copy of the script beside an empty {@code target/plumb.jar}, with a
   * stand-in {@code java} first on the PATH that runs the test's classes instead of the jar.
   */
  @Test
  void binPlumbRunsJavaUnderAUtf8Locale() throws IOException, InterruptedException {
    Files.move(tmp.resolve("pack/run.plumb"), tmp.resolve("pack/café.plumb"));
    Path root = tmp.resolve("clone");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("target"));
    Files.copy(Path.of("bin", "plumb"), root.resolve("bin/plumb"));
    Files.createFile(root.resolve("target/plumb.jar"));
    Path fake = Files.createDirectories(tmp.resolve("fake"));
    List<String> java = CliRun.java();
    Files.writeString(
        fake.resolve("java"),
        "#!/bin/sh\n"
            + "# stands in for java: runs plumb's classes from the test's class path\n"
            + "case \"$*\" in *-XX:ArchiveClassesAtExit=*) exit 1 ;; esac\n"
            + "while [ \"$1\" != -jar ]; do shift; done\n"
            + "shift 2\n"
            + "exec "
            + java.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" "))
            + " "
            + Main.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(
        fake.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> command = new ArrayList<>(List.of(root.resolve("bin/plumb").toString()));
    command.addAll(COMPILE);
    command.addAll(List.of("--set", "dir=/vm/café"));
    Tools.Result run =
        run("C", fake + File.pathSeparator + System.getenv().getOrDefault("PATH", "/bin"), command);
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "#!/bin/sh\n# plumb: loc run host=linux\n# from: café.plumb\nset -eu\necho '/vm/café'\n",
        run.out());
  }
}
