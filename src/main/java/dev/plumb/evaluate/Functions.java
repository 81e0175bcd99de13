package dev.plumb.evaluate;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Sizes;
import dev.plumb.types.Value;
import java.util.List;

/** The built-in functions at compile time (docs/language.md §2). */
final class Functions {
  private final ExprEvaluator eval;

  Functions(ExprEvaluator evaluator) {
    this.eval = evaluator;
  }

  Value call(Expr.Call call) {
    List<Expr> args = call.args();
    if (call.function().equals("present")) {
      return new Value.Bool(!(eval.eval(args.get(0)) instanceof Value.Absent));
    }
    Value first = eval.eval(args.get(0));
    return switch (call.function()) {
      case "len" ->
          new Value.Int(
              first instanceof Value.ListOf l
                  ? l.elements().size()
                  : text(first).codePointCount(0, text(first).length()));
      case "bytes" -> new Value.Int(((Value.Size) first).bytes());
      case "kib" -> unit(first, Sizes.unit('K'), "KiB", call);
      case "mib" -> unit(first, Sizes.unit('M'), "MiB", call);
      case "gib" -> unit(first, Sizes.unit('G'), "GiB", call);
      case "join" -> join((Value.ListOf) first, text(eval.eval(args.get(1))), call);
      case "contains" ->
          new Value.Bool(TextSearch.contains(text(first), text(eval.eval(args.get(1)))));
      case "basename" -> new Value.Text(Paths.basename(text(first)));
      case "dirname" -> new Value.Text(Paths.dirname(text(first)));
      case "replace" ->
          bounded(
              TextSearch.replace(
                  text(first),
                  text(eval.eval(args.get(1))),
                  text(eval.eval(args.get(2))),
                  eval.maxText()),
              call);
      case "commas" -> bounded(TextSearch.replace(text(first), ",", ",,", eval.maxText()), call);
      case "lower" -> bounded(Casing.lower(text(first), eval.maxText()), call);
      case "upper" -> bounded(Casing.upper(text(first), eval.maxText()), call);
      case "trim" -> new Value.Text(trim(text(first)));
      case "str" -> new Value.Text(show(first));
      // one single-quoted shell word, for text a later shell reads (the quoting of a script word)
      case "shquote" -> new Value.Text("'" + show(first).replace("'", "'\\''") + "'");
      case "default" -> first instanceof Value.Absent ? eval.eval(args.get(1)) : first;
      default -> throw new IllegalStateException("unchecked function " + call.function());
    };
  }

  private static Value unit(Value size, long unit, String name, Expr.Call call) {
    long bytes = ((Value.Size) size).bytes();
    if (bytes % unit != 0) {
      throw new EvalError(
          Diagnostic.error(
                  Code.P508, call.span(), Sizes.format(bytes) + " is not a whole number of " + name)
              .withHint("give a size that is a multiple of 1" + name.charAt(0)));
    }
    return new Value.Int(bytes / unit);
  }

  private Value join(Value.ListOf list, String separator, Expr.Call call) {
    StringBuilder out = new StringBuilder();
    List<Value> elements = list.elements();
    for (int i = 0; i < elements.size(); i++) {
      String element = show(elements.get(i));
      String before = i > 0 ? separator : "";
      if ((long) out.length() + before.length() + element.length() > eval.maxText()) {
        throw eval.tooLong(call);
      }
      out.append(before).append(element);
    }
    return new Value.Text(out.toString());
  }

  /**
   * The text a built-in made, or its error when the built-in stopped (null) because the text would
   * pass the bound.
   */
  private Value bounded(String result, Expr.Call call) {
    if (result == null) {
      throw eval.tooLong(call);
    }
    return new Value.Text(result);
  }

  static String text(Value v) {
    return ((Value.Text) v).value();
  }

  /** A scalar as text: how str() and join() show it (sizes keep their unit: 1000B). */
  static String show(Value v) {
    return Value.text(v, Sizes::format);
  }

  /** Without the spaces, tabs, line feeds and carriage returns at either end (ASCII only). */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && " \t\n\r".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " \t\n\r".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }
}
