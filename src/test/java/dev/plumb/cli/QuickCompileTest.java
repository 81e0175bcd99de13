package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.plumb.testing.ShellWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the lean reading of {@code plumb compile} takes, and each rule by which it leaves to
 * picocli.
 */
class QuickCompileTest {
  private static CompileRequest parse(String line) {
    return parse(ShellWords.split(line).toArray(String[]::new));
  }

  private static CompileRequest parse(String... args) {
    return QuickCompile.parse(args, new Properties());
  }

  @Test
  void readsOptionsAndWordsInAnyOrder() {
    assertEquals(
        new CompileRequest(
            "start",
            List.of("host=freebsd", "guest=", "a=b=c"),
            Path.of("pack"),
            List.of("one.json", "-", "two.yaml"),
            List.of("vm.name=web", "vm.cpus=2"),
            Path.of("out/start.sh"),
            true,
            true),
        parse(
            "compile --set vm.name=web start --values one.json host=freebsd --annotate --pack pack"
                + " --values - guest= -o out/start.sh --source-map --set vm.cpus=2 --values two.yaml"
                + " a=b=c"));
  }

  @Test
  void readsTheLeastAsPicocliDoes() {
    assertEquals(
        new CompileRequest("start", List.of(), null, List.of(), List.of(), null, false, false),
        parse("compile start"));
    // a positional word may be anything that is not an option: even the command's name, or empty
    assertEquals("compile", parse("compile compile").operation());
    assertEquals("", parse("compile ''").operation());
    assertEquals(Path.of("x.sh"), parse("compile start --output x.sh").output());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // not compile, or no OP
        "build",
        "Compile start",
        "compile",
        "compile --annotate",
        // an argument file, wherever it is
        "compile start @args",
        "compile @args start",
        "compile start --values @values.json",
        "compile start --pack @",
        // an option but the ones compile has, as separate words
        "compile start --pack=pack",
        "compile start --set=a=b",
        "compile start -ofile",
        "compile start -- host=freebsd",
        "compile start -h",
        "compile start --help",
        "compile start -V",
        "compile start --version",
        "compile start --nope",
        "compile start -",
        "compile start -1",
        // an option at the end without its value, or a value that starts with '-'
        "compile start --pack",
        "compile start --values",
        "compile start --set",
        "compile start -o",
        "compile start --output",
        "compile start --pack --annotate",
        "compile start --set -x=1",
        "compile start -o -",
        "compile start --values --set a=b",
        "compile start --values -x.json",
        // one value or flag given twice
        "compile start --pack a --pack b",
        "compile start -o a --output b",
        "compile start --output a --output a",
        "compile start --annotate --annotate",
        "compile start -o f --source-map --source-map",
        // what compile refuses as a usage error once read
        "compile start host",
        "compile start host=freebsd =bhyve",
        "compile start --set novalue",
        "compile start --set =x",
        "compile start --values - --values -",
        "compile start --source-map",
      })
  void leavesToPicocli(String line) {
    assertNull(parse(line), line);
  }

  @Test
  void leavesAPathPicocliCannotMakeToPicocli() {
    assertNotNull(parse("compile", "start", "--pack", "pack"));
    assertNull(parse("compile", "start", "--pack", "pa\0ck"));
    assertNull(parse("compile", "start", "-o", "start\0.sh"));
  }

  @Test
  void leavesEverythingToPicocliWhenAPropertyTunesIt() {
    Properties tuned = new Properties();
    tuned.setProperty("picocli.trace", "DEBUG");
    assertNull(QuickCompile.parse(new String[] {"compile", "start"}, tuned));
  }
}
