package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "ifconfig",
                "cp"),
            List.of("mkdir", "truncate", "rm"));
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
    // [S9]
    assertEquals(
        List.of(
            List.of("mkdir", "-p", dir + "/win1"),
            List.of(
                "cp",
                "/usr/local/share/uefi-firmware/BHYVE_UEFI_VARS.fd",
                dir + "/win1/BHYVE_UEFI_VARS.fd")),
        run("create", "windows", vm("windows", "win1", "c.img")));
    assertEquals(
        List.of(List.of("mkdir", "-p", dir + "/fbsd1")),
        run("create", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void aFreeBsdGuestBootsWithBhyveload() throws Exception {
    String home = dir + "/fbsd1";
    // FreeBSD guests: bhyveload -m <MEM> -d <DISK> [-c <CONSDEV>] <VMNAME> [S7];
    // Start: bhyve -c <NCPU> -m <MEM> -H -P [-A] … -s 0,hostbridge … -l com1,/dev/nmdm-NAME.1A
    // <VMNAME>
    // [S6][S9]
    assertEquals(
        List.of(
            List.of(
                "bhyveload",
                "-m",
                "2G",
                "-d",
                home + "/disk0.img",
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
                "2",
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
                "fbsd1")),
        run("start", "freebsd", vm("freebsd", "fbsd1", "disk0.img")));
  }

  @Test
  void aStaleVmInstanceIsDestroyedBeforeStart() throws Exception {
    // Kill and destroy: destroyed "before it can be started again" [S9]
    List<List<String>> calls =
        run("start", "freebsd", vm("freebsd", "fbsd1", "disk0.img").set("vm.stale", "true"));
    assertEquals(List.of("bhyvectl", "--destroy", "--vm=fbsd1"), calls.get(0));
    assertEquals("bhyveload", calls.get(1).get(0));
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
    assertEquals(
        "set root=(hd0,msdos1)\nconfigfile /boot/grub/grub.cfg\n",
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
            "2",
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
    assertEquals(2, calls.size());
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
        "set root=(cd0)\nconfigfile /boot/grub/grub.cfg\n",
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
  void anOpenBsdGuestBootsItsKernelThroughGrub() throws Exception {
    Files.createDirectories(tmp.resolve("obsd1"));
    run("start", "openbsd", vm("linux", "obsd1", "disk0.img").set("vm.name", "obsd1"));
    // vm-bhyve's OpenBSD boot commands: kopenbsd -h com0 -r sd0a (hd0,openbsd1)/bsd [S13]
    assertEquals(
        "set timeout=0\nmenuentry openbsd {\n  kopenbsd -h com0 -r sd0a (hd0,openbsd1)/bsd\n}\n",
        Files.readString(tmp.resolve("obsd1/grub.cfg"), StandardCharsets.UTF_8));
  }

  @Test
  void aWindowsGuestBootsFromTheUefiBootrom() throws Exception {
    String home = dir + "/win1";
    // UEFI: -l bootrom,<ROM>,<VARS> [S6][S9]; the Handbook's Windows guest:
    // nvme disk, ahci-cd installer, -w, xhci tablet, fbuf for VNC [S9]
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
                "2",
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
                "29,fbuf,tcp=127.0.0.1:5900,w=1024,h=768",
                "-s",
                "30,xhci,tablet",
                "-s",
                "31,lpc",
                "-l",
                "bootrom,/usr/local/share/uefi-firmware/BHYVE_UEFI.fd,"
                    + home
                    + "/BHYVE_UEFI_VARS.fd",
                "win1")),
        run("start", "windows", vm("windows", "win1", "c.img")));
  }

  @Test
  void stopSendsSigtermAndKillDestroysTheVm() throws Exception {
    String pidfile = dir + "/fbsd1/bhyve.pid";
    Values values = vm("freebsd", "fbsd1", "disk0.img");
    // Stop: a TERM signal "triggers an ACPI shutdown" [S6][S9]; the pid comes from daemon -p
    assertEquals(List.of(List.of("pkill", "-F", pidfile)), run("stop", "freebsd", values));
    // Kill: bhyvectl --destroy --vm=<VMNAME> [S8][S9]
    assertEquals(
        List.of(
            List.of("pkill", "-KILL", "-F", pidfile),
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
}
