package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.cli.Main;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real QEMU (TCG, 128M, one CPU, no NIC) runs the linux/qemu/linux cell's scripts, each run by
 * {@code plumb run} (sh, step by step), each step checked on the host, with a real guest: {@link
 * GuestImage}, a Debian kernel and a busybox initramfs that prints a line on the serial console
 * when it is up and powers off on the ACPI power button. The guest's disk is the one {@code
 * create-disk} made, the guest written into it.
 */
class QemuIntegrationTest {
  private static final long MIB = 1024 * 1024;
  private static final long DISK = 64 * MIB;

  /** How long the guest may take to come up (about 5 s under TCG on a 2-core machine). */
  private static final int BOOT_SECONDS = 90;

  /** How long QEMU may take to exit once asked to (power button, SIGTERM, SIGKILL). */
  private static final int EXIT_SECONDS = 30;

  @TempDir static Path shared;
  private static Path guest;

  /**
   * Every QEMU this test started, ended (SIGKILL) after it whatever happened; a handle, which knows
   * the process's start time, signals no other process that got its pid since.
   */
  private final List<ProcessHandle> qemus = new ArrayList<>();

  private final List<AutoCloseable> opened = new ArrayList<>();

  @BeforeAll
  static void buildTheGuest() throws Exception {
    guest = GuestImage.build(shared, DISK);
  }

  @AfterEach
  void endWhatRuns() throws Exception {
    qemus.forEach(ProcessHandle::destroyForcibly);
    for (AutoCloseable each : opened) {
      each.close();
    }
  }

  @Test
  void aGuestGoesThroughItsWholeLife(@TempDir Path tmp) throws Exception {
    Vm vm = Vm.in(tmp);
    Path home = vm.home();
    Path disk = vm.disk();
    Path pidfile = vm.pidfile();
    Settings values = values(vm);

    run("create-disk", values);
    String info = qemuImg("info", "--output=json", disk.toString());
    assertEquals(DISK, new ObjectMapper().readTree(info).path("virtual-size").asLong(), info);
    assertEquals("qcow2", new ObjectMapper().readTree(info).path("format").asText(), info);
    install(disk);

    run("create", values);
    assertTrue(Files.isDirectory(home), "create makes the VM's folder");

    Running first = boot(values, vm, "the guest comes up on the serial console");
    ProcessHandle qemu = first.qemu();
    SerialConsole console = first.console();
    String status = monitor(home, "info status");
    assertTrue(status.contains("VM status: running"), "the monitor answers: " + status);

    run("stop", values);
    assertTrue(
        console.await(GuestImage.POWER_BUTTON, EXIT_SECONDS),
        "stop presses the guest's ACPI power button:\n" + console.transcript());
    assertTrue(
        waitFor(() -> !alive(qemu), EXIT_SECONDS),
        "QEMU " + qemu.pid() + " exits once the guest powered off:\n" + console.transcript());
    assertTrue(
        waitFor(() -> !Files.exists(pidfile), EXIT_SECONDS),
        "QEMU removes its pidfile when it exits");

    Running then = boot(values, vm, "the guest comes up again after a stop");
    ProcessHandle again = then.qemu();
    SerialConsole second = then.console();
    run("kill", values);
    assertTrue(waitFor(() -> !alive(again), EXIT_SECONDS), "kill ends QEMU " + again.pid());
    assertFalse(
        second.transcript().contains(GuestImage.POWER_BUTTON),
        "kill does not ask the guest:\n" + second.transcript());
    assertTrue(
        Files.exists(pidfile),
        "kill is SIGKILL: QEMU has no time to remove its pidfile, which the next start reuses");

    Running last = boot(values, vm, "the guest comes up again after a kill, its pidfile reused");
    ProcessHandle third = last.qemu();
    run("stop", values);
    assertTrue(
        last.console().await(GuestImage.POWER_BUTTON, EXIT_SECONDS),
        "stop presses the power button of the QEMU started after a kill:\n"
            + last.console().transcript());
    assertTrue(
        waitFor(() -> !alive(third), EXIT_SECONDS),
        "QEMU "
            + third.pid()
            + " exits once the guest powered off:\n"
            + last.console().transcript());
    assertTrue(
        waitFor(() -> !Files.exists(pidfile), EXIT_SECONDS),
        "the QEMU started over the killed one's pidfile removes it when it exits");

    run("destroy", values);
    assertFalse(Files.exists(disk), "destroy removes the disk image");
    assertFalse(Files.exists(home), "destroy removes the VM's folder");
  }

