package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the shell text one glyph at a time, as the shell does (POSIX XCU 2.2–2.3): a backslash and
 * line break vanish before anything else sees them (outside single quotes, comments and quoted
 * here-document bodies), so that every decision — a comment, an operator, an expansion, a
 * here-document's end — is taken on the text the shell tokenises. Words and operators go to the
 * {@link Commands}; expansions are read by {@link Expansions}; here-document bodies by {@link
 * Heredocs}.
 */
final class Lexer {
  /** Every operator the shell (or bash) knows; each prefix of one is one too. */
  private static final List<String> OPERATORS =
      List.of(
          "&&", "&>>", "&>", "&", "||", "|&", "|", ";;&", ";;", ";&", ";", "<<<", "<<-", "<<", "<&",
          "<>", "<", ">>", ">&", ">|", ">", "(", ")");

  final Report report;
  final Commands commands;
  final Heredocs heredocs;
  final Expansions expansions;

  /** Innermost last. */
  final List<Frame> frames;

  /** The word being read at the command level, or null between words. */
  private WordBuilder word;

  /** The operator being read, or null. */
  private String op;

  private Glyph opFirst;
  private Glyph opLast;

  /** A backslash whose meaning the next glyph decides, or null. */
  private Glyph backslash;

  /** The last glyph was a line continuation: the line it ended (which goes on), else null. */
  private Span continuation;

  /** The line being read (or last read). */
  private Span lastLine;

  /** The next hole comes right after a backslash, which was reported. */
  private boolean settleNextHole;

  Lexer(Report report, State.Lexing saved) {
    this.report = report;
    this.frames = new ArrayList<>(saved.frames());
    this.word = saved.word() == null ? null : new WordBuilder(saved.word());
    this.op = saved.op();
    this.opFirst = saved.opFirst();
    this.opLast = saved.opLast();
    this.continuation = saved.continuation();
    this.lastLine = saved.lastLine();
    this.heredocs = new Heredocs(this, saved.heredocs());
    this.commands = new Commands(report, heredocs, saved.commands());
    this.expansions = new Expansions(this);
  }

  State.Lexing save() {
    return new State.Lexing(
        frames,
        word == null ? null : word.save(),
        op,
        opFirst,
        opLast,
        continuation,
        lastLine,
        commands.save(),
        heredocs.save());
  }

  /** Reads one text line, its line break included. */
  void line(List<Glyph> glyphs, boolean directiveBefore, Node.Heredoc heredoc) {
    if (directiveBefore) {
      quoteAcrossDirective();
    }
    Glyph last = glyphs.get(glyphs.size() - 1);
    lastLine = Span.of(last.file(), last.line(), 1, last.column());
    if (heredoc != null) {
      heredocs.declare(heredoc.language(), heredoc.span());
    }
    if (heredocs.readingQuoted()) {
      heredocs.quotedLine(glyphs);
      return;
    }
    for (Glyph g : glyphs) {
      feed(g);
    }
  }

  private void feed(Glyph g) {
    if (backslash != null) {
      Glyph b = backslash;
      backslash = null;
      if (g.cp() == '\n') {
        // a line continuation: both vanish, and the text goes on with the next line
        continuation = lastLine;
        return;
      }
      heredocs.raw(b);
      heredocs.raw(g);
      if (g.isHole()) {
        if (!insideSkip()) {
          report.error(
              Code.P313,
              Glyph.span(b, g),
              "a backslash directly before a hole would escape the value's first character",
              "remove the backslash: plumb quotes or escapes the value itself");
        }
        if (frames.isEmpty() && !heredocs.reading()) {
          flushOp();
          word(b).markQuoted(b);
        }
        settleNextHole = true;
        dispatch(g);
      } else {
        escaped(b, g);
      }
      return;
    }
    if (g.cp() == '\\' && splices()) {
      backslash = g;
      return;
    }
    continuation = null;
    if (g.cp() != '\n') {
      heredocs.raw(g);
    } else if (heredocs.reading() && !frames.isEmpty()) {
      unwindBodyLine();
    }
    dispatch(g);
  }

  /** Whether a backslash and line break vanish here. */
  private boolean splices() {
    Frame top = top();
    if (top instanceof Frame.Single || top instanceof Frame.Comment) {
      return false;
    }
    return true;
  }

