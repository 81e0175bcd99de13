package dev.plumb;

import dev.plumb.emit.Line;
import dev.plumb.evaluate.Reach;
import java.util.List;

/**
 * A compiled script: its text, each line with the template line it came from, and what its compile
 * reached in the templates.
 */
public final class Script {
  private final String text;
  private final List<Line> written;
  private final List<String> secrets;
  private final Reach reach;
  private final SiteTable sites;

  /** The caller's copy of the lines, made when first asked for: most callers want the text. */
  private volatile List<ScriptLine> lines;

  Script(List<Line> written, List<String> secrets, Reach reach, SiteTable sites) {
    this.written = List.copyOf(written);
    this.secrets = List.copyOf(secrets);
    this.reach = reach;
    this.sites = sites;
    int length = 0;
    for (Line line : written) {
      length += line.text().length() + 1;
    }
    StringBuilder out = new StringBuilder(length);
    for (Line line : written) {
      out.append(line.text()).append('\n');
    }
    this.text = out.toString();
  }

  /** The script, UTF-8 text ending in a newline. */
  public String text() {
    return text;
  }

  public List<ScriptLine> lines() {
    List<ScriptLine> made = lines;
    if (made == null) {
      made = written.stream().map(ScriptLine::of).toList();
      lines = made;
    }
    return made;
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