  /**
   * QEMU killed with SIGKILL leaves its pidfile; once another process has that pid (written into
   * the file here), {@code stop} and {@code kill} must signal nothing: QEMU holds a lock on its
   * pidfile while it runs, and a pidfile nobody locks names no QEMU.
   */
  @Test
  void aStalePidfileNamesNoProcessToSignal(@TempDir Path tmp) throws Exception {
    Vm vm = Vm.in(tmp);
    Path pidfile = vm.pidfile();
    Settings values = values(vm);
    ProcessHandle qemu = started(values, vm);
    qemu.destroyForcibly();
    assertTrue(waitFor(() -> !alive(qemu), EXIT_SECONDS), "SIGKILL ends QEMU " + qemu.pid());
    assertTrue(Files.exists(pidfile), "QEMU killed with SIGKILL leaves its pidfile");

    Process unrelated = new ProcessBuilder("sleep", "600").start();
    opened.add(unrelated::destroyForcibly);
    Files.writeString(pidfile, unrelated.pid() + "\n", StandardCharsets.US_ASCII);
    for (String operation : List.of("stop", "kill")) {
      Tools.Result result = attempt(operation, values);
      assertFalse(
          waitFor(() -> !unrelated.isAlive(), 1),
          operation
              + " signalled process "
              + unrelated.pid()
              + ", which is not QEMU, named by a stale pidfile:\n"
              + result.describe());
    }

    run("destroy", values);
    assertFalse(Files.exists(vm.home()), "destroy removes the VM's folder");
  }

  /**
   * An image given as {@code vm.iso} is read as raw bytes: a qcow2 file named {@code evil.iso}
   * whose backing file is a host file would otherwise be probed as qcow2, and QEMU would open the
   * host file and show it to the guest as the CD.
   */
  @Test
  void anIsoIsNotProbedForItsFormat(@TempDir Path tmp) throws Exception {
    Vm vm = Vm.in(tmp);
    Path secret = tmp.resolve("host-secret");
    Files.write(secret, new byte[(int) MIB]);
    Path iso = tmp.resolve("evil.iso");
    qemuImg(
        "create", "-q", "-f", "qcow2", "-b", secret.toString(), "-F", "raw", iso.toString(), "1M");
    Settings values = values(vm).set("vm.iso", iso.toString());
    ProcessHandle qemu = started(values, vm);

    List<Path> open = openFiles(qemu.pid());
    assertTrue(open.contains(iso), "QEMU opens the ISO: " + open);
    assertFalse(
        open.contains(secret), "QEMU opened the backing file of a qcow2 named .iso: " + open);
    String block = monitor(vm.home(), "info block");
    assertTrue(
        block.lines().anyMatch(l -> l.contains("evil.iso (raw")),
        "the ISO's drive is raw: " + block);

    run("kill", values);
    assertTrue(waitFor(() -> !alive(qemu), EXIT_SECONDS), "kill ends QEMU " + qemu.pid());
    run("destroy", values);
  }

  /** Where the VM web1 keeps its files, {@code dir} its vm.dir. */
  /**
   * The disk operations run by the installed qemu-img, with the VM stopped: resize-disk grows the
   * image, snapshot makes the snapshot in it, rollback applies it (and fails on one it lacks).
   */
  @Test
  void theDiskOperationsRunWithTheInstalledQemuImg(@TempDir Path tmp) throws Exception {
    Vm vm = Vm.in(tmp);
    Settings values = values(vm).set("vm.snapshot", "before");
    run("create-disk", values);
    run("resize-disk", values.set("vm.disk_size", 2 * DISK / MIB + "M"));
    String info = qemuImg("info", "--output=json", vm.disk().toString());
    assertEquals(2 * DISK, new ObjectMapper().readTree(info).path("virtual-size").asLong(), info);

    run("snapshot", values);
    String snapshots = qemuImg("snapshot", "-l", vm.disk().toString());
    assertTrue(snapshots.contains(" before "), snapshots);
    run("rollback", values);
    Tools.Result missing = attempt("rollback", values.set("vm.snapshot", "never"));
    assertNotEquals(0, missing.exit(), missing.describe());
  }

  private record Vm(Path dir, Path home, Path disk, Path pidfile, Path console) {
    static Vm in(Path dir) {
      Path home = dir.resolve("web1");
      return new Vm(
          dir,
          home,
          home.resolve("disk0.qcow2"),
          home.resolve("qemu.pid"),
          home.resolve("console.sock"));
    }
  }

  /** The example VM as this test runs it: its files in {@code vm}, one disk, no NIC. */
  private static Settings values(Vm vm) throws IOException {
    return new Settings(List.of())
        .set("vm.accel", "tcg")
        .set("vm.disk_format", "qcow2")
        .set("vm.dir", vm.dir().toString())
        .set("vm.memory", "128M")
        .set("vm.cpus", "1")
        .set("vm.disk_size", DISK / MIB + "M")
        .set("vm.disks", new ObjectMapper().writeValueAsString(List.of(vm.disk().toString())))
        .set("vm.nics", "[]")
        // the console is DIR/NAME/console.sock, which the pack derives; vm.console switches it on
        .set("vm.console", "true");
  }

