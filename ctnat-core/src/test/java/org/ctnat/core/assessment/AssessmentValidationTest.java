package org.ctnat.core.assessment;

import static org.ctnat.core.assessment.TestAssessments.INSTRUMENT;
import static org.ctnat.core.assessment.TestAssessments.builder;
import static org.ctnat.core.assessment.TestAssessments.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.core.response.WorkshopResult;
import org.junit.jupiter.api.Test;

/** Every rule of AssessmentValidation, each with an assessment that breaks it and the violation it reports. */
class AssessmentValidationTest {

  private static final RespondentId ASSESSMENT = RespondentId.of("TST-2016");

  private static ValidationReport check(Assessment assessment) {
    return AssessmentValidation.validate(INSTRUMENT, assessment);
  }

  private static Violation only(ValidationReport report, AssessmentRule rule, String element, String detail) {
    assertEquals(1, report.violations().size(), report::toString);
    Violation v = report.violations().get(0);
    assertEquals(ASSESSMENT, v.subject(), report::toString);
    assertEquals(rule.violationRule(), v.rule(), report::toString);
    assertEquals(Optional.of(rule), AssessmentRule.of(v), report::toString);
    assertEquals(element, v.element().orElse(null), report::toString);
    assertTrue(v.detail().contains(detail), () -> v.detail() + " should contain " + detail);
    return v;
  }

  private static Assessment judging(IndicatorJudgement judgement) {
    return builder().addJudgement(judgement).build();
  }

  @Test
  void aCompleteValidAssessmentHasNoViolations() {
    Assessment assessment = builder()
        .addJudgement(judge("1.1-F1", JudgementStatus.MET, DocumentEvidence.page("Tst 16", 3),
            SurveyEvidence.of("3.1.1"), InterviewEvidence.of("3.1", "TSTint1")))
        .addJudgement(judge("1.1-O1", JudgementStatus.NOT_MET, SurveyEvidence.of("3.1"), InterviewEvidence.of("3.1")))
        .addRecommendation(Recommendation.of(AreaId.of("1"), "Use the NRM.", CriterionId.of("1.1")))
        .addRecommendation(Recommendation.of(AreaId.of("2"), "Open shelters."))
        .build();
    ValidationReport report = check(assessment);
    assertTrue(report.isValid(), report::toString);
  }

  @Test
  void assessmentMadeWithAnotherVersionIsAViolation() {
    ValidationReport report = check(builder().instrumentVersion("0.9").build());
    assertEquals(1, report.violations().size(), report::toString);
    Violation v = report.violations().get(0);
    assertEquals(ViolationRule.WRONG_INSTRUMENT, v.rule());
    assertEquals(ASSESSMENT, v.subject());
    assertEquals(Optional.of("instrument"), v.element());
    assertEquals(AssessmentValidation.subject(builder().build()), v.subject());
    assertTrue(v.detail().contains("made with test-instrument 0.9, validated against test-instrument 1.0"), v::detail);
    assertEquals(Optional.empty(), AssessmentRule.of(v));
    assertTrue(check(builder().instrumentId(InstrumentId.of("other")).build()).violations().stream()
        .anyMatch(x -> x.rule() == ViolationRule.WRONG_INSTRUMENT && x.subject().equals(ASSESSMENT)));
  }

  /** Judgements on their own: the instrument's rules and one judgement per indicator; sources wait for the assessment. */
  @Test
  void judgementsAloneAreCheckedAgainstTheInstrument() {
    ValidationReport fine = AssessmentValidation.validateJudgements(INSTRUMENT, ASSESSMENT, List.of(
        judge("1.1-F1", JudgementStatus.MET, DocumentEvidence.page("Aze 99", 3), SurveyEvidence.of("3.1"))));
    assertTrue(fine.isValid(), fine::toString);
    only(AssessmentValidation.validateJudgements(INSTRUMENT, ASSESSMENT, List.of(
        judge("1.1-F1", JudgementStatus.MET, DocumentEvidence.of("Tst 16")),
        judge("1.1-F1", JudgementStatus.NOT_MET, DocumentEvidence.of("Tst 16")))),
        AssessmentRule.DUPLICATE_JUDGEMENT, "judgement 1.1-F1", "judged more than once");
    only(AssessmentValidation.validateJudgements(INSTRUMENT, ASSESSMENT, List.of(
        judge("1.1-F1", JudgementStatus.MET, SurveyEvidence.of("3.1.9")))),
        AssessmentRule.UNKNOWN_SURVEY_ITEM, "judgement 1.1-F1", "no item 3.1.9");
    only(AssessmentValidation.validateJudgements(INSTRUMENT, ASSESSMENT, List.of(
        judge("9.9-F1", JudgementStatus.MET))), AssessmentRule.UNKNOWN_INDICATOR, "judgement 9.9-F1", "9.9");
  }

  @Test
  void judgementOfAnIndicatorOutsideTheFrameworkIsAViolation() {
    only(check(judging(judge("9.9-F1", JudgementStatus.MET, DocumentEvidence.of("Tst 16")))),
        AssessmentRule.UNKNOWN_INDICATOR, "judgement 9.9-F1", "no criterion 9.9");
  }

  @Test
  void citingADocumentOutsideTheDeskReviewIsAViolation() {
    Violation v = only(check(judging(judge("1.1-F1", JudgementStatus.MET, DocumentEvidence.page("Aze 99", 3)))),
        AssessmentRule.UNKNOWN_SOURCE, "judgement 1.1-F1", "Aze 99, p. 3");
    assertEquals(ViolationRule.UNKNOWN_SOURCE, v.rule());
  }

