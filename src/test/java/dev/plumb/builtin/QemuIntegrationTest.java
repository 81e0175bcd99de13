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
 * stop, kill, destroy under sh; TCG, 128M, a 64M disk, no NIC), each step checked on the host.
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
    Values values =
        BuiltinPack.example("linux")
            .set("vm.accel", "tcg")
            .set("vm.disk_format", "qcow2")
            .set("vm.dir", tmp.toString())
            .set("vm.memory", "128M")
            .set("vm.cpus", "1")
            .set("vm.disk_size", "64M")
            .set("vm.disks", new ObjectMapper().writeValueAsString(List.of(disk.toString())))
            .set("vm.nics", "[]");
    Long pid = null;
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
      String status =
          Tools.run(
                  List.of(socat.toString(), "-", "UNIX-CONNECT:" + monitor),
                  "info status\n".getBytes(StandardCharsets.UTF_8),
                  null,
                  Map.of())
              .out();
      assertTrue(status.contains("VM status"), "the monitor answers: " + status);

      // no OS in the guest to act on the power button: QEMU may well stay, which is fine
      run("stop", values);
      waitFor(() -> !alive(qemu), 3);
      if (alive(qemu)) {
        run("kill", values);
        assertTrue(waitFor(() -> !alive(qemu), 20), "kill ends QEMU " + qemu);
      }
      assertTrue(
          waitFor(() -> !Files.exists(pidfile), 20), "QEMU removes its pidfile when it exits");

      run("destroy", values);
      assertFalse(Files.exists(disk), "destroy removes the disk image");
      assertFalse(Files.exists(home), "destroy removes the VM's folder");
    } finally {
      if (pid != null) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** Compiles one operation of the cell and runs it with sh; it must succeed. */
  private static void run(String operation, Values values) throws Exception {
    Path sh = Tools.require("sh", "dash");
    String script = BuiltinPack.pack().compile(operation, CELL, values).text();
    Tools.Result result = Tools.run(List.of(sh.toString(), "-c", script), null, Map.of());
    assertEquals(0, result.exit(), operation + " failed:\n" + script + "\n" + result.describe());
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
