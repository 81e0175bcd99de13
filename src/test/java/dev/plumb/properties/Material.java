package dev.plumb.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Raw random material (hostile texts and numbers) that {@link ValuesGen} shapes into values of any
 * declared type, so that values need no {@code flatMap} on the pack and shrink on their own.
 */
record Material(List<String> texts, List<Long> numbers) {

  public Material {
    texts = List.copyOf(texts);
    numbers = List.copyOf(numbers);
  }

  static Arbitrary<Material> any() {
    Arbitrary<Long> number =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.longs().between(0, 40)),
            Tuple.of(2, Arbitraries.longs()),
            Tuple.of(
                1,
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L << 40, (1L << 30) * 3 / 2)));
    Arbitrary<String> text =
        Arbitraries.frequencyOf(Tuple.of(3, Hostile.strings()), Tuple.of(1, Hostile.injection()));
    return Combinators.combine(text.list().ofMaxSize(8), number.list().ofMaxSize(12))
        .as(Material::new);
  }

  /** Reads the material in order, starting over when a list runs out. */
  static final class Cursor {
    private final Material material;
    private int text;
    private int number;

    Cursor(Material material) {
      this.material = material;
    }

    String text() {
      List<String> texts = material.texts();
      return texts.isEmpty() ? "" : texts.get(text++ % texts.size());
    }

    long number() {
      List<Long> numbers = material.numbers();
      return numbers.isEmpty() ? 0 : numbers.get(number++ % numbers.size());
    }

    /** A number in {@code 0..bound-1}. */
    int below(int bound) {
      return (int) Math.floorMod(number(), (long) bound);
    }
  }
}
