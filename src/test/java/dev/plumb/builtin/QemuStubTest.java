package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QEMU scripts, run under dash against stub commands, pass each command the argv of
 * docs/sources.md (QEMU, pkill, nc, socat) on every host. socat and nc also keep what they read on
 * stdin, and qemu-img the PATH it was found on.
 */
class QemuStubTest {
  private static final List<String> HOSTS = List.of("freebsd", "linux", "macos");
  private static final List<String> GUESTS = List.of("freebsd", "linux", "openbsd", "windows");

  @TempDir Path tmp;
  private StubHost host;
  private String dir;

  @BeforeEach
  void stubs() throws Exception {
    host =
        StubHost.create(
            tmp,
            List.of(
                "qemu-system-x86_64",
                "qemu-system-aarch64",
                "pkill",
                "pgrep",
                "cp",
                "modprobe",
                "kldload",
                "sysctl"),
            List.of("mkdir"));
    Path bin = tmp.resolve("stub-bin");
    Tools.stub(bin, "socat", "cat > \"$STUB_LOG.stdin\"\n");
    Tools.stub(bin, "nc", "cat > \"$STUB_LOG.stdin\"\n");
    Tools.stub(bin, "qemu-img", "printf '%s\\n' \"$PATH\" > \"$STUB_LOG.path\"\n");
    dir = tmp.toString();
  }

  private static Cell cell(String host, String guest) {
    return Cell.of("host", host, "hypervisor", "qemu", "guest", guest);
  }

  /** An example VM with one disk, DISK, in its folder DIR/NAME inside the test's folder. */
  private Values vm(String example, String name, String disk) throws Exception {
    return BuiltinPack.example(example)
        .set("vm.dir", dir)
        .set(
            "vm.disks",
            new ObjectMapper().writeValueAsString(List.of(dir + "/" + name + "/" + disk)));
  }

  private List<List<String>> run(String operation, Cell cell, Values values) throws Exception {
    host.clear();
    host.run(BuiltinPack.pack().compile(operation, cell, values).text());
    return host.calls();
  }

  private String kept(String what) throws Exception {
    return Files.readString(tmp.resolve("calls.log." + what), StandardCharsets.UTF_8);
  }

  @Test
  void killSendsSigkillOnlyToTheProcessThatHoldsThePidfileLocked() throws Exception {
    // pkill -signal -L -F pidfile: -L "Fail if pidfile (see -F) not locked" (procps), the
    // pidfile "must be locked with the flock(2) syscall" (FreeBSD, macOS) [S34]; QEMU holds
    // its pidfile locked while it runs [S60]
    for (String h : HOSTS) {
      assertEquals(
          List.of(List.of("pkill", "-KILL", "-L", "-F", dir + "/web1/qemu.pid")),
          run("kill", cell(h, "linux"), vm("linux", "web1", "root.img")),
          h);
    }
  }

  @Test
  void stopWritesSystemPowerdownToTheMonitorAndClosesItsSide() throws Exception {
    String sock = dir + "/web1/monitor.sock";
    Values values = vm("linux", "web1", "root.img");
    // socat - UNIX-CONNECT:SOCKET [S32][S37]; nc -U SOCKET, -N: "shutdown(2) the network
    // socket after EOF on the input" (FreeBSD); macOS's nc shuts down on EOF of itself [S61]
    assertEquals(
        List.of(List.of("socat", "-", "UNIX-CONNECT:" + sock)),
        run("stop", cell("linux", "linux"), values));
    assertEquals("system_powerdown\n", kept("stdin"));
    assertEquals(
        List.of(List.of("nc", "-N", "-U", sock)), run("stop", cell("freebsd", "linux"), values));
    assertEquals("system_powerdown\n", kept("stdin"));
    assertEquals(List.of(List.of("nc", "-U", sock)), run("stop", cell("macos", "linux"), values));
    assertEquals("system_powerdown\n", kept("stdin"));
  }

