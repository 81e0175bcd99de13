package dev.plumb.values;

import dev.plumb.check.Declarations;
import dev.plumb.check.Declarations.Variable;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.TypeText;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds the values a caller gave to the pack's declared variables (docs/language.md §5): the file
 * nested by dotted names, then the --sets, then defaults; every problem of the run is reported, not
 * just the first.
 */
public final class Binder {
  private final Declarations declarations;
  private final Supplied values;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final Decoder decoder = new Decoder(errors);

  /** Every key that may appear at some level of the file: variable names and their prefixes. */
  private final Set<String> keys = new LinkedHashSet<>();

  private final Map<String, Json> fromFile = new HashMap<>();

  /** The --sets of each variable, in order, each with the steps it takes inside the variable. */
  private final Map<String, List<Target>> fromSets = new HashMap<>();

  /** A --set of (a part of) a variable. */
  private record Target(Assignment set, List<SetPath.Step> steps) {
    boolean whole() {
      return steps.isEmpty();
    }

    Span span(SetPath.Step step) {
      return new Positions(set.source()).span(step.start(), step.end());
    }
  }

  /** The '{' of each object of the file that stands for a group of variables ("" is the top). */
  private final Map<String, Span> groups = new HashMap<>();

  private final Map<String, Value> bound = new LinkedHashMap<>();

  /** Where each bound value came from, as a message says it. */
  private final Map<String, String> origins = new LinkedHashMap<>();

  /**
   * The values bound to the pack's variables, and where each came from: {@code from web1.json
   * /vm/cpus}, {@code from --set vm.cpus}, {@code the default}, {@code not given}.
   */
  public record Bound(Map<String, Value> values, Map<String, String> origins) {
    public Bound {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      origins = Map.copyOf(origins);
    }
  }

