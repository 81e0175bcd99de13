package dev.plumb.cli;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Decoding;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.source.Utf8;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line as the process was given it. Java decodes arguments in the locale's charset, so
 * under {@code LC_ALL=C} {@code --set dir=/vm/café} arrives as {@code /vm/caf\uFFFD\uFFFD}, and the
 * script would name another path. An argument whose bytes did not come through is refused (P511),
 * never used: where the process's own bytes can be read ({@code /proc/self/cmdline}), an argument
 * must be exactly their UTF-8; elsewhere (or when run in-process) a U+FFFD cannot be told from a
 * lost byte and is refused as one.
 */
final class Arguments {
  private Arguments() {}

  /** One P511 per argument that did not come through, located in it. */
  static List<Diagnostic> check(String[] args, List<byte[]> raw) {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String given = raw == null ? null : utf8(raw.get(i));
      String arg = args[i];
      int replaced = arg.indexOf('\uFFFD');
      boolean lost = raw == null ? replaced >= 0 : given == null || !given.equals(arg);
      if (!lost) {
        continue;
      }
      SourceFile source = new SourceFile("argument " + (i + 1), arg);
      int column = replaced < 0 ? 1 : arg.codePointCount(0, replaced) + 1;
      int end = replaced < 0 ? arg.codePointCount(0, arg.length()) + 1 : run(arg, replaced);
      errors.add(
          Diagnostic.error(
                  Code.P511,
                  Span.of(source, 1, column, end),
                  replaced >= 0
                      ? "bytes of this argument could not be decoded and were read as U+FFFD"
                      : "this argument holds UTF-8 that the locale read as "
                          + System.getProperty("sun.jnu.encoding", Decoding.platform().name()))
              .withHint(Decoding.hint()));
    }
    return errors;
  }

  /** The column after the run of U+FFFD that starts at {@code from}. */
  private static int run(String arg, int from) {
    int end = from;
    while (end < arg.length() && arg.charAt(end) == '\uFFFD') {
      end++;
    }
    return arg.codePointCount(0, end) + 1;
  }

  /** The bytes as strict UTF-8, or null when they are not UTF-8. */
  private static String utf8(byte[] bytes) {
    Utf8.Decoded decoded = Utf8.decode(bytes);
    return decoded.errorOffset() < 0 ? decoded.text() : null;
  }

  /**
   * The process's own bytes for {@code args}, the last arguments of {@code /proc/self/cmdline};
   * null where there is no such file, or when its arguments are not these (an {@code @argfile}).
   */
  static List<byte[]> raw(String[] args) {
    byte[] cmdline;
    try {
      cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    List<byte[]> all = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        all.add(Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (all.size() < args.length) {
      return null;
    }
    List<byte[]> mine = all.subList(all.size() - args.length, all.size());
    Charset platform = Decoding.platform();
    for (int i = 0; i < args.length; i++) {
      // the same bytes decode to what Java gave, or these are not the arguments
      if (!new String(mine.get(i), platform).equals(args[i])) {
        return null;
      }
    }
    return List.copyOf(mine);
  }
}
