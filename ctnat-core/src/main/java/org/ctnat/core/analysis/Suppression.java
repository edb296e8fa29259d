package org.ctnat.core.analysis;

/**
 * Why a cell of a {@link SuppressedTable} is, or is not, published.
 *
 * <p>The marks are for the analyst who runs disclosure control. A table meant for publication
 * should show {@link #PRIMARY} and {@link #COMPLEMENTARY} cells with the same symbol: telling
 * them apart tells the reader that a primary cell holds fewer than {@code k} respondents.
 * {@link SuppressedTable#toString()} does so.
 */
public enum Suppression {
  /** The count is published. */
  PUBLISHED,
  /** The count is below the threshold {@code k} (or is a zero treated as sensitive): withheld. */
  PRIMARY,
  /** The count is withheld so that no primary cell can be derived from the totals. */
  COMPLEMENTARY;

  /**
   * Whether the count is withheld.
   *
   * @return true for {@link #PRIMARY} and {@link #COMPLEMENTARY}
   */
  public boolean isSuppressed() {
    return this != PUBLISHED;
  }
}
