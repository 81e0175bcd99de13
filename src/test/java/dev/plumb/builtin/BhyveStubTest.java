package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.Tools;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bhyve scripts, run under dash against stub commands, pass each command the argv
 * docs/sources.md documents (bhyve on FreeBSD; its networking: FreeBsdNetStubTest).
 */
class BhyveStubTest {
  @TempDir Path tmp;
  private StubHost host;
  private String dir;

  @BeforeEach
  void stubs() throws Exception {
    host =
        StubHost.create(
            tmp,
            List.of(
                "bhyve",
                "bhyveload",
                "grub-bhyve",
                "bhyvectl",
                "daemon",
                "pkill",
                "pgrep",
                "sleep",
                "ifconfig",
                "cp",
                "cu",
                "kldload",
                "sysctl"),
            List.of("mkdir", "truncate", "rm", "find"));
    dir = tmp.toString();
  }

  private static Cell cell(String guest) {
    return Cell.of("host", "freebsd", "hypervisor", "bhyve", "guest", guest);
  }

  /** An example VM whose folder is in the test's one: DIR/NAME, disks included. */
  private Values vm(String example, String name, String... disks) {
    StringBuilder json = new StringBuilder("[");
    for (String d : disks) {
      json.append(json.length() > 1 ? ", " : "")
          .append('"')
          .append(dir)
          .append('/')
          .append(name)
          .append('/')
          .append(d)
          .append('"');
    }
    return BuiltinPack.example(example)
        .set("vm.dir", dir)
        .set("vm.disks", json.append(']').toString());
  }

  private List<List<String>> run(String operation, String guest, Values values) throws Exception {
    host.clear();
    host.run(BuiltinPack.pack().compile(operation, cell(guest), values).text());
    return host.calls();
  }

  @Test
  void createDiskTruncatesASparseRawImageAndNeverOverwritesOne() throws Exception {
    Values values = vm("freebsd", "fbsd1", "disk0.img").set("vm.disk_size", "1G");
    // Create disk: truncate -s 16G guest.img [S9]
    assertEquals(
        List.of(
            List.of("mkdir", "-p", dir + "/fbsd1"),
            List.of("truncate", "-s", "1G", dir + "/fbsd1/disk0.img")),
        run("create-disk", "freebsd", values));
    assertEquals(1L << 30, Files.size(tmp.resolve("fbsd1/disk0.img")));
    Tools.Result again =
        host.attempt(BuiltinPack.pack().compile("create-disk", cell("freebsd"), values).text());
    assertNotEquals(0, again.exit(), "a second create-disk must fail, not resize the image");
    assertEquals(1L << 30, Files.size(tmp.resolve("fbsd1/disk0.img")));
  }

