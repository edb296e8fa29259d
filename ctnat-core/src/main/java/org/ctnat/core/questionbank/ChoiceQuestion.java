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
   * A copy with other options, checked like a new question. A full {@link Ranking} stays full:
   * its limits follow the number of options.
   *
   * @param options the options
   * @return the copy, of the same kind
   */
  ChoiceQuestion withOptionsAdapted(Iterable<? extends ChoiceOption> options);

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
