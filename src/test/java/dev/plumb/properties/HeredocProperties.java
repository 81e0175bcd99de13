package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * §3.2 across files and branches: here-document openers, bodies and delimiter lines scattered at
 * random through {@code %if} branches, a fragment included anywhere and a block a child template
 * overrides. Whatever the arrangement, each cell either compiles to a script that runs no value as
 * shell under dash and bash (no canary file), or is refused with diagnostics; a good share of the
 * arrangements compile, so the property is not vacuous.
 */
class HeredocProperties {
  /** The value given to every hole: it makes a canary in any context it is wrongly quoted for. */
  private static final List<String> ATTACKS =
      List.of(
          "$(touch canary)",
          "`touch canary`",
          "x; touch canary",
          "x\ntouch canary",
          "'; touch canary; '",
          "\"; touch canary; \"",
          "$(touch canary)\nEOF\ntouch canary");

  private static final List<List<String>> SHELLS = List.of(List.of("dash"), List.of("bash"));

  private static Path bin;

  /** One line of a generated file, or the directive that opens or closes a part of it. */
  enum Piece {
    OPEN("cat >> out <<EOF"),
    OPEN_LITERAL("cat >> out <<'EOF'"),
    OPEN_TABS("cat >> out <<-EOF"),
    OPEN_CONTINUED("cat >> out <<\\\n-EOF"),
    DELIMITER("EOF"),
    CONTINUED_BODY("OPTS=-a \\"),
    DOLLAR_CONTINUED("echo \"$\\\n{{ %s }}\""),
    CONTINUE("/usr/bin/env \\"),
    CONTINUE_GLUED("echo started\\"),
    HASH_CONTINUED("#  -i \\"),
    DASH_LINE("  -x"),
    TAB_DELIMITER("\tEOF"),
    ECHO("echo {{ %s }}"),
    ECHO_QUOTED("echo \"{{ %s }}\""),
    IN_WORD("echo x{{ %s }}y"),
    BARE("{{ %s }}"),
    PLAIN("echo plain"),
    INCLUDE("%%include line(%s)"),
    IF_ON("%%if on"),
    IF_HOST("%%if host == a"),
    ELSE("%%else"),
    END("%%end"),
    BLOCK("%%block body");

    final String text;

    Piece(String text) {
      this.text = text;
    }
  }

  @BeforeContainer
  static void setUp() throws Exception {
    Tools.require("dash", "dash");
    Tools.require("bash", "bash");
    bin = Files.createTempDirectory("plumb-stub");
    // a delimiter line run as a command must not stop the script before a later line can misbehave
    Path eof = bin.resolve("EOF");
    Files.writeString(eof, "#!/bin/sh\n");
    Files.setPosixFilePermissions(eof, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterContainer
  static void tearDown() {
    PropertyPacks.delete(bin);
  }

  /**
   * A file's pieces: mostly whole here-documents (opener, a few lines, delimiter) and single lines,
   * with directives falling anywhere, also between an opener and its delimiter.
   */
  @Provide
  Arbitrary<List<Piece>> pieces() {
    Arbitrary<Piece> line =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(Piece.ECHO, Piece.ECHO_QUOTED, Piece.IN_WORD, Piece.PLAIN)),
            Tuple.of(1, Arbitraries.just(Piece.BARE)),
            // lines continued into what follows, which a branch, an include or a body may change
            Tuple.of(
                3,
                Arbitraries.of(
                    Piece.CONTINUE,
                    Piece.CONTINUE_GLUED,
                    Piece.HASH_CONTINUED,
                    Piece.DASH_LINE,
                    Piece.CONTINUED_BODY,
                    Piece.DOLLAR_CONTINUED)),
            Tuple.of(2, Arbitraries.just(Piece.INCLUDE)),
            Tuple.of(4, Arbitraries.of(Piece.IF_ON, Piece.IF_HOST, Piece.ELSE, Piece.END)),
            Tuple.of(1, Arbitraries.of(Piece.OPEN, Piece.DELIMITER)),
            Tuple.of(1, Arbitraries.just(Piece.BLOCK)));
    Arbitrary<List<Piece>> heredoc =
        Combinators.combine(
                Arbitraries.of(
                    Piece.OPEN, Piece.OPEN_LITERAL, Piece.OPEN_TABS, Piece.OPEN_CONTINUED),
                line.list().ofMaxSize(3),
                Arbitraries.of(Piece.DELIMITER, Piece.TAB_DELIMITER))
            .as(
                (open, body, end) -> {
                  List<Piece> chunk = new ArrayList<>(List.of(open));
                  chunk.addAll(body);
                  boolean tabs = open == Piece.OPEN_TABS || open == Piece.OPEN_CONTINUED;
                  chunk.add(tabs ? end : Piece.DELIMITER);
                  return chunk;
                });
    return Arbitraries.frequencyOf(Tuple.of(2, heredoc), Tuple.of(3, line.map(List::of)))
        .list()
        .ofMaxSize(6)
        .map(chunks -> chunks.stream().flatMap(List::stream).toList());
  }

