package dev.plumb.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated pack and one edit of one of its template lines: the two versions {@code plumb diff}
 * compares. Axes {@code a0} (2 or 3 values) and {@code a1} (2); one or two operations, each with a
 * generic template, perhaps a template for one value of {@code a0}, an {@code %unsupported} for
 * another and a {@code %require} on {@code n}; a fragment {@code common()} the bodies may include;
 * lines with and without holes, some under an {@code %if} on {@code a1}. Built from lists of small
 * choices, so that a failing case shrinks.
 */
record EditedPack(int a0, List<Op> ops, List<Line> fragment, List<Integer> ns, Edit edit) {

  /**
   * A body line: {@code kind} 0-2 a command (with a name hole, none, an int hole), 3 an {@code
   * %if}, 4 an include.
   */
  record Line(int kind, int id) {}

  /**
   * An operation's templates.
   *
   * @param special the value of {@code a0} its second template serves, or -1 for none
   * @param unsupported the value of {@code a0} its generic template refuses, or -1
   * @param require the {@code n} its generic template requires at least, or -1
   */
  record Op(
      List<Line> generic, int special, List<Line> specialBody, int unsupported, int require) {}

  /**
   * The edit: of the text lines of the templates and the fragment in file order, the one {@code
   * pick} names (modulo their count) is replaced (kind 0), has a line inserted after it (1) or is
   * deleted (2).
   */
  record Edit(int pick, int kind, int id) {}

  static Arbitrary<EditedPack> arbitrary() {
    Arbitrary<Line> line =
        Combinators.combine(
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3))
            .as(Line::new);
    Arbitrary<List<Line>> body = line.list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Op> op =
        Combinators.combine(
                body,
                Arbitraries.integers().between(-1, 2),
                body,
                Arbitraries.integers().between(-1, 2),
                Arbitraries.integers().between(-1, 3))
            .as(Op::new);
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3))
            .as(Edit::new);
    return Combinators.combine(
            Arbitraries.integers().between(2, 3),
            op.list().ofMinSize(1).ofMaxSize(2),
            line.filter(l -> l.kind() < 3).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(3),
            edit)
        .as(EditedPack::new);
  }

  /** The old version's files, by path. */
  Map<String, String> old() {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder("pack gen \"generated for plumb diff\"\n");
    manifest.append("axis a0 = ").append(String.join(" | ", values("a0", a0))).append('\n');
    manifest.append("axis a1 = a1v0 | a1v1\n");
    List<String> names = new ArrayList<>();
    for (int o = 0; o < ops.size(); o++) {
      names.add("op" + o);
    }
    manifest.append("operation ").append(String.join(", ", names)).append('\n');
    manifest.append("var name : name\nvar n : int\n");
    files.put("pack.plumb", manifest.toString());
    files.put("common.plumb", "%fragment common()\n" + lines(fragment));
    for (int o = 0; o < ops.size(); o++) {
      Op op = ops.get(o);
      StringBuilder generic = new StringBuilder("%template op" + o + "\n");
      if (op.unsupported() >= 0 && op.unsupported() < a0) {
        generic.append("%if a0 == a0v").append(op.unsupported()).append('\n');
        generic.append("%unsupported \"op").append(o).append(" is not for this a0\"\n%end\n");
      }
      if (op.require() >= 0) {
        generic.append("%require n >= ").append(op.require()).append(" else \"n too small\"\n");
      }
      files.put("op" + o + ".plumb", generic + lines(op.generic()));
      if (op.special() >= 0 && op.special() < a0) {
        files.put(
            "special/op" + o + ".plumb",
            "%template op" + o + " when a0 = a0v" + op.special() + "\n" + lines(op.specialBody()));
      }
    }
    return files;
  }

  /** The new version: the old with the edit made. */
  Map<String, String> now() {
    Map<String, String> files = old();
    List<String[]> editable = new ArrayList<>();
    files.forEach(
        (path, text) -> {
          String[] lines = path.equals("pack.plumb") ? new String[0] : text.split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !lines[i].startsWith("%")) {
              editable.add(new String[] {path, String.valueOf(i)});
            }
          }
        });
    String[] target = editable.get(edit.pick() % editable.size());
    List<String> lines = new ArrayList<>(List.of(files.get(target[0]).split("\n", -1)));
    int at = Integer.parseInt(target[1]);
    String text = edit.id() % 2 == 0 ? "edited" + edit.id() : "edited" + edit.id() + " {{ n }}";
    switch (edit.kind()) {
      case 0 -> lines.set(at, text);
      case 1 -> lines.add(at + 1, text);
      default -> lines.remove(at);
    }
    files.put(target[0], String.join("\n", lines));
    return files;
  }

  private static List<String> values(String axis, int count) {
    List<String> values = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      values.add(axis + "v" + v);
    }
    return values;
  }

  private static String lines(List<Line> body) {
    StringBuilder out = new StringBuilder();
    for (Line l : body) {
      switch (l.kind()) {
        case 0 -> out.append("cmd").append(l.id()).append(" {{ name }}\n");
        case 1 -> out.append("fixed").append(l.id()).append(" --flag\n");
        case 2 -> out.append("count").append(l.id()).append(" {{ n }}\n");
        case 3 ->
            out.append("%if a1 == a1v")
                .append(l.id() % 2)
                .append("\n  inner")
                .append(l.id())
                .append("\n%end\n");
        default -> out.append("%include common()\n");
      }
    }
    return out.toString();
  }
}
