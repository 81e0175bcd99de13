package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Here-documents: the delimiters a command announces, their declared language, and the body lines
 * after the command's line, which are text rather than commands. A quoted body is read line by line
 * and compared with its delimiter as it stands; an unquoted one is expanded by the shell, joined
 * across backslash-newlines, and compared once each logical line is whole. A body declared as shell
 * is read again, as the file it becomes, by a reader of its own.
 */
final class Heredocs {
  /**
   * An announced here-document whose body has not ended yet.
   *
   * @param language {@code shell}, {@code text}, or null when not declared
   * @param targets the files its command writes, holes as {@code *}; null until the command ends
   */
  record Doc(
      Token.Op op,
      String delimiter,
      boolean literal,
      boolean strip,
      String language,
      List<String> targets,
      boolean broken) {

    HoleContext.EndLine endLine() {
      return new HoleContext.EndLine(delimiter, strip);
    }

    Doc withTargets(List<String> files) {
      return new Doc(op, delimiter, literal, strip, language, files, broken);
    }

    boolean isShell() {
      return "shell".equals(language) && literal;
    }

    /** As the shell checker names it in messages: {@code <<EOF}, {@code <<-'END'}. */
    String shown() {
      return op.text() + (literal ? "'" + delimiter + "'" : delimiter);
    }
  }

  /** A file a body with values was written to, without a declared language. */
  record Written(String target, Span opener) {}

  /** What a reader's state holds of here-documents. */
  record Saved(
      List<Doc> pending,
      boolean reading,
      String logical,
      boolean logicalHole,
      boolean bodyHoles,
      State nested,
      String declared,
      Span declaredAt,
      List<Written> written) {

    Saved {
      pending = List.copyOf(pending);
      written = List.copyOf(written);
    }

    static final Saved NONE =
        new Saved(List.of(), false, "", false, false, null, null, null, List.of());
  }

  private final Lexer lx;
  private final List<Doc> pending;
  private final List<Written> written;
  private boolean reading;
  private StringBuilder logical;
  private boolean logicalHole;
  private boolean bodyHoles;
  private ShellReader nested;
  private String declared;
  private Span declaredAt;

  Heredocs(Lexer lx, Saved saved) {
    this.lx = lx;
    this.pending = new ArrayList<>(saved.pending());
    this.written = new ArrayList<>(saved.written());
    this.reading = saved.reading();
    this.logical = new StringBuilder(saved.logical());
    this.logicalHole = saved.logicalHole();
    this.bodyHoles = saved.bodyHoles();
    this.declared = saved.declared();
    this.declaredAt = saved.declaredAt();
    if (saved.nested() != null) {
      this.nested = nestedReader(saved.nested());
    }
  }

  Saved save() {
    return new Saved(
        pending,
        reading,
        logical.toString(),
        logicalHole,
        bodyHoles,
        nested == null ? null : nested.state(),
        declared,
        declaredAt,
        written);
  }

  // ------------------------------------------------------------------ declarations

  /** {@code %heredoc LANGUAGE} stands before the line about to be read. */
  void declare(String language, Span at) {
    if (reading) {
      lx.report.error(
          Code.P407,
          at,
          "'%heredoc' inside a here-document body",
          "put it right before the line that opens the here-document");
      return;
    }
    unused();
    declared = language;
    declaredAt = at;
  }

  private void unused() {
    if (declared != null) {
      lx.report.error(
          Code.P407,
          declaredAt,
          "'%heredoc' is not followed by a command that opens a here-document",
          "put it right before the line that opens the here-document (cat > FILE <<'EOF')");
      declared = null;
    }
  }

  // ------------------------------------------------------------------ announcements

  /** {@code op} ({@code <<} or {@code <<-}) is followed by the delimiter {@code word}. */
  void announce(Token.Op op, Token.Word word) {
    for (WordChar c : word.holes()) {
      lx.report.error(
          Code.P313,
          c.hole().hole().span(),
          "a hole in a here-document delimiter: the delimiter must be literal",
          "write the delimiter literally, e.g. <<EOF");
      lx.report.hole(
          c.hole(), new HoleContext(c.quoting(), Role.REDIRECT_TARGET, false), true, false);
    }
    boolean literal = word.quoted();
    String language = declared;
    declared = null;
    Doc doc =
        new Doc(
            op,
            word.cooked(),
            literal,
            op.text().equals("<<-"),
            language,
            null,
            !word.holes().isEmpty());
    if ("shell".equals(language) && !literal) {
      lx.report.error(
          Code.P323,
          Glyph.span(op.first(), word.last()),
          "here-document " + doc.shown() + " is declared as shell but its delimiter is not quoted",
          "quote the delimiter (<<'"
              + doc.delimiter()
              + "'): the body is then written as it"
              + " stands, each value quoted as a shell word");
    }
    pending.add(doc);
  }

  void missingDelimiter(Token.Op op) {
    lx.report.structural(
        Code.P317,
        op.span(),
        "here-document '" + op.text() + "' has no delimiter word",
        "name the line that ends it, e.g. " + op.text() + "EOF");
  }

  /** A command ended: the here-documents it announced write to {@code targets}. */
  void commandEnded(List<String> targets) {
    for (int i = 0; i < pending.size(); i++) {
      if (pending.get(i).targets() == null) {
        pending.set(i, pending.get(i).withTargets(targets));
      }
    }
    unused();
  }

