package dev.lantern.core.index;

import dev.lantern.core.embed.ModelIdentity;
import java.util.Map;

/**
 * What one index version holds; written as {@code manifest.json} beside the Lucene and FAISS files
 * and rewritten atomically when semantic search joins.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written; an older one still opens, but its
 *     answers suggest indexing again
 * @param codebase the codebase's name
 * @param source where the code came from (a path or a URL without credentials)
 * @param revision commit id for git sources, or empty
 * @param createdAt ISO-8601 instant
 * @param files files indexed
 * @param chunks chunks indexed
 * @param sourceBytes bytes of source indexed
 * @param vectors state of semantic search for this version
 * @param vectorsNote why vectors are pending or unavailable, for people; empty when ready
 * @param model the embedding model of the vectors, or null when there are none
 * @param stageMillis duration of each ingestion stage
 */
public record IndexManifest(
    int formatVersion,
    String codebase,
    String source,
    String revision,
    String createdAt,
    int files,
    int chunks,
    long sourceBytes,
    VectorState vectors,
    String vectorsNote,
    ModelIdentity model,
    Map<String, Long> stageMillis) {

  /**
   * Bumped when the on-disk layout or the analysis of text changes, so that an index written before
   * it no longer matches what questions are analysed into. 2: plurals that KStem keeps are made
   * singular ({@code PluralFilter}). 3: "-ying" verbs KStem does not know keep their base form
   * ({@code YingFilter}: "retrying" is {@code retry}, not {@code retrye}).
   */
  public static final int FORMAT_VERSION = 3;

  /** True when this index was written by an earlier version of Lantern. */
  public boolean outdated() {
    return formatVersion < FORMAT_VERSION;
  }

  /** Semantic search availability for one index version. */
  public enum VectorState {
    /** Embeddings are being computed; lexical search works. */
    PENDING,
    /** Vectors are persisted and loadable. */
    READY,
    /** Vectors could not be built (e.g. FAISS missing); lexical search works. */
    UNAVAILABLE,
    /** Embedding was switched off for this index. */
    DISABLED
  }

  public IndexManifest withVectors(VectorState state, String note, ModelIdentity model) {
    return new IndexManifest(
        formatVersion,
        codebase,
        source,
        revision,
        createdAt,
        files,
        chunks,
        sourceBytes,
        state,
        note == null ? "" : note,
        model,
        stageMillis);
  }

  public IndexManifest withStageMillis(Map<String, Long> millis) {
    return new IndexManifest(
        formatVersion,
        codebase,
        source,
        revision,
        createdAt,
        files,
        chunks,
        sourceBytes,
        vectors,
        vectorsNote,
        model,
        Map.copyOf(millis));
  }
}
