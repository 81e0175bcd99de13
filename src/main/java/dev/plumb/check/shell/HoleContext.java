package dev.plumb.check.shell;

/**
 * Where a hole sits in the shell text, as the emitter needs to know it.
 *
 * @param wholeWord the hole is a whole unquoted word by itself (the only place a list may go)
 */
public record HoleContext(Quoting quoting, Role role, boolean wholeWord) {}
