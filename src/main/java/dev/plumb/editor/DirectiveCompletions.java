package dev.plumb.editor;

import dev.plumb.ast.Fragment;
import dev.plumb.check.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;

/**
 * Completions that one directive's syntax decides, before the general ones of {@link Completions}:
 * the operation a {@code %template} or {@code %extends} names, the parameters of the fragment an
 * {@code %include} passes arguments to (positional, so offered as one snippet of the rest, each
 * parameter a placeholder), and after {@code AXIS ==} or {@code AXIS !=} that axis' values alone.
 */
final class DirectiveCompletions {
  private DirectiveCompletions() {}

  private static final Pattern OPERATION = Pattern.compile("^\\s*%(template|extends)\\s+[\\w-]*$");
  private static final Pattern ARGUMENTS =
      Pattern.compile("^\\s*%include\\s+([\\w-]+)\\s*\\(([^)]*)$");
  private static final Pattern AXIS_TEST =
      Pattern.compile("\\b([a-z][a-z0-9_]*)\\s*[!=]=\\s*\\w*$");

  /** The candidates at the end of {@code before}, or null when no directive decides them. */
  static List<CompletionItem> at(String before, Snapshot snapshot) {
    Declarations declarations = snapshot.model().declarations();
    if (OPERATION.matcher(before).matches()) {
      return declarations.operations().stream()
          .map(op -> Completions.item(op, CompletionItemKind.Event, "operation"))
          .toList();
    }
    Matcher test = AXIS_TEST.matcher(before);
    if (test.find() && declarations.axis(test.group(1)).isPresent()) {
      Declarations.Axis axis = declarations.axis(test.group(1)).get();
      return axis.values().stream()
          .map(v -> Completions.item(v, CompletionItemKind.EnumMember, "axis " + axis.name()))
          .toList();
    }
    Matcher arguments = ARGUMENTS.matcher(before);
    if (arguments.matches() && arguments.group(2).matches("(?:[^,]*,)*\\s*\\w*")) {
      Fragment fragment = snapshot.model().fragmentsByName().get(arguments.group(1));
      List<CompletionItem> items = new ArrayList<>();
      int given = arguments.group(2).length() - arguments.group(2).replace(",", "").length();
      if (fragment != null && given < fragment.params().size()) {
        items.add(parameters(fragment, given));
      }
      items.addAll(Completions.names(declarations));
      return items;
    }
    return null;
  }

  /** The parameters from {@code from} on as a snippet, {@code ${1:tap}, ${2:bridge})}. */
  private static CompletionItem parameters(Fragment fragment, int from) {
    List<Fragment.Param> rest = fragment.params().subList(from, fragment.params().size());
    List<String> shown = new ArrayList<>();
    List<String> snippet = new ArrayList<>();
    for (Fragment.Param p : rest) {
      shown.add(p.name() + ": " + p.type().span().text());
      snippet.add("${" + (snippet.size() + 1) + ":" + p.name() + "}");
    }
    CompletionItem item =
        Completions.item(
            String.join(", ", shown), CompletionItemKind.Snippet, fragment.header().text());
    item.setInsertText(String.join(", ", snippet) + ")");
    item.setInsertTextFormat(InsertTextFormat.Snippet);
    // before the names: what the fragment expects here is what the user looks for first
    item.setSortText("0");
    return item;
  }
}
