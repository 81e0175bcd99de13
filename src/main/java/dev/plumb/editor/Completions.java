package dev.plumb.editor;

import dev.plumb.check.Declarations;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * What may be typed at the cursor, read from the line as typed so far (a line being typed seldom
 * parses): what one directive decides ({@link DirectiveCompletions}), directives after {@code %},
 * fragment names after {@code %include}, axes and their values in a {@code when}, and in an
 * expression the variables (a segment at a time after a dot), a record's fields, the axes, their
 * values and the functions.
 */
final class Completions {
  private Completions() {}

  /** Each directive, and what it is. */
  static final Map<String, String> DIRECTIVES = directives();

  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*%([a-z]*)$");
  private static final Pattern INCLUDE = Pattern.compile("^\\s*%include\\s+[\\w-]*$");
  private static final Pattern WHEN =
      Pattern.compile("^\\s*%(template|extends)\\b.*\\bwhen\\b(.*)$");
  private static final Pattern AXIS_VALUE = Pattern.compile("([\\w-]+)\\s*=\\s*[\\w|\\s-]*$");
  private static final Pattern DOTTED = Pattern.compile("([A-Za-z_][\\w.\\[\\]0-9]*)\\.[\\w-]*$");
  private static final Pattern EXPRESSION =
      Pattern.compile("^\\s*%(if|elif|each|let|require|include)\\b");

  /** The candidates at the end of {@code before}, the text of the line before the cursor. */
  static List<CompletionItem> at(String before, Snapshot snapshot) {
    Declarations declarations = snapshot.model().declarations();
    List<CompletionItem> particular = DirectiveCompletions.at(before, snapshot);
    if (particular != null) {
      return particular;
    }
    if (DIRECTIVE.matcher(before).matches()) {
      List<CompletionItem> items = new ArrayList<>();
      DIRECTIVES.forEach((name, what) -> items.add(item(name, CompletionItemKind.Keyword, what)));
      return items;
    }
    if (INCLUDE.matcher(before).matches()) {
      List<CompletionItem> items = new ArrayList<>();
      snapshot
          .model()
          .fragmentsByName()
          .forEach(
              (name, f) -> items.add(item(name, CompletionItemKind.Module, f.header().text())));
      return items;
    }
    Matcher when = WHEN.matcher(before);
    if (when.matches()) {
      return selector(when.group(2), declarations);
    }
    if (!inExpression(before)) {
      return List.of();
    }
    Matcher dotted = DOTTED.matcher(before);
    if (dotted.find()) {
      return afterDot(dotted.group(1), declarations);
    }
    return names(declarations);
  }

  /** Inside an unclosed hole, or on a directive line that takes an expression. */
  private static boolean inExpression(String before) {
    return before.lastIndexOf("{{") > before.lastIndexOf("}}") || EXPRESSION.matcher(before).find();
  }

  private static List<CompletionItem> selector(String clause, Declarations declarations) {
    List<CompletionItem> items = new ArrayList<>();
    Matcher value = AXIS_VALUE.matcher(clause);
    if (value.find() && declarations.axis(value.group(1)).isPresent()) {
      Declarations.Axis axis = declarations.axis(value.group(1)).get();
      axis.values()
          .forEach(v -> items.add(item(v, CompletionItemKind.EnumMember, "axis " + axis.name())));
      return items;
    }
    declarations
        .axes()
        .forEach(
            a ->
                items.add(item(a.name(), CompletionItemKind.Enum, String.join(" | ", a.values()))));
    return items;
  }

  /**
   * After {@code prefix.}: the next segment of every variable under the prefix, or the fields of
   * the record the prefix is.
   */
  private static List<CompletionItem> afterDot(String prefix, Declarations declarations) {
    Map<String, CompletionItem> items = segments(prefix + ".", declarations);
    Type.RecordOf record = recordNamed(prefix, declarations);
    if (record != null) {
      record
          .fields()
          .forEach(
              (field, type) ->
                  items.putIfAbsent(field, item(field, CompletionItemKind.Field, type.display())));
    }
    return new ArrayList<>(items.values());
  }

