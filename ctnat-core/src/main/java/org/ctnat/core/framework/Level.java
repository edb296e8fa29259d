package org.ctnat.core.framework;

/**
 * The two levels of each indicator dimension: level 1 is the basic standard, level 2 the
 * stronger one (e.g. "identification tools are used by some stakeholders" at level 1, "by all
 * stakeholders" at level 2).
 */
public enum Level {
  /** Level 1. */
  ONE(1),
  /** Level 2. */
  TWO(2);

  private final int number;

  Level(int number) {
    this.number = number;
  }

  /**
   * The level's number.
   *
   * @return 1 or 2
   */
  public int number() {
    return number;
  }

  /**
   * The level with this number.
   *
   * @param number 1 or 2
   * @return the level
   * @throws IllegalArgumentException for any other number
   */
  public static Level of(int number) {
    if (number == 1) {
      return ONE;
    }
    if (number == 2) {
      return TWO;
    }
    throw new IllegalArgumentException("indicator level must be 1 or 2, but was " + number);
  }
}
