package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.testing.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A small bootable Linux guest made from the host's Debian packages, without root or loop mounts: a
 * FAT file system over the whole disk (no partition table) made by {@code mkfs.fat} (dosfstools),
 * holding the host's kernel ({@code /boot/vmlinuz-*}, linux-image-cloud-amd64), an initramfs
 * written by {@link Initramfs} and a {@code syslinux.cfg}, filled by {@code mcopy} (mtools) and
 * made bootable by {@code syslinux --install} (syslinux, which writes its boot sector and {@code
 * ldlinux.sys} through mtools). SeaBIOS boots it from a virtio disk.
 *
 * <p>The initramfs holds a static busybox (busybox-static), the kernel's {@code evdev} and ACPI
 * {@code button} modules and an {@code init} that starts busybox's {@code acpid}, prints {@link
 * #UP} on the serial console ({@code console=ttyS0}) once acpid listens, and waits. The ACPI power
 * button (QEMU's {@code system_powerdown}) makes acpid run {@code /etc/acpi/PWRF/00000080}, which
 * prints {@link #POWER_BUTTON} and powers off ({@code poweroff -f}): QEMU then exits.
 */
final class GuestImage {
  /** The line the guest prints when it is up and listens for the power button. */
  static final String UP = "plumb-guest: up";

  /** The line the guest prints when the power button was pressed, before it powers off. */
  static final String POWER_BUTTON = "plumb-guest: power button, powering off";

  /**
   * The kernel modules the guest loads (unless built in), by their names in modules.dep: the power
   * button's input device and the event device acpid reads it through.
   */
  private static final List<String> MODULES = List.of("evdev", "button");

  private static final String INIT =
      """
      #!/bin/busybox sh
      /bin/busybox --install -s /bin
      mount -t proc proc /proc
      mount -t sysfs sysfs /sys
      mount -t devtmpfs devtmpfs /dev
      for m in /lib/modules/*.ko; do [ -e "$m" ] && insmod "$m"; done
      mkdir -p /etc/acpi/PWRF
      printf '#!/bin/sh\\necho "%s"\\npoweroff -f\\n' > /etc/acpi/PWRF/00000080
      chmod 755 /etc/acpi/PWRF/00000080
      acpid -d -c /etc/acpi &
      acpid=$!
      until ls -l /proc/$acpid/fd 2>/dev/null | grep -q /dev/input/event; do sleep 0.1; done
      echo "%s"
      while :; do sleep 3600; done
      """
          .formatted(POWER_BUTTON, UP);

  private GuestImage() {}

  /**
   * Builds the raw disk image {@code dir/guest.img}, whose size is at most {@code maxBytes}, and
   * returns it; fails naming the Debian package of whatever is missing.
   */
  static Path build(Path dir, long maxBytes) throws Exception {
    Path mkfs = Tools.require("mkfs.fat", "dosfstools");
    Path mcopy = Tools.require("mcopy", "mtools");
    Path syslinux = Tools.require("syslinux", "syslinux");
    Path busybox = staticBusybox();
    Path kernel = kernel();
    String release = kernel.getFileName().toString().substring("vmlinuz-".length());

    Initramfs initramfs =
        new Initramfs()
            .directory("bin")
            .directory("dev")
            .characterDevice("dev/console", 5, 1)
            .directory("etc")
            .directory("lib")
            .directory("lib/modules")
            .directory("proc")
            .directory("sys")
            .file("bin/busybox", 0755, Files.readAllBytes(busybox))
            .file("init", 0755, INIT.getBytes(StandardCharsets.US_ASCII));
    for (String module : MODULES) {
      Optional<byte[]> object = module(release, module, dir);
      if (object.isPresent()) {
        initramfs.file("lib/modules/" + module + ".ko", 0644, object.get());
      }
    }
    Path initrd = dir.resolve("initrd.gz");
    Files.write(initrd, initramfs.gzipped());
    Path config = dir.resolve("syslinux.cfg");
    Files.writeString(
        config,
        "DEFAULT linux\nLABEL linux\n  KERNEL vmlinuz\n  INITRD initrd.gz\n  APPEND console=ttyS0\n",
        StandardCharsets.US_ASCII);

    // the files, 2 MiB for syslinux and FAT, in whole MiB
    long kib = (Files.size(kernel) + Files.size(initrd)) / 1024 + 2048;
    kib = (kib + 1023) / 1024 * 1024;
    assertTrue(
        kib * 1024 <= maxBytes,
        "the guest (kernel " + kernel + " and initramfs) needs " + kib + " KiB, over the disk");
    Path image = dir.resolve("guest.img");
    Files.deleteIfExists(image);
    tool(List.of(mkfs.toString(), "-C", image.toString(), Long.toString(kib)));
    tool(List.of(mcopy.toString(), "-i", image.toString(), kernel.toString(), "::vmlinuz"));
    tool(List.of(mcopy.toString(), "-i", image.toString(), initrd.toString(), "::initrd.gz"));
    tool(List.of(mcopy.toString(), "-i", image.toString(), config.toString(), "::syslinux.cfg"));
    tool(List.of(syslinux.toString(), "--install", image.toString()));
    return image;
  }

  /** The host's newest kernel (by its file's time) whose modules are installed beside it. */
  private static Path kernel() throws IOException {
    Optional<Path> newest;
    try (Stream<Path> files = Files.list(Path.of("/boot"))) {
      newest =
          files
              .filter(f -> f.getFileName().toString().startsWith("vmlinuz-"))
              .filter(f -> Files.isReadable(f))
              .filter(f -> Files.exists(modulesDir(f.getFileName().toString().substring(8))))
              .max(Comparator.comparing(GuestImage::modified));
    } catch (IOException noBoot) {
      newest = Optional.empty();
    }
    if (newest.isEmpty()) {
      fail(
          "no Linux kernel with its modules in /boot and /lib/modules: run 'apt-get install"
              + " linux-image-cloud-amd64' (bin/test does it)");
    }
    return newest.get();
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path modulesDir(String release) {
    return Path.of("/lib/modules", release);
  }

  /**
   * The module's object, decompressed, or nothing when the kernel has it built in; fails when the
   * kernel has neither.
   */
  private static Optional<byte[]> module(String release, String name, Path work) throws Exception {
    Path dir = modulesDir(release);
    for (String line : Files.readAllLines(dir.resolve("modules.dep"))) {
      String path = line.substring(0, line.indexOf(':'));
      String file = path.substring(path.lastIndexOf('/') + 1);
      if (file.equals(name + ".ko") || file.startsWith(name + ".ko.")) {
        assertTrue(
            line.substring(line.indexOf(':') + 1).isBlank(),
            "module " + name + " of " + release + " needs others: " + line);
        return Optional.of(decompressed(dir.resolve(path), work));
      }
    }
    Path builtin = dir.resolve("modules.builtin");
    if (Files.exists(builtin)
        && Files.readAllLines(builtin).stream().anyMatch(l -> l.endsWith("/" + name + ".ko"))) {
      return Optional.empty();
    }
    return fail("kernel " + release + " has no module " + name + " (modules.dep, modules.builtin)");
  }

  private static byte[] decompressed(Path module, Path work) throws Exception {
    String name = module.getFileName().toString();
    if (name.endsWith(".ko")) {
      return Files.readAllBytes(module);
    }
    if (name.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(module))) {
        return in.readAllBytes();
      }
    }
    // xz and zstd decompress a copy beside the image (in place, dropping the suffix)
    Path copy = work.resolve(name);
    Files.copy(module, copy, StandardCopyOption.REPLACE_EXISTING);
    if (name.endsWith(".xz")) {
      tool(List.of(Tools.require("xz", "xz-utils").toString(), "-d", "-f", copy.toString()));
    } else {
      Path zstd = Tools.require("zstd", "zstd");
      tool(List.of(zstd.toString(), "-q", "-d", "-f", "--rm", copy.toString()));
    }
    Path plain = work.resolve(name.substring(0, name.lastIndexOf('.')));
    byte[] object = Files.readAllBytes(plain);
    Files.delete(plain);
    return object;
  }

  /** busybox, which must be statically linked: the initramfs has no C library. */
  private static Path staticBusybox() throws IOException {
    Path busybox = Tools.require("busybox", "busybox-static").toRealPath();
    if (dynamic(Files.readAllBytes(busybox))) {
      fail(
          busybox
              + " is linked dynamically: run 'apt-get install busybox-static' (bin/test does it)");
    }
    return busybox;
  }

  /** Whether an ELF file has a program interpreter (PT_INTERP), i.e. is dynamically linked. */
  static boolean dynamic(byte[] elf) {
    ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    assertTrue(elf.length > 64 && b.getInt(0) == 0x464c457f && elf[4] == 2, "not a 64-bit ELF");
    long phoff = b.getLong(0x20);
    int phentsize = Short.toUnsignedInt(b.getShort(0x36));
    int phnum = Short.toUnsignedInt(b.getShort(0x38));
    for (int i = 0; i < phnum; i++) {
      if (b.getInt((int) phoff + i * phentsize) == 3) {
        return true;
      }
    }
    return false;
  }

  private static void tool(List<String> command) throws Exception {
    Tools.Result result = Tools.run(command, null, Map.of("MTOOLS_SKIP_CHECK", "1"));
    assertEquals(0, result.exit(), String.join(" ", command) + "\n" + result.describe());
  }
}
