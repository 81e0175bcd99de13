package dev.plumb;

import dev.plumb.emit.Line;
import dev.plumb.emit.TopCommands;
import dev.plumb.evaluate.Reach;
import dev.plumb.run.JournalHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A compiled script: its text, each line with the template line it came from, and what its compile
 * reached in the templates.
 */
public final class Script {
  private final String text;
  private final Supplier<List<Line>> written;
  private final List<String> secrets;
  private final Reach reach;
  private final SiteTable sites;

  /** The caller's copy of the lines, made when first asked for: most callers want the text. */
  private volatile List<ScriptLine> lines;

  /** The steps, made when first asked for, from the lines. */
  private volatile List<Step> steps;

  Script(
      String text,
      Supplier<List<Line>> written,
      List<String> secrets,
      Reach reach,
      SiteTable sites) {
    this.text = text;
    this.written = written;
    this.secrets = List.copyOf(secrets);
    this.reach = reach;
    this.sites = sites;
  }

  /** The script, UTF-8 text ending in a newline. */
  public String text() {
    return text;
  }

  public List<ScriptLine> lines() {
    List<ScriptLine> made = lines;
    if (made == null) {
      made = written.get().stream().map(ScriptLine::of).toList();
      lines = made;
    }
    return made;
  }

  /**
   * The SHA-256 of the script's text (UTF-8), lower-case hex: what {@code plumb plan} and {@code
   * plumb run} show, and what a run's journal checks a resume against.
   */
  public String sha256() {
    return JournalHeader.sha256(text);
  }

  /**
   * The script's top-level commands in order, each with its lines and the template line it came
   * from: what running the script does, step by step. plumb's header, blank lines and comment lines
   * are in no step. Where one command ends and the next begins is what the shell reader that checks
   * templates found when it read the script's lines (docs/language.md §7).
   */
  public List<Step> steps() {
    List<Step> made = steps;
    if (made == null) {
      made = split();
      steps = made;
    }
    return made;
  }

  private List<Step> split() {
    List<ScriptLine> all = lines();
    List<TopCommands.Run> runs = TopCommands.of(written.get());
    List<Step> made = new ArrayList<>(runs.size());
    for (TopCommands.Run run : runs) {
      StringBuilder text = new StringBuilder();
      for (ScriptLine line : all.subList(run.first(), run.last() + 1)) {
        text.append(line.text()).append('\n');
      }
      ScriptLine first = all.get(run.first());
      made.add(
          new Step(
              made.size() + 1,
              first.number(),
              all.get(run.last()).number(),
              text.toString(),
              first.origin(),
              first.via()));
    }
    return List.copyOf(made);
  }

  /** The environment variables the script reads its secrets from. */
  public List<String> secrets() {
    return secrets;
  }

  /**
   * What the compile reached in the pack's templates: every text line it emitted (once, however
   * many times an {@code %each} unrolled it) and every {@code %if} arm it took, in file order. Made
   * from a few bits kept with the script, each time it is asked for.
   */
  public Sites reached() {
    return sites.reached(reach);
  }
}
