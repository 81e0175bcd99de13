package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.diag.Checked;
import dev.plumb.types.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text a string may hold arrives exactly as given, whichever way it is given. */
class StringRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Code points without NUL or surrogates, weighted toward those that JSON and shells treat
   * specially.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Integer> special =
        Arbitraries.of(
            List.of(
                (int) '"',
                (int) '\\',
                (int) '\'',
                (int) '\n',
                (int) '\r',
                (int) '\t',
                1,
                0x1f,
                0x7f,
                0x2028,
                0xfeff,
                (int) '$',
                (int) '`',
                (int) '=',
                0xfffd,
                0x10ffff,
                0x1f600));
    Arbitrary<Integer> any =
        Arbitraries.integers().between(1, 0x10ffff).filter(cp -> cp < 0xd800 || cp > 0xdfff);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7e);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, special),
            net.jqwik.api.Tuple.of(3, any),
            net.jqwik.api.Tuple.of(4, ascii))
        .list()
        .ofMaxSize(40)
        .map(
            cps ->
                cps.stream()
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
  }

  private static Value note(Supplied values) {
    Checked<Map<String, Value>> bound = Binder.bind(Fixture.declarations(), values);
    assertEquals(
        List.of(), Fixture.render(bound).stream().filter(l -> !l.contains("P502")).toList());
    return bound.value().get("vm.note");
  }

  @Property
  void jsonTextRoundTrips(@ForAll("texts") String text) throws Exception {
    String json = "{\"vm\": {\"note\": " + MAPPER.writeValueAsString(text) + "}}";
    assertEquals(new Value.Text(text), note(Supplied.fromJson("v.json", json)));
  }

  @Property(tries = 50)
  void jsonFileRoundTrips(@ForAll("texts") String text) throws Exception {
    Path file = Files.createTempFile("plumb-values", ".json");
    try {
      Files.writeString(
          file,
          "{\"vm\": {\"note\": " + MAPPER.writeValueAsString(text) + "}}",
          StandardCharsets.UTF_8);
      assertEquals(new Value.Text(text), note(Supplied.fromJson(file, file.toString())));
    } finally {
      Files.delete(file);
    }
  }

  @Property
  void fullyEscapedJsonRoundTrips(@ForAll("texts") String text) {
    StringBuilder escaped = new StringBuilder("\"");
    text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    String json = "{\"vm\": {\"note\": " + escaped + "\"}}";
    assertEquals(new Value.Text(text), note(Supplied.fromJson("v.json", json)));
  }

  @Property
  void setAndMapRoundTrip(@ForAll("texts") String text) {
    assertEquals(new Value.Text(text), note(Supplied.none().with("vm.note", text)));
    assertEquals(new Value.Text(text), note(Supplied.of(java.util.Map.of("vm.note", text))));
  }

  @Property
  void nulAndLoneSurrogatesAreRefused(
      @ForAll("texts") String before, @ForAll("texts") String after) {
    for (String bad : List.of("\u0000", "\ud800", "\udc00")) {
      Checked<Map<String, Value>> bound =
          Binder.bind(
              Fixture.declarations(), Supplied.none().with("vm.note", before + bad + after));
      assertEquals(null, bound.value().get("vm.note"));
    }
  }
}
