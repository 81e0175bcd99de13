package dev.plumb.types;

/** How types and their bounds are written in messages, as the manifest writes them. */
public final class TypeText {
  private TypeText() {}

  /** A bound of an int or size range: {@code 64M} for a size, {@code 3} for an int. */
  public static String bound(long value, boolean size) {
    return size ? Sizes.format(value) : Long.toString(value);
  }

  /** The type as the manifest writes it, ranges included: {@code size 64M..1T}. */
  public static String declared(Type type) {
    if (type instanceof Type.OptionalOf o) {
      return declared(o.inner()) + "?";
    }
    if (type instanceof Type.Scalar s && (s.min() != null || s.max() != null)) {
      boolean size = s.kind() == Type.Kind.SIZE;
      return s.display()
          + " "
          + (s.min() == null ? "" : bound(s.min(), size))
          + ".."
          + (s.max() == null ? "" : bound(s.max(), size));
    }
    return type.display();
  }

  /** A secret, or an optional one. */
  public static boolean isSecret(Type type) {
    Type inner = type instanceof Type.OptionalOf o ? o.inner() : type;
    return inner instanceof Type.Scalar s && s.kind() == Type.Kind.SECRET;
  }
}
