package dev.plumb.diag;

import java.util.Locale;

/**
 * How bad a diagnostic is; only errors make a compile or a lint fail (and warnings with --werror).
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
