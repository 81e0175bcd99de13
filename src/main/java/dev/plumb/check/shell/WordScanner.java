package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;

/** Reads one shell word: its quotes, escapes and expansions, and the holes inside it. */
final class WordScanner {
  private final Cursor in;
  private final Findings findings;
  private final LineTable lines;
  private final Expansions expansions;

  WordScanner(Cursor in, Findings findings, LineTable lines, Expansions expansions) {
    this.in = in;
    this.findings = findings;
    this.lines = lines;
    this.expansions = expansions;
  }

  /** Reads the word at the cursor; null when it was only a line continuation. */
  Token.Word scan() {
    ShellText text = in.text;
    WordBuilder word = new WordBuilder(in.pos);
    int first = in.cp();
    if ((first == '<' || first == '>') && in.next() == '(') {
      findings.error(
          Code.P308,
          text.span(in.pos, in.pos + 2),
          "process substitution '" + (char) first + "(…)' is not allowed",
          "write the output to a file first, then pass the file");
      expansions.skipNested(1, Quoting.UNQUOTED, word, text.size(), 2);
    }
    while (!in.atEnd() && unquoted(word)) {
      // each call reads one element of the word
    }
    if (word.isEmpty()) {
      return null;
    }
    Token.Word built = word.build(in.pos, false);
    String plain = built.plain();
    boolean ioNumber =
        plain != null
            && !plain.isEmpty()
            && plain.chars().allMatch(Character::isDigit)
            && (in.cp() == '<' || in.cp() == '>');
    return ioNumber ? word.build(in.pos, true) : built;
  }

  /** Reads one unquoted element of the word; false when the word has ended. */
  private boolean unquoted(WordBuilder word) {
    int c = in.cp();
    if (c == Glyph.HOLE) {
      hole(word, Quoting.UNQUOTED);
    } else if (c == '\n' || c == ' ' || c == '\t' || ";&|<>)".indexOf(c) >= 0) {
      return false;
    } else if (c == '(') {
      if (!word.isArrayPrefix()) {
        return false;
      }
      array(word);
    } else if (c == '\\') {
      backslash(word);
    } else if (c == '\'') {
      singleQuoted(word, false, in.pos);
    } else if (c == '"') {
      doubleQuoted(word, in.pos);
    } else if (c == '$' && (in.next() == '\'' || in.next() == '"')) {
      bashQuote(word);
    } else if (c == '$') {
      expansions.dollar(Quoting.UNQUOTED, word, in.text.size());
    } else if (c == '`') {
      expansions.backquote(Quoting.UNQUOTED, word, in.text.size());
    } else {
      word.literal(c, false, in.pos++);
    }
    return true;
  }

  private void array(WordBuilder word) {
    int start = word.chars().get(0).index();
    findings.error(
        Code.P310,
        in.text.span(start, in.pos + 1),
        "bash array assignment is not allowed",
        "pass the elements as separate arguments with a list hole, or unroll with %each");
    expansions.skipNested(1, Quoting.UNQUOTED, word, in.text.size(), 1);
  }

  private void backslash(WordBuilder word) {
    int next = in.next();
    if (next == '\n') {
      // a line continuation vanishes: the word (if any) goes on on the next line
      lines.continues(in.glyph().lineIndex());
      in.pos += 2;
    } else if (next == Glyph.HOLE) {
      expansions.backslashBeforeHole(in.pos);
      word.markQuoted();
      in.pos++;
    } else {
      word.markQuoted();
      word.literal(next, true, in.pos + 1);
      in.pos += 2;
    }
  }

  /** {@code $'…'} and {@code $"…"}: bash quoting that dash reads differently. */
  private void bashQuote(WordBuilder word) {
    int start = in.pos;
    boolean ansi = in.next() == '\'';
    findings.error(
        Code.P310,
        in.text.span(start, start + 2),
        (ansi ? "quoting \"$'…'\"" : "quoting '$\"…\"'") + " is bash-only",
        ansi ? "use printf '%b' or plain single quotes" : "use plain double quotes");
    in.pos++;
    if (ansi) {
      singleQuoted(word, true, start);
    } else {
      doubleQuoted(word, start);
    }
  }

