package dev.plumb.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a process a journal recorded still runs: the resume of a live run is refused. */
final class LiveProcess {
  private LiveProcess() {}

  /**
   * Whether the process has ended but was not yet reaped (Linux: state Z): a shell whose plumb was
   * killed is reaped by whichever process adopted it, maybe late, and Java counts it alive till
   * then.
   */
  private static boolean zombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int name = stat.lastIndexOf(')');
      return name > 0 && stat.startsWith(" Z", name + 1);
    } catch (IOException | RuntimeException e) {
      return false; // no /proc: as alive as Java says
    }
  }

  /** Whether the process a journal recorded runs still (the same process: same id, same start). */
  static boolean running(JournalReading.ShellProcess shell) {
    return ProcessHandle.of(shell.pid())
        .filter(ProcessHandle::isAlive)
        .filter(p -> !zombie(p.pid()))
        .filter(
            p ->
                shell.startMillis() < 0
                    || p.info()
                        .startInstant()
                        .map(start -> start.toEpochMilli() == shell.startMillis())
                        .orElse(true))
        .isPresent();
  }
}
