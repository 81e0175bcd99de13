package dev.plumb.builtin;

import dev.plumb.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Stub {@code ifconfig} and {@code ip} commands that keep the host's interfaces in a folder, so
 * that a sequence of network scripts can be checked for what it leaves: a file per interface, and
 * {@code NAME.master} holding the bridge it is a member of. They fail as the real commands do when
 * an interface to create exists or one to use does not; FreeBSD's {@code addm} refuses a member of
 * another bridge (EBUSY, if_bridge(4) [S36]), Linux's {@code master} moves it ([S25]); destroying a
 * tap takes it out of its bridge, and destroying a bridge frees its members.
 */
final class InterfaceStubs {
  private static final String COMMON =
      """
      s="${STUB_LOG%/*}/if"
      fail() { echo "$0: $*" >&2; exit 1; }
      gone() {
        [ -e "$s/$1" ] || fail "$1: no such interface"
        rm -f "$s/$1" "$s/$1.master"
        for m in "$s"/*.master; do
          [ ! -e "$m" ] || [ "$(cat "$m")" != "$1" ] || rm "$m"
        done
      }
      """;

  /** ifconfig IF create | destroy | up, ifconfig BRIDGE addm IF (FreeBSD). */
  private static final String IFCONFIG =
      COMMON
          + """
          case "$2" in
          create) [ ! -e "$s/$1" ] || fail "SIOCIFCREATE2: File exists"; : > "$s/$1" ;;
          destroy) gone "$1" ;;
          up) [ -e "$s/$1" ] || fail "$1: no such interface" ;;
          addm)
            [ -e "$s/$1" ] && [ -e "$s/$3" ] || fail "$1 addm $3: no such interface"
            [ ! -e "$s/$3.master" ] || fail "BRDGADD $3: Device busy"
            echo "$1" > "$s/$3.master" ;;
          *) fail "unexpected: $*" ;;
          esac
          """;

  /** ip link add|set|del, ip tuntap add|del (Linux iproute2). */
  private static final String IP =
      COMMON
          + """
          case "$1 $2" in
          "link add"|"tuntap add") [ ! -e "$s/$4" ] || fail "$4: File exists"; : > "$s/$4" ;;
          "link del"|"tuntap del") gone "$4" ;;
          "link set")
            [ -e "$s/$4" ] || fail "$4: Cannot find device"
            if [ "$5" = master ]; then
              [ -e "$s/$6" ] || fail "$6: Cannot find device"
              echo "$6" > "$s/$4.master"
            fi ;;
          *) fail "unexpected: $*" ;;
          esac
          """;

  private InterfaceStubs() {}

  /**
   * Replaces the log-only stub {@code command} ({@code ifconfig} or {@code ip}) of a {@link
   * StubHost} made in {@code folder} with the stateful one, the host having the interfaces {@code
   * existing} (its uplink).
   */
  static void install(Path folder, String command, String... existing) throws IOException {
    Tools.stub(folder.resolve("stub-bin"), command, command.equals("ip") ? IP : IFCONFIG);
    Path state = Files.createDirectories(folder.resolve("if"));
    for (String name : existing) {
      Files.writeString(state.resolve(name), "");
    }
  }

  /** Each interface of the host, with the bridge it is a member of ("" when none). */
  static Map<String, String> interfaces(Path folder) throws IOException {
    Path state = folder.resolve("if");
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.list(state)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".master")) {
          Path master = state.resolve(name + ".master");
          result.put(
              name,
              Files.exists(master) ? Files.readString(master, StandardCharsets.UTF_8).trim() : "");
        }
      }
    }
    return result;
  }
}
