package org.ctnat.io;

import java.util.Optional;

/**
 * Thrown by every reader of the SDK when its input cannot be read: malformed syntax, a wrong
 * type, a missing member, a value that breaks a rule of the model, a size limit exceeded.
 *
 * <p>It says where — the {@linkplain #source() source} (file name or a description), the
 * {@linkplain #line() line} and {@linkplain #column() column} when known, and the {@linkplain
 * #pointer() JSON pointer} of the element (e.g. {@code /instrument/framework/areas/0/criteria/2})
 * — and what: {@linkplain #problem() the problem}, naming what was expected. No parser, mapping
 * or {@code NullPointerException} escapes a reader in its place.
 */
public class CtnatReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * An exception for a problem at a location.
   *
   * @param source the source name
   * @param pointer the JSON pointer of the element, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, or null
   */
  public CtnatReadException(
      String source, String pointer, int line, int column, String problem, Throwable cause) {
    super(format(source, pointer, line, column, problem), cause);
    this.source = source;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String source, String pointer, int line, int column, String problem) {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (pointer != null && !pointer.isEmpty()) {
      out.append(" at ").append(pointer);
    }
    return out.append(": ").append(problem).toString();
  }

  /**
   * The source that was read: a file name or a description such as {@code <stdin>}.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The JSON pointer of the element in error; {@code ""} for the whole document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line of the error, counted from 1.
   *
   * @return the line, or empty if unknown
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * The column of the error, counted from 1.
   *
   * @return the column, or empty if unknown
   */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
