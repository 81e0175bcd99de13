package dev.plumb.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents open in the editor, by file: their text as the user has it, saved or not, which
 * overrides the file on disk when a pack is read, and the URI the client names each one by, which
 * every answer about it reuses.
 */
final class Documents {
  /** One open document. */
  record Open(String uri, String text) {}

  private final Map<Path, Open> open = new ConcurrentHashMap<>();

  /** The file a {@code file:} URI names, absolute and normalized; null for any other scheme. */
  static Path file(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme())
          ? Path.of(parsed).toAbsolutePath().normalize()
          : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  void put(Path file, String uri, String text) {
    open.put(file, new Open(uri, text));
  }

  void close(Path file) {
    open.remove(file);
  }

  Open get(Path file) {
    return open.get(file);
  }

  /** The URI to name {@code file} by: the client's own for an open document. */
  String uri(Path file) {
    Open document = open.get(file);
    return document != null ? document.uri() : file.toUri().toString();
  }

  /** Every open document's text, by file. */
  Map<Path, String> unsaved() {
    Map<Path, String> texts = new HashMap<>();
    open.forEach((file, document) -> texts.put(file, document.text()));
    return texts;
  }
}
