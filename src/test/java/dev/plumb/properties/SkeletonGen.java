package dev.plumb.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for {@link Stmt} trees: lists of choices, nested to a fixed depth, that shrink to
 * fewer and plainer statements.
 */
final class SkeletonGen {
  /** How many ways {@link Realizer} writes an argument. */
  static final int ARG_FORMS = 12;

  private SkeletonGen() {}

  static Arbitrary<Integer> pick() {
    return Arbitraries.integers().between(0, 1000);
  }

  static Arbitrary<Stmt.Arg> arg() {
    return Combinators.combine(Arbitraries.integers().between(0, ARG_FORMS - 1), pick(), pick())
        .as(Stmt.Arg::new);
  }

  static Arbitrary<List<Stmt.Arg>> args(int max) {
    return arg().list().ofMinSize(0).ofMaxSize(max);
  }

  /** A body of one to {@code width} statements; directives nest {@code depth} more levels. */
  static Arbitrary<List<Stmt>> body(int depth, int width) {
    return statement(depth).list().ofMinSize(1).ofMaxSize(width);
  }

  static Arbitrary<Stmt> statement(int depth) {
    Arbitrary<Stmt> command = Combinators.combine(pick(), args(4), pick()).as(Stmt.Command::new);
    Arbitrary<Stmt> continued =
        Combinators.combine(args(2), pick(), arg(), args(2)).as(Stmt.Continued::new);
    Arbitrary<Stmt> heredoc =
        Combinators.combine(pick(), args(3), pick(), arg()).as(Stmt.Heredoc::new);
    Arbitrary<Stmt> let = Combinators.combine(pick(), pick()).as(Stmt.Let::new);
    Arbitrary<Stmt> require = pick().map(Stmt.Require::new);
    Arbitrary<Stmt> index = Combinators.combine(pick(), args(2)).as(Stmt.Index::new);
    Arbitrary<Stmt> include =
        Combinators.combine(pick(), pick().list().ofMaxSize(4)).as(Stmt.Include::new);
    Arbitrary<Stmt> comment = Combinators.combine(pick(), args(2)).as(Stmt.Comment::new);
    Arbitrary<Stmt> assign = Combinators.combine(pick(), arg()).as(Stmt.Assign::new);
    if (depth <= 0) {
      return Arbitraries.frequencyOf(
          Tuple.of(8, command),
          Tuple.of(2, continued),
          Tuple.of(2, heredoc),
          Tuple.of(2, let),
          Tuple.of(1, require),
          Tuple.of(1, index),
          Tuple.of(3, include),
          Tuple.of(1, comment),
          Tuple.of(1, assign));
    }
    Arbitrary<List<Stmt>> inner = body(depth - 1, 3);
    Arbitrary<List<Stmt>> maybe = statement(depth - 1).list().ofMaxSize(2);
    Arbitrary<Stmt> ifs = Combinators.combine(pick(), inner, pick(), maybe, maybe).as(Stmt.If::new);
    Arbitrary<Stmt> each =
        Combinators.combine(pick(), Arbitraries.of(false, true), inner).as(Stmt.Each::new);
    Arbitrary<Stmt> present =
        Combinators.combine(pick(), pick(), inner, maybe).as(Stmt.Present::new);
    return Arbitraries.frequencyOf(
        Tuple.of(8, command),
        Tuple.of(2, continued),
        Tuple.of(2, heredoc),
        Tuple.of(2, let),
        Tuple.of(1, require),
        Tuple.of(1, index),
        Tuple.of(3, include),
        Tuple.of(1, comment),
        Tuple.of(1, assign),
        Tuple.of(3, ifs),
        Tuple.of(2, each),
        Tuple.of(2, present));
  }
}
