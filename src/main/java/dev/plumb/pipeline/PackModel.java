package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.check.Declarations;
import dev.plumb.check.shell.UnitText;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a loaded pack keeps: its declarations, its checked templates and fragments, each
 * body's text as path readings need it, and each template's inheritance chain. Immutable once
 * built.
 *
 * @param byOperation the templates of each operation, in pack order: resolving a cell asks for
 *     them, and a pack may have thousands of operations
 * @param unread the files read only in part, or not at all, when loading found errors
 */
public record PackModel(
    Declarations declarations,
    List<Template> templates,
    List<Fragment> fragments,
    Map<Unit, UnitText> texts,
    Map<Template, List<Template>> chains,
    Map<String, String> relativePaths,
    Map<String, List<Template>> byOperation,
    Unread unread) {

  public PackModel {
    templates = List.copyOf(templates);
    fragments = List.copyOf(fragments);
    texts = Collections.unmodifiableMap(new IdentityHashMap<>(texts));
    chains = Collections.unmodifiableMap(new IdentityHashMap<>(chains));
    relativePaths = Map.copyOf(relativePaths);
    byOperation = Map.copyOf(byOperation);
  }

  PackModel(
      Declarations declarations,
      List<Template> templates,
      List<Fragment> fragments,
      Map<Unit, UnitText> texts,
      Map<Template, List<Template>> chains,
      Map<String, String> relativePaths,
      Unread unread) {
    this(
        declarations,
        templates,
        fragments,
        texts,
        chains,
        relativePaths,
        templates.stream()
            .collect(
                Collectors.groupingBy(
                    Template::operation,
                    Collectors.collectingAndThen(Collectors.toList(), List::copyOf))),
        unread);
  }

  public List<Template> templatesOf(String operation) {
    return byOperation.getOrDefault(operation, List.of());
  }

  /** The template and its ancestors, child first. */
  public List<Template> chain(Template template) {
    return chains.getOrDefault(template, List.of(template));
  }

  public Map<String, Fragment> fragmentsByName() {
    Map<String, Fragment> byName = new LinkedHashMap<>();
    fragments.forEach(f -> byName.putIfAbsent(f.name(), f));
    return byName;
  }

  /** A file's path relative to the pack, as the script's provenance comments show it. */
  public String relative(Unit unit) {
    return relativePaths.getOrDefault(unit.file().path(), unit.file().path());
  }
}
