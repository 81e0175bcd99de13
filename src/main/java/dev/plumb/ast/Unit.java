package dev.plumb.ast;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.List;

/** A file of a pack other than the manifest: a template or a fragment. */
public sealed interface Unit permits Template, Fragment {
  SourceFile file();

  List<Node> body();

  Span header();
}