  @Test
  void citingASurveyItemTheSurveyDoesNotHaveIsAViolation() {
    only(check(judging(judge("1.1-F1", JudgementStatus.MET, SurveyEvidence.of("3.1.9")))),
        AssessmentRule.UNKNOWN_SURVEY_ITEM, "judgement 1.1-F1", "no item 3.1.9");
  }

  @Test
  void citingAWholeGridOrAQuestionIsAllowed() {
    assertTrue(check(judging(judge("1.1-F1", JudgementStatus.MET, SurveyEvidence.of("3.1"),
        SurveyEvidence.of("2.2"), SurveyEvidence.of("4.1.2")))).isValid());
  }

  @Test
  void citingAQuestionTheInterviewGuideDoesNotHaveIsAViolation() {
    only(check(judging(judge("1.1-F1", JudgementStatus.MET, InterviewEvidence.of("3.9")))),
        AssessmentRule.UNKNOWN_INTERVIEW_QUESTION, "judgement 1.1-F1", "no question 3.9");
    assertEquals(ViolationRule.UNKNOWN_INTERVIEW_QUESTION, AssessmentRule.UNKNOWN_INTERVIEW_QUESTION.violationRule());
  }

  @Test
  void citingAnInterviewThatIsNotInTheAssessmentIsAViolation() {
    only(check(judging(judge("1.1-F1", JudgementStatus.MET, InterviewEvidence.of("3.1", "TSTint7")))),
        AssessmentRule.UNKNOWN_INTERVIEW, "judgement 1.1-F1", "TSTint7 is not among the assessment's interviews");
  }

  @Test
  void recommendationForAnAreaOutsideTheFrameworkIsAViolation() {
    only(check(builder().addRecommendation(Recommendation.of(AreaId.of("9"), "Do more.")).build()),
        AssessmentRule.UNKNOWN_AREA, "recommendation 1", "area 9");
  }

  @Test
  void recommendationNamingAnUnknownCriterionIsAViolation() {
    only(check(builder().addRecommendation(Recommendation.of(AreaId.of("1"), "Do more.", CriterionId.of("1.7")))
        .build()), AssessmentRule.UNKNOWN_CRITERION, "recommendation 1", "criterion 1.7");
  }

  @Test
  void recommendationNamingACriterionOfAnotherAreaIsAViolation() {
    only(check(builder().addRecommendation(Recommendation.of(AreaId.of("1"), "Train.", CriterionId.of("1.1")))
            .addRecommendation(Recommendation.of(AreaId.of("1"), "Open shelters.", CriterionId.of("2.1"))).build()),
        AssessmentRule.CRITERION_OF_ANOTHER_AREA, "recommendation 2", "criterion 2.1 of area 2");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    Assessment assessment = builder().instrumentVersion("0.9")
        .addJudgement(judge("9.9-F1", JudgementStatus.MET, DocumentEvidence.of("Aze 99"), SurveyEvidence.of("7.7")))
        .addRecommendation(Recommendation.of(AreaId.of("9"), "Do more.", CriterionId.of("9.1")))
        .build();
    ValidationReport report = check(assessment);
    assertEquals(6, report.violations().size(), report::toString);
    assertEquals(ViolationRule.WRONG_INSTRUMENT, report.violations().get(0).rule());
  }

  @Test
  void collectedDataIsValidatedWithItsOwnSubjects() {
    SurveyResponse bad = SurveyResponse.builder().from(TestAssessments.response("TSTsur3", "adequate"))
        .putAnswer(ItemId.of("3.1.2"), PointAnswer.of("splendid")).build();
    InterviewRecord noCountry = InterviewRecord.builder().from(TestAssessments.interview("TSTint2"))
        .metadata(java.util.Map.of()).build();
    Assessment assessment = builder().addSurveyResponse(bad).addInterview(noCountry)
        .addWorkshopResult(WorkshopResult.of("TSTws-group2", "A", "Z", "B")).build();
    ValidationReport report = check(assessment);
    assertEquals(ViolationRule.UNKNOWN_OPTION, report.of(RespondentId.of("TSTsur3")).get(0).rule(), report::toString);
    assertEquals(ViolationRule.MISSING_METADATA, report.of(RespondentId.of("TSTint2")).get(0).rule(), report::toString);
    assertEquals(ViolationRule.UNKNOWN_PRIORITY, report.of(RespondentId.of("TSTws-group2")).get(0).rule(),
        report::toString);
    assertEquals(3, report.violations().size(), report::toString);
  }

  @Test
  void theSameRespondentInterviewOrGroupTwiceIsAViolation() {
    Assessment assessment = builder().addSurveyResponse(TestAssessments.response("TSTsur1", "neither"))
        .addInterview(TestAssessments.interview("TSTint1"))
        .addWorkshopResult(WorkshopResult.of("TSTws-group1", "C", "D", "E")).build();
    ValidationReport report = check(assessment);
    assertEquals(3, report.countByRule().get(ViolationRule.DUPLICATE_RESPONDENT), report::toString);
    assertEquals(3, report.violations().size(), report::toString);
    assertEquals(java.util.List.of("TSTsur1 respondent", "TSTint1 interview", "TSTws-group1 group"),
        report.violations().stream().map(v -> v.subject() + " " + v.element().orElseThrow()).toList());
  }

  @Test
  void everyAssessmentRuleHasADescriptionAndAClosestDataRule() {
    for (AssessmentRule rule : AssessmentRule.values()) {
      assertTrue(!rule.description().isBlank() && rule.violationRule() != null, rule::name);
    }
  }
}
