package org.ctnat.core.questionbank;

/**
 * The respondent-profile attributes that survey section 1 records, by which results can be
 * disaggregated. A single-choice question may declare which attribute its answer records.
 */
public enum ProfileAttribute {
  /** 1.1 the country the respondent primarily works in. */
  COUNTRY("country"),
  /** 1.2 the respondent's position category. */
  POSITION("position"),
  /** 1.3 years employed by the current organization. */
  YEARS_IN_ORGANISATION("yearsInOrganisation"),
  /** 1.4 years worked on counter-trafficking issues. */
  YEARS_ON_COUNTER_TRAFFICKING("yearsOnCounterTrafficking"),
  /** 1.5 age band. */
  AGE_BAND("ageBand"),
  /** 1.6 gender. */
  GENDER("gender");

  private final String key;

  ProfileAttribute(String key) {
    this.key = key;
  }

  /**
   * The attribute's key in files and command lines, e.g. {@code yearsInOrganisation}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The attribute with this key (case-insensitive).
   *
   * @param key e.g. {@code gender}
   * @return the attribute
   * @throws IllegalArgumentException if no attribute has that key
   */
  public static ProfileAttribute ofKey(String key) {
    for (ProfileAttribute a : values()) {
      if (a.key.equalsIgnoreCase(key)) {
        return a;
      }
    }
    throw new IllegalArgumentException("profile attribute must be one of country, position, "
        + "yearsInOrganisation, yearsOnCounterTrafficking, ageBand, gender, but was '" + key + "'");
  }
}
