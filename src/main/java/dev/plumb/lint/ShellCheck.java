package dev.plumb.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.InCell;
import dev.plumb.diag.Severity;
import dev.plumb.emit.Line;
import dev.plumb.pipeline.CellCompiler;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs ShellCheck on compiled scripts and reports each finding at the template line and column that
 * produced the flagged output, through the scripts' source maps (P319). All scripts go to one
 * ShellCheck process: starting one per script would be slow.
 */
public final class ShellCheck {
  /**
   * A script to check, the cell it was compiled for, and the span to blame for plumb's own lines.
   */
  public record Job(CellCompiler.Compiled script, InCell cell, Span header) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ShellCheck() {}

  public static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "shellcheck"))) {
        return true;
      }
    }
    return false;
  }

  public static List<Diagnostic> run(List<Job> jobs) throws IOException, InterruptedException {
    List<Diagnostic> findings = new ArrayList<>();
    if (jobs.isEmpty()) {
      return findings;
    }
    Path dir = Files.createTempDirectory("plumb-shellcheck");
    try {
      List<String> command = new ArrayList<>(List.of("shellcheck", "-s", "sh", "-f", "json1"));
      for (int i = 0; i < jobs.size(); i++) {
        Path file = dir.resolve(i + ".sh");
        Files.writeString(file, jobs.get(i).script().text(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      Path out = dir.resolve("out.json");
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("shellcheck did not finish");
      }
      for (JsonNode comment : JSON.readTree(out.toFile()).path("comments")) {
        String name = Path.of(comment.path("file").asText()).getFileName().toString();
        Job job = jobs.get(Integer.parseInt(name.substring(0, name.indexOf('.'))));
        findings.add(map(comment, job));
      }
      return findings;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Diagnostic map(JsonNode comment, Job job) {
    int line = comment.path("line").asInt();
    int column = comment.path("column").asInt();
    int endColumn =
        comment.path("endLine").asInt() == line ? comment.path("endColumn").asInt() : column + 1;
    Line scriptLine = job.script().lines().get(Math.min(line, job.script().lines().size()) - 1);
    Span span = job.header();
    if (scriptLine.origin() != null) {
      Line.Segment at = scriptLine.at(column);
      Span source = at.source();
      int start = at.hole() ? source.column() : source.column() + (column - at.start());
      int end =
          at.hole()
              ? source.endColumn()
              : Math.min(source.endColumn(), start + Math.max(1, endColumn - column));
      span = Span.of(source.file(), source.line(), start, end);
    }
    Severity severity =
        comment.path("level").asText().equals("error") ? Severity.ERROR : Severity.WARNING;
    String message = "SC" + comment.path("code").asInt() + ": " + comment.path("message").asText();
    return new Diagnostic(Code.P319, severity, span, message, null, null)
        .withHint("ShellCheck flagged script line " + line + ": " + scriptLine.text().strip())
        .inCell(job.cell());
  }
}
