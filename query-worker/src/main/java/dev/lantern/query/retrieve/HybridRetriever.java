package dev.lantern.query.retrieve;

import static dev.lantern.core.index.lexical.LexicalFields.PATH_TEXT;
import static dev.lantern.core.index.lexical.LexicalFields.SYMBOL;
import static dev.lantern.core.index.lexical.LexicalFields.TEXT;

import dev.lantern.core.embed.Embedder;
import dev.lantern.core.embed.ModelIdentity;
import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import dev.lantern.core.index.OpenIndex;
import dev.lantern.core.index.VectorIndex;
import dev.lantern.core.index.lexical.CodeAnalyzer;
import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.ChunkKind;
import dev.lantern.core.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Finds the files and spans that answer a question, per DESIGN §4 Retrieve: candidates from BM25
 * over chunks, BM25 over whole files, FAISS k-NN and exact symbol and path matches, fused by
 * reciprocal rank, then one hop along calls from the best spans (their callers and callees). Files
 * and spans are ranked each on their own terms: a file's rank uses its whole-file BM25 (evidence
 * spread over a file counts) besides its best chunks; a span's rank uses its own lists plus its
 * file's standing. Thread-safe.
 */
public final class HybridRetriever {
  private static final int CHUNK_CANDIDATES = 200;
  private static final int FILE_CANDIDATES = 100;
  private static final int VECTOR_CANDIDATES = 100;
  private static final int PHRASE_CANDIDATES = 50;
  private static final int SNIPPET_LINES = 40;
  private static final int NEIGHBOUR_SEEDS = 3;

  /** Spans looked through for a code span to lead instead of a test (see codeLead). */
  private static final int CODE_LEAD_SPANS = 10;

  /**
   * Spans looked through for a shallower definition of the lead's name: a file's other spans come
   * between (the places list shows at most 3 of a file), and only one name is looked for.
   */
  private static final int SAME_NAME_SPANS = 30;

  /**
   * Spans looked through for code to open with instead of an accessor: a small accessor full of the
   * codebase's core noun ranks by its vector above a file of test and type places (ky's {@code
   * #getResponseRequest} for "how are requests retried?", {@code #retryFromError} 15th).
   */
  private static final int ACCESSOR_SPANS = 20;

  /** A word in at most this share of the index's documents is rare enough to tell topics apart. */
  private static final double RARE_SHARE = 0.02;

  static {
    IndexSearcher.setMaxClauseCount(8192);
  }

  private static final CodeAnalyzer PHRASE_ANALYZER = new CodeAnalyzer();

  /** Blank lines a chunker may leave between two pieces of one definition. */
  private static final int PIECE_GAP = 3;

  private final OpenIndex index;
  private final Embedder embedder;
  private final String semanticNote;
  private final QueryAnalyzer analyzer = new QueryAnalyzer();
  private final RetrievalWeights weights;

  public HybridRetriever(OpenIndex index, Optional<Embedder> embedder) {
    this(index, embedder, RetrievalWeights.defaults());
  }

  public HybridRetriever(OpenIndex index, Optional<Embedder> embedder, RetrievalWeights weights) {
    this.index = index;
    this.weights = weights;
    Optional<VectorIndex> vectors = index.vectors();
    if (vectors.isPresent() && embedder.isPresent()) {
      ModelIdentity built = index.manifest().model();
      ModelIdentity now = embedder.get().identity();
      if (built == null || !built.equals(now)) {
        throw new LanternException(
            ErrorCode.MODEL_MISMATCH,
            "this index was embedded with "
                + (built == null ? "an unknown model" : built.key())
                + " but the configured model is "
                + now.key()
                + "; re-index the codebase or configure the model it was built with");
      }
      this.embedder = embedder.get();
      this.semanticNote = "";
    } else {
      this.embedder = null;
      this.semanticNote =
          vectors.isEmpty()
              ? index.vectorsNote()
              : "semantic search is unavailable: no embedding model is configured";
    }
  }

  /** True when vector search takes part in retrieval. */
  public boolean semantic() {
    return embedder != null;
  }

  public String semanticNote() {
    return semanticNote;
  }

  /**
   * Why the index may not match today's question analysis, for people; empty when it was written by
   * this version.
   */
  public String indexNote() {
    return index.manifest().outdated()
        ? "this codebase was indexed by an earlier version of Lantern; index it again for the"
            + " current search quality"
        : "";
  }

  /** The keyword index searched, for readers of the codebase as a whole. */
  public LexicalIndex lexical() {
    return index.lexical();
  }

  /** The question taken apart, with the forms this codebase writes its words in. */
  public AnalyzedQuery analyze(String question) {
    AnalyzedQuery query = analyzer.analyze(question);
    query = query.withIdentifiers(namedWords(question, index.lexical()));
    return weights.wordForms() > 0 ? query.withForms(wordForms(query, index.lexical())) : query;
  }

  private static final Pattern SHORT_WORD =
      Pattern.compile("(?<![\\w.$])[A-Za-z_$][\\w$]?(?![\\w$])");

  /** "what is X?", "where is X defined?": X is asked about as a name when the code defines it. */
  private static final Pattern NAME_QUESTION =
      Pattern.compile(
          "(?i)^\\s*(?:what|where)\\s+(?:is|are)\\s+(?:the\\s+)?[`'\"]?([A-Za-z_$][\\w$]*)[`'\"]?"
              + "(?:\\s+(?:defined|declared|set|created|initiali[sz]ed|assigned|instantiated))?"
              + "\\s*\\??\\s*$");

