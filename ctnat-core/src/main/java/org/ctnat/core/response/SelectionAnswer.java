package org.ctnat.core.response;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a multiple-choice question: the codes of the options chosen, in the order
 * given, and the text given with an "Other – please specify" option. Duplicates are kept as
 * given so that validation can report them.
 *
 * @param codes the option codes chosen
 * @param otherText the text specified, if any
 */
public record SelectionAnswer(List<String> codes, Optional<String> otherText) implements Answer {

  /** Copies the codes and checks for nulls. */
  public SelectionAnswer {
    codes = List.copyOf(Objects.requireNonNull(codes, "selection answer: codes"));
    Objects.requireNonNull(otherText, "selection answer: otherText");
  }

  /**
   * A selection without text.
   *
   * @param codes the option codes
   * @return the answer
   */
  public static SelectionAnswer of(String... codes) {
    return new SelectionAnswer(List.of(codes), Optional.empty());
  }

  /**
   * A selection with the text of an "Other – please specify" option.
   *
   * @param otherText the text specified
   * @param codes the option codes
   * @return the answer
   */
  public static SelectionAnswer withOther(String otherText, String... codes) {
    return new SelectionAnswer(List.of(codes), Optional.of(otherText));
  }

  @Override
  public String kindName() {
    return "selection";
  }

  @Override
  public String toString() {
    return String.join(" ", codes) + otherText.map(t -> " (\"" + t + "\")").orElse("");
  }
}
