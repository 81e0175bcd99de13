package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Lint and compile never disagree: on generated packs (here-documents, lines continued with {@code
 * \} into branches that may be skipped, a backslash-newline before {@code $}, {@code #}, {@code -}
 * or a delimiter line, {@code %if}s, {@code %each} unrolls, a fragment, a block a child overrides),
 * a pack that lints clean compiles for every cell and every values of the declared types, and a
 * cell lint calls broken (an error naming it) fails to compile for every values. Values never spell
 * a delimiter line: that is refused at compile time (P314), by the value.
 */
class LintAgreementProperties {
  /** Warnings about use, not about what compiles. */
  private static final Set<Code> USAGE = Set.of(Code.P218, Code.P219, Code.P220, Code.P221);

  /** One line of a generated file, or a directive. */
  enum Piece {
    OPEN("cat >> out <<EOF"),
    OPEN_LITERAL("cat >> out <<'EOF'"),
    OPEN_TABS("cat >> out <<-EOF"),
    OPEN_CONTINUED("cat >> out <<\\\n-EOF"),
    DELIMITER("EOF"),
    TAB_DELIMITER("\tEOF"),
    CONTINUED_BODY("OPTS=-a \\"),
    ECHO("echo {{ %s }}"),
    ECHO_QUOTED("echo \"{{ %s }}\""),
    DOLLAR_CONTINUED("echo \"$\\\n{{ %s }}\""),
    CONTINUE("/usr/bin/env \\"),
    CONTINUE_GLUED("echo started\\"),
    HASH_CONTINUED("#  -i \\"),
    DASH_LINE("  -x"),
    BARE("{{ %s }}"),
    PLAIN("echo plain"),
    INCLUDE("%%include line(%s)"),
    IF_ON("%%if on"),
    IF_HOST("%%if host == a"),
    ELSE("%%else"),
    EACH("%%each d in ds"),
    EACH_LINE("  -d {{ d }} \\"),
    END("%%end"),
    BLOCK("%%block body");

    final String text;

    Piece(String text) {
      this.text = text;
    }
  }

  /**
   * A file's pieces: whole here-documents (opener, a few lines, delimiter) and single lines, with
   * directives falling anywhere, also inside a body.
   */
  @Provide
  Arbitrary<List<Piece>> pieces() {
    Arbitrary<Piece> line =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(Piece.ECHO, Piece.ECHO_QUOTED, Piece.PLAIN)),
            Tuple.of(
                4,
                Arbitraries.of(
                    Piece.CONTINUE, Piece.CONTINUE_GLUED, Piece.HASH_CONTINUED, Piece.DASH_LINE)),
            Tuple.of(1, Arbitraries.of(Piece.BARE, Piece.DOLLAR_CONTINUED, Piece.CONTINUED_BODY)),
            Tuple.of(2, Arbitraries.just(Piece.INCLUDE)),
            Tuple.of(
                5,
                Arbitraries.of(
                    Piece.IF_ON,
                    Piece.IF_HOST,
                    Piece.ELSE,
                    Piece.END,
                    Piece.EACH,
                    Piece.EACH_LINE)),
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
    return Arbitraries.frequencyOf(Tuple.of(2, heredoc), Tuple.of(4, line.map(List::of)))
        .list()
        .ofMaxSize(7)
        .map(chunks -> chunks.stream().flatMap(List::stream).toList());
  }

  @Provide
  Arbitrary<String> strings() {
    return Hostile.injection().filter(s -> !s.lines().anyMatch(l -> l.strip().equals("EOF")));
  }

  @Property
  void lintAndCompileAgree(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment,
      @ForAll("strings") String s)
      throws Exception {
    Map<String, String> files = files(root, child, fragment);
    Path dir = PropertyPacks.write(files);
    List<Diagnostic> lint;
    Pack pack = null;
    try {
      lint = Pack.lint(dir, "pack");
      pack = Pack.load(dir, "pack");
    } catch (PlumbException refused) {
      Statistics.label("pack").collect("refused at load");
      Statistics.label("refused")
          .collect(
              refused.diagnostics().stream()
                  .map(d -> d.code().name())
                  .distinct()
                  .sorted()
                  .toList()
                  .toString());
      assertTrue(
          Pack.lint(dir, "pack").stream().anyMatch(Diagnostic::isError),
          "the pack does not load, but lint found no error\n" + files);
      return;
    } finally {
      PropertyPacks.delete(dir);
    }
    // a note that lint stopped following paths (P509) means it did not read them all
    boolean clean =
        lint.stream()
            .noneMatch(
                d ->
                    d.isError()
                        || d.code() == Code.P509
                        || (!USAGE.contains(d.code()) && isWarning(d)));
    Statistics.label("pack").collect(clean ? "lints clean" : "lint finds something");
    for (String host : List.of("a", "b")) {
      boolean broken =
          lint.stream().anyMatch(d -> d.isError() && ("run host=" + host).equals(d.cell()));
      for (boolean on : List.of(true, false)) {
        for (int n = 0; n <= 2; n++) {
          List<String> ds = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ds.add("/vm/d" + i);
          }
          Values values = Values.of(Map.of("s", s, "on", on, "ds", ds));
          String where = "host=" + host + " on=" + on + " ds=" + ds + "\n" + lint + "\n" + files;
          try {
            pack.compile("run", Cell.of("host", host), values);
            assertTrue(!broken, "lint says this cell is broken, but it compiled: " + where);
          } catch (PlumbException e) {
            List<Diagnostic> errors = e.diagnostics();
            assertTrue(
                !clean || errors.stream().allMatch(d -> d.code() == Code.P509),
                "the pack lints clean, but " + errors + " for " + where);
          }
        }
      }
    }
  }

  private static boolean isWarning(Diagnostic d) {
    return d.severity() == dev.plumb.diag.Severity.WARNING;
  }

  /** The pack: a root template, a child overriding its block when it has one, and a fragment. */
  private static Map<String, String> files(
      List<Piece> root, List<Piece> child, List<Piece> fragment) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "pack.plumb",
        """
        pack agree "lint and compile agreement"
        axis host = a | b
        operation run
        var s  : string
        var on : bool = false
        var ds : list<path> = []
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
        "%fragment line(t: string)\n"
            + render(fragment.stream().filter(p -> p != Piece.INCLUDE).toList(), "t", false));
    return files;
  }

  /** The text of a body, its directives balanced; at most one block, at the top of a root. */
  private static String render(List<Piece> pieces, String variable, boolean blocks) {
    StringBuilder out = new StringBuilder();
    Deque<Piece> open = new ArrayDeque<>();
    boolean blockUsed = false;
    for (Piece piece : pieces) {
      switch (piece) {
        case IF_ON, IF_HOST, EACH -> open.push(piece);
        case ELSE -> {
          if (open.isEmpty() || open.peek() != Piece.IF_ON && open.peek() != Piece.IF_HOST) {
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
        case EACH_LINE -> {
          if (!open.contains(Piece.EACH)) {
            continue;
          }
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
}
