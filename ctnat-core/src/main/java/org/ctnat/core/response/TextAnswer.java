package org.ctnat.core.response;

import java.util.Objects;

/**
 * The answer to a free-text question, in the respondent's words.
 *
 * @param text the text
 */
public record TextAnswer(String text) implements Answer {

  /** Checks for null. */
  public TextAnswer {
    Objects.requireNonNull(text, "text answer: text");
  }

  /**
   * The answer with this text.
   *
   * @param text the text
   * @return the answer
   */
  public static TextAnswer of(String text) {
    return new TextAnswer(text);
  }

  @Override
  public String kindName() {
    return "text";
  }

  @Override
  public String toString() {
    return "\"" + text + "\"";
  }
}
