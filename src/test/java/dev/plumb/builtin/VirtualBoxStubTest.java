package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VirtualBox scripts, run under dash against a stub VBoxManage, pass it the argv of
 * docs/sources.md: the commands of the VBoxManage manual pages [S22], every option spelt as
 * VirtualBox 6.1 spells it [S22b], which VirtualBox 7 still accepts [S22c].
 */
class VirtualBoxStubTest {
  @TempDir Path tmp;
  private StubHost host;
  private String dir;

  @BeforeEach
  void stubs() throws Exception {
    host = StubHost.create(tmp, List.of("VBoxManage", "socat", "modprobe", "kldload"), List.of());
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

  /** win1's first modifyvm: UEFI, the display's options, then memory, CPUs and the I/O APIC. */
  private static List<String> win1Hardware(String... display) {
    List<String> argv =
        new ArrayList<>(List.of("VBoxManage", "modifyvm", "win1", "--firmware=efi"));
    argv.addAll(List.of(display));
    argv.addAll(List.of("--memory=8192", "--cpus=2", "--ioapic=on"));
    return argv;
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
    // createvm, modifyvm (--memory in MB, --nic1 bridged, --bridgeadapter1, --macaddress1 as
    // 12 hex digits), storagectl, storageattach [S22][S22b]
    assertEquals(
        List.of(
            List.of(
                "VBoxManage",
                "createvm",
                "--name=win1",
                "--ostype=Windows10_64",
                "--basefolder=" + dir,
                "--register"),
            win1Hardware("--vrde=on", "--vrdeaddress=127.0.0.1", "--vrdeport=5900"),
            List.of(
                "VBoxManage",
                "modifyvm",
                "win1",
                "--nic1=bridged",
                "--bridgeadapter1=bridge0",
                "--macaddress1=589cfc000003"),
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
    // --uart1 0x3f8 4 --uartmode1 server <pipe> [S22b][S24]
    assertEquals(
        List.of(
            "VBoxManage",
            "modifyvm",
            "fbsd1",
            "--rtcuseutc=on",
            "--uart1",
            "0x3f8",
            "4",
            "--uartmode1",
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
              .compile(operation, cell("macos", "windows"), BuiltinPack.example("windows"))
              .text();
      assertTrue(
          script.contains(
              "\nPATH=\"/Applications/VirtualBox.app/Contents/MacOS:$PATH\"\nVBoxManage "),
          script);
      String linux =
          BuiltinPack.pack()
              .compile(operation, cell("linux", "windows"), BuiltinPack.example("windows"))
              .text();
      assertFalse(linux.contains("PATH="), linux);
    }
  }

  @Test
  void onFreeBsdTheDisplayIsTheVncExtensionPack() throws Exception {
    // --vrdeextpack VNC: the port's VNC extension pack [S22f], bound like RDP [S22e]
    assertEquals(
        win1Hardware(
            "--vrde=on", "--vrdeextpack=VNC", "--vrdeaddress=127.0.0.1", "--vrdeport=5903"),
        run("create", cell("freebsd", "windows"), win1().set("vm.display", "3")).get(1));
  }

  @Test
  void vrdeAuthAsksForAHostAccountExceptOnFreeBsd() throws Exception {
    // --vrdeauthtype external: VBoxAuth, the host's accounts [S22b]
    assertEquals(
        win1Hardware(
            "--vrde=on", "--vrdeaddress=127.0.0.1", "--vrdeport=5900", "--vrdeauthtype=external"),
        run("create", cell("macos", "windows"), win1().set("vm.vrde_auth", "true")).get(1));
    // the VNC extension pack checks no host account [S22e]
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () ->
                BuiltinPack.pack()
                    .compile(
                        "create", cell("freebsd", "windows"), win1().set("vm.vrde_auth", "true")));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.getMessage());
  }

  @Test
  void withoutNicsTheNatAdapterOfNicOneGoes() throws Exception {
    // createvm --ostype enables NIC 1 on NAT [S22d]; --nic<1-N> none [S22b]
    List<List<String>> calls =
        run("create", cell("linux", "linux"), BuiltinPack.example("linux").set("vm.nics", "[]"));
    assertEquals(List.of("VBoxManage", "modifyvm", "web1", "--nic1=none"), calls.get(2));
    assertTrue(
        run("create", cell("linux", "windows"), win1()).stream()
            .noneMatch(c -> c.contains("--nic1=none")));
  }

  @Test
  void onMacOsANicIsBridgedToItsFullVirtualBoxName() throws Exception {
    // macOS names an interface "en0: Wi-Fi (AirPort)" and VirtualBox finds it by that exact
    // name [S22d]: one argument, spaces and all
    Values values =
        BuiltinPack.example("linux")
            .set(
                "vm.nics",
                "[{\"tap\": \"tap1\", \"mac\": \"58:9c:fc:00:00:02\", \"bridge\": \"en0\","
                    + " \"vbox_bridge\": \"en0: Wi-Fi (AirPort)\"}]");
    assertEquals(
        List.of(
            "VBoxManage",
            "modifyvm",
            "web1",
            "--nic1=bridged",
            "--bridgeadapter1=en0: Wi-Fi (AirPort)",
            "--macaddress1=589cfc000002"),
        run("create", cell("macos", "linux"), values).get(2));
    // elsewhere the interface's own name, nic.bridge
    assertEquals(
        "--bridgeadapter1=en0", run("create", cell("linux", "linux"), values).get(2).get(4));
    // without it, refused
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () ->
                BuiltinPack.pack()
                    .compile("create", cell("macos", "linux"), BuiltinPack.example("linux")));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.getMessage());
  }

