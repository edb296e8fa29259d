package org.ctnat.core.assessment;

/**
 * The id of a desk-review source as the report cites it: {@code "Aze 16"} is document 16 of the
 * Azerbaijan desk review, cited in the text as "Aze 16, p. 3".
 *
 * <p>Not blank, at most {@value #MAX_LENGTH} characters, on one line, and without white space at
 * either end (so that {@code "Aze 16"} and {@code "Aze 16 "} cannot be two sources). Inner
 * spaces are kept: the id is compared exactly as written. {@code toString()} returns the id,
 * and {@link #of(String)} reads it back.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value the id as cited
 */
public record SourceId(String value) {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  /** Checks the id. */
  public SourceId {
    if (value == null) {
      throw new NullPointerException("source id must not be null");
    }
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("source id must have 1 to " + MAX_LENGTH
          + " characters and not be blank, but was '" + value + "'");
    }
    if (Texts.hasLineBreak(value)) {
      throw new IllegalArgumentException("source id must be on one line, but was '" + Texts.shown(value) + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          "source id must not start or end with white space, but was '" + value + "'");
    }
  }

  /**
   * The source id with this value.
   *
   * @param value such as {@code "Aze 16"}
   * @return the id
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