  private Binder(Declarations declarations, Supplied values) {
    this.declarations = declarations;
    this.values = values;
    for (String name : declarations.variables().keySet()) {
      for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        keys.add(name.substring(0, dot));
      }
      keys.add(name);
    }
  }

  public static Checked<Map<String, Value>> bind(Declarations declarations, Supplied values) {
    return new Binder(declarations, values).run();
  }

  /** As {@link #bind}, with where each value came from. */
  public static Checked<Bound> bindWithOrigins(Declarations declarations, Supplied values) {
    Binder binder = new Binder(declarations, values);
    Checked<Map<String, Value>> bound = binder.run();
    return new Checked<>(new Bound(bound.value(), binder.origins), bound.diagnostics());
  }

  private Checked<Map<String, Value>> run() {
    if (values.root() != null) {
      walk(values.root(), "", "");
    }
    for (Assignment set : values.sets()) {
      target(set);
    }
    for (Variable variable : declarations.variables().values()) {
      Value value = bind(variable);
      if (value != null) {
        bound.put(variable.name(), value);
      }
    }
    return new Checked<>(bound, errors);
  }

  /** Collects the file's value for each variable under {@code obj}; the rest is unknown. */
  private void walk(Json.Obj obj, String prefix, String pointer) {
    groups.put(prefix, obj.span());
    for (Json.Member member : obj.members()) {
      String dotted = prefix.isEmpty() ? member.key() : prefix + "." + member.key();
      String at = Decoder.child(pointer, member.key());
      if (member.key().contains(".")) {
        dottedKey(member, at);
      } else if (declarations.variables().containsKey(dotted)) {
        fromFile.put(dotted, member.value());
      } else if (keys.contains(dotted) && member.value() instanceof Json.Obj inner) {
        walk(inner, dotted, at);
      } else if (keys.contains(dotted)) {
        errors.add(
            Diagnostic.error(
                    Code.P503,
                    member.value().span(),
                    at + ": expected an object, got " + Json.describe(member.value()))
                .withHint("'" + dotted + "' groups the values " + members(dotted)));
      } else {
        errors.add(
            Diagnostic.error(Code.P501, member.keySpan(), at + ": unknown value '" + dotted + "'")
                .withHint(computed(dotted, suggest(prefix, member.key()))));
      }
    }
  }

  /** Dotted keys would be a second spelling of each name, and let a file give one value twice. */
  private void dottedKey(Json.Member member, String at) {
    String key = member.key();
    String nested =
        "\"" + key.replace(".", "\": {\"") + "\": …" + "}".repeat(key.split("\\.", -1).length - 1);
    errors.add(
        Diagnostic.error(
                Code.P501,
                member.keySpan(),
                at + ": unknown key '" + key + "': a values file nests dotted names")
            .withHint("write " + nested));
  }

  /**
   * Files a --set under its variable: the longest leading dotted name that is one; the rest of its
   * NAME are steps into the variable ({@link SetPath}).
   */
  private void target(Assignment set) {
    String name = set.name();
    List<SetPath.Step> steps;
    try {
      steps = SetPath.parse(name);
    } catch (SetPath.Malformed e) {
      if (name.indexOf('[') < 0 && name.indexOf(']') < 0) {
        unknownSet(set, name);
      } else {
        errors.add(
            Diagnostic.error(
                    Code.P513,
                    new Positions(set.source()).span(e.offset, e.offset + 1),
                    "malformed --set name '" + name + "': " + e.getMessage())
                .withHint("write NAME, NAME[N] or NAME[N].field, like vm.disks[1]"));
      }
      return;
    }
    int fields = 0;
    while (fields < steps.size() && !steps.get(fields).isIndex()) {
      fields++;
    }
    for (int j = fields; j >= 1; j--) {
      String variable =
          steps.subList(0, j).stream().map(SetPath.Step::field).collect(Collectors.joining("."));
      if (declarations.variables().containsKey(variable)) {
        fromSets
            .computeIfAbsent(variable, k -> new ArrayList<>())
            .add(new Target(set, steps.subList(j, steps.size())));
        return;
      }
    }
    unknownSet(
        set,
        steps.subList(0, fields).stream()
            .map(SetPath.Step::field)
            .collect(Collectors.joining(".")));
  }

  /** A --set whose leading dotted {@code name} is no variable. */
  private void unknownSet(Assignment set, String name) {
    SourceFile source = set.source();
    Span at = new Positions(source).span(0, Math.max(1, name.length()));
    String hint =
        keys.contains(name)
            ? "'" + name + "' groups values; set them one at a time: " + members(name)
            : suggestName(name);
    errors.add(
        Diagnostic.error(Code.P501, at, Decoder.pointer(name) + ": unknown value '" + name + "'")
            .withHint(computed(name, hint)));
  }

  /**
   * The hint for a name the pack computes ({@code let}), which no caller gives; else {@code hint}.
   */
  private String computed(String name, String hint) {
    return declarations.computed().containsKey(name)
        ? "'" + name + "' is computed by the pack (a 'let' in pack.plumb), not given: remove it"
        : hint;
  }

  /** Names near {@code key} among the keys beside it under {@code prefix}, as dotted names. */
  private String suggest(String prefix, String key) {
    String lead = prefix.isEmpty() ? "" : prefix + ".";
    List<String> siblings =
        keys.stream()
            .filter(k -> k.startsWith(lead) && k.indexOf('.', lead.length()) < 0)
            .map(k -> k.substring(lead.length()))
            .toList();
    List<String> near = Suggest.near(key, siblings);
    return near.isEmpty() ? null : Suggest.question(near, lead);
  }

  /**
   * For a --set: its siblings when its group exists (a typo in the last segment), else any name.
   */
  private String suggestName(String name) {
    int dot = name.lastIndexOf('.');
    String prefix = dot < 0 ? "" : name.substring(0, dot);
    if (prefix.isEmpty() || keys.contains(prefix)) {
      String hint = suggest(prefix, name.substring(dot + 1));
      if (hint != null) {
        return hint;
      }
    }
    return Suggest.hint(name, declarations.variables().keySet());
  }

  private String members(String group) {
    List<String> names =
        declarations.variables().keySet().stream().filter(n -> n.startsWith(group + ".")).toList();
    String shown = names.stream().limit(4).collect(Collectors.joining(", "));
    return names.size() > 4 ? shown + ", …" : shown;
  }

  /**
   * The variable's value: the last --set of all of it (or else the files' value), with each later
   * --set of a part of it spliced in; a --set that something later replaces is not read.
   */
  private Value bind(Variable variable) {
    List<Target> targets = fromSets.getOrDefault(variable.name(), List.of());
    int whole = -1;
    for (int i = 0; i < targets.size(); i++) {
      whole = targets.get(i).whole() ? i : whole;
    }
    Json json;
    if (whole >= 0) {
      origins.put(variable.name(), "from --set " + targets.get(whole).set().name());
      json = SetText.toJson(targets.get(whole).set(), variable.type(), errors);
      if (json == null) {
        return null;
      }
    } else {
      json = fromFile.get(variable.name());
      origins.put(
          variable.name(),
          json != null
              ? "from " + json.span().path() + " " + Decoder.pointer(variable.name())
              : variable.defaultValue() != null ? "the default" : "not given");
    }
    boolean ok = true;
    String pointer = Decoder.pointer(variable.name());
    for (Target part : targets.subList(whole + 1, targets.size())) {
      origins.put(variable.name(), "from --set " + part.set().name());
      Type type =
          SetPath.reach(
              variable.type(), variable.name(), part.steps(), part::span, pointer, errors);
      Json value = type == null ? null : SetText.toJson(part.set(), type, errors);
      Json base =
          json != null || variable.defaultValue() == null
              ? json
              : SetPath.json(variable.defaultValue(), variable.span());
      Json spliced =
          value == null
              ? null
              : SetPath.splice(base, part.steps(), 0, value, part::span, pointer, errors);
      ok &= spliced != null;
      json = spliced != null ? spliced : json;
    }
    if (!ok) {
      return null;
    }
    return json != null ? given(variable, json) : missing(variable);
  }

  private Value given(Variable variable, Json json) {
    String pointer = Decoder.pointer(variable.name());
    return TypeText.isSecret(variable.type())
        ? secret(variable, json, pointer)
        : decoder.decode(json, variable.type(), pointer);
  }

  /** A secret's value says only whether it will be supplied: the text itself never is. */
  private Value secret(Variable variable, Json json, String pointer) {
    boolean optional = variable.type() instanceof Type.OptionalOf;
    if (json instanceof Json.Bool b && b.value()) {
      return new Value.Secret(variable.secretVariable());
    }
    if (json instanceof Json.Null || json instanceof Json.Bool) {
      if (optional) {
        return Value.ABSENT;
      }
      errors.add(
          Diagnostic.error(
                  Code.P503,
                  json.span(),
                  pointer
                      + ": the secret '"
                      + variable.name()
                      + "' is required and cannot be left out")
              .withHint(
                  "give true, or no value: the script reads "
                      + variable.secretVariable()
                      + " from its environment when it runs"));
      return null;
    }
    errors.add(
        Diagnostic.error(
                Code.P503,
                json.span(),
                pointer
                    + ": a secret is read from the environment variable "
                    + variable.secretVariable()
                    + " when the script runs, never given at compile time")
            .withHint(
                optional
                    ? "give true if the script will be given it, or false if not"
                    : "give true, or no value at all"));
    return null;
  }

  private Value missing(Variable variable) {
    if (TypeText.isSecret(variable.type())) {
      // A required secret is checked by the script (set -u), not here: it is never "missing".
      boolean optional = variable.type() instanceof Type.OptionalOf;
      return optional ? Value.ABSENT : new Value.Secret(variable.secretVariable());
    }
    if (variable.defaultValue() != null) {
      return variable.defaultValue();
    }
    if (variable.type() instanceof Type.OptionalOf) {
      return Value.ABSENT;
    }
    String declared =
        "declared as '"
            + variable.name()
            + " : "
            + TypeText.declared(variable.type())
            + "'"
            + (variable.doc() == null || variable.doc().isEmpty() ? "" : " — " + variable.doc());
    errors.add(
        Diagnostic.error(
                Code.P502,
                enclosing(variable.name()),
                Decoder.pointer(variable.name())
                    + ": missing required value '"
                    + variable.name()
                    + "'")
            .withHint(declared));
    return null;
  }

  /** The '{' of the innermost object of the file that would hold the variable, else the file. */
  private Span enclosing(String name) {
    for (int dot = name.lastIndexOf('.'); dot >= 0; dot = name.lastIndexOf('.', dot - 1)) {
      Span span = groups.get(name.substring(0, dot));
      if (span != null) {
        return span;
      }
    }
    Span top = groups.get("");
    return top != null ? top : Span.ofFile(values.source());
  }
}
