package org.ctnat.io;

import java.util.Locale;

/** The text formats a CT-NAT document can be written in. */
public enum DocumentFormat {
  /** JSON, for exchange between programs. */
  JSON,
  /** YAML, for documents that people write and review by hand. */
  YAML;

  /**
   * The format a file name implies: {@code .yaml} or {@code .yml} is YAML, anything else JSON.
   *
   * @param fileName the file name
   * @return the format
   */
  public static DocumentFormat ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }

  /**
   * The format with this name, case-insensitive.
   *
   * @param name {@code json} or {@code yaml}
   * @return the format
   * @throws IllegalArgumentException for any other name
   */
  public static DocumentFormat of(String name) {
    for (DocumentFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be json or yaml, but was '" + name + "'");
  }
}
