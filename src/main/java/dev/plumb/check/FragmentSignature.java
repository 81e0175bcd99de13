package dev.plumb.check;

import dev.plumb.ast.Fragment;
import dev.plumb.types.Type;
import java.util.List;

/** A fragment and its parameter types: what an {@code %include} is checked against. */
public record FragmentSignature(Fragment fragment, List<Type> params) {
  public FragmentSignature {
    params = List.copyOf(params);
  }
}
