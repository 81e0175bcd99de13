package dev.plumb;

import java.util.List;

/** A compiled script: its text, and each line with the template line it came from. */
public final class Script {
  private final String text;
  private final List<ScriptLine> lines;
  private final List<String> secrets;

  Script(List<ScriptLine> lines, List<String> secrets) {
    this.lines = List.copyOf(lines);
    this.secrets = List.copyOf(secrets);
    StringBuilder out = new StringBuilder();
    for (ScriptLine line : lines) {
      out.append(line.text()).append('\n');
    }
    this.text = out.toString();
  }

  /** The script, UTF-8 text ending in a newline. */
  public String text() {
    return text;
  }

  public List<ScriptLine> lines() {
    return lines;
  }

  /** The environment variables the script reads its secrets from. */
  public List<String> secrets() {
    return secrets;
  }
}
