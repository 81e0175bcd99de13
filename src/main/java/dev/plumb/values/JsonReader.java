package dev.plumb.values;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.source.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads values JSON strictly (UTF-8, no duplicate keys, nothing after the value) into a {@link
 * Json} tree whose every key and value knows where it was written.
 */
public final class JsonReader {
  /**
   * The largest values file read (4 MiB); a larger one is P505. Values describe one compile, whose
   * script is itself bounded (1 MiB by default), and every value of the file is kept with its
   * location, so a file of hundreds of MiB would exhaust the heap instead. The file is read through
   * this bound, so a device or a pipe that never ends is refused as well.
   */
  public static final int MAX_BYTES = 4 << 20;

  /**
   * The most values (strings, numbers, lists, objects… each counts) one JSON text may hold: each is
   * kept with its location, about 200 bytes of heap, so this bounds the memory a file of tiny
   * values ({@code [1,1,1,…]}) takes, as {@link #MAX_BYTES} bounds big strings.
   */
  public static final int MAX_VALUES = 1 << 18;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final SourceFile file;
  private final int base;
  private final Positions positions;
  private final JsonParser parser;
  private int count;

  private JsonReader(SourceFile file, int base, JsonParser parser) {
    this.file = file;
    this.base = base;
    this.positions = new Positions(file);
    this.parser = parser;
  }

  /** A JSON error at a place: the callers turn it into a P505 or, for a --set, a P503. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Span span;

    Malformed(Span span, String message) {
      super(message, null, false, false);
      this.span = span;
    }
  }

  /** The file's text, decoded strictly as UTF-8. */
  public static SourceFile decode(Path path) {
    return decode(path, path.toString());
  }

  /** Reads a values file that messages name {@code name}. */
  public static SourceFile decode(Path path, String name) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw fail(
          Span.ofFile(new SourceFile(name, "")), "cannot read the values file: no such file");
    } catch (AccessDeniedException e) {
      throw fail(
          Span.ofFile(new SourceFile(name, "")), "cannot read the values file: permission denied");
    } catch (IOException e) {
      String reason =
          Files.isDirectory(path) ? "it is a directory" : String.valueOf(e.getMessage());
      throw fail(Span.ofFile(new SourceFile(name, "")), "cannot read the values file: " + reason);
    }
    return decode(bytes, name);
  }

  /** Reads values from a stream (standard input) that messages name {@code name}. */
  public static SourceFile decode(InputStream in, String name) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw fail(
          Span.ofFile(new SourceFile(name, "")),
          "cannot read the values: " + String.valueOf(e.getMessage()));
    }
    return decode(bytes, name);
  }

  /** At most {@link #MAX_BYTES} and a byte more, decoded strictly as UTF-8. */
  private static SourceFile decode(byte[] bytes, String name) {
    if (bytes.length > MAX_BYTES) {
      throw new Failure(
          List.of(
              Diagnostic.error(
                      Code.P505,
                      Span.ofFile(new SourceFile(name, "")),
                      "the values file is larger than " + (MAX_BYTES >> 20) + " MiB")
                  .withHint(
                      "values describe one compile; give large data to the script when it runs, not to plumb")));
    }
    Utf8.Decoded decoded = Utf8.decode(bytes);
    // A byte order mark is not JSON, but editors write one; columns are counted without it.
    String text =
        decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
    int errorOffset = decoded.errorOffset() - (text.length() < decoded.text().length() ? 1 : 0);
    SourceFile file = new SourceFile(name, text);
    if (decoded.errorOffset() >= 0) {
      Span at = new Positions(file).span(errorOffset, errorOffset + 1);
      throw fail(at, "the values file is not valid UTF-8 (" + decoded.errorBytes() + ")");
    }
    return file;
  }

  /** The top-level object of a values file. */
  public static Json.Obj readObject(SourceFile file) {
    Json json;
    try {
      json = readValue(file, 0);
    } catch (Malformed e) {
      throw fail(e.span, e.getMessage());
    }
    return topLevel(file, json, "a JSON object");
  }

  /** The top-level value of a values file, which must be an object ({@code expected}). */
  static Json.Obj topLevel(SourceFile file, Json json, String expected) {
    if (json == null) {
      throw fail(Span.ofFile(file), "the values file is empty; expected " + expected);
    }
    if (!(json instanceof Json.Obj obj)) {
      throw fail(
          json.span(), "expected " + expected + " at the top level, got " + Json.describe(json));
    }
    return obj;
  }

  /** The one JSON value in {@code file} from char offset {@code start}; null when there is none. */
  static Json readValue(SourceFile file, int start) throws Malformed {
    String text = file.text().substring(start);
    // As for files, a byte order mark is skipped rather than refused.
    int skip = start == 0 && text.startsWith("\uFEFF") ? 1 : 0;
    try (JsonParser parser = FACTORY.createParser(text.substring(skip))) {
      JsonReader reader = new JsonReader(file, start + skip, parser);
      if (parser.nextToken() == null) {
        return null;
      }
      Json json = reader.value();
      if (parser.nextToken() != null) {
        int at = reader.tokenStart();
        throw new Malformed(
            reader.positions.span(at, at + 1), "unexpected text after the JSON value");
      }
      return json;
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      int at =
          offset < 0
              ? file.text().length()
              : (int) Math.min(file.text().length(), start + skip + offset);
      throw new Malformed(
          new Positions(file).span(at, at + 1), "malformed JSON: " + JsonMessages.clean(e));
    } catch (IOException e) {
      // Reading from a string cannot fail for I/O reasons.
      throw new IllegalStateException(e);
    }
  }

  private Json value() throws IOException, Malformed {
    JsonToken token = parser.currentToken();
    int start = tokenStart();
    if (++count > MAX_VALUES) {
      throw new Malformed(
          positions.span(start, start + 1), "the JSON holds more than " + MAX_VALUES + " values");
    }
    switch (token) {
      case START_OBJECT:
        return object(start);
      case START_ARRAY:
        List<Json> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value());
        }
        return new Json.Arr(elements, positions.span(start, start + 1));
      case VALUE_STRING:
        String text = parser.getText();
        return new Json.Str(text, positions.span(start, tokenEnd(start)));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String number = parser.getText();
        return new Json.Num(
            number, token == JsonToken.VALUE_NUMBER_INT, span(start, number.length()));
      case VALUE_TRUE:
        return new Json.Bool(true, span(start, 4));
      case VALUE_FALSE:
        return new Json.Bool(false, span(start, 5));
      case VALUE_NULL:
        return new Json.Null(span(start, 4));
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private Json.Obj object(int start) throws IOException, Malformed {
    List<Json.Member> members = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyStart = tokenStart();
      Span keySpan = positions.span(keyStart, tokenEnd(keyStart));
      parser.nextToken();
      members.add(new Json.Member(key, keySpan, value()));
    }
    return new Json.Obj(members, positions.span(start, start + 1));
  }

  private Span span(int start, int length) {
    return positions.span(start, start + length);
  }

  private int tokenStart() {
    return base + (int) parser.currentTokenLocation().getCharOffset();
  }

  /** The offset just after the string token starting at {@code start} (its closing quote). */
  private int tokenEnd(int start) {
    String text = file.text();
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(text.length(), i + 1);
  }

  static Failure fail(Span span, String message) {
    return new Failure(List.of(Diagnostic.error(Code.P505, span, message)));
  }
}
