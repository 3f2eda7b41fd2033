package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.core.embed.Embedder;
import dev.lantern.core.embed.ModelIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbedderTest {
  @TempDir Path root;

  /** Deterministic vectors; counts what it is asked to embed. */
  static final class CountingEmbedder implements Embedder {
    final AtomicInteger texts = new AtomicInteger();
    final ModelIdentity identity;

    CountingEmbedder(ModelIdentity identity) {
      this.identity = identity;
    }

    @Override
    public ModelIdentity identity() {
      return identity;
    }

    @Override
    public float[][] embed(List<String> batch) {
      texts.addAndGet(batch.size());
      return EmbeddingCacheTest.vectors(batch, identity.dimensions());
    }
  }

  @Test
  void aSecondCallEmbedsNothing() {
    CountingEmbedder inner = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    List<String> texts = List.of("a", "b", "c", "d", "e");
    try (CachingEmbedder caching =
        new CachingEmbedder(inner, EmbeddingCache.open(root, inner.identity()), 2)) {
      float[][] first = caching.embed(texts);
      float[][] second = caching.embed(texts);
      assertThat(inner.texts).hasValue(5);
      assertThat(caching.hits()).isEqualTo(5);
      assertThat(caching.misses()).isEqualTo(5);
      assertThat(caching.embedded()).isEqualTo(5);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(second[i]).containsExactly(first[i]);
        assertThat(first[i]).containsExactly(EmbeddingCacheTest.vectorOf(texts.get(i), 8));
      }
    }
  }

  @Test
  void duplicatesAreEmbeddedOnceAndEveryPositionIsFilled() {
    CountingEmbedder inner = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    List<String> texts = List.of("same", "other", "same", "same");
    try (CachingEmbedder caching =
        new CachingEmbedder(inner, EmbeddingCache.open(root, inner.identity()))) {
      float[][] got = caching.embed(texts);
      assertThat(inner.texts).hasValue(2);
      assertThat(got[3]).containsExactly(got[0]).isNotSameAs(got[0]);
      assertThat(got[1]).containsExactly(EmbeddingCacheTest.vectorOf("other", 8));
    }
  }

  @Test
  void progressIsReportedPerRoundOfMisses() {
    CountingEmbedder inner = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    List<String> updates = new ArrayList<>();
    try (CachingEmbedder caching =
        new CachingEmbedder(inner, EmbeddingCache.open(root, inner.identity()), 2)) {
      caching.embed(List.of("cached"));
      caching.embed(
          List.of("cached", "n1", "n2", "n3", "n4", "n5"),
          (done, total) -> updates.add(done + "/" + total));
    }
    assertThat(updates).containsExactly("0/5", "2/5", "4/5", "5/5");
  }

  @Test
  void theCacheSurvivesTheEmbedderAndIsKeptPerModel() {
    CountingEmbedder first = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    try (CachingEmbedder caching =
        new CachingEmbedder(first, EmbeddingCache.open(root, first.identity()))) {
      caching.embed(List.of("x", "y"));
    }
    CountingEmbedder again = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    CountingEmbedder otherModel = new CountingEmbedder(EmbeddingCacheTest.OTHER);
    try (CachingEmbedder a =
            new CachingEmbedder(again, EmbeddingCache.open(root, again.identity()));
        CachingEmbedder b =
            new CachingEmbedder(otherModel, EmbeddingCache.open(root, otherModel.identity()))) {
      a.embed(List.of("x", "y"));
      b.embed(List.of("x", "y"));
    }
    assertThat(again.texts).hasValue(0);
    assertThat(otherModel.texts).hasValue(2);
  }

  @Test
  void aCacheOfAnotherModelIsRefused() {
    CountingEmbedder inner = new CountingEmbedder(EmbeddingCacheTest.MODEL);
    try (EmbeddingCache cache = EmbeddingCache.open(root, EmbeddingCacheTest.OTHER)) {
      assertThatThrownBy(() -> new CachingEmbedder(inner, cache))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("embedding cache holds vectors of test-model");
    }
  }

  @Test
  void withTheRealModelCachedVectorsEqualFreshOnes() {
    OnnxEmbedder model = SharedModel.bundled();
    List<String> texts = OnnxEmbedderTest.mixedTexts();
    float[][] fresh = model.embed(texts);
    // Not closed: closing would close the shared model too.
    CachingEmbedder caching =
        new CachingEmbedder(model, EmbeddingCache.open(root, model.identity()));
    assertThat(caching.identity()).isEqualTo(model.identity());
    caching.embed(texts);
    float[][] cached = caching.embed(texts);
    assertThat(caching.embedded()).isEqualTo(texts.stream().distinct().count());
    assertThat(caching.hits()).isEqualTo(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(cached[i]).containsExactly(fresh[i]);
    }
  }
}
