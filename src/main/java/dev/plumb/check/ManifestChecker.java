package dev.plumb.check;

import dev.plumb.ast.Manifest;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Twice;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the manifest and resolves it into {@link Declarations}. */
public final class ManifestChecker {
  private final List<Diagnostic> errors = new ArrayList<>();

  public static Checked<Declarations> check(Manifest manifest) {
    ManifestChecker checker = new ManifestChecker();
    Declarations declarations = checker.declarations(manifest);
    return new Checked<>(declarations, checker.errors);
  }

  private Declarations declarations(Manifest m) {
    List<Declarations.Axis> axes = new ArrayList<>();
    Set<String> axisNames = new HashSet<>();
    for (Manifest.Axis axis : m.axes()) {
      if (!axisNames.add(axis.name())) {
        errors.add(Twice.declared(axis.span(), "axis", axis.name()));
        continue;
      }
      duplicates(axis.values(), axis.span(), "value");
      axes.add(
          new Declarations.Axis(
              axis.name(), List.copyOf(new LinkedHashSet<>(axis.values())), axis.span()));
    }
    Set<String> operations = new LinkedHashSet<>();
    for (Manifest.Operation op : m.operations()) {
      if (!operations.add(op.name())) {
        errors.add(Twice.declared(op.span(), "operation", op.name()));
      }
    }
    Map<String, Type.RecordOf> records = new LinkedHashMap<>();
    for (Manifest.RecordDecl decl : m.types()) {
      TypeResolver resolver = new TypeResolver(records, errors);
      Map<String, Type> fields = new LinkedHashMap<>();
      for (Manifest.FieldDecl field : decl.fields()) {
        if (fields.put(field.name(), resolver.resolve(field.type())) != null) {
          errors.add(Twice.declared(field.span(), "field", field.name()));
        }
      }
      if (records.containsKey(decl.name())) {
        errors.add(Twice.declared(decl.span(), "type", decl.name()));
      }
      records.put(decl.name(), new Type.RecordOf(decl.name(), fields));
    }
    return new Declarations(
        m.name(),
        m.doc(),
        axes,
        List.copyOf(operations),
        records,
        variables(m, axisNames, records));
  }

  private Map<String, Declarations.Variable> variables(
      Manifest m, Set<String> axisNames, Map<String, Type.RecordOf> records) {
    TypeResolver resolver = new TypeResolver(records, errors);
    Map<String, Declarations.Variable> variables = new LinkedHashMap<>();
    Map<String, List<String>> below = new HashMap<>();
    for (Manifest.Var var : m.vars()) {
      String first = var.name().split("\\.")[0];
      if (axisNames.contains(first)) {
        errors.add(
            Diagnostic.error(
                    Code.P212,
                    var.span(),
                    "variable '" + var.name() + "' starts with the axis name '" + first + "'")
                .withHint(
                    "inside templates '" + first + "' is the axis; choose another first segment"));
        continue;
      }
      Type type = resolver.resolve(var.type());
      Value value =
          var.defaultValue() == null ? null : Constants.convert(var.defaultValue(), type, errors);
      if (variables.containsKey(var.name())) {
        errors.add(Twice.declared(var.span(), "variable", var.name()));
        continue;
      }
      // by the dotted prefixes of each name, not by comparing every pair: a manifest may declare
      // any number of variables
      List<String> clashes = new ArrayList<>(below.getOrDefault(var.name(), List.of()));
      for (String prefix : prefixes(var.name())) {
        if (variables.containsKey(prefix)) {
          clashes.add(prefix);
        }
        below.computeIfAbsent(prefix, p -> new ArrayList<>()).add(var.name());
      }
      for (String other : clashes) {
        errors.add(
            Diagnostic.error(
                Code.P212,
                var.span(),
                "'"
                    + var.name()
                    + "' and '"
                    + other
                    + "' cannot both be variables: one is a prefix of the other"));
      }
      variables.put(
          var.name(), new Declarations.Variable(var.name(), type, value, var.doc(), var.span()));
    }
    return variables;
  }

  /** {@code a.b.c} → {@code a}, {@code a.b}. */
  private static List<String> prefixes(String name) {
    List<String> prefixes = new ArrayList<>();
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      prefixes.add(name.substring(0, dot));
    }
    return prefixes;
  }

  private void duplicates(List<String> words, dev.plumb.source.Span span, String what) {
    Set<String> seen = new HashSet<>();
    for (String word : words) {
      if (!seen.add(word)) {
        errors.add(Diagnostic.error(Code.P212, span, what + " '" + word + "' is listed twice"));
      }
    }
  }
}
