package dev.plumb.properties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A command that records its arguments: each call appends its argument count on a line, then each
 * argument followed by a NUL byte, to the file {@code $PLUMB_ARGV}.
 */
final class Stub {
  private Stub() {}

  /** Writes the program {@code stub} into {@code bin}. */
  static void install(Path bin) throws IOException {
    Path stub = bin.resolve("stub");
    Files.writeString(
        stub,
        "#!/bin/sh\n{ printf '%s\\n' \"$#\"; for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }"
            + " >> \"$PLUMB_ARGV\"\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Each call's arguments, read back from what the stub wrote. */
  static List<List<String>> calls(byte[] bytes) {
    List<List<String>> calls = new ArrayList<>();
    int i = 0;
    while (i < bytes.length) {
      int eol = i;
      while (bytes[eol] != '\n') {
        eol++;
      }
      int count = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII));
      i = eol + 1;
      List<String> args = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        int end = i;
        while (bytes[end] != 0) {
          end++;
        }
        args.add(new String(bytes, i, end - i, StandardCharsets.UTF_8));
        i = end + 1;
      }
      calls.add(args);
    }
    return calls;
  }
}
