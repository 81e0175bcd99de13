package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.Values;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QEMU's net-up and net-down on a Linux host give a stub ip the iproute2 argv of docs/sources.md
 * ([S25], in the order of [S26]).
 */
class LinuxNetStubTest {
  private static final Cell CELL = Cell.of("host", "linux", "hypervisor", "qemu", "guest", "linux");

  @Test
  void tapsJoinTheHostsBridges(@TempDir Path tmp) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ip"), List.of());
    Values values = BuiltinPack.example("linux");
    host.run(BuiltinPack.pack().compile("net-up", CELL, values).text());
    assertEquals(
        List.of(
            List.of("ip", "tuntap", "add", "dev", "tap1", "mode", "tap"),
            List.of("ip", "link", "set", "dev", "tap1", "master", "bridge0"),
            List.of("ip", "link", "set", "dev", "tap1", "up")),
        host.calls());
    host.clear();
    host.run(BuiltinPack.pack().compile("net-down", CELL, values).text());
    assertEquals(
        List.of(List.of("ip", "tuntap", "del", "dev", "tap1", "mode", "tap")), host.calls());
  }

  @Test
  void withAnUplinkNetUpMakesTheBridgeToo(@TempDir Path tmp) throws Exception {
    StubHost host = StubHost.create(tmp, List.of("ip"), List.of());
    Values values = BuiltinPack.example("linux").set("vm.uplink", "eth0");
    host.run(BuiltinPack.pack().compile("net-up", CELL, values).text());
    assertEquals(
        List.of(
            List.of("ip", "link", "add", "name", "bridge0", "type", "bridge"),
            List.of("ip", "link", "set", "dev", "eth0", "master", "bridge0"),
            List.of("ip", "link", "set", "dev", "bridge0", "up"),
            List.of("ip", "tuntap", "add", "dev", "tap1", "mode", "tap"),
            List.of("ip", "link", "set", "dev", "tap1", "master", "bridge0"),
            List.of("ip", "link", "set", "dev", "tap1", "up")),
        host.calls());
    host.clear();
    host.run(BuiltinPack.pack().compile("net-down", CELL, values).text());
    assertEquals(
        List.of(
            List.of("ip", "tuntap", "del", "dev", "tap1", "mode", "tap"),
            List.of("ip", "link", "del", "dev", "bridge0")),
        host.calls());
  }
}
