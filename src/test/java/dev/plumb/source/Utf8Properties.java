package dev.plumb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Strict UTF-8 decoding takes a fast path for text that Java's lenient decoding shows well formed:
 * whatever the bytes, it accepts exactly what a strict decoder accepts, with the same text, and
 * refuses at the same place.
 */
class Utf8Properties {
  @Property(tries = 2000)
  void acceptsExactlyWhatAStrictDecoderAccepts(@ForAll("bytes") byte[] bytes) {
    String strict;
    try {
      strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      strict = null;
    }
    Utf8.Decoded decoded = Utf8.decode(bytes);
    assertEquals(strict == null, decoded.errorOffset() >= 0, "refused");
    if (strict != null) {
      assertEquals(strict, decoded.text());
    } else {
      assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded.text(), "shown replaced");
    }
  }

  /**
   * Pieces of text: ASCII, well-formed sequences of 2 to 4 bytes, U+FFFD's own bytes, and bytes
   * that break UTF-8 (a lone continuation, a cut sequence, an overlong form, an encoded surrogate).
   */
  @Provide
  Arbitrary<byte[]> bytes() {
    List<byte[]> pieces =
        List.of(
            "a".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8),
            "€".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF});
    return Arbitraries.of(pieces)
        .list()
        .ofMaxSize(12)
        .map(
            list -> {
              ByteBuffer out = ByteBuffer.allocate(list.size() * 4);
              list.forEach(out::put);
              byte[] bytes = new byte[out.position()];
              out.flip().get(bytes);
              return bytes;
            });
  }
}
