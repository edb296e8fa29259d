package org.ctnat.io;

/**
 * The limits a reader of one JSON or YAML document enforces, so that a hostile document is
 * refused in bounded time and memory: its size, how deep its arrays and objects nest, and how
 * long one string may be. Exceeding one is a {@link CtnatReadException} that names the limit.
 *
 * <p>The readers of {@link Instruments}, {@link SurveyResponses}, {@link InterviewRecords}, {@link
 * WorkshopResults} and {@link Assessments} use {@link #DEFAULT} unless given others, for
 * example to read an assessment with many thousand responses:
 *
 * <pre>{@code
 * Assessment big = Assessments.read(Path.of("national-survey.json"),
 *     DocumentLimits.DEFAULT.withMaxDocumentBytes(256 * 1024 * 1024));
 * }</pre>
 *
 * <p>JSON-lines streams are limited per line and per number of responses instead ({@link
 * SurveyResponses.Limits}); CSV files by {@link CsvResponses#MAX_ROWS} and its siblings.
 *
 * @param maxDocumentBytes the largest document, in bytes: 1 to {@value #MOST_DOCUMENT_BYTES}
 * @param maxNestingDepth the deepest nesting of arrays and objects: 8 to {@value #MOST_NESTING_DEPTH}
 *     (CT-NAT documents nest about 8 deep)
 * @param maxStringLength the longest string value, in characters: 1 or more
 */
public record DocumentLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

  /** The default document size: {@value} bytes (16 MiB). */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** The default nesting depth: {@value}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default string length: {@value} characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The largest document size that can be set: {@value} bytes, the most a Java array holds. */
  public static final int MOST_DOCUMENT_BYTES = Integer.MAX_VALUE - 8;

  /** The deepest nesting that can be set: {@value}, so that reading never overflows the stack. */
  public static final int MOST_NESTING_DEPTH = 1000;

  /**
   * The defaults: documents of {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting {@value
   * #DEFAULT_MAX_NESTING_DEPTH} deep, strings of {@value #DEFAULT_MAX_STRING_LENGTH} characters.
   */
  public static final DocumentLimits DEFAULT = new DocumentLimits(DEFAULT_MAX_DOCUMENT_BYTES,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH);

  /** Checks the limits. */
  public DocumentLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > MOST_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("document limits: maxDocumentBytes must be 1 to " + MOST_DOCUMENT_BYTES
          + ", but was " + maxDocumentBytes);
    }
    if (maxNestingDepth < 8 || maxNestingDepth > MOST_NESTING_DEPTH) {
      throw new IllegalArgumentException("document limits: maxNestingDepth must be 8 to " + MOST_NESTING_DEPTH
          + ", but was " + maxNestingDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("document limits: maxStringLength must be at least 1, but was "
          + maxStringLength);
    }
  }

  /**
   * A copy with another document size.
   *
   * @param maxDocumentBytes the largest document, in bytes
   * @return the limits
   */
  public DocumentLimits withMaxDocumentBytes(int maxDocumentBytes) {
    return new DocumentLimits(maxDocumentBytes, maxNestingDepth, maxStringLength);
  }

  /**
   * A copy with another nesting depth.
   *
   * @param maxNestingDepth the deepest nesting
   * @return the limits
   */
  public DocumentLimits withMaxNestingDepth(int maxNestingDepth) {
    return new DocumentLimits(maxDocumentBytes, maxNestingDepth, maxStringLength);
  }

  /**
   * A copy with another string length.
   *
   * @param maxStringLength the longest string, in characters
   * @return the limits
   */
  public DocumentLimits withMaxStringLength(int maxStringLength) {
    return new DocumentLimits(maxDocumentBytes, maxNestingDepth, maxStringLength);
  }
}
