package dev.plumb.syntax;

import java.util.List;

/** The directive names, for "did you mean" on an unknown one. */
final class Directives {
  static final List<String> NAMES =
      List.of(
          ("template fragment extends if elif else end each let require block super include"
                  + " unsupported heredoc")
              .split(" "));

  private Directives() {}
}
