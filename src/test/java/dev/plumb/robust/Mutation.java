package dev.plumb.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change to a file's bytes (a line deleted, duplicated or swapped, a token inserted, a byte
 * flipped, the file truncated), at positions taken modulo the file's size, so that any numbers make
 * a valid mutation that jqwik can shrink.
 */
record Mutation(Kind kind, int a, int b, String token) {
  enum Kind {
    DELETE_LINE,
    DUPLICATE_LINE,
    SWAP_LINES,
    INSERT_TOKEN,
    INSERT_LINE,
    FLIP_BYTE,
    TRUNCATE,
    INSERT_BYTE
  }

  byte[] apply(byte[] bytes) {
    return switch (kind) {
      case DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_LINE -> lines(bytes);
      case INSERT_TOKEN ->
          splice(bytes, at(a, bytes.length + 1), 0, token.getBytes(StandardCharsets.UTF_8));
      case FLIP_BYTE -> {
        byte[] copy = bytes.clone();
        if (copy.length > 0) {
          copy[at(a, copy.length)] ^= (byte) (1 << at(b, 8));
        }
        yield copy;
      }
      case TRUNCATE -> Arrays.copyOf(bytes, at(a, bytes.length + 1));
      case INSERT_BYTE -> splice(bytes, at(a, bytes.length + 1), 0, new byte[] {(byte) b});
    };
  }

  private byte[] lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    if (lines.isEmpty() && kind != Kind.INSERT_LINE) {
      return bytes;
    }
    int i = lines.isEmpty() ? 0 : at(a, lines.size());
    switch (kind) {
      case DELETE_LINE -> lines.remove(i);
      case DUPLICATE_LINE -> lines.add(i, lines.get(i));
      case SWAP_LINES -> {
        int j = at(b, lines.size());
        byte[] line = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, line);
      }
      default ->
          lines.add(at(a, lines.size() + 1), (token + "\n").getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(insert);
    out.write(bytes, at + remove, bytes.length - at - remove);
    return out.toByteArray();
  }

  private static int at(int n, int size) {
    return size == 0 ? 0 : Math.floorMod(n, size);
  }

  @Override
  public String toString() {
    return kind + "(" + a + ", " + b + (token == null ? "" : ", " + Printable.of(token)) + ")";
  }
}