  @Provide
  Arbitrary<String> attacks() {
    return Arbitraries.oneOf(
        Arbitraries.of(ATTACKS),
        Arbitraries.of(ATTACKS).flatMap(a -> Hostile.injection().map(h -> Hostile.cut(h, 40) + a)));
  }

  @Property
  void noArrangementRunsAValue(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment,
      @ForAll("attacks") String value)
      throws Exception {
    Map<String, String> files = files(root, child, fragment);
    Pack pack;
    try {
      pack = PropertyPacks.load(files);
    } catch (PlumbException refused) {
      Statistics.label("pack").collect("refused " + codes(refused));
      return;
    }
    Statistics.label("pack").collect("loaded");
    for (String host : List.of("a", "b")) {
      for (boolean on : List.of(true, false)) {
        Script script;
        try {
          script =
              pack.compile("run", Cell.of("host", host), Values.of(Map.of("s", value, "on", on)));
        } catch (PlumbException refused) {
          Statistics.label("cell").collect("refused " + codes(refused));
          continue;
        }
        Statistics.label("cell")
            .collect(script.text().contains("<<") ? "compiled, with a here-document" : "compiled");
        for (List<String> shell : SHELLS) {
          run(shell, script.text(), files);
        }
      }
    }
    Statistics.label("cell")
        .coverage(
            coverage -> coverage.check("compiled, with a here-document").percentage(p -> p >= 5));
  }

  /**
   * Lint reads every path a cell may take: each P316 a compile finds (code and place) is among
   * lint's findings, and a cell lint names in an error (a path the cell alone decides) fails to
   * compile whatever the values.
   */
  @Property
  void lintFindsWhatCompileFinds(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment)
      throws Exception {
    Map<String, String> files = files(root, child, fragment);
    Path dir = PropertyPacks.write(files);
    List<Diagnostic> lint;
    Pack pack;
    try {
      lint = Pack.lint(dir, "pack");
      pack = Pack.load(dir, "pack");
    } catch (PlumbException refused) {
      return;
    } finally {
      PropertyPacks.delete(dir);
    }
    Set<String> linted = new TreeSet<>();
    for (Diagnostic d : lint) {
      if (d.code() == Code.P316 || d.code() == Code.P320) {
        linted.add(d.code() + " " + d.span());
      }
    }
    for (String host : List.of("a", "b")) {
      boolean certain =
          lint.stream().anyMatch(d -> d.isError() && ("run host=" + host).equals(d.cell()));
      for (boolean on : List.of(true, false)) {
        try {
          pack.compile("run", Cell.of("host", host), Values.of(Map.of("s", "x", "on", on)));
          assertFalse(
              certain,
              () ->
                  "lint says every run host="
                      + host
                      + " fails, but it compiled with on="
                      + on
                      + "\n"
                      + lint
                      + "\n"
                      + files);
        } catch (PlumbException e) {
          for (Diagnostic d : e.diagnostics()) {
            if (d.code() == Code.P316 || d.code() == Code.P320) {
              assertTrue(
                  linted.contains(d.code() + " " + d.span()),
                  () ->
                      "compile found "
                          + d
                          + " in host="
                          + host
                          + ", on="
                          + on
                          + "; lint found "
                          + linted
                          + "\n"
                          + files);
            }
          }
        }
      }
    }
  }

