package org.ctnat.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants in files are lower-case names ({@code positive}, {@code elective}). Stateless. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
    for (E constant : type.getEnumConstants()) {
      if (write(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(what + " must be one of " + Arrays.stream(type.getEnumConstants())
        .map(Enums::write).collect(Collectors.joining(", ")) + ", but was '" + value + "'");
  }

  static String write(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
