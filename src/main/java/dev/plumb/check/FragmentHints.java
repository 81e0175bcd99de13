package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Fragment;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.types.TypeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an {@code %include} that does not fit says: the fragments of the pack near an unknown name,
 * and the signature of the fragment whose arguments are wrong.
 */
final class FragmentHints {
  /** Fragments listed by name at most. */
  private static final int LISTED = 4;

  private FragmentHints() {}

  /** The fragments of the pack nearest to {@code name}, or what a fragment is when it has none. */
  static String unknown(String name, Map<String, FragmentSignature> fragments) {
    if (fragments.isEmpty()) {
      return "the pack has no fragments: a file whose first line is '%fragment "
          + name
          + "(…)' defines one";
    }
    List<String> close = Suggest.close(name, fragments.keySet());
    if (!close.isEmpty()) {
      return Suggest.question(close, "");
    }
    List<String> nearest = Suggest.ranked(name, fragments.keySet());
    int more = nearest.size() - LISTED;
    List<String> shown = new ArrayList<>();
    nearest.stream().limit(LISTED).forEach(f -> shown.add("'" + f + "'"));
    if (more > 0) {
      shown.add(more + " more");
    }
    String last = shown.remove(shown.size() - 1);
    return shown.isEmpty()
        ? "the pack's only fragment is " + last
        : "the pack's fragments are " + String.join(", ", shown) + " and " + last;
  }

  /** {@code : 'index' is missing} for a call with too few arguments, else "". */
  static String missing(FragmentSignature signature, int given) {
    List<Fragment.Param> params = signature.fragment().params();
    if (given >= params.size()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    params.subList(given, params.size()).forEach(p -> names.add(p.name()));
    return ": " + Suggest.list(names, "") + (names.size() == 1 ? " is" : " are") + " missing";
  }

  /** {@code tap(name: name, index: int) (net/tap.plumb:1)}. */
  static String signature(FragmentSignature signature) {
    Fragment fragment = signature.fragment();
    StringBuilder out = new StringBuilder("its signature: ").append(fragment.name()).append('(');
    for (int i = 0; i < fragment.params().size(); i++) {
      out.append(i > 0 ? ", " : "")
          .append(fragment.params().get(i).name())
          .append(": ")
          .append(TypeText.declared(signature.params().get(i)));
    }
    return out.append(") (")
        .append(fragment.file().path())
        .append(':')
        .append(fragment.header().line())
        .append(')')
        .toString();
  }

  /**
   * A diagnostic of argument {@code index}: a type mismatch of the whole argument names the
   * parameter, and any finding without a hint gets the signature.
   */
  static Diagnostic argument(Diagnostic d, FragmentSignature signature, int index, Expr arg) {
    Diagnostic named = d;
    if (d.code() == Code.P204 && d.span().equals(arg.span())) {
      named =
          d.withMessage(
              "parameter '"
                  + signature.fragment().params().get(index).name()
                  + "' of fragment '"
                  + signature.fragment().name()
                  + "': "
                  + d.message());
    }
    return named.hint() == null ? named.withHint(signature(signature)) : named;
  }
}
