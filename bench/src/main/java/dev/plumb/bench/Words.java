package dev.plumb.bench;

import java.util.Random;
import java.util.Set;

/**
 * Seeded words that every engine writes verbatim: lower-case letters only, so plumb's quoting
 * (§1.5 of docs/language.md) leaves them bare, and never a shell reserved word, which plumb would
 * quote.
 */
final class Words {
  private static final Set<String> RESERVED =
      Set.of(
          "if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do",
          "done", "in", "function", "select", "time");
  private final Random random;

  Words(Random random) {
    this.random = random;
  }

  String next() {
    while (true) {
      int n = 4 + random.nextInt(5);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) b.append((char) ('a' + random.nextInt(26)));
      String w = b.toString();
      if (!RESERVED.contains(w)) return w;
    }
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  Random random() {
    return random;
  }
}
