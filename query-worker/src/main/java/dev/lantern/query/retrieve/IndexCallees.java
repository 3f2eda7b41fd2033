package dev.lantern.query.retrieve;

import dev.lantern.core.index.lexical.LexicalIndex;
import dev.lantern.core.index.lexical.StoredChunk;
import dev.lantern.core.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codebase's own definitions that a function calls, read from its text. "How does routing
 * work?" may open with gin's three-line {@code RouterGroup.POST}; what it hands the work to ({@code
 * RouterGroup.handle}) is the next place to read, and naming it turns one place into a path through
 * the code.
 *
 * <p>Without types, a call is resolved by name, and only where the name is clear: a name followed
 * by {@code (}, outside comments and strings, spelled exactly as one definition in the product's
 * code (not tests or examples) spells it, or, where several places define it, as one in the
 * caller's own file or, for {@code engine.addRoute(…)}, as the method of a type named like the
 * receiver ({@code Engine}). Otherwise a call on another object counts only when the object is the
 * module a plain function lives in ({@code json.load(…)}, Go's {@code binding.Bind(…)}): {@code
 * c.flagErrorBuf.Len()} is a buffer's, not the one {@code Len} method the codebase defines, and
 * {@code ep.load()} an entry point's, not {@code json.load}. A plain call {@code open(…)} is a
 * function's or the caller's own class's method, never another class's ({@code FlaskClient.open}),
 * nor a function of another file when the caller's file binds that name itself ({@code var resolve
 * = require('path').resolve}). A call on the caller's own object ({@code this.set(…)}) is a method,
 * or a function of the caller's file. A name the function defines itself (a nested helper) or takes
 * as a parameter is its own.
 */
public final class IndexCallees {
  /** A name defined in more places than this is not looked at. */
  static final int MAX_DEFINITIONS = 5;

  /** Definitions of a name read, tests among them, to find those of the product's code. */
  private static final int DEFINITIONS_LOOKED_AT = 50;

  private static final Pattern CALL =
      Pattern.compile(
          "(?:([A-Za-z_$][A-Za-z0-9_$]*)\\s*(?:\\)\\s*)?\\.\\s*)?([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\(");

  /** Receivers that are the caller's own object. */
  private static final Set<String> OWN = Set.of("self", "this", "cls", "super");

  /** A Go method's receiver, {@code c} of {@code func (c *Command) Find(…)}: its own object. */
  private static final Pattern GO_RECEIVER =
      Pattern.compile("\\s*func\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+\\*?[A-Za-z_]");

  private final LexicalIndex lexical;

  public IndexCallees(LexicalIndex lexical) {
    this.lexical = lexical;
  }

  /**
   * The definitions {@code place} calls, at most {@code limit}, in the order it first calls them.
   */
  public List<Location> calleesOf(Location place, int limit) {
    List<StoredChunk> file = lexical.chunksOf(place.path());
    String code = CodeText.withoutCommentsAndStrings(textOf(place, file));
    Set<String> boundHere = new HashSet<>();
    file.forEach(c -> boundHere.addAll(c.names()));
    String own = simple(place.symbol());
    Set<String> ownObject = ownObjects(code);
    Set<String> looked = new HashSet<>();
    List<Location> out = new ArrayList<>();
    Matcher m = CALL.matcher(code);
    while (m.find() && out.size() < limit) {
      String receiver = m.group(1);
      String name = m.group(2);
      if (name.length() < 3
          || name.equals(own)
          || !looked.add(receiver + "." + name)
          || local(code, place.signature(), name)) {
        continue;
      }
      Location callee =
          receiver == null
              ? definition(name, null, place, false, boundHere)
              : definition(
                  name, ownObject.contains(receiver) ? null : receiver, place, true, boundHere);
      if (callee != null && out.stream().noneMatch(callee::overlaps)) {
        out.add(callee);
      }
    }
    return out;
  }

  /**
   * Whether every call of {@code name} in {@code caller}'s code is made on some object other than
   * the module of a plain function: {@code chal.get(…)} in requests' digest auth is a dictionary's,
   * not {@code requests.get} (defined at {@code defPath}). False for a method of {@code owner} (its
   * callers name their variables anything), and when a call is plain, on the caller's own object or
   * through the module, or when the code holds no call of the name.
   */
  public static boolean callsOnlyOnOtherObjects(
      StoredChunk caller, String name, String owner, String defPath) {
    if (!owner.isEmpty()) {
      // A method is called on variables of any name (bp.register(…) for a Blueprint): no telling.
      return false;
    }
    String code = CodeText.withoutCommentsAndStrings(caller.text());
    Set<String> ownObject = ownObjects(code);
    Pattern call =
        Pattern.compile(
            "(?:([A-Za-z_$][A-Za-z0-9_$]*)\\s*(?:\\)\\s*)?\\.\\s*)?(?<![\\w$])"
                + Pattern.quote(name)
                + "\\s*\\(");
    return everyCallOn(
        code,
        call,
        receiver ->
            receiver != null && !ownObject.contains(receiver) && !namesModule(receiver, defPath));
  }

