package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VirtualBox scripts, run under dash against a stub VBoxManage, pass it the argv of
 * docs/sources.md (the VirtualBox 7 manual pages [S22]).
 */
class VirtualBoxStubTest {
  @TempDir Path tmp;
  private StubHost host;
  private String dir;

  @BeforeEach
  void stubs() throws Exception {
    host = StubHost.create(tmp, List.of("VBoxManage"), List.of());
    dir = tmp.toString();
  }

  private static Cell cell(String host, String guest) {
    return Cell.of("host", host, "hypervisor", "virtualbox", "guest", guest);
  }

  private Values win1() {
    return BuiltinPack.example("windows")
        .set("vm.dir", dir)
        .set("vm.disks", "[\"" + dir + "/win1/c.vdi\"]");
  }

  private List<List<String>> run(String operation, Cell cell, Values values) throws Exception {
    host.clear();
    host.run(BuiltinPack.pack().compile(operation, cell, values).text());
    return host.calls();
  }

  @Test
  void createDiskSizesTheImageInMegabytes() throws Exception {
    // createmedium disk --filename=<ABS_PATH> --size=<MB> [--format=VDI] [S22]
    assertEquals(
        List.of(
            List.of(
                "VBoxManage",
                "createmedium",
                "disk",
                "--filename=" + dir + "/win1/c.vdi",
                "--size=65536",
                "--format=VDI")),
        run("create-disk", cell("linux", "windows"), win1()));
  }

  @Test
  void createRegistersAndDescribesTheVm() throws Exception {
    String disk = dir + "/win1/c.vdi";
    // createvm, modifyvm (--memory in MB, --nic1 bridged, --bridge-adapter1, --mac-address1 as
    // 12 hex digits), storagectl, storageattach [S22]
    assertEquals(
        List.of(
            List.of(
                "VBoxManage",
                "createvm",
                "--name=win1",
                "--ostype=Windows10_64",
                "--basefolder=" + dir,
                "--register"),
            List.of(
                "VBoxManage",
                "modifyvm",
                "win1",
                "--firmware=efi",
                "--vrde=on",
                "--vrde-address=127.0.0.1",
                "--vrde-port=5900",
                "--memory=8192",
                "--cpus=2",
                "--ioapic=on"),
            List.of(
                "VBoxManage",
                "modifyvm",
                "win1",
                "--nic1=bridged",
                "--bridge-adapter1=bridge0",
                "--mac-address1=589cfc000003"),
            List.of(
                "VBoxManage",
                "storagectl",
                "win1",
                "--name=SATA",
                "--add=sata",
                "--controller=IntelAhci",
                "--portcount=2"),
            List.of(
                "VBoxManage",
                "storageattach",
                "win1",
                "--storagectl=SATA",
                "--port=0",
                "--device=0",
                "--type=hdd",
                "--medium=" + disk),
            List.of(
                "VBoxManage",
                "storageattach",
                "win1",
                "--storagectl=SATA",
                "--port=1",
                "--device=0",
                "--type=dvddrive",
                "--medium=emptydrive")),
        run("create", cell("linux", "windows"), win1()));
  }

  @Test
  void aBsdGuestKeepsUtcAndGetsASerialPipe() throws Exception {
    Values values = BuiltinPack.example("freebsd").set("vm.dir", dir);
    List<List<String>> calls = run("create", cell("freebsd", "freebsd"), values);
    // --uart1 0x3f8 4 --uart-mode1 server <pipe> [S22][S24]
    assertEquals(
        List.of(
            "VBoxManage",
            "modifyvm",
            "fbsd1",
            "--rtc-use-utc=on",
            "--uart1",
            "0x3f8",
            "4",
            "--uart-mode1",
            "server",
            dir + "/fbsd1/console.sock",
            "--memory=2048",
            "--cpus=2",
            "--ioapic=on"),
        calls.get(1));
    assertEquals(
        List.of(
            "VBoxManage",
            "createvm",
            "--name=fbsd1",
            "--ostype=FreeBSD_64",
            "--basefolder=" + dir,
            "--register"),
        calls.get(0));
  }

  @Test
  void startInsertsTheInstallerAndStartsHeadless() throws Exception {
    // storageattach … --type=dvddrive --medium=<ISO>; startvm <VMNAME> --type headless [S22]
    assertEquals(
        List.of(
            List.of(
                "VBoxManage",
                "storageattach",
                "win1",
                "--storagectl=SATA",
                "--port=1",
                "--device=0",
                "--type=dvddrive",
                "--medium=/vm/iso/Win10_22H2_English_x64.iso"),
            List.of("VBoxManage", "startvm", "win1", "--type", "headless")),
        run("start", cell("macos", "windows"), win1()));
    assertEquals(
        List.of(
            "VBoxManage",
            "storageattach",
            "win1",
            "--storagectl=SATA",
            "--port=1",
            "--device=0",
            "--type=dvddrive",
            "--medium=emptydrive"),
        run("start", cell("linux", "windows"), win1().set("vm.iso", "null")).get(0));
  }

  @Test
  void stopPressesThePowerButtonKillPowersOffDestroyDeletes() throws Exception {
    // controlvm <VMNAME> acpipowerbutton | poweroff; unregistervm <VMNAME> --delete [S22]
    assertEquals(
        List.of(List.of("VBoxManage", "controlvm", "win1", "acpipowerbutton")),
        run("stop", cell("linux", "windows"), win1()));
    assertEquals(
        List.of(List.of("VBoxManage", "controlvm", "win1", "poweroff")),
        run("kill", cell("linux", "windows"), win1()));
    assertEquals(
        List.of(List.of("VBoxManage", "unregistervm", "win1", "--delete")),
        run("destroy", cell("linux", "windows"), win1()));
  }

  @Test
  void onMacOsTheApplicationBundleComesFirstOnPath() {
    // macOS: /Applications/VirtualBox.app/Contents/MacOS/VBoxManage on macOS [S24]
    for (String operation : List.of("create-disk", "create", "start", "stop", "kill", "destroy")) {
      String script =
          BuiltinPack.pack()
              .compile(operation, cell("macos", "linux"), BuiltinPack.example("linux"))
              .text();
      assertTrue(
          script.contains(
              "\nPATH=\"/Applications/VirtualBox.app/Contents/MacOS:$PATH\"\nVBoxManage "),
          script);
      String linux =
          BuiltinPack.pack()
              .compile(operation, cell("linux", "linux"), BuiltinPack.example("linux"))
              .text();
      assertFalse(linux.contains("PATH="), linux);
    }
  }

  @Test
  void freeBsdHostsHaveNoRemoteDisplay() {
    // FreeBSD: the Extension Pack (VRDE) is "not available for FreeBSD" [S9]
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () -> BuiltinPack.pack().compile("create", cell("freebsd", "windows"), win1()));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.getMessage());
  }
}
