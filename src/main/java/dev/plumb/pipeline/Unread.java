package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a pack that could not be read without error, which loading reports once, at their
 * own errors: a child of such a template, an include of such a fragment and what lint says of the
 * declarations such a file would use follow from those errors and are not reported again.
 *
 * @param partial the units read in part (their blocks matched, at least): what each is, and what it
 *     uses
 * @param whole every file was read at least in part; when false, some file is not known at all
 */
public record Unread(List<Unit> partial, boolean whole) {
  public Unread {
    partial = List.copyOf(partial);
  }

  /** Nothing unread: every file of the pack was read without error. */
  public static final Unread NONE = new Unread(List.of(), true);

  public List<Template> templates() {
    return partial.stream().filter(Template.class::isInstance).map(Template.class::cast).toList();
  }

  public Set<String> fragmentNames() {
    Set<String> names = new LinkedHashSet<>();
    partial.stream()
        .filter(Fragment.class::isInstance)
        .forEach(f -> names.add(((Fragment) f).name()));
    return names;
  }
}
