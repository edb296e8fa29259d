package org.ctnat.core.assessment;

import java.util.Optional;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;

/**
 * The rules an assessment's judgements and recommendations can break, beyond those of the
 * collected data ({@link ViolationRule}).
 *
 * <p>{@link AssessmentValidation} reports them in the same {@link
 * org.ctnat.core.response.ValidationReport} as the data's violations, so that one report lists
 * every problem: each is a {@link Violation} whose {@link Violation#rule() rule} is the {@link
 * ViolationRule} of the same name ({@link #violationRule()}); {@link #of(Violation)} reads the
 * assessment rule back.
 */
public enum AssessmentRule {
  /** A judgement of an indicator the instrument's framework does not have. */
  UNKNOWN_INDICATOR,
  /** Judgements, before they join an assessment, that judge one indicator twice. */
  DUPLICATE_JUDGEMENT,
  /** Evidence citing a document that is not among the assessment's sources. */
  UNKNOWN_SOURCE,
  /** Evidence citing a survey item (or question) the survey does not have. */
  UNKNOWN_SURVEY_ITEM,
  /** Evidence citing a question the interview guide does not have. */
  UNKNOWN_INTERVIEW_QUESTION,
  /** Evidence citing an interview that is not among the assessment's interview records. */
  UNKNOWN_INTERVIEW,
  /** A recommendation for an area the framework does not have. */
  UNKNOWN_AREA,
  /** A recommendation naming a criterion the framework does not have. */
  UNKNOWN_CRITERION,
  /** A recommendation naming a criterion of another area than its own. */
  CRITERION_OF_ANOTHER_AREA;

  private final ViolationRule violationRule;

  AssessmentRule() {
    this.violationRule = ViolationRule.valueOf(name());
  }

  /**
   * The data rule a violation of this rule is reported under.
   *
   * @return the {@link ViolationRule} of the same name
   */
  public ViolationRule violationRule() {
    return violationRule;
  }

  /**
   * The rule in words.
   *
   * @return the description
   */
  public String description() {
    return violationRule.description();
  }

  /**
   * A violation of this rule.
   *
   * @param subject the assessment, as a subject of violations
   * @param element where, e.g. {@code "judgement 1.1-F1"}
   * @param detail what was found
   * @return the violation, reported under the rule of the same name
   */
  Violation violation(RespondentId subject, String element, String detail) {
    return Violation.of(subject, element, violationRule, detail);
  }

  /**
   * The assessment rule a violation reports, if any.
   *
   * @param violation a violation from a validation report
   * @return the rule, or empty for a violation of the collected data
   */
  public static Optional<AssessmentRule> of(Violation violation) {
    for (AssessmentRule rule : values()) {
      if (violation.rule() == rule.violationRule) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
