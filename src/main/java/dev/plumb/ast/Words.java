package dev.plumb.ast;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An immutable list of words (axis values, enum words, operations, a {@code when}'s alternatives)
 * that answers {@code contains} in constant time. These lists have no length limit, and are asked
 * once per cell, value or template: with a plain list, a pack with a thousand of them would take
 * quadratic time.
 */
public final class Words extends AbstractList<String> implements RandomAccess {
  private final List<String> words;
  private final Set<String> set;

  private Words(List<String> words) {
    this.words = List.copyOf(words);
    this.set = new HashSet<>(this.words);
  }

  /** The words in order; {@code words} itself when it already is one. */
  public static Words of(List<String> words) {
    return words instanceof Words w ? w : new Words(words);
  }

  @Override
  public String get(int index) {
    return words.get(index);
  }

  @Override
  public int size() {
    return words.size();
  }

  @Override
  public boolean contains(Object o) {
    return set.contains(o);
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    return set.containsAll(c);
  }

  @Override
  public int indexOf(Object o) {
    return set.contains(o) ? words.indexOf(o) : -1;
  }
}
