package dev.plumb;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every (values, operation, cell) of a pack, compiled: what {@link Pack#build} returns and {@code
 * plumb build} writes. Entries come in a stable order: values sets as given, then operations and
 * cells as the support matrix lists them.
 *
 * @param valueSets the names of the values sets, in the order given
 * @param axes each axis and its values, in declaration order
 */
public record Build(
    String pack,
    List<String> valueSets,
    Map<String, List<String>> axes,
    List<String> operations,
    List<Entry> entries) {

  public Build {
    valueSets = List.copyOf(valueSets);
    axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    operations = List.copyOf(operations);
    entries = List.copyOf(entries);
  }

  /** What became of one (values, operation, cell). */
  public enum Status {
    /** compiled into a script */
    BUILT,
    /** the values fail a {@code %require} of the cell's template (P506): an expected outcome */
    REFUSED,
    /** a supported cell that does not compile with these values: an error to fix */
    FAILED,
    /** no template serves the cell, or its template says {@code %unsupported} */
    UNSUPPORTED,
    /** the manifest excludes the cell */
    EXCLUDED;

    /** The status in lower case, as the index and reports spell it. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One (values, operation, cell).
   *
   * @param script the script when {@code BUILT}, else null
   * @param reason why there is no script: the {@code %require}'s message, the unsupported or
   *     excluded reason, or the first error; null when {@code BUILT}
   * @param diagnostics the errors of a {@code FAILED} or {@code REFUSED} entry, else empty
   */
  public record Entry(
      String values,
      String operation,
      Cell cell,
      Status status,
      Script script,
      String reason,
      List<Diagnostic> diagnostics) {
    public Entry {
      diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Where the entry's script goes, relative to a build's folder: {@code
     * VALUES/OPERATION/V1-V2-….sh}, the cell's axis values in declaration order ({@code all.sh} for
     * a pack without axes). Axis values are lower-case words, so the name is unambiguous.
     */
    public String path() {
      return values + "/" + operation + "/" + fileName(cell);
    }

    /** {@code operation host=… hypervisor=… with VALUES}, as reports name an entry. */
    public String show() {
      String where = cell.values().isEmpty() ? "" : " " + cell;
      return operation + where + " with " + values;
    }
  }

  /** The file name of a cell's script: its axis values joined by {@code -}, then {@code .sh}. */
  public static String fileName(Cell cell) {
    return (cell.values().isEmpty() ? "all" : String.join("-", cell.values().values())) + ".sh";
  }

  /** The entries that failed, the ones that make {@code plumb build} exit 1. */
  public List<Entry> failures() {
    return entries.stream().filter(e -> e.status() == Status.FAILED).toList();
  }

  /** The entries of one status. */
  public List<Entry> withStatus(Status status) {
    return entries.stream().filter(e -> e.status() == status).toList();
  }

  /**
   * The entry of one compile of a supported cell: {@code BUILT} with its script, or, when {@code
   * compile} throws, {@code REFUSED} if a {@code %require} alone refused the values, else {@code
   * FAILED}, with the errors and the first one's message as the reason.
   */
  public static Entry compiled(
      String values, String operation, Cell cell, Supplier<Script> compile) {
    try {
      return new Entry(values, operation, cell, Status.BUILT, compile.get(), null, List.of());
    } catch (PlumbException e) {
      List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
      return new Entry(
          values,
          operation,
          cell,
          refusal(errors) ? Status.REFUSED : Status.FAILED,
          null,
          errors.isEmpty() ? "" : errors.get(0).message(),
          errors);
    }
  }

  /** Whether the diagnostics of a failed compile are a refusal by {@code %require} alone. */
  private static boolean refusal(List<Diagnostic> errors) {
    return !errors.isEmpty() && errors.stream().allMatch(d -> d.code() == Code.P506);
  }
}
