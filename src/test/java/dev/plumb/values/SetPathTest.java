package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.diag.Checked;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --set NAME[N]=…} and {@code --set NAME.field=…}: a part of a variable, set inside the
 * value given so far (the file, an earlier whole --set, or the default).
 */
class SetPathTest {
  private static final String DISKS =
      "[\"/vm/web1/disk0.img\", \"/vm/web1/disk1.img\", \"/vm/web1/disk2.img\"]";
  private static final String NICS =
      "[{\"tap\": \"tap0\", \"mac\": \"58:9c:fc:00:00:01\", \"bridge\": \"br0\"},"
          + " {\"tap\": \"tap1\", \"mac\": \"58:9c:fc:00:00:02\", \"bridge\": \"br0\"}]";

  private static Value disks(String... paths) {
    return new Value.ListOf(List.of(paths).stream().map(p -> (Value) new Value.Text(p)).toList());
  }

  private static Value bound(Checked<Map<String, Value>> bound, String name) {
    assertEquals(List.of(), Fixture.render(bound));
    return bound.value().get(name);
  }

  @Test
  void anElementOfTheFilesListIsReplaced() {
    assertEquals(
        disks("/vm/web1/disk0.img", "/vm/other.img", "/vm/web1/disk2.img"),
        bound(
            Fixture.bind(Fixture.jsonWith("disks", DISKS), "vm.disks[1]=/vm/other.img"),
            "vm.disks"));
  }

  @Test
  void aFieldOfARecordInAListIsReplaced() {
    Value nics =
        bound(Fixture.bind(Fixture.jsonWith("nics", NICS), "vm.nics[1].tap=tap9"), "vm.nics");
    Value.RecordOf second = (Value.RecordOf) ((Value.ListOf) nics).elements().get(1);
    assertEquals(new Value.Text("tap9"), second.fields().get("tap"));
    assertEquals(new Value.Text("58:9c:fc:00:00:02"), second.fields().get("mac"));
  }

  @Test
  void anElementGoesIntoTheLastWholeSetNotTheFile() {
    assertEquals(
        disks("/a", "/c"),
        bound(
            Fixture.bind(
                Fixture.jsonWith("disks", DISKS), "vm.disks=[\"/a\", \"/b\"]", "vm.disks[1]=/c"),
            "vm.disks"));
  }

  @Test
  void aWholeSetAfterAnElementSetWins() {
    assertEquals(
        disks("/x"),
        bound(
            Fixture.bind(
                Fixture.jsonWith("disks", DISKS), "vm.disks[0]=bad\nvalue", "vm.disks=[\"/x\"]"),
            "vm.disks"));
  }

  @Test
  void aFieldOfAnOptionalRecordVariableIsReachedWithoutBrackets() {
    Value uplink =
        bound(
            Fixture.bind(
                Fixture.valid(),
                "net.uplink={\"tap\": \"t0\", \"mac\": \"58:9c:fc:00:00:01\", \"bridge\": \"b\"}",
                "net.uplink.bridge=br9"),
            "net.uplink");
    assertEquals(new Value.Text("br9"), ((Value.RecordOf) uplink).fields().get("bridge"));
  }

  @Test
  void theDefaultIsTheBaseWhenNothingElseIsGiven() {
    // vm.nics defaults to []: there is no element 0 to set in it
    assertEquals(
        List.of(
            "--set:1:8: P513: /vm/nics: index 0 is past the end of the list (0 elements)"
                + " [--set replaces an element the list has; give the whole list to add one]"),
        Fixture.render(Fixture.bind(Fixture.valid(), "vm.nics[0].tap=t")));
  }

  @Test
  void eachWrongPathIsReportedAtItsStep() {
    assertEquals(
        List.of(
            "--set:1:8: P513: /vm/name: [0] indexes a list, but 'vm.name' is of type name"
                + " [--set reaches into lists with [N] and into records with .field: NAME[0] or"
                + " NAME.field]",
            "--set:1:9: P513: /vm/disks: index 3 is past the end of the list (1 element)"
                + " [--set replaces an element the list has; give the whole list to add one]",
            "--set:1:12: P501: /vm/nics/0/tpa: unknown field 'tpa' of nic [did you mean 'tap'?]",
            "--set:1:12: P513: /net/uplink: no record to set .tap in: no value is given"
                + " [give the whole record first, in a values file or with a --set of it, then"
                + " its parts]"),
        Fixture.render(
            Fixture.bind(
                Fixture.jsonWith("nics", NICS),
                "vm.name[0]=x",
                "vm.disks[3]=/d",
                "vm.nics[0].tpa=t",
                "net.uplink.tap=t")));
  }

  @Test
  void theElementIsCheckedByTheElementType() {
    assertEquals(
        List.of(
            "--set:1:13: P503: /vm/disks/0: expected a path like \"/vm/web1.img\", got \"-rf\""
                + " [non-empty text without NUL or line breaks, not starting with '-']"),
        Fixture.render(Fixture.bind(Fixture.valid(), "vm.disks[0]=-rf")));
  }

  @Test
  void malformedNamesWithBracketsAreP513AndWithoutAreUnknown() {
    assertEquals(
        List.of(
            "--set:1:9: P513: malformed --set name 'vm.disks[x]': expected [N], an index from 0"
                + " [write NAME, NAME[N] or NAME[N].field, like vm.disks[1]]",
            "--set:1:1: P501: /vm//name: unknown value 'vm..name' [did you mean 'vm.name' or 'vm.note'?]"),
        Fixture.render(Fixture.bind(Fixture.valid(), "vm.disks[x]=/a", "vm..name=a")));
  }

  @Test
  void parsesIndexesAndFields() {
    assertEquals(
        List.of(
            new SetPath.Step("vm", 0, 0, 2),
            new SetPath.Step("nics", 0, 3, 7),
            new SetPath.Step(null, 12, 7, 11),
            new SetPath.Step("mac", 0, 12, 15)),
        SetPath.parse("vm.nics[12].mac"));
    assertThrows(SetPath.Malformed.class, () -> SetPath.parse("vm.disks[01]"));
    assertThrows(SetPath.Malformed.class, () -> SetPath.parse("vm.disks[1"));
    assertThrows(SetPath.Malformed.class, () -> SetPath.parse("vm.disks[1]x"));
    assertThrows(SetPath.Malformed.class, () -> SetPath.parse("vm.disks]"));
  }
}
