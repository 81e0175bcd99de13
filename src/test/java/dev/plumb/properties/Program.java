package dev.plumb.properties;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated program: a random pack, a template using every directive, child templates that {@code
 * %extends} it and override its {@code %block}s (with {@code %super}), typed {@code %fragment}s it
 * {@code %include}s, a cell the chain serves and matching hostile values ({@link #arbitrary}); its
 * files, cell and values are shown in full when a property fails.
 */
record Program(Map<String, String> files, Map<String, String> cell, Map<String, Object> values) {
  /** One part of the parent template: a {@code %block} or plain statements. */
  record Section(boolean block, List<Stmt> body) {}

  /** An override in a child: which block, where {@code %super} goes (none when 0), its body. */
  record BlockOverride(int block, int superAt, List<Stmt> body) {}

  /** A child template: its {@code %let}s and overrides. */
  record Child(List<Integer> lets, List<BlockOverride> overrides) {}

  /** A fragment: its parameter types (as choices) and body. */
  record Frag(List<Integer> params, List<Stmt> body) {}

  /** A generated program before it meets its pack. */
  record Spec(
      GenPack pack,
      List<Frag> fragments,
      List<Section> parent,
      List<Child> children,
      int when,
      List<Integer> cell,
      Material material) {}

  static Arbitrary<Program> arbitrary() {
    return specs().map(Program::realize);
  }

  /** Programs before they are written out: with the generated pack their values are made for. */
  static Arbitrary<Spec> specs() {
    Arbitrary<Frag> frag =
        Combinators.combine(
                SkeletonGen.pick().list().ofMinSize(1).ofMaxSize(3), SkeletonGen.body(1, 3))
            .as(Frag::new);
    Arbitrary<Section> section =
        Combinators.combine(Arbitraries.of(false, true), SkeletonGen.body(3, 4)).as(Section::new);
    Arbitrary<BlockOverride> override =
        Combinators.combine(SkeletonGen.pick(), SkeletonGen.pick(), SkeletonGen.body(2, 3))
            .as(BlockOverride::new);
    Arbitrary<Child> child =
        Combinators.combine(SkeletonGen.pick().list().ofMaxSize(2), override.list().ofMaxSize(3))
            .as(Child::new);
    return Combinators.combine(
            GenPack.arbitrary(),
            frag.list().ofMaxSize(2),
            section.list().ofMinSize(1).ofMaxSize(4),
            child.list().ofMaxSize(2),
            SkeletonGen.pick(),
            SkeletonGen.pick().list().ofMinSize(3).ofMaxSize(3),
            Material.any())
        .as(Spec::new);
  }

  static Program realize(Spec spec) {
    GenPack pack = spec.pack();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pack.plumb", pack.manifest());
    List<Realizer.Signature> signatures = fragments(spec, files);
    // the chain's selectors: the root maybe on ax0, each child one more axis, a single value
    List<String> selectors = new ArrayList<>();
    List<List<String>> allowed = new ArrayList<>();
    boolean rootWhen = Math.floorMod(spec.when(), 2) == 1;
    if (rootWhen) {
      List<String> words = pack.axes().get(0).words();
      allowed.add(words.subList(0, 1 + Math.floorMod(spec.when() / 2, words.size())));
      selectors.add("ax0 = " + String.join(" | ", allowed.get(0)));
    }
    int children = Math.min(spec.children().size(), pack.axes().size() - allowed.size());
    for (int c = 0; c < children; c++) {
      GType.Enum axis = pack.axes().get(allowed.size());
      String word = axis.words().get(Math.floorMod(spec.when() / 7 + c, axis.words().size()));
      allowed.add(List.of(word));
      selectors.add(axis.axis() + " = " + word);
    }
    int rootCount = rootWhen ? 1 : 0;
    List<String> blocks = new ArrayList<>();
    files.put("run.plumb", parent(spec, signatures, header(selectors, rootCount), blocks));
    for (int c = 0; c < children; c++) {
      String text =
          header(selectors, rootCount + c + 1)
              + "\n%extends run"
              + when(selectors, rootCount + c)
              + "\n"
              + child(spec.children().get(c), spec.pack(), signatures, blocks, c);
      files.put("child" + c + ".plumb", text);
    }
    return new Program(files, cell(spec, allowed), ValuesGen.values(pack, spec.material()));
  }

  private static String header(List<String> selectors, int count) {
    return "%template run" + when(selectors, count);
  }

  private static String when(List<String> selectors, int count) {
    return count == 0 ? "" : " when " + String.join(", ", selectors.subList(0, count));
  }

  private static List<Realizer.Signature> fragments(Spec spec, Map<String, String> files) {
    List<GType> options =
        new ArrayList<>(
            List.of(
                GType.Scalar.of(GType.Kind.STRING),
                GType.Scalar.of(GType.Kind.PATH),
                GType.Scalar.of(GType.Kind.NAME),
                GType.Scalar.of(GType.Kind.INT),
                GType.Scalar.of(GType.Kind.SIZE),
                GType.Scalar.of(GType.Kind.BOOL),
                GType.Scalar.of(GType.Kind.MAC),
                GType.Scalar.of(GType.Kind.IPV4),
                new GType.ListOf(GType.Scalar.of(GType.Kind.STRING)),
                new GType.ListOf(GType.Scalar.of(GType.Kind.PATH)),
                new GType.Enum(List.of("pa", "pb"), null)));
    options.addAll(spec.pack().records());
    List<Realizer.Signature> signatures = new ArrayList<>();
    for (int f = 0; f < spec.fragments().size(); f++) {
      Frag frag = spec.fragments().get(f);
      GScope scope = GScope.of(spec.pack(), false);
      List<GType> params = new ArrayList<>();
      List<String> declared = new ArrayList<>();
      for (int p = 0; p < frag.params().size(); p++) {
        GType type = options.get(Math.floorMod(frag.params().get(p), options.size()));
        params.add(type);
        declared.add("p" + p + ": " + type.decl());
        scope.add("p" + p, type);
      }
      String name = "frag" + f;
      List<String> lines = new ArrayList<>();
      lines.add("%fragment " + name + "(" + String.join(", ", declared) + ")");
      lines.addAll(new Realizer(signatures).body(frag.body(), scope));
      files.put(name + ".plumb", String.join("\n", lines) + "\n");
      signatures.add(new Realizer.Signature(name, params));
    }
    return signatures;
  }

  private static String parent(
      Spec spec, List<Realizer.Signature> signatures, String header, List<String> blocks) {
    Realizer realizer = new Realizer(signatures);
    GScope top = GScope.of(spec.pack(), true);
    List<String> lines = new ArrayList<>(List.of(header));
    for (Section section : spec.parent()) {
      if (section.block()) {
        String name = "b" + blocks.size();
        blocks.add(name);
        lines.add("%block " + name);
        lines.addAll(realizer.body(section.body(), GScope.of(spec.pack(), true)));
        lines.add("%end");
      } else {
        lines.addAll(realizer.body(section.body(), top));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String child(
      Child child,
      GenPack pack,
      List<Realizer.Signature> signatures,
      List<String> blocks,
      int level) {
    Realizer realizer = new Realizer(signatures);
    GScope scope = GScope.of(pack, true);
    List<String> lines = new ArrayList<>();
    for (int l = 0; l < child.lets().size(); l++) {
      GScope.Src value = Exprs.letValue(scope, child.lets().get(l), l);
      String name = "c" + level + "l" + l;
      lines.add("%let " + name + " = " + value.expr());
      scope.add(name, value.type());
    }
    List<String> done = new ArrayList<>();
    for (BlockOverride o : child.overrides()) {
      if (blocks.isEmpty()) {
        break;
      }
      String block = blocks.get(Math.floorMod(o.block(), blocks.size()));
      if (done.contains(block)) {
        continue;
      }
      done.add(block);
      List<List<String>> body = new ArrayList<>(realizer.chunks(o.body(), scope.copy()));
      // %super between statements, never inside a here-document: the child's lines around it were
      // checked as commands, so the cell is refused (P320; HeredocProperties generates that shape)
      int at = Math.floorMod(o.superAt(), body.size() + 2);
      if (at > 0) {
        body.add(Math.min(at - 1, body.size()), List.of("%super"));
      }
      lines.add("%block " + block);
      body.forEach(lines::addAll);
      lines.add("%end");
    }
    return String.join("\n", lines) + "\n";
  }

  private static Map<String, String> cell(Spec spec, List<List<String>> allowed) {
    List<GType.Enum> axes = spec.pack().axes();
    // the deepest template this cell is meant for: its selectors and those above it hold
    int depth = allowed.isEmpty() ? 0 : 1 + Math.floorMod(spec.cell().get(0), allowed.size());
    Map<String, String> cell = new LinkedHashMap<>();
    for (int a = 0; a < axes.size(); a++) {
      List<String> words = a < depth ? allowed.get(a) : axes.get(a).words();
      cell.put(
          axes.get(a).axis(),
          words.get(Math.floorMod(spec.cell().get(Math.min(a + 1, 2)) + a, words.size())));
    }
    return cell;
  }

  Pack load() {
    return TestPack.load(files);
  }

  Script compile(Pack pack) {
    return compile(pack, CompileOptions.defaults());
  }

  Script compile(Pack pack, CompileOptions options) {
    return pack.compile("run", Cell.of(cell), Values.of(values), options);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("\n");
    files.forEach((name, text) -> out.append("==== ").append(name).append('\n').append(text));
    // values with every character outside printable ASCII escaped, so that a counterexample can be
    // read exactly
    out.append("==== cell ")
        .append(cell)
        .append("\n==== values ")
        .append(Hostile.escaped(values.toString()))
        .append('\n');
    return out.toString();
  }
}
