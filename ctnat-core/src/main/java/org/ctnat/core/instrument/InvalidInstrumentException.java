package org.ctnat.core.instrument;

import java.util.List;

/**
 * Thrown when an instrument breaks one or more of the rules of {@link InstrumentValidation}.
 * The message lists every problem, each naming the element and the rule; {@link #problems()}
 * gives them one by one.
 */
public final class InvalidInstrumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * An exception for these problems.
   *
   * @param instrument the instrument's id and version, for the message
   * @param problems at least one problem
   */
  public InvalidInstrumentException(String instrument, List<String> problems) {
    super("instrument " + instrument + " is invalid (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):" + System.lineSeparator() + "  - "
        + String.join(System.lineSeparator() + "  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order the rules were checked.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
