package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import dev.plumb.source.Span;

/**
 * Reads {@code $…} expansions and backquotes, reporting the forms a straight-line script may not
 * use: command substitution, arithmetic, {@code ${…}} with an operator. Inside a construct already
 * reported, nothing is reported again: it is only read to find its end.
 */
final class Expansions {
  private final Lexer lx;

  Expansions(Lexer lx) {
    this.lx = lx;
  }

  void glyph(Frame top, Glyph g) {
    if (top instanceof Frame.Dollar d) {
      dollar(d, g);
    } else if (top instanceof Frame.DollarParen p) {
      dollarParen(p, g);
    } else if (top instanceof Frame.Name n) {
      name(n, g);
    } else if (top instanceof Frame.Param p) {
      param(p, g);
    } else if (top instanceof Frame.Skip s) {
      skip(s, g);
    }
  }

  /** A character escaped by a backslash while an expansion is being read. */
  void escaped(Frame top, Glyph b, Glyph g) {
    if (top instanceof Frame.Dollar d) {
      // '$\x': the dollar sign is plain text
      lx.pop();
      lx.target(d.at()).literal('$', d.quoting() != Quoting.UNQUOTED, d.at());
      lx.escaped(b, g);
    } else if (top instanceof Frame.DollarParen p) {
      commandSubstitution(p);
      lx.escaped(b, g);
    } else if (top instanceof Frame.Name) {
      lx.pop();
      lx.escaped(b, g);
    } else if (top instanceof Frame.Param p) {
      lx.replace(
          new Frame.Param(p.at(), p.quoting(), p.inner() + "\\" + text(g), p.hole(), p.depth()));
    } else {
      lx.target(b).expansion('\\', b);
      lx.target(g).expansion(g.cp(), g);
    }
  }

  private void dollar(Frame.Dollar d, Glyph g) {
    int c = g.cp();
    Quoting q = d.quoting();
    WordBuilder w = lx.target(d.at());
    if (g.isHole()) {
      error(
          Code.P310,
          Glyph.span(d.at(), g),
          "a '$' directly before a hole would read the value as a variable name or as bash quoting",
          "write '\\$' for a literal dollar sign, or pass the value in as a variable");
      lx.pop();
      w.literal('$', q != Quoting.UNQUOTED, d.at());
      lx.settleNextHole();
      lx.dispatch(g);
      return;
    }
    if (c == '(') {
      lx.replace(new Frame.DollarParen(d.at(), q));
      w.expansion('$', d.at());
      w.expansion('(', g);
    } else if (c == '{') {
      lx.replace(new Frame.Param(d.at(), q, "", false, 1));
      w.expansion('$', d.at());
      w.expansion('{', g);
    } else if (c == '[') {
      structural(
          Code.P306,
          Glyph.span(d.at(), g),
          "arithmetic expansion '$[…]' is not allowed (bash reads it as arithmetic)",
          "compute the number at compile time in a hole, e.g. {{ vm.cpus * 2 }}");
      lx.replace(new Frame.Skip(Frame.Skip.Kind.BRACKET, d.at(), q, 1, 0));
      w.expansion('$', d.at());
      w.expansion('[', g);
    } else if (Names.isNameStart(c)) {
      lx.replace(new Frame.Name(d.at(), q, String.valueOf((char) c)));
      w.expansion('$', d.at());
      w.expansion(c, g);
    } else if (Names.isSpecial(c)) {
      lx.pop();
      w.expansion('$', d.at());
      w.expansion(c, g);
    } else if ((c == '\'' || c == '"') && q == Quoting.UNQUOTED) {
      bashQuote(d, g);
    } else {
      // a '$' before a blank, a quote or a '/' is just a dollar sign
      lx.pop();
      w.literal('$', q != Quoting.UNQUOTED, d.at());
      lx.dispatch(g);
    }
  }

