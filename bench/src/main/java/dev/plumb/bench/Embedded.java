package dev.plumb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) Embedded: each engine through its Java API on the equal-work template. The setup writes the
 * generated template in every syntax and fails unless all render the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Embedded {
  @Param("15")
  public long seed;

  private Engines engines;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    engines = new Engines(seed, Files.createTempDirectory("plumb-bench-jmh"));
    engines.assertEqualOutputs();
  }

  /** Pack.load of the generated pack (manifest, template, fragment) + compile of one cell. */
  @Benchmark
  public String plumbCompileFromSource() {
    return engines.plumbFromSource();
  }

  /** Pack.lint of the same folder: read and check, no compile (plumb's front end). */
  @Benchmark
  public int plumbLint() {
    return engines.plumbLint();
  }

  /** pack.compile(op, cell, values) on a loaded Pack; values parsed once at setup. */
  @Benchmark
  public String plumbCompileLoaded() {
    return engines.plumbLoaded();
  }

  /** pack.compile(op, cell, boundValues): the values bound once at setup (Pack.bind). */
  @Benchmark
  public String plumbCompileBound() {
    return engines.plumbBound();
  }

  @Benchmark
  public String freemarkerParseRender() {
    return engines.freemarkerParseRender();
  }

  @Benchmark
  public String freemarkerRender() {
    return engines.freemarkerRender();
  }

  @Benchmark
  public String jteRender() {
    return engines.jteRender();
  }

  @Benchmark
  public String stringBuilderFloor() {
    return engines.floor();
  }
}
