package dev.plumb.run;

/**
 * The script a journal is of.
 *
 * @param scriptSha256 the SHA-256 of the script's text, lower-case hex
 * @param steps how many steps it has
 * @param cell the cell's axis values as {@code plumb run} takes them ({@code host=linux …})
 */
public record JournalHeader(String scriptSha256, int steps, String operation, String cell) {}