  @Test
  void everyDriveAndEveryImageNamesItsFormat() throws Exception {
    // format=: "Specify which disk format will be used rather than detecting the format. Can
    // be used to specify format=raw to avoid interpreting an untrusted format header." [S16]
    String iso = dir + "/iso/evil.iso";
    for (String example : List.of("freebsd", "linux", "windows")) {
      for (String h : HOSTS) {
        for (String g : GUESTS) {
          Values values = vm(example, "vm1", "disk0.img").set("vm.iso", iso);
          List<String> qemu = run("start", cell(h, g), values).get(0);
          int drives = 0;
          for (int i = 0; i < qemu.size(); i++) {
            if (qemu.get(i).equals("-drive")) {
              drives++;
              String drive = qemu.get(i + 1);
              assertTrue(drive.contains("format="), example + " " + h + " " + g + ": " + drive);
              if (drive.startsWith("file=" + iso + ",")) {
                assertTrue(drive.contains(",format=raw,"), drive);
              }
            }
          }
          assertTrue(drives >= 2, qemu.toString());
          List<String> img =
              run("create-disk", cell(h, g), values.set("vm.disk_size", "1M")).stream()
                  .filter(c -> c.get(0).equals("qemu-img"))
                  .findFirst()
                  .orElseThrow();
          assertEquals("-f", img.get(2), img.toString());
          Files.delete(tmp.resolve("vm1/disk0.img"));
        }
      }
    }
  }

  @Test
  void underUefiTheCdromBootsFirstByBootindexAndWindowsKeepsLocalTime() throws Exception {
    String home = dir + "/win1";
    // -drive if=none + -device …,bootindex=N: OVMF follows bootindex, not -boot [S63][S16];
    // -rtc base=localtime: "localtime is required for correct date in MS-DOS or Windows" [S16]
    assertEquals(
        List.of(
            "qemu-system-x86_64",
            "-name",
            "win1",
            "-accel",
            "kvm",
            "-cpu",
            "host",
            "-m",
            "8192M",
            "-smp",
            "2",
            "-rtc",
            "base=localtime",
            "-drive",
            "if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd",
            "-drive",
            "if=pflash,format=raw,unit=1,file=" + home + "/uefi-vars.fd",
            "-drive",
            "file=" + home + "/c.img,if=none,id=disk0,format=qcow2",
            "-device",
            "ide-hd,drive=disk0,bus=ide.0,unit=0,bootindex=1",
            "-drive",
            "file=/vm/iso/Win10_22H2_English_x64.iso,if=none,id=cd0,format=raw,media=cdrom,"
                + "readonly=on",
            "-device",
            "ide-cd,drive=cd0,bus=ide.1,unit=1,bootindex=0",
            "-netdev",
            "tap,id=net0,ifname=tap2,script=no,downscript=no",
            "-device",
            "e1000,netdev=net0,mac=58:9c:fc:00:00:03",
            "-vnc",
            "127.0.0.1:0",
            "-usb",
            "-device",
            "usb-tablet",
            "-display",
            "none",
            "-daemonize",
            "-pidfile",
            home + "/qemu.pid",
            "-monitor",
            "unix:" + home + "/monitor.sock,server=on,wait=off"),
        run("start", cell("linux", "windows"), vm("windows", "win1", "c.img")).get(0));
  }

  @Test
  void underBiosTheCdromBootsOnceByBootOnce() throws Exception {
    String iso = dir + "/iso/debian.iso";
    List<String> qemu =
        run("start", cell("linux", "linux"), vm("linux", "web1", "root.img").set("vm.iso", iso))
            .get(0);
    // -boot once=d: "the first CD-ROM", on the first startup only [S16]
    int at = qemu.indexOf("file=" + iso + ",format=raw,media=cdrom,readonly=on");
    assertEquals("-drive", qemu.get(at - 1));
    assertEquals(List.of("-boot", "once=d"), qemu.subList(at + 1, at + 3));
    assertFalse(String.join(" ", qemu).contains("bootindex"), qemu.toString());
  }

  @Test
  void aDisplaySocketReplacesTheTcpDisplay() throws Exception {
    List<String> qemu =
        run(
                "start",
                cell("freebsd", "windows"),
                vm("windows", "win1", "c.img").set("vm.display_socket", "true"))
            .get(0);
    // -vnc unix:PATH [S16]
    int at = qemu.indexOf("-vnc");
    assertEquals("unix:" + dir + "/win1/vnc.sock", qemu.get(at + 1));
    assertEquals(at, qemu.lastIndexOf("-vnc"));
  }

