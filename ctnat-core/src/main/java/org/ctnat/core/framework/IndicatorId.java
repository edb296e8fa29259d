package org.ctnat.core.framework;

import java.util.Comparator;
import java.util.Objects;

/**
 * The stable id of an indicator: its criterion, dimension and level, written
 * {@code 1.3-F1} (criterion 1.3, framework, level 1) or {@code 5.2-O2} (criterion 5.2,
 * operational, level 2).
 *
 * <p>{@code toString()} writes that form and {@link #parse(String)} reads it back. Ids order by
 * criterion, then framework before operational, then level.
 *
 * @param criterion the criterion
 * @param dimension framework or operational
 * @param level level 1 or 2
 */
public record IndicatorId(CriterionId criterion, Dimension dimension, Level level)
    implements Comparable<IndicatorId> {

  private static final Comparator<IndicatorId> ORDER =
      Comparator.comparing(IndicatorId::criterion)
          .thenComparing(IndicatorId::dimension)
          .thenComparing(IndicatorId::level);

  /** Checks that no part is null. */
  public IndicatorId {
    Objects.requireNonNull(criterion, "indicator id: criterion");
    Objects.requireNonNull(dimension, "indicator id: dimension");
    Objects.requireNonNull(level, "indicator id: level");
  }

  /**
   * The indicator id of a criterion's cell.
   *
   * @param criterion the criterion
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @return the id
   */
  public static IndicatorId of(CriterionId criterion, Dimension dimension, Level level) {
    return new IndicatorId(criterion, dimension, level);
  }

  /**
   * Reads an id written as {@code <criterion>-<F|O><1|2>}, e.g. {@code 1.3-F1}.
   *
   * @param text the id
   * @return the id
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static IndicatorId parse(String text) {
    Objects.requireNonNull(text, "indicator id");
    int dash = text.lastIndexOf('-');
    if (dash <= 0 || dash != text.length() - 3) {
      throw new IllegalArgumentException(
          "indicator id must look like '1.3-F1' (criterion, '-', F or O, 1 or 2), but was '"
              + text + "'");
    }
    char d = text.charAt(dash + 1);
    char l = text.charAt(dash + 2);
    if ((d != 'F' && d != 'O') || (l != '1' && l != '2')) {
      throw new IllegalArgumentException(
          "indicator id must end in -F1, -F2, -O1 or -O2, but was '" + text + "'");
    }
    return of(CriterionId.of(text.substring(0, dash)), Dimension.ofLetter(d), Level.of(l - '0'));
  }

  @Override
  public int compareTo(IndicatorId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return criterion + "-" + dimension.letter() + level.number();
  }
}
