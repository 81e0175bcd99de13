package dev.plumb.check.shell;

/** The lexer's position in the stream, shared by the scanners that read its parts. */
final class Cursor {
  final ShellText text;
  int pos;

  Cursor(ShellText text) {
    this.text = text;
  }

  int cp() {
    return text.cp(pos);
  }

  int next() {
    return text.cp(pos + 1);
  }

  boolean atEnd() {
    return pos >= text.size();
  }

  Glyph glyph() {
    return text.at(pos);
  }
}