  /**
   * The next segment of every variable or computed value whose name starts with {@code under}
   * (empty, or a prefix ending in a dot): the value itself when it is the last segment, else a
   * group of the names below it.
   */
  private static Map<String, CompletionItem> segments(String under, Declarations declarations) {
    Map<String, CompletionItem> items = new LinkedHashMap<>();
    for (String name : declarations.valueNames()) {
      if (name.startsWith(under)) {
        String rest = name.substring(under.length());
        int dot = rest.indexOf('.');
        String segment = dot < 0 ? rest : rest.substring(0, dot);
        items.putIfAbsent(
            segment,
            dot < 0
                ? value(segment, name, declarations)
                : item(segment, CompletionItemKind.Module, under + segment + ".…"));
      }
    }
    return items;
  }

  /** The record type of a variable written {@code a.b} or {@code a.b[0]}, or null. */
  private static Type.RecordOf recordNamed(String written, Declarations declarations) {
    String name = written.replaceAll("\\[[^\\]]*\\]", "");
    boolean element = !name.equals(written);
    Type type = declarations.valueType(name);
    if (element && type instanceof Type.ListOf list) {
      type = list.element();
    }
    while (type instanceof Type.OptionalOf optional) {
      type = optional.inner();
    }
    return type instanceof Type.RecordOf record ? record : null;
  }

  /** At the start of a name: first segments of variables, axes, their values, functions. */
  static List<CompletionItem> names(Declarations declarations) {
    Map<String, CompletionItem> items = segments("", declarations);
    for (Declarations.Axis axis : declarations.axes()) {
      items.putIfAbsent(
          axis.name(),
          item(axis.name(), CompletionItemKind.Enum, String.join(" | ", axis.values())));
      axis.values()
          .forEach(
              v ->
                  items.putIfAbsent(
                      v, item(v, CompletionItemKind.EnumMember, "axis " + axis.name())));
    }
    Functions.SIGNATURES.forEach(
        (name, signature) ->
            items.putIfAbsent(name, item(name, CompletionItemKind.Function, signature)));
    return new ArrayList<>(items.values());
  }

  private static CompletionItem value(String label, String name, Declarations declarations) {
    CompletionItem item =
        item(label, CompletionItemKind.Variable, declarations.valueType(name).display());
    Declarations.Variable variable = declarations.variables().get(name);
    String doc = variable != null ? variable.doc() : declarations.computed().get(name).doc();
    if (doc != null && !doc.isEmpty()) {
      item.setDocumentation(doc);
    }
    return item;
  }

  static CompletionItem item(String label, CompletionItemKind kind, String detail) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    return item;
  }

  private static Map<String, String> directives() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("if", "compile-time choice: %if e … %elif e … %else … %end");
    all.put("elif", "another branch of %if");
    all.put("else", "the branch of %if when no condition holds");
    all.put("end", "ends %if, %each or %block");
    all.put("each", "compile-time unrolling: %each x in e … %end");
    all.put("let", "a compile-time constant: %let x = e");
    all.put("require", "a precondition: %require e else \"message\"");
    all.put("block", "a region a child template may override: %block NAME … %end");
    all.put("super", "inside an overriding block: the parent's version");
    all.put("include", "emit a fragment: %include NAME(args)");
    all.put("unsupported", "the cell is deliberately unsupported: %unsupported \"reason\"");
    all.put("heredoc", "what the next here-document's body is: %heredoc shell | text");
    all.put("template", "the header of a template: %template OP [when …]");
    all.put("fragment", "the header of a fragment: %fragment NAME(p: T, …)");
    all.put("extends", "inherit from a parent: %extends OP [when …]");
    return all;
  }
}
