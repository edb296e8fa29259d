package org.ctnat.core.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.core.response.WorkshopResult;

/**
 * Checks an assessment against the instrument it claims to use and reports every problem — never
 * only the first — as one {@link ValidationReport}. Nothing is repaired or dropped.
 *
 * <p>The assessment itself: it was made with the instrument's id and version ({@link
 * ViolationRule#WRONG_INSTRUMENT}); every judgement is of an indicator of the framework; every
 * piece of evidence cites one of the assessment's sources, an item or question of the survey, a
 * question of the interview guide and, if it names one, one of the assessment's interviews; every
 * recommendation is for an area of the framework and names only criteria of that area. These
 * violations have the assessment as their subject ({@code RespondentId.of(assessment id)}: the
 * report's subjects are pseudonymous ids, and an assessment id has their form); their element is
 * {@code "judgement 1.1-F1"} or {@code "recommendation 2"} (counted from 1); the rules that the
 * collected data does not have are {@link AssessmentRule}s, reported under the closest {@link
 * ViolationRule} (see there).
 *
 * <p>The collected data: every survey response, interview record and workshop result is
 * validated with {@link ResponseValidation}, with their own ids as subjects; a respondent,
 * interview or workshop group that appears twice is a {@link ViolationRule#DUPLICATE_RESPONDENT}.
 *
 * <p>Order: the assessment's own violations (instrument, judgements in the order given,
 * recommendations), then the responses, the interviews and the workshop results.
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessmentValidation {

  private AssessmentValidation() {}

  /**
   * Validates an assessment and all the data it holds.
   *
   * @param instrument the instrument the assessment should use
   * @param assessment the assessment
   * @return every violation found
   */
  public static ValidationReport validate(Instrument instrument, Assessment assessment) {
    List<Violation> found = new ArrayList<>();
    RespondentId subject = subject(assessment);
    if (!instrument.id().equals(assessment.instrumentId())
        || !instrument.version().equals(assessment.instrumentVersion())) {
      found.add(Violation.of(subject, "instrument", ViolationRule.WRONG_INSTRUMENT, "made with " + assessment.instrumentId()
          + " " + assessment.instrumentVersion() + ", validated against " + instrument.id() + " "
          + instrument.version()));
    }
    for (IndicatorJudgement judgement : assessment.judgements()) {
      judgement(instrument, Optional.of(assessment), subject, judgement, found);
    }
    List<Recommendation> recommendations = assessment.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      recommendation(instrument, subject, "recommendation " + (i + 1), recommendations.get(i), found);
    }
    ValidationReport report = ValidationReport.of(found)
        .plus(ResponseValidation.validateAll(instrument, assessment.surveyResponses()));
    Set<RespondentId> seen = new HashSet<>();
    List<Violation> duplicates = new ArrayList<>();
    for (InterviewRecord record : assessment.interviews()) {
      report = report.plus(ResponseValidation.validate(instrument, record));
      if (!seen.add(record.id())) {
        duplicates.add(Violation.of(record.id(), "interview", ViolationRule.DUPLICATE_RESPONDENT,
            "interview " + record.id() + " has more than one record"));
      }
    }
    seen.clear();
    for (WorkshopResult result : assessment.workshopResults()) {
      report = report.plus(ResponseValidation.validate(instrument, result));
      if (!seen.add(result.group())) {
        duplicates.add(Violation.of(result.group(), "group", ViolationRule.DUPLICATE_RESPONDENT,
            "workshop group " + result.group() + " has more than one result"));
      }
    }
    return report.plus(ValidationReport.of(duplicates));
  }

  /**
   * Validates judgements on their own, before they join an assessment: each indicator and each
   * survey item and interview question cited must exist in the instrument, and no indicator may
   * be judged twice. Whether cited sources and interview records exist is checked once the
   * judgements are part of an assessment ({@link #validate(Instrument, Assessment)}).
   *
   * @param instrument the instrument the judgements are made against
   * @param subject the id the violations are reported under, such as the assessment's id
   * @param judgements the judgements
   * @return every violation found
   */
  public static ValidationReport validateJudgements(Instrument instrument, RespondentId subject,
      List<IndicatorJudgement> judgements) {
    List<Violation> found = new ArrayList<>();
    Set<org.ctnat.core.framework.IndicatorId> seen = new HashSet<>();
    for (IndicatorJudgement judgement : judgements) {
      judgement(instrument, Optional.empty(), subject, judgement, found);
      if (!seen.add(judgement.indicator())) {
        found.add(AssessmentRule.DUPLICATE_JUDGEMENT.violation(subject, "judgement " + judgement.indicator(),
            "indicator " + judgement.indicator() + " is judged more than once"));
      }
    }
    return ValidationReport.of(found);
  }

  /**
   * The subject under which an assessment's own violations are reported.
   *
   * @param assessment the assessment
   * @return its id as a pseudonymous subject id
   */
  public static RespondentId subject(Assessment assessment) {
    return RespondentId.of(assessment.id().value());
  }

  private static void judgement(Instrument instrument, Optional<Assessment> assessment, RespondentId subject,
      IndicatorJudgement judgement, List<Violation> found) {
    String element = "judgement " + judgement.indicator();
    if (instrument.framework().indicator(judgement.indicator()).isEmpty()) {
      found.add(AssessmentRule.UNKNOWN_INDICATOR.violation(subject, element, "the framework has no criterion "
          + judgement.indicator().criterion() + ", so no indicator " + judgement.indicator()));
    }
    for (EvidenceReference evidence : judgement.evidence()) {
      if (evidence instanceof DocumentEvidence d) {
        if (assessment.isPresent() && assessment.get().source(d.source()).isEmpty()) {
          found.add(AssessmentRule.UNKNOWN_SOURCE.violation(subject, element, "cites " + d
              + ", but " + d.source() + " is not among the assessment's sources"));
        }
      } else if (evidence instanceof SurveyEvidence s) {
        boolean known = instrument.questionOf(s.item()).isPresent()
            || instrument.survey().question(s.item()).isPresent();
        if (!known) {
          found.add(AssessmentRule.UNKNOWN_SURVEY_ITEM.violation(subject, element, "cites " + s
              + ", but the survey has no item " + s.item()));
        }
      } else if (evidence instanceof InterviewEvidence q) {
        if (instrument.interviewGuide().question(q.question()).isEmpty()) {
          found.add(AssessmentRule.UNKNOWN_INTERVIEW_QUESTION.violation(subject, element, "cites " + q
              + ", but the interview guide has no question " + q.question()));
        }
        Optional<RespondentId> interview = q.interview();
        if (interview.isPresent() && assessment.isPresent() && assessment.get().interview(interview.get()).isEmpty()) {
          found.add(AssessmentRule.UNKNOWN_INTERVIEW.violation(subject, element, "cites " + q
              + ", but " + interview.get() + " is not among the assessment's interviews"));
        }
      }
    }
  }

  private static void recommendation(Instrument instrument, RespondentId subject, String element,
      Recommendation recommendation, List<Violation> found) {
    Optional<ThematicArea> area = instrument.framework().area(recommendation.area());
    if (area.isEmpty()) {
      found.add(AssessmentRule.UNKNOWN_AREA.violation(subject, element, "is for area " + recommendation.area()
          + ", which the framework does not have"));
    }
    for (CriterionId criterion : recommendation.criteria()) {
      Optional<ThematicArea> owner = instrument.framework().areaOf(criterion);
      if (owner.isEmpty()) {
        found.add(AssessmentRule.UNKNOWN_CRITERION.violation(subject, element, "names criterion " + criterion
            + ", which the framework does not have"));
      } else if (area.isPresent() && !owner.get().id().equals(recommendation.area())) {
        found.add(AssessmentRule.CRITERION_OF_ANOTHER_AREA.violation(subject, element, "is for area "
            + recommendation.area() + " but names criterion " + criterion + " of area " + owner.get().id()));
      }
    }
  }
}
