package dev.plumb.robust;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * docs/language.md §3.4 under fuzzing: random bytes as templates, manifests and values files,
 * random token sequences of the template language, and mutations of the golden packs all end,
 * within {@link Bounded#SECONDS} per step, in a result or in diagnostics; nothing else escapes from
 * {@code Pack.lint}, {@code Pack.load}, {@code Pack.compile} or {@code Values.fromJson}, and a
 * failing input is kept under {@code target/robust-failures/}.
 */
class FuzzProperties {
  private static final Cell CELL = Cell.of("host", "linux", "hv", "bhyve");
  private static final String USES_EVERYTHING =
      """
      %template run
      echo {{ s }} {{ n }} {{ z }} {{ b }} {{ p }} {{ nm }} {{ l }} {{ ls }} {{ e }}
      %each c in nics
      echo {{ c.tap }} {{ c.mac }}
      %end
      %if present(o)
      echo "{{ o }}"
      %end
      %if present(sec)
      echo "{{ sec }}"
      %end
      """;
  private static final Map<String, Integer> PACKS_LOADED = new LinkedHashMap<>();

  @BeforeContainer
  static void corpus() {
    System.out.println(
        "robust fuzzing: seed corpus of "
            + GoldenCorpus.seedFiles()
            + " .plumb files in "
            + GoldenCorpus.CASES.size()
            + " golden packs, and "
            + GoldenCorpus.VALUES.size()
            + " JSON and "
            + GoldenCorpus.YAML_VALUES.size()
            + " YAML values files");
  }

  @AfterContainer
  static void report() {
    System.out.println(
        "robust fuzzing: tries that loaded a pack (values: that bound), by property: "
            + PACKS_LOADED);
  }

  private static void loaded(String property, boolean ok) {
    synchronized (PACKS_LOADED) {
      PACKS_LOADED.merge(property, ok ? 1 : 0, Integer::sum);
    }
  }

  private static Map<String, byte[]> pack(String manifest, byte[] template) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pack.plumb", manifest.getBytes(StandardCharsets.UTF_8));
    files.put("run.plumb", template);
    files.put("lib/f.plumb", Vocabulary.FRAGMENT.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static void drive(
      String property, Map<String, byte[]> files, List<Drive.Request> requests) {
    drive(property, property, files, requests);
  }

  private static void drive(
      String property, String label, Map<String, byte[]> files, List<Drive.Request> requests) {
    try (TestPack dir = TestPack.temporary(files)) {
      loaded(property, Drive.pack(dir, requests, () -> dir.save(label)));
    }
  }

  private static List<Drive.Request> runAndStop() {
    return List.of(
        new Drive.Request("run", CELL, Values::none),
        new Drive.Request("stop", CELL, Values::none));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> anyByte = Arbitraries.bytes();
    Arbitrary<Byte> textish =
        Arbitraries.of(
            (byte) '\n',
            (byte) '%',
            (byte) '{',
            (byte) '}',
            (byte) ' ',
            (byte) 'a',
            (byte) '"',
            (byte) 0xc3,
            (byte) 0xa9,
            (byte) 0xff,
            (byte) 0,
            (byte) '\r');
    return Arbitraries.frequencyOf(Tuple.of(1, anyByte), Tuple.of(1, textish))
        .array(byte[].class)
        .ofMaxSize(600);
  }

  /**
   * Where random text goes: a whole template, a template's body after its header, or the manifest.
   */
  enum Where {
    TEMPLATE,
    BODY,
    MANIFEST
  }

  private static Map<String, byte[]> packWith(Where where, byte[] text) {
    byte[] header = "%template run\n".getBytes(StandardCharsets.UTF_8);
    return switch (where) {
      case TEMPLATE -> pack(Vocabulary.MANIFEST, text);
      case BODY -> {
        byte[] template = Arrays.copyOf(header, header.length + text.length);
        System.arraycopy(text, 0, template, header.length, text.length);
        yield pack(Vocabulary.MANIFEST, template);
      }
      case MANIFEST -> {
        Map<String, byte[]> files = pack("", USES_EVERYTHING.getBytes(StandardCharsets.UTF_8));
        files.put("pack.plumb", text);
        yield files;
      }
    };
  }

  @Property
  void randomBytes(@ForAll("bytes") byte[] bytes, @ForAll Where where) {
    drive(
        "bytes-" + where.name().toLowerCase(java.util.Locale.ROOT),
        packWith(where, bytes),
        runAndStop());
  }

  @Property
  void randomBytesAsAValuesFile(@ForAll("bytes") byte[] bytes) {
    valuesFile("bytes-values", bytes, "values.json");
  }

  @Provide
  Arbitrary<String> tokenLines() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(Vocabulary.TOKENS),
            Arbitraries.of(Vocabulary.TOKENS),
            Arbitraries.of(Vocabulary.TOKENS),
            Arbitraries.strings().ofMaxLength(3));
    Arbitrary<String> separator = Arbitraries.of(" ", "", " ");
    Arbitrary<String> text =
        Combinators.combine(token, separator)
            .as((t, s) -> t + s)
            .list()
            .ofMaxSize(10)
            .map(parts -> String.join("", parts));
    Arbitrary<String> line =
        Arbitraries.oneOf(
            text,
            Combinators.combine(Arbitraries.of(Vocabulary.DIRECTIVES), text)
                .as((d, t) -> d + " " + t));
    return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines) + "\n");
  }

  /**
   * Token lines as a template, after a template header, or after the fuzzing manifest's
   * declarations.
   */
  @Property
  void randomTokenSequences(@ForAll("tokenLines") String lines, @ForAll Where where) {
    String text = where == Where.MANIFEST ? Vocabulary.MANIFEST + lines : lines;
    drive(
        "tokens-" + where.name().toLowerCase(java.util.Locale.ROOT),
        packWith(where, text.getBytes(StandardCharsets.UTF_8)),
        runAndStop());
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Mutation.Kind.values()),
                Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(-128, 255),
                Arbitraries.oneOf(
                    Arbitraries.of(Vocabulary.TOKENS), Arbitraries.of(Vocabulary.DIRECTIVES)))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Mutates one {@code .plumb} file of one golden pack, then drives the pack as its golden case
   * would.
   */
  @Property
  void mutatedGoldenPacks(
      @ForAll("goldenCase") int caseIndex,
      @ForAll("fileIndex") int fileIndex,
      @ForAll("mutations") List<Mutation> mutations) {
    GoldenCorpus.Case golden = GoldenCorpus.CASES.get(caseIndex);
    String file = golden.plumbFiles().get(fileIndex % golden.plumbFiles().size());
    Map<String, byte[]> files = new LinkedHashMap<>(golden.files());
    byte[] bytes = files.get(file);
    for (Mutation mutation : mutations) {
      bytes = mutation.apply(bytes);
    }
    files.put(file, bytes);
    List<Drive.Request> requests = golden.request() == null ? List.of() : List.of(golden.request());
    drive("golden-mutations", "golden-" + golden.name(), files, requests);
  }

  @Provide
  Arbitrary<Integer> goldenCase() {
    return Arbitraries.integers().between(0, GoldenCorpus.CASES.size() - 1);
  }

  @Provide
  Arbitrary<Integer> fileIndex() {
    return Arbitraries.integers().between(0, 50);
  }

  /**
   * Mutates a values file (JSON or YAML) of the goldens, samples or built-in pack and compiles the
   * golden values case with it.
   */
  @Property
  void mutatedValuesFiles(
      @ForAll("valuesSeed") int seed, @ForAll("mutations") List<Mutation> mutations) {
    boolean json = seed < GoldenCorpus.VALUES.size();
    byte[] bytes =
        json
            ? GoldenCorpus.VALUES.get(seed)
            : GoldenCorpus.YAML_VALUES.get(seed - GoldenCorpus.VALUES.size());
    for (Mutation mutation : mutations) {
      bytes = mutation.apply(bytes);
    }
    valuesFile("mutated-values", bytes, json ? "values.json" : "values.yaml");
  }

  @Provide
  Arbitrary<Integer> valuesSeed() {
    return Arbitraries.integers()
        .between(0, GoldenCorpus.VALUES.size() + GoldenCorpus.YAML_VALUES.size() - 1);
  }

  /**
   * Binds {@code bytes} as a values file to the fuzzing pack and to the golden pack its seeds were
   * written for, and compiles both. The packs never change: they are loaded once.
   */
  private static void valuesFile(String property, byte[] bytes, String name) {
    try (TestPack dir = TestPack.temporary(Map.of(name, bytes))) {
      Path json = dir.root.resolve(name);
      java.util.function.Supplier<String> input =
          () ->
              dir.save(property)
                  + " (values "
                  + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 64))
                  + "…)";
      boolean bound = Bounded.run("values", input, () -> Values.fromFile(json, name)) != null;
      loaded(property, bound);
      Bounded.run(
          "compile",
          input,
          () -> ValuesPacks.FUZZ.compile("run", CELL, Values.fromFile(json, name)));
      Drive.Request golden = ValuesPacks.GOLDEN_REQUEST;
      Bounded.run(
          "compile golden",
          input,
          () ->
              ValuesPacks.GOLDEN.compile(
                  golden.operation(), golden.cell(), Values.fromFile(json, name)));
    }
  }

  /** The two packs the values fuzzing compiles with, loaded once. */
  private static final class ValuesPacks {
    static final Pack FUZZ =
        load(pack(Vocabulary.MANIFEST, USES_EVERYTHING.getBytes(StandardCharsets.UTF_8)));
    static final GoldenCorpus.Case CASE =
        GoldenCorpus.CASES.stream()
            .filter(c -> c.name().equals("ok-values-file"))
            .findFirst()
            .orElseThrow();
    static final Pack GOLDEN = load(CASE.files());
    static final Drive.Request GOLDEN_REQUEST = CASE.request();

    private static Pack load(Map<String, byte[]> files) {
      try (TestPack dir = TestPack.temporary(files)) {
        return dir.load();
      }
    }
  }
}
