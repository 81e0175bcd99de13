package dev.plumb.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's parse errors in plumb's voice: lower case, no "(code 125)", no hints about
 * Jackson features a user cannot turn on.
 */
final class JsonMessages {
  private static final Pattern CHARACTER = Pattern.compile("\\('(.)' \\(code (\\d+)\\)\\)");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern DEPTH =
      Pattern.compile(
          "(?i)document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");

  private JsonMessages() {}

  static String clean(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    message = firstLine(message);
    message = cut(message, " (start marker at");
    message = cut(message, ": enable `");
    message = cut(message, " (not recognized as one");
    Matcher depth = DEPTH.matcher(message);
    if (depth.matches()) {
      return "values nested deeper than " + depth.group(2) + " levels";
    }
    message = message.replace("maybe a (non-standard) comment?", "JSON has no comments");
    message = message.replace("Duplicate field", "duplicate key");
    message =
        message.replace(
            "was expecting double-quote to start field name", "expected a key in double quotes");
    message =
        message.replace(
            "was expecting a colon to separate field name and value", "expected ':' after a key");
    message =
        message.replace(
            "was expecting comma to separate Object entries", "expected ',' or '}' after a value");
    message =
        message.replace(
            "was expecting comma to separate Array entries", "expected ',' or ']' after a value");
    message =
        message.replace("expected close marker for Object", "expected '}' to close the object");
    message = message.replace("expected close marker for Array", "expected ']' to close the array");
    message = message.replace("end-of-input", "end of input");
    message =
        message.replace(
            "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "expected a string, number, array, object, true, false or null");
    message = message.replace("was expecting ", "expected ");
    message = message.replace("Leading zeroes not allowed", "leading zeros are not allowed");
    message =
        message.replace(
            "has to be escaped using backslash to be included in string value",
            "must be escaped inside a string, like \\n");
    message =
        CONTROL
            .matcher(message)
            .replaceAll(
                m ->
                    m.group(1).equals("10") || m.group(1).equals("13")
                        ? "(line break)"
                        : "(control character " + m.group(1) + ")");
    message =
        CHARACTER
            .matcher(message)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(1).equals("'") ? "\"'\"" : "'" + m.group(1) + "'"));
    message = message.strip();
    return message.isEmpty()
        ? "unreadable JSON"
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }

  private static String cut(String message, String marker) {
    int at = message.indexOf(marker);
    return at >= 0 ? message.substring(0, at) : message;
  }
}
