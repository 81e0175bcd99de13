package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover on template headers, navigation between blocks, and completion and semantic tokens of the
 * places the older tests leave out, through the protocol, on a small pack whose QEMU template is
 * partly shadowed by a more specific child (itself shadowed by a grandchild in one cell).
 */
class NavigationTest {
  private static final String MANIFEST =
      """
      pack nav "navigation"

      axis host       = freebsd | linux
      axis hypervisor = bhyve | qemu
      axis guest      = freebsd | linux | windows

      operation start, stop

      type nic = { tap: name, mac: mac }

      var vm.name : name           "instance name"
      var vm.cpus : int 1..64 = 1  "virtual CPUs"
      var vm.nic  : nic?           "the VM's network card"
      let vm.home = "/vm/" + vm.name  "the VM's folder"
      var vm.disk : qcow2 | raw = raw  "image format"  # QEMU only

      exclude host = linux, hypervisor = bhyve "bhyve runs on FreeBSD only"
      """;

  private static final String STOP =
      """
      %template stop
      %include net(vm.name, vm.name)
      kill {{ vm.name }}
      """;

  @TempDir Path dir;
  private Editor editor;

  @BeforeEach
  void start() throws Exception {
    TestPack.writeFiles(
        dir,
        TestPack.utf8(
            Map.of(
                "pack.plumb", MANIFEST,
                "bhyve.plumb",
                    """
                    %template start when hypervisor = bhyve
                    %if guest == windows
                    %unsupported "no Windows guests on bhyve here"
                    %end
                    bhyve -c {{ vm.cpus }} {{ vm.name }}
                    """,
                "qemu.plumb",
                    """
                    %template start when hypervisor = qemu
                    %block args
                    echo -smp {{ vm.cpus }}
                    %end
                    %# run: the command, which a child may replace whole
                    %block run
                    qemu-system-x86_64 -name {{ vm.name }}
                    %end
                    """,
                "windows.plumb",
                    """
                    %template start when hypervisor = qemu, guest = windows
                    %extends start when hypervisor = qemu
                    %block args
                    %super
                    echo -rtc base=localtime
                    %end
                    """,
                "windows-linux.plumb",
                    """
                    %template start when hypervisor = qemu, guest = windows, host = linux
                    %extends start when hypervisor = qemu, guest = windows
                    %block args
                    echo -enable-kvm
                    %end
                    %block run
                    qemu-system-x86_64 -name {{ vm.name }} -accel kvm
                    %end
                    """,
                "net.plumb",
                    """
                    %fragment net(tap: name, bridge: name)
                    ifconfig {{ bridge }} addm {{ tap }}
                    """,
                "stop.plumb", STOP)));
    editor = new Editor(dir);
  }

  @AfterEach
  void stop() throws Exception {
    editor.close();
  }

  private void open(String file) throws Exception {
    editor.open(file, Files.readString(dir.resolve(file)));
  }

  @Test
  void hoverOnAHeaderTellsTheCellsItServesAndWhichTemplatesWinTheRest() throws Exception {
    open("qemu.plumb");
    String shown = editor.hover(editor.at("qemu.plumb", "%template", 3));
    assertEquals(
        """
        **`start` serves 4 cells (hypervisor=qemu in each)**
        - host=freebsd guest=freebsd | linux
        - host=linux guest=freebsd | linux

        `windows.plumb:1` wins 1 cell (`%template start when hypervisor = qemu, guest = windows`)
        - host=freebsd guest=windows

        `windows-linux.plumb:1` wins 1 cell \
        (`%template start when hypervisor = qemu, guest = windows, host = linux`)
        - host=linux guest=windows""",
        shown);
  }

  @Test
  void hoverOnAHeaderTellsExcludedAndUnsupportedCells() throws Exception {
    open("bhyve.plumb");
    String shown = editor.hover(editor.at("bhyve.plumb", "start", 0));
    assertTrue(
        shown.startsWith(
            """
            **`start` serves 2 cells (hypervisor=bhyve in each)**
            - host=freebsd guest=freebsd | linux
            """),
        shown);
    assertTrue(
        shown.contains(
            """
            1 cell unsupported (`%unsupported`): no Windows guests on bhyve here
            - host=freebsd guest=windows"""),
        shown);
    assertTrue(
        shown.contains(
            """
            3 cells excluded by the manifest: bhyve runs on FreeBSD only
            - host=linux guest=freebsd | linux | windows"""),
        shown);
  }

  @Test
  void hoverOnAnAxisValueOfTheHeaderStillTellsTheValue() throws Exception {
    open("qemu.plumb");
    String shown = editor.hover(editor.at("qemu.plumb", "qemu", 1));
    assertTrue(shown.contains("a value of axis `hypervisor`"), shown);
  }

