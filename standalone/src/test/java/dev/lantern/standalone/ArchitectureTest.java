package dev.lantern.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN §3's dependency rules, executable. Each rule carries its reason. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lantern");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.lantern.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.lantern.indexer..",
                "dev.lantern.query..",
                "dev.lantern.standalone..",
                "dev.lantern.handlers..")
            .because("core holds the shared contracts; everything depends inward on it"));
  }

  @Test
  void coreNeverSeesAwsTypes() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.lantern.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("software.amazon..", "com.amazonaws..")
            .because("AWS SDK types stay in adapters so core runs anywhere"));
  }

  @Test
  void indexerAndQueryWorkerAreIndependent() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.lantern.indexer..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.lantern.query..")
            .because("ingestion and querying deploy separately (Fargate/GPU vs query worker)"));
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.lantern.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.lantern.indexer..")
            .because("the query worker must not pull in parsers, embedder training or git"));
  }

  @Test
  void pipelineModulesDoNotReachIntoRuntimes() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("dev.lantern.indexer..", "dev.lantern.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.lantern.standalone..", "dev.lantern.handlers..")
            .because("runtimes wire the pipeline, never the other way round"));
  }

  @Test
  void retrievalDoesNotDependOnAnswerers() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.lantern.query.retrieve..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.lantern.query.answer..", "dev.lantern.query.model..")
            .because("retrieval is measured on its own by lantern eval"));
  }
}
