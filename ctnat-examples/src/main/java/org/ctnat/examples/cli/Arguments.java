package org.ctnat.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after a command: positional arguments and {@code --name value} options (an option
 * may be repeated, and {@code --name=value} works too). Unknown options are a usage error that
 * names them.
 *
 * <p>Immutable after parsing.
 */
final class Arguments {

  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  /**
   * Parses the words.
   *
   * @param words the words after the command
   * @param known the option names the command takes, without {@code --}
   * @throws UsageException for an unknown option or an option without a value
   */
  Arguments(List<String> words, Set<String> known) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        positional.add(word);
        continue;
      }
      String name = word.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!known.contains(name)) {
        throw new UsageException("unknown option '--" + name + "'; this command takes "
            + known.stream().map(k -> "--" + k).sorted().toList());
      }
      if (value == null) {
        if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
          throw new UsageException("--" + name + " needs a value");
        }
        value = words.get(++i);
      }
      options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }

  List<String> positional() {
    return positional;
  }

  /** The only positional argument, named {@code what} in the error. */
  String single(String what) {
    if (positional.size() != 1) {
      throw new UsageException("expected one " + what + ", but got " + positional.size() + " arguments " + positional);
    }
    return positional.get(0);
  }

  Optional<String> option(String name) {
    List<String> values = options.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new UsageException("--" + name + " may be given once, but was given " + values.size() + " times");
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  List<String> options(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** An option that must be one of {@code allowed}. */
  Optional<String> choice(String name, List<String> allowed) {
    Optional<String> value = option(name);
    value.filter(v -> !allowed.contains(v)).ifPresent(v -> {
      throw new UsageException("--" + name + " must be one of " + String.join("|", allowed) + ", but was '" + v + "'");
    });
    return value;
  }

  /** A whole-number option. */
  Optional<Integer> integer(String name) {
    return option(name).map(v -> {
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " must be a whole number, but was '" + v + "'");
      }
    });
  }
}
