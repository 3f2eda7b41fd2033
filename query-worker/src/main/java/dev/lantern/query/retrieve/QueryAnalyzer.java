package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.CodeAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a question apart: identifiers (camelCase, snake_case, dotted, called with parentheses),
 * paths, quoted strings, and weighted analysed terms. Term weight grows with repetition (log) and
 * doubles for terms that come from identifiers, which are the most precise words a user types.
 */
public final class QueryAnalyzer {
  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*(\\s*\\()?");
  private static final Pattern PATH =
      Pattern.compile(
          "(?:[A-Za-z0-9_.-]+/)+[A-Za-z0-9_.-]+|[A-Za-z0-9_-]+\\.(?:java|kt|py|js|jsx|ts|tsx|go|md|mjs|cjs|rs|rb|c|h|cc|cpp|cs|php|scala|swift)\\b");
  private static final Pattern QUOTED = Pattern.compile("[`\"']([^`\"'\\n]{2,80})[`\"']");

  /** Terms past this many add little but cost query time (issue texts run to 24k chars). */
  private static final int MAX_TERMS = 160;

  /** Weight of first-line terms relative to the rest. */
  private static final float TOPIC_BOOST = 1.5f;

  /** Function names in Python tracebacks: {@code File "x.py", line 12, in parse_header}. */
  private static final Pattern TRACEBACK_FUNCTION =
      Pattern.compile("line \\d+, in ([A-Za-z_][A-Za-z0-9_]*)");

  /** Words that frame a question rather than say what it is about ("how does X work?"). */
  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "how", "where", "what", "which", "why", "when", "who", "whose", "do", "does", "did",
          "can", "could", "should", "would", "please", "happen", "happens");

  /**
   * Verbs that ask for something when they open a question ("find where uploads are retried", "can
   * you explain the login flow?") but name what the code does anywhere else ("how does cobra find
   * the subcommand?", "where is the usage shown?").
   */
  private static final Set<String> REQUEST_VERBS = Set.of("explain", "show", "tell", "find");

