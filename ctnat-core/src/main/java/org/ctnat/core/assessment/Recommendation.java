package org.ctnat.core.assessment;

import java.util.List;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A recommendation of the assessment report, written for one thematic area as in the 2016
 * report ("Recommendations: identification and referral"), optionally naming the criteria whose
 * gaps it addresses.
 *
 * <p>The text must not be blank and a criterion may be named once. That the area and criteria
 * exist, and that the criteria belong to the area, is checked by {@link AssessmentValidation}.
 * {@code toString()} is {@code area 1 [1.2, 1.3]: Train border guards in the use of ...}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recommendation {

  Recommendation() {}

  /**
   * The thematic area the recommendation is written for.
   *
   * @return the area id
   */
  public abstract AreaId area();

  /**
   * What is recommended.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * The criteria the recommendation addresses.
   *
   * @return the criteria ids, possibly empty (the area as a whole)
   */
  public abstract List<CriterionId> criteria();

  /**
   * A recommendation.
   *
   * @param area the area
   * @param text what is recommended
   * @param criteria the criteria addressed, if any
   * @return the recommendation
   */
  public static Recommendation of(AreaId area, String text, CriterionId... criteria) {
    return builder().area(area).text(text).addCriteria(criteria).build();
  }

  /**
   * A builder for a recommendation.
   *
   * @return a new builder
   */
  public static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }

  @Value.Check
  void check() {
    String where = "recommendation for area " + area();
    Texts.notBlank(where + ": text", text());
    Checks.unique(where, "criterion", criteria(), c -> c);
  }

  @Override
  public String toString() {
    return "area " + area() + (criteria().isEmpty() ? "" : " " + criteria()) + ": " + text();
  }
}
