package dev.plumb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Checked;
import dev.plumb.source.Point;
import dev.plumb.source.SourceFile;
import dev.plumb.testing.Tools;
import dev.plumb.values.Supplied;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every comment line plumb writes stays one comment whatever the names in it hold. The pack reader
 * refuses a file name with a line break (see {@code robust/PackFilesTest}); this specifies the
 * second guard, the header and {@code --annotate}, on a pack whose files are given as they were
 * read, so the hostile name reaches them: each control character is written as a visible escape,
 * and {@code sh} runs the script without the command the name holds.
 */
class NamesInCommentsTest {
  private static final String NAME = "a\ntouch canary\n#\r\u0085.plumb";
  private static final String SHOWN = "a\\ntouch canary\\n#\\r\\x85.plumb";

  @TempDir Path dir;

  private static CellCompiler.Compiled compile(boolean annotate) {
    SourceFile manifest =
        new SourceFile(
            "pack/pack.plumb",
            "pack p \"p\"\naxis host = linux\noperation run\nvar key : secret\n");
    SourceFile template =
        new SourceFile(
            "pack/" + NAME, "%template run\necho one\necho \"{{ key }}\"\n%include f()\n");
    SourceFile fragment = new SourceFile("pack/f\n.plumb", "%fragment f()\necho two\n");
    PackFiles files =
        new PackFiles(
            manifest,
            List.of(template, fragment),
            Map.of(template.path(), NAME, fragment.path(), "f\n.plumb"),
            List.of());
    Checked<PackModel> model = PackLoader.load(files);
    assertTrue(model.ok(), model.diagnostics().toString());
    return new CellCompiler(model.value())
        .compile(
            "run",
            new Point(Map.of("host", "linux")),
            Supplied.none(),
            annotate,
            CellCompiler.DEFAULT_MAX_BYTES);
  }

  @Test
  void theHeaderNamesAHostileFileOnOneCommentLine() throws Exception {
    CellCompiler.Compiled script = compile(false);
    assertEquals("one\nk\ntwo\n", run(script));
    assertEquals(
        "#!/bin/sh\n"
            + "# plumb: p run host=linux\n"
            + "# from: "
            + SHOWN
            + "\n"
            + "# secrets: PLUMB_SECRET_KEY (from the environment)\n"
            + "set -eu\n"
            + "echo one\n"
            + "echo \"${PLUMB_SECRET_KEY}\"\n"
            + "echo two\n",
        script.text());
  }

  @Test
  void annotationsNameAHostileFileOnOneCommentLine() throws Exception {
    CellCompiler.Compiled script = compile(true);
    assertEquals("one\nk\ntwo\n", run(script));
    assertEquals(
        List.of(
            "set -eu",
            "# " + SHOWN + ":2",
            "echo one",
            "# " + SHOWN + ":3",
            "echo \"${PLUMB_SECRET_KEY}\"",
            "# f\\n.plumb:2",
            "echo two"),
        script.text().lines().skip(4).toList());
  }

  /** Runs the script with {@code sh} in a fresh folder: what it printed, and no canary made. */
  private String run(CellCompiler.Compiled script) throws IOException, InterruptedException {
    Tools.Result result =
        Tools.runScript(List.of("sh"), script.text(), dir, Map.of("PLUMB_SECRET_KEY", "k"));
    assertEquals(0, result.exit(), result.describe());
    assertEquals("", result.err());
    assertFalse(Files.exists(dir.resolve("canary")), "the name's command ran");
    return result.out();
  }
}