  @Test
  void statusIsWhetherTheMachineReadableStateIsRunning() throws Exception {
    // showvminfo <VMNAME> --machinereadable prints VMState="running" for a running VM [S22b]
    String script = BuiltinPack.pack().compile("status", cell("linux", "windows"), win1()).text();
    for (String state : List.of("running", "poweroff", "paused", "saved", "aborted")) {
      host.restub(
          "VBoxManage",
          "printf '%s\\n' 'name=\"win1\"' 'VMState=\"" + state + "\"' 'VMStateChangeTime=\"x\"'\n");
      host.clear();
      assertEquals(
          "running".equals(state) ? 0 : 1, host.attempt(script).exit(), "VMState " + state);
      assertEquals(
          List.of(List.of("VBoxManage", "showvminfo", "win1", "--machinereadable")), host.calls());
    }
    // no such VM: VBoxManage fails and prints nothing on stdout, grep finds nothing
    host.restub("VBoxManage", "exit 1\n");
    assertEquals(1, host.attempt(script).exit());
  }

  @Test
  void consoleJoinsTheTerminalToTheSerialSocket() throws Exception {
    // socat's raw terminal to the UNIX socket create made (--uartmode1 server) [S22b], [S37]
    assertEquals(
        List.of(
            List.of("socat", "-,rawer,escape=0x1d", "UNIX-CONNECT:" + dir + "/win1/console.sock")),
        run("console", cell("linux", "windows"), win1().set("vm.console", "true")));
    PlumbException refused =
        assertThrows(
            PlumbException.class,
            () -> BuiltinPack.pack().compile("console", cell("linux", "windows"), win1()));
    assertTrue(BuiltinPack.onlyRequires(refused), refused.getMessage());
  }

  @Test
  void hostSetupLoadsVirtualBoxsKernelModules() throws Exception {
    // modprobe -a loads every module named [S74]; kldload -n skips one already loaded [S73]
    assertEquals(
        List.of(List.of("modprobe", "-a", "vboxdrv", "vboxnetflt", "vboxnetadp")),
        run("host-setup", cell("linux", "windows"), win1()));
    assertEquals(
        List.of(List.of("kldload", "-n", "vboxdrv", "vboxnetflt", "vboxnetadp")),
        run("host-setup", cell("freebsd", "windows"), win1()));
  }

