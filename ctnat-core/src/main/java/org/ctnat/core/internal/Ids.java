package org.ctnat.core.internal;

/** Ordering of dotted, numbered ids ("1.9" before "1.10"). Stateless. */
public final class Ids {

  private Ids() {}

  /**
   * Compares two dotted ids part by part, numerically where both parts are numbers; ids that
   * are numerically alike but spelled differently ({@code 1.01}, {@code 1.1}) are ordered by
   * their spelling, so the order is consistent with {@code equals}.
   *
   * @param a one id
   * @param b the other id
   * @return negative, zero or positive
   */
  public static int compareNumbered(String a, String b) {
    String[] pa = a.split("[.]", -1);
    String[] pb = b.split("[.]", -1);
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = comparePart(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(pa.length, pb.length);
    // consistent with equals: "1.01" and "1.1" are numerically alike but different ids
    return c != 0 ? c : a.compareTo(b);
  }

  private static int comparePart(String a, String b) {
    boolean na = !a.isEmpty() && a.length() < 10 && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.length() < 10 && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
