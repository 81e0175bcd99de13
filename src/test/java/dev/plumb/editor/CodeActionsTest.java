package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code textDocument/codeAction} through the protocol, on a copy of the tutorial pack with a
 * fragment, an enum, a record and a child template added: each kind of "did you mean" a hint asks,
 * fixed by the action that names the word the file had, gives back the file as it was and clears
 * the finding; an {@code %end} added where the hint says makes the file parse.
 */
class CodeActionsTest {
  @TempDir Path dir;
  private EditSession session;

  @BeforeEach
  void start() throws Exception {
    TestPack.writeFiles(dir, TestPack.read(Path.of("samples", "tutorial")));
    edit(
        "pack.plumb",
        "var vm.console",
        "type nic = { tap: name, mac: string }\n\n"
            + "var vm.boot : bios | uefi = bios \"boot firmware\"\n"
            + "var vm.nics : list<nic> = [{ tap: \"tap0\", mac: \"58:9c:fc:00:00:01\" }] \"NICs\"\n"
            + "var vm.console");
    edit(
        "qemu/start.plumb",
        "  -display none",
        "%if vm.boot == uefi\n  -bios /usr/share/OVMF.fd \\\n%end\n"
            + "%each n in vm.nics\n  -nic tap,ifname={{ n.tap }} \\\n%end\n  -display none");
    edit("bhyve/start.plumb", "  -s {{ 3 + i }}:0,virtio-blk,{{ d }} \\", "%include disk(d, i)");
    edit("qemu/stop.plumb", "echo system_powerdown", "%block powerdown\necho system_powerdown");
    Files.writeString(
        dir.resolve("qemu/stop.plumb"),
        Files.readString(dir.resolve("qemu/stop.plumb")) + "%end\n");
    Files.writeString(
        dir.resolve("qemu/stop-linux.plumb"),
        "%template stop when host = linux, hypervisor = qemu\n"
            + "%extends stop when hypervisor = qemu\n"
            + "%block powerdown\necho quit | socat - UNIX-CONNECT:{{ vm.dir }}/{{ vm.name }}.sock\n"
            + "%end\n");
    Files.writeString(
        dir.resolve("bhyve/disk.plumb"),
        "%fragment disk(d: path, i: int)\n  -s {{ 3 + i }}:0,virtio-blk,{{ d }} \\\n");
    session = EditSession.on(dir);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  /** The file, the text as written, the text misspelt, the finding's code, the word it had. */
  static Stream<Arguments> misspellings() {
    return Stream.of(
        Arguments.of(
            "bhyve/start.plumb", "{{ vm.memory }} -d", "{{ vm.memroy }} -d", "P201", "vm.memory"),
        Arguments.of("qemu/start.plumb", "%each d in", "%ech d in", "P104", "%each"),
        Arguments.of(
            "qemu/start.plumb", "{{ mib(vm.memory) }}", "{{ mbi(vm.memory) }}", "P202", "mib"),
        Arguments.of("qemu/start.plumb", "%if host == linux", "%if host == linx", "P209", "linux"),
        Arguments.of(
            "qemu/start.plumb", "%if vm.boot == uefi", "%if vm.boot == uefii", "P209", "uefi"),
        Arguments.of("qemu/start.plumb", "{{ n.tap }}", "{{ n.tpa }}", "P210", "tap"),
        Arguments.of("bhyve/stop.plumb", "host = freebsd,", "host = freebds,", "P213", "freebsd"),
        Arguments.of(
            "bhyve/stop.plumb", "hypervisor = bhyve", "hypervisr = bhyve", "P213", "hypervisor"),
        Arguments.of(
            "bhyve/stop.plumb", "%template stop when", "%template stpo when", "P402", "stop"),
        Arguments.of(
            "bhyve/start.plumb", "%include disk(d, i)", "%include dsik(d, i)", "P201", "disk"),
        // the string "tap0" holds 'tap' too, but is no word of the record's
        Arguments.of("pack.plumb", "[{ tap: \"tap0\"", "[{ tpa: \"tap0\"", "P215", "tap"),
        Arguments.of("qemu/stop-linux.plumb", "%extends stop", "%extends sotp", "P408", "stop"),
        Arguments.of(
            "qemu/stop-linux.plumb", "%block powerdown", "%block powrdown", "P409", "powerdown"),
        Arguments.of("pack.plumb", "uefi = bios", "uefi = bois", "P215", "bios"),
        Arguments.of("pack.plumb", ": int 1..64", ": innt 1..64", "P214", "int"));
  }

  @ParameterizedTest(name = "{3} {2}")
  @MethodSource("misspellings")
  void theSuggestedNameReplacesTheMisspeltWordAndClearsTheFinding(
      String file, String written, String misspelt, String code, String word) throws Exception {
    String original = Files.readString(dir.resolve(file));
    assertTrue(original.contains(written), written);
    String typo = original.replaceFirst(java.util.regex.Pattern.quote(written), misspelt);
    session.open(file, typo);
    // the finding that asks "did you mean": a misspelt field leaves its record without it too
    Diagnostic finding = finding(file, code, "did you mean");

    List<CodeAction> actions = actions(file, finding.getRange());
    CodeAction fix =
        actions.stream()
            .filter(a -> edits(a, file).stream().anyMatch(e -> e.getNewText().equals(word)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no fix to " + word + " in " + actions));
    assertEquals(CodeActionKind.QuickFix, fix.getKind());
    assertTrue(
        fix.getDiagnostics().stream()
            .anyMatch(
                d -> d.getCode().getLeft().equals(code) && d.getRange().equals(finding.getRange())),
        fix.toString());
    String fixed = EditSession.apply(typo, edits(fix, file));
    assertEquals(original, fixed);

    session.change(file, fixed);
    session.await(file, found -> found.stream().noneMatch(d -> is(d, code)));
  }

  @Test
  void aWordTheSpanHoldsTwiceGetsNoFix() throws Exception {
    String file = "bhyve/start.plumb";
    String typo = Files.readString(dir.resolve(file)).replace("disk(d, i)", "dsik(dsik, i)");
    session.open(file, typo);
    Diagnostic finding = finding(file, "P201");
    assertTrue(finding.getMessage().startsWith("unknown fragment 'dsik'"), finding.getMessage());
    List<CodeAction> actions = actions(file, finding.getRange());
    assertTrue(
        actions.stream().noneMatch(a -> a.getDiagnostics().contains(finding)), actions.toString());
  }

  @Test
  void anEndMissingAtTheEndOfTheFileIsAddedThereAndTheFileParses() throws Exception {
    String file = "qemu/start.plumb";
    String original = Files.readString(dir.resolve(file));
    int lastEnd = original.lastIndexOf("%end\n");
    String open = original.substring(0, lastEnd) + original.substring(lastEnd + "%end\n".length());
    session.open(file, open);
    Diagnostic unclosed = finding(file, "P105");
    List<CodeAction> actions = actions(file, unclosed.getRange());
    assertEquals(1, actions.size(), actions.toString());
    assertEquals(open + "%end\n", EditSession.apply(open, edits(actions.get(0), file)));
    session.change(file, open + "%end\n");
    session.await(file, found -> found.stream().noneMatch(d -> isSyntaxError(d)));
  }

  @Test
  void anEndMissingBeforeAnElseIsAddedBeforeItIndentedAsItsOpener() throws Exception {
    String file = "qemu/start.plumb";
    String original = Files.readString(dir.resolve(file));
    String kvm = "  -accel kvm \\\n";
    String open = original.replace(kvm, "  %each x in vm.disks\n" + kvm);
    session.open(file, open);
    Diagnostic unclosed = finding(file, "P105");
    List<CodeAction> actions = actions(file, unclosed.getRange());
    assertEquals(1, actions.size(), actions.toString());
    String fixed = EditSession.apply(open, edits(actions.get(0), file));
    assertEquals(original.replace(kvm, "  %each x in vm.disks\n" + kvm + "  %end\n"), fixed);
    session.change(file, fixed);
    session.await(file, found -> found.stream().noneMatch(d -> isSyntaxError(d)));
  }

  @Test
  void onlyQuickFixesAreOffered() throws Exception {
    String file = "bhyve/start.plumb";
    session.open(
        file, Files.readString(dir.resolve(file)).replace("vm.memory }} -d", "vm.memroy }} -d"));
    Diagnostic finding = finding(file, "P201");
    CodeActionContext refactors =
        new CodeActionContext(List.of(finding), List.of(CodeActionKind.Refactor));
    assertEquals(List.of(), request(file, finding.getRange(), refactors));
    Range elsewhere =
        new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 1));
    assertEquals(List.of(), actions(file, elsewhere));
  }

  private Diagnostic finding(String file, String code) throws Exception {
    return finding(file, code, "");
  }

  /** The first finding of {@code file} with {@code code} whose message holds {@code words}. */
  private Diagnostic finding(String file, String code, String words) throws Exception {
    return session.await(file, found -> found.stream().anyMatch(d -> is(d, code, words))).stream()
        .filter(d -> is(d, code, words))
        .findFirst()
        .orElseThrow();
  }

  private static boolean is(Diagnostic d, String code, String words) {
    return is(d, code) && d.getMessage().contains(words);
  }

  private static boolean is(Diagnostic d, String code) {
    return d.getCode().getLeft().equals(code);
  }

  /** A P1xx: the file does not parse. */
  private static boolean isSyntaxError(Diagnostic d) {
    return d.getCode().getLeft().startsWith("P1");
  }

  private List<CodeAction> actions(String file, Range range) throws Exception {
    return request(file, range, new CodeActionContext(List.of()));
  }

  private List<CodeAction> request(String file, Range range, CodeActionContext context)
      throws Exception {
    return session
        .documents()
        .codeAction(
            new CodeActionParams(new TextDocumentIdentifier(session.uri(file)), range, context))
        .get(60, TimeUnit.SECONDS)
        .stream()
        .map(Either::getRight)
        .toList();
  }

  private List<TextEdit> edits(CodeAction action, String file) {
    Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
    assertEquals(List.of(session.uri(file)), List.copyOf(changes.keySet()), action.toString());
    return changes.get(session.uri(file));
  }

  private void edit(String file, String before, String after) throws Exception {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(before), before);
    Files.writeString(path, text.replace(before, after));
  }
}
