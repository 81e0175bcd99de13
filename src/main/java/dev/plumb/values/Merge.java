package dev.plumb.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several values files as one (docs/language.md §5): a later file wins key by key. Objects (groups
 * of variables and records) are merged, member by member, however deep; anything else, lists
 * included, is replaced whole by the later value. Every value keeps the place it was written, so an
 * error is shown in its own file.
 */
public final class Merge {
  private Merge() {}

  /** {@code earlier} overlaid with {@code later}; either may be null (no file). */
  public static Json.Obj of(Json.Obj earlier, Json.Obj later) {
    if (earlier == null) {
      return later;
    }
    if (later == null) {
      return earlier;
    }
    Map<String, Json.Member> members = new LinkedHashMap<>();
    earlier.members().forEach(m -> members.put(m.key(), m));
    for (Json.Member member : later.members()) {
      Json.Member before = members.get(member.key());
      members.put(
          member.key(),
          before != null
                  && before.value() instanceof Json.Obj inner
                  && member.value() instanceof Json.Obj over
              ? new Json.Member(member.key(), member.keySpan(), of(inner, over))
              : member);
    }
    // the later object's place: a missing value is reported at the group of the last file
    return new Json.Obj(new ArrayList<>(members.values()), later.span());
  }

  /** All of {@code layers} merged in order; null when there are none. */
  public static Json.Obj all(List<Json.Obj> layers) {
    Json.Obj merged = null;
    for (Json.Obj layer : layers) {
      merged = of(merged, layer);
    }
    return merged;
  }
}
