package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.suite.OldVersion;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb diff --against REV}: the pack's folder at a git revision is read with git alone,
 * never touching the work tree or the index, into a temporary folder deleted after; a revision git
 * does not know, a pack outside any work tree, or a folder missing at the revision is a P420.
 */
class DiffGitTest {
  private static final String START_V1 =
      "%template start\nmkdir -p {{ vm.dir }}\nvm-start {{ vm.name }}\n";
  private static final String START_V2 =
      "%template start\nmkdir -p {{ vm.dir }}\nvm-start --quiet {{ vm.name }}\n";

  @TempDir Path repo;

  @BeforeEach
  void commitAPackTwice() throws Exception {
    git("init", "-q");
    TestPack.writeFiles(
        repo,
        TestPack.files(
            "vm/pack.plumb",
            TestPack.MANIFEST,
            "vm/start.plumb",
            START_V1,
            "vm/stop.plumb",
            "%template stop\nvm-stop {{ vm.name }}\n",
            "vm/examples/web1.json",
            "{ \"vm\": { \"name\": \"web1\" } }",
            "README",
            "not the pack\n"));
    git("add", "-A");
    git("commit", "-q", "-m", "one");
    Files.writeString(repo.resolve("vm/start.plumb"), START_V2);
    git("commit", "-q", "-a", "-m", "two");
  }

  @Test
  void aRevisionIsComparedWithoutTouchingTheWorkTreeOrTheIndex() throws Exception {
    // uncommitted work of each kind: a modified file, a staged one, an untracked one
    Files.writeString(repo.resolve("vm/stop.plumb"), "%template stop\nvm-stop -f {{ vm.name }}\n");
    Files.writeString(repo.resolve("README"), "staged\n");
    git("add", "README");
    Files.writeString(repo.resolve("vm/notes.txt"), "untracked\n");
    String status = git("status", "--porcelain");
    byte[] index = Files.readAllBytes(repo.resolve(".git/index"));
    String staged = git("diff", "--cached");

    CliRun run = CliRun.of(repo, "diff", "--pack", "vm", "--against", "HEAD~1");

    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    String out = run.out();
    assertTrue(
        out.startsWith("changes from vm at HEAD~1 (commit " + head("HEAD~1") + ") to vm: 8 of 8"),
        out);
    assertTrue(
        out.contains("-vm-start web1\n+vm-start --quiet web1\n  +6 from vm/start.plumb:3"), out);
    assertTrue(out.contains("start host=* hypervisor=* with web1"), out);
    // the uncommitted change to stop.plumb is the new version's: it is in the report
    assertTrue(out.contains("+vm-stop -f web1"), out);
    assertEquals(status, git("status", "--porcelain"));
    assertArrayEquals(index, Files.readAllBytes(repo.resolve(".git/index")));
    assertEquals(staged, git("diff", "--cached"));
  }

  @Test
  void theCurrentFolderIsComparedWithItsLastCommitAndTheJsonNamesTheCommit() throws Exception {
    Files.writeString(repo.resolve("vm/start.plumb"), START_V1);
    CliRun run = CliRun.of(repo.resolve("vm"), "diff", "--against", "HEAD", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains("\"from\": \"the current folder at HEAD (commit " + head("HEAD") + ")\""),
        run.out());
    assertTrue(run.out().contains("\"start.plumb:3\""), run.out());
  }

  @Test
  void theSameRevisionIsNoChangeAndExitCodeStaysZero() {
    CliRun run = CliRun.of(repo, "diff", "--pack", "vm", "--against", "HEAD", "--exit-code");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("no changes from vm at HEAD (commit "), run.out());
    assertEquals(1, run.out().lines().count(), run.out());
  }

  @Test
  void anUnknownRevisionIsP420AtTheOption() {
    assertP420(
        CliRun.of(repo, "diff", "--pack", "vm", "--against", "HEAD~9"),
        "'HEAD~9' is not a folder holding a pack, nor a revision of the git work tree of vm");
  }

  @Test
  void aRevisionThatLooksLikeAnOptionIsOnlyARevision() throws IOException {
    CliRun run = CliRun.of(repo, "diff", "--pack", "vm", "--against=--output=x");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("error[P420]: '--output=x' is not a folder"), run.err());
    assertFalse(Files.exists(repo.resolve("x")));
  }

  @Test
  void aPackFolderThatDidNotExistAtTheRevisionIsP420() throws Exception {
    TestPack.writeFiles(repo, TestPack.files("vm2/pack.plumb", TestPack.MANIFEST));
    assertP420(
        CliRun.of(repo, "diff", "--pack", "vm2", "--against", "HEAD"),
        "vm2 did not exist at HEAD (commit " + head("HEAD") + ")");
  }

  @Test
  void aPackOutsideAnyWorkTreeIsP420(@TempDir Path elsewhere) {
    TestPack.of(elsewhere.resolve("p"), "start.plumb", START_V1);
    assertP420(
        CliRun.of(elsewhere, "diff", "--pack", "p", "--against", "HEAD~1"),
        "'HEAD~1' is not a folder holding a pack, nor a revision: p is not in a git work tree");
  }

  @Test
  void aFolderHoldingAPackWinsOverARevisionOfThatName() throws Exception {
    TestPack.writeFiles(
        repo,
        TestPack.files(
            "HEAD/pack.plumb",
            TestPack.MANIFEST,
            "HEAD/start.plumb",
            "%template start\nvm-start --old {{ vm.name }}\n"));
    CliRun run =
        CliRun.of(
            repo, "diff", "--pack", "vm", "--against", "HEAD", "--values", "vm/examples/web1.json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("changes from HEAD to vm:"), run.out());
    assertTrue(
        run.out().contains("stop host=freebsd hypervisor=bhyve: unsupported (no template serves"),
        run.out());
  }

  @Test
  void theFolderReadFromGitIsDeletedOnClose() throws Exception {
    Path old;
    try (OldVersion version = OldVersion.open("HEAD~1", null, repo.resolve("vm"), "vm")) {
      old = version.folder();
      assertEquals("HEAD~1:vm", version.shown());
      assertEquals(START_V1, Files.readString(old.resolve("start.plumb")));
      assertTrue(Files.exists(old.resolve("examples/web1.json")));
      assertFalse(Files.exists(old.resolve("README")), "only the pack's folder is read");
    }
    assertFalse(Files.exists(old), old + " is left behind");
  }

  @Test
  void aFolderGivenAsTheOldVersionStays() throws Exception {
    Path given = repo.resolve("vm");
    try (OldVersion version = OldVersion.open("vm", given, null, "templates")) {
      assertEquals(given, version.folder());
    }
    assertTrue(Files.exists(given.resolve("pack.plumb")));
  }

  @Test
  void theBuiltInPackHasNoRevisions() {
    try {
      OldVersion.open("HEAD", null, null, "templates").close();
      throw new AssertionError("the built-in pack was compared with a revision");
    } catch (PlumbException e) {
      assertEquals(Code.P420, e.diagnostics().get(0).code());
      assertEquals("--against", e.diagnostics().get(0).span().path());
    }
  }

  /** The run failed with a P420 whose first line is {@code message}, and printed nothing else. */
  private static void assertP420(CliRun run, String message) {
    assertEquals(1, run.exit(), run.out());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("--against:1:1: error[P420]: " + message + "\n"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  /** The full id of a revision, cut to the twelve digits reports show. */
  private String head(String revision) throws Exception {
    return git("rev-parse", revision).strip().substring(0, 12);
  }

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of("-c", "user.name=plumb test", "-c", "user.email=test@plumb.invalid"));
    command.addAll(List.of("-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
    return out;
  }
}
