package dev.plumb.editor;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Diagnostic;
import dev.plumb.lint.Linter;
import dev.plumb.pipeline.PackFiles;
import dev.plumb.pipeline.PackLoader;
import dev.plumb.pipeline.PackModel;
import dev.plumb.source.SourceFile;
import dev.plumb.syntax.Syntax;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack as the editor has it at one moment: its files (the unsaved text of open documents over the
 * disk's), loaded and checked, and its manifest as written, for the places of declarations the
 * checked model does not keep (a record's fields). Files are named by their absolute paths, so that
 * every span leads back to its file.
 *
 * @param model the checked pack, or null when its manifest cannot be read
 * @param manifest the manifest's syntax tree, or null when it cannot be parsed
 */
record Snapshot(
    Path root,
    Checked<PackModel> loaded,
    PackModel model,
    Manifest manifest,
    Map<Path, SourceFile> sources) {

  /** Reads and checks the pack at {@code root} with the editor's {@code unsaved} texts. */
  static Snapshot load(Path root, Map<Path, String> unsaved) {
    PackFiles files = PackFiles.read(root, shown(root), unsaved);
    Checked<PackModel> loaded = PackLoader.load(files);
    Manifest manifest = Syntax.readManifest(files.manifest()).value();
    Map<Path, SourceFile> sources = new HashMap<>();
    sources.put(root.resolve(PackRoot.MANIFEST), files.manifest());
    files.units().forEach(f -> sources.put(Path.of(f.path()).normalize(), f));
    return new Snapshot(root, loaded, loaded.value(), manifest, Map.copyOf(sources));
  }

  /** How the pack's files are named in spans: by their absolute paths. */
  static String shown(Path root) {
    return root.toString();
  }

  /** Every finding of {@code plumb lint} on the pack as it is now. */
  List<Diagnostic> lint() {
    return Linter.run(loaded, root, shown(root), false);
  }

  /** The file a span's path names. */
  Path file(String spanPath) {
    Path path = Path.of(spanPath);
    return (path.isAbsolute() ? path : root.resolve(path)).normalize();
  }

  /** The template or fragment read from {@code file}, or null. */
  Unit unit(Path file) {
    if (model == null) {
      return null;
    }
    for (Template t : model.templates()) {
      if (file(t.file().path()).equals(file)) {
        return t;
      }
    }
    for (Fragment f : model.fragments()) {
      if (file(f.file().path()).equals(file)) {
        return f;
      }
    }
    return null;
  }
}
