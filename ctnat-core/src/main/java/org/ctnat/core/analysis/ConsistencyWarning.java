package org.ctnat.core.analysis;

import java.util.Objects;
import org.ctnat.core.framework.IndicatorId;

/**
 * Something in an assessment's judgements that an assessor should look at again before the
 * report is published — not an error (validation reports those), but a judgement that is
 * unusual, unsupported or missing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what kind of warning
 * @param indicator the indicator concerned
 * @param detail what was found, in words
 */
public record ConsistencyWarning(Kind kind, IndicatorId indicator, String detail) {

  /** The kinds of warning. */
  public enum Kind {
    /** A level 2 indicator is met while the level 1 indicator of the same dimension is not: the stronger standard without the basic one. */
    LEVEL_2_WITHOUT_LEVEL_1,
    /** An indicator judged met or not met without any evidence cited. */
    NO_EVIDENCE,
    /** An indicator judged undetermined: more evidence is needed. */
    UNDETERMINED,
    /** An indicator of the instrument with no judgement at all. */
    UNJUDGED
  }

  /** Checks for nulls. */
  public ConsistencyWarning {
    Objects.requireNonNull(kind, "consistency warning: kind");
    Objects.requireNonNull(indicator, "consistency warning: indicator");
    Objects.requireNonNull(detail, "consistency warning: detail");
  }

  @Override
  public String toString() {
    return indicator + " " + kind + ": " + detail;
  }
}
