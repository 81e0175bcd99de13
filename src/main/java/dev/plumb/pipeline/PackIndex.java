package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files compiles read, as the loader found them in a whole pack. For each operation: its
 * templates, their ancestors, and every fragment those include, at any depth; loading only these
 * files gives the operation the very templates, chains and fragments the whole pack gives it. For
 * each operation in each cell it serves (in packs of at most {@link #MAX_CELLS} operations ×
 * cells): the serving chain and what it includes, since a cell's template is decided by the axes
 * alone and the chain is the only candidate that can win among these files.
 *
 * @param files by operation, the files' paths relative to the pack, sorted
 * @param cells by {@link #key(String, Map)} of an operation and a cell it serves, the files
 */
public record PackIndex(Map<String, List<String>> files, Map<String, List<String>> cells) {
  /** Past this many operations × cells, an index keeps only each operation's files. */
  static final int MAX_CELLS = 4096;

  public PackIndex {
    files = Map.copyOf(files);
    cells = Map.copyOf(cells);
  }

  /** The index of a pack loaded whole. */
  static PackIndex of(PackModel model) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    Map<String, List<String>> cells = new LinkedHashMap<>();
    List<String> operations = model.declarations().operations();
    List<Point> points =
        Cells.count(model.declarations().axes())
                    .multiply(BigInteger.valueOf(operations.size()))
                    .compareTo(BigInteger.valueOf(MAX_CELLS))
                <= 0
            ? Cells.all(model.declarations().axes())
            : List.of();
    for (String operation : operations) {
      List<Template> templates = model.templatesOf(operation);
      files.put(
          operation,
          read(model, templates.stream().flatMap(t -> model.chain(t).stream()).toList()));
      for (Point cell : points) {
        if (model.declarations().excluding(cell) == null
            && Resolver.resolve(templates, cell) instanceof Resolution.Chosen chosen) {
          cells.put(key(operation, cell.values()), read(model, model.chain(chosen.template())));
        }
      }
    }
    return new PackIndex(files, cells);
  }

  /** The units given and every fragment they include, at any depth: their paths, sorted. */
  private static List<String> read(PackModel model, Collection<? extends Unit> roots) {
    Map<String, Fragment> fragments = model.fragmentsByName();
    TreeSet<String> read = new TreeSet<>();
    Deque<Unit> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      Unit unit = pending.pop();
      if (!read.add(model.relative(unit))) {
        continue;
      }
      for (Node node : Walk.statements(unit.body())) {
        if (node instanceof Node.Include include && fragments.get(include.fragment()) != null) {
          pending.push(fragments.get(include.fragment()));
        }
      }
    }
    return List.copyOf(read);
  }

  /** The files {@code operation} reads, or null for an operation the pack does not declare. */
  public List<String> of(String operation) {
    return files.get(operation);
  }

  /**
   * The files {@code operation} reads in {@code cell}: the cell's own when the index has them, else
   * the operation's; null for an operation the pack does not declare.
   */
  public List<String> of(String operation, Map<String, String> cell) {
    List<String> own = cell == null ? null : cells.get(key(operation, cell));
    return own != null ? own : of(operation);
  }

  /**
   * An operation and a cell as one word: {@code start host=freebsd hypervisor=bhyve}, the axes
   * sorted by name, so that a cell given in any order finds its files.
   */
  static String key(String operation, Map<String, String> cell) {
    StringBuilder key = new StringBuilder(operation);
    new TreeMap<>(cell)
        .forEach((axis, value) -> key.append(' ').append(axis).append('=').append(value));
    return key.toString();
  }
}
