package dev.plumb.bench;

import dev.plumb.BoundValues;
import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The engines set up on one generated equal-work folder (as {@link EqualWork#write} lays it out),
 * each call doing exactly what a benchmark measures.
 */
final class Engines {
  final Path dir;
  final EqualWork work;
  final Map<String, Object> model;
  final Values values;
  final Cell cell = Cell.of("host", "linux");
  final Pack pack;
  final BoundValues bound;
  final Configuration freemarker;
  final Template freemarkerMain;
  final String freemarkerSource;
  final TemplateEngine jte;
  final Object[] floorPlan;
  final String[] floorValues;

  Engines(long seed, Path dir) {
    try {
      this.dir = dir;
      this.work = EqualWork.generate(seed);
      work.write(dir);
      model = work.model();
      values = Values.fromJson(dir.resolve("values.json"));
      pack = Pack.load(dir.resolve("plumb"), "plumb");
      bound = pack.bind(values);
      freemarker = new Configuration(Configuration.VERSION_2_3_35);
      freemarker.setTemplateLoader(new FileTemplateLoader(dir.resolve("freemarker").toFile()));
      freemarker.setDefaultEncoding("UTF-8");
      freemarkerSource = Files.readString(dir.resolve("freemarker/main.ftl"));
      freemarkerMain = freemarker.getTemplate("main.ftl");
      jte =
          TemplateEngine.create(
              new DirectoryCodeResolver(dir.resolve("jte")),
              dir.resolve("jte-classes"),
              ContentType.Plain);
      jte.setTrimControlStructures(true);
      jte.precompileAll(); // javac runs here, at setup, never in a measured call
      floorPlan = work.floorPlan();
      floorValues = work.vars().toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String plumbFromSource() {
    return Pack.load(dir.resolve("plumb"), "plumb").compile(EqualWork.OP, cell, values).text();
  }

  String plumbLoaded() {
    return pack.compile(EqualWork.OP, cell, values).text();
  }

  /** The per-request path with the values bound once (Pack.bind), as a caller reusing them does. */
  String plumbBound() {
    return pack.compile(EqualWork.OP, cell, bound).text();
  }

  /** Pack.lint: the pack read and checked (every cell's paths), nothing compiled. */
  int plumbLint() {
    return Pack.lint(dir.resolve("plumb"), "plumb").size();
  }

  /** A new Template from the source, its include parsed again too (the cache is emptied). */
  String freemarkerParseRender() {
    try {
      freemarker.clearTemplateCache();
      Template t = new Template("main.ftl", freemarkerSource, freemarker);
      StringWriter out = new StringWriter(8192);
      t.process(model, out);
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String freemarkerRender() {
    try {
      StringWriter out = new StringWriter(8192);
      freemarkerMain.process(model, out);
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String jteRender() {
    StringOutput out = new StringOutput(8192);
    jte.render("main.jte", model, out);
    return out.toString();
  }

  String floor() {
    return EqualWork.floor(floorPlan, floorValues);
  }

  /** Fails unless every engine renders exactly the expected bytes: the work is equal. */
  void assertEqualOutputs() {
    String expected = work.expected();
    check("plumb compile from source", plumbFromSource(), expected);
    check("plumb compile on a loaded pack", plumbLoaded(), expected);
    check("FreeMarker parse+render", freemarkerParseRender(), expected);
    check("FreeMarker render", freemarkerRender(), expected);
    check("jte render", jteRender(), expected);
    check("plumb bound", plumbBound(), expected);
    check("StringBuilder floor", floor(), expected);
    if (plumbLint() != 0) throw new IllegalStateException("the equal-work pack is not lint-clean");
  }

  private static void check(String what, String got, String expected) {
    if (!got.equals(expected)) {
      int i = 0;
      while (i < got.length() && i < expected.length() && got.charAt(i) == expected.charAt(i)) i++;
      throw new IllegalStateException(
          what + " differs from the expected output at char " + i + ": got «"
              + got.substring(Math.max(0, i - 40), Math.min(got.length(), i + 40))
              + "», expected «"
              + expected.substring(Math.max(0, i - 40), Math.min(expected.length(), i + 40)) + "»");
    }
  }
}
