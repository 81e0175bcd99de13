package dev.plumb.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges shell text with an independent parser, {@code shfmt -ln posix --to-json}, and lists every
 * construct docs/language.md §3.1 forbids: a node other than simple commands, pipes, words, quotes
 * and plain parameter expansions; {@code &&}/{@code ||}; negated or background statements; {@code
 * eval}, {@code .}, {@code source}, {@code trap} or {@code set +…} as the command (after quote
 * removal, as the shell finds builtins, also behind {@code command} or {@code builtin}); a reserved
 * word as an unquoted command name.
 */
final class StraightLine {
  private static final Set<String> ALLOWED =
      Set.of("File CallExpr BinaryCmd DeclClause Lit SglQuoted DblQuoted ParamExp".split(" "));
  private static final Set<String> PARAM_OPERATORS =
      Set.of("Excl", "Length", "Width", "Index", "Slice", "Repl", "Names", "Exp");
  private static final Set<String> BUILTINS = Set.of("eval", ".", "source", "trap", "alias", "fc");

  /** bash's builtins that dash lacks or reads otherwise: arithmetic, arrays, declarations. */
  private static final Set<String> BASH_BUILTINS =
      Set.of("let", "coproc", "declare", "typeset", "mapfile", "readarray", "shopt", "enable");

  /**
   * Words that are syntax, not commands, in command position (bash's too: the output must not
   * depend on the shell).
   */
  private static final Set<String> RESERVED =
      Set.of(
          "if then elif else fi case esac for select while until do done function { } ! [[ ]]"
              .split(" "));

  /** shfmt's code for '|' in a BinaryCmd (10 is &&, 11 is ||). */
  private static final int PIPE = 12;

  private static final ObjectMapper JSON = new ObjectMapper();

  private StraightLine() {}

  /**
   * What shfmt made of a text: whether it parsed, its syntax tree (null when it did not), and the
   * forbidden constructs it holds.
   */
  record Verdict(boolean parsed, String error, JsonNode tree, List<String> problems) {
    boolean straight() {
      return parsed && problems.isEmpty();
    }
  }

  /**
   * Problems found; empty when the script is straight-line. A script shfmt cannot parse is a
   * problem.
   */
  static List<String> violations(String script) throws IOException, InterruptedException {
    Verdict verdict = judge(script);
    return verdict.parsed()
        ? verdict.problems()
        : List.of("shfmt cannot parse the script: " + verdict.error());
  }

  static Verdict judge(String text) throws IOException, InterruptedException {
    Tools.require("shfmt", "shfmt");
    // shfmt 3.6 reads U+0080 and U+0081 as its own end-of-input and escaped-newline marks (in
    // quotes, comments, here-documents); no shell gives them a meaning, so 'é' stands in for them
    String input = text.replace('\u0080', '\u00e9').replace('\u0081', '\u00e9');
    while (true) {
      Tools.Result parsed =
          Tools.run(
              List.of("shfmt", "-ln", "posix", "--to-json"),
              input.getBytes(StandardCharsets.UTF_8),
              null,
              Map.of());
      if (parsed.exit() != 0) {
        return new Verdict(false, parsed.err().trim(), null, List.of());
      }
      JsonNode tree = JSON.readTree(parsed.out());
      // shfmt 3.6 also reads a backslash that ends a '#' comment as a line continuation, joining
      // the
      // next line to the command before the comment; for the shells it is part of the comment and
      // the next line is a command of its own, so it is dropped and the text parsed again
      Set<Integer> continued = new TreeSet<>();
      comments(tree, continued);
      if (continued.isEmpty()) {
        List<String> problems = new ArrayList<>();
        walk(tree, problems);
        return new Verdict(true, null, tree, problems);
      }
      String[] lines = input.split("\n", -1);
      for (int line : continued) {
        lines[line - 1] = lines[line - 1].substring(0, lines[line - 1].length() - 1);
      }
      input = String.join("\n", lines);
    }
  }

