package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type-checks the statements of one template or fragment body, and records the type of every hole
 * for the shell checker and the emitter.
 */
final class BodyChecker implements Node.Visitor<Void> {
  private final Declarations declarations;
  private final Map<String, FragmentSignature> fragments;
  private final Set<String> unreadFragments;
  private final Scope scope = new Scope();
  private final ExprChecker exprs;
  private final List<Diagnostic> errors;
  private final Map<Integer, Type> holeTypes = new HashMap<>();

  BodyChecker(
      Declarations declarations,
      Map<String, FragmentSignature> fragments,
      Map<String, Span> lets,
      Set<String> unreadFragments,
      List<Diagnostic> errors) {
    this.declarations = declarations;
    this.fragments = fragments;
    this.unreadFragments = unreadFragments;
    this.errors = errors;
    this.exprs = new ExprChecker(declarations, scope, lets, errors);
  }

  Map<Integer, Type> holeTypes() {
    return holeTypes;
  }

  void bindParameters(FragmentSignature signature) {
    List<Fragment.Param> params = signature.fragment().params();
    for (int i = 0; i < params.size(); i++) {
      bind(params.get(i).name(), signature.params().get(i), params.get(i).span());
    }
  }

  void body(List<Node> nodes) {
    for (Node node : nodes) {
      node.accept(this);
    }
  }

  private void block(List<Node> nodes) {
    scope.enter();
    body(nodes);
    scope.exit();
  }

  @Override
  public Void visitText(Node.TextLine n) {
    for (Node.Part part : n.parts()) {
      if (part instanceof Node.Hole hole) {
        holeTypes.put(hole.index(), emittable(hole.expr()));
      }
    }
    return null;
  }

  /** The type of a hole's value, reporting values that cannot be written into a script. */
  private Type emittable(Expr e) {
    Type t = exprs.value(e);
    Type element = t instanceof Type.ListOf l ? l.element() : t;
    if (element instanceof Type.RecordOf r) {
      String field = r.fields().keySet().iterator().next();
      errors.add(
          Diagnostic.error(
                  Code.P208,
                  e.span(),
                  "a record (" + r.name() + ") cannot be written into the script")
              .withHint("pick a field, such as ." + field));
      return new Type.Invalid();
    }
    if (t instanceof Type.ListOf
        && (element instanceof Type.ListOf || element instanceof Type.OptionalOf)) {
      errors.add(
          Diagnostic.error(
              Code.P208, e.span(), "a " + t.display() + " cannot be written into the script"));
      return new Type.Invalid();
    }
    return t;
  }

  @Override
  public Void visitIf(Node.If n) {
    for (Node.Branch branch : n.branches()) {
      exprs.checkBool(branch.condition(), Code.P205, "the condition of '%if'");
      scope.enter();
      Narrowing.apply(branch.condition(), scope);
      body(branch.body());
      scope.exit();
    }
    if (n.otherwise() != null) {
      block(n.otherwise());
    }
    return null;
  }

  @Override
  public Void visitEach(Node.Each n) {
    Type list = exprs.value(n.list());
    Type element = new Type.Invalid();
    if (list instanceof Type.ListOf l) {
      element = l.element();
    } else if (!(list instanceof Type.Invalid)) {
      errors.add(
          Diagnostic.error(
              Code.P206, n.list().span(), "'%each' needs a list, got " + list.display()));
    }
    scope.enter();
    bind(n.item(), element, n.span());
    if (n.index() != null) {
      bind(n.index(), Type.Scalar.INT, n.span());
    }
    body(n.body());
    scope.exit();
    return null;
  }

  @Override
  public Void visitLet(Node.Let n) {
    Type t = exprs.infer(n.value());
    // an optional may be bound as it is and tested later with present(…)
    Type bound = t instanceof Type.OptionalOf ? t : exprs.usable(n.value(), t);
    bind(n.name(), bound, n.span());
    return null;
  }

  private void bind(String name, Type type, dev.plumb.source.Span span) {
    boolean clash =
        declarations.axis(name).isPresent()
            || declarations.valueType(name) != null
            || exprs.namespaces().contains(name);
    if (clash) {
      errors.add(
          Diagnostic.error(
                  Code.P212, span, "'" + name + "' is already the name of an axis, variable or let")
              .withHint("choose another name"));
    } else if (!scope.bind(name, type)) {
      errors.add(
          Diagnostic.error(Code.P212, span, "'" + name + "' is already defined in this block"));
    }
  }

  @Override
  public Void visitRequire(Node.Require n) {
    exprs.checkBool(n.condition(), Code.P205, "the condition of '%require'");
    return null;
  }

  @Override
  public Void visitBlock(Node.Block n) {
    block(n.body());
    return null;
  }

  @Override
  public Void visitSuper(Node.Super n) {
    return null;
  }

  @Override
  public Void visitInclude(Node.Include n) {
    FragmentSignature signature = fragments.get(n.fragment());
    if (signature == null && unreadFragments.contains(n.fragment())) {
      // its file has errors, reported there: its parameters are not known
      n.args().forEach(exprs::infer);
      return null;
    }
    if (signature == null) {
      errors.add(
          Diagnostic.error(Code.P201, n.span(), "unknown fragment '" + n.fragment() + "'")
              .withHint(FragmentHints.unknown(n.fragment(), fragments)));
      n.args().forEach(exprs::infer);
      return null;
    }
    List<Type> params = signature.params();
    if (params.size() != n.args().size()) {
      errors.add(
          Diagnostic.error(
                  Code.P203,
                  n.span(),
                  "fragment '"
                      + n.fragment()
                      + "' takes "
                      + params.size()
                      + (params.size() == 1 ? " argument" : " arguments")
                      + ", got "
                      + n.args().size()
                      + FragmentHints.missing(signature, n.args().size()))
              .withHint(FragmentHints.signature(signature)));
      return null;
    }
    for (int i = 0; i < params.size(); i++) {
      int before = errors.size();
      exprs.expect(n.args().get(i), params.get(i));
      for (int j = before; j < errors.size(); j++) {
        errors.set(j, FragmentHints.argument(errors.get(j), signature, i, n.args().get(i)));
      }
    }
    return null;
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    return null;
  }
}
