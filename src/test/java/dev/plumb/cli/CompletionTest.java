package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb completion bash}, sourced in a real bash: picocli's completion of commands and
 * options, and plumb's of the operations and {@code AXIS=VALUE} words, asked of plumb (here a shell
 * function running this build) with the {@code --pack} on the line.
 */
class CompletionTest {

  @Test
  void bashCompletesOperationsAndCellsFromThePack(@TempDir Path dir) throws Exception {
    Path bash = Tools.require("bash", "bash");
    TestPack.of(dir.resolve("pack"), "start.plumb", "%template start\necho start\n");
    Files.writeString(dir.resolve("plumb.bash"), CompletionCommand.script());
    String java =
        CliRun.java(Main.class.getName()).stream()
            .map(word -> "'" + word.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
    String script =
        "source ./plumb.bash\n"
            + "plumb() { "
            + java
            + " \"$@\"; }\n"
            // the line, then the words as bash splits them (at '=' too) and the cursor's word
            + "complete_at() {\n"
            + "  COMP_LINE=$1; COMP_POINT=${#1}; shift; COMP_CWORD=$1; shift\n"
            + "  COMP_WORDS=(\"$@\"); COMPREPLY=()\n"
            + "  _complete_plumb\n"
            + "  echo \"${COMPREPLY[*]}\"\n"
            + "}\n"
            + "complete_at 'plumb comp' 1 plumb comp\n"
            + "complete_at 'plumb compile --pa' 2 plumb compile --pa\n"
            + "complete_at 'plumb compile --pack pack st' 4 plumb compile --pack pack st\n"
            + "complete_at 'plumb compile --pack pack start ho' 5 plumb compile --pack pack start ho\n"
            + "complete_at 'plumb compile --pack pack start host=f' 7"
            + " plumb compile --pack pack start host = f\n"
            // plan's operation after an option that takes a value
            + "complete_at 'plumb plan --format json --pack pack st' 6"
            + " plumb plan --format json --pack pack st\n"
            // no --pack, no pack.plumb here, PLUMB_PACK empty: the built-in pack's hosts
            + "complete_at 'plumb explain-cell start host=' 4 plumb explain-cell start host =\n";
    Tools.Result result =
        Tools.run(List.of(bash.toString(), "-c", script), dir, Map.of("PLUMB_PACK", ""));
    assertEquals(
        List.of(
            "compile completion",
            "--pack",
            "start stop",
            "host=freebsd host=linux",
            "freebsd",
            "start stop",
            "=freebsd =linux =macos"),
        result.out().lines().toList(),
        result.describe());
  }
}