  // ------------------------------------------------------------------ bodies

  boolean hasPending() {
    return !pending.isEmpty();
  }

  boolean reading() {
    return reading;
  }

  boolean readingQuoted() {
    return reading && pending.get(0).literal();
  }

  /** An unquoted line break at the command level: the announced bodies start on the next line. */
  void startBodies() {
    if (!reading && !pending.isEmpty()) {
      reading = true;
      begin();
    }
  }

  private void begin() {
    bodyHoles = false;
    logical.setLength(0);
    logicalHole = false;
    nested = pending.get(0).isShell() ? nestedReader(State.start()) : null;
  }

  /** The delimiters the place being read is compared with: the body's own, if any. */
  List<HoleContext.EndLine> endLines() {
    return reading ? List.of(pending.get(0).endLine()) : List.of();
  }

  /** A line of a quoted body: compared with the delimiter as it stands. */
  void quotedLine(List<Glyph> glyphs) {
    Doc doc = pending.get(0);
    String text = literalText(glyphs);
    if (text != null && doc.endLine().matches(text)) {
      end();
      return;
    }
    if (nested != null) {
      bodyHoles |= text == null;
      nested.line(glyphs, false, null);
      return;
    }
    for (Glyph g : glyphs) {
      if (g.isHole()) {
        bodyHole(g, Quoting.HEREDOC_LITERAL, lx.takeSettle());
      }
    }
  }

  /** A glyph of an unquoted body's current logical line, kept to compare with the delimiter. */
  void raw(Glyph g) {
    if (reading && !pending.get(0).literal()) {
      if (g.isHole()) {
        logicalHole = true;
      } else {
        logical.appendCodePoint(g.cp());
      }
    }
  }

  /** The end of a logical line of an unquoted body. */
  void endLogicalLine() {
    boolean delimiter = !logicalHole && pending.get(0).endLine().matches(logical.toString());
    logical.setLength(0);
    logicalHole = false;
    if (delimiter) {
      end();
    }
  }

  void bodyHole(Glyph g, Quoting q, boolean settled) {
    bodyHoles = true;
    logicalHole = true;
    HoleContext context =
        new HoleContext(q, Role.HEREDOC_BODY, false, false, lx.report.permissive(), endLines());
    lx.report.hole(g.hole(), context, settled, false);
  }

  private void end() {
    Doc doc = pending.remove(0);
    if (nested != null) {
      nested.end();
      nested = null;
    }
    if (doc.language() == null && bodyHoles && doc.targets() != null) {
      String file = ShellFiles.firstShellLike(doc.targets());
      if (file != null) {
        shellLike(doc, file, "looks like a shell file");
      }
      for (String target : doc.targets()) {
        Written w = new Written(target, doc.op().span());
        if (!written.contains(w)) {
          written.add(w);
        }
      }
    }
    if (pending.isEmpty()) {
      reading = false;
    } else {
      begin();
    }
  }

  /** A command runs {@code file} as shell: a body with values written to it must be declared. */
  void runs(String file, Span at) {
    for (Written w : written) {
      if (ShellFiles.same(w.target(), file)) {
        lx.report.warning(
            Code.P324,
            w.opener(),
            "values are written into '"
                + w.target()
                + "', which line "
                + at.line()
                + " runs as shell, by a here-document whose language is not declared",
            HINT);
      }
    }
  }

  private static final String HINT =
      "declare it on the line before: '%heredoc shell' quotes each value as a shell word of that"
          + " file ('%heredoc text' if the file is not shell)";

  private void shellLike(Doc doc, String file, String why) {
    lx.report.warning(
        Code.P324,
        doc.op().span(),
        "values are written into '"
            + file
            + "', which "
            + why
            + ", by a here-document whose language is not declared",
        HINT);
  }

  /** At the end of the text: every body still open never ended. */
  void finish() {
    unused();
    for (Doc doc : pending) {
      if (!doc.broken()) {
        lx.report.error(
            Code.P317,
            doc.op().span(),
            "here-document '" + doc.delimiter() + "' is never ended",
            "end it with a line holding exactly '" + doc.delimiter() + "'");
      }
    }
    if (nested != null) {
      nested.end();
    }
  }

  /** A reader of a shell body: what it finds is reported where the body stands. */
  private ShellReader nestedReader(State state) {
    HoleContext.EndLine outer = pending.get(0).endLine();
    ReadListener parent = lx.report.listener();
    ReadListener listener =
        new ReadListener() {
          @Override
          public void hole(HoleRef hole, HoleContext context) {
            List<HoleContext.EndLine> lines = new ArrayList<>(context.endLines());
            lines.add(outer);
            parent.hole(
                hole,
                new HoleContext(
                    context.quoting(),
                    context.role(),
                    context.wholeWord(),
                    context.alwaysQuote(),
                    true,
                    lines));
          }

          @Override
          public void report(dev.plumb.diag.Diagnostic d) {
            parent.report(d);
          }
        };
    return ShellReader.resume(state, listener, true);
  }

  /** The line's text when it is all literal, else null (a hole can never be a delimiter). */
  private static String literalText(List<Glyph> glyphs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < glyphs.size() - 1; i++) {
      if (glyphs.get(i).isHole()) {
        return null;
      }
      text.appendCodePoint(glyphs.get(i).cp());
    }
    return text.toString();
  }
}
