package org.ctnat.core.response;

import java.util.Objects;

/**
 * The answer to one statement of a grid: the code of the scale point checked ("check only one
 * box per line").
 *
 * @param code the scale point code, e.g. {@code adequate}
 */
public record PointAnswer(String code) implements Answer {

  /** Checks for null. */
  public PointAnswer {
    Objects.requireNonNull(code, "point answer: code");
  }

  /**
   * The answer with this point.
   *
   * @param code the scale point code
   * @return the answer
   */
  public static PointAnswer of(String code) {
    return new PointAnswer(code);
  }

  @Override
  public String kindName() {
    return "point";
  }

  @Override
  public String toString() {
    return code;
  }
}
