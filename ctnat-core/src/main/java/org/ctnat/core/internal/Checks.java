package org.ctnat.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types. Every message names the element, the rule and
 * the bad value.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {

  /** Pattern for the ids of areas, criteria, sections, items and scales: no white space. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Pattern for option and scale point codes. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private Checks() {}

  /**
   * Checks that {@code value} matches {@code pattern}.
   *
   * @param what the element and field, for the message (e.g. "criterion id")
   * @param value the value to check
   * @param pattern the pattern it must match
   * @return the value
   * @throws IllegalArgumentException if it does not match
   * @throws NullPointerException if value is null
   */
  public static String matches(String what, String value, Pattern pattern) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must match " + pattern.pattern() + ", but was '" + value + "'");
    }
    return value;
  }

  /**
   * Checks that no two elements of {@code list} share a key.
   *
   * @param where the owning element, for the message (e.g. "question 2.2")
   * @param what the kind of key (e.g. "option code")
   * @param list the elements
   * @param key how to get the key of an element
   * @param <T> the element type
   * @throws IllegalArgumentException naming the first duplicate
   */
  public static <T> void unique(String where, String what, List<T> list, Function<T, ?> key) {
    Set<Object> seen = new HashSet<>();
    for (T element : list) {
      Object k = key.apply(element);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(
            where + ": " + what + "s must be unique, but '" + k + "' appears more than once");
      }
    }
  }

  /**
   * Checks a condition about an argument.
   *
   * @param condition what must hold
   * @param message the message if it does not
   * @throws IllegalArgumentException if the condition is false
   */
  public static void argument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
