package dev.plumb.run;

/** Why a script compiled anew is not the one a journal records, in words for its author. */
final class Changes {
  private Changes() {}

  /** Why {@code now} differs from the script {@code journal} is of, or null when it does not. */
  static String between(JournalHeader journal, Resumption.Script now) {
    JournalHeader header = now.header();
    if (journal.scriptSha256().equals(header.scriptSha256())) {
      return null;
    }
    String of = " when the journal was written";
    String what = "the script differs from the journal's";
    if (!journal.operation().equals(header.operation()) || !journal.cell().equals(header.cell())) {
      return what
          + ": the journal is of '"
          + journal.operation()
          + " "
          + journal.cell()
          + "', not of '"
          + header.operation()
          + " "
          + header.cell()
          + "'";
    }
    if (journal.steps() != header.steps()) {
      return what + ": it has " + header.steps() + " steps now, " + journal.steps() + of;
    }
    for (int k = 0; k < journal.stepHashes().size(); k++) {
      if (!journal.stepHashes().get(k).equals(header.stepHashes().get(k))) {
        return what
            + ": step "
            + (k + 1)
            + " ("
            + now.stepPlaces().get(k)
            + ") is not the command it was"
            + of;
      }
    }
    return what + ": its text outside its steps is not what it was" + of;
  }
}
