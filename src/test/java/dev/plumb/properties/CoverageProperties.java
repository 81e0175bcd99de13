package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Site;
import dev.plumb.Sites;
import dev.plumb.Values;
import dev.plumb.suite.Coverage;
import dev.plumb.suite.CoverageText;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/**
 * Template coverage over generated packs: a pack whose every line every compile reaches is fully
 * covered; taking one values set away loses exactly what only its scripts reached; what a compile
 * records is what it wrote, and the same whether it runs alone or among others in parallel.
 */
class CoverageProperties {

  // ---- (a) a pack without choices: every line is reached

  /** A pack without {@code %if} or {@code %each}: a parent with blocks, a child, fragments. */
  record Flat(
      GenPack pack,
      List<List<Stmt>> fragments,
      List<Program.Section> parent,
      List<List<Stmt>> overrides,
      Material material) {

    /** The files: every fragment included, every block overridden with {@code %super}. */
    Map<String, String> files() {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("pack.plumb", pack.manifest());
      List<Realizer.Signature> signatures = new ArrayList<>();
      for (int f = 0; f < fragments.size(); f++) {
        List<String> lines = new ArrayList<>(List.of("%fragment frag" + f + "()"));
        lines.addAll(new Realizer(signatures).body(fragments.get(f), GScope.of(pack, false)));
        files.put("frag" + f + ".plumb", String.join("\n", lines) + "\n");
        signatures.add(new Realizer.Signature("frag" + f, List.of()));
      }
      Realizer realizer = new Realizer(signatures);
      List<String> run = new ArrayList<>(List.of("%template run"));
      List<String> blocks = new ArrayList<>();
      for (Program.Section section : parent) {
        if (section.block()) {
          blocks.add("b" + blocks.size());
          run.add("%block " + blocks.get(blocks.size() - 1));
        }
        run.addAll(realizer.body(section.body(), GScope.of(pack, true)));
        if (section.block()) {
          run.add("%end");
        }
      }
      signatures.forEach(s -> run.add("%include " + s.name() + "()"));
      files.put("run.plumb", String.join("\n", run) + "\n");
      GType.Enum axis = pack.axes().get(0);
      List<String> child =
          new ArrayList<>(
              List.of("%template run when " + axis.axis() + " = " + axis.words().get(0)));
      child.add("%extends run");
      for (int b = 0; b < blocks.size(); b++) {
        child.add("%block " + blocks.get(b));
        child.add("%super");
        child.addAll(realizer.body(overrides.get(b % overrides.size()), GScope.of(pack, true)));
        child.add("%end");
      }
      files.put("child.plumb", String.join("\n", child) + "\n");
      return files;
    }
  }

