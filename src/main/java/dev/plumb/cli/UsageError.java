package dev.plumb.cli;

/**
 * A usage error found once the words are read ({@code --source-map} without {@code -o}): reported
 * as picocli reports its own, whichever way the words were read.
 */
final class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message);
  }
}
