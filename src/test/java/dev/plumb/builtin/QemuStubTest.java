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
    host = StubHost.create(tmp, List.of("qemu-system-x86_64", "pkill"), List.of("mkdir"));
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
}
