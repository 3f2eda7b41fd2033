package dev.lantern.standalone.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation case: a question about a repository at a commit, with gold files and spans. Reads
 * both shapes of {@code shared/eval}: localisation cases ({@code gold_files}, {@code gold_spans})
 * and QA cases ({@code answer_files} as gold, no spans).
 *
 * @param pathInQuestion true when the question already names a gold path ("leaky" cases)
 */
public record EvalCase(
    String id,
    String repo,
    String commit,
    String language,
    String question,
    List<String> goldFiles,
    List<GoldSpan> goldSpans,
    boolean pathInQuestion) {

  /** A gold line range, 1-based inclusive. */
  public record GoldSpan(String path, int start, int end) {}

  public static List<EvalCase> read(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<EvalCase> cases = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          cases.add(parse(json.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(
              jsonl + " line " + n + " is not a valid case: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return cases;
  }

  static EvalCase parse(JsonNode n) {
    List<String> gold = new ArrayList<>();
    JsonNode files = n.has("gold_files") ? n.get("gold_files") : n.get("answer_files");
    if (files != null) {
      files.forEach(f -> gold.add(f.asText()));
    }
    List<GoldSpan> spans = new ArrayList<>();
    if (n.has("gold_spans")) {
      n.get("gold_spans")
          .forEach(
              s ->
                  spans.add(
                      new GoldSpan(
                          s.get("path").asText(),
                          s.get("start_line").asInt(),
                          s.get("end_line").asInt())));
    }
    String leak = n.path("gold_path_in_question").asText("none");
    return new EvalCase(
        n.get("id").asText(),
        n.get("repo").asText(),
        n.get("commit").asText(),
        n.path("language").asText("unknown"),
        n.get("question").asText(),
        List.copyOf(gold),
        List.copyOf(spans),
        !leak.equals("none"));
  }
}
