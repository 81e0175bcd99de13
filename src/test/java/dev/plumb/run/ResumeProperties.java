package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.CompileOptions;
import dev.plumb.RunHandle;
import dev.plumb.RunJournal;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Script;
import dev.plumb.Shell;
import dev.plumb.Values;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Straight-line scripts of stub commands and state steps, killed at random moments, then resumed
 * (with {@code --rerun-step} when a refusal says a step was in flight, as a user would) until done:
 * every step completes, with the state of the steps before it; no step runs twice unless it was the
 * one in flight when its run stopped being recorded, or the journal says the run failed or was
 * stopped in it (its command may have done its work before its shell was killed; a resume runs a
 * failed step again).
 */
class ResumeProperties {
  /** What a generated step is. */
  enum Kind {
    WORK,
    SLOW_WORK,
    FAILING_WORK,
    EXPORT,
    CD
  }

  private static final Pattern RERUN = Pattern.compile("--rerun-step ([0-9]+)");

  /**
   * @param kinds the steps
   * @param kills for each attempt, how many milliseconds after its start the shell's process tree
   *     is killed (over 150: not killed)
   * @param plumbDies for each attempt with a kill, whether plumb "dies" at that moment too: the
   *     journal is put back as it was then, cut inside its last line or not
   */
  @Property(tries = 25)
  void everyStepCompletesAndNoneRunsTwiceUnlessInFlight(
      @ForAll @Size(min = 1, max = 7) List<Kind> kinds,
      @ForAll @Size(value = 4) List<@IntRange(min = 0, max = 250) Integer> kills,
      @ForAll @Size(value = 4) List<@IntRange(min = 0, max = 3) Integer> plumbDies)
      throws Exception {
    Path dir = Files.createTempDirectory("plumb-resume");
    try {
      check(dir, kinds, kills, plumbDies);
    } finally {
      TestPack.delete(dir);
    }
  }

  private static void check(
      Path dir, List<Kind> kinds, List<Integer> kills, List<Integer> plumbDies) throws Exception {
    Path top = Files.createDirectories(dir.resolve("top"));
    Path flags = Files.createDirectories(dir.resolve("flags"));
    Files.createFile(flags.resolve("log"));
    Script script = script(dir, kinds, flags);
    Runner runner =
        Runner.builder()
            .shell(Shell.DASH)
            .environment(RunnerSample.environment(dir, "FLAGS", flags.toString()))
            .directory(top)
            .build();
    Path journal = dir.resolve("journal");
    RunJournal how = RunJournal.record(journal, "start", TestPack.QEMU);
    Set<Integer> mayRunAgain = new HashSet<>();
    RunResult result = null;
    for (int attempt = 0; attempt < 4 * kinds.size() + 8; attempt++) {
      int kill = attempt < kills.size() ? kills.get(attempt) : Integer.MAX_VALUE;
      int dies = attempt < plumbDies.size() ? plumbDies.get(attempt) : 0;
      result = attempt(runner, script, how, journal, kill, dies);
      if (result instanceof RunResult.Completed) {
        break;
      }
      how = RunJournal.resume(journal, "start", TestPack.QEMU);
      mayRunAgain.addAll(endedIn(journal));
      if (result instanceof RunResult.NotStarted refused
          && refused.reason().contains("first lines were never written whole")) {
        // plumb died writing the header, before the shell started: the user runs afresh
        how = RunJournal.record(journal, "start", TestPack.QEMU);
      } else if (result instanceof RunResult.NotStarted refused) {
        Matcher m = RERUN.matcher(refused.reason());
        if (!m.find()) {
          fail("a resume refused without a step to re-run: " + refused.reason());
        }
        int step = Integer.parseInt(m.group(1));
        mayRunAgain.add(step);
        how = how.rerunningStep(step);
      }
    }
    assertEquals(new RunResult.Completed(kinds.size()), result);
    List<String> log = Files.readAllLines(flags.resolve("log"), StandardCharsets.UTF_8);
    for (int k = 1; k <= kinds.size(); k++) {
      if (kinds.get(k - 1).ordinal() > Kind.FAILING_WORK.ordinal()) {
        continue;
      }
      String expected = k + " " + expectedState(kinds, k);
      long times = log.stream().filter(expected::equals).count();
      String mine = k + " ";
      long any = log.stream().filter(l -> l.startsWith(mine)).count();
      assertEquals(any, times, "step " + k + " ran with the state of the steps before it: " + log);
      assertTrue(times >= 1, "step " + k + " completed: " + log);
      assertTrue(
          times == 1 || mayRunAgain.contains(k),
          "step "
              + k
              + " ran "
              + times
              + " times, never named for a re-run nor failed or stopped: "
              + log);
    }
  }

