package org.ctnat.core.assessment;

import java.util.Objects;
import org.ctnat.core.questionbank.ItemId;

/**
 * A citation of the survey's answers to one item — a question, a grid statement (3.1.5), or a
 * whole grid (3.1). {@code toString()} is {@code survey 3.1.5}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param item the item cited
 */
public record SurveyEvidence(ItemId item) implements EvidenceReference {

  /** Checks for null. */
  public SurveyEvidence {
    Objects.requireNonNull(item, "survey evidence: item");
  }

  /**
   * A citation of one survey item.
   *
   * @param item the item id, e.g. {@code "3.1.5"}
   * @return the reference
   */
  public static SurveyEvidence of(String item) {
    return new SurveyEvidence(ItemId.of(item));
  }

  @Override
  public EvidenceType type() {
    return EvidenceType.SURVEY;
  }

  @Override
  public String toString() {
    return "survey " + item;
  }
}
