package dev.plumb.diag.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON layout plumb writes, in every output (lint reports, SARIF, the matrix, source maps,
 * the values schema, values from Java maps): two-space indents, {@code "key": value}, "\n" line
 * ends on every platform, a final line end.
 */
public final class JsonLayout {
  /** The version of plumb's JSON outputs, carried by each at top level (docs/language.md §6). */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private JsonLayout() {}

  /** A new, empty JSON object to fill. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The text of a tree built from nodes, which always writes. */
  public static String write(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always writes", e);
    }
  }

  /** The writer for plain Java maps and lists, whose contents may not be JSON. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
