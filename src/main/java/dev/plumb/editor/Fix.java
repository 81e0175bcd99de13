package dev.plumb.editor;

import org.eclipse.lsp4j.Range;

/**
 * One quick fix of a finding: the text that replaces a range of its file.
 *
 * @param title what the editor's menu offers
 * @param range what it replaces: empty for an insertion
 */
record Fix(String title, Range range, String newText) {}
