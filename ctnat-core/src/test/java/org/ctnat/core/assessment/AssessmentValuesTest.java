package org.ctnat.core.assessment;

import static org.ctnat.core.assessment.TestAssessments.builder;
import static org.ctnat.core.assessment.TestAssessments.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.PersonalData;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The value types of an assessment: ids, citations, periods, judgements, recommendations and their rules. */
class AssessmentValuesTest {

  private static void refused(Executable build, String... inMessage) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    for (String part : inMessage) {
      assertTrue(e.getMessage().contains(part), () -> e.getMessage() + " should contain " + part);
    }
  }

  // --- sources and citations -------------------------------------------------------------------

  @Test
  void sourceIdIsTheCitationIdAsWritten() {
    assertEquals("Aze 16", SourceId.of("Aze 16").toString());
    assertEquals(SourceId.of("Aze 16"), SourceId.of("Aze 16"));
  }

  @Test
  void sourceIdMustBeOneNonBlankLineWithoutSurroundingSpace() {
    refused(() -> SourceId.of(" "), "source id", "blank");
    refused(() -> SourceId.of("Aze\n16"), "source id", "one line", "Aze\\n16");
    refused(() -> SourceId.of("Aze\u202816"), "one line");
    refused(() -> SourceId.of("Aze 16 "), "white space", "'Aze 16 '");
    assertThrows(NullPointerException.class, () -> SourceId.of(null));
  }

  @Test
  void sourceReadsLikeAReferenceListEntry() {
    Source source = Source.builder().id(SourceId.of("Aze 16")).title("National Action Plan")
        .author("Cabinet of Ministers").year(2014).url("https://example.org/nap.pdf").build();
    assertEquals("Aze 16: National Action Plan (Cabinet of Ministers, 2014) <https://example.org/nap.pdf>",
        source.toString());
    assertEquals("Aze 30: Annual report", Source.of("Aze 30", "Annual report").toString());
  }

  @Test
  void sourceYearMustHaveFourDigits() {
    refused(() -> Source.builder().id(SourceId.of("Aze 16")).title("Plan").year(214).build(),
        "source Aze 16", "year", "214");
    refused(() -> Source.builder().id(SourceId.of("Aze 16")).title(" ").build(), "source Aze 16: title");
    refused(() -> Source.builder().id(SourceId.of("Aze 16")).title("Plan").url("http://a b").build(), "url");
  }

  @Test
  void documentEvidenceIsCitedLikeTheReport() {
    assertEquals("Aze 16, p. 3", DocumentEvidence.page("Aze 16", 3).toString());
    assertEquals("Aze 30, pp. 32\u201333", DocumentEvidence.pages("Aze 30", 32, 33).toString());
    assertEquals("Aze 30, pp. 32-33", DocumentEvidence.of("Aze 30", "32-33").toString());
    assertEquals("Aze 30, pp. 4, 9", DocumentEvidence.of("Aze 30", "4, 9").toString());
    assertEquals("Aze 16", DocumentEvidence.of("Aze 16").toString());
    assertEquals("Aze 16, p. 3", DocumentEvidence.pages("Aze 16", 3, 3).toString());
  }

  @Test
  void documentCitationsParseBack() {
    for (String citation : List.of("Aze 16", "Aze 16, p. 3", "Aze 30, pp. 32\u201333", "Aze 30, pp. 4, 9")) {
      assertEquals(citation, DocumentEvidence.parse(citation).toString());
    }
    assertEquals(DocumentEvidence.of("Aze 30", "32\u201333"), DocumentEvidence.parse("Aze 30, pp. 32\u201333"));
    qt().forAll(integers().between(1, 2000), integers().between(0, 50)).checkAssert((from, length) -> {
      DocumentEvidence cited = DocumentEvidence.pages("Geo 7", from, from + length);
      assertEquals(cited, DocumentEvidence.parse(cited.toString()));
    });
  }

  @Test
  void pageRangeMustNotRunBackwards() {
    refused(() -> DocumentEvidence.pages("Aze 30", 33, 32), "Aze 30", "33 to 32");
    refused(() -> DocumentEvidence.page("Aze 30", 0), "0 to 0");
    refused(() -> DocumentEvidence.of("Aze 30", " "), "document evidence Aze 30: pages");
  }

  @Test
  void everyReferenceHasItsEvidenceTypeForTriangulation() {
    assertEquals(EvidenceType.DOCUMENT, DocumentEvidence.of("Aze 16").type());
    assertEquals(EvidenceType.SURVEY, SurveyEvidence.of("3.1.5").type());
    assertEquals(EvidenceType.INTERVIEW, InterviewEvidence.of("3.3").type());
    assertEquals("survey 3.1.5", SurveyEvidence.of("3.1.5").toString());
    assertEquals("interview 3.3", InterviewEvidence.of("3.3").toString());
    assertEquals("interview 3.3 (AZEint3)", InterviewEvidence.of("3.3", "AZEint3").toString());
  }

  // --- periods ---------------------------------------------------------------------------------

  @Test
  void periodPrintsAndParsesBack() {
    AssessmentPeriod period = AssessmentPeriod.of(YearMonth.of(2015, 10), YearMonth.of(2016, 3));
    assertEquals("2015-10 \u2013 2016-03", period.toString());
    assertEquals(period, AssessmentPeriod.parse(period.toString()));
    assertEquals(period, AssessmentPeriod.parse("2015-10 - 2016-03"));
    assertEquals(6, period.months());
    assertTrue(period.contains(YearMonth.of(2016, 1)));
    assertFalse(period.contains(YearMonth.of(2016, 4)));
    assertEquals(1, AssessmentPeriod.parse("2016-03 \u2013 2016-03").months());
  }

  @Test
  void periodMustNotEndBeforeItStarts() {
    refused(() -> AssessmentPeriod.of(YearMonth.of(2016, 3), YearMonth.of(2015, 10)), "2016-03 to 2015-10");
    refused(() -> AssessmentPeriod.parse("October 2015 to March 2016"), "2015-10", "October 2015");
  }

  // --- judgements ------------------------------------------------------------------------------

  @Test
  void metOrNotMetJudgementNeedsARationale() {
    IndicatorId f1 = IndicatorId.parse("1.1-F1");
    refused(() -> IndicatorJudgement.of(f1, JudgementStatus.MET, "", "A1"), "judgement of 1.1-F1", "MET", "rationale");
    refused(() -> IndicatorJudgement.of(f1, JudgementStatus.NOT_MET, "  ", "A1"), "NOT_MET", "rationale");
  }

  @Test
  void undeterminedJudgementMayHaveNoRationale() {
    IndicatorJudgement judgement = IndicatorJudgement.of(IndicatorId.parse("1.1-F1"), JudgementStatus.UNDETERMINED,
        "  ", "A1");
    assertEquals("", judgement.rationale());
    assertEquals("1.1-F1 UNDETERMINED (A1)", judgement.toString());
  }

  @Test
  void assessorMustBeAPseudonymousId() {
    refused(() -> IndicatorJudgement.of(IndicatorId.parse("1.1-F1"), JudgementStatus.MET, "Law exists.", "Jane Doe"),
        "judgement of 1.1-F1: assessor", "Jane Doe");
  }

  @Test
  void citingTheSameEvidenceTwiceIsRefused() {
    refused(() -> judge("1.1-F1", JudgementStatus.MET, DocumentEvidence.page("Tst 16", 3),
        DocumentEvidence.page("Tst 16", 3)), "judgement of 1.1-F1", "Tst 16, p. 3");
  }

  @Test
  void judgementReadsAsOneLineWithItsEvidence() {
    IndicatorJudgement judgement = judge("1.3-F1", JudgementStatus.MET, DocumentEvidence.page("Aze 16", 3),
        SurveyEvidence.of("3.1.5"), InterviewEvidence.of("3.3"), DocumentEvidence.of("Aze 30"));
    assertEquals("1.3-F1 MET (A1): Because of the evidence. [Aze 16, p. 3; survey 3.1.5; interview 3.3; Aze 30]",
        judgement.toString());
    assertEquals(List.of(EvidenceType.DOCUMENT, EvidenceType.SURVEY, EvidenceType.INTERVIEW),
        judgement.evidenceTypes());
    assertTrue(JudgementStatus.MET.isMet());
    assertFalse(JudgementStatus.UNDETERMINED.isMet());
  }

  // --- recommendations and the assessment ------------------------------------------------------

  @Test
  void recommendationNeedsTextAndNamesEachCriterionOnce() {
    refused(() -> Recommendation.of(AreaId.of("1"), " "), "recommendation for area 1: text");
    refused(() -> Recommendation.of(AreaId.of("1"), "Train.", CriterionId.of("1.1"), CriterionId.of("1.1")),
        "recommendation for area 1", "1.1");
    assertEquals("area 1 [1.1, 1.2]: Train border guards.",
        Recommendation.of(AreaId.of("1"), "Train border guards.", CriterionId.of("1.1"), CriterionId.of("1.2"))
            .toString());
  }

  @Test
  void assessmentAllowsAtMostOneJudgementPerIndicator() {
    refused(() -> builder().addJudgement(judge("1.1-F1", JudgementStatus.MET))
        .addJudgement(judge("1.1-F1", JudgementStatus.NOT_MET)).build(),
        "assessment TST-2016", "at most one judgement per indicator", "1.1-F1");
  }

  @Test
  void assessmentSourceIdsAreUnique() {
    refused(() -> builder().addSource(Source.of("Tst 16", "Another document")).build(),
        "assessment TST-2016", "source id", "Tst 16");
  }

  @Test
  void assessmentLooksUpJudgementsSourcesAndInterviews() {
    Assessment assessment = builder().addJudgement(judge("1.2-O1", JudgementStatus.NOT_MET)).build();
    assertEquals(JudgementStatus.NOT_MET, assessment.judgement(IndicatorId.parse("1.2-O1")).orElseThrow().status());
    assertEquals(Optional.empty(), assessment.judgement(IndicatorId.parse("1.2-O2")));
    assertEquals("Law on trafficking", assessment.source(SourceId.of("Tst 16")).orElseThrow().title());
    assertTrue(assessment.interview(RespondentId.of("TSTint1")).isPresent());
    assertTrue(assessment.interview(RespondentId.of("TSTint9")).isEmpty());
  }

  @Test
  void assessmentSummaryCountsItsParts() {
    Assessment assessment = builder().addJudgement(judge("1.1-F1", JudgementStatus.MET))
        .addJudgement(judge("1.1-F2", JudgementStatus.NOT_MET))
        .addJudgement(IndicatorJudgement.of(IndicatorId.parse("1.1-O1"), JudgementStatus.UNDETERMINED, "", "A1"))
        .addRecommendation(Recommendation.of(AreaId.of("1"), "Train."))
        .build();
    String text = assessment.toString();
    assertTrue(text.startsWith("Assessment TST-2016: Testland, 2015-10 \u2013 2016-03 (test-instrument 1.0)"), text);
    assertTrue(text.contains("2 sources, 2 survey responses, 1 interviews, 1 workshop groups"), text);
    assertTrue(text.contains("3 judgements (1 met, 1 not met, 1 undetermined), 1 recommendations"), text);
  }

  @Test
  void withoutPersonalDataDropsNamesButKeepsEverythingElse() {
    SurveyResponse named = SurveyResponse.to(TestAssessments.INSTRUMENT, Respondent.builder()
        .id(RespondentId.of("TSTsur9")).personalData(PersonalData.of("Jane Doe", null)).build()).build();
    Assessment assessment = builder().addSurveyResponse(named)
        .addInterview(InterviewRecord.builder().from(TestAssessments.interview("TSTint2"))
            .putPersonalData("respondent_name", "J").build())
        .build();
    Assessment clean = assessment.withoutPersonalData();
    assertTrue(clean.surveyResponses().stream().allMatch(r -> r.respondent().personalData().isEmpty()));
    assertTrue(clean.interviews().stream().allMatch(i -> i.personalData().isEmpty()));
    assertEquals(assessment.surveyResponses().size(), clean.surveyResponses().size());
    assertEquals(assessment.judgements(), clean.judgements());
  }
}
