package org.ctnat.core.analysis;

/**
 * The kinds of gap a criterion can show, read from its four indicators. A criterion may show
 * several at once (framework level 1 met, framework level 2 and operational level 1 not: an
 * implementation gap and a level 2 gap); a criterion whose four indicators are all met shows none.
 *
 * <p>"Not met" means any status other than met — not met, undetermined, or not judged — the same
 * rule by which an indicator is flagged for potential improvement.
 */
public enum GapKind {
  /** Framework level 1 is not met: the law, policy or structure is missing. */
  NO_FRAMEWORK("framework level 1 not met"),
  /** Framework level 1 is met but operational level 1 is not: the framework exists but does not work in practice. */
  IMPLEMENTATION_GAP("framework level 1 met, operational level 1 not"),
  /** A level 1 indicator is met but the level 2 indicator of the same dimension is not: the basic standard is reached, the stronger one not. */
  LEVEL_2_GAP("a level 1 met, its level 2 not");

  private final String description;

  GapKind(String description) {
    this.description = description;
  }

  /**
   * The rule in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
