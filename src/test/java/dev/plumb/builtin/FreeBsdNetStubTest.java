package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.Values;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bhyve's and QEMU's net-up, net-down, switch-up and switch-down on a FreeBSD host give stub
 * ifconfig and sysctl the argv of docs/sources.md (the Handbook's "Preparing the Host" [S9],
 * ifconfig(8), if_bridge(4) and tap(4) [S36], vm-bhyve [S13]), and leave the host's bridge to every
 * VM that uses it.
 */
class FreeBsdNetStubTest {
  @TempDir Path tmp;

  private static String compile(String hypervisor, String operation, Values values) {
    Cell cell = Cell.of("host", "freebsd", "hypervisor", hypervisor, "guest", "freebsd");
    return BuiltinPack.pack().compile(operation, cell, values).text();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bhyve", "qemu"})
  void tapsJoinTheHostsBridgesAndComeUpWhenReopened(String hypervisor) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ifconfig", "sysctl"), List.of());
    Values values = BuiltinPack.example("freebsd");
    host.run(compile(hypervisor, "net-up", values));
    assertEquals(
        List.of(
            List.of("ifconfig", "tap0", "create"),
            List.of("sysctl", "net.link.tap.up_on_open=1"),
            List.of("ifconfig", "bridge0", "addm", "tap0"),
            List.of("ifconfig", "tap0", "up")),
        host.calls());
    host.clear();
    host.run(compile(hypervisor, "net-down", values));
    assertEquals(List.of(List.of("ifconfig", "tap0", "destroy")), host.calls());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bhyve", "qemu"})
  void switchUpMakesTheBridgeWithTheUplinkAndSwitchDownDestroysIt(String hypervisor)
      throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ifconfig", "sysctl"), List.of());
    Values values = BuiltinPack.example("freebsd"); // switch bridge0, uplink em0
    host.run(compile(hypervisor, "switch-up", values));
    assertEquals(
        List.of(
            List.of("sysctl", "net.link.tap.up_on_open=1"),
            List.of("ifconfig", "bridge0", "create"),
            List.of("ifconfig", "em0", "up"),
            List.of("ifconfig", "bridge0", "addm", "em0"),
            List.of("ifconfig", "bridge0", "up")),
        host.calls());
    host.clear();
    host.run(compile(hypervisor, "switch-down", values));
    assertEquals(List.of(List.of("ifconfig", "bridge0", "destroy")), host.calls());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bhyve", "qemu"})
  void twoVmsShareTheBridgeAndOnesNetDownLeavesTheOthers(String hypervisor) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ifconfig", "sysctl"), List.of());
    InterfaceStubs.install(tmp, "ifconfig", "em0");
    Values fbsd1 = BuiltinPack.example("freebsd"); // tap0 on bridge0, uplink em0
    Values web1 = BuiltinPack.example("linux"); // tap1 on bridge0
    host.run(compile(hypervisor, "switch-up", fbsd1));
    host.run(compile(hypervisor, "net-up", fbsd1));
    host.run(compile(hypervisor, "net-up", web1));
    assertEquals(
        Map.of("bridge0", "", "em0", "bridge0", "tap0", "bridge0", "tap1", "bridge0"),
        InterfaceStubs.interfaces(tmp));
    host.run(compile(hypervisor, "net-down", fbsd1));
    assertEquals(
        Map.of("bridge0", "", "em0", "bridge0", "tap1", "bridge0"), InterfaceStubs.interfaces(tmp));
    host.run(compile(hypervisor, "net-down", web1));
    host.run(compile(hypervisor, "switch-down", fbsd1));
    assertEquals(Map.of("em0", ""), InterfaceStubs.interfaces(tmp));
  }
}
