package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumb.Format;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.format.BuildOutcomes;
import dev.plumb.format.Relayout;
import dev.plumb.testing.TestPack;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code plumb fmt} over generated programs ({@link Program}: a pack, templates with every
 * directive, fragments, children, hostile values), each also written in a random layout that means
 * the same ({@link Relayout}): formatting never changes what any cell compiles to, gives one layout
 * whatever the layout it is given, and changes nothing the second time; and on any text, it formats
 * it or says why not.
 */
class FormatProperties {

  @Provide
  Arbitrary<Program> programs() {
    return Program.arbitrary();
  }

  @Provide
  Arbitrary<String> anyTemplateText() {
    return new GuaranteeProperties().anyTemplateText();
  }

  /**
   * Every (operation, cell) of the pack compiles with the program's values to the same bytes, or
   * fails alike, before and after formatting; here some text lines end with blanks, which the
   * scripts keep.
   */
  @Property(tries = 200)
  void formattingNeverChangesWhatACellCompilesTo(
      @ForAll("programs") Program program, @ForAll long seed) {
    Map<String, String> relaid = new LinkedHashMap<>();
    program
        .files()
        .forEach(
            (name, text) -> relaid.put(name, Relayout.withTextBlanks(text, manifest(name), seed)));
    Map<String, String> formatted = format(relaid);
    assertEquals(
        outcomes(relaid, program.values()),
        outcomes(formatted, program.values()),
        "before:" + new Program(relaid, program.cell(), program.values()));
  }

  /** The random layouts of these properties mean what the program means. */
  @Property(tries = 100)
  void aRandomLayoutMeansTheSame(@ForAll("programs") Program program, @ForAll long seed) {
    assertEquals(
        outcomes(program.files(), program.values()),
        outcomes(relayout(program.files(), seed), program.values()),
        program.toString());
  }

  /** One canonical layout: a program in any layout formats to the same files, and those stay. */
  @Property(tries = 200)
  void formattingGivesOneLayoutAndIsIdempotent(
      @ForAll("programs") Program program, @ForAll long seed) {
    Map<String, String> canonical = format(program.files());
    Map<String, String> relaid = format(relayout(program.files(), seed));
    assertEquals(canonical, relaid, program.toString());
    assertEquals(canonical, format(canonical), program.toString());
  }

  /** Whatever the text, formatting gives a text that formats to itself, or the reading's errors. */
  @Property
  void anyTextIsFormattedIdempotentlyOrRefused(@ForAll("anyTemplateText") String body) {
    String text = "%template run\n" + body;
    String once;
    try {
      once = Format.text("run.plumb", text, false);
    } catch (PlumbException e) {
      assertFalse(e.diagnostics().isEmpty(), "a refusal says why");
      return;
    }
    assertEquals(once, Format.text("run.plumb", once, false), text);
    assertEquals(once, Format.text("run.plumb", Relayout.of(text, false, body.length()), false));
  }

  private static Map<String, String> relayout(Map<String, String> files, long seed) {
    Map<String, String> relaid = new LinkedHashMap<>();
    files.forEach((name, text) -> relaid.put(name, Relayout.of(text, manifest(name), seed)));
    return relaid;
  }

  private static Map<String, String> format(Map<String, String> files) {
    Map<String, String> formatted = new LinkedHashMap<>();
    files.forEach((name, text) -> formatted.put(name, Format.text(name, text, manifest(name))));
    return formatted;
  }

  private static boolean manifest(String name) {
    return name.equals("pack.plumb");
  }

  /** What every (operation, cell) of the pack compiles to with {@code values}. */
  private static String outcomes(Map<String, String> files, Map<String, Object> values) {
    Pack pack;
    try {
      pack = TestPack.load(files);
    } catch (PlumbException e) {
      return BuildOutcomes.errors(e.diagnostics());
    }
    return BuildOutcomes.of(pack.build(Map.of("values", Values.of(values))));
  }
}
