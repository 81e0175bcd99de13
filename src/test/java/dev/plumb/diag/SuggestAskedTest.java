package dev.plumb.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a "did you mean" hint asks about read back, as the editor's fixes read them. */
class SuggestAskedTest {
  @Test
  void everyListSuggestWritesReadsBackToItsNames() {
    List<List<String>> lists =
        List.of(
            List.of("vm.name"),
            List.of("vm.name", "vm.mode"),
            List.of("start", "stop", "create-disk", "x86_64"),
            List.of("a, b", "c or d", "e"),
            List.of("if", "each", "end"));
    for (List<String> names : lists) {
      assertEquals(names, Suggest.asked(Suggest.question(names, "")), names.toString());
      List<String> prefixed = names.stream().map(n -> "%" + n).toList();
      assertEquals(prefixed, Suggest.asked(Suggest.question(names, "%")), names.toString());
      assertEquals(
          names, Suggest.asked("no template implements 'x'; " + Suggest.question(names, "")));
    }
  }

  @Test
  void theHintsOfTheCheckersReadBackToTheirSuggestions() {
    List<String> candidates = List.of("vm.name", "vm.memory", "vm.mode");
    assertEquals(
        Suggest.near("vm.nmae", candidates), Suggest.asked(Suggest.hint("vm.nmae", candidates)));
  }

  @Test
  void otherHintsAskAboutNothing() {
    assertEquals(List.of(), Suggest.asked(null));
    assertEquals(List.of(), Suggest.asked("the axes are host, hypervisor"));
    assertEquals(List.of(), Suggest.asked("write '%extends start when host = linux'"));
    // a name with a quote would read back as other names: none rather than wrong ones
    assertEquals(List.of(), Suggest.asked(Suggest.question(List.of("it's", "x"), "")));
    assertEquals(List.of(), Suggest.asked("did you mean 'a' 'b'?"));
  }
}
