package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

/**
 * The lean reading of {@code plumb compile} agrees with picocli's: what it takes, picocli reads as
 * the same request; what picocli cannot read, it leaves to picocli.
 */
class QuickCompileProperties {
  /** Words that mean something to one of the two readers, or look as if they might. */
  private static final List<String> WORDS =
      List.of(
          "compile",
          "start",
          "stop",
          "build",
          "host=freebsd",
          "guest=",
          "=x",
          "a=b=c",
          "vm.name=web",
          "--pack",
          "--values",
          "--set",
          "-o",
          "--output",
          "--annotate",
          "--source-map",
          "-",
          "--",
          "-h",
          "--help",
          "-V",
          "--version",
          "@f",
          "@",
          "--pack=x",
          "--set=a=b",
          "-ofile",
          "-o=file",
          "--annotate=true",
          "-x",
          "-1",
          "x.json",
          "pack",
          "out.sh",
          "plain",
          "",
          " ",
          "a b=c d",
          "café=crème",
          "vm.disks[1]=x",
          "--nope",
          "compile=x");

  @Property(tries = 500)
  void whatItTakesPicocliReadsAlike(@ForAll("commandLines") List<String> words) {
    String[] args = words.toArray(String[]::new);
    CompileRequest quick = QuickCompile.parse(args, new Properties());
    Statistics.label("taken").collect(quick != null);
    Statistics.label("taken").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    CompileRequest picocli;
    try {
      picocli = picocliRequest(args);
    } catch (CommandLine.ParameterException e) {
      assertNull(quick, "picocli refuses " + words + ": " + e.getMessage());
      return;
    }
    if (quick != null) {
      assertEquals(picocli, quick, words.toString());
    }
  }

  /**
   * The request picocli reads from {@code args} with the command line {@link Cli} uses, without
   * running it; null when it reads another command, or help.
   */
  private static CompileRequest picocliRequest(String[] args) {
    PrintStream discard =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Terminal terminal = new Terminal(discard, discard, false, Path.of("").toAbsolutePath());
    CommandLine.ParseResult parsed = Commands.commandLine(terminal, args).parseArgs(args);
    if (!parsed.hasSubcommand()
        || !(parsed.subcommand().commandSpec().userObject() instanceof CompileCommand compile)
        || parsed.subcommand().isUsageHelpRequested()
        || parsed.subcommand().isVersionHelpRequested()) {
      return null;
    }
    return compile.request();
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(WORDS)),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(4)),
            Tuple.of(1, Arbitraries.strings().withChars("-=@a ").ofMaxLength(4)));
    Arbitrary<String> first =
        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("compile")), Tuple.of(1, word));
    Arbitrary<String> operation =
        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("start")), Tuple.of(1, word));
    Arbitrary<List<String>> optionOrWord =
        Arbitraries.frequencyOf(
            Tuple.of(
                2,
                Arbitraries.of("host=freebsd", "hypervisor=bhyve", "a=b=c", "guest=")
                    .map(List::of)),
            Tuple.of(
                2,
                Combinators.combine(
                        Arbitraries.of("--pack", "--values", "--set", "-o", "--output"),
                        Arbitraries.of("p", "x.json", "-", "vm.name=web", "out.sh", "a=", ""))
                    .as(List::of)),
            Tuple.of(1, Arbitraries.of("--annotate", "--source-map").map(List::of)),
            Tuple.of(3, word.map(List::of)));
    return Combinators.combine(first, operation, optionOrWord.list().ofMaxSize(7))
        .as(
            (command, op, rest) -> {
              List<String> line = new ArrayList<>(List.of(command, op));
              rest.forEach(line::addAll);
              return line;
            });
  }
}
