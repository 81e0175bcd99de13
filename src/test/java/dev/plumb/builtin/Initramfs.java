package dev.plumb.builtin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A gzipped cpio archive in the "newc" format, the one the Linux kernel unpacks as its initramfs
 * (Documentation/driver-api/early-userspace/buffer-format.rst): each entry a 110-byte header of
 * "070701" and 13 eight-digit hex fields, its NUL-ended name, its data, each padded to 4 bytes; a
 * last entry named TRAILER!!!. Written here so that the test needs no root, no cpio and no device
 * node on the host: every entry is owned by root, whoever builds it.
 */
final class Initramfs {
  private static final int DIRECTORY = 0040000;
  private static final int REGULAR = 0100000;
  private static final int CHARACTER_DEVICE = 0020000;

  private final ByteArrayOutputStream archive = new ByteArrayOutputStream();
  private int inode = 1;

  /** A folder, mode 0755; its parents must come first. */
  Initramfs directory(String name) {
    entry(name, DIRECTORY | 0755, 0, 0, new byte[0]);
    return this;
  }

  /** A regular file with {@code permissions} (such as 0755). */
  Initramfs file(String name, int permissions, byte[] data) {
    entry(name, REGULAR | permissions, 0, 0, data);
    return this;
  }

  /** A character device node, mode 0600. */
  Initramfs characterDevice(String name, int major, int minor) {
    entry(name, CHARACTER_DEVICE | 0600, major, minor, new byte[0]);
    return this;
  }

  /** The archive with its trailer, gzipped (the kernel's RD_GZIP, built into Debian's). */
  byte[] gzipped() throws IOException {
    entry("TRAILER!!!", 0, 0, 0, new byte[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      archive.writeTo(gzip);
    }
    return out.toByteArray();
  }

  private void entry(String name, int mode, int rdevMajor, int rdevMinor, byte[] data) {
    byte[] path = (name + "\0").getBytes(StandardCharsets.US_ASCII);
    boolean trailer = name.equals("TRAILER!!!");
    long[] fields = {
      trailer ? 0 : inode++, // c_ino
      mode, // c_mode
      0, // c_uid
      0, // c_gid
      (mode & DIRECTORY) == DIRECTORY && !trailer ? 2 : 1, // c_nlink
      0, // c_mtime
      data.length, // c_filesize
      0, // c_devmajor
      0, // c_devminor
      rdevMajor, // c_rdevmajor
      rdevMinor, // c_rdevminor
      path.length, // c_namesize, with its NUL
      0 // c_check
    };
    StringBuilder header = new StringBuilder("070701");
    for (long field : fields) {
      header.append(String.format("%08x", field));
    }
    archive.writeBytes(header.toString().getBytes(StandardCharsets.US_ASCII));
    archive.writeBytes(path);
    pad();
    archive.writeBytes(data);
    pad();
  }

  private void pad() {
    while (archive.size() % 4 != 0) {
      archive.write(0);
    }
  }
}