  private static void run(List<String> shell, String script, Map<String, String> files)
      throws Exception {
    Path work = Files.createTempDirectory("plumb-run");
    try {
      Files.writeString(work.resolve("script.sh"), script, StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(shell);
      command.add("script.sh");
      Tools.run(
          command,
          new byte[0],
          work,
          Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", work.toString()));
      assertFalse(
          Files.exists(work.resolve("canary")),
          () -> shell + " ran a value as shell:\n" + script + "\nfrom the pack " + files);
    } finally {
      PropertyPacks.delete(work);
    }
  }

  /** The pack: a root template, a child overriding its block when it has one, and a fragment. */
  private static Map<String, String> files(
      List<Piece> root, List<Piece> child, List<Piece> fragment) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "pack.plumb",
        """
        pack hd "here-document arrangements"
        axis host = a | b
        operation run
        var s  : string
        var on : bool = false
        """);
    String rootText = render(root, "s", true);
    files.put("run.plumb", "%template run\n" + rootText);
    if (rootText.contains("%block body")) {
      files.put(
          "child.plumb",
          "%template run when host = b\n%extends run\n%block body\n"
              + render(child, "s", false)
              + "%end\n");
    }
    files.put(
        "line.plumb",
        "%fragment line(t: string)\n" + render(withoutIncludes(fragment), "t", false));
    return files;
  }

  /**
   * The text of a file's body: directives balanced (an {@code %else} only inside an open {@code
   * %if} without one, an {@code %end} only when something is open, everything open closed at the
   * end), at most one block, at the top level of a root template only.
   */
  static String render(List<Piece> pieces, String variable, boolean blocks) {
    StringBuilder out = new StringBuilder();
    Deque<Piece> open = new ArrayDeque<>();
    boolean blockUsed = false;
    for (Piece piece : pieces) {
      switch (piece) {
        case IF_ON, IF_HOST -> open.push(piece);
        case ELSE -> {
          if (open.isEmpty() || open.peek() == Piece.BLOCK || open.peek() == Piece.ELSE) {
            continue;
          }
          open.pop();
          open.push(Piece.ELSE);
        }
        case END -> {
          if (open.isEmpty()) {
            continue;
          }
          open.pop();
        }
        case BLOCK -> {
          if (!blocks || blockUsed || !open.isEmpty()) {
            continue;
          }
          blockUsed = true;
          open.push(piece);
        }
        default -> {}
      }
      out.append(piece.text.formatted(variable)).append('\n');
    }
    while (!open.isEmpty()) {
      open.pop();
      out.append("%end\n");
    }
    return out.toString();
  }

  private static String codes(PlumbException refused) {
    return refused.diagnostics().stream()
        .map(d -> d.code().name())
        .distinct()
        .sorted()
        .toList()
        .toString();
  }

  private static List<Piece> withoutIncludes(List<Piece> pieces) {
    return pieces.stream().filter(p -> p != Piece.INCLUDE).toList();
  }

  /** The rendering itself is part of the specification: a sample, byte for byte. */
  @net.jqwik.api.Example
  void renderingBalancesDirectives() {
    assertEquals(
        """
            %if on
            cat >> out <<EOF
            %else
            echo {{ s }}
            %end
            %block body
            EOF
            %end
            """,
        render(
            List.of(
                Piece.END,
                Piece.IF_ON,
                Piece.OPEN,
                Piece.ELSE,
                Piece.ELSE,
                Piece.ECHO,
                Piece.END,
                Piece.BLOCK,
                Piece.BLOCK,
                Piece.DELIMITER),
            "s",
            true));
  }
}