  /**
   * VBoxManage 6.1's options, by subcommand, as its manual spells them ([S22b]: the VBoxManage
   * chapter, doc/manual/en_US/user_VBoxManage.xml of 6.1.20); {@code N} stands for an index ({@code
   * --nic<1-N>}). RTGetOpt takes {@code --option=value} as {@code --option value} [S22c]. Only what
   * the pack passes: the test below checks that every one is passed somewhere.
   */
  private static final Map<String, Set<String>> VBOXMANAGE_61 =
      Map.ofEntries(
          Map.entry("createvm", Set.of("--name", "--ostype", "--basefolder", "--register")),
          Map.entry(
              "modifyvm",
              Set.of(
                  "--rtcuseutc",
                  "--firmware",
                  "--uartN",
                  "--uartmodeN",
                  "--vrde",
                  "--vrdeextpack",
                  "--vrdeaddress",
                  "--vrdeport",
                  "--vrdeauthtype",
                  "--memory",
                  "--cpus",
                  "--ioapic",
                  "--nicN",
                  "--bridgeadapterN",
                  "--macaddressN")),
          Map.entry("storagectl", Set.of("--name", "--add", "--controller", "--portcount")),
          Map.entry(
              "storageattach", Set.of("--storagectl", "--port", "--device", "--type", "--medium")),
          Map.entry("createmedium", Set.of("disk", "--filename", "--size", "--format")),
          Map.entry("startvm", Set.of("--type")),
          Map.entry("controlvm", Set.of("acpipowerbutton", "poweroff", "reset")),
          Map.entry("unregistervm", Set.of("--delete")),
          Map.entry("modifymedium", Set.of("disk", "--resize")),
          Map.entry("snapshot", Set.of("take", "restore")),
          Map.entry("showvminfo", Set.of("--machinereadable")));

  @Test
  void everyArgvIsSpeltAsVirtualBox61SpellsIt() throws Exception {
    // VirtualBox 6.1 (FreeBSD's port, Ubuntu 22.04) knows no --rtc-use-utc, --bridge-adapter1,
    // --mac-address1, --uart-mode1, --vrde-port: every supported cell, with every example and
    // with the values that reach every option
    List<Values> valueSets = new ArrayList<>();
    for (Path example : BuiltinPack.examples()) {
      valueSets.add(Values.fromJson(example));
    }
    valueSets.add(
        win1().set("vm.console", "true").set("vm.display", "7").set("vm.vrde_auth", "true"));
    valueSets.add(BuiltinPack.example("linux").set("vm.nics", "[]"));
    // a running VM, for status
    host.restub("VBoxManage", "[ \"$1\" != showvminfo ] || echo 'VMState=\"running\"'\n");
    Map<String, Set<String>> seen = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Matrix.Entry entry : BuiltinPack.pack().matrix().entries()) {
      if (!entry.supported() || !"virtualbox".equals(entry.cell().values().get("hypervisor"))) {
        continue;
      }
      for (Values values : valueSets) {
        String script;
        try {
          script = BuiltinPack.pack().compile(entry.operation(), entry.cell(), values).text();
        } catch (PlumbException e) {
          assertTrue(BuiltinPack.onlyRequires(e), e.getMessage());
          continue;
        }
        host.clear();
        host.run(script);
        for (List<String> call : host.calls()) {
          if (!"VBoxManage".equals(call.get(0))) {
            continue; // socat, modprobe, kldload: the tests above check their argv
          }
          String what = entry.operation() + " " + entry.cell() + ": " + call;
          Set<String> known = VBOXMANAGE_61.get(call.get(1));
          if (known == null) {
            problems.add(what + ": not a VBoxManage subcommand the list knows");
            continue;
          }
          for (String word : call.subList(2, call.size())) {
            boolean option = word.startsWith("--");
            if (!option && !known.contains(word)) {
              continue; // a VM name or an option's value
            }
            String spelling = option ? word.split("=", 2)[0].replaceFirst("[0-9]+$", "N") : word;
            if (known.contains(spelling)) {
              seen.computeIfAbsent(call.get(1), k -> new TreeSet<>()).add(spelling);
            } else {
              problems.add(what + ": VirtualBox 6.1 has no " + spelling);
            }
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    for (Map.Entry<String, Set<String>> e : VBOXMANAGE_61.entrySet()) {
      assertEquals(e.getValue(), seen.getOrDefault(e.getKey(), Set.of()), e.getKey());
    }
  }
}
