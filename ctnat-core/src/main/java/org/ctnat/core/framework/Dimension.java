package org.ctnat.core.framework;

/**
 * The two kinds of indicator in the CT-NAT framework.
 *
 * <p>An assessment that meets a criterion's framework indicators but not its operational ones
 * has an <em>implementation gap</em>: the law or policy exists but does not work in practice.
 */
public enum Dimension {
  /** Law, policy or structures exist ("NRM specific to THB is in place"). */
  FRAMEWORK('F'),
  /** They work in practice ("State and non-State actors are referring ... victims"). */
  OPERATIONAL('O');

  private final char letter;

  Dimension(char letter) {
    this.letter = letter;
  }

  /**
   * The letter used in indicator ids: {@code F} or {@code O}.
   *
   * @return the letter
   */
  public char letter() {
    return letter;
  }

  /**
   * The dimension with this id letter.
   *
   * @param letter {@code F} or {@code O}
   * @return the dimension
   * @throws IllegalArgumentException for any other letter
   */
  public static Dimension ofLetter(char letter) {
    for (Dimension d : values()) {
      if (d.letter == letter) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "dimension letter must be 'F' or 'O', but was '" + letter + "'");
  }
}
