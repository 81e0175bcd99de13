package dev.plumb.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The script a journal is of.
 *
 * @param scriptSha256 the SHA-256 of the script's text, lower-case hex
 * @param steps how many steps it has
 * @param cell the cell's axis values as {@code plumb run} takes them ({@code host=linux …})
 * @param stepHashes a short hash of each step's text ({@link #stepHash}), in step order, so that a
 *     refused resume can say which step changed; empty when not known
 */
public record JournalHeader(
    String scriptSha256, int steps, String operation, String cell, List<String> stepHashes) {

  public JournalHeader {
    stepHashes = List.copyOf(stepHashes);
  }

  /** A header that does not tell its steps apart. */
  public JournalHeader(String scriptSha256, int steps, String operation, String cell) {
    this(scriptSha256, steps, operation, cell, List.of());
  }

  /** The header of a script's journal: its text, and its steps' texts in order. */
  public static JournalHeader of(
      String scriptText, List<String> stepTexts, String operation, String cell) {
    return new JournalHeader(
        sha256(scriptText),
        stepTexts.size(),
        operation,
        cell,
        stepTexts.stream().map(JournalHeader::stepHash).toList());
  }

  /** A step's hash: the first 16 hex digits of its text's SHA-256 (a name, not a seal). */
  public static String stepHash(String text) {
    return sha256(text).substring(0, 16);
  }

  /** The SHA-256 of {@code text} in UTF-8, lower-case hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