  /** Statements that emit every line they hold, whatever the values. */
  private static Arbitrary<List<Stmt>> flatBody(int max) {
    Arbitrary<Stmt> statement =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Combinators.combine(SkeletonGen.pick(), SkeletonGen.args(4), SkeletonGen.pick())
                    .as(Stmt.Command::new)),
            Tuple.of(
                2, Combinators.combine(SkeletonGen.pick(), SkeletonGen.pick()).as(Stmt.Let::new)),
            Tuple.of(1, SkeletonGen.pick().map(Stmt.Require::new)),
            Tuple.of(
                2,
                Combinators.combine(SkeletonGen.pick(), SkeletonGen.args(2)).as(Stmt.Comment::new)),
            Tuple.of(
                1, Combinators.combine(SkeletonGen.pick(), SkeletonGen.arg()).as(Stmt.Assign::new)),
            Tuple.of(
                2,
                Combinators.combine(SkeletonGen.pick(), Arbitraries.just(List.<Integer>of()))
                    .as(Stmt.Include::new)));
    return statement.list().ofMinSize(1).ofMaxSize(max);
  }

  @Provide
  Arbitrary<Flat> flats() {
    Arbitrary<Program.Section> section =
        Combinators.combine(Arbitraries.of(false, true), flatBody(3)).as(Program.Section::new);
    return Combinators.combine(
            GenPack.arbitrary(),
            flatBody(3).list().ofMaxSize(2),
            section.list().ofMinSize(1).ofMaxSize(4),
            flatBody(2).list().ofMinSize(1).ofMaxSize(2),
            Material.any())
        .as(Flat::new);
  }

  /** (a) Built in every cell with any values, a pack without choices is covered in full. */
  @Property(tries = 100)
  void aPackWithoutChoicesIsCoveredInFull(@ForAll("flats") Flat flat) {
    Map<String, String> files = flat.files();
    Pack pack = TestPack.load(files);
    Build build =
        pack.build(Map.of("v", Values.of(ValuesGen.values(flat.pack(), flat.material()))));
    assertEquals(build.entries(), build.withStatus(Build.Status.BUILT), files.toString());
    Coverage coverage = Coverage.of(pack, scripts(build.entries()));
    assertTrue(
        coverage.lines().complete() && coverage.branches().total() == 0,
        CoverageText.render(coverage) + files);
    assertEquals(List.of(), coverage.shortfalls(100));
  }

  // ---- (b) one values set taken away

  @Provide
  Arbitrary<Tuple.Tuple2<Program.Spec, List<Material>>> programsWithSets() {
    return Combinators.combine(Program.specs(), Material.any().list().ofMinSize(1).ofMaxSize(3))
        .as(Tuple::of);
  }

  /**
   * (b) Coverage without one values set (one example) loses exactly the sites that only its scripts
   * reached, and each site's hits drop by the number of its scripts that reached it.
   */
  @Property(tries = 60)
  void removingAValuesSetLosesWhatOnlyItReached(
      @ForAll("programsWithSets") Tuple.Tuple2<Program.Spec, List<Material>> input) {
    Program program = Program.realize(input.get1());
    Pack pack = program.load();
    Map<String, Values> sets = new LinkedHashMap<>();
    sets.put("s0", Values.of(program.values()));
    for (Material m : input.get2()) {
      sets.put("s" + sets.size(), Values.of(ValuesGen.values(input.get1().pack(), m)));
    }
    Map<String, List<Script>> bySet = new LinkedHashMap<>();
    sets.keySet().forEach(name -> bySet.put(name, new ArrayList<>()));
    for (Build.Entry e : pack.build(sets).withStatus(Build.Status.BUILT)) {
      bySet.get(e.values()).add(e.script());
    }
    Map<Site, Integer> allHits = hits(Coverage.of(pack, flatten(bySet.values())));
    for (String removed : sets.keySet()) {
      Map<String, List<Script>> others = new LinkedHashMap<>(bySet);
      others.remove(removed);
      Map<Site, Integer> without = hits(Coverage.of(pack, flatten(others.values())));
      Set<Site> onlyRemoved = reached(bySet.get(removed));
      onlyRemoved.removeAll(reached(flatten(others.values())));
      assertEquals(onlyRemoved, lost(allHits, without), removed + program);
      for (Map.Entry<Site, Integer> site : allHits.entrySet()) {
        long itsScripts =
            bySet.get(removed).stream().filter(s -> sites(s).contains(site.getKey())).count();
        assertEquals(
            itsScripts,
            site.getValue() - without.get(site.getKey()),
            site.getKey() + " " + program);
      }
    }
  }

  // ---- (c) what a compile records is what it wrote, alone or in parallel

  @Provide
  Arbitrary<Program> programs() {
    return Program.arbitrary();
  }

  /**
   * (c) Recording never changes a script, and records what it wrote: the lines a compile reached
   * are exactly the template lines its script's lines came from; compiled among others in parallel
   * ({@code Pack.build}), a script has the same text and reaches the same sites as compiled alone.
   */
  @Property(tries = 100)
  void recordingAgreesWithTheScriptAndIsTheSameInParallel(@ForAll("programs") Program program) {
    Pack pack = program.load();
    Map<String, Values> sets = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      sets.put("copy" + i, Values.of(program.values()));
    }
    for (Build.Entry e : pack.build(sets).withStatus(Build.Status.BUILT)) {
      Script alone = pack.compile(e.operation(), e.cell(), Values.of(program.values()));
      assertEquals(alone.text(), e.script().text(), program.toString());
      assertEquals(alone.reached(), e.script().reached(), program.toString());
      Set<Site.Line> origins = new LinkedHashSet<>();
      for (ScriptLine line : alone.lines()) {
        if (line.origin() != null) {
          origins.add(new Site.Line(line.origin().path(), line.origin().line()));
        }
      }
      assertEquals(origins, new LinkedHashSet<>(alone.reached().lines()), program.toString());
    }
  }

  // ---- helpers

  private static List<Script> scripts(List<Build.Entry> entries) {
    return entries.stream().map(Build.Entry::script).toList();
  }

  private static List<Script> flatten(Iterable<List<Script>> lists) {
    List<Script> all = new ArrayList<>();
    lists.forEach(all::addAll);
    return all;
  }

  private static Set<Site> sites(Script script) {
    Sites reached = script.reached();
    Set<Site> sites = new HashSet<>(reached.lines());
    sites.addAll(reached.arms());
    return sites;
  }

  private static Set<Site> reached(List<Script> scripts) {
    Set<Site> all = new HashSet<>();
    scripts.forEach(s -> all.addAll(sites(s)));
    return all;
  }

  private static Map<Site, Integer> hits(Coverage coverage) {
    Map<Site, Integer> hits = new HashMap<>();
    for (Coverage.FileCoverage file : coverage.files()) {
      file.lines().forEach(h -> hits.put(h.site(), h.scripts()));
      file.arms().forEach(h -> hits.put(h.site(), h.scripts()));
    }
    return hits;
  }

  /** The sites covered with every set and not without the one removed. */
  private static Set<Site> lost(Map<Site, Integer> all, Map<Site, Integer> without) {
    Set<Site> lost = new HashSet<>();
    all.forEach(
        (site, hits) -> {
          if (hits > 0 && without.get(site) == 0) {
            lost.add(site);
          }
        });
    return lost;
  }
}
