package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumb.Pack;
import dev.plumb.Script;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * §3.2: any string or path value reaches a command byte for byte as exactly one argument,
 * unquoted, inside a word and inside double quotes, under dash, bash and busybox sh; and
 * nothing else runs (a canary file is never created).
 */
class InjectionProperties {
  private static final String MANIFEST = """
      pack inject "injection property pack"
      operation run
      var s  : string
      var p  : path
      var ss : list<string>
      """;
  private static final String TEMPLATE = """
      %template run
      stub {{ s }} x{{ s }}y "{{ s }}" "a{{ p }}b" {{ p }} {{ ss }} "{{ join(ss, ",") }}"
      """;
  private static final List<List<String>> SHELLS = List.of(
      List.of("dash"), List.of("bash"), List.of("busybox", "sh"));

  private static Pack pack;
  private static Path bin;

  @BeforeContainer
  static void setUp() throws Exception {
    Tools.require("dash", "dash");
    Tools.require("bash", "bash");
    Tools.require("busybox", "busybox");
    pack = PropertyPacks.load(MANIFEST, TEMPLATE);
    bin = Files.createTempDirectory("plumb-stub");
    Path stub = bin.resolve("stub");
    // records each argument followed by a NUL byte (values never hold NUL)
    Files.writeString(stub, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$PLUMB_ARGV\"\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterContainer
  static void tearDown() {
    PropertyPacks.delete(bin);
  }

  @Provide
  Arbitrary<String> strings() {
    return Hostile.strings();
  }

  @Provide
  Arbitrary<String> paths() {
    return Hostile.paths();
  }

  @Property
  void valuesArriveByteForByte(@ForAll("strings") String s, @ForAll("paths") String p,
      @ForAll("strings") String s2, @ForAll("strings") String s3) throws Exception {
    Script script = pack.compile("run", dev.plumb.Cell.of(), dev.plumb.Values.of(Map.of("s", s, "p", p,
        "ss", List.of(s2, s3))));
    List<String> expected = List.of(s, "x" + s + "y", s, "a" + p + "b", p, s2, s3, s2 + "," + s3);
    for (List<String> shell : SHELLS) {
      Path work = Files.createTempDirectory("plumb-run");
      try {
        Path scriptFile = work.resolve("script.sh");
        Files.writeString(scriptFile, script.text(), StandardCharsets.UTF_8);
        Path argv = work.resolve("argv");
        List<String> command = new ArrayList<>(shell);
        command.add(scriptFile.toString());
        Tools.Result result = Tools.run(command, new byte[0], work,
            Map.of("PATH", bin + ":/usr/bin:/bin", "PLUMB_ARGV", argv.toString()));
        assertEquals(0, result.exit(), shell + " failed: " + result.err() + "\n" + script.text());
        assertEquals(expected, split(Files.readAllBytes(argv)), shell + " on\n" + script.text());
        assertFalse(Files.exists(work.resolve("canary")), "a value ran a command under " + shell);
      } finally {
        PropertyPacks.delete(work);
      }
    }
  }

  private static List<String> split(byte[] bytes) {
    List<String> args = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        args.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return args;
  }
}
