package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.query.retrieve.CallIndex;
import dev.lantern.query.retrieve.IndexCallees;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCallersTest {
  @Test
  void aClassCallingItsOwnMethodOfTheSameNameIsNoCaller(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "src/blueprints.py",
          Language.PYTHON,
          "Blueprint",
          "register",
          "    def register(self, app):\n        pass\n");
      code.define(
          "src/app.py",
          Language.PYTHON,
          "App",
          "register_blueprint",
          "    def register_blueprint(self, bp):\n        bp.register(self)\n",
          "register");
      code.define(
          "src/tag.py",
          Language.PYTHON,
          "TaggedJSONSerializer",
          "register",
          "    def register(self, cls):\n        pass\n");
      code.define(
          "src/tag.py",
          Language.PYTHON,
          "TaggedJSONSerializer",
          "__init__",
          "    def __init__(self):\n        self.register(TagDict)\n",
          "register");
      // A class indexed whole, whose own register is in its text.
      code.add(
          "src/whole.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "Serializer",
          "class Serializer:\n    def __init__(self):\n        self.register(1)\n"
              + "    def register(self, n):\n        pass\n",
          "register");
      code.add(
          "src/small.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "Registry",
          "class Registry:\n    def register(self):\n        pass\n    def add(self):\n"
              + "        self.register()\n",
          "register");
      code.define(
          "src/small.py", Language.PYTHON, "Registry", "register", "    def register(self):\n");
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("Blueprint.register", 10).stream().map(l -> l.symbol()).toList())
          .containsExactly("App.register_blueprint");
      // The other classes' register is still called by them.
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("TaggedJSONSerializer.register", 10).stream()
                      .map(l -> l.symbol())
                      .toList())
          .contains("TaggedJSONSerializer.__init__")
          .doesNotContain("Registry", "Serializer");
    }
  }

  @Test
  void aNameDefinedInManyPlacesHasNoCallersToTellApart(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      for (int i = 0; i <= IndexCallers.MAX_DEFINITIONS; i++) {
        code.define(
            "examples/e" + i + ".js", Language.JAVASCRIPT, "", "json", "function json() {\n}\n");
      }
      code.define(
          "lib/app.js", Language.JAVASCRIPT, "", "use", "function use() {\n  json()\n}\n", "json");
      code.define("lib/one.js", Language.JAVASCRIPT, "", "once", "function once() {\n}\n");
      code.define(
          "lib/two.js",
          Language.JAVASCRIPT,
          "",
          "twice",
          "function twice() {\n  once()\n}\n",
          "once");
      IndexCallers callers = new IndexCallers(code.index().lexical());
      assertThat(callers.callersOf("json", 10)).isEmpty();
      assertThat(callers.callersOf("once", 10))
          .extracting(l -> l.symbol())
          .containsExactly("twice");
    }
  }

  @Test
  void aCallerWhoseEveryCallIsOnAnotherObjectIsNoCaller(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "src/requests/api.py", Language.PYTHON, "", "get", "def get(url, params=None):\n");
      code.define(
          "src/requests/auth.py",
          Language.PYTHON,
          "HTTPDigestAuth",
          "build_digest_header",
          "    def build_digest_header(self, method, url):\n"
              + "        realm = self._thread_local.chal.get('realm')\n",
          "get");
      code.define(
          "docs/quickstart.py",
          Language.PYTHON,
          "",
          "example",
          "def example():\n    r = requests.get('https://x')\n",
          "get");
      code.define(
          "src/requests/sessions.py",
          Language.PYTHON,
          "",
          "fetch",
          "def fetch(url):\n    return get(url)  # plain: the imported function\n",
          "get");
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("get", 10).stream().map(l -> l.symbol()).toList())
          .containsExactlyInAnyOrder("example", "fetch");
    }
  }

  @Test
  void aFunctionTakingAParameterOfTheNameUsesItsArgumentNotTheFunction(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "examples/tutorial/flaskr/__init__.py",
          Language.PYTHON,
          "",
          "create_app",
          "def create_app(test_config=None):\n    app = Flask(__name__)\n");
      code.define(
          "src/flask/cli.py",
          Language.PYTHON,
          "ScriptInfo",
          "__init__",
          "    def __init__(\n        self,\n        create_app=None,\n    ):\n"
              + "        self.create_app = create_app\n",
          "create_app");
      // An import in parentheses at the top of a module still uses it.
      code.add(
          "examples/celery/make_celery.py",
          Language.PYTHON,
          ChunkKind.MODULE,
          "",
          "",
          "from task_app import (\n    create_app,\n)\n",
          "create_app");
      code.define(
          "examples/tutorial/tests/conftest.py",
          Language.PYTHON,
          "",
          "app",
          "def app():\n    app = create_app({\"TESTING\": True})\n",
          "create_app");
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("create_app", 10).stream().map(l -> l.symbol()).toList())
          .containsExactlyInAnyOrder("app", "");
      // Parameters over several lines; a call in a default value is no parameter.
      assertThat(
              IndexCallees.takesAsParameter(
                  "def f(\n    a,\n    create_app=None,\n):", "create_app"))
          .isTrue();
      assertThat(IndexCallees.takesAsParameter("def f(app=create_app()):", "create_app")).isFalse();
    }
  }

  @Test
  void aMethodCalledOnAVariableDeclaredWithAnotherTypeIsNotThisMethodsCall(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      String builder = "gson/src/main/java/com/google/gson/GsonBuilder.java";
      code.add(
          builder,
          Language.JAVA,
          ChunkKind.TYPE,
          "",
          "GsonBuilder",
          "public final class GsonBuilder {\n");
      code.define(
          builder,
          Language.JAVA,
          "GsonBuilder",
          "setLenient",
          "  public GsonBuilder setLenient() {\n    return this;\n  }\n");
      code.define(
          "gson/src/main/java/com/google/gson/internal/ISO8601Utils.java",
          Language.JAVA,
          "ISO8601Utils",
          "parse",
          "  static Date parse(String date) {\n"
              + "    Calendar calendar = new GregorianCalendar(1970, 0, 1);\n"
              + "    calendar.setLenient(false);\n    return calendar.getTime();\n  }\n",
          "setLenient");
      code.define(
          "gson/src/main/java/com/google/gson/Config.java",
          Language.JAVA,
          "Config",
          "lenientGson",
          "  static Gson lenientGson(GsonBuilder builder) {\n"
              + "    return builder.setLenient().create();\n  }\n",
          "setLenient");
      code.define(
          "src/main/kotlin/Setup.kt",
          Language.KOTLIN,
          "",
          "setup",
          "fun setup() {\n  val b = GsonBuilder()\n  b.setLenient()\n}\n",
          "setLenient");
      code.define(
          "src/main/java/Unknown.java",
          Language.JAVA,
          "Unknown",
          "run",
          "  void run() {\n    thing.setLenient();\n  }\n",
          "setLenient");
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("GsonBuilder.setLenient", 10).stream().map(l -> l.symbol()).toList())
          // The Calendar's call is not one; a variable of unknown type may be.
          .containsExactlyInAnyOrder("Config.lenientGson", "setup", "Unknown.run");
    }
  }

  @Test
  void aPrivateFunctionIsCalledFromItsOwnFileOnly(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "src/Factory.kt",
          Language.KOTLIN,
          "Factory",
          "lookup",
          "  private fun lookup(methods: List<Method>): Method? {\n    return null\n  }\n");
      code.define(
          "src/Factory.kt",
          Language.KOTLIN,
          "Factory",
          "create",
          "  fun create(): Any {\n    return lookup(methods)\n  }\n",
          "lookup");
      code.define(
          "src/Other.kt",
          Language.KOTLIN,
          "Other",
          "run",
          "  fun run(factory: Factory) {\n    factory.lookup(x)\n  }\n",
          "lookup");
      code.define(
          "src/ky.js",
          Language.JAVASCRIPT,
          "Ky",
          "retry",
          "  async #retry(fn) {\n    return fn();\n  }\n");
      code.define(
          "src/ky.js",
          Language.JAVASCRIPT,
          "Ky",
          "fetch",
          "  async fetch() {\n    return this.#retry(() => 1);\n  }\n",
          "retry");
      code.define(
          "src/index.js",
          Language.JAVASCRIPT,
          "",
          "main",
          "function main(ky) {\n  ky.retry(1);\n}\n",
          "retry");
      IndexCallers callers = new IndexCallers(code.index().lexical());
      assertThat(callers.callersOf("Factory.lookup", 10).stream().map(l -> l.symbol()).toList())
          .containsExactly("Factory.create");
      assertThat(callers.callersOf("Ky.retry", 10).stream().map(l -> l.symbol()).toList())
          .containsExactly("Ky.fetch");
      IndexCallees callees = new IndexCallees(code.index().lexical());
      assertThat(callees.calleesOf(code.place("Other.run"), 5)).isEmpty();
      assertThat(callees.calleesOf(code.place("Factory.create"), 5))
          .extracting(l -> l.symbol())
          .containsExactly("Factory.lookup");
    }
  }

  @Test
  void aNameWrittenInAnotherCaseIsAnotherName(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      code.define(
          "command.go",
          Language.GO,
          "Command",
          "execute",
          "func (c *Command) execute(a []string) error {\n\treturn nil\n}\n");
      code.define(
          "command.go",
          Language.GO,
          "Command",
          "ExecuteC",
          "func (c *Command) ExecuteC() error {\n\treturn c.execute(flags)\n}\n",
          "execute");
      code.define(
          "cobra.go",
          Language.GO,
          "",
          "tmpl",
          "func tmpl(w io.Writer, text string) error {\n\treturn t.Execute(w, data)\n}\n",
          "execute");
      assertThat(
              new IndexCallers(code.index().lexical())
                  .callersOf("Command.execute", 10).stream().map(l -> l.symbol()).toList())
          .containsExactly("Command.ExecuteC");
    }
  }
}
