package dev.lantern.indexer.pipeline;

import dev.lantern.core.index.IndexManifest;
import java.nio.file.Path;

/**
 * What one index build did.
 *
 * @param versionDir the published version
 * @param manifest its final manifest
 * @param chunksEmbedded chunks whose embedding had to be computed (the rest came from the cache)
 * @param millisToSearchable from start to the lexical index being published
 * @param millisToSemantic from start to vectors being published, or -1 when they were not
 */
public record BuildResult(
    Path versionDir,
    IndexManifest manifest,
    long chunksEmbedded,
    long millisToSearchable,
    long millisToSemantic) {}
