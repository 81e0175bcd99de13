package dev.plumb.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.check.Declarations;
import dev.plumb.check.Declarations.Variable;
import dev.plumb.diag.format.JsonLayout;
import dev.plumb.types.Scalars;
import dev.plumb.types.Sizes;
import dev.plumb.types.Type;
import dev.plumb.types.TypeText;
import dev.plumb.types.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Describes a pack's values file as a JSON Schema (draft 2020-12), for callers that are not Java
 * (docs/language.md §5); {@code plumb schema} prints it.
 */
public final class Schema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String NO_NUL = "^[^\\u0000]*$";
  private static final String PATH = "^[^-\\u0000\\n\\r][^\\u0000\\n\\r]*$";
  private static final String MAC = "^" + Scalars.MAC.pattern() + "$";
  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final String IPV4 = "^" + OCTET + "(\\." + OCTET + "){3}$";
  private static final String SIZE = "^[0-9]+[BKMGT]?$";

  private Schema() {}

  /** The schema, pretty-printed with a final newline; the same pack always gives the same text. */
  public static String json(Declarations declarations) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("version", JsonLayout.VERSION);
    root.put("title", declarations.pack());
    if (declarations.doc() != null && !declarations.doc().isEmpty()) {
      root.put("description", declarations.doc());
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Variable variable : declarations.variables().values()) {
      place(tree, variable.name().split("\\."), variable);
    }
    group(root, tree);
    if (!declarations.records().isEmpty()) {
      ObjectNode defs = root.putObject("$defs");
      for (Type.RecordOf record : declarations.records().values()) {
        ObjectNode def = defs.putObject(record.name());
        def.put("type", "object");
        ObjectNode properties = def.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Map.Entry<String, Type> field : record.fields().entrySet()) {
          properties.set(field.getKey(), type(field.getValue()));
          if (!(field.getValue() instanceof Type.OptionalOf)) {
            required.add(field.getKey());
          }
        }
        def.set("required", required);
        def.put("additionalProperties", false);
      }
    }
    return JsonLayout.write(root);
  }

  @SuppressWarnings("unchecked")
  private static void place(Map<String, Object> tree, String[] segments, Variable variable) {
    Map<String, Object> into = tree;
    for (int i = 0; i < segments.length - 1; i++) {
      Object next = into.computeIfAbsent(segments[i], k -> new LinkedHashMap<String, Object>());
      if (!(next instanceof Map)) {
        return; // a variable that is also a group: the checker reports it
      }
      into = (Map<String, Object>) next;
    }
    into.putIfAbsent(segments[segments.length - 1], variable);
  }

  /** Fills {@code node} as the object of one level of dotted names; true when it requires a key. */
  @SuppressWarnings("unchecked")
  private static boolean group(ObjectNode node, Map<String, Object> level) {
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Map.Entry<String, Object> entry : level.entrySet()) {
      boolean needed;
      if (entry.getValue() instanceof Variable variable) {
        properties.set(entry.getKey(), variable(variable));
        needed = variable.required() && !TypeText.isSecret(variable.type());
      } else {
        needed =
            group(properties.putObject(entry.getKey()), (Map<String, Object>) entry.getValue());
      }
      if (needed) {
        required.add(entry.getKey());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return !required.isEmpty();
  }

  private static ObjectNode variable(Variable variable) {
    ObjectNode node = NODES.objectNode();
    String doc = variable.doc() == null ? "" : variable.doc();
    if (TypeText.isSecret(variable.type())) {
      boolean optional = variable.type() instanceof Type.OptionalOf;
      node.put(
          "description",
          (doc.isEmpty() ? "" : doc + ". ")
              + "A secret, read from "
              + variable.secretVariable()
              + " when the script runs: give "
              + (optional
                  ? "true if it will be supplied, false or nothing if not."
                  : "true or nothing."));
      if (optional) {
        node.putArray("type").add("boolean").add("null");
      } else {
        node.put("type", "boolean");
        node.put("const", true);
      }
      return node;
    }
    if (!doc.isEmpty()) {
      node.put("description", doc);
    }
    node.setAll(type(variable.type()));
    if (variable.defaultValue() != null) {
      node.set("default", value(variable.defaultValue()));
    }
    return node;
  }

  private static ObjectNode type(Type type) {
    ObjectNode node = NODES.objectNode();
    if (type instanceof Type.OptionalOf o) {
      return nullable(type(o.inner()));
    }
    if (type instanceof Type.EnumOf e) {
      node.put("type", "string");
      e.words().forEach(node.putArray("enum")::add);
    } else if (type instanceof Type.ListOf l) {
      node.put("type", "array");
      node.set("items", type(l.element()));
    } else if (type instanceof Type.RecordOf r) {
      node.put("$ref", "#/$defs/" + r.name());
    } else if (type instanceof Type.Scalar s) {
      scalar(node, s);
    } else {
      throw new IllegalArgumentException("no value can have the type " + type.display());
    }
    return node;
  }

  private static void scalar(ObjectNode node, Type.Scalar s) {
    switch (s.kind()) {
      case INT:
        node.put("type", "integer");
        bounds(node, s);
        break;
      case SIZE:
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "string").put("pattern", SIZE);
        bounds(anyOf.addObject().put("type", "integer").put("minimum", 0), s);
        break;
      case BOOL:
      case SECRET:
        node.put("type", "boolean");
        break;
      case NAME:
        node.put("type", "string")
            .put("pattern", "^" + Scalars.NAME.pattern() + "$")
            .put("maxLength", Scalars.NAME_MAX);
        break;
      case PATH:
        node.put("type", "string").put("pattern", PATH);
        break;
      case MAC:
        node.put("type", "string").put("pattern", MAC);
        break;
      case IPV4:
        node.put("type", "string").put("pattern", IPV4);
        break;
      default:
        node.put("type", "string").put("pattern", NO_NUL);
        break;
    }
  }

  private static void bounds(ObjectNode node, Type.Scalar s) {
    if (s.min() != null) {
      node.put("minimum", s.min());
    }
    if (s.max() != null) {
      node.put("maximum", s.max());
    }
  }

  /** The schema that also allows null: a second "type", or one more branch of "anyOf". */
  private static ObjectNode nullable(ObjectNode inner) {
    JsonNode type = inner.get("type");
    if (type != null && type.isTextual() && !inner.has("enum") && !inner.has("const")) {
      inner.putArray("type").add(type.asText()).add("null");
      return inner;
    }
    if (inner.size() == 1 && inner.has("anyOf")) {
      ((ArrayNode) inner.get("anyOf")).addObject().put("type", "null");
      return inner;
    }
    ObjectNode node = NODES.objectNode();
    node.putArray("anyOf").add(inner).addObject().put("type", "null");
    return node;
  }

  /** A default as the values file would write it. */
  private static JsonNode value(Value value) {
    if (value instanceof Value.Text t) {
      return NODES.textNode(t.value());
    }
    if (value instanceof Value.Int i) {
      return NODES.numberNode(i.value());
    }
    if (value instanceof Value.Size s) {
      return NODES.textNode(Sizes.format(s.bytes()));
    }
    if (value instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof Value.Word w) {
      return NODES.textNode(w.word());
    }
    if (value instanceof Value.ListOf l) {
      ArrayNode array = NODES.arrayNode();
      l.elements().forEach(e -> array.add(value(e)));
      return array;
    }
    if (value instanceof Value.RecordOf r) {
      ObjectNode object = NODES.objectNode();
      r.fields().forEach((k, v) -> object.set(k, value(v)));
      return object;
    }
    return NODES.nullNode();
  }
}
