package dev.lantern.query.retrieve;

/**
 * Weights of the fused lists. Defaults were chosen on the development set as a whole (see
 * docs/retrieval.md), never per question.
 *
 * @param fileBm25 whole-file BM25 list, in file fusion
 * @param chunkBm25 chunk BM25 list
 * @param vector FAISS k-NN list
 * @param symbol exact symbol-name matches
 * @param path paths the question names
 * @param testPenalty multiplier for test files when the question is not about tests
 * @param filePrior how much a span's file standing adds to the span's own score
 * @param symbolFieldBoost boost of symbol names in chunk BM25
 * @param pathFieldBoost boost of path words in file BM25
 */
public record RetrievalWeights(
    double fileBm25,
    double chunkBm25,
    double vector,
    double symbol,
    double path,
    double testPenalty,
    double filePrior,
    float symbolFieldBoost,
    float pathFieldBoost) {
  public static RetrievalWeights defaults() {
    return new RetrievalWeights(1.0, 1.0, 1.0, 1.0, 2.0, 0.5, 1.0, 1.5f, 1.0f);
  }
}