  /** A request that opens a question: "please", "can you", then a request verb and "me". */
  private static final Pattern OPENING_REQUEST =
      Pattern.compile(
          "^\\s*(?:please\\s+)?(?:(?:can|could|would|will)\\s+you\\s+)?(?:please\\s+)?"
              + "(?:explain|show|tell|find|walk(?:\\s+(?:me|us))?\\s+through)\\b(?:\\s+me\\b)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * "is called" and "I call" in a short question frame what it asks about ("what happens when
   * Execute is called?", "what does requests.get do when I call it?"); searched for, "called" found
   * cobra's {@code CalledAs} before {@code Execute}. Only the calling verb goes.
   */
  /**
   * A name with a version or size written apart ("HTTP/2", "UTF-8", "SHA-256", "PEP-8"): code
   * writes it as one word ({@code http2}, {@code utf8}, {@code sha256}), which is searched too.
   */
  private static final Pattern VERSIONED = Pattern.compile("\\b([A-Za-z]{2,})[/-](\\d{1,3})\\b");

  /**
   * Frames of a short question that are no topic: "how many" and "how much" ask for a count ("too
   * many" is a topic), "the difference between" and "vs" ask to compare two names.
   */
  private static final Pattern COUNT_OR_COMPARE_FRAME =
      Pattern.compile(
          "\\bhow\\s+(?:many|much)\\b"
              // "the difference between A and B", "A vs B" set two names side by side.
              + "|\\bdiffer(?:ence|ences)?\\s+between\\b|(?<![\\w.])(?:vs\\.?|versus)(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CALL_FRAME =
      Pattern.compile(
          "\\b(?:(is|are|was|were|gets?|being)\\s+called|(i|we|you)\\s+call)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Where does Router come from?": asks where a name is from, which is no word to search ("come"
   * found only a changelog entry).
   */
  private static final Pattern ORIGIN_FRAME =
      Pattern.compile("\\b(?:comes?|came|coming)\\s+from\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * English glue words: they carry no topic, and code is full of them ({@code is}, {@code in},
   * {@code for}), so they only add noise to scores and to "I searched for …" messages. Words with
   * meaning in code (not, no, before, after, all, none) are kept.
   */
  private static final Set<String> FILLER_WORDS =
      Set.of(
          "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
          "having", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them",
          "i", "we", "you", "my", "our", "your", "me", "us", "of", "to", "in", "on", "at", "by",
          "for", "with", "as", "and", "or", "but", "so", "if", "than", "then", "also", "just",
          "very", "into", "from", "about", "will", "would", "may", "might", "must", "shall", "am",
          "which", "whom");

  /** Whether {@code word} (lower case) only frames a question or glues it: never searched for. */
  public static boolean framing(String word) {
    return QUESTION_WORDS.contains(word)
        || REQUEST_VERBS.contains(word)
        || FILLER_WORDS.contains(word);
  }

  /** Words that mark a line as a program's message rather than prose or code. */
  private static final Pattern MESSAGE_LINE =
      Pattern.compile(
          "(Exception|Error|error|Warning|warning|[Ff]ailed|[Cc]annot|can't|[Uu]nsupported|"
              + "not supported|[Ii]nvalid|[Uu]nexpected|[Uu]nknown|must |expected)");

  /** Code punctuation and sentence ends: a phrase never spans them. */
  private static final Pattern MESSAGE_BREAK = Pattern.compile("[()\\[\\]{}\"`'=;<>]|: |\\. ");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final int PHRASE_WORDS = 4;

  /** Words are matched to their terms in this much of a question. */
  private static final int SPELLED_CHARS = 4_000;

  private static final int MAX_PHRASES = 40;
  private static final int MAX_MESSAGE_LINE = 300;

  private final CodeAnalyzer analyzer = new CodeAnalyzer();

  public AnalyzedQuery analyze(String question) {
    Set<String> identifiers = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(question);
    while (m.find()) {
      String token = m.group().replaceAll("\\s*\\($", "").trim();
      boolean called = m.group(1) != null;
      if (isIdentifier(token) || (called && token.length() > 2)) {
        identifiers.add(token);
      }
    }
    Matcher tb = TRACEBACK_FUNCTION.matcher(question);
    while (tb.find()) {
      if (!tb.group(1).equals("module") && tb.group(1).length() > 2) {
        identifiers.add(tb.group(1));
      }
    }
    Set<String> paths = new LinkedHashSet<>();

    Matcher p = PATH.matcher(question);
    while (p.find()) {
      String path = p.group();
      if (!path.startsWith("http") && !path.contains("//") && path.length() > 3) {
        paths.add(path.replaceAll("^\\./", ""));
      }
    }
    Set<String> quoted = new LinkedHashSet<>();
    Matcher q = QUOTED.matcher(question);
    while (q.find()) {
      quoted.add(q.group(1).trim());
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    // In a short question a request verb that does not open it names what the code does; an
    // issue report's "show" and "find" ("the log shows", "I could not find") are its own telling.
    boolean shortQuestion = RoleWeights.isOneLineQuestion(question);
    String asked = shortQuestion ? searchedText(question) : question;
    for (String t : terms(asked)) {
      if (!QUESTION_WORDS.contains(t)
          && !FILLER_WORDS.contains(t)
          && (shortQuestion || !REQUEST_VERBS.contains(t))) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    Set<String> identifierTerms = new LinkedHashSet<>();
    for (String id : identifiers) {
      identifierTerms.addAll(terms(id));
    }
    // The first line states the topic (an issue's title; all of a one-line question).
    Set<String> topicTerms = new LinkedHashSet<>(terms(firstLine(question)));
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      float w = 1f + (float) Math.log(e.getValue());
      if (identifierTerms.contains(e.getKey())) {
        w *= 2f;
      }
      if (topicTerms.contains(e.getKey())) {
        w *= TOPIC_BOOST;
      }
      weights.put(e.getKey(), w);
    }
    if (weights.size() > MAX_TERMS) {
      List<Map.Entry<String, Float>> sorted = new ArrayList<>(weights.entrySet());
      sorted.sort(Map.Entry.<String, Float>comparingByValue().reversed());
      Map<String, Float> kept = new LinkedHashMap<>();
      for (Map.Entry<String, Float> e : sorted.subList(0, MAX_TERMS)) {
        kept.put(e.getKey(), e.getValue());
      }
      weights = kept;
    }
    return new AnalyzedQuery(
        question,
        List.copyOf(identifiers),
        List.copyOf(paths),
        List.copyOf(quoted),
        weights,
        phrases(question),
        spelled(question, weights.keySet()),
        Map.of());
  }

  /**
   * A short question as it is searched: its framing gone ("find", "is called", "come from", "how
   * many", "the difference between", "vs"), and "HTTP/2" also as one word. Issue reports keep all
   * their words and are not joined so: they name versions of everything ("pytest-7.1.2",
   * "pluggy-1.0").
   */
  private static String searchedText(String question) {
    String q = OPENING_REQUEST.matcher(question).replaceFirst("");
    q = CALL_FRAME.matcher(q).replaceAll(" ");
    q = ORIGIN_FRAME.matcher(q).replaceAll(" ");
    q = COUNT_OR_COMPARE_FRAME.matcher(q).replaceAll(" ");
    return VERSIONED.matcher(q).replaceAll("$0 $1$2");
  }

  /**
   * For each of {@code terms}, the first plain word of the question (lower case) that analyses to
   * it alone. Issue texts are long, so only the first lines' worth of words is read.
   */
  private Map<String, String> spelled(String question, Set<String> terms) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher w =
        WORD.matcher(
            question.length() > SPELLED_CHARS ? question.substring(0, SPELLED_CHARS) : question);
    while (w.find() && out.size() < terms.size()) {
      String word = w.group().toLowerCase(java.util.Locale.ROOT);
      if (word.indexOf('_') >= 0) {
        continue;
      }
      List<String> t = terms(word);
      if (t.size() == 1 && terms.contains(t.get(0)) && !t.get(0).equals(word)) {
        out.putIfAbsent(t.get(0), word);
      }
    }
    return out;
  }

  /**
   * Word runs from the lines of a question that read like a program's own messages ("Mockito cannot
   * mock this class: …", "ValueError: unsupported …"): such text is usually a string literal
   * somewhere in the code, and finding it verbatim is strong evidence. Each message line is cut at
   * code punctuation and yields overlapping runs of {@link #PHRASE_WORDS} words.
   */
  static List<String> messagePhrases(String question) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : question.split("\n")) {
      String line = raw.strip();
      if (line.length() > MAX_MESSAGE_LINE || !MESSAGE_LINE.matcher(line).find()) {
        continue;
      }
      for (String segment : MESSAGE_BREAK.split(line)) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(segment);
        while (w.find()) {
          words.add(w.group());
        }
        for (int i = 0; i + PHRASE_WORDS <= words.size(); i++) {
          out.add(String.join(" ", words.subList(i, i + PHRASE_WORDS)));
          if (out.size() >= MAX_PHRASES) {
            return List.copyOf(out);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * A quoted run of words in a short question ("why do I get "unexpected end of stream"?"): the
   * user copied it from the program's output, so the code holds it verbatim. An apostrophe inside a
   * word ("xarray's") opens no quote, and code in backticks is a name, not a message.
   */
  private static final Pattern QUOTED_MESSAGE =
      Pattern.compile(
          "(?<![\\w])[\"'\u201c\u2018]([^\"'`\u201c\u201d\u2018\u2019\\n]{3,120})"
              + "[\"'\u201d\u2019](?![\\w])");

  /** Quoted runs of at least two words in a one-line question, as written. */
  public static List<String> quotedMessages(String question) {
    if (!RoleWeights.isOneLineQuestion(question)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED_MESSAGE.matcher(question);
    while (m.find()) {
      String text = m.group(1).strip();
      // Words apart, as a message reads; `backticks` and "system-out" are names, not messages.
      if (text.indexOf(' ') > 0
          && WORD.matcher(text).results().count() >= 2
          && !out.contains(text)) {
        out.add(text);
      }
    }
    return out;
  }

  /** Quoted messages whole, then the runs of message lines, at most {@link #MAX_PHRASES}. */
  static List<String> phrases(String question) {
    Set<String> out = new LinkedHashSet<>(quotedMessages(question));
    out.addAll(messagePhrases(question));
    return out.stream().limit(MAX_PHRASES).toList();
  }

  static String firstLine(String question) {
    String q = question.strip();
    int nl = q.indexOf('\n');
    String line = nl < 0 ? q : q.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  /** camelCase inside, snake_case, or dotted: shapes English words rarely have. */
  static boolean isIdentifier(String token) {
    if (token.length() < 3) {
      return false;
    }
    if (token.contains(".")) {
      return !token.endsWith(".") && Character.isLetter(token.charAt(token.lastIndexOf('.') + 1));
    }
    if (token.indexOf('_') > 0 && token.indexOf('_') < token.length() - 1) {
      return true;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1))) {
        return true;
      }
      // An acronym joined to a word: HTTPAdapter, IOError, XMLParser (not a plural: PRs, URLs).
      if (Character.isUpperCase(c)
          && Character.isUpperCase(token.charAt(i - 1))
          && i + 2 < token.length()
          && Character.isLowerCase(token.charAt(i + 1))
          && Character.isLowerCase(token.charAt(i + 2))) {
        return true;
      }
    }
    return token.startsWith("__") && token.endsWith("__");
  }

  public List<String> terms(String text) {
    return analyzer.terms(text);
  }
}
