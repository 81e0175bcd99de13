package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one run of the checker has learnt so far: diagnostics and the place of every hole. */
final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Integer, Quoting> quoting = new HashMap<>();
  private final Map<Integer, Role> roles = new HashMap<>();
  private final Set<Integer> wholeWords = new HashSet<>();
  private final Set<Integer> settled = new HashSet<>();
  private final Set<Integer> singleQuoted = new HashSet<>();
  private final Set<Integer> reportedQuotes = new HashSet<>();
  private final Set<Integer> beforeRedirection = new HashSet<>();

  void error(Code code, Span span, String message, String hint) {
    diagnostics.add(Diagnostic.error(code, span, message).withHint(hint));
  }

  void quoting(Node.Hole hole, Quoting q) {
    quoting.put(hole.index(), q);
  }

  void role(Node.Hole hole, Role role, boolean wholeWord) {
    roles.put(hole.index(), role);
    if (wholeWord) {
      wholeWords.add(hole.index());
    } else {
      wholeWords.remove(hole.index());
    }
  }

  /** The hole already has its diagnostic (or sits in a reported construct): no more on it. */
  void settle(Node.Hole hole) {
    settled.add(hole.index());
  }

  boolean isSettled(Node.Hole hole) {
    return settled.contains(hole.index());
  }

  void singleQuoted(Node.Hole hole) {
    singleQuoted.add(hole.index());
    settle(hole);
  }

  boolean isSingleQuoted(Node.Hole hole) {
    return singleQuoted.contains(hole.index());
  }

  /** The hole, with nothing but digits, makes up the word right before a {@code <} or {@code >}. */
  void beforeRedirection(Node.Hole hole) {
    beforeRedirection.add(hole.index());
  }

  boolean isBeforeRedirection(Node.Hole hole) {
    return beforeRedirection.contains(hole.index());
  }

  /**
   * Records that the quote opened at glyph {@code open} was reported; answers whether it was new.
   */
  boolean reportQuoteOnce(int open) {
    return reportedQuotes.add(open);
  }

  HoleContext context(Node.Hole hole) {
    return new HoleContext(
        quoting.getOrDefault(hole.index(), Quoting.UNQUOTED),
        roles.getOrDefault(hole.index(), Role.ARGUMENT),
        wholeWords.contains(hole.index()));
  }

  Map<Integer, HoleContext> contexts(List<Node.Hole> holes) {
    Map<Integer, HoleContext> result = new LinkedHashMap<>();
    for (Node.Hole hole : holes) {
      result.put(hole.index(), context(hole));
    }
    return result;
  }

  /** In source order, so that output does not depend on which pass found what first. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(
        Comparator.comparingInt((Diagnostic d) -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code));
    return sorted;
  }
}
