package org.ctnat.core.response;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a single-choice question: the code of the option chosen, and the text given
 * with an "Other – please specify" option.
 *
 * @param code the option code
 * @param otherText the text specified, if any
 */
public record ChoiceAnswer(String code, Optional<String> otherText) implements Answer {

  /** Checks for nulls. */
  public ChoiceAnswer {
    Objects.requireNonNull(code, "choice answer: code");
    Objects.requireNonNull(otherText, "choice answer: otherText");
  }

  /**
   * A choice without text.
   *
   * @param code the option code
   * @return the answer
   */
  public static ChoiceAnswer of(String code) {
    return new ChoiceAnswer(code, Optional.empty());
  }

  /**
   * A choice of an "Other – please specify" option with its text.
   *
   * @param code the option code
   * @param otherText the text specified
   * @return the answer
   */
  public static ChoiceAnswer of(String code, String otherText) {
    return new ChoiceAnswer(code, Optional.of(otherText));
  }

  @Override
  public String kindName() {
    return "choice";
  }

  @Override
  public String toString() {
    return code + otherText.map(t -> " (\"" + t + "\")").orElse("");
  }
}
