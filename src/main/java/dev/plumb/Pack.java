package dev.plumb;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.ErrorCap;
import dev.plumb.lint.Linter;
import dev.plumb.pipeline.BuiltIn;
import dev.plumb.pipeline.CellCompiler;
import dev.plumb.pipeline.Matrices;
import dev.plumb.pipeline.OperationLoader;
import dev.plumb.pipeline.PackFiles;
import dev.plumb.pipeline.PackLoader;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import dev.plumb.values.Binder;
import dev.plumb.values.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A loaded pack: parsed and checked once, immutable, safe to share between threads. {@link
 * #compile} turns one cell of it into a script without parsing or checking again.
 */
public final class Pack {
  private final PackModel model;
  private final CellCompiler compiler;
  private final SiteTable sites;

  private Pack(PackModel model) {
    this.model = model;
    this.compiler = new CellCompiler(model);
    this.sites = SiteTable.of(model);
  }

  /**
   * Loads the pack in {@code folder}.
   *
   * @throws PlumbException with the errors found anywhere in the pack (the first 100, then a note
   *     counting the rest; {@link #lint} returns them all)
   */
  public static Pack load(Path folder) {
    return load(folder, folder.toString());
  }

  /** Loads a pack whose files are named in messages under {@code shownAs}. */
  public static Pack load(Path folder, String shownAs) {
    return loaded(PackLoader.load(PackFiles.read(folder, shownAs)));
  }

  /**
   * Loads the pack in {@code folder} to compile {@code operation} in {@code cell}, for a
   * short-lived process such as the command line: when {@code cache} holds the verdict of an
   * earlier load of these very files by this build of plumb, that they have no error, only the
   * files the cell's template chain reads are parsed and checked (all the files of {@code
   * operation}'s cells when the verdict does not know the cell: an unsupported or excluded one, a
   * cell not given in full, a pack of more than 4,096 operations × cells); otherwise the whole pack
   * is, as {@link #load(Path, String)} does, and the verdict is kept in {@code cache} when there is
   * no error. A pack with an error in any file is refused either way. The pack returned compiles
   * {@code operation} in {@code cell} as the whole pack does; anything else asked of it (another
   * cell or operation, its matrix, coverage sites or build) may see only the files that request
   * reads.
   *
   * @param cache a folder for verdicts (made when needed; one that cannot be written keeps none),
   *     or null for none
   * @throws PlumbException with the errors found anywhere in the pack
   */
  public static Pack loadFor(String operation, Cell cell, Path folder, String shownAs, Path cache) {
    return loaded(
        OperationLoader.load(PackFiles.read(folder, shownAs), operation, cell.values(), cache));
  }

  /** As {@link #loadFor}, for the built-in pack. */
  public static Pack builtInFor(String operation, Cell cell, Path cache) {
    return loaded(OperationLoader.loadBuiltIn(operation, cell.values(), cache));
  }

  private static Pack loaded(Checked<PackModel> checked) {
    if (!checked.ok() || checked.value() == null) {
      throw new PlumbException(
          ErrorCap.apply(checked.diagnostics().stream().filter(Diagnostic::isError).toList()));
    }
    return new Pack(checked.value());
  }

  /** The built-in pack (the repository's {@code templates/}, packaged in the jar). */
  public static Pack builtIn() {
    return load(BuiltIn.folder(), BuiltIn.SHOWN_AS);
  }

  /**
   * The built-in pack's folder (inside the jar): its {@code examples/} are the values sets {@code
   * plumb build} uses by default.
   */
  public static Path builtInFolder() {
    return BuiltIn.folder();
  }

  public static List<Diagnostic> lintBuiltIn(boolean shellcheck) {
    return lint(BuiltIn.folder(), BuiltIn.SHOWN_AS, shellcheck);
  }

  /**
   * Every diagnostic of the pack, errors and warnings, sorted by file and position; never throws
   * for them.
   */
  public static List<Diagnostic> lint(Path folder, String shownAs) {
    return Linter.run(folder, shownAs, false);
  }

  /**
   * As {@link #lint(Path, String)}, and with {@code shellcheck} also compiles every supported cell
   * with each {@code examples/*.json} of the pack and reports ShellCheck's findings at the template
   * lines that produced them.
   */
  public static List<Diagnostic> lint(Path folder, String shownAs, boolean shellcheck) {
    return Linter.run(folder, shownAs, shellcheck);
  }

  /**
   * Compiles {@code operation} for {@code cell}.
   *
   * @throws PlumbException for an unknown operation or cell, an unsupported or ambiguous cell,
   *     values errors, or errors that only the values reveal
   */
  public Script compile(String operation, Cell cell, Values values) {
    return compile(operation, cell, values, CompileOptions.defaults());
  }

  public Script compile(String operation, Cell cell, Values values, CompileOptions options) {
    return script(
        PlumbException.rethrown(
            () ->
                compiler.compile(
                    operation,
                    cell.point(),
                    values.supplied(),
                    options.annotate(),
                    options.maxBytes())));
  }

  /**
   * Binds {@code values} to this pack's declarations once, for many compiles: each then skips
   * checking them again ({@link #compile(String, Cell, BoundValues)}).
   *
   * @throws PlumbException with the values errors a compile with them would report
   */
  public BoundValues bind(Values values) {
    return new BoundValues(this, PlumbException.rethrown(() -> compiler.bind(values.supplied())));
  }

  /**
   * Compiles {@code operation} for {@code cell} with values bound by this pack.
   *
   * @throws PlumbException as {@link #compile(String, Cell, Values)} does, values errors aside
   * @throws IllegalArgumentException for values bound by another pack
   */
  public Script compile(String operation, Cell cell, BoundValues values) {
    return compile(operation, cell, values, CompileOptions.defaults());
  }

  public Script compile(String operation, Cell cell, BoundValues values, CompileOptions options) {
    Binder.Bound bound = values.of(this);
    return script(
        PlumbException.rethrown(
            () ->
                compiler.compile(
                    operation, cell.point(), bound, options.annotate(), options.maxBytes())));
  }

  private Script script(CellCompiler.Compiled compiled) {
    return new Script(
        compiled.text(), compiled::lines, compiled.secrets(), compiled.reached(), sites);
  }

  /**
   * Every site of the pack's templates and fragments that template coverage counts: each text line
   * and each {@code %if} arm ({@link Site}). {@link Script#reached()} says which of them a script
   * reached; {@code dev.plumb.suite.Coverage} puts the two together.
   */
  public Sites coverable() {
    return sites.all();
  }

  /**
   * Compiles every (values, operation, cell) of the pack, in parallel: each supported cell with
   * each values set, and an entry without a script for each unsupported or excluded one. Never
   * throws for what a cell's compile reports: that is the entry's status.
   *
   * @param valueSets each values set under the name its scripts are filed under, in order
   */
  public Build build(Map<String, Values> valueSets) {
    return build(valueSets, entry -> {});
  }

  /**
   * As {@link #build(Map)}, telling {@code done} of each entry as it is finished: from several
   * threads at once, in no particular order.
   */
  public Build build(Map<String, Values> valueSets, Consumer<Build.Entry> done) {
    SupportMatrix matrix = PlumbException.rethrown(() -> Matrices.of(model));
    List<Build.Entry> jobs = new ArrayList<>();
    valueSets.forEach(
        (name, values) -> {
          for (SupportMatrix.Entry e : matrix.entries()) {
            jobs.add(
                new Build.Entry(
                    name,
                    e.operation(),
                    Cell.of(e.cell()),
                    e.excluded()
                        ? Build.Status.EXCLUDED
                        : e.supported() ? Build.Status.BUILT : Build.Status.UNSUPPORTED,
                    null,
                    e.reason(),
                    List.of()));
          }
        });
    // each values set is bound once for all its compiles; a set with values errors is compiled
    // unbound, so that every entry reports them as a compile with it would
    Map<String, BoundValues> bound = new LinkedHashMap<>();
    valueSets.forEach(
        (name, values) -> {
          try {
            bound.put(name, bind(values));
          } catch (PlumbException unbound) {
            // each entry's compile reports it
          }
        });
    List<Build.Entry> entries =
        jobs.parallelStream()
            .map(
                job -> {
                  Build.Entry entry =
                      job.status() == Build.Status.BUILT
                          ? Build.compiled(
                              job.values(),
                              job.operation(),
                              job.cell(),
                              () ->
                                  bound.containsKey(job.values())
                                      ? compile(
                                          job.operation(), job.cell(), bound.get(job.values()))
                                      : compile(
                                          job.operation(), job.cell(), valueSets.get(job.values())))
                          : job;
                  done.accept(entry);
                  return entry;
                })
            .toList();
    return new Build(name(), List.copyOf(valueSets.keySet()), axes(), operations(), entries);
  }

  /**
   * Every template of {@code operation} weighed for {@code cell}: its specificity, whether it was
   * chosen or why not, and whether the chosen one supports the cell. What values are given does not
   * matter: a cell's template and its support are decided by the axes alone.
   *
   * @throws PlumbException for an unknown operation, axis or axis value (P402, P405)
   */
  public Candidates candidates(String operation, Cell cell) {
    CellCompiler.Weighed weighed =
        PlumbException.rethrown(() -> compiler.weigh(operation, cell.point()));
    List<Candidates.Candidate> candidates = new ArrayList<>();
    for (Resolver.Ranked r : weighed.ranked()) {
      Template t = r.template();
      candidates.add(
          new Candidates.Candidate(
              model.relative(t),
              t.header(),
              t.when().toString(),
              t.when().specificity(),
              Candidates.Outcome.valueOf(r.outcome().name()),
              reason(r, weighed.cell())));
    }
    Node.Unsupported unsupported = weighed.unsupported();
    return new Candidates(
        operation,
        Cell.of(weighed.cell()),
        candidates,
        weighed.chain().stream().map(model::relative).toList(),
        unsupported == null ? null : unsupported.reason(),
        unsupported == null ? null : unsupported.span());
  }

  private String reason(Resolver.Ranked r, Point cell) {
    return switch (r.outcome()) {
      case CHOSEN -> "the most specific template whose when admits the cell";
      case TIED -> "as specific as " + model.relative(r.winner()) + ": the cell is ambiguous";
      case LESS_SPECIFIC ->
          "less specific than "
              + model.relative(r.winner())
              + ", which constrains "
              + axes(r.winner().when().specificity());
      case NOT_ADMITTED ->
          "its when wants "
              + r.refusal().axis()
              + " = "
              + String.join(" | ", r.refusal().values())
              + "; the cell has "
              + r.refusal().axis()
              + "="
              + cell.value(r.refusal().axis());
    };
  }

  private static String axes(int count) {
    return count + (count == 1 ? " axis" : " axes");
  }

  /** The operations the pack declares, in declaration order. */
  public List<String> operations() {
    return model.declarations().operations();
  }

  /** Each axis the pack declares and its values, in declaration order. */
  public Map<String, List<String>> axes() {
    Map<String, List<String>> axes = new LinkedHashMap<>();
    model.declarations().axes().forEach(a -> axes.put(a.name(), a.values()));
    return Collections.unmodifiableMap(axes);
  }

  /**
   * The support matrix: every operation in every cell, its template chain or why it is unsupported.
   */
  public Matrix matrix() {
    return Matrix.of(PlumbException.rethrown(() -> Matrices.of(model)));
  }

  /** The pack's values as a JSON Schema (draft 2020-12), for callers that are not Java. */
  public String schema() {
    return Schema.json(model.declarations());
  }

  public String name() {
    return model.declarations().pack();
  }
}
