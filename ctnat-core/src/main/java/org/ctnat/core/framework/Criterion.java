package org.ctnat.core.framework;

import java.util.List;
import org.immutables.value.Value;

/**
 * A criterion of the CT-NAT framework, such as 1.3 "Indicators, screening checklists and other
 * identification tools", judged by exactly four indicators: framework level 1, framework level
 * 2, operational level 1, operational level 2.
 *
 * <p>Building a criterion checks the four-indicator rule; the indicators are kept in that
 * canonical order whatever order they were given in. {@code toString()} prints the criterion
 * with its four indicators, one per line.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Criterion {

  Criterion() {}

  /**
   * The criterion's id, e.g. {@code 1.3}.
   *
   * @return the id
   */
  public abstract CriterionId id();

  /**
   * The criterion's title, verbatim from the instrument.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The four indicators, in the order F1, F2, O1, O2.
   *
   * @return exactly four indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * A criterion from its id, title and the four indicator statements.
   *
   * @param id the id
   * @param title the title
   * @param framework1 framework indicator, level 1
   * @param framework2 framework indicator, level 2
   * @param operational1 operational indicator, level 1
   * @param operational2 operational indicator, level 2
   * @return the criterion
   */
  public static Criterion of(
      CriterionId id,
      LocalizedText title,
      LocalizedText framework1,
      LocalizedText framework2,
      LocalizedText operational1,
      LocalizedText operational2) {
    return ImmutableCriterion.builder()
        .id(id)
        .title(title)
        .addIndicators(
            Indicator.of(id, Dimension.FRAMEWORK, Level.ONE, framework1),
            Indicator.of(id, Dimension.FRAMEWORK, Level.TWO, framework2),
            Indicator.of(id, Dimension.OPERATIONAL, Level.ONE, operational1),
            Indicator.of(id, Dimension.OPERATIONAL, Level.TWO, operational2))
        .build();
  }

  /**
   * A builder for a criterion.
   *
   * @return a new builder
   */
  public static ImmutableCriterion.Builder builder() {
    return ImmutableCriterion.builder();
  }

  /**
   * The indicator in one cell.
   *
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @return the indicator (there is always exactly one)
   */
  public Indicator indicator(Dimension dimension, Level level) {
    return indicators().get(dimension.ordinal() * 2 + level.ordinal());
  }

  /**
   * A copy with another title.
   *
   * @param title the new title
   * @return the copy
   */
  public abstract Criterion withTitle(LocalizedText title);

  /**
   * A copy with other indicators (checked like a new criterion).
   *
   * @param indicators the four indicators
   * @return the copy
   */
  public abstract Criterion withIndicators(Iterable<? extends Indicator> indicators);

  @Value.Check
  Criterion check() {
    String where = "criterion " + id();
    if (indicators().size() != 4) {
      throw new IllegalArgumentException(
          where + ": must have exactly four indicators (framework and operational, levels 1 and 2),"
              + " but has " + indicators().size());
    }
    Indicator[] ordered = new Indicator[4];
    for (Indicator indicator : indicators()) {
      if (!indicator.criterion().equals(id())) {
        throw new IllegalArgumentException(
            where + ": indicator " + indicator.id() + " belongs to criterion "
                + indicator.criterion());
      }
      int slot = indicator.dimension().ordinal() * 2 + indicator.level().ordinal();
      if (ordered[slot] != null) {
        throw new IllegalArgumentException(
            where + ": must have exactly one indicator per dimension and level, but "
                + indicator.id() + " appears twice");
      }
      ordered[slot] = indicator;
    }
    List<Indicator> canonical = List.of(ordered);
    return canonical.equals(indicators()) ? this : withIndicators(canonical);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(id()).append(' ').append(title());
    for (Indicator indicator : indicators()) {
      out.append(System.lineSeparator())
          .append(String.format("  %-7s %-11s level %d  %s",
              indicator.id(), indicator.dimension(), indicator.level().number(),
              indicator.statement()));
    }
    return out.toString();
  }
}
