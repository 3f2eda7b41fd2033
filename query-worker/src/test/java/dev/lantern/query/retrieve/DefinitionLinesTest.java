package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionLinesTest {
  @Test
  void definitionLinesAreToldFromCallsAndControlFlow() {
    assertThat(DefinitionLines.definedName("    def send(self):")).isEqualTo("send");
    assertThat(DefinitionLines.definedName("  public static int parse(String s) {"))
        .isEqualTo("parse");
    assertThat(DefinitionLines.definedName("func (s *Server) Serve(l net.Listener) error {"))
        .isEqualTo("Serve");
    assertThat(DefinitionLines.definedName("    if (x) {")).isNull();
    assertThat(DefinitionLines.definedName("    result = self.send(x,")).isNull();
    assertThat(DefinitionLines.definedName("    send(x,")).isNull();
    // A one-line body is still a definition; a statement with a block is not.
    assertThat(DefinitionLines.definedName("  int peek() { return pos; }")).isEqualTo("peek");
    assertThat(DefinitionLines.definedName("  void close() throws IOException { in.close(); }"))
        .isEqualTo("close");
    assertThat(DefinitionLines.definedName("    if (x) { y(); }")).isNull();
    assertThat(DefinitionLines.definedName("    list.forEach(x -> { y(x); });")).isNull();
  }

  @Test
  void aDefinitionEndsWhereItsIndentationReturnsOrItsBracesClose() {
    String[] python = {
      "class A:",
      "    def f(self):",
      "        x = 1",
      "",
      "        y = 2",
      "    def g(self):",
      "        pass"
    };
    assertThat(DefinitionLines.end(python, 1)).isEqualTo(4);
    assertThat(DefinitionLines.end(python, 5)).isEqualTo(6);
    String[] java = {
      "class A {", "  void f() {", "    if (x) { y(); }", "  }", "  void g() {}", "}"
    };
    assertThat(DefinitionLines.end(java, 1)).isEqualTo(3);
    assertThat(DefinitionLines.end(java, 4)).isEqualTo(4);
    assertThat(DefinitionLines.indent("\t  x")).isEqualTo(6);
    // Go indents with tabs: a body line is deeper than its func line.
    assertThat(DefinitionLines.indent("\t\treturn x")).isEqualTo(8);
    String[] go = {
      "func (s *S) Run() error {", "\tif x {", "\t\treturn y", "\t}", "\treturn nil", "}"
    };
    assertThat(DefinitionLines.end(go, 0)).isEqualTo(5);
  }
}
