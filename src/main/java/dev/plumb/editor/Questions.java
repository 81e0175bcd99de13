package dev.plumb.editor;

import dev.plumb.ast.Unit;
import java.nio.file.Path;
import org.eclipse.lsp4j.Position;

/** The place a request asks about, found in the snapshot's template or fragment. */
final class Questions {
  private Questions() {}

  /** What lies at {@code position} of {@code file}, or null when the file is no loaded body. */
  static Lookup lookup(Snapshot snapshot, Path file, Position position) {
    Unit unit = snapshot.unit(file);
    if (unit == null) {
      return null;
    }
    return Lookup.at(unit, snapshot.model().declarations(), Positions.place(unit.file(), position));
  }
}