  @Test
  void hoverOnTheBuiltInPackPutsCellsThatDifferInOneAxisOnOneLine() throws Exception {
    TestPack.writeFiles(dir, TestPack.read(Path.of("templates")));
    String switchUp = "net/switch-up.plumb";
    open(switchUp);
    String shown = editor.hover(editor.at(switchUp, "%template", 1));
    assertTrue(
        shown.startsWith(
            """
            **`switch-up` serves 12 cells**
            - host=freebsd hypervisor=bhyve guest=freebsd | linux | openbsd | windows
            - host=freebsd hypervisor=qemu guest=freebsd | linux | openbsd | windows
            - host=linux hypervisor=qemu guest=freebsd | linux | openbsd | windows

            12 cells unsupported (`%unsupported`): VirtualBox bridges"""),
        shown);
  }

  @Test
  void hoverStopsALongListAfterAFewLinesAndCountsTheRest() throws Exception {
    editor.open(
        "wide/pack.plumb",
        "pack wide \"wide\"\n\naxis a = a1 | a2 | a3 | a4 | a5 | a6 | a7 | a8\n"
            + "axis b = x | y\n\noperation run\n");
    editor.open("wide/run.plumb", "%template run\necho run\n");
    String shown = editor.hover(editor.at("wide/run.plumb", "run", 0));
    assertEquals(
        """
        **`run` serves 16 cells**
        - a=a1 b=x | y
        - a=a2 b=x | y
        - a=a3 b=x | y
        - a=a4 b=x | y
        - a=a5 b=x | y
        - a=a6 b=x | y
        - … and 4 more cells""",
        shown);
  }

  @Test
  void hoverOnAHeaderThatMatchesTooManyCellsSaysSoInsteadOfWalkingThem() throws Exception {
    String values = " = v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7 | v8 | v9\n";
    StringBuilder manifest = new StringBuilder("pack huge \"huge\"\n\n");
    for (String axis : List.of("a", "b", "c", "d", "e", "f")) {
      manifest.append("axis ").append(axis).append(values);
    }
    editor.open("huge/pack.plumb", manifest + "\noperation run\n");
    editor.open("huge/all.plumb", "%template run\necho all\n");
    editor.open("huge/some.plumb", "%template run when a = v0, b = v1\necho some\n");
    assertEquals(
        "`run`: its `when` matches 1000000 cells, too many to walk here (more than 100000)",
        editor.hover(editor.at("huge/all.plumb", "run", 0)));
    // a when that fixes two axes matches 10^4 cells: those alone are walked
    assertTrue(
        editor
            .hover(editor.at("huge/some.plumb", "run", 0))
            .startsWith("**`run` serves 10000 cells (a=v0 b=v1 in each)**"));
  }

  @Test
  void anOverridesDefinitionIsTheBlockOfTheNearestAncestorThatHasIt() throws Exception {
    open("windows-linux.plumb");
    assertEquals(
        List.of("windows.plumb:3"),
        editor.definition(editor.at("windows-linux.plumb", "%block args", 8)));
    // windows.plumb does not override run: the root's is the one replaced
    assertEquals(
        List.of("qemu.plumb:6"),
        editor.definition(editor.at("windows-linux.plumb", "%block run", 8)));
  }

  @Test
  void superLeadsToTheParentsBlock() throws Exception {
    open("windows.plumb");
    assertEquals(
        List.of("qemu.plumb:2"), editor.definition(editor.at("windows.plumb", "%super", 2)));
    // its references are those of the block it runs: the root's args and what replaces it
    assertEquals(
        List.of("qemu.plumb:2", "windows.plumb:3", "windows.plumb:4"),
        editor.references(editor.at("windows.plumb", "%super", 2), true));
  }

  @Test
  void referencesOfAnAxisValueAreItsWhensExcludesAndBareUsesUnderItsOwnAxis() throws Exception {
    open("windows.plumb");
    // the headers' and the %extends' whens, and a bare windows in an %if
    assertEquals(
        List.of(
            "windows-linux.plumb:1", "windows-linux.plumb:2", "windows.plumb:1", "bhyve.plumb:2"),
        editor.references(editor.at("windows.plumb", "guest = windows", 10), false));
    // host's linux, not guest's: its declaration, the header, the manifest's exclude
    open("windows-linux.plumb");
    assertEquals(
        List.of("pack.plumb:3", "windows-linux.plumb:1", "pack.plumb:17"),
        editor.references(editor.at("windows-linux.plumb", "host = linux", 9), true));
  }

  @Test
  void aRootBlockHasNoDefinitionButItsOverridesAsReferences() throws Exception {
    open("qemu.plumb");
    assertEquals(List.of(), editor.definition(editor.at("qemu.plumb", "%block args", 8)));
    // the grandchild's args replaces the child's, not the root's
    assertEquals(
        List.of("qemu.plumb:2", "windows.plumb:3", "windows.plumb:4"),
        editor.references(editor.at("qemu.plumb", "%block args", 8), true));
    assertEquals(
        List.of("windows-linux.plumb:6"),
        editor.references(editor.at("qemu.plumb", "%block run", 1), false));
  }

