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
 * @param docPenalty multiplier for docs when the question is not about documentation
 * @param configPenalty multiplier for configuration files when the question is not about them
 * @param declarationPenalty multiplier for type declarations (.d.ts, .pyi) unless types are asked
 * @param filePrior how much a span's file standing adds to the span's own score
 * @param symbolFieldBoost boost of symbol names in chunk BM25
 * @param pathFieldBoost boost of path words in file BM25
 * @param rrfK the rank constant of reciprocal-rank fusion; smaller favours top ranks more
 * @param phrase chunks holding a message phrase of the question verbatim
 * @param questionTestPenalty test-file multiplier for one-line questions (not issue reports)
 * @param questionDocPenalty doc multiplier for one-line questions
 * @param callers files calling what the best spans define
 * @param callees files defining what the best spans use
 * @param wordForms weight, at most 1, of the forms code writes a question's words in ({@code ctx}
 *     for "context", {@code delete} for "deletion"), relative to the word itself; 0 searches the
 *     words only
 * @param codeLead for a one-line question that asks for no test and names no identifier, a code
 *     span leads instead of a better test span when it scores at least this fraction of it, and so
 *     does a function named by the action of "how do I …" ({@link ActionLead}); 0 lets the best
 *     span lead whatever its role and name
 */
public record RetrievalWeights(
    double fileBm25,
    double chunkBm25,
    double vector,
    double symbol,
    double path,
    double testPenalty,
    double docPenalty,
    double configPenalty,
    double declarationPenalty,
    double filePrior,
    float symbolFieldBoost,
    float pathFieldBoost,
    double rrfK,
    double phrase,
    double questionTestPenalty,
    double questionDocPenalty,
    double callers,
    double callees,
    double wordForms,
    double codeLead) {
  public static RetrievalWeights defaults() {
    return new RetrievalWeights(
        1.0, 1.0, 1.0, 1.0, 2.0, 0.3, 0.2, 0.3, 0.7, 1.0, 1.5f, 1.0f, 10, 1.0, 0.6, 0.5, 0.25, 0.1,
        1.0, 0.5);
  }

  /**
   * Defaults with overrides from a {@code name=value,…} string (the record's component names), for
   * measuring alternatives with {@code lantern eval}.
   */
  public static RetrievalWeights parse(String spec) {
    java.util.Map<String, Double> v = new java.util.LinkedHashMap<>();
    RetrievalWeights d = defaults();
    for (var c : RetrievalWeights.class.getRecordComponents()) {
      try {
        v.put(c.getName(), ((Number) c.getAccessor().invoke(d)).doubleValue());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (spec != null && !spec.isBlank()) {
      for (String kv : spec.split(",")) {
        String[] p = kv.split("=");
        if (p.length != 2 || !v.containsKey(p[0].trim())) {
          throw new IllegalArgumentException("unknown weight '" + kv + "'; known: " + v.keySet());
        }
        v.put(p[0].trim(), Double.parseDouble(p[1].trim()));
      }
    }
    return new RetrievalWeights(
        v.get("fileBm25"),
        v.get("chunkBm25"),
        v.get("vector"),
        v.get("symbol"),
        v.get("path"),
        v.get("testPenalty"),
        v.get("docPenalty"),
        v.get("configPenalty"),
        v.get("declarationPenalty"),
        v.get("filePrior"),
        v.get("symbolFieldBoost").floatValue(),
        v.get("pathFieldBoost").floatValue(),
        v.get("rrfK"),
        v.get("phrase"),
        v.get("questionTestPenalty"),
        v.get("questionDocPenalty"),
        v.get("callers"),
        v.get("callees"),
        v.get("wordForms"),
        v.get("codeLead"));
  }
}
