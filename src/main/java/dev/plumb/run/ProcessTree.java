package dev.plumb.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Ends a shell and every process below it: the command its step runs and whatever that started. The
 * descendants are listed before the shell ends (after, they belong to init and cannot be found from
 * it), each gets SIGTERM, and what is still there after {@link #GRACE_MILLIS} gets SIGKILL.
 */
final class ProcessTree {
  static final long GRACE_MILLIS = 2000;

  private ProcessTree() {}

  static void end(Process shell) throws InterruptedException {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(shell.toHandle());
    tree.addAll(shell.descendants().toList());
    tree.forEach(ProcessHandle::destroy);
    // a child may have started one more process between the listing and its end
    for (ProcessHandle p : List.copyOf(tree)) {
      p.descendants().filter(d -> !tree.contains(d)).forEach(tree::add);
    }
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
    while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    shell.waitFor();
  }
}