  /** {@code $'…'} and {@code $"…"}: bash quoting that dash reads differently. */
  private void bashQuote(Frame.Dollar d, Glyph g) {
    boolean ansi = g.cp() == '\'';
    structural(
        Code.P310,
        Glyph.span(d.at(), g),
        (ansi ? "quoting \"$'…'\"" : "quoting '$\"…\"'") + " is bash-only",
        ansi ? "use printf '%b' or plain single quotes" : "use plain double quotes");
    lx.pop();
    lx.target(d.at()).markQuoted(d.at());
    lx.push(ansi ? new Frame.Single(d.at(), true, false) : new Frame.Double(d.at()));
  }

  private void dollarParen(Frame.DollarParen p, Glyph g) {
    if (g.cp() == '(') {
      structural(
          Code.P306,
          span(p.at(), 3),
          "arithmetic expansion '$((…))' is not allowed",
          "compute the number at compile time in a hole, e.g. {{ vm.cpus * 2 }}");
      lx.replace(new Frame.Skip(Frame.Skip.Kind.PAREN, p.at(), p.quoting(), 2, 0));
      lx.target(g).expansion('(', g);
    } else {
      commandSubstitution(p);
      lx.dispatch(g);
    }
  }

  private void commandSubstitution(Frame.DollarParen p) {
    structural(
        Code.P305,
        span(p.at(), 2),
        "command substitution '$(…)' is not allowed",
        "compute the value at compile time in a hole, or pass the value in as a variable");
    lx.replace(new Frame.Skip(Frame.Skip.Kind.PAREN, p.at(), p.quoting(), 1, 0));
  }

  private void name(Frame.Name n, Glyph g) {
    if (!g.isHole() && Names.isNameChar(g.cp())) {
      lx.replace(new Frame.Name(n.at(), n.quoting(), n.name() + (char) g.cp()));
      lx.target(g).expansion(g.cp(), g);
      return;
    }
    lx.pop();
    if (g.isHole()) {
      error(
          Code.P313,
          Glyph.span(n.at(), g),
          "a hole right after '$" + n.name() + "' would become part of the variable's name",
          "write '${" + n.name() + "}' so that the name ends before the hole");
      lx.settleNextHole();
    }
    lx.dispatch(g);
  }

  private void param(Frame.Param p, Glyph g) {
    int c = g.cp();
    if (g.isHole()) {
      if (lx.report.permissive() && !lx.insideSkip()) {
        holeInCode(g, "'${…}'");
      }
      lx.takeSettle();
      lx.hole(g, p.quoting(), true);
      lx.replace(new Frame.Param(p.at(), p.quoting(), p.inner(), true, p.depth()));
      return;
    }
    int depth = p.depth() + (c == '{' ? 1 : c == '}' ? -1 : 0);
    lx.target(g).expansion(c, g);
    if (depth > 0) {
      lx.replace(new Frame.Param(p.at(), p.quoting(), p.inner() + text(g), p.hole(), depth));
      return;
    }
    lx.pop();
    String body = p.inner();
    Span span = Glyph.span(p.at(), g);
    if (lx.insideSkip() || (lx.report.permissive() && !p.hole())) {
      return;
    }
    if (p.hole() && body.chars().allMatch(Names::isNameChar)) {
      error(
          Code.P307,
          span,
          "a hole inside '${…}' would choose the variable at compile time",
          "use the hole alone to put the value in, or write the variable name literally");
    } else if (!isPlain(body) || p.hole()) {
      String shown = body.codePointCount(0, body.length()) <= 30 ? "${" + body + "}" : "${…}";
      structural(
          Code.P307,
          span,
          "parameter expansion '" + shown + "' has an operator",
          "use a plain '${NAME}' and decide fallbacks with %if or default() at compile time");
    }
  }

  /** {@code ${…}} never closed by the end of the text. */
  static void unclosed(Report report, Frame.Param p) {
    report.structural(Code.P307, span(p.at(), 2), "'${' is never closed", "close it with '}'");
  }

  private static boolean isPlain(String body) {
    return Names.isName(body)
        || body.matches("[0-9]+")
        || (body.length() == 1 && Names.isSpecial(body.charAt(0)));
  }

