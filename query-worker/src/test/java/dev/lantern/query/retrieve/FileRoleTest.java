package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileRoleTest {
  @Test
  void classifiesPathsByWhatTheyAreFor() {
    Map<String, FileRole> cases =
        Map.ofEntries(
            Map.entry("src/main/java/org/x/Parser.java", FileRole.CODE),
            Map.entry("src/test/java/org/x/ParserTest.java", FileRole.TEST),
            Map.entry("lib/ParserSpec.scala", FileRole.TEST),
            Map.entry("tests/test_app.py", FileRole.TEST),
            Map.entry("testing/python/collect.py", FileRole.TEST),
            Map.entry("src/_pytest/python.py", FileRole.CODE),
            Map.entry("pkg/server_test.go", FileRole.TEST),
            Map.entry("src/plugin/utc.test.js", FileRole.TEST),
            Map.entry("conftest.py", FileRole.TEST),
            Map.entry("README.md", FileRole.DOC),
            Map.entry("docs/javadoc/2.13/Foo.html", FileRole.DOC),
            Map.entry("src/main/resources/templates/owners/ownerDetails.html", FileRole.CODE),
            Map.entry("examples/js_example/templates/base.html", FileRole.DOC),
            Map.entry("tests/templates/simple_template.html", FileRole.TEST),
            Map.entry("LICENSE", FileRole.DOC),
            Map.entry(".github/workflows/ci.yml", FileRole.CONFIG),
            Map.entry(".mvn/wrapper/MavenWrapperDownloader.java", FileRole.CONFIG),
            Map.entry("package.json", FileRole.CONFIG),
            Map.entry("go.mod", FileRole.CONFIG),
            Map.entry("src/latest.js", FileRole.CODE),
            Map.entry("doc/data/messages/u/unused-import/bad.py", FileRole.DOC),
            Map.entry("examples/tutorial/flaskr/auth.py", FileRole.DOC),
            Map.entry("asv_bench/benchmarks/rolling.py", FileRole.TEST),
            Map.entry("bench/bench_argcomplete.py", FileRole.TEST),
            // Packages named doc or bench inside the product are code.
            Map.entry("src/main/java/org/x/doc/DocWriter.java", FileRole.CODE),
            Map.entry("pylint/extensions/docparams.py", FileRole.CODE),
            Map.entry("lib/bench/timer.js", FileRole.CODE),
            // A Go doc/ folder is a package; its tests are tests, its pages docs.
            Map.entry("doc/man_docs.go", FileRole.CODE),
            Map.entry("doc/man_docs_test.go", FileRole.TEST),
            Map.entry("doc/README.md", FileRole.DOC),
            Map.entry("examples/server/main.go", FileRole.DOC),
            // TypeScript types/ folders are declarations; code elsewhere is code.
            Map.entry("source/types/retry.ts", FileRole.DECLARATION),
            Map.entry("src/typings/index.ts", FileRole.DECLARATION),
            Map.entry("types/index.d.ts", FileRole.DECLARATION),
            Map.entry("index.d.cts", FileRole.DECLARATION),
            Map.entry("lib/index.d.mts", FileRole.DECLARATION),
            Map.entry("lib/index.mts", FileRole.CODE),
            Map.entry("src/types.ts", FileRole.CODE),
            // Top-level modules of tests.
            Map.entry("test-shrinker/src/main/java/com/example/EnumClass.java", FileRole.TEST),
            Map.entry("android-test/src/main/kotlin/Main.kt", FileRole.TEST),
            Map.entry("okhttp-testing-support/src/main/kotlin/Rule.kt", FileRole.TEST),
            Map.entry("mockito-integration-tests/x/src/A.java", FileRole.TEST),
            Map.entry("contest-app/src/main.js", FileRole.CODE),
            Map.entry("testdata/sample.py", FileRole.TEST),
            Map.entry("src/test-utils/render.js", FileRole.CODE),
            Map.entry("src/types/convert.py", FileRole.CODE));
    cases.forEach((path, role) -> assertThat(FileRole.of(path)).as(path).isEqualTo(role));
  }
}
