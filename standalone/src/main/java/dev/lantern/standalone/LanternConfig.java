package dev.lantern.standalone;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the standalone runtime, read from the environment (see README). Secrets such as the
 * git token and model key are kept out of {@link #toString()}.
 *
 * @param dataDir where indexes, the embedding cache and models live
 * @param embeddings whether to build vectors (false: keyword search only)
 * @param embedModelDir an ONNX model directory replacing the bundled model, if set
 * @param gitHosts git hosts allowed ("*" for any public host)
 * @param gitAllowHttp accept http:// git URLs
 * @param gitAllowPrivate accept git hosts on private or loopback addresses
 * @param gitToken token for private repositories
 * @param modelKind answer backend kind: none or openai
 * @param modelBaseUrl OpenAI-compatible base URL
 * @param modelName model name at that endpoint
 * @param modelApiKey API key for that endpoint
 */
public record LanternConfig(
    Path dataDir,
    boolean embeddings,
    Optional<Path> embedModelDir,
    List<String> gitHosts,
    boolean gitAllowHttp,
    boolean gitAllowPrivate,
    Optional<String> gitToken,
    String modelKind,
    String modelBaseUrl,
    String modelName,
    Optional<String> modelApiKey) {

  public static final List<String> DEFAULT_GIT_HOSTS =
      List.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org");

  public static LanternConfig fromEnvironment(Map<String, String> env, Optional<Path> dataDirFlag) {
    Path home = Path.of(System.getProperty("user.home"));
    Path data =
        dataDirFlag.orElseGet(
            () ->
                Optional.ofNullable(env.get("LANTERN_HOME"))
                    .map(Path::of)
                    .orElse(home.resolve(".lantern")));
    List<String> hosts =
        Optional.ofNullable(env.get("LANTERN_GIT_HOSTS"))
            .map(
                h ->
                    Arrays.stream(h.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
            .orElse(DEFAULT_GIT_HOSTS);
    return new LanternConfig(
        data.toAbsolutePath(),
        !"off".equalsIgnoreCase(env.getOrDefault("LANTERN_EMBEDDINGS", "on")),
        Optional.ofNullable(env.get("LANTERN_EMBED_MODEL_DIR")).map(Path::of),
        hosts,
        "true".equalsIgnoreCase(env.get("LANTERN_GIT_ALLOW_HTTP")),
        "true".equalsIgnoreCase(env.get("LANTERN_GIT_ALLOW_PRIVATE")),
        Optional.ofNullable(env.get("LANTERN_GIT_TOKEN")).filter(s -> !s.isBlank()),
        env.getOrDefault("LANTERN_MODEL_KIND", "none"),
        env.getOrDefault("LANTERN_MODEL_BASE_URL", ""),
        env.getOrDefault("LANTERN_MODEL_NAME", ""),
        Optional.ofNullable(env.get("LANTERN_MODEL_API_KEY")).filter(s -> !s.isBlank()));
  }

  public LanternConfig withEmbeddings(boolean on) {
    return new LanternConfig(
        dataDir,
        on,
        embedModelDir,
        gitHosts,
        gitAllowHttp,
        gitAllowPrivate,
        gitToken,
        modelKind,
        modelBaseUrl,
        modelName,
        modelApiKey);
  }

  public Path indexDir() {
    return dataDir.resolve("codebases");
  }

  public Path workDir() {
    return dataDir.resolve("work");
  }

  @Override
  public String toString() {
    return "LanternConfig[dataDir="
        + dataDir
        + ", embeddings="
        + embeddings
        + ", embedModelDir="
        + embedModelDir
        + ", gitHosts="
        + gitHosts
        + ", gitAllowHttp="
        + gitAllowHttp
        + ", gitAllowPrivate="
        + gitAllowPrivate
        + ", gitToken="
        + (gitToken.isPresent() ? "***" : "none")
        + ", modelKind="
        + modelKind
        + ", modelBaseUrl="
        + modelBaseUrl
        + ", modelName="
        + modelName
        + ", modelApiKey="
        + (modelApiKey.isPresent() ? "***" : "none")
        + "]";
  }
}
