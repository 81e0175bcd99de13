package dev.plumb.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * The grammar decides every valid file with SLL prediction alone: ANTLR never falls back to
 * full-context LL prediction (slower, and the sign of a decision SLL cannot make) on the built-in
 * pack or the sample packs. The files are parsed as {@link Syntax} parses them: the manifest in the
 * lexer's manifest mode, every other file as a template file.
 */
class FullContextTest {
  @Test
  void validPacksNeedNoFullContextPrediction() throws IOException {
    List<String> fallbacks = new ArrayList<>();
    int files = 0;
    for (String pack : List.of("templates", "samples/tutorial", "samples/services")) {
      try (Stream<Path> walk = Files.walk(Path.of(pack))) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".plumb")).sorted().toList()) {
          fallbacks.addAll(fallbacks(file));
          files++;
        }
      }
    }
    assertTrue(files > 50, files + " files parsed");
    assertEquals(List.of(), fallbacks);
  }

  /** Each full-context prediction ANTLR attempts while parsing {@code file}. */
  private static List<String> fallbacks(Path file) throws IOException {
    List<String> found = new ArrayList<>();
    PlumbLexer lexer = new PlumbLexer(CharStreams.fromPath(file));
    boolean manifest = file.getFileName().toString().equals("pack.plumb");
    if (manifest) {
      lexer.mode(PlumbLexer.MANIFEST_MODE);
    }
    lexer.removeErrorListeners();
    PlumbParser parser = new PlumbParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(
        new BaseErrorListener() {
          @Override
          public void reportAttemptingFullContext(
              Parser recognizer,
              DFA dfa,
              int start,
              int stop,
              BitSet conflicting,
              ATNConfigSet configs) {
            found.add(file + ": decision " + dfa.decision + " at token " + start);
          }
        });
    if (manifest) {
      parser.manifest();
    } else {
      parser.templateFile();
    }
    return found;
  }
}