  private void singleQuoted(WordBuilder word, boolean ansi, int open) {
    word.markQuoted();
    in.pos++;
    while (true) {
      if (in.atEnd()) {
        unclosed(open);
        return;
      }
      int c = in.cp();
      if (c == Glyph.HOLE) {
        Node.Hole hole = in.glyph().hole();
        findings.error(
            Code.P311,
            hole.span(),
            "hole inside single quotes: its value cannot be escaped there",
            "close the quotes around the hole ('…'{{ x }}'…') or use double quotes");
        findings.quoting(hole, Quoting.UNQUOTED);
        findings.singleQuoted(hole);
        word.hole(hole, true, in.pos++);
      } else if (c == '\'') {
        in.pos++;
        return;
      } else if (ansi && c == '\\' && in.next() != Glyph.HOLE && in.next() != ShellText.END) {
        lineBreak(open, in.pos + 1);
        word.literal(in.next(), true, in.pos + 1);
        in.pos += 2;
      } else {
        lineBreak(open, in.pos);
        word.literal(c, true, in.pos++);
      }
    }
  }

  private void doubleQuoted(WordBuilder word, int open) {
    word.markQuoted();
    in.pos++;
    while (true) {
      if (in.atEnd()) {
        unclosed(open);
        return;
      }
      int c = in.cp();
      if (c == Glyph.HOLE) {
        hole(word, Quoting.DOUBLE_QUOTED);
      } else if (c == '"') {
        in.pos++;
        return;
      } else if (c == '\\') {
        quotedBackslash(word, open);
      } else if (c == '$') {
        expansions.dollar(Quoting.DOUBLE_QUOTED, word, in.text.size());
      } else if (c == '`') {
        expansions.backquote(Quoting.DOUBLE_QUOTED, word, in.text.size());
      } else {
        lineBreak(open, in.pos);
        word.literal(c, true, in.pos++);
      }
    }
  }

  /** Inside double quotes a backslash escapes only {@code $ ` " \} and the line break. */
  private void quotedBackslash(WordBuilder word, int open) {
    int next = in.next();
    if (next == Glyph.HOLE) {
      expansions.backslashBeforeHole(in.pos);
      word.literal('\\', true, in.pos++);
    } else if (next == '\n') {
      lines.continues(in.glyph().lineIndex());
      lineBreak(open, in.pos + 1);
      in.pos += 2;
    } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
      word.literal(next, true, in.pos + 1);
      in.pos += 2;
    } else {
      word.literal('\\', true, in.pos++);
    }
  }

  private void hole(WordBuilder word, Quoting q) {
    findings.quoting(in.glyph().hole(), q);
    word.hole(in.glyph().hole(), q != Quoting.UNQUOTED, in.pos++);
  }

  /** At a line break inside the quote opened at {@code open}: it may not span a directive. */
  private void lineBreak(int open, int at) {
    ShellText text = in.text;
    if (open < 0 || text.cp(at) != '\n') {
      return;
    }
    int k = text.at(at).lineIndex();
    if (text.directiveBefore(k + 1) && findings.reportQuoteOnce(open)) {
      findings.error(
          Code.P315,
          text.span(open, open + (text.cp(open) == '$' ? 2 : 1)),
          quoteName(open) + " is still open at a directive",
          "close the quote before the end of the line: a quote may not span a directive");
    }
  }

  private void unclosed(int open) {
    if (findings.reportQuoteOnce(open)) {
      findings.error(
          Code.P315,
          in.text.span(open, open + (in.text.cp(open) == '$' ? 2 : 1)),
          quoteName(open) + " is never closed",
          "add the closing quote, or escape the quote with a backslash if it is meant literally");
    }
  }

  private String quoteName(int open) {
    ShellText text = in.text;
    int quote = text.cp(open) == '$' ? text.cp(open + 1) : text.cp(open);
    String name = quote == '"' ? "double quote" : "single quote";
    return text.cp(open) == '$' ? "'$" + (char) quote + "' " + name : name;
  }
}