  /** The built-in pack's linux example with {@code --set NAME=VALUE}s over it. */
  private record Settings(List<String> sets) {
    Settings set(String name, String text) {
      List<String> more = new ArrayList<>(sets);
      more.add(name + "=" + text);
      return new Settings(more);
    }

    /** The words of a plumb command line that give these values. */
    List<String> words() {
      List<String> words = new ArrayList<>(List.of("--values", "templates/examples/linux.json"));
      sets.forEach(each -> words.addAll(List.of("--set", each)));
      return words;
    }
  }

  /** create-disk, the guest written into the disk, create and start: the QEMU that runs. */
  private ProcessHandle started(Settings values, Vm vm) throws Exception {
    run("create-disk", values);
    install(vm.disk());
    run("create", values);
    run("start", values);
    return qemu(vm.pidfile());
  }

  /** Writes the guest into the disk create-disk made (qcow2), keeping its size and format. */
  private static void install(Path disk) throws Exception {
    qemuImg("convert", "-n", "-f", "raw", "-O", "qcow2", guest.toString(), disk.toString());
  }

  private static String qemuImg(String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(List.of(Tools.require("qemu-img", "qemu-utils").toString()));
    command.addAll(List.of(arguments));
    Tools.Result result = Tools.run(command, null, Map.of());
    assertEquals(0, result.exit(), String.join(" ", command) + "\n" + result.describe());
    return result.out();
  }

  /**
   * What QEMU's monitor (the pack's {@code monitor.sock} in {@code home}) answers to {@code
   * command}.
   */
  private static String monitor(Path home, String command) throws Exception {
    Path socat = Tools.require("socat", "socat");
    return Tools.run(
            List.of(socat.toString(), "-", "UNIX-CONNECT:" + home.resolve("monitor.sock")),
            (command + "\n").getBytes(StandardCharsets.UTF_8),
            null,
            Map.of())
        .out();
  }

  /** The QEMU that {@code start} left running, by its pidfile; ended after the test. */
  private ProcessHandle qemu(Path pidfile) throws IOException {
    Tools.require("qemu-system-x86_64", "qemu-system-x86");
    assertTrue(Files.exists(pidfile), "start leaves QEMU's pidfile");
    long pid = Long.parseLong(Files.readString(pidfile, StandardCharsets.US_ASCII).trim());
    Optional<ProcessHandle> qemu = ProcessHandle.of(pid);
    assertTrue(qemu.isPresent() && alive(qemu.get()), "the QEMU process " + pid + " runs");
    qemus.add(qemu.get());
    return qemu.get();
  }

  /** A QEMU that runs and its guest's serial console. */
  private record Running(ProcessHandle qemu, SerialConsole console) {}

  /** start, then the guest up on its serial console ({@code what} the step, for a failure). */
  private Running boot(Settings values, Vm vm, String what) throws Exception {
    run("start", values);
    ProcessHandle qemu = qemu(vm.pidfile());
    SerialConsole console = console(vm);
    assertTrue(console.await(GuestImage.UP, BOOT_SECONDS), what + ":\n" + console.transcript());
    return new Running(qemu, console);
  }

  /** The VM's serial console; closed after the test. */
  private SerialConsole console(Vm vm) throws IOException {
    SerialConsole console = SerialConsole.attach(vm.console());
    opened.add(console);
    return console;
  }

  /** Compiles one operation of the cell and runs it with sh; it must succeed. */
  private static void run(String operation, Settings values) throws Exception {
    Tools.Result result = attempt(operation, values);
    assertEquals(0, result.exit(), operation + " failed:\n" + result.describe());
  }

  /**
   * Runs one operation of the cell with {@code plumb run} (a process of its own, sh, one line per
   * step), whatever its outcome: exit 0 only for a completed run.
   */
  private static Tools.Result attempt(String operation, Settings values) throws Exception {
    Tools.require("sh", "dash");
    Tools.require("pkill", "procps");
    List<String> command =
        new ArrayList<>(
            CliRun.java(
                Main.class.getName(),
                "run",
                operation,
                "host=linux",
                "hypervisor=qemu",
                "guest=linux"));
    command.addAll(values.words());
    return Tools.run(command, null, Map.of());
  }

  /** The files the process has open, by /proc/PID/fd. */
  private static List<Path> openFiles(long pid) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          files.add(Files.readSymbolicLink(fd));
        } catch (IOException closedMeanwhile) {
          // the descriptor was closed since the listing
        }
      }
    }
    return files;
  }

  private static boolean alive(ProcessHandle process) {
    return process.isAlive() && !zombie(process.pid());
  }

  /** A daemonized QEMU is nobody's child here, but a zombie must not count as running. */
  private static boolean zombie(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException gone) {
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