  @Test
  void createMakesTheFolderAndCopiesTheUefiVariables() throws Exception {
    // UEFI: cp /usr/local/share/uefi-firmware/BHYVE_UEFI_VARS.fd /path/to/vm-image/
    // [S9]; Windows, and OpenBSD, which boots from the UEFI bootrom only [S68]
    List<List<String>> uefi =
        List.of(
            List.of("mkdir", "-p", dir + "/win1"),
            List.of(
                "cp",
                "/usr/local/share/uefi-firmware/BHYVE_UEFI_VARS.fd",
                dir + "/win1/BHYVE_UEFI_VARS.fd"));
    assertEquals(uefi, run("create", "windows", vm("windows", "win1", "c.img")));
    assertEquals(uefi, run("create", "openbsd", vm("windows", "win1", "c.img")));
    assertEquals(
        List.of(List.of("mkdir", "-p", dir + "/fbsd1")),
        run("create", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void aFreeBsdGuestBootsWithBhyveload() throws Exception {
    String home = dir + "/fbsd1";
    // FreeBSD guests: bhyveload -m <MEM> -d <DISK> [-e <name=value>] [-c <CONSDEV>] <VMNAME>
    // [S7], autoboot_delay as vm-bhyve sets it [S13];
    // Start: bhyve -c <NCPU>[,sockets=n][,cores=n] -m <MEM> -H -P [-A] … -s 0,hostbridge …
    // -l com1,/dev/nmdm-NAME.1A <VMNAME> [S6][S9]; then the pidfile daemon keeps locked [S33][S34]
    assertEquals(
        List.of(
            List.of(
                "bhyveload",
                "-m",
                "2G",
                "-d",
                home + "/disk0.img",
                "-e",
                "autoboot_delay=3",
                "-c",
                "/dev/nmdm-fbsd1.1A",
                "fbsd1"),
            List.of(
                "daemon",
                "-f",
                "-p",
                home + "/bhyve.pid",
                "-o",
                home + "/bhyve.log",
                "bhyve",
                "-c",
                "2,sockets=1,cores=2",
                "-m",
                "2G",
                "-A",
                "-D",
                "-H",
                "-P",
                "-u",
                "-s",
                "0,hostbridge",
                "-s",
                "4,virtio-blk," + home + "/disk0.img",
                "-s",
                "10,virtio-net,tap0,mac=58:9c:fc:00:00:01",
                "-s",
                "31,lpc",
                "-l",
                "com1,/dev/nmdm-fbsd1.1A",
                "fbsd1"),
            List.of("sleep", "2"),
            List.of("pgrep", "-L", "-F", home + "/bhyve.pid")),
        run("start", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void startDestroysNoLeftoverInstanceWhateverVmStaleSays() throws Exception {
    // bhyveload, grub-bhyve and bhyve with a bootrom reinitialise an existing VM (vm_reinit) [S65]:
    // no bhyvectl --destroy, which fails when the instance is already gone
    List<List<String>> calls =
        run("start", "freebsd", vm("freebsd", "fbsd1", "disk0.img").set("vm.stale", "true"));
    assertEquals("bhyveload", calls.get(0).get(0));
    assertTrue(calls.stream().noneMatch(call -> call.get(0).equals("bhyvectl")), calls.toString());
  }

  @Test
  void startFailsWhenBhyveIsGoneTwoSecondsOn() throws Exception {
    // daemon returns once bhyve is spawned; when bhyve dies, daemon removes the pidfile, and
    // pgrep -L -F fails (exit 2: the pidfile cannot be opened, or is not locked) [S33][S34]
    host.restub("pgrep", "exit 2\n");
    Tools.Result result =
        host.attempt(
            BuiltinPack.pack()
                .compile("start", cell("freebsd"), vm("freebsd", "fbsd1", "disk0.img"))
                .text());
    assertNotEquals(0, result.exit(), "start must fail when bhyve did not stay up");
    List<List<String>> calls = host.calls();
    assertEquals("pgrep", calls.get(calls.size() - 1).get(0));
  }

  @Test
  void aLinuxGuestBootsWithGrubBhyveFromAWrittenDeviceMapAndGrubCfg() throws Exception {
    String home = dir + "/web1";
    Files.createDirectories(tmp.resolve("web1"));
    List<List<String>> calls = run("start", "linux", vm("linux", "web1", "root.img", "data.img"));
    // Linux guests: device.map lines "(hd0) <path>" [S9][S13]
    assertEquals(
        "(hd0) " + home + "/root.img\n(hd1) " + home + "/data.img\n",
        Files.readString(tmp.resolve("web1/device.map"), StandardCharsets.UTF_8));
    // vm-bhyve's default root (hd0,1): the first partition, MBR or GPT [S13]; exit ends
    // grub-bhyve with status 1 when the guest's grub.cfg is not there, instead of its prompt [S10]
    assertEquals(
        "set root='hd0,1'\nconfigfile '/boot/grub/grub.cfg'\n"
            + "echo \"grub-bhyve: the guest's grub.cfg is not there:"
            + " set vm.grub_root and vm.grub_config\"\nexit\n",
        Files.readString(tmp.resolve("web1/grub.cfg"), StandardCharsets.UTF_8));
    // vm-bhyve's non-interactive shape: grub-bhyve [-c <nmdmA>] -m <VMDIR>/device.map -M <MEM> -r
    // host -d <VMDIR>
    // <VMNAME> [S13]; options before the name in any order (argp [S10])
    assertEquals(
        List.of(
            "grub-bhyve", "-m", home + "/device.map", "-M", "1G", "-r", "host", "-d", home, "web1"),
        calls.get(0));
    assertEquals(
        List.of(
            "daemon",
            "-f",
            "-p",
            home + "/bhyve.pid",
            "-o",
            home + "/bhyve.log",
            "bhyve",
            "-c",
            "2,sockets=1,cores=2",
            "-m",
            "1G",
            "-A",
            "-D",
            "-H",
            "-P",
            "-u",
            "-s",
            "0,hostbridge",
            "-s",
            "4,virtio-blk," + home + "/root.img",
            "-s",
            "5,virtio-blk," + home + "/data.img",
            "-s",
            "10,virtio-net,tap1,mac=58:9c:fc:00:00:02",
            "-s",
            "31,lpc",
            "web1"),
        calls.get(1));
    assertEquals(4, calls.size());
  }

  @Test
  void aLinuxGuestsGrubCfgCanBeElsewhere() throws Exception {
    Files.createDirectories(tmp.resolve("web1"));
    run(
        "start",
        "linux",
        vm("linux", "web1", "root.img")
            .set("vm.grub_root", "hd0,2")
            .set("vm.grub_config", "/grub2/grub.cfg"));
    // vm-bhyve's grub_run_partition and grub_run_dir: RHEL's grub2/, a separate /boot [S13]
    String cfg = Files.readString(tmp.resolve("web1/grub.cfg"), StandardCharsets.UTF_8);
    assertTrue(cfg.startsWith("set root='hd0,2'\nconfigfile '/grub2/grub.cfg'\n"), cfg);
  }

  @Test
  void aLinuxInstallerBootsFromTheCd() throws Exception {
    String home = dir + "/web1";
    Files.createDirectories(tmp.resolve("web1"));
    List<List<String>> calls =
        run(
            "start",
            "linux",
            vm("linux", "web1", "root.img")
                .set("vm.iso", dir + "/debian.iso")
                .set("vm.console", "true"));
    // Linux guests: "(cd0) ./somelinux.iso" in the device map; grub-bhyve -c <tty> [S9][S10]
    assertEquals(
        "(cd0) " + dir + "/debian.iso\n(hd0) " + home + "/root.img\n",
        Files.readString(tmp.resolve("web1/device.map"), StandardCharsets.UTF_8));
    assertEquals(
        "set root=(cd0)\nconfigfile /boot/grub/grub.cfg\n"
            + "echo \"grub-bhyve: the installer has no /boot/grub/grub.cfg:"
            + " install with vm.firmware = uefi\"\nexit\n",
        Files.readString(tmp.resolve("web1/grub.cfg"), StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "grub-bhyve",
            "-m",
            home + "/device.map",
            "-M",
            "1G",
            "-r",
            "host",
            "-d",
            home,
            "-c",
            "/dev/nmdm-web1.1A",
            "web1"),
        calls.get(0));
    assertTrue(calls.get(1).contains("3,ahci-cd," + dir + "/debian.iso"), calls.get(1).toString());
  }

  @Test
  void anOpenBsdGuestBootsFromTheUefiBootrom() throws Exception {
    String home = dir + "/obsd1";
    Values values =
        vm("windows", "obsd1", "disk0.img").set("vm.name", "obsd1").set("vm.iso", "null");
    // kopenbsd no longer boots OpenBSD 7.4 [S68]: UEFI, -w as vm-bhyve's OpenBSD template [S13],
    // and a framebuffer without VGA I/O ports (vga=off, "an example of such a guest is OpenBSD
    // in UEFI mode") [S6]
    List<List<String>> calls = run("start", "openbsd", values);
    assertEquals("daemon", calls.get(0).get(0));
    List<String> bhyve = calls.get(0);
    assertEquals(
        List.of("-u", "-w", "-s", "0,hostbridge"),
        bhyve.subList(bhyve.indexOf("-P") + 1, bhyve.indexOf("-P") + 5));
    assertTrue(bhyve.contains("29,fbuf,tcp=127.0.0.1:5900,w=1024,h=768,vga=off"), bhyve.toString());
    assertTrue(
        bhyve.contains(
            "bootrom,/usr/local/share/uefi-firmware/BHYVE_UEFI_CODE.fd,"
                + home
                + "/BHYVE_UEFI_VARS.fd"),
        bhyve.toString());
    assertTrue(calls.stream().noneMatch(call -> call.get(0).equals("grub-bhyve")));
  }

  @Test
  void aWindowsGuestBootsFromTheUefiBootrom() throws Exception {
    String home = dir + "/win1";
    // UEFI: -l bootrom,BHYVE_UEFI_CODE.fd,<VARS>, the code bhyve(8) pairs a VARS file with [S6];
    // the Handbook's Windows guest: nvme disk, ahci-cd installer, -w, xhci tablet, fbuf for VNC
    // [S9], waiting for a VNC client while the installer is there (fbuf wait) [S6][S13]; one
    // socket of N cores [S6][S13]
    assertEquals(
        List.of(
            List.of(
                "daemon",
                "-f",
                "-p",
                home + "/bhyve.pid",
                "-o",
                home + "/bhyve.log",
                "bhyve",
                "-c",
                "2,sockets=1,cores=2",
                "-m",
                "8G",
                "-A",
                "-D",
                "-H",
                "-P",
                "-w",
                "-s",
                "0,hostbridge",
                "-s",
                "3,ahci-cd,/vm/iso/Win10_22H2_English_x64.iso",
                "-s",
                "4,nvme," + home + "/c.img",
                "-s",
                "10,e1000,tap2,mac=58:9c:fc:00:00:03",
                "-s",
                "29,fbuf,tcp=127.0.0.1:5900,w=1024,h=768,wait",
                "-s",
                "30,xhci,tablet",
                "-s",
                "31,lpc",
                "-l",
                "bootrom,/usr/local/share/uefi-firmware/BHYVE_UEFI_CODE.fd,"
                    + home
                    + "/BHYVE_UEFI_VARS.fd",
                "win1"),
            List.of("sleep", "2"),
            List.of("pgrep", "-L", "-F", home + "/bhyve.pid")),
        run("start", "windows", vm("windows", "win1", "c.img")));
  }

  @Test
  void theVncPasswordReachesBhyveInARootOnlyFileNotItsArguments() throws Exception {
    String home = dir + "/win1";
    Files.createDirectories(tmp.resolve("win1"));
    String password = "pa$s %(x) 'q\"";
    host.clear();
    host.run(
        BuiltinPack.pack()
            .compile(
                "start",
                cell("windows"),
                vm("windows", "win1", "c.img").set("vm.display_password", "true"))
            .text(),
        Map.of("PLUMB_SECRET_VM_DISPLAY_PASSWORD", password));
    // fbuf's password, as a configuration variable of its PCI node in a -k file [S6][S66]
    Path conf = tmp.resolve("win1/vnc.conf");
    assertEquals(
        "pci.0.29.0.password=" + password + "\n", Files.readString(conf, StandardCharsets.UTF_8));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(conf));
    List<String> bhyve = host.calls().get(0);
    int k = bhyve.indexOf("-k");
    assertEquals(home + "/vnc.conf", bhyve.get(k + 1));
    assertTrue(k > bhyve.indexOf("29,fbuf,tcp=127.0.0.1:5900,w=1024,h=768,wait"), bhyve.toString());
    assertTrue(bhyve.stream().noneMatch(arg -> arg.contains("pa$s")), bhyve.toString());
  }

  @Test
  void stopSendsSigtermAndKillDestroysTheVm() throws Exception {
    String pidfile = dir + "/fbsd1/bhyve.pid";
    Values values = vm("freebsd", "fbsd1", "disk0.img");
    // Stop: a TERM signal "triggers an ACPI shutdown" [S6][S9]; the pid comes from daemon -p,
    // which keeps the pidfile locked: -L signals only then, not a reused pid [S33][S34]
    assertEquals(List.of(List.of("pkill", "-L", "-F", pidfile)), run("stop", "freebsd", values));
    // Kill: bhyvectl --destroy --vm=<VMNAME> [S8][S9]
    assertEquals(
        List.of(
            List.of("pkill", "-KILL", "-L", "-F", pidfile),
            List.of("bhyvectl", "--destroy", "--vm=fbsd1")),
        run("kill", "freebsd", values));
  }

  @Test
  void destroyRemovesTheDisksAndTheFolder() throws Exception {
    Values values = vm("freebsd", "fbsd1", "disk0.img").set("vm.disk_size", "1M");
    run("create-disk", "freebsd", values);
    run("create", "freebsd", values);
    assertEquals(
        List.of(List.of("rm", dir + "/fbsd1/disk0.img"), List.of("rm", "-r", dir + "/fbsd1")),
        run("destroy", "freebsd", values));
    assertFalse(Files.exists(tmp.resolve("fbsd1")));
  }

  @Test
  void statusIsPgrepsAnswerThroughDaemonsLockedPidfile() throws Exception {
    Values values = vm("freebsd", "fbsd1", "disk0.img");
    String script = BuiltinPack.pack().compile("status", cell("freebsd"), values).text();
    // pgrep -L -F PIDFILE matches only while daemon holds its pidfile locked [S33][S34]: 0 when
    // bhyve runs; 1 when no process matches, 2 when the pidfile cannot be opened or is not locked
    for (int pgrep : List.of(0, 1, 2)) {
      host.restub("pgrep", "exit " + pgrep + "\n");
      host.clear();
      assertEquals(pgrep, host.attempt(script).exit(), "pgrep exits " + pgrep);
      assertEquals(List.of(List.of("pgrep", "-L", "-F", dir + "/fbsd1/bhyve.pid")), host.calls());
    }
  }

  @Test
  void resetForcesTheResetWithBhyvectl() throws Exception {
    // bhyvectl --vm=<VMNAME> --force-reset [S8]
    assertEquals(
        List.of(List.of("bhyvectl", "--vm=fbsd1", "--force-reset")),
        run("reset", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void resizeDiskTruncatesOnlyAnImageNoBiggerThanTheNewSize() throws Exception {
    String data = dir + "/web1/data.img";
    Files.createDirectories(tmp.resolve("web1"));
    try (RandomAccessFile image = new RandomAccessFile(data, "rw")) {
      image.setLength(1L << 20);
    }
    Values values =
        vm("linux", "web1", "root.img", "data.img")
            .set("vm.resize_disk", "1")
            .set("vm.disk_size", "2M");
    // find IMAGE -size +Nc: more than N bytes; an -exec … {} + that fails makes find fail [S72];
    // then truncate -s SIZE grows the file with a hole [S35]. The real find and truncate run.
    List<String> find =
        List.of("find", data, "-size", "+2097152c", "-print", "-exec", "false", "{}", "+");
    List<List<String>> grow = List.of(find, List.of("truncate", "-s", "2M", data));
    assertEquals(grow, run("resize-disk", "linux", values));
    assertEquals(2L << 20, Files.size(Path.of(data)));
    // the same size again: not bigger, truncated to what it is
    assertEquals(grow, run("resize-disk", "linux", values));
    assertEquals(2L << 20, Files.size(Path.of(data)));
    // smaller: find prints the image and fails, truncate never runs
    String shrink =
        BuiltinPack.pack()
            .compile("resize-disk", cell("linux"), values.set("vm.disk_size", "1M"))
            .text();
    host.clear();
    Tools.Result refused = host.attempt(shrink);
    assertNotEquals(0, refused.exit(), "resize-disk must refuse to shrink an image");
    assertEquals(data + "\n", refused.out());
    assertEquals(
        List.of(List.of("find", data, "-size", "+1048576c", "-print", "-exec", "false", "{}", "+")),
        host.calls());
    assertEquals(2L << 20, Files.size(Path.of(data)));
    // a missing image: find fails on its operand, truncate never runs (nor creates it)
    host.clear();
    Tools.Result missing =
        host.attempt(
            BuiltinPack.pack()
                .compile("resize-disk", cell("linux"), values.set("vm.resize_disk", "0"))
                .text());
    assertNotEquals(0, missing.exit(), "resize-disk must fail on a missing image");
    assertEquals(
        List.of(
            List.of(
                "find",
                dir + "/web1/root.img",
                "-size",
                "+2097152c",
                "-print",
                "-exec",
                "false",
                "{}",
                "+")),
        host.calls());
    assertFalse(Files.exists(tmp.resolve("web1/root.img")));
    // no image at vm.resize_disk: refused by the %require (the %let after it, which indexes
    // vm.disks unguarded, adds a P507 of its own)
    PlumbException past =
        assertThrows(
            PlumbException.class,
            () ->
                BuiltinPack.pack()
                    .compile("resize-disk", cell("linux"), values.set("vm.resize_disk", "2")));
    assertEquals(Code.P506, past.diagnostics().get(0).code(), past.diagnostics().toString());
    assertEquals(
        "vm.resize_disk is the place of an image in vm.disks, counted from 0: there is none at"
            + " that place",
        past.diagnostics().get(0).message());
  }

  @Test
  void hostSetupLoadsVmmNmdmAndIfBridgeAndBringsTapsUpOnOpen() throws Exception {
    // kldload -n: no error for a module loaded already [S73]; vmm [S9], nmdm [S14], if_bridge
    // [S36]; sysctl net.link.tap.up_on_open=1 [S9][S36]
    assertEquals(
        List.of(
            List.of("kldload", "-n", "vmm", "nmdm", "if_bridge"),
            List.of("sysctl", "net.link.tap.up_on_open=1")),
        run("host-setup", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void consoleAttachesCuToTheNmdmBSide() throws Exception {
    // cu -l on the B side of the pair whose A side bhyve has as com1 [S9][S13][S14]
    Values values = vm("freebsd", "fbsd1", "disk0.img");
    assertEquals(
        List.of(List.of("cu", "-l", "/dev/nmdm-fbsd1.1B")), run("console", "freebsd", values));
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () ->
                BuiltinPack.pack()
                    .compile("console", cell("freebsd"), values.set("vm.console", "false")));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.getMessage());
  }

  @Test
  void snapshotRollbackAndModifyAreUnsupportedCells() {
    // raw files have no snapshots (vm-bhyve snapshots ZFS volumes [S13]); bhyve takes -c and -m
    // at start [S6]
    Map<String, String> reasons =
        Map.of(
            "snapshot", "raw files have no snapshots; use ZFS zvols (not offered by this pack)",
            "rollback", "raw files have no snapshots; use ZFS zvols (not offered by this pack)",
            "modify",
                "QEMU and bhyve take memory and CPUs at start: change the values and start again");
    for (String guest : List.of("freebsd", "linux", "openbsd", "windows")) {
      for (Map.Entry<String, String> op : reasons.entrySet()) {
        assertUnsupported(op.getKey(), cell(guest), op.getValue());
      }
    }
    // and every operation on a host without bhyve [S6b][S15]
    for (String operation :
        List.of(
            "status",
            "reset",
            "resize-disk",
            "snapshot",
            "rollback",
            "modify",
            "host-setup",
            "console")) {
      assertUnsupported(
          operation,
          Cell.of("host", "linux", "hypervisor", "bhyve", "guest", "freebsd"),
          "bhyve runs only on FreeBSD: Linux has no bhyve (use QEMU with KVM)");
      assertUnsupported(
          operation,
          Cell.of("host", "macos", "hypervisor", "bhyve", "guest", "freebsd"),
          "bhyve runs only on FreeBSD: xhyve, its macOS port, is another program, without"
              + " bhyveload or bhyvectl (use QEMU with HVF)");
    }
  }

  /** The cell is unsupported with {@code reason}: in the matrix, and as the compile's P404. */
  private static void assertUnsupported(String operation, Cell cell, String reason) {
    Matrix.Entry entry =
        BuiltinPack.pack().matrix().of(operation).stream()
            .filter(e -> e.cell().equals(cell))
            .findFirst()
            .orElseThrow();
    assertEquals(reason, entry.reason(), operation + " " + cell);
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () -> BuiltinPack.pack().compile(operation, cell, BuiltinPack.example("freebsd")));
    assertEquals(1, refused.diagnostics().size(), refused.getMessage());
    assertEquals(Code.P404, refused.diagnostics().get(0).code(), refused.getMessage());
    assertTrue(
        refused.diagnostics().get(0).message().endsWith(": " + reason), refused.getMessage());
  }
}
