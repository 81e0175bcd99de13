package dev.plumb.bench;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The small programs the CLI benchmarks start, one JVM each: {@code hello}, the FreeMarker
 * one-shot ({@code fm-oneshot DIR}: parse and render the equal-work template once, values from a
 * properties file, the script on stdout) and FreeMarker's parse-all ({@code fm-parse-all DIR}:
 * lint's peer, every *.ftl parsed once).
 */
public final class Tools {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "fm-oneshot" -> oneShot(Path.of(args[1]));
      case "fm-parse-all" -> parseAll(Path.of(args[1]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void oneShot(Path dir) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
    cfg.setDirectoryForTemplateLoading(dir.resolve("freemarker").toFile());
    cfg.setDefaultEncoding("UTF-8");
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(new FileInputStream(dir.resolve("values.properties").toFile()), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    p.stringPropertyNames().forEach(k -> model.put(k, p.getProperty(k)));
    model.put("linux", Boolean.TRUE);
    model.put("items", List.of(p.getProperty("items").split(" ")));
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    cfg.getTemplate("main.ftl").process(model, out);
    out.flush();
  }

  static void parseAll(Path dir) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
    int n = 0;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
        new Template(f.getFileName().toString(), Files.readString(f), cfg);
        n++;
      }
    }
    System.out.println(n);
  }
}
