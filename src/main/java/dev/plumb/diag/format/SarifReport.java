package dev.plumb.diag.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Explanations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Diagnostics as SARIF 2.1.0, for code scanning: one rule per code that was reported (its title as
 * the short description, {@code plumb explain} as the help), one result per diagnostic, columns
 * counted in Unicode code points, file paths as percent-encoded URI references.
 */
public final class SarifReport {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static String render(List<Diagnostic> diagnostics, String version) {
    ObjectNode root = JsonLayout.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "plumb");
    driver.put("version", version);
    driver.put("informationUri", "https://plumb.dev/");
    List<Code> codes =
        new ArrayList<>(new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList()));
    ArrayNode rules = driver.putArray("rules");
    for (Code code : codes) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.name());
      rule.put("name", name(code));
      rule.putObject("shortDescription").put("text", code.title());
      String explanation = Explanations.of(code);
      if (explanation != null) {
        ObjectNode help = rule.putObject("help");
        help.put("text", explanation);
        help.put("markdown", explanation);
      }
    }
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().name());
      result.put("ruleIndex", codes.indexOf(d.code()));
      result.put(
          "level",
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
          });
      result
          .putObject("message")
          .put("text", d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")"));
      ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
      location.putObject("artifactLocation").put("uri", uri(d.span().path()));
      if (d.span().hasPosition()) {
        ObjectNode region = location.putObject("region");
        region.put("startLine", d.span().line());
        region.put("startColumn", d.span().column());
        region.put("endLine", d.span().endLine());
        region.put("endColumn", d.span().endColumn());
      }
      if (d.cell() != null) {
        result.putObject("properties").put("cell", d.cell().show());
      }
    }
    return JsonLayout.write(root);
  }

  /**
   * A file's path as a relative URI reference (RFC 3986): every byte of its UTF-8 that is not
   * unreserved is percent-encoded, segment by segment, so a space, '%', '#', '?', ':' or a
   * non-ASCII letter cannot end the path early or make it read as a scheme; '/' still separates.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '/' || unreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean unreserved(int c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /** {@code "unknown name"} → {@code "UnknownName"}: SARIF's rule names are identifiers. */
  private static String name(Code code) {
    StringBuilder out = new StringBuilder();
    for (String word : code.title().replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