  Frame top() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1);
  }

  void push(Frame f) {
    frames.add(f);
  }

  void pop() {
    frames.remove(frames.size() - 1);
  }

  void replace(Frame f) {
    frames.set(frames.size() - 1, f);
  }

  /** Whether a construct that was already reported encloses the place being read. */
  boolean insideSkip() {
    for (Frame f : frames) {
      if (f instanceof Frame.Skip) {
        return true;
      }
    }
    return false;
  }

  void dispatch(Glyph g) {
    Frame top = top();
    if (top == null) {
      if (heredocs.reading()) {
        body(g);
      } else {
        command(g);
      }
    } else if (top instanceof Frame.Single s) {
      single(s, g);
    } else if (top instanceof Frame.Double d) {
      doubleQuoted(d, g);
    } else if (top instanceof Frame.Comment) {
      comment(g);
    } else {
      expansions.glyph(top, g);
    }
  }

  /** A character escaped by a backslash ({@code b}). */
  void escaped(Glyph b, Glyph g) {
    Frame top = top();
    if (top == null) {
      if (!heredocs.reading()) {
        flushOp();
        WordBuilder w = word(b);
        w.markQuoted(b);
        w.literal(g.cp(), true, g);
      }
    } else if (top instanceof Frame.Double) {
      int c = g.cp();
      if (c != '$' && c != '`' && c != '"' && c != '\\') {
        target(b).literal('\\', true, b);
      }
      target(g).literal(c, true, g);
    } else {
      expansions.escaped(top, b, g);
    }
  }

  // ------------------------------------------------------------------ the command level

  private void command(Glyph g) {
    int c = g.cp();
    if (op != null) {
      if (!g.isHole() && extendsOperator(op + (char) c)) {
        op += (char) c;
        opLast = g;
        return;
      }
      if (c == '(' && (op.equals("<") || op.equals(">"))) {
        processSubstitution(g);
        return;
      }
      flushOp();
    }
    if (g.isHole()) {
      word(g).hole(g.hole(), Quoting.UNQUOTED, takeSettle(), g);
      return;
    }
    switch (c) {
      case '\n' -> {
        endWord(g);
        commands.newline(g);
        heredocs.startBodies();
      }
      case ' ', '\t' -> endWord(g);
      case '\'' -> {
        word(g).markQuoted(g);
        push(new Frame.Single(g, false, false));
      }
      case '"' -> {
        word(g).markQuoted(g);
        push(new Frame.Double(g));
      }
      case '$' -> {
        word(g);
        push(new Frame.Dollar(g, Quoting.UNQUOTED));
      }
      case '`' -> expansions.backquote(g, Quoting.UNQUOTED);
      case '#' -> {
        if (word == null) {
          push(new Frame.Comment());
        } else {
          word.literal(c, false, g);
        }
      }
      case ';', '&', '|', '<', '>', '(', ')' -> {
        if (c == '(' && word != null && word.isArrayPrefix()) {
          expansions.array(word, g);
          return;
        }
        endWord(g);
        op = String.valueOf((char) c);
        opFirst = g;
        opLast = g;
      }
      default -> word(g).literal(c, false, g);
    }
  }

  private static boolean extendsOperator(String text) {
    for (String o : OPERATORS) {
      if (o.startsWith(text)) {
        return true;
      }
    }
    return false;
  }

  private void processSubstitution(Glyph g) {
    report.structural(
        Code.P308,
        Glyph.span(opFirst, g),
        "process substitution '" + op + "(…)' is not allowed",
        "write the output to a file first, then pass the file");
    WordBuilder w = word(opFirst);
    w.expansion(op.charAt(0), opFirst);
    w.expansion('(', g);
    op = null;
    push(new Frame.Skip(Frame.Skip.Kind.PAREN, opFirst, Quoting.UNQUOTED, 1, 0));
  }

  private void flushOp() {
    if (op != null) {
      Token.Op token = new Token.Op(op, opFirst, opLast);
      op = null;
      commands.op(token);
    }
  }

  /** The word being read, started at {@code g} if there is none. */
  WordBuilder word(Glyph g) {
    if (word == null) {
      word = new WordBuilder();
      word.touch(g);
    }
    return word;
  }

  /**
   * Where the characters read at {@code g} go: the word, or nowhere in a here-document body (whose
   * holes the lexer reports itself).
   */
  WordBuilder target(Glyph g) {
    return heredocs.reading() && word == null ? new WordBuilder() : word(g);
  }

  /**
   * A hole read at {@code g}: part of the word being read, or at once a line of the here-document
   * body being read.
   */
  void hole(Glyph g, Quoting q, boolean settled) {
    if (heredocs.reading() && word == null) {
      heredocs.bodyHole(g, q, settled);
    } else {
      word(g).hole(g.hole(), q, settled, g);
    }
  }

  /** The next hole follows a construct that was reported: it gets no diagnostic of its own. */
  void settleNextHole() {
    settleNextHole = true;
  }

  boolean takeSettle() {
    boolean settle = settleNextHole;
    settleNextHole = false;
    return settle;
  }

  private void endWord(Glyph terminator) {
    if (word == null) {
      return;
    }
    boolean redirection = terminator.cp() == '<' || terminator.cp() == '>';
    Token.Word token =
        word.build(redirection && word.isDigits(), redirection && word.isDigitsAndHoles());
    word = null;
    commands.word(token);
  }

  // ------------------------------------------------------------------ quotes and comments

  private void single(Frame.Single s, Glyph g) {
    int c = g.cp();
    if (g.isHole()) {
      if (!insideSkip() && !takeSettle()) {
        report.error(
            Code.P311,
            g.span(),
            "hole inside single quotes: its value cannot be escaped there",
            "close the quotes around the hole ('…'{{ x }}'…') or use double quotes");
      }
      hole(g, Quoting.UNQUOTED, true);
    } else if (s.escapeNext()) {
      replace(new Frame.Single(s.open(), true, false));
      target(g).literal(c, true, g);
    } else if (c == '\'') {
      pop();
      word(g).touch(g);
    } else if (s.ansi() && c == '\\') {
      replace(new Frame.Single(s.open(), true, true));
    } else {
      target(g).literal(c, true, g);
    }
  }

  private void doubleQuoted(Frame.Double d, Glyph g) {
    int c = g.cp();
    Quoting q = insideSkip() ? skipQuoting() : Quoting.DOUBLE_QUOTED;
    if (g.isHole()) {
      hole(g, q, takeSettle() || insideSkip());
    } else if (c == '"') {
      pop();
      target(g).touch(g);
    } else if (c == '$') {
      push(new Frame.Dollar(g, q));
    } else if (c == '`') {
      expansions.backquote(g, q);
    } else {
      target(g).literal(c, true, g);
    }
  }

  /** The quoting of the place where the outermost skipped construct stands. */
  Quoting skipQuoting() {
    for (Frame f : frames) {
      if (f instanceof Frame.Skip s) {
        return s.quoting();
      }
    }
    return Quoting.UNQUOTED;
  }

  private void comment(Glyph g) {
    if (g.cp() == '\n') {
      pop();
      dispatch(g);
    } else if (g.isHole()) {
      report.hole(
          g.hole(),
          new HoleContext(
              Quoting.COMMENT,
              Role.COMMENT,
              false,
              false,
              report.permissive(),
              heredocs.endLines()),
          takeSettle(),
          false);
    }
  }

  // ------------------------------------------------------------------ here-document bodies

  /** A glyph of an expanding here-document body: the shell expands it as a double-quoted word. */
  private void body(Glyph g) {
    int c = g.cp();
    if (c == '\n') {
      heredocs.endLogicalLine();
    } else if (g.isHole()) {
      heredocs.bodyHole(g, Quoting.HEREDOC_EXPANDING, takeSettle());
    } else if (c == '$') {
      push(new Frame.Dollar(g, Quoting.HEREDOC_EXPANDING));
    } else if (c == '`') {
      expansions.backquote(g, Quoting.HEREDOC_EXPANDING);
    }
  }

  /** A directive stands before the line about to be read while a quote is open. */
  private void quoteAcrossDirective() {
    for (int i = frames.size() - 1; i >= 0; i--) {
      Glyph open = quoteOpenedAt(frames.get(i));
      if (open != null) {
        if (!reportedQuotes.contains(open)) {
          report.error(
              Code.P315,
              open.span(),
              Expansions.quoteName(open) + " is still open at a directive",
              "close the quote before the end of the line: a quote may not span a directive");
          reportedQuotes.add(open);
        }
        return;
      }
    }
  }

  /** Where the quote {@code f} is was opened, or null when {@code f} is not a quote. */
  static Glyph quoteOpenedAt(Frame f) {
    return f instanceof Frame.Single s ? s.open() : f instanceof Frame.Double d ? d.open() : null;
  }

  /**
   * The quotes reported open at a directive, not again at the end: the file reading is the only
   * reader that reports quotes at directives, and it never saves its state between them.
   */
  final Set<Glyph> reportedQuotes = new HashSet<>();

  /**
   * A body line ends with an expansion still being read: its opening was reported (or it is a '$'
   * or a name, which the line break ends), and the next line is compared with the delimiter anew.
   */
  private void unwindBodyLine() {
    while (!frames.isEmpty()) {
      if (top() instanceof Frame.Param p && !insideSkip()) {
        Expansions.unclosed(report, p);
      }
      pop();
    }
  }

  // ------------------------------------------------------------------ state for the reader

  /** The script may end here: nothing is open, nothing continues. */
  boolean atCommandStart() {
    return frames.isEmpty()
        && word == null
        && op == null
        && backslash == null
        && continuation == null
        && !heredocs.reading()
        && !heredocs.hasPending()
        && commands.atStart();
  }

  /** How the next line starts. */
  LineStart lineStart() {
    if (atCommandStart()) {
      return LineStart.FRESH;
    }
    boolean goesOn = continuation != null || commands.linebreak();
    return goesOn && frames.isEmpty() && !heredocs.reading()
        ? LineStart.CONTINUED
        : LineStart.OTHER;
  }

  Span continuation() {
    return continuation;
  }

  Span lastLine() {
    return lastLine;
  }

  /** At the end of the text: the operator and the word being read end. */
  void finish() {
    if (op != null) {
      flushOp();
    }
    if (word != null) {
      Token.Word token = word.build(false, false);
      word = null;
      commands.word(token);
    }
  }
}
