package dev.plumb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of issue 15 from the repository's root and writes
 * bench/results/DATE.json, then {@link Report} turns it into the Markdown, the chart and
 * BENCHMARKS.md. Every path it records is relative to the repository's root.
 */
public final class Main {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The plumb launcher's own JVM flags (bin/plumb), given to the FreeMarker one-shot too. */
  static final List<String> CLI_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
  static final String JAR = "bench/target/benchmarks.jar";
  static final String WORK = "bench/target/scratch";

  final Path root = Path.of("").toAbsolutePath();
  final boolean quick;
  final long seed;
  final ObjectNode results = JSON.createObjectNode();
  final ArrayNode figures;
  final ObjectNode commands;
  final String python; // a python3 that imports jinja2, or null
  String only;

  Main(boolean quick, long seed) {
    this.quick = quick;
    this.seed = seed;
    figures = results.putArray("figures");
    commands = JSON.createObjectNode();
    python = findPython();
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    long seed = 15;
    for (int i = 0; i < args.length - 1; i++) if (args[i].equals("--seed")) seed = Long.parseLong(args[i + 1]);
    Main m = new Main(quick, seed);
    for (int i = 0; i < args.length - 1; i++) if (args[i].equals("--only")) m.only = args[i + 1];
    m.run();
  }

  void run() throws Exception {
    Path work = root.resolve(WORK);
    deleteTree(work);
    Files.createDirectories(work);
    String date = LocalDate.now().toString();
    results.put("version", 1).put("date", date).put("mode", quick ? "quick" : "full").put("seed", seed);
    machine(results.putObject("machine"));
    // --only SECTION runs one section (for trying the harness; a published run runs them all)
    if (only == null || only.equals("embedded")) embedded();
    if (only == null || only.equals("cli")) cli();
    if (only == null || only.equals("lint")) lint();
    if (only == null || only.equals("scaling")) scaling();
    if (only == null || only.equals("batch")) batch();
    results.set("commands", commands);
    results.with("machine").put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
    results.with("machine").put("finished", ZonedDateTime.now().toString());
    Path out = root.resolve(only == null ? "bench/results/" + date + ".json" : WORK + "/partial.json");
    Files.createDirectories(out.getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
    log("wrote " + root.relativize(out));
    if (only == null) Report.main(new String[] {out.toString()});
  }

  // ---- machine ----------------------------------------------------------------------------

  void machine(ObjectNode m) throws Exception {
    m.put("nproc", Runtime.getRuntime().availableProcessors());
    m.put("java", Proc.sh(root, "java -version 2>&1").out().trim());
    m.put("os", Proc.sh(root, "uname -srm").out().trim());
    m.put("cpu", Proc.sh(root, "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").out().trim());
    m.put("memory", Proc.sh(root, "grep MemTotal /proc/meminfo | tr -s ' '").out().trim());
    m.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
    m.put("started", ZonedDateTime.now().toString());
    m.put("plumbCommit", Proc.sh(root, "git rev-parse --short HEAD").out().trim());
    m.put("freemarker", "2.3.35").put("jte", "3.2.5 (ContentType.Plain)").put("jmh", "1.37");
    m.put("jinja2", python == null ? "not run: no python3 that imports jinja2"
        : Proc.run(root, Map.of(), List.of(python, "-c", "import jinja2,sys;print('jinja2', jinja2.__version__, 'on Python', sys.version.split()[0])")).out().trim());
    m.put("hyperfine", Proc.has("hyperfine") ? Proc.sh(root, "hyperfine --version").out().trim() : "not run: hyperfine missing");
    m.put("gnuTime", Files.isExecutable(Path.of("/usr/bin/time")));
  }

  /** The first of $PYTHON, python3, /usr/bin/python3 that imports jinja2. */
  static String findPython() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("PYTHON");
    if (env != null && !env.isEmpty()) candidates.add(env);
    candidates.add("python3");
    candidates.add("/usr/bin/python3");
    for (String c : candidates) {
      if (Proc.run(Path.of("."), Map.of(), List.of(c, "-c", "import jinja2")).exit() == 0) return c;
    }
    return null;
  }

