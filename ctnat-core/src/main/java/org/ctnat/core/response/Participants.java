package org.ctnat.core.response;

/**
 * The number and sex of the people who took part in one interview — the guide's "Number and
 * sex of participants" field, counted so that participant profiles can be tallied (the 2016
 * Azerbaijan interviews: 36 people, 28 men and 8 women).
 *
 * @param female the number of women
 * @param male the number of men
 * @param unspecified the number whose sex was not recorded or who gave another
 */
public record Participants(int female, int male, int unspecified) {

  /** Checks that no count is negative. */
  public Participants {
    if (female < 0 || male < 0 || unspecified < 0) {
      throw new IllegalArgumentException("participants: counts must not be negative, but were female="
          + female + ", male=" + male + ", unspecified=" + unspecified);
    }
  }

  /**
   * Participants by sex.
   *
   * @param female women
   * @param male men
   * @return the participants
   */
  public static Participants of(int female, int male) {
    return new Participants(female, male, 0);
  }

  /**
   * Everyone who took part.
   *
   * @return the total
   */
  public int total() {
    return female + male + unspecified;
  }

  @Override
  public String toString() {
    return total() + " (" + female + " female, " + male + " male"
        + (unspecified > 0 ? ", " + unspecified + " unspecified" : "") + ")";
  }
}