  @Test
  void onMacosHomebrewsFoldersComeFirstOnPath() throws Exception {
    Values values = vm("linux", "web1", "root.img").set("vm.disk_size", "1M");
    // Homebrew's prefixes: /opt/homebrew (Apple silicon), /usr/local (Intel) [S62]
    run("create-disk", cell("macos", "linux"), values);
    assertTrue(kept("path").startsWith("/opt/homebrew/bin:/usr/local/bin:"), kept("path"));
    Files.delete(tmp.resolve("web1/root.img"));
    run("create-disk", cell("linux", "linux"), values);
    assertFalse(kept("path").contains("homebrew"), kept("path"));
  }

  /** An example VM whose disks are DISKS in its folder DIR/NAME inside the test's folder. */
  private Values vmWith(String example, String name, String... disks) throws Exception {
    List<String> paths = new ArrayList<>();
    for (String d : disks) {
      paths.add(dir + "/" + name + "/" + d);
    }
    return BuiltinPack.example(example)
        .set("vm.dir", dir)
        .set("vm.disks", new ObjectMapper().writeValueAsString(paths));
  }

  private String script(String operation, Cell cell, Values values) {
    return BuiltinPack.pack().compile(operation, cell, values).text();
  }

  private static void assertRefusedByRequires(String operation, Cell cell, Values values) {
    PlumbException refused =
        assertThrows(
            PlumbException.class, () -> BuiltinPack.pack().compile(operation, cell, values));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.diagnostics().toString());
  }

  @Test
  void statusIsPgrepsAnswerThroughQemusLockedPidfile() throws Exception {
    // pgrep -L -F PIDFILE: a match only through a locked pidfile [S34], which QEMU holds while it
    // runs [S60]; 0 when QEMU runs, 1 when nothing matches, 2 when the pidfile is not there
    for (String h : HOSTS) {
      String script = script("status", cell(h, "linux"), vm("linux", "web1", "root.img"));
      for (int pgrep : List.of(0, 1, 2)) {
        host.restub("pgrep", "exit " + pgrep + "\n");
        host.clear();
        assertEquals(pgrep, host.attempt(script).exit(), h + ": pgrep exits " + pgrep);
        assertEquals(
            List.of(List.of("pgrep", "-L", "-F", dir + "/web1/qemu.pid")), host.calls(), h);
      }
    }
  }

  @Test
  void resetWritesSystemResetToTheMonitor() throws Exception {
    String sock = dir + "/web1/monitor.sock";
    Values values = vm("linux", "web1", "root.img");
    // system_reset [S18], through the monitor socket as stop writes into it: socat - UNIX-CONNECT
    // on Linux [S32][S37], nc -N -U on FreeBSD, nc -U on macOS [S61]
    assertEquals(
        List.of(List.of("socat", "-", "UNIX-CONNECT:" + sock)),
        run("reset", cell("linux", "linux"), values));
    assertEquals("system_reset\n", kept("stdin"));
    assertEquals(
        List.of(List.of("nc", "-N", "-U", sock)), run("reset", cell("freebsd", "linux"), values));
    assertEquals("system_reset\n", kept("stdin"));
    assertEquals(List.of(List.of("nc", "-U", sock)), run("reset", cell("macos", "linux"), values));
    assertEquals("system_reset\n", kept("stdin"));
  }

  @Test
  void resizeDiskGrowsOneImageWithQemuImgResizeWhichRefusesToShrink() throws Exception {
    Values values =
        vmWith("linux", "web1", "root.img", "data.img")
            .set("vm.resize_disk", "1")
            .set("vm.disk_size", "40G");
    // qemu-img resize -f FMT FILE SIZE; without --shrink it refuses a smaller size [S19]
    List<List<String>> resize =
        List.of(List.of("qemu-img", "resize", "-f", "raw", dir + "/web1/data.img", "40G"));
    for (String h : HOSTS) {
      String script = script("resize-disk", cell(h, "linux"), values);
      host.clear();
      assertEquals(0, host.attempt(script).exit(), h);
      assertEquals(resize, host.calls(), h);
      // qemu-img refuses (a smaller size, internal snapshots): resize-disk fails with it
      host.restub("qemu-img", "exit 1\n");
      host.clear();
      assertEquals(1, host.attempt(script).exit(), h + ": qemu-img refused");
      assertEquals(resize, host.calls(), h);
      host.restub("qemu-img", "");
    }
    assertEquals(
        List.of(List.of("qemu-img", "resize", "-f", "qcow2", dir + "/fbsd1/disk0.img", "20G")),
        run("resize-disk", cell("linux", "freebsd"), vm("freebsd", "fbsd1", "disk0.img")));
    // no image at vm.resize_disk: refused by the %require (the %let after it, which indexes
    // vm.disks unguarded, adds a P507 of its own)
    PlumbException past =
        assertThrows(
            PlumbException.class,
            () ->
                BuiltinPack.pack()
                    .compile(
                        "resize-disk", cell("linux", "linux"), values.set("vm.resize_disk", "2")));
    assertEquals(Code.P506, past.diagnostics().get(0).code(), past.diagnostics().toString());
    assertEquals(
        "vm.resize_disk is the place of an image in vm.disks, counted from 0: there is none at"
            + " that place",
        past.diagnostics().get(0).message());
  }

  @Test
  void snapshotAndRollbackRunQemuImgSnapshotOnEachQcow2ImageInOrder() throws Exception {
    Values values =
        vmWith("linux", "web1", "a.qcow2", "b.qcow2", "c.qcow2")
            .set("vm.disk_format", "qcow2")
            .set("vm.snapshot", "s1");
    // qemu-img snapshot -c NAME creates, -a NAME applies an internal snapshot of a qcow2 image
    // [S19]; no qemu-img call leaves the format to probing [S16]: the snapshot command of older
    // qemu-img (7.2) has no -f, so the format is named by --image-opts driver=qcow2 (run for real
    // by QemuIntegrationTest)
    for (String h : HOSTS) {
      for (String op : List.of("snapshot", "rollback")) {
        String flag = op.equals("snapshot") ? "-c" : "-a";
        List<List<String>> each = new ArrayList<>();
        for (String d : List.of("a", "b", "c")) {
          each.add(
              List.of(
                  "qemu-img",
                  "snapshot",
                  flag,
                  "s1",
                  "--image-opts",
                  "driver=qcow2,file.filename=" + dir + "/web1/" + d + ".qcow2"));
        }
        assertEquals(each, run(op, cell(h, "linux"), values), h + " " + op);
        // an image that fails (no such snapshot, an image in use) ends the script there
        host.restub("qemu-img", "case \"$*\" in *b.qcow2) exit 1 ;; esac\n");
        host.clear();
        assertEquals(1, host.attempt(script(op, cell(h, "linux"), values)).exit(), h + " " + op);
        assertEquals(each.subList(0, 2), host.calls(), h + " " + op);
        host.restub("qemu-img", "");
      }
    }
    // raw images have no snapshots; the name is required; so are images
    for (String op : List.of("snapshot", "rollback")) {
      assertRefusedByRequires(op, cell("linux", "linux"), values.set("vm.disk_format", "raw"));
      assertRefusedByRequires(
          op,
          cell("linux", "linux"),
          vmWith("linux", "web1", "a.qcow2").set("vm.disk_format", "qcow2"));
      assertRefusedByRequires(op, cell("linux", "linux"), values.set("vm.disks", "[]"));
      // a comma would start another option of --image-opts
      assertRefusedByRequires(
          op,
          cell("linux", "linux"),
          values.set("vm.disks", "[\"" + dir + "/web1/a,file.driver=raw.qcow2\"]"));
    }
  }

  @Test
  void modifyIsAnUnsupportedCellOnEveryHost() {
    // QEMU takes -m and -smp on its command line [S16]: start reads them afresh
    String reason =
        "QEMU and bhyve take memory and CPUs at start: change the values and start again";
    for (String h : HOSTS) {
      for (String g : GUESTS) {
        Cell cell = cell(h, g);
        Matrix.Entry entry =
            BuiltinPack.pack().matrix().of("modify").stream()
                .filter(e -> e.cell().equals(cell))
                .findFirst()
                .orElseThrow();
        assertEquals(reason, entry.reason(), cell.toString());
        PlumbException refused =
            assertThrows(
                PlumbException.class,
                () -> BuiltinPack.pack().compile("modify", cell, BuiltinPack.example("linux")));
        assertEquals(1, refused.diagnostics().size(), refused.getMessage());
        assertEquals(Code.P404, refused.diagnostics().get(0).code(), refused.getMessage());
        assertTrue(
            refused.diagnostics().get(0).message().endsWith(": " + reason), refused.getMessage());
      }
    }
  }

  @Test
  void hostSetupLoadsTunAndBridgeOnLinuxAndIfBridgeOnFreeBsd() throws Exception {
    Values values = vm("linux", "web1", "root.img");
    // test is a shell builtin, out of PATH's reach: a function of the same name, which the shell
    // finds first, logs it as the stubs do and exits with $KVM
    String kvm =
        "test() { printf '%s\\0' \"$#\" test \"$@\" >> \"$STUB_LOG\"; return \"$KVM\"; }\n";
    // modprobe -a loads each module named [S74]; test -c /dev/kvm: KVM's device is there
    String linux = kvm + script("host-setup", cell("linux", "linux"), values);
    List<List<String>> calls =
        List.of(List.of("modprobe", "-a", "tun", "bridge"), List.of("test", "-c", "/dev/kvm"));
    for (int present : List.of(0, 1)) {
      host.clear();
      assertEquals(present, host.attempt(linux, Map.of("KVM", "" + present)).exit());
      assertEquals(calls, host.calls());
    }
    // with TCG, no /dev/kvm needed
    host.clear();
    host.run(
        kvm + script("host-setup", cell("linux", "linux"), values.set("vm.accel", "tcg")),
        Map.of("KVM", "1"));
    assertEquals(List.of(List.of("modprobe", "-a", "tun", "bridge")), host.calls());
    // FreeBSD: kldload -n [S73] if_bridge [S36], taps up when QEMU opens them [S9][S36]
    assertEquals(
        List.of(
            List.of("kldload", "-n", "if_bridge"), List.of("sysctl", "net.link.tap.up_on_open=1")),
        run("host-setup", cell("freebsd", "linux"), values));
    // macOS: nothing to load
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () -> BuiltinPack.pack().compile("host-setup", cell("macos", "linux"), values));
    assertEquals(Code.P404, refused.diagnostics().get(0).code(), refused.getMessage());
    assertTrue(
        refused
            .diagnostics()
            .get(0)
            .message()
            .endsWith(": QEMU on macOS needs no kernel modules: HVF and vmnet are part of macOS"),
        refused.getMessage());
  }

  @Test
  void consoleJoinsTheTerminalToTheSerialSocket() throws Exception {
    Values values = vm("linux", "web1", "root.img").set("vm.console", "true");
    // socat -,rawer,escape=0x1d UNIX-CONNECT:<the socket start serves> [S16][S37]
    for (String h : HOSTS) {
      assertEquals(
          List.of(
              List.of(
                  "socat", "-,rawer,escape=0x1d", "UNIX-CONNECT:" + dir + "/web1/console.sock")),
          run("console", cell(h, "linux"), values),
          h);
      // no console; a vm.dir that socat would cut at a comma or a colon [S37]
      assertRefusedByRequires("console", cell(h, "linux"), values.set("vm.console", "false"));
      assertRefusedByRequires("console", cell(h, "linux"), values.set("vm.dir", dir + "/a,b"));
      assertRefusedByRequires("console", cell(h, "linux"), values.set("vm.dir", dir + "/a:b"));
    }
  }

  @Test
  void onAppleSiliconQemuSystemAarch64BootsTheVirtMachineFromUefi() throws Exception {
    String home = dir + "/web1";
    String iso = dir + "/iso/debian-arm64.iso";
    Values values =
        vmWith("linux", "web1", "root.img", "data.img")
            .set("vm.host_arch", "aarch64")
            .set("vm.firmware", "uefi")
            .set(
                "vm.nics",
                "[{\"tap\": \"tap1\", \"mac\": \"58:9c:fc:00:00:02\", \"bridge\": \"en0\"}]");
    Cell mac = cell("macos", "linux");
    // create-disk: qemu-img create -f FMT FILE SIZE [S19], Homebrew's on Apple silicon first [S62]
    assertEquals(
        List.of(
            List.of("mkdir", "-p", home),
            List.of("qemu-img", "create", "-f", "raw", home + "/root.img", "16G"),
            List.of("qemu-img", "create", "-f", "raw", home + "/data.img", "16G")),
        run("create-disk", mac, values));
    assertTrue(kept("path").startsWith("/opt/homebrew/bin:"), kept("path"));
    // create: the aarch64 variable store template, edk2-arm-vars.fd, under Homebrew's prefix [S70]
    assertEquals(
        List.of(
            List.of("mkdir", "-p", home),
            List.of("cp", "/opt/homebrew/share/qemu/edk2-arm-vars.fd", home + "/uefi-vars.fd")),
        run("create", mac, values));
    // start: the virt machine with -cpu host under HVF [S69], edk2-aarch64-code.fd [S70], virtio
    // disks with a bootindex [S63], the CD-ROM a scsi-cd on virtio-scsi, virtio-gpu-pci and USB
    // input for the display [S69], vmnet-bridged NICs, the rest as on x86_64 [S16]
    assertEquals(
        List.of(
            List.of(
                "qemu-system-aarch64",
                "-name",
                "web1",
                "-machine",
                "virt",
                "-accel",
                "hvf",
                "-cpu",
                "host",
                "-m",
                "1024M",
                "-smp",
                "2",
                "-drive",
                "if=pflash,format=raw,unit=0,readonly=on,"
                    + "file=/opt/homebrew/share/qemu/edk2-aarch64-code.fd",
                "-drive",
                "if=pflash,format=raw,unit=1,file=" + home + "/uefi-vars.fd",
                "-drive",
                "file=" + home + "/root.img,if=none,id=disk0,format=raw",
                "-device",
                "virtio-blk-pci,drive=disk0,bootindex=1",
                "-drive",
                "file=" + home + "/data.img,if=none,id=disk1,format=raw",
                "-device",
                "virtio-blk-pci,drive=disk1,bootindex=2",
                "-device",
                "virtio-scsi-pci,id=scsi0",
                "-drive",
                "file=" + iso + ",if=none,id=cd0,format=raw,media=cdrom,readonly=on",
                "-device",
                "scsi-cd,drive=cd0,bus=scsi0.0,bootindex=0",
                "-netdev",
                "vmnet-bridged,id=net0,ifname=en0",
                "-device",
                "virtio-net-pci,netdev=net0,mac=58:9c:fc:00:00:02",
                "-serial",
                "unix:" + home + "/console.sock,server=on,wait=off",
                "-vnc",
                "127.0.0.1:1",
                "-device",
                "virtio-gpu-pci",
                "-device",
                "qemu-xhci",
                "-device",
                "usb-kbd",
                "-device",
                "usb-tablet",
                "-display",
                "none",
                "-daemonize",
                "-pidfile",
                home + "/qemu.pid",
                "-monitor",
                "unix:" + home + "/monitor.sock,server=on,wait=off")),
        run(
            "start",
            mac,
            values.set("vm.iso", iso).set("vm.display", "1").set("vm.console", "true")));
    // refused: BIOS (the virt machine boots from UEFI only [S69]), Windows on Apple silicon (the
    // pack's Windows is an x86_64 one), aarch64 on a host other than macOS
    for (String op : List.of("create-disk", "create", "start")) {
      assertRefusedByRequires(op, mac, values.set("vm.firmware", "bios"));
      assertRefusedByRequires(op, cell("macos", "windows"), values);
      assertRefusedByRequires(op, cell("linux", "linux"), values);
    }
  }
}