  /**
   * Whether every call of the method {@code name} in {@code caller}'s code is made on a variable
   * declared with a type that is neither {@code owner} nor related to it: gson's {@code
   * ISO8601Utils.parse} calls {@code calendar.setLenient(false)} on a {@code Calendar}, not {@code
   * GsonBuilder.setLenient}. False when a call is plain, on the caller's own object, on a variable
   * whose type the code does not declare, or when the code holds no call of the name.
   */
  public static boolean callsOnlyOnOtherTypes(
      StoredChunk caller, String name, String owner, LexicalIndex lexical) {
    if (owner.isEmpty()) {
      return false;
    }
    String code = CodeText.withoutCommentsAndStrings(caller.text());
    Set<String> ownObject = ownObjects(code);
    Pattern call =
        Pattern.compile(
            "(?:([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\.\\s*)?(?<![\\w$])"
                + Pattern.quote(name)
                + "\\s*\\(");
    return everyCallOn(
        code,
        call,
        receiver -> {
          if (receiver == null || ownObject.contains(receiver)) {
            return false;
          }
          String type =
              Character.isUpperCase(receiver.charAt(0))
                  ? receiver
                  : ReceiverTypes.declaredType(code, receiver);
          return type != null
              && !type.equals(owner)
              && !ClassBases.descendsFrom(type, owner, lexical)
              && !ClassBases.descendsFrom(owner, type, lexical);
        });
  }

