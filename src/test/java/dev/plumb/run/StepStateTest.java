package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which commands of a skipped step a resume replays, which it cannot, and which set nothing. */
class StepStateTest {
  /** Steps that set nothing a later step relies on. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "mkdir -p vms/web1\n",
        "printf '%s\\n' \"${PLUMB_SECRET_VM_TOKEN}\" | netauth web1\n",
        "A=1 mkdisk web1\n",
        "echo 'cd /; export X=1' \"read x\"\n",
        "cat <<'EOF' >x.conf\ncd /\nread x\nEOF\n",
        "mkdisk \\\n  --size 2G\n",
        "# a comment: cd /\necho hi # read x\n",
        "echo \"$(date)\" >stamp\n",
        "test -d x || mkdir x\n",
        "2>/dev/null rm -f x\n",
        "cat <<-EOF >x\n\tcd /\n\tEOF\n",
        "echo ';' \"&&\" \\; \\| '|'\n",
      })
  void stepsThatSetNothing(String step) {
    assertEquals(new StepState.None(), StepState.of(step));
  }

  /** Steps replayed command by command: every command of a line is read, quotes and all. */
  private static final String[][] REPLAYED = {
    {"cd vms/web1\n", "cd vms/web1\n"},
    {
      "umask 077; mkdir x; export A='b c' B=\"$HOME/x\"\n",
      "umask 077\nexport A='b c' B=\"$HOME/x\"\n"
    },
    {"VM_NAME=web1\n", "VM_NAME=web1\n"},
    {"'cd' \"/tmp\" >/dev/null\n", "'cd' \"/tmp\" >/dev/null\n"},
    {"set -x\n", "set -x\n"},
    {"cd x 2>&1 >/dev/null; mkdisk a\n", "cd x 2>&1 >/dev/null\n"},
    {"export A=\"a;b\" C='x|y'\n", "export A=\"a;b\" C='x|y'\n"},
    {"unset A; readonly B=1; ulimit -n 1024\n", "unset A\nreadonly B=1\nulimit -n 1024\n"},
    {"X=1 :\n", "X=1 :\n"},
    {"export \\\n  A=1\n", "export \\\n  A=1\n"},
    {"export A='$(date) $$'\n", "export A='$(date) $$'\n"},
  };

  static Stream<Arguments> replayed() {
    return Stream.of(REPLAYED).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest
  @MethodSource("replayed")
  void stepsReplayed(String step, String replay) {
    assertEquals(new StepState.Replay(replay), StepState.of(step));
  }

  /** Steps whose state no replay restores for sure, with the reason named. */
  private static final String[][] UNRESTORABLE = {
    {"ID=$(mkdisk --print-id)\n", "may differ"},
    {"ID=`mkdisk`\n", "may differ"},
    {"export PID=$$\n", "may differ"},
    {"export LAST=$?\n", "may differ"},
    {"export R=\"$RANDOM\"\n", "may differ"},
    {"read -r token <token.txt\n", "'read'"},
    {"exec 3>log\n", "'exec'"},
    {"trap 'rm -f x' EXIT\n", "'trap'"},
    {". ./env.sh\n", "'.'"},
    {"source ./env.sh\n", "'source'"},
    {"shift\n", "'shift'"},
    {"getopts ab opt\n", "'getopts'"},
    {"alias ll='ls -l'\n", "'alias'"},
    {"hash -r\n", "'hash'"},
    {"eval \"$CMD\"\n", "'eval'"},
    {"\"$TOOL\" --flag\n", "is an expansion"},
    {"mkdir x; ${SETUP}\n", "is an expansion"},
    {"[ -d x ] && cd x\n", "in a pipeline, a list"},
    {"echo a | read x\n", "'read'"},
    {"X=1 &\n", "background"},
    {"(cd x; make)\n", "subshell"},
    {"echo ${X:=default}\n", "assigns a variable"},
    {"echo 'unterminated\n", "quote that does not end"},
    {"cat <<EOF\nno end\n", "here-document"},
    {"if true\n", "compound"},
    {"printf -v X '%s' a\n", "'printf -v'"},
  };

  static Stream<Arguments> unrestorable() {
    return Stream.of(UNRESTORABLE).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest
  @MethodSource("unrestorable")
  void stepsUnrestorable(String step, String reason) {
    StepState.Unrestorable u = assertInstanceOf(StepState.Unrestorable.class, StepState.of(step));
    assertTrue(u.why().contains(reason), u.why());
  }
}
