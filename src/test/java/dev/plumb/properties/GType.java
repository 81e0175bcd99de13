package dev.plumb.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A type of the language as the generators see it: how to declare it and where a value of it may
 * go.
 */
sealed interface GType {

  /** The scalar kinds of docs/language.md §1. */
  enum Kind {
    STRING,
    NAME,
    INT,
    SIZE,
    BOOL,
    PATH,
    MAC,
    IPV4,
    SECRET
  }

  /** How the type is written in a manifest or a fragment's parameter list. */
  String decl();

  /** A scalar; {@code lo..hi} bounds an int or a size (bytes) when {@code ranged}. */
  record Scalar(Kind kind, boolean ranged, long lo, long hi) implements GType {
    static Scalar of(Kind kind) {
      return new Scalar(kind, false, 0, 0);
    }

    @Override
    public String decl() {
      String word = kind.name().toLowerCase(java.util.Locale.ROOT);
      if (!ranged) {
        return word;
      }
      return kind == Kind.SIZE
          ? word + " " + sizeLiteral(lo) + ".." + sizeLiteral(hi)
          : word + " " + lo + ".." + hi;
    }

    boolean isText() {
      return kind == Kind.STRING
          || kind == Kind.NAME
          || kind == Kind.PATH
          || kind == Kind.MAC
          || kind == Kind.IPV4;
    }
  }

  /** An inline enum {@code a | b | c}, or an axis (then {@code axis} names it). */
  record Enum(List<String> words, String axis) implements GType {
    @Override
    public String decl() {
      return String.join(" | ", words);
    }
  }

  record ListOf(GType element) implements GType {
    @Override
    public String decl() {
      return "list<" + element.decl() + ">";
    }
  }

  /** A record type declared {@code type name = {…}}; fields keep their order. */
  record Rec(String name, Map<String, GType> fields) implements GType {
    public Rec {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String decl() {
      return name;
    }
  }

  record Opt(GType inner) implements GType {
    @Override
    public String decl() {
      return inner.decl() + "?";
    }
  }

  /** A size in the largest unit that divides it ({@code 64M}), or bytes ({@code 1000B}). */
  static String sizeLiteral(long bytes) {
    String[] units = {"T", "G", "M", "K"};
    int[] shifts = {40, 30, 20, 10};
    for (int i = 0; i < units.length; i++) {
      if (bytes != 0 && bytes % (1L << shifts[i]) == 0) {
        return (bytes >> shifts[i]) + units[i];
      }
    }
    return bytes + "B";
  }

  /** A scalar, enum or secret: a value that can be written into a script. */
  static boolean isScalar(GType t) {
    return t instanceof Scalar || t instanceof Enum;
  }

  static boolean isSecret(GType t) {
    return t instanceof Scalar s && s.kind() == Kind.SECRET;
  }

  static boolean isText(GType t) {
    return t instanceof Scalar s && s.isText();
  }

  /** A value of the type can never hold a newline (it may stand in a {@code #} comment). */
  static boolean isSingleLine(GType t) {
    return t instanceof Enum
        || t instanceof Scalar s && s.kind() != Kind.STRING && s.kind() != Kind.SECRET;
  }

  /**
   * A list whose elements are scalars other than secrets: it can be a whole-argument hole or be
   * joined.
   */
  static boolean isScalarList(GType t) {
    return t instanceof ListOf l && isScalar(l.element()) && !isSecret(l.element());
  }

  /**
   * Whether a value of {@code actual} may be passed where {@code expected} is declared (ranges
   * aside).
   */
  static boolean assignable(GType actual, GType expected) {
    if (actual instanceof Scalar a && expected instanceof Scalar e) {
      return a.kind() == e.kind() || e.kind() == Kind.STRING && a.isText();
    }
    if (actual instanceof ListOf a && expected instanceof ListOf e) {
      return assignable(a.element(), e.element());
    }
    if (actual instanceof Enum a && expected instanceof Enum e) {
      return a.equals(e);
    }
    if (actual instanceof Rec a && expected instanceof Rec e) {
      return a.name().equals(e.name());
    }
    return false;
  }
}
