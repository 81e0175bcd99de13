package dev.plumb.bench;

import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * (d) How often ANTLR's prediction falls back from SLL to full-context LL on a pack's files: parsed
 * as plumb parses them (the manifest in the lexer's manifest mode, every other file as a template
 * file), counting the parser's reports of attempting full context. Valid input should need none.
 */
final class FullContext {
  private FullContext() {}

  /** The fallbacks over every {@code *.plumb} file below {@code dir}, and how many files. */
  record Count(long fallbacks, int files) {}

  static Count of(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".plumb")).sorted().toList();
    }
    AtomicLong fallbacks = new AtomicLong();
    BaseErrorListener counter =
        new BaseErrorListener() {
          @Override
          public void reportAttemptingFullContext(
              Parser parser, DFA dfa, int start, int stop, BitSet conflicting, ATNConfigSet configs) {
            fallbacks.incrementAndGet();
          }
        };
    for (Path file : files) {
      PlumbLexer lexer = new PlumbLexer(CharStreams.fromPath(file));
      boolean manifest = file.getFileName().toString().equals("pack.plumb");
      if (manifest) {
        lexer.mode(PlumbLexer.MANIFEST_MODE);
      }
      lexer.removeErrorListeners();
      PlumbParser parser = new PlumbParser(new CommonTokenStream(lexer));
      parser.removeErrorListeners();
      parser.addErrorListener(counter);
      if (manifest) {
        parser.manifest();
      } else {
        parser.templateFile();
      }
    }
    return new Count(fallbacks.get(), files.size());
  }
}
