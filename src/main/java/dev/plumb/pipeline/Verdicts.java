package dev.plumb.pipeline;

import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What earlier runs learnt of packs that loaded without an error: for the exact bytes of every file
 * of a pack, read by this very build of plumb, the files each operation reads ({@link PackIndex}).
 * A pack is never trusted on its name or its files' dates: the key is a SHA-256 of the build and of
 * every file's path and text, so any change, anywhere in the pack, is a pack never seen. A verdict
 * that cannot be read back exactly (cut short, changed, another format) is not one: the pack is
 * loaded whole, as if none were kept. Writes go to a new file renamed into place, so concurrent
 * runs each see a whole verdict or none.
 */
public final class Verdicts {
  private static final String FORMAT = "plumb-verdict 2";

  private final Path folder;
  private final String build;

  /**
   * @param folder where verdicts are kept (made when first needed)
   * @param build what identifies this build of plumb: a verdict of another build is not used
   */
  public Verdicts(Path folder, String build) {
    this.folder = folder;
    this.build = build;
  }

  /** The key of a pack's files: the build, then each file's path and text. */
  public String key(PackFiles files) {
    MessageDigest sha = sha256();
    update(sha, build);
    update(sha, files.manifest().text());
    for (SourceFile unit : files.units()) {
      update(sha, files.relative().get(unit.path()));
      update(sha, unit.text());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The key of the built-in pack: the build alone, in clear, since the build packaged the pack's
   * files into the jar it runs from (and no digest needs making: a cold start pays tens of
   * milliseconds for the first one).
   */
  public String builtInKey() {
    return "built-in-" + build.replaceAll("[^A-Za-z0-9.-]", "_");
  }

  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // each piece's length first: no two different packs hash the same pieces
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(bytes);
  }

  /** The index kept for {@code key}, or null when there is none that reads back whole. */
  public PackIndex find(String key) {
    Path file = folder.resolve(key);
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (lines.size() < 3
        || !lines.get(0).equals(FORMAT)
        || !lines.get(1).equals("key " + key)
        || !lines.get(lines.size() - 1).equals("sum " + sum(lines.subList(0, lines.size() - 1)))) {
      return null;
    }
    Map<String, List<String>> files = new LinkedHashMap<>();
    Map<String, List<String>> cells = new LinkedHashMap<>();
    for (String line : lines.subList(2, lines.size() - 1)) {
      String[] fields = line.split("\t", -1);
      if (fields.length < 2 || !(fields[0].equals("op") || fields[0].equals("cell"))) {
        return null;
      }
      (fields[0].equals("op") ? files : cells)
          .put(fields[1], List.of(fields).subList(2, fields.length));
    }
    return new PackIndex(files, cells);
  }

  /**
   * Keeps the index of the pack whose key is {@code key}; a folder that cannot be written is
   * skipped.
   */
  public void remember(String key, PackIndex index) {
    boolean plain =
        Stream.concat(index.files().entrySet().stream(), index.cells().entrySet().stream())
            .flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue().stream()))
            .noneMatch(name -> name.contains("\t") || name.contains("\n") || name.contains("\r"));
    if (!plain) {
      return; // a name the format cannot hold: this pack is loaded whole every time
    }
    List<String> lines = new ArrayList<>();
    lines.add(FORMAT);
    lines.add("key " + key);
    index.files().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> lines.add("op\t" + e.getKey() + "\t" + String.join("\t", e.getValue())));
    index.cells().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> lines.add("cell\t" + e.getKey() + "\t" + String.join("\t", e.getValue())));
    lines.add("sum " + sum(lines));
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, key, ".new");
      try {
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        try {
          Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // no cache: every run loads the pack whole, as it would without one
    }
  }

  /** A check of the lines against a verdict cut short or changed (not against an adversary). */
  private static String sum(List<String> lines) {
    CRC32C crc = new CRC32C();
    for (String line : lines) {
      crc.update(line.getBytes(StandardCharsets.UTF_8));
      crc.update('\n');
    }
    return Long.toHexString(crc.getValue());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
