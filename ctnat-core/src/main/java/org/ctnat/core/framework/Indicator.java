package org.ctnat.core.framework;

import org.immutables.value.Value;

/**
 * One indicator of the CT-NAT framework: a statement that an assessor judges met or not met
 * from the evidence, such as "Identification tools are in place, and stakeholders are aware of
 * and have access to them" (criterion 1.3, framework, level 1).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /**
   * The criterion this indicator belongs to.
   *
   * @return the criterion id
   */
  public abstract CriterionId criterion();

  /**
   * Framework (law and policy exist) or operational (they work in practice).
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * Level 1 or level 2.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * What the indicator states, verbatim from the instrument.
   *
   * @return the statement
   */
  public abstract LocalizedText statement();

  /**
   * The stable id, e.g. {@code 1.3-F1}.
   *
   * @return the id
   */
  public IndicatorId id() {
    return IndicatorId.of(criterion(), dimension(), level());
  }

  /**
   * An indicator.
   *
   * @param criterion the criterion it belongs to
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @param statement what it states
   * @return the indicator
   */
  public static Indicator of(
      CriterionId criterion, Dimension dimension, Level level, LocalizedText statement) {
    return ImmutableIndicator.builder()
        .criterion(criterion)
        .dimension(dimension)
        .level(level)
        .statement(statement)
        .build();
  }

  /**
   * A copy with another statement.
   *
   * @param statement the new statement
   * @return the copy
   */
  public abstract Indicator withStatement(LocalizedText statement);

  @Override
  public String toString() {
    return id() + " " + statement();
  }
}