  /**
   * Whether {@code code} holds a call matching {@code call} (group 1 its receiver, null for a plain
   * call) and every such call's receiver is one {@code other} accepts.
   */
  private static boolean everyCallOn(
      String code, Pattern call, java.util.function.Predicate<String> other) {
    Matcher m = call.matcher(code);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (!other.test(m.group(1))) {
        return false;
      }
    }
    return any;
  }

  /**
   * The one definition {@code name} refers to from {@code place}, or null if it is unclear; {@code
   * receiver} is the object it is called on when that is not the caller's own, else null; {@code
   * dotted} is false for a plain call {@code name(…)}; {@code boundHere} are the names the caller's
   * file binds at the top level.
   */
  private Location definition(
      String name, String receiver, Location place, boolean dotted, Set<String> boundHere) {
    List<StoredChunk> defs = new ArrayList<>();
    for (LexicalIndex.Hit h : lexical.definitions(name, DEFINITIONS_LOOKED_AT)) {
      StoredChunk c = lexical.chunk(h.ord());
      // The index matches names regardless of case; Go's len() is not a Len method.
      if (FileRole.of(c.path()) == FileRole.CODE
          && simple(c.symbol()).equals(name)
          && (c.path().equals(place.path()) || !isPrivate(c))) {
        defs.add(c);
      }
    }
    boolean onOther = receiver != null;
    if (defs.size() > MAX_DEFINITIONS && !onOther) {
      // A common name (okhttp's callStart, in every event listener) called on the caller's own
      // object is still clear when the caller's own file defines it once.
      List<StoredChunk> own = defs.stream().filter(c -> c.path().equals(place.path())).toList();
      defs = own.size() == 1 ? own : defs;
    }
    if (defs.isEmpty() || defs.size() > MAX_DEFINITIONS) {
      return null;
    }
    // group.engine.addRoute(…): of Engine.addRoute and node.addRoute, the engine's.
    List<StoredChunk> owned =
        onOther
            ? defs.stream().filter(c -> owner(c).equalsIgnoreCase(receiver)).toList()
            : List.of();
    List<StoredChunk> here = defs.stream().filter(c -> c.path().equals(place.path())).toList();
    if (owned.size() == 1) {
      defs = owned;
    } else if (defs.size() > 1) {
      defs = here;
    }
    if (defs.size() != 1) {
      return null;
    }
    // c.buf.Len(): a method of some type, called on an object not named like it, is anyone's;
    // ep.load() is an entry point's, not json.load, which is called through its module.
    if (onOther && owned.isEmpty() && !throughModule(receiver, defs.get(0))) {
      return null;
    }
    // A plain open(…) is a function's or the caller's own class's, never FlaskClient.open.
    String defOwner = owner(defs.get(0));
    if (!dotted && !defOwner.isEmpty() && !defOwner.equals(ownerOf(place.symbol()))) {
      return null;
    }
    boolean elsewhere = !defs.get(0).path().equals(place.path());
    // this.set(…) in express's response.js is res.set, not app.set = function set in another file:
    // what the caller's own object calls is a method, or a function of its own file.
    if (dotted && receiver == null && defOwner.isEmpty() && elsewhere) {
      return null;
    }
    // resolve(…) where the file says `var resolve = require('path').resolve` is that import.
    if (!dotted && elsewhere && boundHere.contains(name)) {
      return null;
    }
    Location def = HybridRetriever.toLocation(defs.get(0), 0);
    // The place's own class, or the place itself under another name, is not something it calls.
    return def.overlaps(place) ? null : def;
  }

  /**
   * Whether a definition is private to its file: declared {@code private} (Java, Kotlin,
   * TypeScript) or a JavaScript {@code #private} member. Nothing in another file calls it, however
   * its name is spelled there.
   */
  public static boolean isPrivate(StoredChunk def) {
    String sig = def.signature();
    int open = sig.indexOf('(');
    String head = open >= 0 ? sig.substring(0, open) : sig;
    return PRIVATE.matcher(head).find() || head.contains("#" + simple(def.symbol()));
  }

  private static final Pattern PRIVATE = Pattern.compile("(?<![\\w$])private\\s");

  /**
   * Whether the definition that {@code text} starts with takes {@code name} as a parameter: what it
   * calls or passes on by that name is its argument, not the codebase's function of that name
   * (flask's {@code ScriptInfo.__init__(self, app_import_path=None, create_app=None, …)} calls no
   * {@code create_app} of the examples). The parameters are read from the first parenthesis to its
   * match, over as many lines as they take.
   */
  public static boolean takesAsParameter(String text, String name) {
    int open = text.indexOf('(');
    if (open < 0) {
      return false;
    }
    int depth = 0;
    int close = -1;
    for (int i = open; i < text.length() && close < 0; i++) {
      char ch = text.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        close = i;
      }
    }
    String params = text.substring(open + 1, close < 0 ? text.length() : close);
    return Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$(])")
        .matcher(params)
        .find();
  }

  /**
   * True when the function defines {@code name} itself (a nested helper) or takes it as a parameter
   * ({@code load} of {@code from_file(self, filename, load)}): not the index's one.
   */
  private static boolean local(String code, String signature, String name) {
    String n = Pattern.quote(name);
    int open = signature.indexOf('(');
    if (open >= 0 && Pattern.compile("\\b" + n + "\\b").matcher(signature.substring(open)).find()) {
      return true;
    }
    return Pattern.compile(
            "\\b(?:const|let|var|function|def|func)\\s+"
                + n
                + "\\b|(?<![.\\w$])"
                + n
                + "\\s*:?=(?!=)")
        .matcher(code)
        .find();
  }

  /**
   * The text of the chunks inside {@code place} (a merged span may hold several), and of the other
   * pieces of the definition it is part of: a long function indexed as line windows is read whole,
   * or a window that starts inside its docstring would read the docstring's examples as code.
   */
  private static String textOf(Location place, List<StoredChunk> file) {
    StringBuilder b = new StringBuilder();
    for (StoredChunk c : file) {
      boolean inside = c.startLine() >= place.startLine() && c.endLine() <= place.endLine();
      boolean samePiece =
          !place.symbol().isEmpty()
              && "FUNCTION".equals(c.kind())
              && place
                  .symbol()
                  .equals(c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName());
      if (inside || samePiece) {
        b.append(c.text()).append('\n');
      }
    }
    return b.isEmpty() ? place.snippet() : b.toString();
  }

  /**
   * Whether {@code receiver} names the module or package a plain function lives in: {@code json}
   * for {@code json/__init__.py} or {@code json.py}, {@code binding} for Go's {@code binding/}.
   */
  private static boolean throughModule(String receiver, StoredChunk def) {
    if (!owner(def).isEmpty()) {
      return false;
    }
    return namesModule(receiver, def.path());
  }

  /** {@code json} for {@code json/__init__.py} or {@code json.py}; Go's package folder too. */
  private static boolean namesModule(String receiver, String path) {
    String[] parts = path.split("/");
    String folder = parts.length > 1 ? parts[parts.length - 2] : "";
    return receiver.equals(HybridRetriever.moduleName(path)) || receiver.equals(folder);
  }

  /** self, this, cls, super, and a Go method's receiver: the caller's own object. */
  private static Set<String> ownObjects(String code) {
    Set<String> own = new HashSet<>(OWN);
    Matcher go = GO_RECEIVER.matcher(code);
    if (go.lookingAt()) {
      own.add(go.group(1));
    }
    return own;
  }

  /** The type a definition belongs to ({@code Engine} of {@code Engine.addRoute}), or empty. */
  private static String owner(StoredChunk c) {
    return ownerOf(c.qualifiedName().isEmpty() ? c.symbol() : c.qualifiedName());
  }

  /** {@code Config} of {@code Config.from_file}, or empty for a name of no class. */
  public static String ownerOf(String symbol) {
    int dot = symbol.lastIndexOf('.');
    return dot < 0 ? "" : symbol.substring(symbol.lastIndexOf('.', dot - 1) + 1, dot);
  }

  private static String simple(String symbol) {
    return symbol.substring(symbol.lastIndexOf('.') + 1);
  }
}
