package dev.plumb.check;

import dev.plumb.ast.Fragment;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Twice;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameter types of every fragment, resolved once for every call site to check against. */
public final class Signatures {
  private Signatures() {}

  /** Resolves the parameter types of every fragment, by name. */
  public static Map<String, FragmentSignature> of(
      Declarations declarations, List<Fragment> fragments, List<Diagnostic> errors) {
    Map<String, FragmentSignature> signatures = new LinkedHashMap<>();
    TypeResolver resolver = new TypeResolver(declarations.records(), errors);
    for (Fragment fragment : fragments) {
      List<Type> params = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Fragment.Param p : fragment.params()) {
        if (!names.add(p.name())) {
          errors.add(Twice.declared(p.span(), "parameter", p.name()));
        }
        params.add(resolver.resolve(p.type()));
      }
      FragmentSignature previous =
          signatures.putIfAbsent(fragment.name(), new FragmentSignature(fragment, params));
      if (previous != null) {
        errors.add(
            Diagnostic.error(
                Code.P212,
                fragment.header(),
                "fragment '"
                    + fragment.name()
                    + "' is also defined in "
                    + previous.fragment().file().path()));
      }
    }
    return signatures;
  }
}
