package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Here-documents: the delimiters a command line announces, and the body lines after it, which are
 * text rather than commands.
 */
final class Heredocs {
  /** An announced here-document whose body has not ended yet. */
  private record Pending(
      int op, int opLength, String delimiter, boolean literal, boolean strip, boolean broken) {}

  private final Cursor in;
  private final Findings findings;
  private final LineTable lines;
  private final Expansions expansions;
  private final Deque<Pending> pending = new ArrayDeque<>();

  Heredocs(Cursor in, Findings findings, LineTable lines, Expansions expansions) {
    this.in = in;
    this.findings = findings;
    this.lines = lines;
    this.expansions = expansions;
  }

  /** {@code op} ({@code <<} or {@code <<-}) is followed by the delimiter {@code word}. */
  void announce(Token.Op op, Token.Word word) {
    for (WordChar c : word.holes()) {
      findings.error(
          Code.P313,
          c.hole().span(),
          "a hole in a here-document delimiter: the delimiter must be literal",
          "write the delimiter literally, e.g. <<EOF");
      findings.settle(c.hole());
    }
    boolean broken = !word.holes().isEmpty();
    int length = op.text().length();
    pending.add(new Pending(op.start(), length, word.cooked(), word.quoted(), length == 3, broken));
  }

  void missingDelimiter(Token.Op op) {
    findings.error(
        Code.P317,
        in.text.span(op.start(), op.start() + op.text().length()),
        "here-document '" + op.text() + "' has no delimiter word",
        "name the line that ends it, e.g. " + op.text() + "EOF");
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  /** Reads the bodies in the order they were announced, from the line at the cursor. */
  void readBodies() {
    ShellText text = in.text;
    while (!pending.isEmpty() && !in.atEnd()) {
      Pending doc = pending.peekFirst();
      int k = in.glyph().lineIndex();
      String line = text.literalLine(k);
      lines.open(k, open());
      if (line != null && (doc.strip() ? stripTabs(line) : line).equals(doc.delimiter())) {
        lines.heredoc(k, null, false);
        pending.removeFirst();
      } else {
        lines.heredoc(k, doc.delimiter(), doc.strip());
        body(doc, k);
      }
      in.pos = text.lineEnd(k) + 1;
    }
    if (!in.atEnd()) {
      lines.fresh(in.glyph().lineIndex());
    }
  }

  /** At the end of the stream: every body still open never ended. */
  void finish() {
    lines.open(in.text.lineCount(), open());
    for (Pending doc : pending) {
      if (!doc.broken()) {
        findings.error(
            Code.P317,
            in.text.span(doc.op(), doc.op() + doc.opLength()),
            "here-document '" + doc.delimiter() + "' is never ended",
            "end it with a line holding exactly '" + doc.delimiter() + "'");
      }
    }
    pending.clear();
  }

  private void body(Pending doc, int k) {
    ShellText text = in.text;
    int end = text.lineEnd(k);
    Quoting q = doc.literal() ? Quoting.HEREDOC_LITERAL : Quoting.HEREDOC_EXPANDING;
    WordBuilder holes = new WordBuilder(in.pos);
    while (in.pos < end) {
      int c = in.cp();
      if (c == Glyph.HOLE) {
        findings.quoting(in.glyph().hole(), q);
        holes.hole(in.glyph().hole(), true, in.pos++);
      } else if (doc.literal()) {
        in.pos++;
      } else if (c == '\\' && in.next() == Glyph.HOLE) {
        expansions.backslashBeforeHole(in.pos++);
      } else if (c == '\\') {
        in.pos += 2;
      } else if (c == '$') {
        // the shell expands the body as it would a double-quoted word
        expansions.dollar(q, holes, end);
      } else if (c == '`') {
        expansions.backquote(q, holes, end);
      } else {
        in.pos++;
      }
    }
    for (WordChar c : holes.chars()) {
      if (c.kind() == WordChar.Kind.HOLE) {
        findings.role(c.hole(), Role.HEREDOC_BODY, false);
      }
    }
  }

  /** The pending here-documents, first the one being read, as operator and delimiter. */
  private List<String> open() {
    // a quoted delimiter makes a body the shell does not expand: a line checked in one must
    // not be emitted in the other, so the kind is part of what is compared
    return pending.stream()
        .map(
            doc ->
                (doc.strip() ? "<<-" : "<<")
                    + (doc.literal() ? "\"" + doc.delimiter() + "\"" : doc.delimiter()))
        .toList();
  }

  private static String stripTabs(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '\t') {
      i++;
    }
    return line.substring(i);
  }
}
