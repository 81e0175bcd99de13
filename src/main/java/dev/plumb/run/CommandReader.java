package dev.plumb.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a step's text into its commands and their words, as far as a resume needs to know which
 * command each is ({@link StepState}). It is conservative: what it cannot read for sure (a
 * subshell, a quote that does not end, a here-document without its end) makes the step {@link
 * Unreadable}, never a guess. The template checker's shell reader reports holes and forbidden words
 * but does not hand out the commands' words; this reader reads the compiled text, where holes are
 * gone.
 */
final class CommandReader {
  /** The step could not be read for sure; {@code getMessage()} says why. */
  static final class Unreadable extends Exception {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  private final String s;
  private int i;
  private final List<StepCommand> commands = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final List<String[]> heredocs = new ArrayList<>();
  private StringBuilder word;
  private int commandStart = -1;
  private int commandEnd;
  private boolean connected;
  private boolean heredoc;
  private Redirect pending = Redirect.NONE;

  private enum Redirect {
    NONE,
    TARGET,
    HEREDOC,
    HEREDOC_TABS
  }

  private CommandReader(String text) {
    this.s = text;
  }

  /** The commands of {@code stepText}, in order. */
  static List<StepCommand> read(String stepText) throws Unreadable {
    CommandReader reader = new CommandReader(stepText);
    reader.readAll();
    return List.copyOf(reader.commands);
  }

  private void readAll() throws Unreadable {
    while (i < s.length()) {
      char c = s.charAt(i);
      switch (c) {
        case ' ', '\t' -> {
          endWord();
          i++;
        }
        case '\n' -> {
          endCommand(false, false);
          i++;
          skipHeredocBodies();
        }
        case ';' -> {
          if (at(i + 1, ';')) {
            throw new Unreadable("';;' belongs to a case command");
          }
          endCommand(false, false);
          i++;
        }
        case '&' -> {
          boolean and = at(i + 1, '&');
          endCommand(and, !and);
          i += and ? 2 : 1;
        }
        case '|' -> {
          endCommand(true, false);
          i += at(i + 1, '|') ? 2 : 1;
        }
        case '(', ')' -> throw new Unreadable("a subshell or a function definition");
        case '<', '>' -> redirect(c);
        case '#' -> {
          if (word == null) {
            while (i < s.length() && s.charAt(i) != '\n') {
              i++;
            }
          } else {
            take(1);
          }
        }
        default -> wordPart(c);
      }
    }
    endCommand(false, false);
    if (!heredocs.isEmpty()) {
      throw new Unreadable("a here-document whose body does not end");
    }
    if (connected) {
      throw new Unreadable("a pipeline or a list that does not end");
    }
  }

  private void wordPart(char c) throws Unreadable {
    switch (c) {
      case '\'' -> take(closing(i + 1, '\'') + 1 - i);
      case '"' -> take(doubleQuoted(i + 1) + 1 - i);
      case '`' -> take(closing(i + 1, '`') + 1 - i);
      case '\\' -> {
        if (at(i + 1, '\n')) {
          i += 2; // a line continuation joins the lines: no word ends here
        } else {
          take(Math.min(2, s.length() - i));
        }
      }
      case '$' -> {
        if (at(i + 1, '(')) {
          take(balanced(i + 1, '(', ')') + 1 - i);
        } else if (at(i + 1, '{')) {
          take(balanced(i + 1, '{', '}') + 1 - i);
        } else {
          take(1);
        }
      }
      default -> take(1);
    }
  }

  private void redirect(char c) throws Unreadable {
    if (word != null && word.chars().allMatch(Character::isDigit)) {
      word = null; // the file descriptor's number: part of the redirection, no word
    } else {
      endWord();
    }
    markStart();
    if (c == '<' && at(i + 1, '<')) {
      boolean tabs = at(i + 2, '-');
      i += tabs ? 3 : 2;
      pending = tabs ? Redirect.HEREDOC_TABS : Redirect.HEREDOC;
      heredoc = true;
      return;
    }
    i++;
    if (i < s.length() && "<>&|".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    pending = Redirect.TARGET;
  }

  /** Adds the next {@code n} characters to the word being read. */
  private void take(int n) {
    markStart();
    if (word == null) {
      word = new StringBuilder();
    }
    word.append(s, i, i + n);
    i += n;
    commandEnd = i;
  }

  private void markStart() {
    if (commandStart < 0) {
      commandStart = i;
    }
  }

  private void endWord() throws Unreadable {
    if (word == null) {
      return;
    }
    String w = word.toString();
    word = null;
    switch (pending) {
      case NONE -> words.add(w);
      case TARGET -> {}
      case HEREDOC, HEREDOC_TABS ->
          heredocs.add(new String[] {unquoted(w), pending == Redirect.HEREDOC_TABS ? "-" : ""});
    }
    pending = Redirect.NONE;
  }

  private void endCommand(boolean connectsNext, boolean background) throws Unreadable {
    endWord();
    if (pending != Redirect.NONE) {
      throw new Unreadable("a redirection without its file");
    }
    if (commandStart < 0) {
      if (connectsNext || background) {
        throw new Unreadable("an operator without a command before it");
      }
      return;
    }
    boolean alone = !connected && !connectsNext;
    commands.add(
        new StepCommand(words, s.substring(commandStart, commandEnd), alone, background, heredoc));
    words.clear();
    commandStart = -1;
    heredoc = false;
    connected = connectsNext;
  }

  private void skipHeredocBodies() throws Unreadable {
    for (String[] doc : heredocs) {
      while (true) {
        if (i >= s.length()) {
          throw new Unreadable("a here-document whose body does not end");
        }
        int end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
        String line = s.substring(i, end);
        i = Math.min(end + 1, s.length());
        if ((doc[1].isEmpty() ? line : line.replaceFirst("^\t+", "")).equals(doc[0])) {
          break;
        }
      }
    }
    heredocs.clear();
  }

  /** The index of the {@code close} that ends what starts at {@code from}. */
  private int closing(int from, char close) throws Unreadable {
    for (int j = from; j < s.length(); j++) {
      if (s.charAt(j) == '\\' && close != '\'') {
        j++;
      } else if (s.charAt(j) == close) {
        return j;
      }
    }
    throw new Unreadable("a quote that does not end");
  }

  private int doubleQuoted(int from) throws Unreadable {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '"') {
        return j;
      } else if (c == '`') {
        j = closing(j + 1, '`');
      } else if (c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '(') {
        j = balanced(j + 1, '(', ')');
      } else if (c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '{') {
        j = balanced(j + 1, '{', '}');
      }
    }
    throw new Unreadable("a quote that does not end");
  }

  /** The index of the {@code close} that matches the {@code open} at {@code at}. */
  private int balanced(int at, char open, char close) throws Unreadable {
    int depth = 0;
    for (int j = at; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '\'') {
        j = closing(j + 1, '\'');
      } else if (c == '"') {
        j = doubleQuoted(j + 1);
      } else if (c == '`') {
        j = closing(j + 1, '`');
      } else if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return j;
      }
    }
    throw new Unreadable("a '" + open + "' that does not end");
  }

  private boolean at(int j, char c) {
    return j < s.length() && s.charAt(j) == c;
  }

  /** A word with its quotes and backslashes taken away, as the shell would see it unexpanded. */
  static String unquoted(String word) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int j = 0; j < word.length(); j++) {
      char c = word.charAt(j);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote != '\'' && j + 1 < word.length()) {
        out.append(word.charAt(++j));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
