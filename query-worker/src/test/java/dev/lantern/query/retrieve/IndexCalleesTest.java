package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCalleesTest {
  @TempDir Path root;
  private CallIndex code;

  @BeforeEach
  void start() {
    code = new CallIndex(root);
  }

  @AfterEach
  void close() {
    code.close();
  }

  private void define(
      String path, Language lang, String owner, String name, String text, String... calls) {
    code.define(path, lang, owner, name, text, calls);
  }

  private List<String> callees(String qualified) {
    return new IndexCallees(code.index().lexical())
        .calleesOf(code.place(qualified), 4).stream()
            .map(l -> l.symbol() + " " + l.citation())
            .toList();
  }

  @Test
  void aFunctionNamesWhatItCallsInOrderButNotWhatItsDocstringShows() {
    define(
        "src/app.py",
        Language.PYTHON,
        "Flask",
        "wsgi_app",
        "    def wsgi_app(self, environ):\n"
            + "        \"\"\"Example: app.route(\"/\") then url_for()\"\"\"\n"
            + "        ctx = self.request_context(environ)\n"
            + "        response = self.full_dispatch_request()\n"
            + "        return response(environ)  # not finalize()\n",
        "request_context",
        "full_dispatch_request");
    define(
        "src/app.py",
        Language.PYTHON,
        "Flask",
        "full_dispatch_request",
        "    def full_dispatch_request(self):\n        return self.finalize()\n",
        "finalize");
    define(
        "src/app.py",
        Language.PYTHON,
        "Flask",
        "request_context",
        "    def request_context(self, environ):\n        return RequestContext(self, environ)\n");
    define("src/app.py", Language.PYTHON, "Flask", "finalize", "    def finalize(self):\n");
    define("src/helpers.py", Language.PYTHON, "", "url_for", "def url_for(endpoint):\n");
    define("src/scaffold.py", Language.PYTHON, "Scaffold", "route", "    def route(self, rule):\n");
    assertThat(callees("Flask.wsgi_app"))
        .containsExactly(
            "Flask.request_context src/app.py:8-9", "Flask.full_dispatch_request src/app.py:6-7");
  }

  @Test
  void namesAreMatchedWithTheirCaseAndAmbiguityPrefersTheCallersFile() {
    define(
        "routergroup.go",
        Language.GO,
        "RouterGroup",
        "POST",
        "func (group *RouterGroup) POST(p string) IRoutes {\n"
            + "\tif len(p) == 0 {\n\t}\n"
            + "\treturn group.handle(\"POST\", p)\n"
            + "}\n",
        "handle",
        "len");
    define(
        "routergroup.go",
        Language.GO,
        "RouterGroup",
        "handle",
        "func (group *RouterGroup) handle(m, p string) IRoutes {\n"
            + "\tgroup.engine.addRoute(m, p)\n"
            + "}\n",
        "addRoute");
    define("tree.go", Language.GO, "node", "handle", "func (n *node) handle() {\n}\n");
    define("tree.go", Language.GO, "node", "addRoute", "func (n *node) addRoute() {\n}\n");
    define("gin.go", Language.GO, "Engine", "addRoute", "func (e *Engine) addRoute() {\n}\n");
    define("params.go", Language.GO, "Params", "Len", "func (ps Params) Len() int {\n}\n");
    // handle is defined twice; the caller's file settles it. len is Go's, not Params.Len.
    assertThat(callees("RouterGroup.POST"))
        .containsExactly("RouterGroup.handle routergroup.go:6-8");
    // addRoute is defined twice elsewhere; the receiver's name settles it.
    assertThat(callees("RouterGroup.handle")).containsExactly("Engine.addRoute gin.go:1-2");
  }

  @Test
  void testsAndMethodsOnOtherObjectsAreLeftOutButModuleFunctionsCount() {
    define(
        "src/sessions.py",
        Language.PYTHON,
        "",
        "merge",
        "def merge(request, headers, ep):\n"
            + "    value = headers.get('x')\n"
            + "    check_fixture(value)\n"
            + "    plugin = ep.load()\n"
            + "    data = json.load(value)\n"
            + "    return merge_cookies(request, value)\n",
        "get",
        "check_fixture",
        "load",
        "merge_cookies");
    define("src/scaffold.py", Language.PYTHON, "Scaffold", "get", "    def get(self, rule):\n");
    define("tests/conftest.py", Language.PYTHON, "", "check_fixture", "def check_fixture(v):\n");
    define("src/json/__init__.py", Language.PYTHON, "", "load", "def load(fp):\n");
    define("src/cookies.py", Language.PYTHON, "", "merge_cookies", "def merge_cookies(r, v):\n");
    // headers.get is a dictionary's and ep.load an entry point's; json.load is the json module's.
    assertThat(callees("merge"))
        .containsExactly("load src/json/__init__.py:1", "merge_cookies src/cookies.py:1");
  }

  @Test
  void aGoReceiverIsTheMethodsOwnObject() {
    define(
        "command.go",
        Language.GO,
        "Command",
        "ParseFlags",
        "func (c *Command) ParseFlags(args []string) error {\n"
            + "\tbefore := c.flagErrorBuf.Len()\n"
            + "\tc.mergePersistentFlags()\n"
            + "\treturn nil\n"
            + "}\n",
        "Len",
        "mergePersistentFlags");
    define(
        "command.go",
        Language.GO,
        "Command",
        "mergePersistentFlags",
        "func (c *Command) mergePersistentFlags() {\n}\n");
    define(
        "command.go",
        Language.GO,
        "commandSorterByName",
        "Len",
        "func (c commandSorterByName) Len() int {\n}\n");
    // c is ParseFlags' own receiver; flagErrorBuf is some other object, whose Len is a buffer's.
    assertThat(callees("Command.ParseFlags"))
        .containsExactly("Command.mergePersistentFlags command.go:6-7");
  }

  @Test
  void aHelperTheFunctionDefinesItselfIsNotTheIndexs() {
    define(
        "src/index.js",
        Language.JAVASCRIPT,
        "Dayjs",
        "format",
        "  format(str) {\n"
            + "    const getShort = (arr, i) => arr[i]\n"
            + "    return getShort(names, 0) + pad(str)\n"
            + "  }\n",
        "getShort",
        "pad");
    define("src/plugin/localeData.js", Language.JAVASCRIPT, "", "getShort", "const getShort = 1\n");
    define("src/utils.js", Language.JAVASCRIPT, "", "pad", "function pad(s) {\n}\n");
    assertThat(callees("Dayjs.format")).containsExactly("pad src/utils.js:1-2");
  }

  @Test
  void aPlainCallIsNoOtherClasssMethodAndAParameterIsNoDefinition() {
    define(
        "src/flask/config.py",
        Language.PYTHON,
        "Config",
        "from_file",
        "    def from_file(self, filename, load, silent=False):\n"
            + "        with open(filename) as f:\n"
            + "            obj = load(f)\n"
            + "        return self.from_mapping(obj)\n",
        "open",
        "load",
        "from_mapping");
    define(
        "src/flask/config.py",
        Language.PYTHON,
        "Config",
        "from_mapping",
        "    def from_mapping(self, mapping):\n        return True\n");
    define("src/flask/testing.py", Language.PYTHON, "FlaskClient", "open", "    def open(self):\n");
    define("src/flask/json/__init__.py", Language.PYTHON, "", "load", "def load(fp):\n");
    assertThat(callees("Config.from_file"))
        .containsExactly("Config.from_mapping src/flask/config.py:5-6");
  }

  @Test
  void javascriptThisCallsAndImportedAliasesAreNotAnotherFilesFunctions() {
    define(
        "lib/response.js",
        Language.JAVASCRIPT,
        "",
        "json",
        "res.json = function json(obj) {\n"
            + "  this.set('Content-Type', 'application/json')\n"
            + "  var p = resolve('views')\n"
            + "  return this.send(stringify(obj))\n"
            + "}\n",
        "set",
        "resolve",
        "send",
        "stringify");
    code.bind(
        "lib/response.js",
        Language.JAVASCRIPT,
        "var resolve = require('path').resolve\n",
        "resolve");
    define(
        "lib/response.js", Language.JAVASCRIPT, "", "send", "res.send = function send(b) {\n}\n");
    define("lib/response.js", Language.JAVASCRIPT, "", "stringify", "function stringify(v) {\n}\n");
    define(
        "lib/application.js", Language.JAVASCRIPT, "", "set", "app.set = function set(k) {\n}\n");
    define("lib/view.js", Language.JAVASCRIPT, "", "resolve", "function resolve(dir) {\n}\n");
    assertThat(callees("json"))
        .containsExactly("send lib/response.js:7-8", "stringify lib/response.js:9-10");
  }

  @Test
  void aCommonNameCalledOnTheCallersOwnObjectIsTheOneItsFileDefines() {
    define(
        "okhttp/RealCall.kt",
        Language.KOTLIN,
        "RealCall",
        "execute",
        "  override fun execute(): Response {\n    callStart()\n    return chain()\n  }\n",
        "callStart");
    define(
        "okhttp/RealCall.kt",
        Language.KOTLIN,
        "RealCall",
        "callStart",
        "  private fun callStart() {\n    listener.callStart(this)\n  }\n");
    // Every event listener has its own callStart: the name alone says nothing.
    for (int i = 0; i < IndexCallees.MAX_DEFINITIONS + 1; i++) {
      define(
          "okhttp/Listener" + i + ".kt",
          Language.KOTLIN,
          "Listener" + i,
          "callStart",
          "  override fun callStart(call: Call) {}\n");
    }
    define(
        "okhttp/Client.kt",
        Language.KOTLIN,
        "Client",
        "start",
        "  fun start(call: Call) {\n    listener.callStart(call)\n  }\n",
        "callStart");
    assertThat(callees("RealCall.execute"))
        .containsExactly("RealCall.callStart okhttp/RealCall.kt:5-7");
    // Called on another object, the name is still anyone's.
    assertThat(callees("Client.start")).isEmpty();
  }

  @Test
  void aLongFunctionInWindowsIsReadWholeSoItsDocstringIsNoCode() {
    define(
        "xarray/core/dataset.py",
        Language.PYTHON,
        "Dataset",
        "reindex",
        "    def reindex(self, indexers):\n        \"\"\"Conform this object.\n\n        Examples\n");
    // The second window starts inside the docstring, at its example output.
    define(
        "xarray/core/dataset.py",
        Language.PYTHON,
        "Dataset",
        "reindex",
        "        station  Index(['boston', 'nyc'], dtype='object')\n"
            + "        \"\"\"\n"
            + "        return finish(self, indexers)\n",
        "Index",
        "finish");
    define("xarray/core/dataset.py", Language.PYTHON, "", "finish", "def finish(obj, indexers):\n");
    code.add(
        "xarray/core/indexes.py",
        Language.PYTHON,
        dev.lantern.core.model.ChunkKind.TYPE,
        "",
        "Index",
        "class Index:\n    pass\n");
    dev.lantern.core.model.Location second =
        new dev.lantern.core.model.Location(
            "xarray/core/dataset.py", 5, 7, "Dataset.reindex", "function", "", "", 0, "");
    assertThat(
            new IndexCallees(code.index().lexical())
                .calleesOf(second, 4).stream().map(l -> l.symbol()).toList())
        .containsExactly("finish");
  }
}
