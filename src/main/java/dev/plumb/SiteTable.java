package dev.plumb;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.evaluate.Reach;
import dev.plumb.pipeline.PackModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The coverable sites of a loaded pack, file by file, indexed by the ids a compile records them
 * with ({@link Reach}), so that a script turns its few bits into sites only when asked. Built once
 * with the pack; immutable, shared by all its compiles.
 */
final class SiteTable {
  /** Suffixed to an {@code %if}'s label to name its implicit arm. */
  static final String NONE_TAKEN = ": no branch taken";

  /**
   * One file's sites: {@code lines} by text line id, {@code arms} by arm id, and the arm ids in the
   * order sites are listed (by line, then by arm).
   */
  private record FileSites(Unit unit, Site.Line[] lines, Site.Arm[] arms, int[] armOrder) {}

  private static final Comparator<Site.Arm> ARM_ORDER =
      Comparator.comparingInt(Site.Arm::line).thenComparingInt(Site.Arm::arm);

  private final List<FileSites> files;
  private final Sites all;

  private SiteTable(List<FileSites> files) {
    this.files = List.copyOf(files);
    List<Site.Line> lines = new ArrayList<>();
    List<Site.Arm> arms = new ArrayList<>();
    for (FileSites f : files) {
      lines.addAll(List.of(f.lines()));
      for (int id : f.armOrder()) {
        arms.add(f.arms()[id]);
      }
    }
    this.all = new Sites(lines, arms);
  }

  /** The sites of every template and fragment of the pack, files in path order. */
  static SiteTable of(PackModel model) {
    List<Unit> units = new ArrayList<>(model.templates());
    units.addAll(model.fragments());
    units.sort(Comparator.comparing(u -> u.file().path()));
    List<FileSites> files = new ArrayList<>();
    for (Unit unit : units) {
      files.add(sitesOf(unit));
    }
    return new SiteTable(files);
  }

  private static FileSites sitesOf(Unit unit) {
    String file = unit.file().path();
    List<Site.Line> lines = new ArrayList<>();
    List<Site.Arm> arms = new ArrayList<>();
    for (Node node : Walk.statements(unit.body())) {
      if (node instanceof Node.TextLine t) {
        set(lines, t.id(), new Site.Line(file, t.span().line()));
      } else if (node instanceof Node.If decision) {
        for (int arm = 0; arm < decision.arms(); arm++) {
          set(arms, decision.firstArm() + arm, arm(file, decision, arm));
        }
      }
    }
    Site.Arm[] byId = arms.toArray(Site.Arm[]::new);
    int[] order =
        IntStream.range(0, byId.length)
            .boxed()
            .sorted(Comparator.comparing(id -> byId[id], ARM_ORDER))
            .mapToInt(Integer::intValue)
            .toArray();
    return new FileSites(unit, lines.toArray(Site.Line[]::new), byId, order);
  }

  /** Puts {@code site} at index {@code id}: ids number a file's lines and arms densely. */
  private static <S> void set(List<S> sites, int id, S site) {
    while (sites.size() <= id) {
      sites.add(null);
    }
    sites.set(id, site);
  }

  private static Site.Arm arm(String file, Node.If decision, int arm) {
    int decisionLine = decision.span().line();
    String ifLabel = label(decision.branches().get(0).span().text());
    if (arm < decision.branches().size()) {
      Node.Branch branch = decision.branches().get(arm);
      return new Site.Arm(
          file, branch.span().line(), decisionLine, arm, label(branch.span().text()));
    }
    if (decision.elseSpan() != null) {
      return new Site.Arm(
          file, decision.elseSpan().line(), decisionLine, arm, label(decision.elseSpan().text()));
    }
    return new Site.Arm(file, decisionLine, decisionLine, arm, ifLabel + NONE_TAKEN);
  }

  /** A directive as written, without the indentation before it. */
  private static String label(String directive) {
    return directive.strip();
  }

  /** Every site. */
  Sites all() {
    return all;
  }

  /** The sites a compile reached. */
  Sites reached(Reach reach) {
    List<Site.Line> lines = new ArrayList<>();
    List<Site.Arm> arms = new ArrayList<>();
    for (FileSites f : files) {
      BitSet emitted = reach.lines(f.unit());
      emitted.stream().forEach(id -> lines.add(f.lines()[id]));
      BitSet taken = reach.arms(f.unit());
      if (!taken.isEmpty()) {
        for (int id : f.armOrder()) {
          if (taken.get(id)) {
            arms.add(f.arms()[id]);
          }
        }
      }
    }
    return new Sites(lines, arms);
  }
}
