package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files each operation's compiles read, as the loader found them in a whole pack: the templates
 * of the operation, their ancestors, and every fragment those include, at any depth. Loading only
 * these files for the operation gives it the very templates, chains and fragments the whole pack
 * gives it.
 *
 * @param files by operation, the files' paths relative to the pack, sorted
 */
public record PackIndex(Map<String, List<String>> files) {
  public PackIndex {
    files = Map.copyOf(files);
  }

  /** The index of a pack loaded whole. */
  static PackIndex of(PackModel model) {
    Map<String, Fragment> fragments = model.fragmentsByName();
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (String operation : model.declarations().operations()) {
      TreeSet<String> read = new TreeSet<>();
      Deque<Unit> pending = new ArrayDeque<>();
      for (Template template : model.templatesOf(operation)) {
        pending.addAll(model.chain(template));
      }
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
      files.put(operation, List.copyOf(read));
    }
    return new PackIndex(files);
  }

  /** The files {@code operation} reads, or null for an operation the pack does not declare. */
  public List<String> of(String operation) {
    return files.get(operation);
  }
}
