package dev.lantern.query.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words code uses for the words people ask with. Questions name things the way English does
 * ("context", "deletion", "registration", "temporary directory"); code spells the same things as
 * verbs and abbreviations ({@code ctx}, {@code delete}, {@code register}, {@code tmp_dir}). The
 * stemmer meets "retries" with "retry" but leaves most nominalisations alone ("deletion",
 * "registration", "invocation"), and knows no abbreviations.
 *
 * <p>Two sources of alternatives for an analysed question term: a table of abbreviations that
 * programmers everywhere use, and suffix rules that turn a noun of action back into its verb
 * ("deletion" → delete, "registration" → register, "invocation" → invoke, "removal" → remove).
 * Rules overgenerate; a candidate is kept only if it is a word of the codebase ({@code known}), and
 * never if it is a keyword that every file of some language holds ("exception" → {@code except}).
 */
public final class CodeVocabulary {

  /** English word (as the analyser leaves it) → forms code writes it in (as analysed). */
  private static final Map<String, List<String>> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("address", List.of("addr")),
          Map.entry("administrator", List.of("admin")),
          Map.entry("allocation", List.of("alloc")),
          Map.entry("application", List.of("app")),
          Map.entry("argument", List.of("arg")),
          Map.entry("asynchronous", List.of("async")),
          Map.entry("attribute", List.of("attr")),
          Map.entry("authenticate", List.of("auth")),
          Map.entry("authorization", List.of("auth")),
          Map.entry("boolean", List.of("bool")),
          Map.entry("buffer", List.of("buf")),
          Map.entry("calculate", List.of("calc")),
          Map.entry("certificate", List.of("cert")),
          Map.entry("character", List.of("char")),
          Map.entry("column", List.of("col")),
          Map.entry("command", List.of("cmd")),
          Map.entry("configuration", List.of("config", "conf", "cfg")),
          Map.entry("configure", List.of("config")),
          Map.entry("connection", List.of("conn")),
          Map.entry("context", List.of("ctx")),
          Map.entry("coordinate", List.of("coord")),
          // Ctrl-C is how a user says it; code catches the interrupt it raises.
          Map.entry("ctrl", List.of("keyboardinterrupt", "sigint")),
          Map.entry("current", List.of("cur", "curr")),
          Map.entry("database", List.of("db")),
          Map.entry("dependency", List.of("dep")),
          Map.entry("description", List.of("desc")),
          Map.entry("destination", List.of("dest", "dst")),
          Map.entry("dictionary", List.of("dict")),
          Map.entry("directory", List.of("dir")),
          Map.entry("document", List.of("doc")),
          Map.entry("documentation", List.of("doc")),
          Map.entry("element", List.of("elem")),
          Map.entry("environment", List.of("env")),
          Map.entry("error", List.of("err")),
          Map.entry("exception", List.of("exc")),
          Map.entry("execute", List.of("exec")),
          Map.entry("execution", List.of("exec")),
          Map.entry("expression", List.of("expr")),
          Map.entry("extension", List.of("ext")),
          Map.entry("format", List.of("fmt")),
          Map.entry("frequency", List.of("freq")),
          Map.entry("identify", List.of("id", "ident")),
          Map.entry("image", List.of("img")),
          Map.entry("implement", List.of("impl")),
          Map.entry("index", List.of("idx")),
          Map.entry("information", List.of("info")),
          Map.entry("initial", List.of("init")),
          Map.entry("instance", List.of("inst")),
          Map.entry("iterate", List.of("iter")),
          Map.entry("language", List.of("lang")),
          Map.entry("library", List.of("lib")),
          Map.entry("manager", List.of("mgr")),
          Map.entry("maximum", List.of("max")),
          Map.entry("memory", List.of("mem")),
          Map.entry("message", List.of("msg")),
          Map.entry("minimum", List.of("min")),
          Map.entry("miscellaneous", List.of("misc")),
          Map.entry("module", List.of("mod")),
          Map.entry("number", List.of("num")),
          Map.entry("object", List.of("obj")),
          Map.entry("operation", List.of("op")),
          Map.entry("original", List.of("orig")),
          Map.entry("package", List.of("pkg")),
          Map.entry("parameter", List.of("param")),
          Map.entry("password", List.of("passwd", "pwd")),
          Map.entry("pointer", List.of("ptr")),
          Map.entry("position", List.of("pos")),
          Map.entry("previous", List.of("prev")),
          Map.entry("process", List.of("proc")),
          Map.entry("property", List.of("prop")),
          Map.entry("receive", List.of("recv")),
          Map.entry("reference", List.of("ref")),
          Map.entry("regular", List.of("regex")),
          Map.entry("repository", List.of("repo")),
          Map.entry("representation", List.of("repr")),
          Map.entry("request", List.of("req")),
          Map.entry("response", List.of("resp")),
          Map.entry("sequence", List.of("seq")),
          Map.entry("signature", List.of("sig")),
          Map.entry("source", List.of("src")),
          Map.entry("specification", List.of("spec")),
          Map.entry("standard", List.of("std")),
          Map.entry("statistic", List.of("stat")),
          Map.entry("synchronous", List.of("sync")),
          Map.entry("template", List.of("tmpl", "tpl")),
          Map.entry("temporary", List.of("tmp", "temp")),
          Map.entry("transaction", List.of("txn")),
          Map.entry("utility", List.of("util")),
          Map.entry("value", List.of("val")));

  /**
   * Abbreviations whose English word is not what code means by them: {@code init} initialises,
   * {@code id} identifies, {@code stat} is a file's status, {@code mod} also a modulo.
   */
  private static final Set<String> ONE_WAY =
      Set.of(
          "id",
          "ident",
          "init",
          "regex",
          "keyboardinterrupt",
          "sigint",
          "stat",
          "mod",
          "temp",
          "cur",
          "curr",
          "min",
          "max",
          "op");

  /**
   * Abbreviation (as analysed) → the English words it stands for: a question says "app" or "config"
   * as code does, and a docstring or guide writes "application" and "configuration".
   */
  private static final Map<String, List<String>> EXPANSIONS = expansions();

  private static Map<String, List<String>> expansions() {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    ABBREVIATIONS.forEach(
        (word, abbreviations) -> {
          for (String a : abbreviations) {
            if (!ONE_WAY.contains(a)) {
              out.computeIfAbsent(a, k -> new ArrayList<>()).add(word);
            }
          }
        });
    out.replaceAll((a, words) -> words.stream().sorted().toList());
    return Map.copyOf(out);
  }

  /**
   * Noun-of-action endings and the verb endings they come from, longest first: the first rule whose
   * candidate is a word of the codebase wins.
   */
  private static final String[][] SUFFIXES = {
    {"ication", "y"}, // specification → specify, notification → notify
    {"ization", "ize"}, // normalization → normalize
    {"isation", "ise"},
    {"ration", "er"}, // registration → register
    {"llation", "l"}, // cancellation → cancel
    {"cation", "ke"}, // invocation → invoke
    {"ation", "e"}, // declaration → declare, expiration → expire
    {"ation", ""}, // transformation → transform
    {"ution", "ve"}, // resolution → resolve
    {"ption", "be"}, // description → describe, subscription → subscribe
    {"ition", "e"}, // definition → define
    {"ssion", "ss"}, // compression → compress
    {"ision", "ide"}, // division → divide, decision → decide
    {"sion", "d"}, // extension → extend
    {"sion", "t"}, // conversion → convert
    {"ison", "e"}, // comparison → compare
    {"ion", "e"}, // deletion → delete, creation → create
    {"ion", ""}, // insertion → insert, selection → select
    {"ment", ""}, // management → manage, environment → environ
    {"val", "ve"}, // removal → remove, retrieval → retrieve
    {"ance", ""}, // inheritance → inherit
    {"ence", ""}, // occurrence → occurr (no such word: dropped)
    {"ing", ""}, // rendering → render
    {"ing", "e"}, // caching → cache
  };

  /**
   * Keywords and built-ins that nearly every file of some language holds: as an alternative they
   * would match everything ("exception" → except, "definition" → def).
   */
  private static final Set<String> TOO_COMMON =
      Set.of(
          "except",
          "def",
          "import",
          "return",
          "class",
          "self",
          "func",
          "var",
          "let",
          "const",
          "new",
          "this",
          "public",
          "private",
          "static",
          "final",
          "void",
          "int",
          "str",
          "len",
          "try",
          "catch",
          "throw",
          "raise",
          "pass",
          "yield",
          "await",
          "export",
          "package",
          "type",
          "interface",
          "struct",
          "object",
          "string",
          "list",
          "map",
          "get",
          "set",
          "put",
          "add",
          "use",
          "run",
          "call",
          "make",
          "do",
          "go",
          "end",
          "ret",
          "val",
          "fun");

  private CodeVocabulary() {}

  /** The English words of the abbreviation table, each as the analyser leaves it. */
  static Set<String> abbreviatedWords() {
    return ABBREVIATIONS.keySet();
  }

  /**
   * Other terms to search for {@code term} (an analysed question term), each of which {@code known}
   * says is a word of the codebase. Empty when there are none.
   */
  public static List<String> alternatives(String term, Function<String, Boolean> known) {
    return alternatives(term, known, false);
  }

  /**
   * As {@link #alternatives(String, Function)}, and with {@code expand}, an abbreviation also meets
   * the words it stands for ("app" → application). Meant for short questions, where a person writes
   * "app" or "config" as shorthand; in an issue report such words are mostly code ({@code
   * pkg_resources}), and their English words only add noise.
   */
  public static List<String> alternatives(
      String term, Function<String, Boolean> known, boolean expand) {
    Set<String> out = new LinkedHashSet<>();
    for (String abbreviation : ABBREVIATIONS.getOrDefault(term, List.of())) {
      if (!TOO_COMMON.contains(abbreviation) && known.apply(abbreviation)) {
        out.add(abbreviation);
      }
    }
    for (String word : expand ? EXPANSIONS.getOrDefault(term, List.of()) : List.<String>of()) {
      if (known.apply(word)) {
        out.add(word);
      }
    }
    String verb = verb(term, known);
    if (verb != null) {
      out.add(verb);
      for (String abbreviation : ABBREVIATIONS.getOrDefault(verb, List.of())) {
        if (!TOO_COMMON.contains(abbreviation) && known.apply(abbreviation)) {
          out.add(abbreviation);
        }
      }
    }
    String noun = ingNoun(term, known);
    if (noun != null) {
      out.add(noun);
    }
    String actionNoun = actionNoun(term, known);
    if (actionNoun != null) {
      out.add(actionNoun);
    }
    out.remove(term);
    return new ArrayList<>(out);
  }

  /**
   * Verbs whose "-ing" noun means something else: "how do I set default headers?" is not about
   * settings, nor "run" about running, nor "test" about pytest's {@code testing/} folder.
   */
  private static final Set<String> GENERAL_VERBS =
      Set.of("set", "get", "put", "run", "use", "test");

  /**
   * The "-ing" noun of a verb, when the codebase writes it: KStem keeps the "-ing" words its
   * dictionary lists as nouns ("printing", "logging", "mapping") as written, so "how do I pretty
   * print json?" never met gson's {@code setPrettyPrinting} (analysed {@code pretty}, {@code
   * printing}). Null when the codebase has no such word.
   */
  static String ingNoun(String term, Function<String, Boolean> known) {
    int n = term.length();
    if (n < 3
        || term.endsWith("ing")
        || GENERAL_VERBS.contains(term)
        || !term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return null;
    }
    char last = term.charAt(n - 1);
    List<String> candidates = new ArrayList<>();
    candidates.add(term + "ing");
    if ("aeiouwxy".indexOf(last) < 0 && "aeiou".indexOf(term.charAt(n - 2)) >= 0) {
      candidates.add(term + last + "ing"); // log → logging, map → mapping
    }
    if (last == 'e') {
      candidates.add(term.substring(0, n - 1) + "ing"); // encode → encoding
    }
    for (String c : candidates) {
      if (!TOO_COMMON.contains(c) && known.apply(c)) {
        return c;
      }
    }
    return null;
  }

  /** Nouns whose verb means something else: "state" is no statement, "import" no importance. */
  private static final Set<String> FALSE_NOUNS =
      Set.of(
          "statement",
          "importance",
          "option",
          "action",
          "direction",
          "expression",
          "position",
          "apartment",
          "basement",
          "commission",
          "mission",
          "portion",
          "station",
          "nation",
          "question",
          "mention",
          "attention",
          "fraction",
          "section",
          "instance",
          "distance");

  /**
   * The noun of action of a verb, when the codebase writes it ("persist" → persistence, "register"
   * → registration, "compare" → comparison): the suffix rules run backwards. A question asks with
   * verbs ("how are cookies persisted?"), docs often say it with nouns ("Provides cookie
   * persistence"). The things that do it ("parse" → parser) were measured too and not kept: they
   * name other places ({@code JsonAdapter.nonNull} for "how are null values handled?").
   */
  static String actionNoun(String term, Function<String, Boolean> known) {
    int n = term.length();
    if (n < 4
        || GENERAL_VERBS.contains(term)
        || !term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return null;
    }
    for (String[] rule : SUFFIXES) {
      String nounEnding = rule[0];
      String verbEnding = rule[1];
      if (nounEnding.equals("ing") || !term.endsWith(verbEnding)) {
        continue;
      }
      String candidate = term.substring(0, n - verbEnding.length()) + nounEnding;
      if (!FALSE_NOUNS.contains(candidate) && usable(candidate, n + 1, known)) {
        return candidate;
      }
    }
    return null;
  }

  /** The verb a noun of action comes from, if the codebase uses it; else null. */
  static String verb(String term, Function<String, Boolean> known) {
    for (String[] rule : SUFFIXES) {
      String ending = rule[0];
      if (term.length() >= ending.length() + 3 && term.endsWith(ending)) {
        String candidate = term.substring(0, term.length() - ending.length()) + rule[1];
        // "comment" is no "com"-ment, nor "element" an "ele"-ment.
        int shortest = ending.equals("ment") ? 4 : 3;
        if (usable(candidate, shortest, known)) {
          return candidate;
        }
        // "logging" → log, "mapping" → map: a doubled last consonant is undone.
        int n = candidate.length();
        if (rule[1].isEmpty()
            && n > 3
            && candidate.charAt(n - 1) == candidate.charAt(n - 2)
            && "aeioulsz".indexOf(candidate.charAt(n - 1)) < 0
            && usable(candidate.substring(0, n - 1), shortest, known)) {
          return candidate.substring(0, n - 1);
        }
      }
    }
    return null;
  }

  private static boolean usable(String candidate, int shortest, Function<String, Boolean> known) {
    return candidate.length() >= shortest
        && !TOO_COMMON.contains(candidate)
        && known.apply(candidate);
  }
}
