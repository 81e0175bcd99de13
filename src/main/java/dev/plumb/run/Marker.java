package dev.plumb.run;

/** What the instrumented script wrote to the marker file: a step begins, or the script ended. */
sealed interface Marker {
  /** Step {@code number} is about to run: the ones before it finished. */
  record Begin(int number) implements Marker {}

  /** The script ran past its last step. */
  record End() implements Marker {}

  /** The marker one line of the file spells, or null for a line that is none. */
  static Marker parse(String line) {
    if (line.equals("end")) {
      return new End();
    }
    if (line.startsWith("step ") && line.length() <= 15) {
      try {
        return new Begin(Integer.parseInt(line.substring(5)));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