  /**
   * "the echo function", "the Flask class": a word that the next word says is a name, and of what
   * kind. Group 1 is the word, group 2 the kind.
   */
  private static final Pattern KIND_NAMED =
      Pattern.compile(
          "(?i)\\bthe\\s+[`'\"]?([A-Za-z_$][\\w$]*)[`'\"]?\\s+"
              + "(function|method|decorator|class|interface|struct|enum|type|constant|variable)s?\\b");

  /**
   * Words a short question asks about as names, which the codebase defines by exactly that name in
   * its code: words of one or two characters (flask's {@code g}), too short to be search terms; the
   * one word of "what is X?" or "where is X defined?" ({@code request}), which would otherwise be
   * searched as a plain word; and a word the question calls a function or a class ("the echo
   * function", "the Flask class"), when the code defines a function or a type of that name.
   */
  static List<String> namedWords(String question, LexicalIndex lexical) {
    if (!RoleWeights.isOneLineQuestion(question)) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>();
    Matcher m = SHORT_WORD.matcher(question);
    while (m.find()) {
      candidates.add(m.group());
    }
    Matcher asked = NAME_QUESTION.matcher(question);
    if (asked.matches()) {
      candidates.add(asked.group(1));
    }
    // The kind a word is called by, when the question says it: only a definition of that kind.
    Map<String, String> kinds = new HashMap<>();
    Matcher kinded = KIND_NAMED.matcher(question);
    while (kinded.find()) {
      String kind = definitionKind(kinded.group(2));
      if (kind != null) {
        candidates.add(kinded.group(1));
        kinds.putIfAbsent(kinded.group(1), kind);
      }
    }
    List<String> out = new ArrayList<>();
    for (String word : candidates) {
      if (QueryAnalyzer.framing(word.toLowerCase(Locale.ROOT)) || out.contains(word)) {
        continue;
      }
      String kind = kinds.get(word);
      boolean defined =
          lexical.definitions(word, 20).stream()
              .map(h -> lexical.chunk(h.ord()))
              .anyMatch(
                  c ->
                      FileRole.of(c.path()) == FileRole.CODE
                          && defines(c, word)
                          && (kind == null || kind.equals(c.kind())));
      if (defined) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The chunk kind a word of the question names: "function", "method" and "decorator" a function,
   * "class", "interface", "struct", "enum" and "type" a type; null for words such as "constant"
   * whose definitions are bindings of any kind.
   */
  private static String definitionKind(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "function", "method", "decorator" -> ChunkKind.FUNCTION.name();
      case "class", "interface", "struct", "enum", "type" -> ChunkKind.TYPE.name();
      default -> null;
    };
  }

  public Retrieval retrieve(String question, RetrievalOptions options) {
    long t0 = System.nanoTime();
    return retrieve(analyze(question), options, t0);
  }

  /** As {@link #retrieve(String, RetrievalOptions)}, for a question {@link #analyze}d already. */
  public Retrieval retrieve(AnalyzedQuery query, RetrievalOptions options) {
    return retrieve(query, options, System.nanoTime());
  }

  private Retrieval retrieve(AnalyzedQuery query, RetrievalOptions options, long t0) {
    LexicalIndex lexical = index.lexical();
    // 1. The question taken apart (by analyze).
    String question = query.question();

    // 2. Lexical candidates: chunks, whole files, exact symbols, mentioned paths.
    List<LexicalIndex.Hit> chunkHits = lexical.searchChunks(chunkQuery(query), CHUNK_CANDIDATES);
    List<LexicalIndex.Hit> fileHits = lexical.searchFiles(fileQuery(query), FILE_CANDIDATES);
    List<Integer> symbolOrds = symbolMatches(query, lexical);
    List<String> mentionedPaths = mentionedPaths(query, lexical.paths());
    List<LexicalIndex.Hit> phraseHits =
        query.phrases().isEmpty()
            ? List.of()
            : lexical.searchChunks(phraseQuery(query), PHRASE_CANDIDATES);
    List<Integer> phraseOrds = phraseHits.stream().map(LexicalIndex.Hit::ord).toList();
    long t1 = System.nanoTime();

    // 3. Semantic candidates.
    List<Integer> vectorOrds = new ArrayList<>();
    if (embedder != null) {
      float[] q = embedder.embed(List.of(question)).clone()[0];
      for (VectorIndex.VectorHit h : index.vectors().get().search(q, VECTOR_CANDIDATES)) {
        vectorOrds.add((int) h.id());
      }
    }
    long t2 = System.nanoTime();

    // 4. Fuse files: whole-file BM25, best chunk per list, symbols, paths.
    Map<Integer, StoredChunk> chunks = new HashMap<>();
    java.util.function.IntFunction<StoredChunk> chunk =
        ord -> chunks.computeIfAbsent(ord, lexical::chunk);
    // Each list's files in the order of their best chunk.
    List<String> fileHitPaths = fileHits.stream().map(LexicalIndex.Hit::path).toList();
    List<String> chunkFileList = distinct(chunkHits.stream().map(LexicalIndex.Hit::path).toList());
    List<String> vectorFileList =
        distinct(vectorOrds.stream().map(o -> chunk.apply(o).path()).toList());
    List<String> symbolFileList =
        distinct(symbolOrds.stream().map(o -> chunk.apply(o).path()).toList());
    List<String> phraseFileList =
        distinct(phraseHits.stream().map(LexicalIndex.Hit::path).toList());
    RankFusion<String> files =
        new RankFusion<String>(weights.rrfK())
            .add(fileHitPaths, weights.fileBm25())
            .add(chunkFileList, weights.chunkBm25())
            .add(vectorFileList, weights.vector())
            .add(symbolFileList, weights.symbol())
            .add(mentionedPaths, weights.path())
            .add(phraseFileList, weights.phrase());
    RoleWeights roles = RoleWeights.forQuestion(query, weights);
    Map<String, Double> fileScores = roleScaled(files, roles);

    // 5. Fuse spans: their own lists, plus their file's standing.
    RankFusion<Integer> spans =
        new RankFusion<Integer>(weights.rrfK())
            .add(chunkHits.stream().map(LexicalIndex.Hit::ord).toList(), weights.chunkBm25())
            .add(vectorOrds, weights.vector())
            .add(symbolOrds, weights.symbol())
            .add(phraseOrds, weights.phrase());
    Map<Integer, Double> spanScores = spanScores(spans, fileScores, chunk);

    // 6. One hop from the best spans: files that call what they define, and files that define
    //    what they call. Answers draw on such code (a caller, a base class, a helper).
    boolean hop = weights.callers() > 0 || weights.callees() > 0;
    List<Integer> seeds = hop ? topKeys(spanScores, NEIGHBOUR_SEEDS) : List.of();
    CallNeighbours neighbours = new CallNeighbours(lexical, chunk);
    List<String> callerFileList = hop ? neighbours.callers(seeds, spanScores) : List.of();
    List<String> calleeFileList = hop ? neighbours.callees(seeds, query) : List.of();
    if (hop) {
      files.add(callerFileList, weights.callers()).add(calleeFileList, weights.callees());
      fileScores = roleScaled(files, roles);
      spanScores = spanScores(spans, fileScores, chunk);
    }
    List<FileHit> rankedFiles =
        fileScores.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(options.maxFiles())
            .map(
                e -> {
                  String path = e.getKey();
                  return new FileHit(
                      path,
                      e.getValue(),
                      new FileHit.Evidence(
                          rankOf(fileHitPaths, path),
                          rankOf(chunkFileList, path),
                          rankOf(vectorFileList, path),
                          rankOf(symbolFileList, path),
                          rankOf(mentionedPaths, path),
                          rankOf(phraseFileList, path),
                          rankOf(callerFileList, path),
                          rankOf(calleeFileList, path),
                          FileRole.of(path)));
                })
            .toList();
    // An issue report's evidence is spread over its file, so the file ranks better than any one
    // span: the answer leads with the best span of the best file. A short question names what it
    // wants, and its best span leads, unless that is a test the question did not ask about.
    List<Integer> ranked = withoutPreambles(topKeys(spanScores, spanScores.size()), chunk);
    Integer lead;
    if (!RoleWeights.isOneLineQuestion(question)) {
      String leadFile = rankedFiles.isEmpty() ? null : rankedFiles.get(0).path();
      lead =
          ranked.stream()
              .filter(o -> chunk.apply(o).path().equals(leadFile))
              .findFirst()
              .orElse(null);
    } else {
      lead = quotedLead(query, ranked, chunk);
      if (lead == null) {
        lead = definitionLead(query, ranked, chunk);
      }
      if (lead == null) {
        lead = TestingGuideLead.choose(query, ranked, chunk);
      }
      if (lead == null) {
        lead = askedRoleLead(query, ranked, spanScores, chunk);
      }
      if (lead == null) {
        lead =
            ActionLead.choose(
                question, ranked, spanScores, chunk, weights.codeLead(), CODE_LEAD_SPANS);
      }
      if (lead == null && query.identifiers().isEmpty()) {
        lead = NameLead.choose(question, ranked, spanScores, chunk);
      }
      if (lead == null) {
        lead = codeLead(query, ranked, spanScores, chunk);
      }
      if (lead == null && query.identifiers().isEmpty()) {
        lead =
            ErrorTypeLead.choose(
                question, ranked, spanScores, chunk, lexical, weights.codeLead(), CODE_LEAD_SPANS);
      }
      if (lead == null && query.identifiers().isEmpty()) {
        lead =
            ShapeTypeLead.choose(
                question, ranked, spanScores, chunk, weights.codeLead(), CODE_LEAD_SPANS);
      }
      // Rules that hand the opening on, each to the lead chosen so far, when the question names
      // no identifier: a getter or setter gives way to code that does the work; a how-to question
      // is answered by what a person can call, not a private helper; of one name's definitions
      // the shallowest is the one called (the core's, not a plugin's; also when the question
      // names it, unqualified: "where is the isSame method?"); a facade that says it wraps
      // another place gives way to that place.
      Map<Integer, Double> scores = spanScores;
      java.util.function.UnaryOperator<Integer> accessor =
          o ->
              AccessorLead.instead(
                  question, o, ranked, scores, chunk, weights.codeLead(), ACCESSOR_SPANS);
      java.util.function.UnaryOperator<Integer> internal =
          o ->
              InternalLead.instead(
                  question, o, ranked, scores, chunk, weights.codeLead(), CODE_LEAD_SPANS);
      java.util.function.UnaryOperator<Integer> sameName =
          o ->
              SameNameLead.instead(
                  question, o, ranked, scores, chunk, weights.codeLead(), SAME_NAME_SPANS);
      java.util.function.UnaryOperator<Integer> wrapper =
          o -> WrapperLead.instead(o, ranked, chunk, CODE_LEAD_SPANS);
      for (java.util.function.UnaryOperator<Integer> rule :
          List.of(accessor, internal, sameName, wrapper)) {
        Integer opening = lead != null ? lead : ranked.isEmpty() ? null : ranked.get(0);
        if (opening == null) {
          break;
        }
        boolean applies =
            query.identifiers().isEmpty()
                || (rule == sameName
                    && SameNameLead.namesOnlyItsName(query.identifiers(), chunk.apply(opening)));
        Integer instead = applies ? rule.apply(opening) : null;
        lead = instead != null ? instead : lead;
      }
    }
    List<Location> locations =
        selectSpans(ranked, spanScores, chunk, options, lead, askedNames(query));
    // "What does Call.enqueue do?" opening with the whole interface: cite the member.
    Integer opening = lead != null ? lead : ranked.isEmpty() ? null : ranked.get(0);
    if (opening != null && !locations.isEmpty()) {
      Location first = locations.get(0);
      Location member =
          DeclaredMember.asked(query.identifiers(), chunk.apply(opening), first.score());
      if (member != null
          && member.path().equals(first.path())
          && member.startLine() >= first.startLine()
          && member.endLine() <= first.endLine()) {
        locations = new ArrayList<>(locations);
        locations.set(0, member);
        locations = List.copyOf(locations);
      }
    }
    // "What happens when …?" opens where the steps are driven from.
    if (FlowQuestion.asks(question)) {
      locations = FlowQuestion.drivenFrom(locations, new IndexCallees(lexical));
    }
    List<String> absent = AbsentWords.of(query, lexical, analyzer);
    List<UnmatchedWord> unmatched = UnmatchedWords.of(query, absent, locations, lexical, analyzer);
    long t3 = System.nanoTime();
    return new Retrieval(
        query,
        rankedFiles,
        locations,
        embedder != null,
        semanticNote,
        new Retrieval.Timings((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6),
        absent,
        unmatched,
        closeNames(absent, lexical),
        RoleWeights.isOneLineQuestion(question) ? importedNames(query, lexical) : Map.of());
  }

  /** How far down the ranked places preambles are looked for and left out. */
  static final int PREAMBLE_SPANS = 100;

  /**
   * The ranked places without files' licence-and-imports chunks ({@link Preamble}) among the first
   * {@link #PREAMBLE_SPANS}; as ranked when nothing else is left.
   */
  private static List<Integer> withoutPreambles(
      List<Integer> ranked, java.util.function.IntFunction<StoredChunk> chunk) {
    List<Integer> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      Integer o = ranked.get(i);
      if (i >= PREAMBLE_SPANS || !Preamble.is(chunk.apply(o))) {
        out.add(o);
      }
    }
    return out.isEmpty() ? ranked : out;
  }

  /** For each name the question asks about that comes from outside the codebase, where from. */
  private static Map<String, ImportedName> importedNames(AnalyzedQuery q, LexicalIndex lexical) {
    Map<String, ImportedName> out = new LinkedHashMap<>();
    for (String name : ImportedName.asked(q)) {
      ImportedName.find(name, lexical).ifPresent(i -> out.put(name, i));
    }
    return out;
  }

  /** For each absent word that is written as a name, the definitions spelled almost like it. */
  private static Map<String, List<Location>> closeNames(List<String> absent, LexicalIndex lexical) {
    Map<String, List<Location>> out = new LinkedHashMap<>();
    for (String word : absent) {
      if (CloseNames.looksLikeName(word)) {
        List<Location> close = CloseNames.of(word, lexical);
        if (!close.isEmpty()) {
          out.put(word, close);
        }
      }
    }
    return out;
  }

  private static Map<String, Double> roleScaled(RankFusion<String> files, RoleWeights roles) {
    Map<String, Double> out = new HashMap<>();
    files.scores().forEach((path, s) -> out.put(path, s * roles.of(FileRole.of(path))));
    return out;
  }

  /** A span's fused score plus its file's standing relative to the best file. */
  private Map<Integer, Double> spanScores(
      RankFusion<Integer> spans,
      Map<String, Double> fileScores,
      java.util.function.IntFunction<StoredChunk> chunk) {
    double bestFile = fileScores.values().stream().mapToDouble(d -> d).max().orElse(1);
    Map<Integer, Double> out = new HashMap<>();
    spans
        .scores()
        .forEach(
            (ord, s) -> {
              double file = fileScores.getOrDefault(chunk.apply(ord).path(), 0.0) / bestFile;
              out.put(ord, s + weights.filePrior() * file / weights.rrfK());
            });
    return out;
  }

  static <K> List<K> topKeys(Map<K, Double> scores, int n) {
    return scores.entrySet().stream()
        .sorted(Map.Entry.<K, Double>comparingByValue().reversed())
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * A short question that asks for tests or documentation ("which tests cover url_for?", "where is
   * the recovery middleware tested?", "where are persistent flags documented?") opens with the best
   * test or doc span among the first {@link #CODE_LEAD_SPANS}, when the best span is code that
   * scores no more than twice as well: the code is what they are about, not what they ask for.
   */
  private Integer askedRoleLead(
      AnalyzedQuery query,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      java.util.function.IntFunction<StoredChunk> chunk) {
    java.util.Optional<FileRole> requested = RoleWeights.requested(query.question());
    if (ranked.isEmpty()
        || requested.isEmpty()
        || FileRole.of(chunk.apply(ranked.get(0)).path()) == requested.get()) {
      return null;
    }
    FileRole asked = requested.get();
    double best = scores.get(ranked.get(0));
    return ranked.stream()
        .limit(CODE_LEAD_SPANS)
        .filter(o -> scores.get(o) >= weights.codeLead() * best)
        .filter(o -> FileRole.of(chunk.apply(o).path()) == asked)
        .findFirst()
        .orElse(null);
  }

  /**
   * The span a one-line question's answer leads with: its best span, or, when that is in a file of
   * a role the question does not ask for (a test, a doc or example, a type declaration; see {@link
   * RoleWeights#asksFor}) and names no identifier ({@code test_redirect}, {@code TLSServer}), the
   * best code span among the next ones that scores at least {@link RetrievalWeights#codeLead()} of
   * it and holds the rare words it shares with the question. "How are asynchronous views run?" is
   * answered by the code that runs them, not by the test that defines an async view; "where are
   * query params serialized?" by the code, not by axios's `ParamsSerializerOptions` interface in
   * index.d.ts. Null: as ranked.
   */
  private Integer codeLead(
      AnalyzedQuery query,
      List<Integer> ranked,
      Map<Integer, Double> scores,
      java.util.function.IntFunction<StoredChunk> chunk) {
    if (ranked.isEmpty()
        || weights.codeLead() <= 0
        || !query.identifiers().isEmpty()
        || leadRoleAsked(FileRole.of(chunk.apply(ranked.get(0)).path()), query.question())) {
      return null;
    }
    double best = scores.get(ranked.get(0));
    // The test's rare words that the question asks about ("circular" in "how does gson handle
    // circular references?"): code that lacks one of them is about something else.
    IndexReader reader = index.lexical().searcher().getIndexReader();
    Set<String> testTerms = new HashSet<>(analyzer.terms(chunk.apply(ranked.get(0)).text()));
    List<List<String>> distinctive = new ArrayList<>();
    for (String t : query.termWeights().keySet()) {
      List<String> forms = query.termAndForms(t);
      int df = forms.stream().mapToInt(f -> docFreq(reader, f)).max().orElse(0);
      if (df <= RARE_SHARE * reader.numDocs() && forms.stream().anyMatch(testTerms::contains)) {
        distinctive.add(forms);
      }
    }
    Integer code = firstHolding(ranked, scores, chunk, best, FileRole.CODE, distinctive);
    // "How do I capture stdout in a test?" on pytest: its own tests fill the places near the best,
    // and the guide that says how (doc/en/how-to/capture-stdout-stderr.rst) answers it.
    if (code == null
        && RoleWeights.asksHowTo(query.question())
        && FileRole.of(chunk.apply(ranked.get(0)).path()) == FileRole.TEST) {
      return firstHolding(ranked, scores, chunk, best, FileRole.DOC, distinctive);
    }
    return code;
  }

  /**
   * The first of the first {@link #CODE_LEAD_SPANS} places of {@code role} scoring at least {@link
   * RetrievalWeights#codeLead()} of {@code best} and holding a form of each distinctive word.
   */
  private Integer firstHolding(
      List<Integer> ranked,
      Map<Integer, Double> scores,
      java.util.function.IntFunction<StoredChunk> chunk,
      double best,
      FileRole role,
      List<List<String>> distinctive) {
    return ranked.stream()
        .limit(CODE_LEAD_SPANS)
        .filter(o -> scores.get(o) >= weights.codeLead() * best)
        .filter(o -> FileRole.of(chunk.apply(o).path()) == role)
        .filter(
            o -> {
              Set<String> own = new HashSet<>(analyzer.terms(chunk.apply(o).text()));
              return distinctive.stream().allMatch(forms -> forms.stream().anyMatch(own::contains));
            })
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether a question asks to be answered by a place of this role. Tests must be asked for as such
   * ("which tests…", "how is X tested?"): a word such as "test" or "fixture" is often what the code
   * is about ("how does pytest collect test files?"), and there the code answers.
   */
  private static boolean leadRoleAsked(FileRole role, String question) {
    if (role == FileRole.DOC && RoleWeights.asksHowTo(question)) {
      // "How do I reset a store?": a guide that ranks best is the answer (zustand's
      // how-to-reset-state.md), not a type alias that says "store".
      return true;
    }
    return role == FileRole.TEST
        ? RoleWeights.testsWanted(question)
        : RoleWeights.asksFor(role, question);
  }

  private List<Location> selectSpans(
      List<Integer> rankedOrds,
      Map<Integer, Double> scores,
      java.util.function.IntFunction<StoredChunk> chunk,
      RetrievalOptions options,
      Integer lead,
      Set<String> askedNames) {
    List<Integer> ranked = new ArrayList<>(rankedOrds);
    if (lead != null && ranked.remove(lead)) {
      ranked.add(0, lead);
    }
    Map<String, List<int[]>> taken = new LinkedHashMap<>();
    List<Location> out = new ArrayList<>();
    for (Integer ord : ranked) {
      if (out.size() >= options.maxLocations()) {
        break;
      }
      StoredChunk c = chunk.apply(ord);
      List<int[]> ranges = taken.computeIfAbsent(c.path(), p -> new ArrayList<>());
      int merged = -1;
      for (int i = 0; i < out.size(); i++) {
        Location l = out.get(i);
        if (!l.path().equals(c.path())) {
          continue;
        }
        // Touching spans merge, and so do pieces of one long definition that the chunker cut
        // at a blank line: one place, not two entries with the same name.
        int gap = !l.symbol().isEmpty() && l.symbol().equals(symbolOf(c)) ? PIECE_GAP : 1;
        if (l.startLine() <= c.endLine() + gap && c.startLine() <= l.endLine() + gap) {
          merged = i;
          break;
        }
      }
      if (merged >= 0) {
        Location l = out.get(merged);
        int start = Math.min(l.startLine(), c.startLine());
        int end = Math.max(l.endLine(), c.endLine());
        out.set(
            merged,
            new Location(
                l.path(),
                start,
                end,
                l.symbol(),
                l.kind(),
                l.signature(),
                l.doc(),
                l.score(),
                mergeSnippet(l, c, start),
                mergedNames(l.names(), c.names())));
        continue;
      }
      if (ranges.size() >= options.maxPerFile()) {
        continue;
      }
      ranges.add(new int[] {c.startLine(), c.endLine()});
      // Top-level code that binds a name the question asks about is cited at that binding.
      Location place =
          c.names().stream()
              .filter(askedNames::contains)
              .findFirst()
              .flatMap(name -> Binding.of(c, name, scores.get(ord)))
              .orElseGet(() -> toLocation(c, scores.get(ord)));
      out.add(place);
    }
    return out;
  }

  /**
   * A short question that quotes a message ("why do I get "unexpected end of stream"?") opens with
   * the best-ranked place that holds it verbatim: code first, or a test when the question asks for
   * tests. Null when none of the first {@value #DEFINITION_LEAD_SPANS} places holds it.
   */
  private Integer quotedLead(
      AnalyzedQuery query,
      List<Integer> ranked,
      java.util.function.IntFunction<StoredChunk> chunk) {
    List<String> quotes = QueryAnalyzer.quotedMessages(query.question());
    if (quotes.isEmpty() || ranked.isEmpty()) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(PHRASE_ANALYZER);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String quote : quotes) {
      Query pq = builder.createPhraseQuery(TEXT, quote);
      if (pq != null) {
        b.add(pq, BooleanClause.Occur.SHOULD);
      }
    }
    Set<Integer> holding = new HashSet<>();
    index.lexical().searchChunks(b.build(), PHRASE_CANDIDATES).forEach(h -> holding.add(h.ord()));
    FileRole wanted = RoleWeights.asksForTests(query.question()) ? FileRole.TEST : FileRole.CODE;
    Integer first = null;
    for (Integer ord : ranked.subList(0, Math.min(DEFINITION_LEAD_SPANS, ranked.size()))) {
      if (holding.contains(ord)) {
        if (FileRole.of(chunk.apply(ord).path()) == wanted) {
          return ord;
        }
        first = first == null ? ord : first;
      }
    }
    return first;
  }

  /** Spans looked at for a definition to lead with. */
  private static final int DEFINITION_LEAD_SPANS = 20;

  /**
   * A short question about one name that the code defines ("what is current_app?", "how does
   * `Config.from_file` work?") opens with that definition, not with a test that mentions it more
   * often: unless the best span defines the name already (a test the question names), the
   * best-ranked code span among the first {@value #DEFINITION_LEAD_SPANS} that defines it (a dotted
   * name by its qualified form), or null. Questions naming several things are left alone.
   */
  private Integer definitionLead(
      AnalyzedQuery query,
      List<Integer> ranked,
      java.util.function.IntFunction<StoredChunk> chunk) {
    if (query.identifiers().size() != 1
        || ranked.isEmpty()
        || RoleWeights.asksForTests(query.question())) {
      return null;
    }
    String id = query.identifiers().get(0);
    StoredChunk best = chunk.apply(ranked.get(0));
    boolean bare = !id.contains(".");
    if (defines(best, id) && (!bare || definesAtTopLevel(best, id))) {
      return null;
    }
    List<Integer> window = ranked.subList(0, Math.min(DEFINITION_LEAD_SPANS, ranked.size()));
    // A bare name that some class also has as a member (flask's AppContext.request) is told by
    // its module-level definition first, if there is one; unless the question calls it a method.
    if (bare && !calledAMethod(query.question(), id)) {
      for (Integer ord : window) {
        StoredChunk c = chunk.apply(ord);
        if (FileRole.of(c.path()) == FileRole.CODE && definesAtTopLevel(c, id)) {
          return ord;
        }
      }
    }
    if (defines(best, id)) {
      return null;
    }
    for (Integer ord : window) {
      StoredChunk c = chunk.apply(ord);
      if (FileRole.of(c.path()) == FileRole.CODE && defines(c, id)) {
        return ord;
      }
    }
    // "What does c.JSON do?": a receiver written as a variable (`c`, `ctx`, `res`), which the code
    // defines nowhere, asks for a method of that name (gin's Context.JSON, not the type JSON).
    String owner = bare ? "" : id.substring(0, id.lastIndexOf('.'));
    String member = id.substring(id.lastIndexOf('.') + 1);
    if (!owner.isEmpty()
        && owner.matches("[a-z_$][\\w$]*")
        && index.lexical().definitions(owner, 1).isEmpty()
        && !namesAFolderOrFile(owner, index.lexical().paths())) {
      for (Integer ord : window) {
        StoredChunk c = chunk.apply(ord);
        if (FileRole.of(c.path()) == FileRole.CODE
            && ChunkKind.FUNCTION.name().equals(c.kind())
            && symbolOf(c).endsWith("." + member)) {
          return ord;
        }
      }
    }
    return null;
  }

  /** Whether a folder or a file (by its name without extension) of the codebase is {@code name}. */
  private static boolean namesAFolderOrFile(String name, List<String> paths) {
    for (String p : paths) {
      for (String part : p.split("/")) {
        int dot = part.indexOf('.');
        if ((dot > 0 ? part.substring(0, dot) : part).equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the question says "the {@code id} method". */
  private static boolean calledAMethod(String question, String id) {
    Matcher m = KIND_NAMED.matcher(question);
    while (m.find()) {
      if (m.group(1).equals(id) && m.group(2).equalsIgnoreCase("method")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} defines {@code id} outside any class: a module-level name or definition. */
  private static boolean definesAtTopLevel(StoredChunk c, String id) {
    return c.names().contains(id) || (c.symbol().equals(id) && !symbolOf(c).contains("."));
  }

  /** Whether {@code c} defines {@code id}: {@code A.b} as its qualified name, else by name. */
  private static boolean defines(StoredChunk c, String id) {
    if (id.contains(".")) {
      String q = symbolOf(c);
      return q.equals(id)
          || q.endsWith("." + id)
          || assignedAs(c, id)
          || DeclaredMember.asked(List.of(id), c, 0) != null;
    }
    return c.symbol().equals(id) || c.names().contains(id);
  }

  /**
   * Whether a JavaScript definition is written as an assignment to the dotted name: Express's
   * {@code res.json = function json(obj)} is the chunk {@code json}, and "res.json" is how its
   * users name it.
   */
  private static boolean assignedAs(StoredChunk c, String id) {
    String sig = c.signature() == null ? "" : c.signature().strip();
    return c.symbol().equals(id.substring(id.lastIndexOf('.') + 1))
        && sig.startsWith(id)
        && sig.substring(id.length()).stripLeading().startsWith("=");
  }

  /** The names a question writes, and the last part of each dotted one ({@code flask.g}). */
  private static Set<String> askedNames(AnalyzedQuery q) {
    Set<String> out = new HashSet<>();
    for (String id : q.identifiers()) {
      out.add(id);
      out.add(id.substring(id.lastIndexOf('.') + 1));
    }
    return out;
  }

  private String mergeSnippet(Location l, StoredChunk c, int start) {
    return c.startLine() < l.startLine() ? snippet(c.text()) : l.snippet();
  }

  /** The name a location shows: qualified when the chunker knew the enclosing type. */
  private static String symbolOf(StoredChunk c) {
    return c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName();
  }

  public static Location toLocation(StoredChunk c, double score) {
    return new Location(
        c.path(),
        c.startLine(),
        c.endLine(),
        symbolOf(c),
        c.kind().toLowerCase(Locale.ROOT),
        c.signature(),
        c.doc(),
        score,
        snippet(c.text()),
        c.names());
  }

  private static List<String> mergedNames(List<String> first, List<String> second) {
    if (second.isEmpty()) {
      return first;
    }
    LinkedHashSet<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  static String snippet(String text) {
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && ++lines >= SNIPPET_LINES) {
        return text.substring(0, i + 1) + "…\n";
      }
    }
    return text;
  }

  private Query chunkQuery(AnalyzedQuery q) {
    return termsQuery(q, Map.of(TEXT, 1f, SYMBOL, weights.symbolFieldBoost(), PATH_TEXT, 0.5f));
  }

  private Query fileQuery(AnalyzedQuery q) {
    return termsQuery(q, Map.of(TEXT, 1f, PATH_TEXT, weights.pathFieldBoost()));
  }

  /** For each question term, the other forms of it that this codebase's text holds. */
  private static Map<String, List<String>> wordForms(AnalyzedQuery q, LexicalIndex lexical) {
    IndexReader reader = lexical.searcher().getIndexReader();
    Map<String, List<String>> out = new HashMap<>();
    boolean shortQuestion = RoleWeights.isOneLineQuestion(q.question());
    for (String t : q.termWeights().keySet()) {
      List<String> forms =
          CodeVocabulary.alternatives(t, c -> docFreq(reader, c) > 0, shortQuestion);
      if (!forms.isEmpty()) {
        out.put(t, forms);
      }
    }
    return out;
  }

  private static int docFreq(IndexReader reader, String term) {
    try {
      return reader.docFreq(new Term(TEXT, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chunks holding any of the question's message phrases, more phrases ranking higher. */
  private static Query phraseQuery(AnalyzedQuery q) {
    QueryBuilder builder = new QueryBuilder(PHRASE_ANALYZER);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String phrase : q.phrases()) {
      Query pq = builder.createPhraseQuery(TEXT, phrase);
      if (pq != null) {
        b.add(new ConstantScoreQuery(pq), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * Each term in each field, weighted; a term with other forms ({@code ctx} for "context") is one
   * synonym query, so a place using either form scores as if it used the word, and one using both
   * is not counted twice.
   */
  private Query termsQuery(AnalyzedQuery q, Map<String, Float> fields) {
    if (q.termWeights().isEmpty()) {
      return new MatchNoDocsQuery("no searchable words in the question");
    }
    float formBoost = (float) Math.min(1.0, weights.wordForms());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> t : q.termWeights().entrySet()) {
      List<String> forms = q.forms(t.getKey());
      for (Map.Entry<String, Float> f : fields.entrySet()) {
        Query tq;
        if (forms.isEmpty() || formBoost <= 0) {
          tq = new TermQuery(new Term(f.getKey(), t.getKey()));
        } else {
          SynonymQuery.Builder sb =
              new SynonymQuery.Builder(f.getKey()).addTerm(new Term(f.getKey(), t.getKey()));
          forms.forEach(form -> sb.addTerm(new Term(f.getKey(), form), formBoost));
          tq = sb.build();
        }
        b.add(new BoostQuery(tq, t.getValue() * f.getValue()), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * Chunks defining a name the question writes. A dotted name ({@code Owner.member}) also finds the
   * member by its own name, unless the owner is a type the codebase does not define ({@code
   * List.of}, {@code Optional.get}): that member is the library's, and the codebase's own {@code
   * of} or {@code get} is a different one.
   */
  static List<Integer> symbolMatches(AnalyzedQuery q, LexicalIndex lexical) {
    Set<Integer> ords = new LinkedHashSet<>();
    for (String id : q.identifiers()) {
      List<Integer> exact = lexical.chunksNamed(id, 20);
      ords.addAll(exact);
      int dot = id.lastIndexOf('.');
      if (dot > 0 && exact.isEmpty() && !foreignType(id.substring(0, dot), lexical)) {
        List<Integer> members = lexical.chunksNamed(id.substring(dot + 1), 20);
        // express.json: of the many json functions, the one the module express.js defines.
        String owner = id.substring(id.lastIndexOf('.', dot - 1) + 1, dot);
        List<Integer> inModule =
            members.stream()
                .filter(o -> moduleName(lexical.chunk(o).path()).equals(owner))
                .toList();
        ords.addAll(inModule.isEmpty() ? members : inModule);
      }
    }
    return List.copyOf(ords);
  }

  /**
   * {@code express} of {@code lib/express.js}; a package's {@code __init__.py} or {@code index.js}
   * is named by its folder.
   */
  static String moduleName(String path) {
    String[] parts = path.split("/");
    String file = parts[parts.length - 1];
    int dot = file.indexOf('.');
    String base = dot > 0 ? file.substring(0, dot) : file;
    if ((base.equals("__init__") || base.equals("index")) && parts.length > 1) {
      return parts[parts.length - 2];
    }
    return base;
  }

  /** A capitalised name (a type, by every language's convention) that nothing here defines. */
  private static boolean foreignType(String owner, LexicalIndex lexical) {
    String last = owner.substring(owner.lastIndexOf('.') + 1);
    return !last.isEmpty()
        && Character.isUpperCase(last.charAt(0))
        && lexical.chunksNamed(last, 1).isEmpty();
  }

  /**
   * Indexed files the question points at: paths or file names it mentions (also inside stack traces
   * with foreign prefixes such as site-packages/), and dotted names that spell a module path
   * ({@code requests.models}, {@code com.google.gson.Gson}). Longer matches rank first.
   */
  static List<String> mentionedPaths(AnalyzedQuery q, List<String> indexed) {
    Map<String, Integer> score = new HashMap<>();
    for (String mention : q.paths()) {
      String[] m = mention.split("/");
      Map<String, Integer> matches = new HashMap<>();
      for (String path : indexed) {
        int k = commonSuffix(m, path.split("/"));
        if (k >= 1) {
          matches.put(path, k);
        }
      }
      // A bare file name counts only when it names few files ("__init__.py" names them all).
      long fileNameOnly = matches.values().stream().filter(k -> k == 1).count();
      matches.forEach(
          (path, k) -> {
            if (k >= 2 || (m[m.length - 1].contains(".") && fileNameOnly <= 3)) {
              score.merge(path, k * 2, Math::max);
            }
          });
    }

    for (String id : q.identifiers()) {
      if (!id.contains(".")) {
        continue;
      }
      String[] segs = id.split("\\.");
      for (String path : indexed) {
        int dot = path.lastIndexOf('.');
        String[] p = (dot > path.lastIndexOf('/') ? path.substring(0, dot) : path).split("/");
        // a.b.C.method: try the whole name, then without its last segment (a member).
        for (int drop = 0; drop <= 1 && segs.length - drop >= 2; drop++) {
          int k = commonSuffix(java.util.Arrays.copyOf(segs, segs.length - drop), p);
          if (k == segs.length - drop) {
            score.merge(path, k, Math::max);
          }
        }
      }
    }
    return score.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(20)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static int commonSuffix(String[] a, String[] b) {
    int k = 0;
    while (k < a.length && k < b.length && a[a.length - 1 - k].equals(b[b.length - 1 - k])) {
      k++;
    }
    return k;
  }

  private static int rankOf(List<String> ranked, String path) {
    return ranked.indexOf(path) + 1;
  }

  private static <T> List<T> distinct(List<T> items) {
    return List.copyOf(new LinkedHashSet<>(items));
  }
}
