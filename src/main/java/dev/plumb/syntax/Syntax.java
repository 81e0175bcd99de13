package dev.plumb.syntax;

import dev.plumb.ast.Manifest;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Reads template, fragment and manifest files into trees. The only door to the generated ANTLR
 * code: everything past this class sees the records of {@code dev.plumb.ast}.
 */
public final class Syntax {
  private Syntax() {}

  /**
   * A template or fragment file as read: the unit when it has no error; else, when its lines could
   * still be matched into blocks, the unit as far as it could be read ({@code partial}), which says
   * what the file is and what it uses but is never checked or compiled.
   */
  public record Read(Unit unit, Unit partial, List<Diagnostic> diagnostics) {
    public Read {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Reads a template or fragment file. */
  public static Read readUnit(SourceFile file) {
    SyntaxErrors listener = new SyntaxErrors(file);
    // a line of another template language is that, whatever else is wrong on it
    List<Diagnostic> foreign = Habits.foreignLines(file);
    foreign.forEach(listener::add);
    CommonTokenStream tokens = tokens(file, listener, false);
    List<Diagnostic> errors = new ArrayList<>(DepthGuard.checkUnit(tokens, file));
    if (!errors.isEmpty()) {
      return new Read(null, null, errors);
    }
    PlumbParser parser = parser(tokens, listener);
    PlumbParser.TemplateFileContext tree = parser.templateFile();
    if (listener.failed()) {
      return new Read(null, null, listener.diagnostics());
    }
    // foreign lines are text lines to the parser: the file's blocks are known all the same
    errors.addAll(foreign);
    Unit unit = new BodyBuilder(new Spans(file), errors).build(tree);
    // a tree with a structural or literal error would only lead to follow-on errors; one nested
    // too deep is not even walked
    if (errors.isEmpty()) {
      return new Read(unit, null, errors);
    }
    boolean tooDeep = errors.stream().anyMatch(d -> d.code() == Code.P110);
    return new Read(null, tooDeep ? null : unit, errors);
  }

  /** Reads a manifest ({@code pack.plumb}). */
  public static Checked<Manifest> readManifest(SourceFile file) {
    SyntaxErrors listener = new SyntaxErrors(file);
    CommonTokenStream tokens = tokens(file, listener, true);
    List<Diagnostic> errors = new ArrayList<>(DepthGuard.checkManifest(tokens, file));
    if (!errors.isEmpty()) {
      return new Checked<>(null, errors);
    }
    PlumbParser parser = parser(tokens, listener);
    PlumbParser.ManifestContext tree = parser.manifest();
    if (!listener.diagnostics().isEmpty()) {
      return new Checked<>(null, listener.diagnostics());
    }
    Manifest manifest = new ManifestBuilder(new Spans(file), errors).build(tree);
    return new Checked<>(errors.isEmpty() ? manifest : null, errors);
  }

  /**
   * How many times parsing {@code file} falls back from SLL prediction to full-context LL: the
   * grammar needs none for any valid file ({@code FullContextTest}); the benchmarks count them too.
   */
  public static int fullContextPredictions(SourceFile file, boolean manifest) {
    SyntaxErrors listener = new SyntaxErrors(file);
    PlumbParser parser = parser(tokens(file, listener, manifest), listener);
    int[] count = {0};
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
            count[0]++;
          }
        });
    if (manifest) {
      parser.manifest();
    } else {
      parser.templateFile();
    }
    return count[0];
  }

  /**
   * A file's tokens as a formatter needs them ({@link Lexeme}), when it reads without error as a
   * manifest or as a template or fragment; else the errors that reading it reports.
   */
  public static Checked<List<Lexeme>> lexemes(SourceFile file, boolean manifest) {
    List<Diagnostic> errors =
        manifest ? readManifest(file).diagnostics() : readUnit(file).diagnostics();
    if (errors.stream().anyMatch(Diagnostic::isError)) {
      return new Checked<>(null, errors);
    }
    SyntaxErrors listener = new SyntaxErrors(file);
    CommonTokenStream tokens = tokens(file, listener, manifest);
    PlumbParser parser = parser(tokens, listener);
    ParserRuleContext tree = manifest ? parser.manifest() : parser.templateFile();
    return new Checked<>(Lexemes.of(file.text(), tokens.getTokens(), tree), List.of());
  }

  private static CommonTokenStream tokens(
      SourceFile file, SyntaxErrors listener, boolean manifest) {
    PlumbLexer lexer = new PlumbLexer(CharStreams.fromString(file.text(), file.path()));
    if (manifest) {
      lexer.mode(PlumbLexer.MANIFEST_MODE);
    }
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    return tokens;
  }

  private static PlumbParser parser(CommonTokenStream tokens, SyntaxErrors listener) {
    PlumbParser parser = new PlumbParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    return parser;
  }
}
