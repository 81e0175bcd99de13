package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.Cell;
import dev.plumb.Values;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real QEMU goes through the linux/qemu/linux cell's whole life (create-disk, create, start,
 * stop, kill, start again, kill, destroy under sh; TCG, 128M, a 64M disk, no NIC, an installer
 * "ISO" that is really a qcow2 image), each step checked on the host; kill, given a pidfile that a
 * crash left and whose pid an unrelated process now has, signals nobody.
 */
class QemuIntegrationTest {
  private static final Cell CELL = Cell.of("host", "linux", "hypervisor", "qemu", "guest", "linux");
  private static final long MIB = 1024 * 1024;

  @Test
  void aVmGoesThroughItsWholeLife(@TempDir Path tmp) throws Exception {
    Tools.require("qemu-system-x86_64", "qemu-system-x86");
    Path qemuImg = Tools.require("qemu-img", "qemu-utils");
    Path socat = Tools.require("socat", "socat");
    Tools.require("pkill", "procps");
    Path home = tmp.resolve("web1");
    Path disk = home.resolve("disk0.qcow2");
    // an installer ISO that is a qcow2 image whose backing file is a host file: QEMU must open
    // it as the raw bytes it is, not follow its header to the host file [S16]
    Path secret = Files.writeString(tmp.resolve("host-secret.txt"), "host secret\n");
    Path iso = tmp.resolve("evil.iso");
    Tools.run(
        List.of(
            qemuImg.toString(),
            "create",
            "-f",
            "qcow2",
            "-F",
            "raw",
            "-b",
            secret.toString(),
            iso.toString(),
            "1M"),
        null,
        Map.of());
    Values values =
        BuiltinPack.example("linux")
            .set("vm.accel", "tcg")
            .set("vm.disk_format", "qcow2")
            .set("vm.dir", tmp.toString())
            .set("vm.memory", "128M")
            .set("vm.cpus", "1")
            .set("vm.disk_size", "64M")
            .set("vm.disks", new ObjectMapper().writeValueAsString(List.of(disk.toString())))
            .set("vm.nics", "[]")
            .set("vm.iso", iso.toString());
    Long pid = null;
    Process unrelated = null;
    try {
      run("create-disk", values);
      String info =
          Tools.run(
                  List.of(qemuImg.toString(), "info", "--output=json", disk.toString()),
                  null,
                  Map.of())
              .out();
      assertEquals(64 * MIB, new ObjectMapper().readTree(info).path("virtual-size").asLong(), info);
      assertEquals("qcow2", new ObjectMapper().readTree(info).path("format").asText(), info);

      run("create", values);
      assertTrue(Files.isDirectory(home), "create makes the VM's folder");

      run("start", values);
      Path pidfile = home.resolve("qemu.pid");
      assertTrue(Files.exists(pidfile), "start leaves QEMU's pidfile");
      pid = Long.parseLong(Files.readString(pidfile, StandardCharsets.US_ASCII).trim());
      long qemu = pid;
      assertTrue(alive(qemu), "the QEMU process " + qemu + " runs");
      Path monitor = home.resolve("monitor.sock");
      String status = monitor(socat, monitor, "info status");
      assertTrue(status.contains("VM status"), "the monitor answers: " + status);
      String blocks = monitor(socat, monitor, "info block");
      String cdrom =
          blocks.lines().filter(l -> l.contains(iso.toString())).findFirst().orElse(blocks);
      assertTrue(cdrom.contains("(raw, read-only)"), "the ISO is opened as raw: " + cdrom);
      assertFalse(blocks.contains(secret.toString()), "no backing file is followed: " + blocks);

      // no OS in the guest to act on the power button: QEMU stays, and kill ends it
      run("stop", values);
      assertTrue(alive(qemu), "QEMU runs on after stop, the guest not acting on the button");
      run("kill", values);
      assertTrue(waitFor(() -> !alive(qemu), 20), "kill ends QEMU " + qemu);
      assertTrue(Files.exists(pidfile), "QEMU killed (SIGKILL) cannot remove its pidfile");

      // the pidfile a crash left, its pid since given to an unrelated process: kill refuses it
      unrelated = new ProcessBuilder("sleep", "60").start();
      Files.writeString(pidfile, unrelated.pid() + "\n", StandardCharsets.US_ASCII);
      assertFalse(attempt("kill", values), "kill must fail on a pidfile no process holds locked");
      assertTrue(unrelated.isAlive(), "kill must not signal the unrelated process");

      // start again over the pidfile and sockets that the killed QEMU left
      run("start", values);
      pid = Long.parseLong(Files.readString(pidfile, StandardCharsets.US_ASCII).trim());
      long again = pid;
      assertTrue(alive(again), "QEMU starts again after a kill");
      run("kill", values);
      assertTrue(waitFor(() -> !alive(again), 20), "kill ends QEMU " + again);

      run("destroy", values);
      assertFalse(Files.exists(disk), "destroy removes the disk image");
      assertFalse(Files.exists(home), "destroy removes the VM's folder");
    } finally {
      if (pid != null) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
      if (unrelated != null) {
        unrelated.destroyForcibly();
      }
    }
  }

  /** One monitor command's answer. */
  private static String monitor(Path socat, Path socket, String command) throws Exception {
    return Tools.run(
            List.of(socat.toString(), "-", "UNIX-CONNECT:" + socket),
            (command + "\n").getBytes(StandardCharsets.UTF_8),
            null,
            Map.of())
        .out();
  }

  /** Compiles one operation of the cell and runs it with sh; it must succeed. */
  private static void run(String operation, Values values) throws Exception {
    Path sh = Tools.require("sh", "dash");
    String script = BuiltinPack.pack().compile(operation, CELL, values).text();
    Tools.Result result = Tools.run(List.of(sh.toString(), "-c", script), null, Map.of());
    assertEquals(0, result.exit(), operation + " failed:\n" + script + "\n" + result.describe());
  }

  /** Compiles one operation of the cell and runs it with sh: whether it succeeded. */
  private static boolean attempt(String operation, Values values) throws Exception {
    Path sh = Tools.require("sh", "dash");
    String script = BuiltinPack.pack().compile(operation, CELL, values).text();
    return Tools.run(List.of(sh.toString(), "-c", script), null, Map.of()).exit() == 0;
  }

  private static boolean alive(long pid) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    return process.isPresent() && process.get().isAlive() && !zombie(pid);
  }

  /** A daemonized QEMU is nobody's child here, but a zombie must not count as running. */
  private static boolean zombie(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (java.io.IOException gone) {
      return false;
    }
  }

  /** Polls every 100 ms for at most {@code seconds}; true when the condition came true. */
  private static boolean waitFor(BooleanSupplier condition, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }
}