  /** The labels offered at the end of {@code typed}, a new last line of stop.plumb as written. */
  private List<CompletionItem> completeAfter(String typed) throws Exception {
    String text = STOP + typed;
    editor.open("stop.plumb", text);
    return editor.complete(editor.at("stop.plumb", typed, typed.length()));
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void completionInAnIfOffersAxesAndTheirValuesAndAfterAComparisonTheAxisValuesAlone()
      throws Exception {
    List<String> any = labels(completeAfter("%if "));
    assertTrue(
        any.containsAll(List.of("host", "hypervisor", "guest", "windows", "vm")), any.toString());
    assertEquals(List.of("freebsd", "linux", "windows"), labels(completeAfter("%if guest == ")));
    assertEquals(List.of("bhyve", "qemu"), labels(completeAfter("%if hypervisor != q")));
  }

  @Test
  void completionAfterAnIncludesParenthesisOffersTheFragmentsParameters() throws Exception {
    CompletionItem all = completeAfter("%include net(").get(0);
    assertEquals("tap: name, bridge: name", all.getLabel());
    assertEquals("${1:tap}, ${2:bridge})", all.getInsertText());
    CompletionItem rest = completeAfter("%include net(vm.name, ").get(0);
    assertEquals("bridge: name", rest.getLabel());
    assertEquals("${1:bridge})", rest.getInsertText());
    // the arguments are expressions: the pack's names follow
    assertTrue(labels(completeAfter("%include net(")).contains("vm"));
  }

  @Test
  void completionAfterTemplateOrExtendsOffersThePacksOperations() throws Exception {
    // a new file, its header being typed
    editor.open("new.plumb", "%template ");
    assertEquals(List.of("start", "stop"), labels(editor.complete(editor.at("new.plumb", " ", 1))));
    assertEquals(List.of("start", "stop"), labels(completeAfter("%extends st")));
  }

  @Test
  void semanticTokensMarkTheOperationAndTheAxesAndValuesOfAHeadersWhen() throws Exception {
    open("windows.plumb");
    List<String> when =
        List.of("enum hypervisor", "enumMember qemu", "enum guest", "enumMember windows");
    assertEquals(
        concat(List.of("keyword %template", "function start", "keyword when"), when),
        editor.tokens("windows.plumb", 0));
    assertEquals(
        concat(List.of("keyword %extends", "function start", "keyword when"), when.subList(0, 2)),
        editor.tokens("windows.plumb", 1));
  }

  @Test
  void semanticTokensOfTheManifestMarkKeywordsNamesTypesValuesStringsAndComments()
      throws Exception {
    open("pack.plumb");
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("pack nav", List.of("keyword pack", "namespace nav", "string \"navigation\""));
    expected.put(
        "axis host",
        List.of("keyword axis", "enum host", "enumMember freebsd", "enumMember linux"));
    expected.put("operation", List.of("keyword operation", "function start", "function stop"));
    expected.put(
        "type nic",
        List.of(
            "keyword type", "type nic", "property tap", "type name", "property mac", "type mac"));
    expected.put(
        "var vm.cpus",
        List.of(
            "keyword var",
            "variable vm.cpus",
            "type int",
            "number 1",
            "number 64",
            "number 1",
            "string \"virtual CPUs\""));
    expected.put(
        "let vm.home",
        List.of(
            "keyword let",
            "variable vm.home",
            "string \"/vm/\"",
            "operator +",
            "variable vm",
            "variable name",
            "string \"the VM's folder\""));
    expected.put(
        "var vm.disk",
        List.of(
            "keyword var",
            "variable vm.disk",
            "enumMember qcow2",
            "enumMember raw",
            "variable raw",
            "string \"image format\"",
            "comment # QEMU only"));
    expected.put(
        "exclude",
        List.of(
            "keyword exclude",
            "enum host",
            "enumMember linux",
            "enum hypervisor",
            "enumMember bhyve",
            "string \"bhyve runs on FreeBSD only\""));
    for (var line : expected.entrySet()) {
      assertEquals(line.getValue(), tokensOf("pack.plumb", line.getKey()), line.getKey());
    }
  }

  @Test
  void semanticTokensOfTheBuiltInManifest() throws Exception {
    TestPack.writeFiles(dir, TestPack.read(Path.of("templates")));
    open("pack.plumb");
    assertEquals(
        List.of(
            "keyword var",
            "variable vm.memory",
            "type size",
            "number 64M",
            "number 1T",
            "string \"guest RAM, in whole MiB\""),
        tokensOf("pack.plumb", "var vm.memory "));
    assertEquals(
        List.of(
            "keyword axis",
            "enum host",
            "enumMember freebsd",
            "enumMember linux",
            "enumMember macos"),
        tokensOf("pack.plumb", "axis host "));
    assertEquals(
        List.of(
            "comment # The usual order: create-disk, create, net-up, start, stop (or kill), net-down, destroy."),
        tokensOf("pack.plumb", "# The usual order"));
  }

  /** The tokens of the first line of the file that starts with {@code start}. */
  private List<String> tokensOf(String file, String start) throws Exception {
    List<String> lines = Files.readString(dir.resolve(file)).lines().toList();
    for (int line = 0; line < lines.size(); line++) {
      if (lines.get(line).startsWith(start)) {
        return editor.tokens(file, line);
      }
    }
    throw new AssertionError(start + " starts no line of " + file);
  }

  private static List<String> concat(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }
}
