package dev.plumb.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a script with an independent parser, {@code shfmt --to-json}, and lists every node
 * that is not straight-line (design §3.1): only simple commands, pipes, {@code export},
 * assignments, redirections, words, quotes and plain parameter expansions may appear.
 */
final class StraightLine {
  private static final Set<String> ALLOWED = Set.of(
      "File", "CallExpr", "BinaryCmd", "DeclClause", "Lit", "SglQuoted", "DblQuoted", "ParamExp");
  private static final Set<String> PARAM_OPERATORS = Set.of(
      "Excl", "Length", "Width", "Index", "Slice", "Repl", "Names", "Exp");
  /** shfmt's code for '|' in a BinaryCmd (BUILD-FACTS: 10 is &&, 11 is ||). */
  private static final int PIPE = 12;
  private static final ObjectMapper JSON = new ObjectMapper();

  private StraightLine() {}

  /** Problems found; empty when the script is straight-line. Fails when shfmt cannot parse it. */
  static List<String> violations(String script) throws IOException, InterruptedException {
    Tools.require("shfmt", "shfmt");
    Tools.Result parsed = Tools.run(List.of("shfmt", "-ln", "posix", "--to-json"),
        script.getBytes(StandardCharsets.UTF_8), null, Map.of());
    List<String> problems = new ArrayList<>();
    if (parsed.exit() != 0) {
      problems.add("shfmt cannot parse the script: " + parsed.err());
      return problems;
    }
    walk(JSON.readTree(parsed.out()), problems);
    return problems;
  }

  private static void walk(JsonNode node, List<String> problems) {
    if (node.isArray()) {
      node.forEach(child -> walk(child, problems));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("Type");
    if (type != null) {
      String name = type.asText();
      if (!ALLOWED.contains(name)) {
        problems.add("not straight-line: " + name + " at " + node.path("Pos"));
      } else if (name.equals("BinaryCmd") && node.path("Op").asInt() != PIPE) {
        problems.add("operator " + node.path("Op").asInt() + " is not a pipe");
      } else if (name.equals("ParamExp")) {
        PARAM_OPERATORS.stream().filter(node::has).forEach(op -> problems.add("parameter expansion with " + op));
      }
    }
    if (node.path("Negated").asBoolean() || node.path("Background").asBoolean()) {
      problems.add("negated or background statement at " + node.path("Pos"));
    }
    node.forEach(child -> walk(child, problems));
  }
}
