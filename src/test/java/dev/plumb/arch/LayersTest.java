package dev.plumb.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages are layers, each importing only the ones below it: the pipeline of the compiler read
 * from the bottom up. Nothing imports the public API but the pack suite (build, test, diff) and the
 * command line, which import nothing internal but diagnostics.
 */
class LayersTest {
  /** Bottom first: each layer and the packages it holds. */
  static final List<String[]> LAYERS =
      List.of(
          new String[] {"source", "dev.plumb.source.."},
          new String[] {"diag", "dev.plumb.diag.."},
          new String[] {"ast", "dev.plumb.ast.."},
          new String[] {"types", "dev.plumb.types.."},
          new String[] {"syntax", "dev.plumb.syntax.."},
          new String[] {"format", "dev.plumb.format.."},
          new String[] {"check", "dev.plumb.check.."},
          new String[] {"resolve", "dev.plumb.resolve.."},
          new String[] {"values", "dev.plumb.values.."},
          new String[] {"evaluate", "dev.plumb.evaluate.."},
          new String[] {"emit", "dev.plumb.emit.."},
          new String[] {"pipeline", "dev.plumb.pipeline.."},
          new String[] {"lint", "dev.plumb.lint.."},
          new String[] {"editor", "dev.plumb.editor.."},
          new String[] {"run", "dev.plumb.run.."},
          new String[] {"api", "dev.plumb"},
          new String[] {"suite", "dev.plumb.suite.."},
          new String[] {"cli", "dev.plumb.cli.."});

  private static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.plumb");
  }

  /** The layered architecture: every layer may be used only by the layers above it. */
  static LayeredArchitecture layers() {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] layer : LAYERS) {
      rule = rule.layer(layer[0]).definedBy(layer[1]);
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above =
          LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> l[0]).toArray(String[]::new);
      rule = rule.whereLayer(LAYERS.get(i)[0]).mayOnlyBeAccessedByLayers(above);
    }
    return rule.whereLayer("cli").mayNotBeAccessedByAnyLayer();
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layers().check(classes);
  }

  @Test
  void theCommandLineAndThePackSuiteUseOnlyThePublicApiAndDiagnostics() {
    ArchRule rule =
        ArchRuleDefinition.noClasses()
            .that()
            .resideInAnyPackage("dev.plumb.cli..", "dev.plumb.suite..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.plumb.ast..",
                "dev.plumb.types..",
                "dev.plumb.syntax..",
                "dev.plumb.format..",
                "dev.plumb.check..",
                "dev.plumb.resolve..",
                "dev.plumb.values..",
                "dev.plumb.evaluate..",
                "dev.plumb.emit..",
                "dev.plumb.pipeline..",
                "dev.plumb.lint..",
                "dev.plumb.editor..",
                "dev.plumb.run..");
    rule.check(classes);
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching("dev.plumb.(**)").should().beFreeOfCycles().check(classes);
  }
}
