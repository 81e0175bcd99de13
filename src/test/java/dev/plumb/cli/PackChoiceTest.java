package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.CliRun.Given;
import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pack a command uses: {@code --pack}, else the current folder's, else {@code PLUMB_PACK}'s,
 * else the built-in pack; and how each command says which one it used.
 */
class PackChoiceTest {
  private static final String START = "%template start\necho {{ vm.name }} ";

  /** A folder {@code name} holding a pack whose start template echoes {@code word}. */
  private static Path pack(Path dir, String name, String word) {
    Path folder = dir.resolve(name);
    TestPack.of(folder, "start.plumb", START + word + "\n");
    return folder;
  }

  private static final String[] COMPILE = {"compile", "start", "host=freebsd", "hypervisor=bhyve"};

  @Test
  void theCurrentFolderWinsOverPlumbPackWhichWinsOverTheBuiltInPack(@TempDir Path dir) {
    Path here = pack(dir, "here", "here");
    pack(dir, "there", "there");
    Given env = Given.NOTHING.withEnv("PLUMB_PACK", dir.resolve("there").toString());
    assertTrue(CliRun.of(here, env, COMPILE).out().contains("echo web1 here\n"));
    assertTrue(CliRun.of(dir, env, COMPILE).out().contains("echo web1 there\n"));
    assertTrue(
        CliRun.of(here, env, concat(COMPILE, "--pack", "../there"))
            .out()
            .contains("echo web1 there\n"));
    CliRun builtIn = CliRun.of(dir, Given.NOTHING.withEnv("PLUMB_PACK", ""), COMPILE);
    assertEquals(1, builtIn.exit());
    assertTrue(
        builtIn.err().contains("in the built-in pack; did you mean to pass --pack?"),
        builtIn.err());
  }

  @Test
  void lintSaysWhichPackItLinted(@TempDir Path dir) {
    Path here = pack(dir, "here", "");
    Given env = Given.NOTHING.withEnv("PLUMB_PACK", here.toString());
    assertTrue(CliRun.of(here, "lint").err().endsWith(" warnings in the current folder\n"));
    assertTrue(
        CliRun.of(dir, env, "lint").err().endsWith(" in PLUMB_PACK=" + here + "\n"),
        CliRun.of(dir, env, "lint").err());
    assertTrue(CliRun.of(dir, "lint").err().endsWith(" in the built-in pack\n"));
  }

  @Test
  void aProductCommandNamesItsPackOnStderrOnlyOnATerminal(@TempDir Path dir) {
    Path here = pack(dir, "here", "");
    CliRun piped = CliRun.of(here, COMPILE);
    CliRun shown = CliRun.of(here, Given.NOTHING.onTerminal(), COMPILE);
    assertEquals("", piped.err());
    assertEquals("plumb compile: pack 'vmtest' from the current folder\n", shown.err());
    assertEquals(piped.out(), shown.out(), "the script is the same");
    assertEquals(
        "plumb schema: pack 'vmtest' from the built-in pack\n".replace("vmtest", "petitecloud"),
        CliRun.of(dir, Given.NOTHING.onTerminal(), "schema").err());
  }

  @Test
  void standardInputIsJsonOrYamlAndReadOnce(@TempDir Path dir) {
    Path here = pack(dir, "here", "");
    String[] fromStdin = concat(COMPILE, "--values", "-");
    assertTrue(
        CliRun.of(here, Given.NOTHING.withStdin("{\"vm\": {\"name\": \"json1\"}}"), fromStdin)
            .out()
            .contains("echo json1"));
    assertTrue(
        CliRun.of(here, Given.NOTHING.withStdin("# yaml\nvm:\n  name: yaml1\n"), fromStdin)
            .out()
            .contains("echo yaml1"));
    CliRun twice = CliRun.of(here, concat(fromStdin, "--values", "-"));
    assertEquals(2, twice.exit());
    assertTrue(twice.err().startsWith("plumb: --values - (standard input) can be given only once"));
  }

  @Test
  void laterValuesFilesWinAndEveryUnreadableOneIsReported(@TempDir Path dir) throws Exception {
    Path here = pack(dir, "here", "");
    Files.writeString(here.resolve("a.json"), "{\"vm\": {\"name\": \"a\"}}");
    Files.writeString(here.resolve("b.yml"), "vm: {name: b}\n");
    assertTrue(
        CliRun.of(here, concat(COMPILE, "--values", "a.json", "--values", "b.yml"))
            .out()
            .contains("echo b"));
    assertTrue(
        CliRun.of(here, concat(COMPILE, "--values", "b.yml", "--values", "a.json"))
            .out()
            .contains("echo a"));
    CliRun missing = CliRun.of(here, concat(COMPILE, "--values", "x.json", "--values", "y.yaml"));
    assertEquals(
        "x.json: error[P505]: cannot read the values file: no such file\n"
            + "y.yaml: error[P505]: cannot read the values file: no such file\n",
        missing.err());
  }

  @Test
  void explainNeedsACodeOrList(@TempDir Path dir) {
    assertEquals(2, CliRun.of(dir, "explain").exit());
    assertEquals(2, CliRun.of(dir, "explain", "P201", "--list").exit());
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
