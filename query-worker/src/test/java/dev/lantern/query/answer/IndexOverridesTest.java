package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Language;
import dev.lantern.core.model.Location;
import dev.lantern.query.retrieve.CallIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexOverridesTest {
  @Test
  void subclassesMethodsOfTheNameAreFoundWhetherIndexedApartOrWithTheirClass(@TempDir Path root) {
    try (CallIndex code = new CallIndex(root)) {
      String path = "src/flask/sessions.py";
      code.add(
          path,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SessionInterface",
          "class SessionInterface:\n    \"\"\"The basic interface.\"\"\"\n");
      code.define(
          path,
          Language.PYTHON,
          "SessionInterface",
          "save_session",
          "    def save_session(self, app, session, response):\n"
              + "        raise NotImplementedError()\n");
      code.blank(path);
      // A small subclass is one chunk: its method is found inside it.
      code.add(
          path,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "SecureCookieSessionInterface",
          "class SecureCookieSessionInterface(SessionInterface):\n"
              + "    salt = 'cookie-session'\n\n"
              + "    def open_session(self, app, request):\n        return None\n\n"
              + "    def save_session(self, app, session, response):\n"
              + "        name = self.get_cookie_name(app)\n"
              + "        response.set_cookie(name)\n");
      code.blank(path);
      // A subclass of the subclass, its class head and method indexed apart.
      String redis = "src/flask/redis_sessions.py";
      code.add(
          redis,
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "RedisSessionInterface",
          "class RedisSessionInterface(SecureCookieSessionInterface):\n    \"\"\"Redis.\"\"\"\n");
      code.define(
          redis,
          Language.PYTHON,
          "RedisSessionInterface",
          "save_session",
          "    def save_session(self, app, session, response):\n        self.redis.set(1)\n");
      // A test's subclass is a fixture; a class that only mentions the name is no subclass.
      code.add(
          "tests/test_sessions.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "FakeInterface",
          "class FakeInterface(SessionInterface):\n"
              + "    def save_session(self, app, session, response):\n        pass\n");
      code.add(
          "src/flask/app.py",
          Language.PYTHON,
          ChunkKind.TYPE,
          "",
          "Flask",
          "class Flask(App):\n    session_interface: SessionInterface = None\n"
              + "    def save_session(self):\n        pass\n");
      IndexOverrides overrides = new IndexOverrides(code.index().lexical());

      assertThat(overrides.overridesOf("SessionInterface.save_session", 5))
          .extracting(Location::symbol, Location::citation)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "SecureCookieSessionInterface.save_session", "src/flask/sessions.py:12-14"),
              org.assertj.core.groups.Tuple.tuple(
                  "RedisSessionInterface.save_session", "src/flask/redis_sessions.py:3-4"));
      assertThat(overrides.overridesOf("SessionInterface.save_session", 1)).hasSize(1);
      // A class no one extends, and a function of no class, have none.
      assertThat(overrides.overridesOf("RedisSessionInterface.save_session", 5)).isEmpty();
      assertThat(overrides.overridesOf("save_session", 5)).isEmpty();
    }
  }
}