  /** One run or resume, its shell killed after {@code kill} ms, plumb "dying" then if asked. */
  private static RunResult attempt(
      Runner runner, Script script, RunJournal how, Path journal, int kill, int dies)
      throws Exception {
    JournalReading.ShellProcess before = shell(journal);
    RunHandle handle = runner.start(script, how);
    if (kill > 150) {
      return handle.await();
    }
    Thread.sleep(kill);
    byte[] journalThen = Files.exists(journal) ? Files.readAllBytes(journal) : null;
    JournalReading reading = journalThen == null ? null : JournalReading.read(journal);
    // plumb can die only once this attempt's shell is in the journal: in a plumb that died earlier
    // no shell would have started after (the journal names the run before its shell starts)
    boolean started = reading != null && reading.shell() != null && !reading.shell().equals(before);
    if (started) {
      ProcessHandle.of(reading.shell().pid())
          .ifPresent(
              shell -> {
                shell.descendants().forEach(ProcessHandle::destroyForcibly);
                shell.destroyForcibly();
              });
    }
    RunResult result = handle.await();
    if (dies > 0 && started && !(result instanceof RunResult.Completed)) {
      // plumb died then, its shell running on until killed: what plumb wrote after is undone, and
      // the line it was writing may be torn (the lines before it were forced to the disk)
      int lastLine = lastLineStart(journalThen);
      int cut = dies == 1 ? journalThen.length : Math.max(lastLine, journalThen.length - dies * 3);
      Files.write(journal, Arrays.copyOf(journalThen, cut));
      return new RunResult.Interrupted(null);
    }
    return result;
  }

  /**
   * The step the journal says the run failed or was stopped in: a resume runs it again (its command
   * may have done its work before the shell was killed), as it does any failed step.
   */
  private static List<Integer> endedIn(Path journal) throws Exception {
    JournalReading.End end =
        Files.exists(journal)
            ? JournalReading.read(journal).end()
            : new JournalReading.End.Unknown();
    if (end instanceof JournalReading.End.Failed failed) {
      return List.of(failed.step());
    }
    return end instanceof JournalReading.End.Stopped stopped ? List.of(stopped.step()) : List.of();
  }

  private static JournalReading.ShellProcess shell(Path journal) throws Exception {
    return Files.exists(journal) ? JournalReading.read(journal).shell() : null;
  }

  private static int lastLineStart(byte[] journal) {
    int end = journal.length - 1;
    while (end > 0 && journal[end - 1] != '\n') {
      end--;
    }
    return Math.max(end, 0);
  }

  private static Script script(Path dir, List<Kind> kinds, Path flags) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Tools.stub(
        bin,
        "work",
        "if [ -e \"$FLAGS/fail-$1\" ]; then rm -f \"$FLAGS/fail-$1\"; exit 5; fi\n"
            + "if [ -e \"$FLAGS/slow-$1\" ]; then sleep 0.05; fi\n"
            + "echo \"$1 ${PWD##*/} ${V:-none}\" >>\"$FLAGS/log\"\n");
    StringBuilder body = new StringBuilder();
    for (int k = 1; k <= kinds.size(); k++) {
      switch (kinds.get(k - 1)) {
        case WORK -> body.append("work ").append(k).append('\n');
        case SLOW_WORK -> {
          Files.createFile(flags.resolve("slow-" + k));
          body.append("work ").append(k).append('\n');
        }
        case FAILING_WORK -> {
          Files.createFile(flags.resolve("fail-" + k));
          body.append("work ").append(k).append('\n');
        }
        case EXPORT -> body.append("export V=v").append(k).append('\n');
        case CD -> body.append("mkdir -p d").append(k).append("; cd d").append(k).append('\n');
      }
    }
    return TestPack.start(dir.resolve("pack"), body.toString())
        .script("start", TestPack.QEMU, Values.of(Map.of()), CompileOptions.defaults());
  }

  /** The folder and V a work step at {@code step} sees: the last cd and export before it. */
  private static String expectedState(List<Kind> kinds, int step) {
    String folder = "top";
    String v = "none";
    for (int k = 1; k < step; k++) {
      if (kinds.get(k - 1) == Kind.CD) {
        folder = "d" + k;
      } else if (kinds.get(k - 1) == Kind.EXPORT) {
        v = "v" + k;
      }
    }
    return folder + " " + v;
  }
}
