package dev.plumb.suite;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a {@code .cases} file: {@code case "NAME"} lines, each followed by its indented clauses
 * ({@code compile}, {@code values}, {@code set}, and the expectations). Every mistake is a P605 at
 * its line; a case with one is left out, the others are kept.
 */
final class CaseParser {
  private final SourceFile file;
  private final List<Diagnostic> errors;
  private final List<TestCase> cases = new ArrayList<>();
  private Draft draft;

  private CaseParser(SourceFile file, List<Diagnostic> errors) {
    this.file = file;
    this.errors = errors;
  }

  /** The cases of {@code file}; its mistakes are added to {@code errors}. */
  static List<TestCase> parse(SourceFile file, List<Diagnostic> errors) {
    CaseParser parser = new CaseParser(file, errors);
    for (int n = 1; n <= file.lineCount(); n++) {
      parser.line(n, file.line(n));
    }
    parser.finish();
    return parser.cases;
  }

  private void line(int n, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    Words words = new Words(file, n, text);
    boolean indented = Character.isWhitespace(text.charAt(0));
    String keyword = words.word();
    if (!indented) {
      if (!keyword.equals("case")) {
        error(
            words.span(),
            "expected 'case \"NAME\"' at the start of a line, found '" + keyword + "'",
            "a case starts with 'case \"NAME\"' at the left margin; its clauses are indented");
        return;
      }
      finish();
      String name = words.string();
      if (name != null && words.end()) {
        draft = new Draft(name, Span.of(file, n, 1, text.length() + 1));
      } else {
        draft = new Draft(null, Span.of(file, n, 1, text.length() + 1));
      }
      return;
    }
    if (draft == null) {
      error(
          words.span(),
          "a clause outside any case",
          "start the case with 'case \"NAME\"' above it");
      return;
    }
    clause(keyword, words);
  }

  private void clause(String keyword, Words words) {
    Span span = words.lineSpan();
    switch (keyword) {
      case "compile" -> compile(words);
      case "values" -> {
        while (!words.atEnd()) {
          draft.values.add(words.word());
        }
        if (draft.values.isEmpty()) {
          error(
              span, "'values' names no values set", "name examples, as in 'values linux windows'");
        }
      }
      case "set" -> {
        String rest = words.rest();
        int eq = rest.indexOf('=');
        if (eq <= 0) {
          error(
              span, "expected 'set NAME=VALUE'", "as plumb compile --set takes it: set vm.cpus=4");
        } else {
          draft.sets.add(
              new TestCase.Override(rest.substring(0, eq), rest.substring(eq + 1), span));
        }
      }
      case "contains" -> expect(words, text -> new TestCase.Expectation.Contains(text, span));
      case "lacks" -> expect(words, text -> new TestCase.Expectation.Lacks(text, span));
      case "order" -> order(words, span);
      case "unsupported" -> expectReason(words, t -> new TestCase.Expectation.Unsupported(t, span));
      case "excluded" -> expectReason(words, t -> new TestCase.Expectation.Excluded(t, span));
      case "refused" -> {
        String code = words.word();
        if (code.isEmpty() || Code.parse(code).isEmpty()) {
          error(span, "expected a code after 'refused', as in refused P506 \"needs UEFI\"", null);
          return;
        }
        expectReason(
            words, t -> new TestCase.Expectation.Refused(code.toUpperCase(Locale.ROOT), t, span));
      }
      default ->
          error(
              span,
              "unknown clause '" + keyword + "'",
              "the clauses are compile, values, set, contains, lacks, order, refused, unsupported,"
                  + " excluded");
    }
  }

  /** {@code compile OP AXIS=V|V …}. */
  private void compile(Words words) {
    Span span = words.lineSpan();
    if (draft.operation != null) {
      error(span, "a second 'compile' line in the case", "one case compiles one operation");
      return;
    }
    String operation = words.word();
    if (operation.isEmpty()) {
      error(span, "expected the operation after 'compile'", "as in: compile start host=linux");
      return;
    }
    draft.operation = operation;
    while (!words.atEnd()) {
      String choice = words.word();
      int eq = choice.indexOf('=');
      if (eq <= 0 || eq == choice.length() - 1) {
        error(
            span,
            "expected AXIS=VALUE, found '" + choice + "'",
            "as in host=linux or guest=linux|freebsd");
        return;
      }
      String axis = choice.substring(0, eq);
      if (draft.cells.containsKey(axis)) {
        error(
            span,
            "the axis '" + axis + "' is named twice",
            "alternatives go in one: " + axis + "=a|b");
        return;
      }
      draft.cells.put(axis, List.of(choice.substring(eq + 1).split("\\|", -1)));
    }
  }

  private void expect(Words words, Function<String, TestCase.Expectation> make) {
    String text = words.string();
    if (text == null || !words.end()) {
      return;
    }
    if (text.isEmpty()) {
      error(
          words.lineSpan(),
          "an empty text matches every script",
          "quote the command line to look for");
      return;
    }
    draft.expectations.add(make.apply(text));
  }

