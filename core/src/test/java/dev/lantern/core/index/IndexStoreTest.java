package dev.lantern.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.embed.ModelIdentity;
import dev.lantern.core.error.LanternException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {
  @TempDir Path root;

  @Test
  void publishSwapsVersionAndKeepsOnlyThePrevious() throws Exception {
    IndexStore store = new IndexStore(root);
    assertThat(store.current("demo")).isEmpty();
    Path v1 = store.newVersion("demo");
    store.publish("demo", v1);
    Thread.sleep(2);
    Path v2 = store.newVersion("demo");
    store.publish("demo", v2);
    assertThat(store.current("demo")).contains(v2);
    Thread.sleep(2);
    Path v3 = store.newVersion("demo");
    store.publish("demo", v3);
    assertThat(store.current("demo")).contains(v3);
    assertThat(Files.exists(v2)).isTrue();
    assertThat(Files.exists(v1)).isFalse();
    assertThat(store.codebases()).containsExactly("demo");
    assertThat(store.delete("demo")).isTrue();
    assertThat(store.codebases()).isEmpty();
    assertThat(store.delete("demo")).isFalse();
  }

  @Test
  void manifestRoundTrips() {
    IndexStore store = new IndexStore(root);
    Path v = store.newVersion("demo");
    IndexManifest m =
        new IndexManifest(
            IndexManifest.FORMAT_VERSION,
            "demo",
            "/src",
            "abc",
            "2026-01-01T00:00:00Z",
            3,
            10,
            1234,
            IndexManifest.VectorState.PENDING,
            "embedding",
            null,
            Map.of("chunk", 5L));
    store.writeManifest(v, m);
    assertThat(store.readManifest(v)).isEqualTo(m);
    IndexManifest ready =
        m.withVectors(IndexManifest.VectorState.READY, "", new ModelIdentity("m", "ab12", 384));
    store.writeManifest(v, ready);
    assertThat(store.readManifest(v).model().dimensions()).isEqualTo(384);
  }

  @Test
  void rejectsNamesThatEscapeTheStore() {
    IndexStore store = new IndexStore(root);
    for (String bad : new String[] {"../x", ".hidden", "a/b", "", "x".repeat(101)}) {
      assertThatThrownBy(() -> store.newVersion(bad))
          .isInstanceOf(LanternException.class)
          .hasMessageContaining("invalid codebase name");
    }
  }
}
