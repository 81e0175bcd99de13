package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Types expressions against the pack's declarations and the names in scope. {@link #infer} says
 * what an expression is; {@link #value} also insists it is a usable value (not a bare word, a
 * namespace or an unnarrowed optional); {@link #expect} checks it against a type, which is how a
 * bare enum word gets its meaning.
 */
final class ExprChecker implements Expr.Visitor<Type> {
  /**
   * Lists may nest this deep, as expressions may: each {@code %let} of a chain can wrap the
   * previous one in {@code [ ]}, and types nested without end overflow the stack.
   */
  static final int MAX_LIST_DEPTH = 48;

  private final Declarations declarations;

  /** Every proper dotted prefix of a value's name ({@code vm} of {@code vm.disks}), made once. */
  private Set<String> namespaces;

  private final Scope scope;
  private final List<Diagnostic> errors;
  private final Builtins builtins = new Builtins(this);

  /**
   * The type of each expression already inferred (it has one place, so one type): checking infers
   * some parts again, a list's elements against the list's element type, the first argument of
   * {@code default()} on an error, and without this the work would double with every level of
   * nesting.
   */
  private final Map<Expr, Type> inferred = new IdentityHashMap<>();

  /** Where each {@code %let} name of the pack is first bound: for the hint of one out of scope. */
  private final Map<String, Span> lets;

  ExprChecker(
      Declarations declarations, Scope scope, Map<String, Span> lets, List<Diagnostic> errors) {
    this.declarations = declarations;
    this.scope = scope;
    this.lets = lets;
    this.errors = errors;
  }

  Type infer(Expr e) {
    Type known = inferred.get(e);
    if (known == null) {
      known = e.accept(this);
      inferred.put(e, known);
    }
    return known;
  }

  /** The expression's type, reporting it when it is not a value one can compute with. */
  Type value(Expr e) {
    return usable(e, infer(e));
  }

  Type usable(Expr e, Type type) {
    if (type instanceof Type.Word w) {
      return unknownName(w.word(), e.span());
    }
    if (type instanceof Type.Namespace n) {
      return unknownVariable(n.prefix(), e.span());
    }
    if (type instanceof Type.OptionalOf o) {
      String path = Expr.dotted(e);
      String shown = path != null ? path : "this value";
      report(
          Diagnostic.error(Code.P207, e.span(), "'" + shown + "' is optional (" + o.display() + ")")
              .withHint(
                  path != null
                      ? "use it inside '%if present("
                          + path
                          + ")', or write default("
                          + path
                          + ", …)"
                      : "test it with present(…) or give a fallback with default(…, …)"));
      return new Type.Invalid();
    }
    if (type instanceof Type.EmptyList) {
      return new Type.ListOf(new Type.Invalid());
    }
    if (type instanceof Type.ListOf l && l.element() instanceof Type.Word w) {
      // `[freebsd, linux]` means something only after `in`, next to an enum
      usable(e instanceof Expr.ListLit list ? list.elements().get(0) : e, w);
      return new Type.Invalid();
    }
    return type;
  }

  /** Checks {@code e} where a value of {@code expected} is wanted. */
  void expect(Expr e, Type expected) {
    Type want = expected instanceof Type.OptionalOf o ? o.inner() : expected;
    if (e instanceof Expr.RecordLit record && want instanceof Type.RecordOf r) {
      // only here does a record literal have a type to be checked against
      checkRecord(record, r);
      return;
    }
    Type got = infer(e);
    if (got instanceof Type.Word w && want instanceof Type.EnumOf en) {
      if (!en.words().contains(w.word())) {
        notInEnum(w.word(), en, e.span());
      }
      return;
    }
    if (e instanceof Expr.ListLit list && want instanceof Type.ListOf l) {
      for (Expr element : list.elements()) {
        expect(element, l.element());
      }
      return;
    }
    if (e instanceof Expr.Text text
        && want instanceof Type.Scalar s
        && s.isText()
        && s.kind() != Type.Kind.STRING) {
      literal(text, s);
      return;
    }
    Type actual =
        expected instanceof Type.OptionalOf && got instanceof Type.OptionalOf
            ? got
            : usable(e, got);
    if (!Type.assignable(actual, expected)) {
      Type.EnumOf en = Unquote.enumOf(expected);
      report(
          Diagnostic.error(
                  Code.P204,
                  e.span(),
                  "expected " + expected.display() + ", got " + actual.display())
              .withHint(
                  e instanceof Expr.Text text && en != null
                      ? Unquote.hint(e, List.of(text), en)
                      : null));
    }
  }

  /** A string literal given where a path, name, mac or ipv4 is wanted must be a valid one. */
  private void literal(Expr.Text text, Type.Scalar type) {
    List<Diagnostic> problems = new ArrayList<>();
    Constants.convert(text, type, problems);
    if (problems.isEmpty()
        && type.kind() == Type.Kind.MAC
        && !text.value().equals(text.value().toLowerCase(Locale.ROOT))) {
      // values are written in lower case; a literal is written as it stands, so it must be
      report(
          Diagnostic.error(Code.P204, text.span(), "a mac address literal is written in lower case")
              .withHint("write \"" + text.value().toLowerCase(Locale.ROOT) + "\""));
      return;
    }
    if (!problems.isEmpty()) {
      Diagnostic first = problems.get(0);
      report(
          Diagnostic.error(Code.P204, text.span(), first.message().replaceFirst("^default ", ""))
              .withHint(first.hint()));
    }
  }

  /** Secrets are only known when the script runs: no computing with them (P217). */
  Type noSecret(Expr e, Type type) {
    if (type instanceof Type.Scalar s && s.kind() == Type.Kind.SECRET) {
      report(
          Diagnostic.error(Code.P217, e.span(), "a secret is not known at compile time")
              .withHint("write it into the script with a hole; the script reads it when it runs"));
      return new Type.Invalid();
    }
    return type;
  }

  void checkBool(Expr e, Code code, String what) {
    Type t = noSecret(e, value(e));
    if (!Type.assignable(t, Type.Scalar.BOOL)) {
      report(Diagnostic.error(code, e.span(), what + " must be a bool, got " + t.display()));
    }
  }

  // ------------------------------------------------------------------ literals

  @Override
  public Type visitText(Expr.Text e) {
    return Type.Scalar.STRING;
  }

  @Override
  public Type visitInt(Expr.IntLit e) {
    return Type.Scalar.INT;
  }

  @Override
  public Type visitSize(Expr.SizeLit e) {
    return Type.Scalar.SIZE;
  }

  @Override
  public Type visitBool(Expr.BoolLit e) {
    return Type.Scalar.BOOL;
  }

  @Override
  public Type visitList(Expr.ListLit e) {
    Type element = null;
    for (Expr item : e.elements()) {
      Type t = infer(item);
      if (!(t instanceof Type.Word)) {
        element = usable(item, t);
        break;
      }
    }
    if (element == null) {
      if (e.elements().isEmpty()) {
        return new Type.EmptyList();
      }
      // only bare words: the list's enum comes from the context (`host in [linux, macos]`)
      return new Type.ListOf(infer(e.elements().get(0)));
    }
    for (Expr item : e.elements()) {
      expect(item, element);
    }
    int depth = 1;
    Type innermost = element;
    for (; innermost instanceof Type.ListOf inner; innermost = inner.element()) {
      depth++;
    }
    if (depth > MAX_LIST_DEPTH && innermost instanceof Type.Invalid) {
      return innermost;
    }
    if (depth > MAX_LIST_DEPTH) {
      report(
          Diagnostic.error(
                  Code.P110, e.span(), "lists are nested more than " + MAX_LIST_DEPTH + " deep")
              .withHint("a chain of '%let's each wrapping the last in [ ] is the usual cause"));
      return new Type.Invalid();
    }
    return new Type.ListOf(element);
  }

  @Override
  public Type visitRecord(Expr.RecordLit e) {
    report(
        Diagnostic.error(Code.P204, e.span(), "a record literal needs a declared record type here")
            .withHint("record literals can be given to fragment parameters and defaults"));
    return new Type.Invalid();
  }

  private void checkRecord(Expr.RecordLit literal, Type.RecordOf type) {
    Set<String> seen = new LinkedHashSet<>();
    for (Expr.FieldInit field : literal.fields()) {
      Type fieldType = type.fields().get(field.name());
      if (fieldType == null) {
        report(
            Diagnostic.error(
                    Code.P210, field.span(), type.name() + " has no field '" + field.name() + "'")
                .withHint(Suggest.hint(field.name(), type.fields().keySet())));
      } else if (!seen.add(field.name())) {
        report(
            Diagnostic.error(Code.P212, field.span(), "field '" + field.name() + "' given twice"));
      } else {
        expect(field.value(), fieldType);
      }
    }
    for (var declared : type.fields().entrySet()) {
      if (!seen.contains(declared.getKey()) && !(declared.getValue() instanceof Type.OptionalOf)) {
        report(
            Diagnostic.error(
                Code.P204,
                literal.span(),
                "the " + type.name() + " record lacks its field '" + declared.getKey() + "'"));
      }
    }
  }

  // ------------------------------------------------------------------ names

  @Override
  public Type visitName(Expr.Name e) {
    Type bound = scope.lookup(e.name());
    if (bound != null) {
      return narrowed(e.name(), bound);
    }
    var axis = declarations.axis(e.name());
    if (axis.isPresent()) {
      return axis.get().type();
    }
    return variableOrPrefix(e.name(), null);
  }

  @Override
  public Type visitField(Expr.Field e) {
    Type target = infer(e.target());
    if (target instanceof Type.Namespace n) {
      Type t = variableOrPrefix(n.prefix() + "." + e.name(), e.span());
      return t instanceof Type.Word ? new Type.Invalid() : t;
    }
    target = usable(e.target(), target);
    if (target instanceof Type.RecordOf r) {
      Type field = r.fields().get(e.name());
      if (field == null) {
        report(
            Diagnostic.error(Code.P210, e.span(), r.name() + " has no field '" + e.name() + "'")
                .withHint(Suggest.hint(e.name(), r.fields().keySet())));
        return new Type.Invalid();
      }
      return narrowed(Expr.dotted(e), field);
    }
    if (!(target instanceof Type.Invalid)) {
      report(
          Diagnostic.error(
              Code.P204, e.span(), "'." + e.name() + "' needs a record, got " + target.display()));
    }
    return new Type.Invalid();
  }

  /**
   * A declared variable named {@code name}, or a namespace when it is the start of longer names.
   * Otherwise a bare word, or (with {@code span}: a dotted name) an unknown variable.
   */
  private Type variableOrPrefix(String name, Span span) {
    Type type = declarations.valueType(name);
    if (type != null) {
      return narrowed(name, type);
    }
    if (namespaces().contains(name)) {
      return new Type.Namespace(name);
    }
    if (span != null) {
      return unknownVariable(name, span);
    }
    return new Type.Word(name);
  }

  /** The names that are a namespace of values: a name then '.' starts a value's name. */
  Set<String> namespaces() {
    if (namespaces == null) {
      Set<String> prefixes = new HashSet<>();
      for (String declared : declarations.valueNames()) {
        for (int dot = declared.indexOf('.'); dot > 0; dot = declared.indexOf('.', dot + 1)) {
          prefixes.add(declared.substring(0, dot));
        }
      }
      namespaces = prefixes;
    }
    return namespaces;
  }

  private Type narrowed(String path, Type type) {
    if (type instanceof Type.OptionalOf o && path != null && scope.isNarrowed(path)) {
      return o.inner();
    }
    return type;
  }

  Type unknownVariable(String name, Span span) {
    report(
        Diagnostic.error(Code.P201, span, "unknown variable '" + name + "'")
            .withHint(Suggest.hint(name, declarations.valueNames())));
    return new Type.Invalid();
  }

  Type unknownName(String name, Span span) {
    Set<String> known = new LinkedHashSet<>(scope.names());
    declarations.axes().forEach(a -> known.add(a.name()));
    known.addAll(declarations.valueNames());
    String hint = Suggest.hint(name, known);
    String owner = hint == null ? enumOf(name) : null;
    if (owner != null) {
      report(
          Diagnostic.error(
                  Code.P211, span, "the bare word '" + name + "' has no enum to belong to here")
              .withHint(
                  "compare it with an enum ("
                      + owner
                      + " == "
                      + name
                      + "), or write a string \""
                      + name
                      + "\""));
    } else {
      report(
          Diagnostic.error(Code.P201, span, "unknown name '" + name + "'")
              .withHint(outOfScope(name, hint)));
    }
    return new Type.Invalid();
  }

  /**
   * The hint for an unknown name: where it is a {@code %let} out of scope here, where it is
   * visible; else the nearest names, or that none is near.
   */
  private String outOfScope(String name, String nearest) {
    Span let = lets.get(name);
    if (let != null) {
      return "'"
          + name
          + "' is a %let at "
          + let.location()
          + ", visible only to the end of its block in that file (a child template does not see"
          + " its parent's); to share it, declare 'let "
          + name
          + " = …' in pack.plumb";
    }
    return nearest != null ? nearest : "no variable, axis, '%let' or '%each' has this name";
  }

  /** The axis or enum-typed variable that has {@code word} among its values, or null. */
  private String enumOf(String word) {
    for (Declarations.Axis axis : declarations.axes()) {
      if (axis.values().contains(word)) {
        return axis.name();
      }
    }
    for (Declarations.Variable v : declarations.variables().values()) {
      Type t = v.type() instanceof Type.OptionalOf o ? o.inner() : v.type();
      if (t instanceof Type.EnumOf e && e.words().contains(word)) {
        return v.name();
      }
    }
    return null;
  }

  void notInEnum(String word, Type.EnumOf en, Span span) {
    String hint = Suggest.hint(word, en.words());
    report(
        Diagnostic.error(Code.P209, span, "'" + word + "' is not a value of " + en.display())
            .withHint(hint != null ? hint : "the values are " + String.join(", ", en.words())));
  }

  // ------------------------------------------------------------------ the rest

  @Override
  public Type visitIndex(Expr.Index e) {
    Type target = value(e.target());
    expect(e.index(), Type.Scalar.INT);
    if (target instanceof Type.ListOf l) {
      return l.element();
    }
    if (!(target instanceof Type.Invalid)) {
      report(
          Diagnostic.error(
              Code.P204, e.target().span(), "only lists can be indexed, not " + target.display()));
    }
    return new Type.Invalid();
  }

  @Override
  public Type visitCall(Expr.Call e) {
    return builtins.check(e);
  }

  @Override
  public Type visitUnary(Expr.Unary e) {
    if (e.op() == Expr.UnaryOp.NOT) {
      checkBool(e.operand(), Code.P204, "the operand of 'not'");
      return Type.Scalar.BOOL;
    }
    expect(e.operand(), Type.Scalar.INT);
    return Type.Scalar.INT;
  }

  @Override
  public Type visitBinary(Expr.Binary e) {
    return new Operators(this).check(e);
  }

  void report(Diagnostic d) {
    errors.add(d);
  }

  List<Diagnostic> errors() {
    return new ArrayList<>(errors);
  }

  Scope scope() {
    return scope;
  }
}
