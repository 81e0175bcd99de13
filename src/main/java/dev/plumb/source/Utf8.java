package dev.plumb.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first malformed byte is. */
public final class Utf8 {
  private Utf8() {}

  /**
   * The decoded text (malformed bytes replaced, so the rest can still be shown), the char offset of
   * the first malformed sequence or -1, that sequence's bytes in hex, and its byte offset.
   */
  public record Decoded(String text, int errorOffset, String errorBytes, int errorByte) {}

  public static Decoded decode(byte[] bytes) {
    // Java's own decoding replaces each malformed sequence with U+FFFD, and is much faster than a
    // strict decoder: text without a U+FFFD was well formed; only text with one (malformed, or a
    // U+FFFD of its own) is decoded again strictly to find out which
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return new Decoded(text, -1, "", -1);
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) {
      strict.flush(out);
      return new Decoded(out.flip().toString(), -1, "", -1);
    }
    int errorOffset = out.position();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length(); i++) {
      hex.append(i == 0 ? (result.length() == 1 ? "byte 0x" : "bytes 0x") : " 0x")
          .append(String.format("%02x", bytes[in.position() + i] & 0xff));
    }
    return new Decoded(text, errorOffset, hex.toString(), in.position());
  }
}
