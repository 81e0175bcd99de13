package dev.plumb.check.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the shell stream into words, operators and command-ending line breaks, reading comments and
 * here-document bodies on the way.
 */
final class ShellLexer {
  /** Longest first where one is the prefix of another. */
  private static final List<String> OPERATORS =
      List.of(
          "&&", "&>>", "&>", "&", "||", "|&", "|", ";;", ";", "<<<", "<<-", "<<", "<&", "<>", "<",
          ">>", ">&", ">|", ">", "(", ")");

  private final Cursor in;
  private final Findings findings;
  private final LineTable lines;
  private final WordScanner words;
  private final Heredocs heredocs;

  /** The last token was a pipe: a line break after it goes on with the pipeline. */
  private boolean afterPipe;

  ShellLexer(ShellText text, Findings findings, LineTable lines) {
    this.in = new Cursor(text);
    this.findings = findings;
    this.lines = lines;
    Expansions expansions = new Expansions(in, findings);
    this.words = new WordScanner(in, findings, lines, expansions);
    this.heredocs = new Heredocs(in, findings, lines, expansions);
  }

  List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    Token.Op delimiterFor = null;
    while (!in.atEnd()) {
      Token token = next();
      if (token == null) {
        continue;
      }
      afterPipe = token instanceof Token.Op pipe && pipe.text().equals("|");
      if (delimiterFor != null) {
        if (token instanceof Token.Word word) {
          heredocs.announce(delimiterFor, word);
        } else {
          heredocs.missingDelimiter(delimiterFor);
        }
        delimiterFor = null;
      }
      if (token instanceof Token.Op op && op.text().startsWith("<<") && !op.text().equals("<<<")) {
        delimiterFor = op;
      }
      tokens.add(token);
      if (token instanceof Token.Newline && heredocs.hasPending()) {
        heredocs.readBodies();
      }
    }
    if (delimiterFor != null) {
      heredocs.missingDelimiter(delimiterFor);
    }
    heredocs.finish();
    return tokens;
  }

  /** The token at the cursor, or null after blanks, a comment or a bare continuation. */
  private Token next() {
    int c = in.cp();
    if (c == '\n') {
      if (in.text.joinsNext(in.glyph().lineIndex())) {
        in.pos++;
        return null;
      }
      if (afterPipe && !heredocs.hasPending()) {
        // 'a |' at the end of a line takes the next line as the rest of the pipeline: the line
        // continues its command as with a trailing backslash, and must be followed the same way
        lines.continues(in.glyph().lineIndex());
        in.pos++;
        return null;
      }
      lines.fresh(in.glyph().lineIndex() + 1);
      return new Token.Newline(in.pos++);
    }
    if (c == ' ' || c == '\t') {
      in.pos++;
      return null;
    }
    if (c == '#') {
      comment();
      return null;
    }
    if ((c == '<' || c == '>') && in.next() == '(') {
      return words.scan();
    }
    for (String op : OPERATORS) {
      if (in.text.startsWith(in.pos, op)) {
        Token.Op token = new Token.Op(op, in.pos);
        in.pos += op.length();
        return token;
      }
    }
    return words.scan();
  }

  /** A {@code #} at the start of a word: the rest of the line is a comment. */
  private void comment() {
    while (!in.atEnd() && in.cp() != '\n') {
      if (in.cp() == Glyph.HOLE) {
        findings.quoting(in.glyph().hole(), Quoting.COMMENT);
        findings.role(in.glyph().hole(), Role.COMMENT, false);
      }
      in.pos++;
    }
  }
}
