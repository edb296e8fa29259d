package org.ctnat.core.instrument;

import java.util.List;

/**
 * Thrown when an instrument breaks one or more of the rules of {@link InstrumentValidation}.
 * The message lists every problem, each naming the element and the rule; {@link #problems()}
 * gives them one by one, and {@link #findings()} with the element each is in (so that a reader
 * of a file can point at its line).
 */
public final class InvalidInstrumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;
  private final List<InstrumentValidation.Finding> findings;

  /**
   * An exception for these problems, whose elements are not known.
   *
   * @param instrument the instrument's id and version, for the message
   * @param problems at least one problem
   */
  public InvalidInstrumentException(String instrument, List<String> problems) {
    this(instrument, problems, problems.stream().map(p -> new InstrumentValidation.Finding("", p)).toList());
  }

  private InvalidInstrumentException(String instrument, List<String> problems,
      List<InstrumentValidation.Finding> findings) {
    super("instrument " + instrument + " is invalid (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):" + System.lineSeparator() + "  - "
        + String.join(System.lineSeparator() + "  - ", problems));
    this.problems = List.copyOf(problems);
    this.findings = List.copyOf(findings);
  }

  /** An exception for findings of {@link InstrumentValidation}. */
  static InvalidInstrumentException of(String instrument, List<InstrumentValidation.Finding> findings) {
    return new InvalidInstrumentException(instrument,
        findings.stream().map(InstrumentValidation.Finding::message).toList(), findings);
  }

  /**
   * Every problem found, in the order the rules were checked.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Every problem with the element it is in ({@link InstrumentValidation.Finding#element()},
   * empty when not known), in the order the rules were checked.
   *
   * @return the findings
   */
  public List<InstrumentValidation.Finding> findings() {
    return findings;
  }
}
