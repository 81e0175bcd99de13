package dev.plumb.properties;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated packs of here-documents, branches, unrolls, lines continued into what follows, a
 * fragment and a block a child overrides: the arrangements the here-document and lint agreement
 * properties run.
 */
final class Arrangements {
  private Arrangements() {}

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
    EACH("%%each d in ds"),
    EACH_LINE("  -d {{ d }} \\"),
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

  /**
   * A file's pieces: mostly whole here-documents (opener, a few lines, delimiter) and single lines,
   * with directives falling anywhere, also between an opener and its delimiter.
   */
  static Arbitrary<List<Piece>> pieces() {
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
    return Arbitraries.frequencyOf(Tuple.of(2, heredoc), Tuple.of(3, line.map(List::of)))
        .list()
        .ofMaxSize(6)
        .map(chunks -> chunks.stream().flatMap(List::stream).toList());
  }

  /** The pack: a root template, a child overriding its block when it has one, and a fragment. */
  static Map<String, String> files(List<Piece> root, List<Piece> child, List<Piece> fragment) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "pack.plumb",
        """
        pack hd "here-document arrangements"
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
