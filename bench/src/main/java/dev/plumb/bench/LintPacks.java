package dev.plumb.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * (c) Generated packs for lint: {@code count} templates of about {@code lines} lines each (one
 * operation per template), a share of them with one seeded error whose diagnostic (code, file,
 * line) is known here; and the same templates, without the errors, in FreeMarker and Jinja2
 * syntax for the peers' parse-all. Lines are short (plumb reads at most 4 MiB per pack).
 */
final class LintPacks {
  /** A diagnostic the generator planted: compared exactly with lint's output. */
  record Expected(String code, String file, int line) {}

  record Generated(int templates, long bytes, List<Expected> expected) {}

  enum Error {
    UNDECLARED_VARIABLE("P201"),
    UNCLOSED_IF("P105"),
    CONDITION_NOT_BOOL("P205");

    final String code;

    Error(String code) {
      this.code = code;
    }
  }

  /**
   * Writes {@code plumb/}, {@code freemarker/} and {@code jinja/} under {@code dir}; with {@code
   * errorShare} 0 the pack is clean (the compile benchmarks use that one).
   */
  static Generated write(Path dir, long seed, int count, int lines, double errorShare) throws IOException {
    Random random = new Random(seed ^ count ^ ((long) lines << 32));
    Words w = new Words(random);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 64; i++) words.add(w.next().substring(0, 3 + random.nextInt(2)));
    StringBuilder manifest = new StringBuilder("pack lint \"generated, seed " + seed + "\"\n");
    manifest.append("axis host = linux | freebsd\n");
    for (int k = 0; k < count; k += 100) {
      manifest.append("operation ");
      for (int j = k; j < Math.min(count, k + 100); j++) manifest.append(j > k ? ", t" : "t").append(j);
      manifest.append('\n');
    }
    for (int i = 0; i < EqualWork.VARS; i++) manifest.append("var s.v").append(i).append(" : name\n");
    manifest.append("var s.items : list<name>\n");
    EqualWork.write(dir.resolve("plumb/pack.plumb"), manifest.toString());
    long bytes = manifest.length();
    // which templates get an error: exactly round(count × share) of them, seeded
    int errors = (int) Math.round(count * errorShare);
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < count; k++) order.add(k);
    java.util.Collections.shuffle(order, random);
    java.util.Set<Integer> broken = new java.util.HashSet<>(order.subList(0, errors));
    List<Expected> expected = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      StringBuilder p = new StringBuilder("%template t" + k + "\n");
      StringBuilder f = new StringBuilder(), j = new StringBuilder();
      Error error = broken.contains(k) ? Error.values()[random.nextInt(Error.values().length)] : null;
      int errorAt = 2 + random.nextInt(Math.max(1, lines - 20)); // a line number, 1-based
      // the if (13 lines) only in templates of 50 lines or more; the each (4 lines) in all
      int ifAt = lines >= 50 ? random.nextInt(lines / 2) : -1, eachAt = lines / 2 + random.nextInt(lines / 4);
      int textLines = lines - 4 - (ifAt >= 0 ? 13 : 0);
      int line = 2; // the plumb file's next line number
      boolean planted = false;
      for (int i = 0; i < textLines || (error != null && !planted); i++) {
        if (i == ifAt) {
          p.append("%if host == linux\n");
          f.append("<#if linux>\n");
          j.append("{% if linux %}\n");
          line++;
          for (int b = 0; b < 2; b++) {
            for (int x = 0; x < 5; x++) {
              String[] l = shortLine(random, words);
              p.append(l[0]).append('\n');
              f.append(l[1]).append('\n');
              j.append(l[2]).append('\n');
              line++;
            }
            p.append(b == 0 ? "%else\n" : "%end\n");
            f.append(b == 0 ? "<#else>\n" : "</#if>\n");
            j.append(b == 0 ? "{% else %}\n" : "{% endif %}\n");
            line++;
          }
        }
        if (i == eachAt) {
          p.append("%each x in s.items\necho {{ x }}\ntouch /srv/{{ x }}\n%end\n");
          f.append("<#list items as x>\necho ${x}\ntouch /srv/${x}\n</#list>\n");
          j.append("{% for x in items %}\necho {{ x }}\ntouch /srv/{{ x }}\n{% endfor %}\n");
          line += 4;
        }
        String[] l = shortLine(random, words);
        if (error != null && !planted && line >= errorAt) {
          planted = true;
          switch (error) {
            case UNDECLARED_VARIABLE -> p.append("echo {{ s.undeclared }}\n");
            case UNCLOSED_IF -> p.append("%if host == linux\n");
            case CONDITION_NOT_BOOL -> p.append("%if s.v0\necho x\n%end\n");
          }
          expected.add(new Expected(error.code, "t" + k + ".plumb", line));
          line += error == Error.CONDITION_NOT_BOOL ? 3 : 1;
        }
        p.append(l[0]).append('\n');
        f.append(l[1]).append('\n');
        j.append(l[2]).append('\n');
        line++;
      }
      bytes += p.length();
      EqualWork.write(dir.resolve("plumb/t" + k + ".plumb"), p.toString());
      EqualWork.write(dir.resolve("freemarker/t" + k + ".ftl"), f.toString());
      EqualWork.write(dir.resolve("jinja/t" + k + ".j2"), j.toString());
    }
    return new Generated(count, bytes, expected);
  }

  /** One short shell line in plumb, FreeMarker and Jinja2 syntax: a hole in one of four. */
  private static String[] shortLine(Random r, List<String> words) {
    String a = words.get(r.nextInt(words.size())), b = words.get(r.nextInt(words.size()));
    boolean hole = r.nextInt(4) == 0;
    int v = r.nextInt(EqualWork.VARS);
    String[] x = hole ? new String[] {"{{ s.v" + v + " }}", "${v" + v + "}", "{{ v" + v + " }}"}
        : new String[] {b, b, b};
    String[] out = new String[3];
    int command = r.nextInt(5);
    for (int i = 0; i < 3; i++) {
      out[i] = switch (command) {
        case 0 -> "mkdir -p /" + a + "/" + x[i];
        case 1 -> "touch /" + a + "/" + x[i];
        case 2 -> "rm -f /" + a + "." + x[i];
        case 3 -> "echo " + a + " " + x[i];
        default -> "chmod 644 /" + a + "/" + x[i];
      };
    }
    return out;
  }
}
