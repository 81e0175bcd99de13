package dev.plumb.syntax;

import dev.plumb.ast.Selector;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;

/** {@code axis = a | b, axis = c}: a template's {@code when} and a manifest's {@code exclude}. */
final class Selectors {
  private Selectors() {}

  /** The selector written, or one that admits every cell (at {@code fallback}) when none is. */
  static Selector of(PlumbParser.SelectorContext ctx, Span fallback, Spans spans) {
    if (ctx == null) {
      return Selector.any(fallback);
    }
    List<Selector.Choice> choices = new ArrayList<>();
    for (PlumbParser.AxisChoiceContext c : ctx.axisChoice()) {
      // IDENT(i) walks the children each time: a long 'a | b | …' would take quadratic time
      List<TerminalNode> words = c.IDENT();
      List<String> values = new ArrayList<>();
      for (TerminalNode value : words.subList(1, words.size())) {
        values.add(value.getText());
      }
      choices.add(new Selector.Choice(words.get(0).getText(), values, spans.of(c)));
    }
    return new Selector(List.copyOf(choices), spans.of(ctx));
  }
}
