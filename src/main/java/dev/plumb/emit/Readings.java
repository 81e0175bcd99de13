package dev.plumb.emit;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.check.shell.Continuations;
import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.HoleRef;
import dev.plumb.check.shell.ReadListener;
import dev.plumb.check.shell.ShellReader;
import dev.plumb.check.shell.UnitText;
import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The shell readings of the paths a pack's cells take, remembered. Reading a path is a function of
 * its text lines alone, in order, and of where an include or block region begins or ends: it never
 * sees a value. So two compiles that emit the same lines get the same reading, and the second need
 * not read again: the reader's verdict (every hole's place, every error) is the one it gave the
 * first, not an approximation of it. Values are then written, and checked where only values can
 * break the script, on every compile.
 */
public final class Readings {
  /** Paths longer than this are read every time: an unrolled list rarely repeats its length. */
  static final int MAX_LINES = 4096;

  /** How many paths are kept: a pack's cells × the shapes its values give them, in practice. */
  static final int MAX_PATHS = 2048;

  /**
   * A line of a path: the line and its region (the include and block sites that led to it), and the
   * values of its holes, which the reading never looks at (a remembered path keeps only its lines
   * and regions).
   *
   * @param newRegion whether the line starts a region: the path's first, or one in another file or
   *     reached through other sites than the line before it
   */
  record Step(Unit unit, Node.TextLine line, List<Via> via, Value[] holes, boolean newRegion) {
    /** The step after {@code previous} (null for a path's first). */
    static Step after(Step previous, Unit unit, Node.TextLine line, List<Via> via, Value[] holes) {
      boolean newRegion =
          previous == null
              || previous.unit() != unit
              || (previous.via() != via && !previous.via().equals(via));
      return new Step(unit, line, via, holes, newRegion);
    }
  }

  /**
   * The hash of a path with {@code step} added to the hash {@code h} of the steps before it (1 for
   * none): a compile keeps it as its lines come, and no path is walked twice to be looked up.
   */
  static int hash(int h, Node.TextLine line, boolean newRegion) {
    return 31 * (31 * h + System.identityHashCode(line)) + (newRegion ? 1 : 0);
  }

  /**
   * What reading a path found: each line's hole places in order, whether it starts a command, and
   * the errors of the reading.
   */
  record Reading(
      List<List<HoleContext>> contexts, boolean[] startsCommand, List<Diagnostic> errors) {}

  private final Map<PathKey, Reading> known = new ConcurrentHashMap<>();

  /**
   * The reading of {@code path}, remembered or read now.
   *
   * @param hash the path's {@link #hash}, step by step
   */
  Reading of(List<Step> path, int hash, Function<Unit, UnitText> texts) {
    if (path.size() > MAX_LINES) {
      return read(path, texts);
    }
    Reading reading = known.get(new View(path, hash));
    if (reading == null) {
      reading = read(path, texts);
      if (known.size() < MAX_PATHS) {
        known.putIfAbsent(Key.of(path), reading);
      }
    }
    return reading;
  }

  /** Reads the path with the shell reader, as a script: the one reading all others reuse. */
  static Reading read(List<Step> path, Function<Unit, UnitText> texts) {
    Map<HoleRef, HoleContext> places = new IdentityHashMap<>();
    Set<Diagnostic> errors = new LinkedHashSet<>();
    ShellReader reader =
        ShellReader.script(
            new ReadListener() {
              @Override
              public void hole(HoleRef hole, HoleContext context) {
                places.put(hole, context);
              }

              @Override
              public void report(Diagnostic d) {
                if (d.isError()) {
                  errors.add(d);
                }
              }
            });
    boolean[] starts = new boolean[path.size()];
    // each emitted hole is reported by a reference of its own: an unrolled line's holes each get
    // their own place
    List<List<HoleRef>> refs = new ArrayList<>(path.size());
    Continuations.Emitted previous = null;
    for (int i = 0; i < path.size(); i++) {
      Step step = path.get(i);
      UnitText text = texts.apply(step.unit());
      List<HoleRef> holes = new ArrayList<>();
      for (Node.Part part : step.line().parts()) {
        if (part instanceof Node.Hole hole) {
          holes.add(new HoleRef(hole, text.holeTypes().get(hole.index())));
        }
      }
      refs.add(holes);
      starts[i] = reader.atCommandStart();
      Continuations.Emitted here = new Continuations.Emitted(step.unit(), step.via(), step.line());
      Continuations.check(previous, here, reader.lineStart(), text, errors::add);
      previous = here;
      reader.line(step.line(), holes, false);
    }
    reader.end();
    List<List<HoleContext>> contexts = new ArrayList<>(path.size());
    for (List<HoleRef> holes : refs) {
      List<HoleContext> line = new ArrayList<>(holes.size());
      for (HoleRef ref : holes) {
        HoleContext context = places.get(ref);
        if (context == null && errors.isEmpty()) {
          throw new IllegalStateException("no context for the hole at " + ref.hole().span());
        }
        line.add(context);
      }
      contexts.add(line);
    }
    return new Reading(contexts, starts, List.copyOf(errors));
  }

  /**
   * A path by the identity of its lines, and by where its regions change: all the reading depends
   * on. A line belongs to one file, so its identity names the file too. A compile looks its path up
   * through a {@link View} of the lines it gave (nothing copied); a path is copied into a {@link
   * Key} only when it is remembered.
   */
  private abstract static class PathKey {
    abstract int size();

    abstract Node.TextLine line(int i);

    abstract boolean newRegion(int i);

    /** The hash every kind of key computes alike from the lines and region changes. */
    final int hash() {
      int h = 1;
      for (int i = 0; i < size(); i++) {
        h = Readings.hash(h, line(i), newRegion(i));
      }
      return h;
    }

    @Override
    public final boolean equals(Object other) {
      if (!(other instanceof PathKey k) || k.hashCode() != hashCode() || k.size() != size()) {
        return false;
      }
      for (int i = 0; i < size(); i++) {
        if (k.line(i) != line(i) || k.newRegion(i) != newRegion(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public abstract int hashCode();
  }

  /** The path a compile gave, looked up as it is. */
  private static final class View extends PathKey {
    private final List<Step> path;
    private final int hash;

    View(List<Step> path, int hash) {
      this.path = path;
      this.hash = hash;
    }

    @Override
    int size() {
      return path.size();
    }

    @Override
    Node.TextLine line(int i) {
      return path.get(i).line();
    }

    @Override
    boolean newRegion(int i) {
      return path.get(i).newRegion();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A remembered path: its lines and region changes, copied out of the compile that gave it. */
  private static final class Key extends PathKey {
    private final Node.TextLine[] lines;
    private final boolean[] newRegion;
    private final int hash;

    private Key(Node.TextLine[] lines, boolean[] newRegion) {
      this.lines = lines;
      this.newRegion = newRegion;
      this.hash = hash();
    }

    static Key of(List<Step> path) {
      Node.TextLine[] lines = new Node.TextLine[path.size()];
      boolean[] newRegion = new boolean[path.size()];
      for (int i = 0; i < lines.length; i++) {
        lines[i] = path.get(i).line();
        newRegion[i] = path.get(i).newRegion();
      }
      return new Key(lines, newRegion);
    }

    @Override
    int size() {
      return lines.length;
    }

    @Override
    Node.TextLine line(int i) {
      return lines[i];
    }

    @Override
    boolean newRegion(int i) {
      return newRegion[i];
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
