package dev.plumb.types;

import dev.plumb.ast.Words;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The types of the language (docs/language.md §1.4): what a variable, parameter or expression
 * holds.
 */
public sealed interface Type {

  /** How the type is written in the manifest, for messages. */
  String display();

  /** True when no value of this type can contain a newline (a hole may sit in a comment). */
  default boolean isSingleLine() {
    return false;
  }

  /** The scalar kinds. Ranges apply to INT and SIZE. */
  enum Kind {
    STRING("string"),
    NAME("name"),
    INT("int"),
    SIZE("size"),
    BOOL("bool"),
    PATH("path"),
    SECRET("secret"),
    MAC("mac"),
    IPV4("ipv4");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * A scalar type; {@code min} and {@code max} bound INT and SIZE (bytes), null when open. Equality
   * of types for checking ignores the bounds: see {@link #sameShape}.
   */
  record Scalar(Kind kind, Long min, Long max) implements Type {
    public static final Scalar STRING = new Scalar(Kind.STRING, null, null);
    public static final Scalar NAME = new Scalar(Kind.NAME, null, null);
    public static final Scalar INT = new Scalar(Kind.INT, null, null);
    public static final Scalar SIZE = new Scalar(Kind.SIZE, null, null);
    public static final Scalar BOOL = new Scalar(Kind.BOOL, null, null);
    public static final Scalar PATH = new Scalar(Kind.PATH, null, null);
    public static final Scalar SECRET = new Scalar(Kind.SECRET, null, null);
    public static final Scalar MAC = new Scalar(Kind.MAC, null, null);
    public static final Scalar IPV4 = new Scalar(Kind.IPV4, null, null);

    public static Scalar of(Kind kind) {
      return new Scalar(kind, null, null);
    }

    @Override
    public String display() {
      return kind.word();
    }

    @Override
    public boolean isSingleLine() {
      return kind != Kind.STRING && kind != Kind.SECRET;
    }

    /** Text-like kinds: a value is a string at compile time. */
    public boolean isText() {
      return switch (kind) {
        case STRING, NAME, PATH, MAC, IPV4 -> true;
        default -> false;
      };
    }
  }

  /** An enum: an axis (named after it) or an inline {@code a | b | c} (name null). */
  record EnumOf(String name, List<String> words) implements Type {
    public EnumOf {
      words = Words.of(words);
    }

    @Override
    public String display() {
      return name != null ? name : String.join(" | ", words);
    }

    @Override
    public boolean isSingleLine() {
      return true;
    }
  }

  record ListOf(Type element) implements Type {
    @Override
    public String display() {
      return "list<" + element.display() + ">";
    }
  }

  /** A record type declared with {@code type X = {…}}; fields keep their declared order. */
  record RecordOf(String name, Map<String, Type> fields) implements Type {
    public RecordOf {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String display() {
      return name;
    }
  }

  record OptionalOf(Type inner) implements Type {
    @Override
    public String display() {
      return inner.display() + "?";
    }
  }

  /** The type of {@code []} before anything says what its elements are. */
  record EmptyList() implements Type {
    @Override
    public String display() {
      return "empty list";
    }
  }

  /** A bare word whose enum is not known yet; the context decides (docs/language.md §2). */
  record Word(String word) implements Type {
    @Override
    public String display() {
      return "word '" + word + "'";
    }
  }

  /**
   * The first segments of dotted variable names ({@code vm} of {@code vm.name}): not a value, only
   * a step towards one.
   */
  record Namespace(String prefix) implements Type {
    @Override
    public String display() {
      return "'" + prefix + ".…'";
    }
  }

  /** The type of an expression that already failed to check; it matches anything. */
  record Invalid() implements Type {
    @Override
    public String display() {
      return "?";
    }
  }

  /**
   * Whether a value of {@code actual} may stand where {@code expected} is wanted, ignoring ranges
   * (checked on values) and treating names, paths, macs and ipv4s as strings where a string is
   * expected.
   */
  static boolean assignable(Type actual, Type expected) {
    if (actual instanceof Invalid || expected instanceof Invalid) {
      return true;
    }
    if (expected instanceof OptionalOf o) {
      return assignable(actual instanceof OptionalOf a ? a.inner() : actual, o.inner());
    }
    if (actual instanceof Word w && expected instanceof EnumOf e) {
      return e.words().contains(w.word());
    }
    if (actual instanceof EmptyList) {
      return expected instanceof ListOf;
    }
    if (actual instanceof ListOf a && expected instanceof ListOf e) {
      return assignable(a.element(), e.element());
    }
    if (actual instanceof Scalar a && expected instanceof Scalar e) {
      return a.kind() == e.kind() || (e.kind() == Kind.STRING && a.isText());
    }
    if (actual instanceof EnumOf a && expected instanceof EnumOf e) {
      return a.words().equals(e.words()) && Objects.equals(a.name(), e.name());
    }
    if (actual instanceof RecordOf a && expected instanceof RecordOf e) {
      return a.name().equals(e.name());
    }
    return false;
  }
}
