package dev.plumb.values;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a values file in YAML into the same located {@link Json} tree as {@link JsonReader}, so
 * that its values are checked, and their errors shown, exactly like JSON ones: with their line and
 * column in the YAML file. One document, a mapping at the top. A plain (unquoted) scalar is read by
 * YAML 1.2's JSON schema, the one that cannot surprise: a number only when JSON would read it as
 * one, {@code true} and {@code false} (also {@code True}, {@code TRUE}…) the booleans, {@code
 * null}, {@code ~} or nothing the null; anything else is a string ({@code no}, {@code yes}, {@code
 * 0755}, {@code 0x10}, {@code 1_000}), so an int given so is an error, never a silently different
 * number. Aliases and tags are refused: values are written out.
 */
public final class YamlReader {
  /** As deep as a JSON values file may nest (Jackson's limit there). */
  static final int MAX_DEPTH = 1000;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .loaderOptions(options())
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
          .build();

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> NULL = Set.of("null", "Null", "NULL", "~");

  private final SourceFile file;
  private final Positions positions;
  private final YAMLParser parser;
  private final CodePoints offsets;
  private int count;
  private int depth;

  private YamlReader(SourceFile file, YAMLParser parser) {
    this.file = file;
    this.positions = new Positions(file);
    this.parser = parser;
    this.offsets = new CodePoints(file.text());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    // the bounds are plumb's own (JsonReader.MAX_BYTES, MAX_VALUES, MAX_DEPTH), checked here
    options.setCodePointLimit(JsonReader.MAX_BYTES);
    options.setNestingDepthLimit(MAX_DEPTH + 10);
    options.setAllowDuplicateKeys(true);
    return options;
  }

  /** The top-level mapping of a YAML values file. */
  public static Json.Obj readObject(SourceFile file) {
    Json json;
    try {
      json = read(file);
    } catch (JsonReader.Malformed e) {
      throw JsonReader.fail(e.span, e.getMessage());
    }
    return JsonReader.topLevel(file, json, "a YAML mapping");
  }

  private static Json read(SourceFile file) throws JsonReader.Malformed {
    try (YAMLParser parser = FACTORY.createParser(file.text())) {
      YamlReader reader = new YamlReader(file, parser);
      if (parser.nextToken() == null) {
        return null;
      }
      Json json = reader.value();
      if (parser.nextToken() != null) {
        throw new JsonReader.Malformed(
            reader.tokenSpan(), "a second YAML document: a values file holds one");
      }
      return json;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked) {
        Mark mark =
            marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
        throw new JsonReader.Malformed(
            mark == null ? Span.ofFile(file) : at(file, mark.getIndex()),
            "malformed YAML: " + firstLine(String.valueOf(marked.getProblem())) + context);
      }
      JsonLocation location = e.getLocation();
      throw new JsonReader.Malformed(
          location == null || location.getCharOffset() < 0
              ? Span.ofFile(file)
              : at(file, location.getCharOffset()),
          "malformed YAML: " + JsonMessages.clean(e));
    } catch (IOException e) {
      // Reading from a string cannot fail for I/O reasons.
      throw new IllegalStateException(e);
    }
  }

  private static Span at(SourceFile file, long codePoint) {
    int offset = new CodePoints(file.text()).offset(codePoint);
    return new Positions(file).span(offset, offset + 1);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline >= 0 ? message.substring(0, newline) : message).strip();
  }

  private Json value() throws IOException, JsonReader.Malformed {
    JsonToken token = parser.currentToken();
    Span span = tokenSpan();
    if (++count > JsonReader.MAX_VALUES) {
      throw new JsonReader.Malformed(
          span, "the YAML holds more than " + JsonReader.MAX_VALUES + " values");
    }
    if (parser.isCurrentAlias()) {
      throw new JsonReader.Malformed(
          span, "a YAML alias: plumb does not read aliases; write the value out");
    }
    if (parser.getTypeId() != null) {
      throw new JsonReader.Malformed(
          span,
          "a YAML tag (" + parser.getTypeId() + "): plumb does not read tags; quote a string");
    }
    switch (token) {
      case START_OBJECT:
        return nested(() -> object(span));
      case START_ARRAY:
        return nested(
            () -> {
              List<Json> elements = new ArrayList<>();
              while (parser.nextToken() != JsonToken.END_ARRAY) {
                elements.add(value());
              }
              return new Json.Arr(elements, first(span));
            });
      case VALUE_STRING:
        if (parser.getText().isEmpty() && !quoted()) {
          return new Json.Null(span); // nothing at all: YAML's null
        }
        return new Json.Str(parser.getText(), span);
      default:
        return plain(parser.getText(), span);
    }
  }

  /** Whether the current scalar is written in quotes. */
  private boolean quoted() {
    int start = offsets.offset(parser.currentTokenLocation().getCharOffset());
    return start < file.text().length() && "\"'".indexOf(file.text().charAt(start)) >= 0;
  }

  /** A scalar YAML would type: typed only as YAML 1.2's JSON schema says, else a string. */
  private static Json plain(String text, Span span) {
    if (NUMBER.matcher(text).matches()) {
      boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
      return new Json.Num(text, integral, span);
    }
    if (TRUE.contains(text) || FALSE.contains(text)) {
      return new Json.Bool(TRUE.contains(text), span);
    }
    return NULL.contains(text) ? new Json.Null(span) : new Json.Str(text, span);
  }

  /** A reading that nests one level deeper. */
  private interface Nested {
    Json read() throws IOException, JsonReader.Malformed;
  }

  private Json nested(Nested inside) throws IOException, JsonReader.Malformed {
    if (++depth > MAX_DEPTH) {
      throw new JsonReader.Malformed(
          first(tokenSpan()), "values nested deeper than " + MAX_DEPTH + " levels");
    }
    Json json = inside.read();
    depth--;
    return json;
  }

  private Json.Obj object(Span span) throws IOException, JsonReader.Malformed {
    List<Json.Member> members = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Span keySpan = tokenSpan();
      if (!keys.add(key)) {
        throw new JsonReader.Malformed(keySpan, "duplicate key '" + key + "'");
      }
      parser.nextToken();
      members.add(new Json.Member(key, keySpan, value()));
    }
    return new Json.Obj(members, first(span));
  }

  /** The current token, from its start to its end (on its first line). */
  private Span tokenSpan() {
    int start = offsets.offset(parser.currentTokenLocation().getCharOffset());
    int end = offsets.offset(parser.currentLocation().getCharOffset());
    return positions.span(start, Math.max(start, end));
  }

  /** Where a container starts: its first character, as for JSON's bracket. */
  private static Span first(Span span) {
    return Span.of(span.file(), span.line(), span.column(), span.column() + 1);
  }

  /**
   * YAML counts its offsets in code points; Java strings in chars. Tokens come in order, so the
   * conversion walks forward from the last one (and starts over for an earlier one).
   */
  private static final class CodePoints {
    private final String text;
    private long codePoint;
    private int offset;

    CodePoints(String text) {
      this.text = text;
    }

    int offset(long target) {
      if (target < codePoint) {
        codePoint = 0;
        offset = 0;
      }
      while (codePoint < target && offset < text.length()) {
        offset += Character.charCount(text.codePointAt(offset));
        codePoint++;
      }
      return offset;
    }
  }
}
