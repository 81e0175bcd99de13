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

  /** A line of a path: the line and its region (the include and block sites that led to it). */
  record Step(Unit unit, Node.TextLine line, List<HoleRef> refs, List<Via> via) {}

  /**
   * What reading a path found: each line's hole places in order, whether it starts a command, and
   * the errors of the reading.
   */
  record Reading(
      List<List<HoleContext>> contexts, boolean[] startsCommand, List<Diagnostic> errors) {}

  private final Map<Key, Reading> known = new ConcurrentHashMap<>();

  /** The reading of {@code path}, remembered or read now. */
  Reading of(List<Step> path, Function<Unit, UnitText> texts) {
    if (path.size() > MAX_LINES) {
      return read(path, texts);
    }
    Key key = Key.of(path);
    Reading reading = known.get(key);
    if (reading == null) {
      reading = read(path, texts);
      if (known.size() < MAX_PATHS) {
        known.putIfAbsent(key, reading);
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
    Continuations.Emitted previous = null;
    for (int i = 0; i < path.size(); i++) {
      Step step = path.get(i);
      starts[i] = reader.atCommandStart();
      Continuations.Emitted here = new Continuations.Emitted(step.unit(), step.via(), step.line());
      Continuations.check(
          previous, here, reader.lineStart(), texts.apply(step.unit()), errors::add);
      previous = here;
      reader.line(step.line(), step.refs(), false);
    }
    reader.end();
    List<List<HoleContext>> contexts = new ArrayList<>(path.size());
    for (Step step : path) {
      List<HoleContext> line = new ArrayList<>(step.refs().size());
      for (HoleRef ref : step.refs()) {
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
   * on. A line belongs to one file, so its identity names the file too.
   */
  private static final class Key {
    private final Node.TextLine[] lines;
    private final boolean[] newRegion;
    private final int hash;

    private Key(Node.TextLine[] lines, boolean[] newRegion) {
      this.lines = lines;
      this.newRegion = newRegion;
      int h = 1;
      for (int i = 0; i < lines.length; i++) {
        h = 31 * h + System.identityHashCode(lines[i]);
        h = 31 * h + (newRegion[i] ? 1 : 0);
      }
      this.hash = h;
    }

    static Key of(List<Step> path) {
      Node.TextLine[] lines = new Node.TextLine[path.size()];
      boolean[] newRegion = new boolean[path.size()];
      Step previous = null;
      for (int i = 0; i < lines.length; i++) {
        Step step = path.get(i);
        lines[i] = step.line();
        newRegion[i] =
            previous == null
                || previous.unit() != step.unit()
                || (previous.via() != step.via() && !previous.via().equals(step.via()));
        previous = step;
      }
      return new Key(lines, newRegion);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Key k) || k.hash != hash || k.lines.length != lines.length) {
        return false;
      }
      for (int i = 0; i < lines.length; i++) {
        if (k.lines[i] != lines[i] || k.newRegion[i] != newRegion[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