  /** The lines whose '#' comment shfmt continued onto the next line. */
  private static void comments(JsonNode node, Set<Integer> continued) {
    if (node.isObject() && node.has("Hash") && node.path("Text").asText().endsWith("\\\n")) {
      continued.add(node.path("Hash").path("Line").asInt());
    }
    node.forEach(child -> comments(child, continued));
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
        problems.add("not straight-line: " + name + " at " + position(node));
      } else if (name.equals("BinaryCmd") && node.path("Op").asInt() != PIPE) {
        problems.add("operator " + node.path("Op").asInt() + " is not a pipe at " + position(node));
      } else if (name.equals("ParamExp")) {
        PARAM_OPERATORS.stream()
            .filter(node::has)
            .forEach(op -> problems.add("parameter expansion with " + op));
      } else if (name.equals("CallExpr")) {
        command(node, problems);
      } else if (name.equals("DeclClause")
          && !Set.of("export", "readonly").contains(node.path("Variant").path("Value").asText())) {
        problems.add("declaration " + node.path("Variant").path("Value").asText());
      }
    }
    if (node.path("Negated").asBoolean()
        || node.path("Background").asBoolean()
        || node.path("Coprocess").asBoolean()) {
      problems.add("negated or background statement at " + position(node));
    }
    node.forEach(child -> walk(child, problems));
  }

  private static void command(JsonNode call, List<String> problems) {
    JsonNode args = call.path("Args");
    if (args.size() == 0) {
      return;
    }
    JsonNode first = args.get(0).path("Parts");
    if (first.size() == 1
        && "Lit".equals(first.get(0).path("Type").asText())
        && RESERVED.contains(first.get(0).path("Value").asText())) {
      problems.add(
          "reserved word '"
              + first.get(0).path("Value").asText()
              + "' as a command at "
              + position(call));
    }
    String name = cooked(args.get(0));
    int at = 0;
    // 'command', 'builtin' and 'exec' run the command their first argument that is not an
    // option names
    while (("command".equals(name) || "builtin".equals(name) || "exec".equals(name))
        && at + 1 < args.size()) {
      at++;
      String next = cooked(args.get(at));
      while (next != null && next.startsWith("-") && at + 1 < args.size()) {
        next = cooked(args.get(++at));
      }
      name = next;
    }
    if (name != null && BUILTINS.contains(name)) {
      problems.add("builtin '" + name + "' at " + position(call));
    }
    if (name != null && BASH_BUILTINS.contains(name)) {
      problems.add("bash builtin '" + name + "' at " + position(call));
    }
    if (at == 0 && name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*\\[.*\\]\\+?=.*")) {
      problems.add("bash array element assignment at " + position(call));
    }
    // posix mode reads bash's arithmetic '$[…]' as a literal '$' then '[': bash evaluates it
    for (JsonNode arg : args) {
      JsonNode parts = arg.path("Parts");
      for (int i = 0; i + 1 < parts.size(); i++) {
        if ("Lit".equals(parts.get(i).path("Type").asText())
            && parts.get(i).path("Value").asText().endsWith("$")
            && parts.get(i + 1).path("Value").asText().startsWith("[")) {
          problems.add("arithmetic '$[' at " + position(call));
        }
      }
    }
    if ("set".equals(name)) {
      for (int i = at + 1; i < args.size(); i++) {
        String arg = cooked(args.get(i));
        if (arg != null && arg.startsWith("+")) {
          problems.add("'set " + arg + "' at " + position(call));
        }
      }
    }
  }

  /** A word's value after quote removal when it is made only of literal text, else null. */
  static String cooked(JsonNode word) {
    StringBuilder out = new StringBuilder();
    for (JsonNode part : word.path("Parts")) {
      String type = part.path("Type").asText();
      if (type.equals("Lit")) {
        out.append(unescape(part.path("Value").asText(), null));
      } else if (type.equals("SglQuoted") && !part.path("Dollar").asBoolean()) {
        out.append(part.path("Value").asText());
      } else if (type.equals("DblQuoted") && !part.path("Dollar").asBoolean()) {
        for (JsonNode inner : part.path("Parts")) {
          if (!inner.path("Type").asText().equals("Lit")) {
            return null;
          }
          out.append(unescape(inner.path("Value").asText(), "$`\"\\\n"));
        }
      } else {
        return null;
      }
    }
    return out.toString();
  }

  /**
   * Removes backslashes: before any character ({@code escapable} null, unquoted) or only before
   * those listed.
   */
  private static String unescape(String raw, String escapable) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\'
          && i + 1 < raw.length()
          && (escapable == null || escapable.indexOf(raw.charAt(i + 1)) >= 0)) {
        char next = raw.charAt(++i);
        if (next != '\n') {
          out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String position(JsonNode node) {
    JsonNode pos = node.path("Pos");
    return pos.path("Line").asInt() + ":" + pos.path("Col").asInt();
  }
}
