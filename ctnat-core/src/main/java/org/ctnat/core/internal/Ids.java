package org.ctnat.core.internal;

/** Ordering of dotted, numbered ids ("1.9" before "1.10"). Stateless. */
public final class Ids {

  private Ids() {}

  /**
   * Compares two dotted ids part by part, numerically where both parts are numbers.
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
    return Integer.compare(pa.length, pb.length);
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
