package dev.lantern.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class KindQuestionTest {
  private static final List<String> PETCLINIC =
      List.of(
          "README.md",
          "pom.xml",
          "src/main/java/org/springframework/samples/petclinic/owner/Owner.java",
          "src/main/java/org/springframework/samples/petclinic/vet/Vet.java",
          "src/main/resources/templates/welcome.html",
          "src/main/resources/templates/error.html",
          "src/main/resources/templates/owners/ownerDetails.html",
          "src/main/resources/templates/owners/findOwners.html",
          "src/main/resources/db/h2/schema.sql",
          "src/test/java/org/springframework/samples/petclinic/owner/OwnerControllerTests.java",
          "src/test/java/org/springframework/samples/petclinic/vet/VetControllerTests.java",
          "src/test/java/org/springframework/samples/petclinic/PetClinicIntegrationTests.java");

  private static List<String> homes(String question, List<String> paths) {
    return KindQuestion.kind(question)
        .map(k -> KindQuestion.folders(paths, k))
        .orElse(List.of("(no kind)"));
  }

  @Test
  void aKindOfFileIsAnsweredByTheDeepestFolderHoldingMostOfThem() {
    assertThat(homes("where are the html templates?", PETCLINIC))
        .containsExactly("src/main/resources/templates/");
    assertThat(homes("Where are the tests?", PETCLINIC))
        .containsExactly("src/test/java/org/springframework/samples/petclinic/");
    assertThat(homes("which folder has the unit tests?", PETCLINIC))
        .containsExactly("src/test/java/org/springframework/samples/petclinic/");
    List<String> pytest =
        List.of(
            "src/_pytest/main.py",
            "testing/test_main.py",
            "testing/test_runner.py",
            "testing/python/collect.py",
            "testing/python/fixtures.py",
            "doc/en/example/test_x.py",
            "src/migrations/0001_initial.py",
            "src/migrations/0002_more.py");
    // Spread out: the top-level folder holding most, then the others holding a tenth.
    assertThat(homes("where are the tests?", pytest)).containsExactly("testing/", "doc/");
    // A folder named by the question's word.
    assertThat(homes("where do the migrations live?", pytest)).containsExactly("src/migrations/");
  }

  @Test
  void otherQuestionsAndKindsWithNoHomeAreSearched() {
    assertThat(KindQuestion.kind("where are requests retried?")).isEmpty();
    assertThat(KindQuestion.kind("where are errors handled?")).isEmpty();
    assertThat(KindQuestion.kind("how are the tests run?")).isEmpty();
    // No folder of that name: searched as usual.
    Predicate<String> cookies = KindQuestion.kind("where are cookies stored?").orElseThrow();
    assertThat(KindQuestion.folders(PETCLINIC, cookies)).isEmpty();
    // Go's tests sit beside their code, in the root.
    List<String> cobra = List.of("command.go", "command_test.go", "args_test.go", "doc/md_docs.go");
    assertThat(homes("where are the tests?", cobra)).isEmpty();
  }
}
