package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.Values;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QEMU's net-up, net-down, switch-up and switch-down on a Linux host give a stub ip the iproute2
 * argv of docs/sources.md ([S25], in the order of [S26]; an interface is up before it joins a
 * bridge [S50]), and leave the host's bridge to every VM that uses it.
 */
class LinuxNetStubTest {
  private static final Cell CELL = Cell.of("host", "linux", "hypervisor", "qemu", "guest", "linux");

  private static String compile(String operation, Values values) {
    return BuiltinPack.pack().compile(operation, CELL, values).text();
  }

  @Test
  void tapsJoinTheHostsBridges(@TempDir Path tmp) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ip"), List.of());
    Values values = BuiltinPack.example("linux");
    host.run(compile("net-up", values));
    assertEquals(
        List.of(
            List.of("ip", "tuntap", "add", "dev", "tap1", "mode", "tap"),
            List.of("ip", "link", "set", "dev", "tap1", "master", "bridge0"),
            List.of("ip", "link", "set", "dev", "tap1", "up")),
        host.calls());
    host.clear();
    host.run(compile("net-down", values));
    assertEquals(
        List.of(List.of("ip", "tuntap", "del", "dev", "tap1", "mode", "tap")), host.calls());
  }

  @Test
  void switchUpMakesTheBridgeWithTheUplinkAndSwitchDownDeletesIt(@TempDir Path tmp)
      throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ip"), List.of());
    Values values = BuiltinPack.example("linux").set("switch.uplink", "eth0");
    host.run(compile("switch-up", values));
    assertEquals(
        List.of(
            List.of("ip", "link", "add", "name", "bridge0", "type", "bridge"),
            List.of("ip", "link", "set", "dev", "eth0", "up"),
            List.of("ip", "link", "set", "dev", "eth0", "master", "bridge0"),
            List.of("ip", "link", "set", "dev", "bridge0", "up")),
        host.calls());
    host.clear();
    host.run(compile("switch-down", values));
    assertEquals(List.of(List.of("ip", "link", "del", "dev", "bridge0")), host.calls());
  }

  @Test
  void twoVmsShareTheBridgeAndOnesNetDownLeavesTheOthers(@TempDir Path tmp) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ip"), List.of());
    InterfaceStubs.install(tmp, "ip", "eth0");
    Values web1 = BuiltinPack.example("linux").set("switch.uplink", "eth0"); // tap1 on bridge0
    Values fbsd1 = BuiltinPack.example("freebsd"); // tap0 on bridge0
    host.run(compile("switch-up", web1));
    host.run(compile("net-up", web1));
    host.run(compile("net-up", fbsd1));
    assertEquals(
        Map.of("bridge0", "", "eth0", "bridge0", "tap0", "bridge0", "tap1", "bridge0"),
        InterfaceStubs.interfaces(tmp));
    host.run(compile("net-down", web1));
    assertEquals(
        Map.of("bridge0", "", "eth0", "bridge0", "tap0", "bridge0"),
        InterfaceStubs.interfaces(tmp));
    host.run(compile("net-down", fbsd1));
    host.run(compile("switch-down", web1));
    assertEquals(Map.of("eth0", ""), InterfaceStubs.interfaces(tmp));
  }
}
