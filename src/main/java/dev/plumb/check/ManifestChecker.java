package dev.plumb.check;

import dev.plumb.ast.Manifest;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Twice;
import dev.plumb.source.Span;
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
    Map<String, Span> operations = new LinkedHashMap<>();
    for (Manifest.Operation op : m.operations()) {
      if (operations.putIfAbsent(op.name(), op.span()) != null) {
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
    Declarations declared =
        new Declarations(
            m.name(),
            m.doc(),
            axes,
            List.copyOf(operations.keySet()),
            records,
            variables(m, axisNames, records),
            Map.of(),
            List.of(),
            operations);
    return declared.with(computed(m, declared, axisNames), exclusions(m, declared));
  }

  /**
   * The pack's {@code let}s, in order: each is typed with the variables, the axes and the {@code
   * let}s above it, and a name is declared once among variables and {@code let}s.
   */
  private Map<String, Declarations.Computed> computed(
      Manifest m, Declarations declared, Set<String> axisNames) {
    Map<String, Declarations.Computed> computed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>(declared.variables().keySet());
    Map<String, List<String>> below = new HashMap<>();
    for (String name : declared.variables().keySet()) {
      for (String prefix : prefixes(name)) {
        below.computeIfAbsent(prefix, p -> new ArrayList<>()).add(name);
      }
    }
    for (Manifest.Let let : m.lets()) {
      Declarations sofar = declared.with(computed, List.of());
      ExprChecker exprs = new ExprChecker(sofar, new Scope(), Map.of(), errors);
      Type type = exprs.noSecret(let.value(), exprs.value(let.value()));
      if (type instanceof Type.ListOf l && l.element() instanceof Type.Invalid && errorsAt(let)) {
        type = new Type.Invalid();
      }
      if (!name(let.name(), let.span(), axisNames, taken, below, "let")) {
        continue;
      }
      computed.put(
          let.name(),
          new Declarations.Computed(let.name(), type, let.value(), let.doc(), let.span()));
    }
    return computed;
  }

  private boolean errorsAt(Manifest.Let let) {
    return errors.stream().anyMatch(d -> d.span().path().equals(let.span().path()));
  }

  /** The pack's {@code exclude}s, their axes and values checked as a template's {@code when}. */
  private List<Declarations.Exclusion> exclusions(Manifest m, Declarations declared) {
    List<Declarations.Exclusion> exclusions = new ArrayList<>();
    for (Manifest.Exclude exclude : m.excludes()) {
      Headers.selector(declared, exclude.cells(), errors);
      exclusions.add(new Declarations.Exclusion(exclude.cells(), exclude.reason(), exclude.span()));
    }
    return exclusions;
  }

  private Map<String, Declarations.Variable> variables(
      Manifest m, Set<String> axisNames, Map<String, Type.RecordOf> records) {
    TypeResolver resolver = new TypeResolver(records, errors);
    Map<String, Declarations.Variable> variables = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    Map<String, List<String>> below = new HashMap<>();
    for (Manifest.Var var : m.vars()) {
      Type type = resolver.resolve(var.type());
      if (!name(var.name(), var.span(), axisNames, taken, below, "variable")) {
        continue;
      }
      Value value =
          var.defaultValue() == null ? null : Constants.convert(var.defaultValue(), type, errors);
      variables.put(
          var.name(), new Declarations.Variable(var.name(), type, value, var.doc(), var.span()));
    }
    return variables;
  }

  /**
   * Whether a variable or {@code let} may take this name: not an axis's, not one taken, and neither
   * a dotted prefix of another name nor one with another name as its prefix (the P212s otherwise).
   */
  private boolean name(
      String name,
      Span span,
      Set<String> axisNames,
      Set<String> taken,
      Map<String, List<String>> below,
      String what) {
    String first = name.split("\\.")[0];
    if (axisNames.contains(first)) {
      errors.add(
          Diagnostic.error(
                  Code.P212,
                  span,
                  what + " '" + name + "' starts with the axis name '" + first + "'")
              .withHint(
                  "inside templates '" + first + "' is the axis; choose another first segment"));
      return false;
    }
    if (!taken.add(name)) {
      errors.add(Twice.declared(span, what, name));
      return false;
    }
    // by the dotted prefixes of each name, not by comparing every pair: a manifest may declare
    // any number of variables
    List<String> clashes = new ArrayList<>(below.getOrDefault(name, List.of()));
    for (String prefix : prefixes(name)) {
      if (taken.contains(prefix)) {
        clashes.add(prefix);
      }
      below.computeIfAbsent(prefix, p -> new ArrayList<>()).add(name);
    }
    if (!clashes.isEmpty()) {
      errors.add(
          Diagnostic.error(
              Code.P212,
              span,
              "'"
                  + name
                  + "' and '"
                  + clashes.get(0)
                  + "' cannot both be declared: one is a prefix of the other"));
      taken.remove(name);
      return false;
    }
    return true;
  }

  /** {@code a.b.c} → {@code a}, {@code a.b}. */
  private static List<String> prefixes(String name) {
    List<String> prefixes = new ArrayList<>();
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      prefixes.add(name.substring(0, dot));
    }
    return prefixes;
  }

  private void duplicates(List<String> words, Span span, String what) {
    Set<String> seen = new HashSet<>();
    for (String word : words) {
      if (!seen.add(word)) {
        errors.add(Diagnostic.error(Code.P212, span, what + " '" + word + "' is listed twice"));
      }
    }
  }
}
