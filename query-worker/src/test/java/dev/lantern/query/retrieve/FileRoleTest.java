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
            Map.entry("LICENSE", FileRole.DOC),
            Map.entry(".github/workflows/ci.yml", FileRole.CONFIG),
            Map.entry(".mvn/wrapper/MavenWrapperDownloader.java", FileRole.CONFIG),
            Map.entry("package.json", FileRole.CONFIG),
            Map.entry("src/latest.js", FileRole.CODE));
    cases.forEach((path, role) -> assertThat(FileRole.of(path)).as(path).isEqualTo(role));
  }
}
