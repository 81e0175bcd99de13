package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.Format;
import dev.plumb.cli.Main;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neovim against {@code plumb lsp}, end to end: the configuration the README gives, a copy of the
 * tutorial pack with a misspelt variable, and a Lua script (nvim/e2e.lua) that waits for the
 * diagnostic, looks at the colours (editors/vim) and the completion function the configuration
 * sets, asks for a hover, a definition and a completion, types the fix and waits for the diagnostic
 * to go, writing what it saw as JSON; and another (nvim/format.lua) that formats a messy template's
 * buffer through the server. Runs wherever the tests run: bin/test installs Neovim.
 */
class NeovimTest {
  static final Path LUA = Path.of("src", "test", "resources", "dev", "plumb", "editor", "nvim");

  /** Longer than all of the script's bounded waits together: Neovim never outlives the test. */
  static final int SECONDS = 300;

  @TempDir Path dir;

  @Test
  void theReadmeGivesTheConfigurationThisTestRuns() throws Exception {
    String config = Files.readString(LUA.resolve("plumb.lua"));
    assertTrue(
        Files.readString(Path.of("README.md")).contains("```lua\n" + config + "```\n"),
        "README.md's Neovim configuration is not " + LUA.resolve("plumb.lua"));
  }

  @Test
  void neovimShowsTheDiagnosticHoverAndDefinitionAndClearsTheFixedDiagnostic() throws Exception {
    Path pack = tutorial();
    Path template = pack.resolve("bhyve/start.plumb");
    List<String> lines = Files.readAllLines(template);
    int line = 3;
    String original = lines.get(line);
    lines.set(line, original.replace("{{ vm.memory }}", "{{ vm.memroy }}"));
    Files.write(template, lines);
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("hover_line", 5);
    task.put("hover_word", "vm.cpus");
    task.put("fix_line", line);
    task.put("fixed", original);
    Run run = neovim("e2e.lua", template, task);
    JsonNode found = run.found();
    String context = run.context();
    assertTrue(found.get("reported").asBoolean(), context);

    JsonNode diagnostic = found.get("diagnostic");
    assertEquals(line, diagnostic.get("line").asInt(), context);
    int column = lines.get(line).indexOf("vm.memroy");
    assertEquals(column, diagnostic.get("col").asInt(), context);
    assertEquals(column + "vm.memroy".length(), diagnostic.get("end_col").asInt(), context);
    String message = diagnostic.get("message").asText();
    assertTrue(message.startsWith("unknown variable 'vm.memroy'"), context);
    assertTrue(message.contains("did you mean 'vm.memory'"), context);

    // editors/vim's syntax, on the runtime path the configuration adds
    assertEquals("PreProc", found.get("colours").get("directive").asText(), context);
    assertEquals("Special", found.get("colours").get("hole").asText(), context);
    // the configuration's completion function, and what the server offers after "vm."
    assertEquals("v:lua.vim.lsp.omnifunc", found.get("omnifunc").asText(), context);
    List<String> offered = new ArrayList<>();
    found.get("completion").forEach(label -> offered.add(label.asText()));
    assertTrue(offered.containsAll(List.of("cpus", "memory", "name")), context);

    assertTrue(found.get("hover").asText().contains("var vm.cpus : int 1..64 = 1"), context);

    JsonNode definition = found.get("definition");
    assertEquals(pack.resolve("pack.plumb").toString(), definition.get("file").asText(), context);
    int declared = 0;
    List<String> manifest = Files.readAllLines(pack.resolve("pack.plumb"));
    while (!manifest.get(declared).startsWith("var vm.cpus")) {
      declared++;
    }
    assertEquals(declared, definition.get("line").asInt(), context);

    assertTrue(found.get("cleared").asBoolean(), context);
  }

  @Test
  void neovimFormatsABufferAsPlumbFmtWritesIt() throws Exception {
    Path template = tutorial().resolve("qemu/start.plumb");
    String messy =
        Files.readString(template)
            .replace("{{ vm.name }}", "{{vm.name   }}")
            .replace("%if host == linux", "  %if  host==linux")
            .replace("%each d in vm.disks", "%each   d in vm.disks   ");
    String formatted = Format.text("start.plumb", messy, false);
    assertNotEquals(messy, formatted);
    Files.writeString(template, messy);

    Run run = neovim("format.lua", template, new LinkedHashMap<>());
    assertTrue(run.found().get("ready").asBoolean(), run.context());
    List<String> lines = new ArrayList<>();
    run.found().get("lines").forEach(line -> lines.add(line.asText()));
    assertEquals(formatted, String.join("\n", lines) + "\n", run.context());
  }

  /** What a Lua script wrote of what it found, and the run of Neovim, to show when it fails. */
  record Run(JsonNode found, String context) {}

  /** A copy of the tutorial pack in the test's folder. */
  private Path tutorial() throws Exception {
    Path pack = dir.resolve("tutorial");
    TestPack.writeFiles(pack, TestPack.read(Path.of("samples", "tutorial")));
    return pack;
  }

  /**
   * Runs {@code script} (in {@link #LUA}) in a headless Neovim with the README's configuration, on
   * {@code template}, with {@code task} in the JSON file $PLUMB_E2E, and reads what it found from
   * the task's "out" file; fails when it wrote nothing or an error.
   */
  private Run neovim(String script, Path template, Map<String, Object> task) throws Exception {
    Path nvim = Tools.require("nvim", "neovim");
    Path out = dir.resolve("found.json");
    task.put("cmd", CliRun.java(Main.class.getName(), "lsp"));
    task.put("vim_dir", Path.of("editors", "vim").toAbsolutePath().toString());
    task.put("config", LUA.resolve("plumb.lua").toAbsolutePath().toString());
    task.put("template", template.toString());
    task.put("out", out.toString());
    Path taskFile = dir.resolve("task.json");
    ObjectMapper json = new ObjectMapper();
    json.writeValue(taskFile.toFile(), task);

    Path home = Files.createDirectories(dir.resolve("home"));
    Tools.Result run =
        Tools.run(
            List.of(
                nvim.toString(),
                "--headless",
                "--clean",
                "-i",
                "NONE",
                "-c",
                "luafile " + LUA.resolve(script).toAbsolutePath()),
            new byte[0],
            dir,
            Map.of(
                "PLUMB_E2E", taskFile.toString(),
                "HOME", home.toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString()),
            SECONDS);
    assertTrue(Files.exists(out), "Neovim wrote nothing: " + run.describe());
    JsonNode found = json.readTree(out.toFile());
    String context = found.toPrettyString() + "\n" + run.describe();
    assertTrue(found.get("error").isNull(), context);
    return new Run(found, context);
  }
}
