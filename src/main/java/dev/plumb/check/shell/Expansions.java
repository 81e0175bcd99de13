package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;

/**
 * Reads {@code $…} expansions and backquotes, reporting the forms a straight-line script may not
 * use: command substitution, arithmetic, and {@code ${…}} with an operator.
 */
final class Expansions {
  private final Cursor in;
  private final Findings findings;

  Expansions(Cursor in, Findings findings) {
    this.in = in;
    this.findings = findings;
  }

  /**
   * Reads from a {@code $}, adding what it reads to {@code word}; never at or past {@code limit}.
   */
  void dollar(Quoting q, WordBuilder word, int limit) {
    ShellText text = in.text;
    int start = in.pos;
    int next = text.cp(start + 1);
    if (next == Glyph.HOLE) {
      findings.error(
          Code.P310,
          text.span(start, start + 2),
          "a '$' directly before a hole would read the value as a variable name or as bash quoting",
          "write '\\$' for a literal dollar sign, or pass the value in as a variable");
      word.literal('$', q != Quoting.UNQUOTED, start);
      in.pos++;
    } else if (text.startsWith(start, "$((")) {
      findings.error(
          Code.P306,
          text.span(start, start + 3),
          "arithmetic expansion '$((…))' is not allowed",
          "compute the number at compile time in a hole, e.g. {{ vm.cpus * 2 }}");
      skipNested(2, q, word, limit, 3);
    } else if (next == '(') {
      findings.error(
          Code.P305,
          text.span(start, start + 2),
          "command substitution '$(…)' is not allowed",
          "compute the value at compile time in a hole, or pass the value in as a variable");
      skipNested(1, q, word, limit, 2);
    } else if (next == '{') {
      parameter(q, word, limit);
    } else if (Names.isNameStart(next)) {
      word.expansion('$', in.pos++);
      while (in.pos < limit && Names.isNameChar(text.cp(in.pos))) {
        word.expansion(text.cp(in.pos), in.pos++);
      }
    } else if (Names.isSpecial(next) && start + 1 < limit) {
      word.expansion('$', in.pos++);
      word.expansion(next, in.pos++);
    } else {
      // a '$' before a blank, a quote or a '/' is just a dollar sign
      word.literal('$', q != Quoting.UNQUOTED, in.pos++);
    }
  }

  /** Reads a backquoted command substitution, which is reported like {@code $(…)}. */
  void backquote(Quoting q, WordBuilder word, int limit) {
    ShellText text = in.text;
    findings.error(
        Code.P305,
        text.span(in.pos, in.pos + 1),
        "command substitution with backquotes is not allowed",
        "compute the value at compile time in a hole, or pass the value in as a variable");
    word.expansion('`', in.pos++);
    skipQuoted('`', q, word, limit, false);
  }

  /**
   * Skips a construct that was already reported, up to its closing parenthesis at {@code depth} 0,
   * so that its inner parentheses and quotes raise nothing more.
   */
  void skipNested(int depth, Quoting q, WordBuilder word, int limit, int openLength) {
    for (int k = 0; k < openLength; k++) {
      word.expansion(in.cp(), in.pos++);
    }
    ShellText text = in.text;
    while (in.pos < limit) {
      int c = text.cp(in.pos);
      if (c == Glyph.HOLE) {
        hole(q, word);
      } else if (c == '\\') {
        escaped(word, limit);
      } else if (c == '\'' || c == '"' || c == '`') {
        word.expansion(c, in.pos++);
        skipQuoted(c, q, word, limit, c != '\'');
      } else {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        word.expansion(c, in.pos++);
        if (depth == 0) {
          return;
        }
      }
    }
  }

  private void parameter(Quoting q, WordBuilder word, int limit) {
    ShellText text = in.text;
    int start = in.pos;
    word.expansion('$', in.pos++);
    word.expansion('{', in.pos++);
    StringBuilder inner = new StringBuilder();
    boolean hasHole = false;
    boolean closed = false;
    int depth = 1;
    while (in.pos < limit && !closed) {
      int c = text.cp(in.pos);
      if (c == Glyph.HOLE) {
        hasHole = true;
        hole(q, word);
        continue;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      closed = depth == 0;
      if (!closed) {
        inner.appendCodePoint(c);
      }
      word.expansion(c, in.pos++);
    }
    String body = inner.toString();
    if (!closed) {
      findings.error(
          Code.P307, text.span(start, start + 2), "'${' is never closed", "close it with '}'");
    } else if (hasHole && body.chars().allMatch(Names::isNameChar)) {
      findings.error(
          Code.P307,
          text.span(start, in.pos),
          "a hole inside '${…}' would choose the variable at compile time",
          "use the hole alone to put the value in, or write the variable name literally");
    } else if (!isPlain(body) || hasHole) {
      String shown = body.codePointCount(0, body.length()) <= 30 ? "${" + body + "}" : "${…}";
      findings.error(
          Code.P307,
          text.span(start, in.pos),
          "parameter expansion '" + shown + "' has an operator",
          "use a plain '${NAME}' and decide fallbacks with %if or default() at compile time");
    }
  }

  private static boolean isPlain(String body) {
    return Names.isName(body)
        || body.matches("[0-9]+")
        || (body.length() == 1 && Names.isSpecial(body.charAt(0)));
  }

  /** Skips to the closing {@code quote}; backslashes escape inside double quotes and backquotes. */
  private void skipQuoted(int quote, Quoting q, WordBuilder word, int limit, boolean escapes) {
    ShellText text = in.text;
    while (in.pos < limit) {
      int c = text.cp(in.pos);
      if (c == Glyph.HOLE) {
        hole(q, word);
      } else if (c == '\\' && escapes) {
        escaped(word, limit);
      } else {
        word.expansion(c, in.pos++);
        if (c == quote) {
          return;
        }
      }
    }
  }

  private void escaped(WordBuilder word, int limit) {
    word.expansion('\\', in.pos++);
    if (in.pos < limit && !in.text.isHole(in.pos)) {
      word.expansion(in.cp(), in.pos++);
    }
  }

  /** A hole inside a reported construct: it gets its quoting, and no diagnostic of its own. */
  private void hole(Quoting q, WordBuilder word) {
    Node.Hole hole = in.glyph().hole();
    findings.quoting(hole, q);
    findings.settle(hole);
    word.hole(hole, q != Quoting.UNQUOTED, in.pos++);
  }

  /**
   * Reports a backslash at {@code at} that would escape the first character of the hole after it.
   */
  void backslashBeforeHole(int at) {
    findings.error(
        Code.P313,
        in.text.span(at, at + 2),
        "a backslash directly before a hole would escape the value's first character",
        "remove the backslash: plumb quotes or escapes the value itself");
    findings.settle(in.text.at(at + 1).hole());
  }
}
