package dev.plumb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The equal-work template: one seeded model of a ~200-line shell script (about 20 substitutions,
 * a compile-time if, an each over a list, an include of a fragment with one argument), written
 * in plumb, FreeMarker, jte and Jinja2 syntax, and rendered by hand as the StringBuilder floor.
 * Every engine renders the same bytes: the others' templates carry plumb's four header lines as
 * literal text, and every value is a bare lower-case word, which plumb writes verbatim.
 */
record EqualWork(
    long seed, List<Part> parts, List<Line> fragment, int fragmentArg, List<String> vars,
    List<String> items, boolean linux) {

  static final int VARS = 20;

  /** A piece of a text line: literal text, a variable, the each's item or the fragment's p. */
  sealed interface Piece {}

  record Lit(String text) implements Piece {}

  record Var(int index) implements Piece {}

  record Item() implements Piece {}

  record Param() implements Piece {}

  record Line(List<Piece> pieces) {}

  sealed interface Part {}

  record Text(Line line) implements Part {}

  record If(List<Line> yes, List<Line> no) implements Part {}

  record Each(List<Line> body) implements Part {}

  record Include() implements Part {}

  static EqualWork generate(long seed) {
    Words w = new Words(new Random(seed));
    List<String> vars = new ArrayList<>();
    for (int i = 0; i < VARS; i++) vars.add(w.next());
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) items.add(w.next());
    // 150 text lines, 20 of them with one substitution each; then an if of 2×10 lines, an each
    // of 2 lines over 10 items, and an include of a 10-line fragment: 200 lines of output.
    List<Part> parts = new ArrayList<>();
    int textLines = 150;
    boolean[] hole = new boolean[textLines];
    for (int placed = 0; placed < VARS; ) {
      int at = w.nextInt(textLines);
      if (!hole[at]) {
        hole[at] = true;
        placed++;
      }
    }
    int nextVar = 0;
    int ifAt = w.nextInt(textLines), eachAt = w.nextInt(textLines), includeAt = w.nextInt(textLines);
    for (int i = 0; i < textLines; i++) {
      if (i == ifAt) parts.add(new If(lines(w, 10, null), lines(w, 10, null)));
      if (i == eachAt) parts.add(new Each(lines(w, 2, new Item())));
      if (i == includeAt) parts.add(new Include());
      parts.add(new Text(line(w, hole[i] ? new Var(nextVar++) : null)));
    }
    List<Line> fragment = lines(w, 10, null);
    fragment.set(w.nextInt(10), line(w, new Param()));
    return new EqualWork(seed, parts, fragment, w.nextInt(VARS), vars, items, true);
  }

  private static List<Line> lines(Words w, int n, Piece hole) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(line(w, hole));
    return out;
  }

  /** A shell command that every engine's syntax leaves alone: no $, braces, #, @, < or %. */
  static Line line(Words w, Piece hole) {
    String a = w.next(), b = w.next();
    Piece x = hole == null ? new Lit(w.next()) : hole;
    List<Piece> p =
        switch (w.nextInt(8)) {
          case 0 -> List.of(new Lit("mkdir -p /srv/"), x, new Lit("/" + a));
          case 1 -> List.of(new Lit("cp /etc/" + a + ".conf /srv/"), x, new Lit(".conf"));
          case 2 -> List.of(new Lit("chmod 0644 /srv/" + a + "/"), x);
          case 3 -> List.of(new Lit("ln -sf /opt/" + a + " /srv/"), x);
          case 4 -> List.of(new Lit("touch /var/log/"), x, new Lit(".log"));
          case 5 -> List.of(new Lit("rm -f /tmp/" + a + "." + b + " /tmp/"), x);
          case 6 -> List.of(new Lit("echo " + a + " "), x, new Lit(" " + b));
          default -> List.of(new Lit("install -d -m 0755 /srv/"), x, new Lit("/" + b));
        };
    return new Line(p);
  }

  /** How a syntax spells holes and directives (Java 17: no pattern switch, so instanceof). */
  record Syntax(
      IntFunction<String> var, String item, String param, String ifOpen, String ifElse,
      String ifClose, String eachOpen, String eachClose, String include) {

    String line(Line l) {
      StringBuilder b = new StringBuilder();
      for (Piece p : l.pieces()) {
        if (p instanceof Lit lit) b.append(lit.text());
        else if (p instanceof Var v) b.append(var.apply(v.index()));
        else if (p instanceof Item) b.append(item);
        else b.append(param);
      }
      return b.append('\n').toString();
    }
  }

  static final String PACK = "bench";
  static final String OP = "run";

  /** plumb's script header for this pack, operation and cell (docs/language.md §3.7). */
  static String header() {
    return "#!/bin/sh\n# plumb: " + PACK + " " + OP + " host=linux\n# from: run.plumb\nset -eu\n";
  }

  String render(Syntax s, String prologue) {
    StringBuilder b = new StringBuilder(prologue);
    for (Part part : parts) {
      if (part instanceof Text t) b.append(s.line(t.line()));
      else if (part instanceof If f) {
        b.append(s.ifOpen());
        f.yes().forEach(l -> b.append(s.line(l)));
        b.append(s.ifElse());
        f.no().forEach(l -> b.append(s.line(l)));
        b.append(s.ifClose());
      } else if (part instanceof Each e) {
        b.append(s.eachOpen());
        e.body().forEach(l -> b.append(s.line(l)));
        b.append(s.eachClose());
      } else b.append(s.include().replace("ARG", String.valueOf(fragmentArg)));
    }
    return b.toString();
  }

  String fragment(Syntax s, String prologue, String epilogue) {
    StringBuilder b = new StringBuilder(prologue);
    fragment.forEach(l -> b.append(s.line(l)));
    return b.append(epilogue).toString();
  }

  static final Syntax PLUMB =
      new Syntax(i -> "{{ s.v" + i + " }}", "{{ x }}", "{{ p }}", "%if host == linux\n",
          "%else\n", "%end\n", "%each x in s.items\n", "%end\n", "%include frag(s.vARG)\n");
  static final Syntax FREEMARKER =
      new Syntax(i -> "${v" + i + "}", "${x}", "${p}", "<#if linux>\n", "<#else>\n", "</#if>\n",
          "<#list items as x>\n", "</#list>\n", "<@f.frag p=vARG/>\n");
  static final Syntax JTE =
      new Syntax(i -> "${v" + i + "}", "${x}", "${p}", "@if(linux)\n", "@else\n", "@endif\n",
          "@for(String x : items)\n", "@endfor\n", "@template.frag(p = vARG)\n");
  static final Syntax JINJA =
      new Syntax(i -> "{{ v" + i + " }}", "{{ x }}", "{{ p }}", "{% if linux %}\n",
          "{% else %}\n", "{% endif %}\n", "{% for x in items %}\n", "{% endfor %}\n",
          "{% with p = vARG %}{% include \"frag.j2\" %}{% endwith %}\n");

  String plumbTemplate() {
    return render(PLUMB, "%template " + OP + "\n");
  }

  String plumbFragment() {
    return fragment(PLUMB, "%fragment frag(p: name)\n", "");
  }

  String plumbManifest() {
    StringBuilder b = new StringBuilder("pack " + PACK + " \"generated, seed " + seed + "\"\n");
    b.append("axis host = linux | freebsd\noperation " + OP + "\n");
    for (int i = 0; i < VARS; i++) b.append("var s.v" + i + " : name\n");
    b.append("var s.items : list<name>\n");
    return b.toString();
  }

  /** The values as plumb's values JSON. */
  String valuesJson() {
    StringBuilder b = new StringBuilder("{\"s\": {");
    for (int i = 0; i < VARS; i++) b.append("\"v" + i + "\": \"" + vars.get(i) + "\", ");
    b.append("\"items\": [");
    for (int i = 0; i < items.size(); i++) b.append(i > 0 ? ", " : "").append('"' + items.get(i) + '"');
    return b.append("]}}\n").toString();
  }

  /** The values for the FreeMarker one-shot: v0…v19 and items, space-separated. */
  String valuesProperties() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < VARS; i++) b.append("v" + i + "=" + vars.get(i) + "\n");
    return b.append("items=" + String.join(" ", items) + "\n").toString();
  }

  String freemarkerTemplate() {
    return render(FREEMARKER, "<#import \"frag.ftl\" as f>\n" + header());
  }

  String freemarkerFragment() {
    return fragment(FREEMARKER, "<#macro frag p>\n", "</#macro>\n");
  }

  String jteTemplate() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < VARS; i++) b.append("@param String v" + i + "\n");
    b.append("@param boolean linux\n@param java.util.List<String> items\n");
    return render(JTE, b + header());
  }

  /** Without its final line break: jte's call line keeps its own, where the others drop it. */
  String jteFragment() {
    String f = fragment(JTE, "@param String p\n", "");
    return f.substring(0, f.length() - 1);
  }

  String jinjaTemplate() {
    return render(JINJA, header());
  }

  String jinjaFragment() {
    return fragment(JINJA, "", "");
  }

  /** The model as FreeMarker, jte and Jinja2 take it: v0…v19, linux, items. */
  Map<String, Object> model() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < VARS; i++) m.put("v" + i, vars.get(i));
    m.put("linux", linux);
    m.put("items", items);
    return m;
  }

  /** The text envsubst fills in: the expected output with ${V0}…${V19} where plumb has holes. */
  String envsubstText() {
    Syntax s = new Syntax(i -> "${V" + i + "}", "ITEM", "PARAM", "", "", "", "", "", "");
    StringBuilder b = new StringBuilder(header());
    for (Part part : parts) {
      if (part instanceof Text t) b.append(s.line(t.line()));
      else if (part instanceof If f) (linux ? f.yes() : f.no()).forEach(l -> b.append(s.line(l)));
      else if (part instanceof Each e)
        items.forEach(x -> e.body().forEach(l -> b.append(s.line(l).replace("ITEM", x))));
      else fragment.forEach(l -> b.append(s.line(l).replace("PARAM", "${V" + fragmentArg + "}")));
    }
    return b.toString();
  }

  /**
   * The floor: the output appended piece by piece to a StringBuilder, the least work any engine
   * could do. {@link #floorPlan} flattens the model once; {@link #floor} is what is measured.
   */
  Object[] floorPlan() {
    List<Object> plan = new ArrayList<>();
    plan.add(header());
    for (Part part : parts) {
      if (part instanceof Text t) add(plan, t.line(), null);
      else if (part instanceof If f) (linux ? f.yes() : f.no()).forEach(l -> add(plan, l, null));
      else if (part instanceof Each e) items.forEach(x -> e.body().forEach(l -> add(plan, l, x)));
      else fragment.forEach(l -> add(plan, l, null));
    }
    return plan.toArray();
  }

  private void add(List<Object> plan, Line l, String item) {
    for (Piece p : l.pieces()) {
      if (p instanceof Lit lit) plan.add(lit.text());
      else if (p instanceof Var v) plan.add(v.index());
      else if (p instanceof Item) plan.add(item);
      else plan.add(fragmentArg);
    }
    plan.add("\n");
  }

  /** Strings are literal text, Integers index into {@code values}. */
  static String floor(Object[] plan, String[] values) {
    StringBuilder b = new StringBuilder(8192);
    for (Object o : plan) {
      if (o instanceof String str) b.append(str);
      else b.append(values[(Integer) o]);
    }
    return b.toString();
  }

  String expected() {
    return floor(floorPlan(), vars.toArray(String[]::new));
  }

  /** Writes the four syntaxes under {@code dir}: plumb/, freemarker/, jte/, jinja/. */
  void write(Path dir) {
    try {
      write(dir.resolve("plumb/pack.plumb"), plumbManifest());
      write(dir.resolve("plumb/run.plumb"), plumbTemplate());
      write(dir.resolve("plumb/frag.plumb"), plumbFragment());
      write(dir.resolve("values.json"), valuesJson());
      write(dir.resolve("freemarker/main.ftl"), freemarkerTemplate());
      write(dir.resolve("freemarker/frag.ftl"), freemarkerFragment());
      write(dir.resolve("jte/main.jte"), jteTemplate());
      write(dir.resolve("jte/frag.jte"), jteFragment());
      write(dir.resolve("jinja/main.j2"), jinjaTemplate());
      write(dir.resolve("jinja/frag.j2"), jinjaFragment());
      write(dir.resolve("envsubst.txt"), envsubstText());
      write(dir.resolve("values.properties"), valuesProperties());
      write(dir.resolve("expected.sh"), expected());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