  private void skip(Frame.Skip s, Glyph g) {
    int c = g.cp();
    WordBuilder w = lx.target(g);
    if (g.isHole()) {
      if (lx.report.permissive() && !lx.takeSettle()) {
        holeInCode(g, describe(s));
      }
      lx.hole(g, lx.skipQuoting(), true);
      return;
    }
    w.expansion(c, g);
    int depth = s.depth();
    switch (s.kind()) {
      case BACKQUOTE -> {
        if (c == '`') {
          lx.pop();
          return;
        }
      }
      case BRACKET -> depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      case PAREN -> {
        if (c == '\'') {
          lx.push(new Frame.Single(g, false, false));
          return;
        } else if (c == '"') {
          lx.push(new Frame.Double(g));
          return;
        } else if (c == '$') {
          lx.push(new Frame.Dollar(g, s.quoting()));
          return;
        } else if (c == '`') {
          backquote(g, s.quoting());
          return;
        }
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
    }
    int progress = caseProgress(s.caseSeen(), c);
    if (depth == 0 && s.kind() != Frame.Skip.Kind.BACKQUOTE) {
      lx.pop();
      if (progress == CASE && lx.report.permissive() && !lx.insideSkip()) {
        // the shell ends '$(case … in a) …)' at the matching ')', which this count cannot find
        error(
            Code.P323,
            Glyph.span(s.at(), g),
            "'case' inside '" + describe(s) + "' in a here-document declared as shell",
            "write the case statement outside the command substitution");
      }
    } else {
      lx.replace(new Frame.Skip(s.kind(), s.at(), s.quoting(), depth, progress));
    }
  }

  /** How many letters of the word {@code case} were just read, {@link #CASE} once it was. */
  private static final int CASE = 4;

  private static int caseProgress(int progress, int c) {
    if (progress == CASE) {
      return CASE;
    }
    return c == "case".charAt(progress) ? progress + 1 : c == 'c' ? 1 : 0;
  }

  void backquote(Glyph g, Quoting q) {
    structural(
        Code.P305,
        g.span(),
        "command substitution with backquotes is not allowed",
        "compute the value at compile time in a hole, or pass the value in as a variable");
    lx.target(g).expansion('`', g);
    lx.push(new Frame.Skip(Frame.Skip.Kind.BACKQUOTE, g, q, 0, 0));
  }

  /** {@code NAME=(…)}: a bash array. */
  void array(WordBuilder word, Glyph g) {
    Glyph start = word.chars().get(0).at();
    structural(
        Code.P310,
        Glyph.span(start, g),
        "bash array assignment is not allowed",
        "pass the elements as separate arguments with a list hole, or unroll with %each");
    word.expansion('(', g);
    lx.push(new Frame.Skip(Frame.Skip.Kind.PAREN, start, Quoting.UNQUOTED, 1, 0));
  }

  /** In a body declared as shell: the value would be read as code by the shell that runs it. */
  private void holeInCode(Glyph g, String where) {
    lx.report.error(
        Code.P323,
        g.span(),
        "a hole inside " + where + " in a here-document declared as shell would be read as code",
        "set a variable on a line of its own (NAME={{ … }}) and use \"$NAME\" there");
  }

  private static String describe(Frame.Skip s) {
    return switch (s.kind()) {
      case BACKQUOTE -> "backquotes";
      case BRACKET -> "'$[…]'";
      case PAREN -> s.depth() > 1 ? "'$((…))'" : "'$(…)'";
    };
  }

  static String quoteName(Glyph open) {
    return open.cp() == '"' ? "double quote" : open.cp() == '$' ? "bash quote" : "single quote";
  }

  private void error(Code code, Span span, String message, String hint) {
    if (!lx.insideSkip()) {
      lx.report.error(code, span, message, hint);
    }
  }

  private void structural(Code code, Span span, String message, String hint) {
    if (!lx.insideSkip()) {
      lx.report.structural(code, span, message, hint);
    }
  }

  private static Span span(Glyph at, int width) {
    return Span.of(at.file(), at.line(), at.column(), at.column() + width);
  }

  private static String text(Glyph g) {
    return g.isHole() ? "" : new String(Character.toChars(g.cp()));
  }
}
