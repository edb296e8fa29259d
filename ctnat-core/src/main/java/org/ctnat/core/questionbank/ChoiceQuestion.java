package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;

/**
 * The question kinds whose answers pick from a list of options: {@link SingleChoice}, {@link
 * MultipleChoice} and {@link Ranking}.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public interface ChoiceQuestion {

  /**
   * The options, in the order printed.
   *
   * @return the options
   */
  List<ChoiceOption> options();

  /**
   * One option by code.
   *
   * @param code the code
   * @return the option, or empty
   */
  default Optional<ChoiceOption> option(String code) {
    return options().stream().filter(o -> o.code().equals(code)).findFirst();
  }
}
