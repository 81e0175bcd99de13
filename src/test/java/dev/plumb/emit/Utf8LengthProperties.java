package dev.plumb.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

/**
 * The script's size bound counts UTF-8 bytes without encoding each line: the count is the
 * encoder's, for any text, unpaired surrogates (written as '?') included.
 */
class Utf8LengthProperties {
  @Property
  void countsWhatTheEncoderWrites(@ForAll @CharRange(from = '\u0000', to = '\uffff') String text) {
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ScriptWriter.utf8Length(text));
  }

  @Property
  void countsSurrogatePairsAsFourBytes(@ForAll("pairs") String text) {
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ScriptWriter.utf8Length(text));
  }

  @Provide
  Arbitrary<String> pairs() {
    return Arbitraries.integers()
        .between(0x10000, 0x10ffff)
        .map(Character::toString)
        .list()
        .ofMaxSize(8)
        .map(list -> "a" + String.join("é", list) + "\ud800");
  }
}