  /** {@code order "A" "B" …}: at least two texts. */
  private void order(Words words, Span span) {
    List<String> texts = new ArrayList<>();
    while (!words.atEnd()) {
      String text = words.string();
      if (text == null) {
        return;
      }
      texts.add(text);
    }
    if (texts.size() < 2 || texts.contains("")) {
      error(
          span,
          "'order' takes two texts or more, none empty",
          "as in: order \"bhyvectl --destroy\" \"bhyveload\"");
      return;
    }
    draft.expectations.add(new TestCase.Expectation.Order(texts, span));
  }

  /** An outcome's reason is optional: {@code unsupported} alone says only that it is. */
  private void expectReason(Words words, Function<String, TestCase.Expectation> make) {
    if (words.atEnd()) {
      draft.expectations.add(make.apply(""));
      return;
    }
    String text = words.string();
    if (text != null && words.end()) {
      draft.expectations.add(make.apply(text));
    }
  }

  private void finish() {
    if (draft == null) {
      return;
    }
    Draft d = draft;
    draft = null;
    if (d.name == null || d.broken) {
      return;
    }
    if (d.operation == null) {
      error(d.span, "the case compiles nothing", "add a line 'compile OPERATION AXIS=VALUE…'");
      return;
    }
    if (d.expectations.isEmpty()) {
      error(
          d.span,
          "the case expects nothing",
          "add contains, lacks, refused, unsupported or excluded");
      return;
    }
    boolean outcome =
        d.expectations.stream()
            .anyMatch(
                e ->
                    !(e instanceof TestCase.Expectation.Contains
                        || e instanceof TestCase.Expectation.Lacks
                        || e instanceof TestCase.Expectation.Order));
    if (outcome && d.expectations.size() > 1) {
      error(
          d.span,
          "refused, unsupported and excluded are the whole outcome: nothing else can be expected",
          "split the case in two");
      return;
    }
    cases.add(new TestCase(d.name, d.operation, d.cells, d.values, d.sets, d.expectations, d.span));
  }

  private void error(Span span, String message, String hint) {
    if (draft != null) {
      draft.broken = true;
    }
    Diagnostic d = Diagnostic.error(Code.P605, span, message);
    errors.add(hint == null ? d : d.withHint(hint));
  }

  /** A case as its lines come. */
  private static final class Draft {
    final String name;
    final Span span;
    String operation;
    final Map<String, List<String>> cells = new LinkedHashMap<>();
    final List<String> values = new ArrayList<>();
    final List<TestCase.Override> sets = new ArrayList<>();
    final List<TestCase.Expectation> expectations = new ArrayList<>();
    boolean broken;

    Draft(String name, Span span) {
      this.name = name;
      this.span = span;
      this.broken = name == null;
    }
  }

  /** The words of one line: bare words, and double-quoted strings with \" and \\ escapes. */
  private final class Words {
    private final SourceFile file;
    private final int line;
    private final String text;
    private int at;

    Words(SourceFile file, int line, String text) {
      this.file = file;
      this.line = line;
      this.text = text;
    }

    private void blanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    boolean atEnd() {
      blanks();
      return at >= text.length() || text.charAt(at) == '#';
    }

    String word() {
      blanks();
      int start = at;
      while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }

    /** Everything after the keyword, trimmed: a {@code set}'s NAME=VALUE may hold blanks. */
    String rest() {
      blanks();
      String rest = text.substring(at).strip();
      at = text.length();
      return rest;
    }

    /** A quoted string, or null after reporting why there is none. */
    String string() {
      blanks();
      if (at >= text.length() || text.charAt(at) != '"') {
        error(
            here(), "expected a double-quoted text", "as in \"-nic none\"; write \\\" for a quote");
        return null;
      }
      StringBuilder out = new StringBuilder();
      int start = at++;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\'
            && at < text.length()
            && (text.charAt(at) == '"' || text.charAt(at) == '\\')) {
          c = text.charAt(at++);
        }
        out.append(c);
      }
      error(
          Span.of(file, line, start + 1, text.length() + 1),
          "the text is never closed",
          "end it with \"");
      return null;
    }

    /** Whether nothing but a comment follows; reports what does. */
    boolean end() {
      if (atEnd()) {
        return true;
      }
      error(here(), "unexpected '" + text.substring(at).strip() + "' at the end of the line", null);
      return false;
    }

    Span here() {
      return Span.of(file, line, at + 1, Math.max(at + 2, text.length() + 1));
    }

    Span span() {
      return Span.of(file, line, 1, text.length() + 1);
    }

    Span lineSpan() {
      int first = 0;
      while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      return Span.of(file, line, first + 1, text.length() + 1);
    }
  }
}
