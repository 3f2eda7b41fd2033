package dev.lantern.standalone.cli;

import dev.lantern.core.error.ErrorCode;
import dev.lantern.core.error.LanternException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command-line arguments: positionals, {@code --name value} options and {@code --flag}
 * flags. Unknown options are errors, so a typo never silently changes behaviour.
 */
public final class Args {
  private final List<String> positionals = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();

  /**
   * @param valued options that take a value
   * @param flags options without a value
   */
  public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) {
    Args a = new Args();
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      if (s.startsWith("--") && s.length() > 2) {
        String name = s.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name) && value == null) {
          a.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= raw.size()) {
              throw usage("option --" + name + " needs a value");
            }
            value = raw.get(++i);
          }
          a.options.put(name, value);
        } else {
          throw usage("unknown option --" + name);
        }
      } else if (s.equals("-k")) {
        if (i + 1 >= raw.size()) {
          throw usage("option -k needs a number");
        }
        a.options.put("k", raw.get(++i));
      } else {
        a.positionals.add(s);
      }
    }
    return a;
  }

  static LanternException usage(String message) {
    return new LanternException(ErrorCode.BAD_REQUEST, message);
  }

  public List<String> positionals() {
    return positionals;
  }

  public String positional(int i, String what) {
    if (i >= positionals.size()) {
      throw usage("missing " + what);
    }
    return positionals.get(i);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public int intOption(String name, int fallback, int min, int max) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw usage("--" + name + " must be between " + min + " and " + max + " (got " + v + ")");
      }
      return n;
    } catch (NumberFormatException e) {
      throw usage("--" + name + " must be a whole number (got '" + v + "')");
    }
  }
}
