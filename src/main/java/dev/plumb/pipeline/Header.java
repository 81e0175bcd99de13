package dev.plumb.pipeline;

import dev.plumb.emit.Line;
import dev.plumb.source.OneLine;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.List;

/** The first lines of every script (docs/language.md §3.7): provenance, secrets, set -eu. */
final class Header {
  private Header() {}

  /** The header's lines, numbered from 1: the body's lines are numbered after them. */
  static List<Line> lines(
      String pack, String operation, Point cell, List<String> chain, List<String> secrets) {
    List<String> header = new ArrayList<>();
    header.add("#!/bin/sh");
    StringBuilder plumb = new StringBuilder("# plumb: ").append(pack).append(' ').append(operation);
    cell.values()
        .forEach((axis, value) -> plumb.append(' ').append(axis).append('=').append(value));
    header.add(plumb.toString());
    header.add("# from: " + String.join(", ", chain));
    if (!secrets.isEmpty()) {
      header.add("# secrets: " + String.join(" ", secrets) + " (from the environment)");
    }
    header.add("set -eu");
    List<Line> lines = new ArrayList<>();
    for (String text : header) {
      // the names come from the pack's files and manifest; none may end its comment line
      lines.add(Line.added(lines.size() + 1, OneLine.escape(text)));
    }
    return lines;
  }
}
