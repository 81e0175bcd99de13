package dev.plumb.syntax;

/**
 * A token of a file that reads without error, as a formatter sees it: its text, its line, what the
 * grammar made of it ({@link Role}) and, in a manifest, which column of its declaration it belongs
 * to ({@link Slot}). The whitespace between tokens is not kept: it is what a formatter decides.
 *
 * @param text the token as written; a directive keyword with its indentation, a newline with the
 *     blanks before it when the lexer read them together
 * @param line the 1-based line the token starts on
 */
public record Lexeme(Role role, Slot slot, String text, int line) {

  /** What a token is to the grammar, in the categories its spacing depends on. */
  public enum Role {
    /** A name, keyword, literal or binary operator, and the braces of a record type. */
    WORD,
    /** A unary minus or the sign of a range bound: it belongs to what follows. */
    SIGN,
    /** {@code .}, {@code ..} and the {@code -} inside an operation name: they join two words. */
    JOIN,
    /** {@code ,}, and the {@code :} after a field or parameter name: they end what precedes. */
    SEPARATOR,
    /** The {@code (} of a call, the {@code [} of an index, the {@code <} of a type argument. */
    ARGUMENTS,
    /** The {@code (} of a group, the {@code [} of a list, the {@code {} of a record literal. */
    OPEN,
    /** What closes {@link #ARGUMENTS} or {@link #OPEN}, and the {@code ?} of an optional type. */
    CLOSE,
    /** A directive's keyword ({@code %if}), with the blanks before it. */
    DIRECTIVE,
    /** Shell text of a text line, its {@code %%} escape included: never respaced. */
    TEXT,
    /** The {@code {{} that opens a hole. */
    HOLE_OPEN,
    /** The {@code }}} that closes a hole. */
    HOLE_CLOSE,
    /** A template's {@code %#} line, or the {@code #} comment ending a manifest line. */
    COMMENT,
    /** The end of a line. */
    NEWLINE
  }

  /** The column of a manifest declaration a token belongs to; {@link #NONE} in templates. */
  public enum Slot {
    /** {@code pack}, {@code axis}, {@code var}…: what the declaration is. */
    KEYWORD,
    /** The name it declares. */
    NAME,
    /** What it says of the name: a type and default, values, an expression, a selector. */
    BODY,
    /** Its documentation string, or an exclude's reason. */
    DOC,
    /** Not part of a declaration: a template's token, a comment or a newline. */
    NONE
  }
}