  // ---- (a) embedded -----------------------------------------------------------------------

  void embedded() throws Exception {
    log("(a) embedded: JMH");
    var opts = new OptionsBuilder()
        .include(Embedded.class.getName() + ".")
        .param("seed", String.valueOf(seed))
        .forks(1)
        .warmupIterations(quick ? 2 : 4)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 3 : 5)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .jvmArgs("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .build();
    commands.put("embedded", "JMH " + Embedded.class.getSimpleName() + ": -f 1 -wi " + (quick ? 2 : 4)
        + " -w 1s -i " + (quick ? 3 : 5) + " -r " + (quick ? 1 : 2) + "s -bm avgt -tu us -prof gc -jvmArgs '-Xms1g -Xmx1g'");
    Collection<RunResult> runs = new Runner(opts).run();
    for (RunResult r : runs) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Result<?> primary = r.getPrimaryResult();
      ObjectNode f = figure("embedded." + name, primary.getScore(), "us/op", primary.getScoreError());
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc != null) f.put("allocBytesPerOp", alloc.getScore());
    }
    // Jinja2: the same template and values, timed by bench/jinja/bench.py in Python
    Path eq = root.resolve(WORK + "/equal");
    new Engines(seed, eq).assertEqualOutputs();
    if (python == null) {
      notRun("embedded.jinja2ParseRender", "no python3 that imports jinja2");
      notRun("embedded.jinja2Render", "no python3 that imports jinja2");
      return;
    }
    Proc check = Proc.run(root, Map.of(), List.of(python, "bench/jinja/bench.py", "check", WORK + "/equal"));
    check("Jinja2 renders the equal-work bytes", check.exit() == 0, check.err());
    Proc p = Proc.run(root, Map.of(), List.of(python, "bench/jinja/bench.py", "embedded", WORK + "/equal", quick ? "3" : "10"));
    commands.put("embeddedJinja2", "$PY bench/jinja/bench.py embedded " + WORK + "/equal " + (quick ? "3" : "10"));
    JsonNode j = JSON.readTree(p.out());
    figure("embedded.jinja2ParseRender", j.at("/parseRender/us").asDouble(), "us/op", j.at("/parseRender/error").asDouble());
    figure("embedded.jinja2Render", j.at("/render/us").asDouble(), "us/op", j.at("/render/error").asDouble());
  }

  // ---- (b) CLI cold start -----------------------------------------------------------------

  void cli() throws Exception {
    log("(b) CLI cold start");
    String eq = WORK + "/equal";
    Path hello = root.resolve(WORK + "/hello.jar");
    helloJar(hello);
    // the FreeMarker one-shot gets the launcher's flags and, as bin/plumb does, a class archive
    String fmJsa = WORK + "/freemarker.jsa";
    Proc.run(root, Map.of(), List.of("java", "-XX:ArchiveClassesAtExit=" + fmJsa, "-cp", JAR, Tools.class.getName(), "fm-oneshot", eq));
    String fm = "java " + String.join(" ", CLI_FLAGS) + " -XX:SharedArchiveFile=" + fmJsa + " -cp " + JAR + " " + Tools.class.getName() + " fm-oneshot " + eq;
    String plumb = "bin/plumb compile start host=linux hypervisor=qemu guest=linux --values templates/examples/linux.json";
    StringBuilder env = new StringBuilder();
    EqualWork w = EqualWork.generate(seed);
    for (int i = 0; i < EqualWork.VARS; i++) env.append("V").append(i).append('=').append(w.vars().get(i)).append(' ');
    String envsubst = env + "envsubst < " + eq + "/envsubst.txt";
    // each one-shot must print the equal-work script (the plumb command prints the built-in one)
    String expected = Files.readString(root.resolve(eq + "/expected.sh"));
    check("FreeMarker one-shot output", Proc.sh(root, fm).out().equals(expected), "");
    check("envsubst output", Proc.sh(root, envsubst).out().equals(expected), "");
    Proc plumbRun = Proc.sh(root, plumb);
    check("bin/plumb compile succeeds", plumbRun.exit() == 0, plumbRun.err());
    // a clean generated pack of 1,000 templates of ~100 lines, one cell compiled
    LintPacks.Generated big = LintPacks.write(root.resolve(WORK + "/pack1k"), seed, 1000, 100, 0);
    Files.writeString(root.resolve(WORK + "/pack1k/values.json"), w.valuesJson());
    String plumb1k = "bin/plumb compile t0 host=linux --pack " + WORK + "/pack1k/plumb --values " + WORK + "/pack1k/values.json";
    Proc first = Proc.sh(root, plumb1k); // the first run on a pack never compiled before
    check("bin/plumb compile on the 1,000-template pack succeeds", first.exit() == 0, first.err());
    figure("cli.plumb1kFirst", first.seconds() * 1000, "ms", 0).put("note", "one run, the first on a freshly generated pack (" + big.bytes() + " bytes)");
    Map<String, String> cmds = new java.util.LinkedHashMap<>();
    cmds.put("java -version", "java -version");
    cmds.put("hello-world jar", "java -jar " + WORK + "/hello.jar");
    cmds.put("plumb compile (built-in pack)", plumb);
    cmds.put("FreeMarker one-shot", fm);
    if (python != null) cmds.put("Jinja2 one-shot", python + " bench/jinja/bench.py oneshot " + eq);
    cmds.put("envsubst", envsubst);
    cmds.put("plumb compile (1,000-template pack)", plumb1k);
    if (!Proc.has("hyperfine")) {
      cmds.keySet().forEach(k -> notRun("cli." + key(k), "hyperfine missing"));
      return;
    }
    List<String> hf = new ArrayList<>(List.of("hyperfine", "--warmup", "2", "--runs", quick ? "10" : "30", "--export-json", WORK + "/hyperfine-cli.json"));
    cmds.forEach((name, cmd) -> {
      hf.add("-n");
      hf.add(name);
      hf.add(cmd);
    });
    commands.put("cli", String.join(" ", hf.stream().map(Main::quote).toList()).replace(python == null ? "\u0000" : python, "$PY"));
    Proc p = Proc.run(root, Map.of(), hf);
    check("hyperfine ran", p.exit() == 0, p.err());
    for (JsonNode r : JSON.readTree(root.resolve(WORK + "/hyperfine-cli.json").toFile()).get("results")) {
      String name = r.get("command").asText();
      figure("cli." + key(name), r.get("mean").asDouble() * 1000, "ms", r.get("stddev").asDouble() * 1000)
          .put("label", name).put("median", r.get("median").asDouble() * 1000).put("runs", r.get("times").size());
    }
    if (python == null) notRun("cli.jinja2OneShot", "no python3 that imports jinja2");
  }

  static String key(String name) {
    return switch (name) {
      case "java -version" -> "javaVersion";
      case "hello-world jar" -> "hello";
      case "plumb compile (built-in pack)" -> "plumb";
      case "FreeMarker one-shot" -> "freemarkerOneShot";
      case "Jinja2 one-shot" -> "jinja2OneShot";
      case "envsubst" -> "envsubst";
      default -> "plumb1k";
    };
  }

  static void helloJar(Path jar) throws Exception {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String cls = Hello.class.getName().replace('.', '/') + ".class";
    try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, mf)) {
      j.putNextEntry(new JarEntry(cls));
      j.write(Hello.class.getClassLoader().getResourceAsStream(cls).readAllBytes());
      j.closeEntry();
    }
  }

  // ---- (c) lint ---------------------------------------------------------------------------

  void lint() throws Exception {
    log("(c) lint");
    boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
    String fmJsa = WORK + "/freemarker-parse.jsa";
    record Pack(String name, int count, int lines) {}
    List<Pack> packs = List.of(new Pack("1k", 1000, 100), new Pack("10k", 10000, 100), new Pack("10kShort", 10000, 10));
    boolean archived = false;
    for (Pack pk : packs) {
      String dir = WORK + "/lint" + pk.name();
      LintPacks.Generated g = LintPacks.write(root.resolve(dir), seed, pk.count(), pk.lines(), 0.01);
      if (!archived) {
        Proc.run(root, Map.of(), List.of("java", "-XX:ArchiveClassesAtExit=" + fmJsa, "-cp", JAR, Tools.class.getName(), "fm-parse-all", dir + "/freemarker"));
        archived = true;
      }
      String info = pk.count() + " templates of ~" + pk.lines() + " lines, " + g.bytes() + " bytes, " + g.expected().size() + " seeded errors";
      String lintCmd = "bin/plumb lint --format json " + dir + "/plumb";
      for (String heap : List.of("", "Xmx256m")) {
        Map<String, String> env = heap.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", "-Xmx256m");
        ObjectNode f = timed("lint.plumb" + pk.name() + heap, lintCmd, env, pk.count(), time);
        if (!heap.isEmpty()) commands.put("lint.plumb" + pk.name() + heap, "JAVA_TOOL_OPTIONS=-Xmx256m " + commands.get("lint.plumb" + pk.name() + heap).asText());
        f.put("pack", info).put("bytes", g.bytes());
        compareDiagnostics(f, dir + "/plumb/", g.expected());
      }
      timed("lint.freemarker" + pk.name(), "java " + String.join(" ", CLI_FLAGS) + " -XX:SharedArchiveFile=" + fmJsa + " -cp " + JAR + " " + Tools.class.getName() + " fm-parse-all " + dir + "/freemarker", Map.of(), pk.count(), time)
          .put("pack", info + " (the same templates in FreeMarker syntax, without the errors)");
      if (python != null) {
        timed("lint.jinja2" + pk.name(), python + " bench/jinja/bench.py parse-all " + dir + "/jinja", Map.of(), pk.count(), time)
            .put("pack", info + " (the same templates in Jinja2 syntax, without the errors)");
      } else notRun("lint.jinja2" + pk.name(), "no python3 that imports jinja2");
    }
  }

  /** Runs {@code cmd} (quick: once, full: three times; the median wall time kept) under GNU time. */
  ObjectNode timed(String id, String cmd, Map<String, String> env, int templates, boolean time) {
    int n = quick ? 1 : 3;
    List<Proc.Usage> usages = new ArrayList<>();
    Proc last = null;
    for (int i = 0; i < n; i++) {
      last = time ? Proc.run(root, env, List.of("/usr/bin/time", "-v", "sh", "-c", "exec " + cmd)) : Proc.run(root, env, List.of("sh", "-c", "exec " + cmd));
      usages.add(time ? Proc.Usage.parse(last.err()) : new Proc.Usage(last.seconds(), 0, 0, 0));
    }
    usages.sort(Comparator.comparingDouble(Proc.Usage::wall));
    Proc.Usage u = usages.get(usages.size() / 2);
    commands.put(id, (time ? "time -v " : "") + cmd.replace(python == null ? "\u0000" : python, "$PY"));
    ObjectNode f = figure(id, u.wall(), "s", usages.get(usages.size() - 1).wall() - usages.get(0).wall());
    f.put("templates", templates).put("templatesPerSecond", templates / u.wall());
    f.put("cpuSeconds", u.user() + u.sys()).put("templatesPerCpuSecond", templates / (u.user() + u.sys()));
    f.put("maxRssKb", u.maxRssKb()).put("runs", n).put("exit", last.exit());
    f.put("errorNote", "error = max - min wall time of the runs");
    f.set("stdoutHead", JSON.getNodeFactory().textNode(last.out().length() > 300 ? last.out().substring(0, 300) : last.out()));
    if (!id.startsWith("lint.plumb")) f.remove("stdoutHead");
    results.putIfAbsent("_last", null);
    results.remove("_last");
    lastOut = last.out();
    lastErr = last.err();
    return f;
  }

  String lastOut = "", lastErr = "";

  /** Lint's errors must be exactly the seeded ones (code, file, line); warnings are counted. */
  void compareDiagnostics(ObjectNode f, String prefix, List<LintPacks.Expected> expected) throws Exception {
    f.remove("stdoutHead");
    JsonNode report;
    try {
      report = JSON.readTree(lastOut);
    } catch (Exception e) {
      report = null;
    }
    if (report == null || !report.has("diagnostics")) {
      f.put("diagnostics", "no JSON report: " + lastErr.lines().filter(l -> l.contains("P")).findFirst().orElse(lastErr.strip()));
      f.put("diagnosticsMatch", false);
      return;
    }
    Set<LintPacks.Expected> got = new HashSet<>();
    Map<String, Integer> others = new java.util.TreeMap<>();
    for (JsonNode d : report.get("diagnostics")) {
      String file = d.get("file").asText();
      if (file.startsWith(prefix)) file = file.substring(prefix.length());
      if (d.get("severity").asText().equals("error")) got.add(new LintPacks.Expected(d.get("code").asText(), file, d.path("line").asInt()));
      else others.merge(d.get("severity").asText() + " " + d.get("code").asText(), 1, Integer::sum);
    }
    Set<LintPacks.Expected> want = new HashSet<>(expected);
    Set<LintPacks.Expected> missing = new HashSet<>(want), extra = new HashSet<>(got);
    missing.removeAll(got);
    extra.removeAll(want);
    f.put("diagnosticsMatch", missing.isEmpty() && extra.isEmpty());
    for (JsonNode d : report.get("diagnostics")) {
      if (d.get("code").asText().equals("P401")) f.put("refused", "P401 " + d.get("message").asText());
    }
    f.put("errorsExpected", want.size()).put("errorsReported", got.size());
    if (!missing.isEmpty()) f.put("missing", missing.stream().limit(10).toList().toString());
    if (!extra.isEmpty()) f.put("unexpected", extra.stream().limit(10).toList().toString());
    f.set("otherDiagnostics", JSON.valueToTree(others));
    if (report.has("diagnostics") && report.get("diagnostics").size() > 0 && got.isEmpty() && !others.isEmpty()) {
      f.put("diagnostics", report.get("diagnostics").get(0).path("message").asText());
    }
  }

  // ---- (d) scaling ------------------------------------------------------------------------

  void scaling() throws Exception {
    log("(d) scaling");
    String out = WORK + "/scaling.json";
    List<String> cmd = new ArrayList<>(List.of("java", "-Xms2g", "-Xmx2g", "-XX:+UseParallelGC", "-cp", JAR, Scaling.class.getName(), out));
    if (quick) cmd.add("--quick");
    commands.put("scaling", String.join(" ", cmd));
    Proc p = Proc.run(root, Map.of(), cmd);
    System.err.print(p.err());
    if (p.exit() != 0) {
      results.putArray("scaling");
      check("scaling ran", false, p.err());
      return;
    }
    results.set("scaling", JSON.readTree(root.resolve(out).toFile()));
    // the other valid inputs: the built-in pack and the equal-work pack
    for (String pack : List.of("templates", WORK + "/equal/plumb")) {
      if (!Files.isDirectory(root.resolve(pack))) continue; // --only scaling: no equal-work pack
      FullContext.Count parsed = FullContext.of(root.resolve(pack));
      figure("parse.fullContext." + (pack.equals("templates") ? "builtIn" : "equalWork"), parsed.fallbacks(), "fallbacks", 0)
          .put("note", parsed.files() + " files of " + pack);
    }
  }

  // ---- (e) batch --------------------------------------------------------------------------

  void batch() throws Exception {
    log("(e) batch");
    int n = quick ? 1 : 3;
    for (String mode : List.of("all", "one")) {
      String cmd = (mode.equals("one") ? "taskset -c 0 " : "") + "bin/plumb build";
      if (mode.equals("one") && !Proc.has("taskset")) {
        notRun("batch.buildOneCore", "taskset missing");
        continue;
      }
      List<Double> walls = new ArrayList<>();
      int scripts = 0;
      for (int i = 0; i < n; i++) {
        Proc p = Proc.sh(root, cmd);
        check(cmd + " succeeds", p.exit() == 0, p.err());
        walls.add(p.seconds());
        var m = java.util.regex.Pattern.compile("(\\d+) scripts").matcher(p.err());
        if (m.find()) scripts = Integer.parseInt(m.group(1));
      }
      walls.sort(null);
      double wall = walls.get(walls.size() / 2);
      commands.put(mode.equals("one") ? "batchOneCore" : "batch", cmd);
      figure(mode.equals("one") ? "batch.buildOneCore" : "batch.build", scripts / wall, "scripts/s", 0)
          .put("scripts", scripts).put("wallSeconds", wall).put("runs", n)
          .put("note", mode.equals("one") ? "plumb build has no thread option: pinned to one CPU with taskset -c 0"
              : "one JVM, Pack.build's parallel stream on all " + Runtime.getRuntime().availableProcessors() + " cores");
    }
    // one process per script: a seeded sample of the built entries, timed and extrapolated
    Path out = root.resolve(WORK + "/build");
    Proc p = Proc.sh(root, "bin/plumb build -o " + WORK + "/build");
    check("bin/plumb build -o succeeds", p.exit() == 0, p.err());
    JsonNode index = JSON.readTree(out.resolve("index.json").toFile());
    Map<String, String> files = new HashMap<>();
    for (JsonNode v : index.get("values")) files.put(v.get("name").asText(), v.get("file").asText());
    List<JsonNode> built = new ArrayList<>();
    index.get("entries").forEach(e -> {
      if (e.get("status").asText().equals("built")) built.add(e);
    });
    java.util.Collections.shuffle(built, new Random(seed));
    int sample = Math.min(20, built.size());
    double total = 0;
    for (JsonNode e : built.subList(0, sample)) {
      StringBuilder c = new StringBuilder("bin/plumb compile " + e.get("operation").asText());
      e.get("cell").fields().forEachRemaining(a -> c.append(' ').append(a.getKey()).append('=').append(a.getValue().asText()));
      c.append(" --values templates/examples/").append(Path.of(files.get(e.get("values").asText())).getFileName());
      Proc one = Proc.sh(root, c.toString());
      check(c + " succeeds", one.exit() == 0, one.err());
      total += one.seconds();
      commands.put("batchPerProcessExample", c.toString());
    }
    double mean = total / sample;
    figure("batch.perProcess", 1 / mean, "scripts/s", 0).put("sampled", sample).put("meanSecondsPerScript", mean)
        .put("note", sample + " of " + built.size() + " built entries (seeded sample), one bin/plumb compile each; scripts/s = 1 / mean; the whole build extrapolated: " + String.format("%.1f", mean * built.size()) + " s");
  }

  // ---- helpers ----------------------------------------------------------------------------

  ObjectNode figure(String id, double value, String unit, double error) {
    ObjectNode f = figures.addObject();
    f.put("id", id).put("value", value).put("unit", unit).put("error", error).put("status", "ok");
    return f;
  }

  void notRun(String id, String why) {
    figures.addObject().put("id", id).putNull("value").put("status", "not run: " + why);
  }

  void check(String what, boolean ok, String detail) {
    ArrayNode checks = results.has("checks") ? (ArrayNode) results.get("checks") : results.putArray("checks");
    ObjectNode c = checks.addObject().put("check", what).put("ok", ok);
    if (!ok) {
      c.put("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail);
      log("CHECK FAILED: " + what + ": " + detail);
    }
  }

  static String quote(String s) {
    return s.matches("[A-Za-z0-9_./=:,+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  static void log(String s) {
    System.err.println("bench: " + s);
  }

  static void deleteTree(Path p) throws Exception {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
