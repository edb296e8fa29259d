package org.ctnat.core.analysis;

import static org.ctnat.core.assessment.JudgementStatus.MET;
import static org.ctnat.core.assessment.JudgementStatus.NOT_MET;
import static org.ctnat.core.assessment.TestAssessments.INSTRUMENT;
import static org.ctnat.core.assessment.TestAssessments.builder;
import static org.ctnat.core.assessment.TestAssessments.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceType;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.RespondentId;
import org.junit.jupiter.api.Test;

/** The evidence beside each criterion: judgements, linked tallies and interview notes, triangulation. */
class EvidenceViewsTest {

  private static final CriterionId NRM = CriterionId.of("1.1");

  private static Assessment assessment() {
    return builder()
        .addJudgement(judge("1.1-O1", NOT_MET, SurveyEvidence.of("3.1.1"), InterviewEvidence.of("3.1", "TSTint1")))
        .addJudgement(judge("1.1-F1", MET, DocumentEvidence.page("Tst 16", 3), DocumentEvidence.of("Tst 30"),
            SurveyEvidence.of("3.1.1"), InterviewEvidence.of("3.1")))
        .addJudgement(judge("1.1-F2", MET, DocumentEvidence.page("Tst 16", 4)))
        .build();
  }

  @Test
  void viewShowsTheJudgementsInCellOrder() {
    EvidenceView view = EvidenceViews.of(INSTRUMENT, assessment(), NRM);
    assertEquals(List.of("1.1-F1", "1.1-F2", "1.1-O1"),
        view.judgements().stream().map(j -> j.indicator().toString()).toList());
  }

  @Test
  void viewShowsTheSurveyTalliesOfTheLinkedItems() {
    EvidenceView view = EvidenceViews.of(INSTRUMENT, assessment(), NRM);
    assertEquals(1, view.surveyTallies().size());
    Tally nrm = view.surveyTallies().get(0);
    assertEquals(ItemId.of("3.1.1"), nrm.item());
    assertEquals(List.of(1, 0, 1, 0), nrm.counts());
    assertEquals(2, nrm.answered());
    EvidenceView tools = EvidenceViews.of(INSTRUMENT, assessment(), CriterionId.of("1.2"));
    assertEquals(List.of(ItemId.of("3.1.2"), ItemId.of("3.1.3")),
        tools.surveyTallies().stream().map(Tally::item).toList());
  }

  @Test
  void viewShowsTheInterviewNotesOfTheLinkedQuestionsByInterview() {
    EvidenceView view = EvidenceViews.of(INSTRUMENT, assessment(), NRM);
    assertEquals(1, view.interviewNotes().size());
    EvidenceView.InterviewNote note = view.interviewNotes().get(0);
    assertEquals(InterviewQuestionId.of("3.1"), note.question());
    assertEquals(RespondentId.of("TSTint1"), note.interview());
    assertEquals(Optional.of("The NRM exists on paper but is rarely used."), note.note());
    assertEquals(List.of("nrm_on_paper", "lack_of_funding"), note.themes());
    assertEquals(view.interviewNotes(), view.notes(InterviewQuestionId.of("3.1")));
    EvidenceView shelters = EvidenceViews.of(INSTRUMENT, assessment(), CriterionId.of("2.1"));
    assertEquals(List.of(), shelters.interviewNotes(), "the interview did not cover 4.1");
    assertEquals(List.of(), shelters.judgements());
  }

  @Test
  void triangulationCountsTheKindsOfEvidenceBehindEachJudgement() {
    EvidenceView view = EvidenceViews.of(INSTRUMENT, assessment(), NRM);
    EvidenceView.Support f1 = view.support(IndicatorId.parse("1.1-F1")).orElseThrow();
    assertEquals(Map.of(EvidenceType.DOCUMENT, 2, EvidenceType.SURVEY, 1, EvidenceType.INTERVIEW, 1), f1.references());
    assertEquals(3, f1.types());
    assertTrue(f1.triangulated());
    EvidenceView.Support f2 = view.support(IndicatorId.parse("1.1-F2")).orElseThrow();
    assertEquals(1, f2.types());
    assertFalse(f2.triangulated());
    assertEquals(0, f2.references().get(EvidenceType.SURVEY));
    assertEquals(2, view.support(IndicatorId.parse("1.1-O1")).orElseThrow().types());
    assertEquals(Optional.empty(), view.support(IndicatorId.parse("1.1-O2")));
    assertEquals("1.1-F2 1 type (document 1, survey 0, interview 0)", f2.toString());
  }

  @Test
  void thereIsOneViewPerCriterionInInstrumentOrder() {
    List<EvidenceView> views = EvidenceViews.of(INSTRUMENT, assessment());
    assertEquals(List.of("1.1", "1.2", "2.1"), views.stream().map(v -> v.criterion().toString()).toList());
    assertEquals(EvidenceViews.of(INSTRUMENT, assessment(), NRM), views.get(0));
  }

  @Test
  void aCriterionTheInstrumentLacksIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvidenceViews.of(INSTRUMENT, assessment(), CriterionId.of("5.5")));
    assertTrue(e.getMessage().contains("no criterion 5.5"), e::getMessage);
  }

  @Test
  void viewReadsAsBlocks() {
    String text = EvidenceViews.of(INSTRUMENT, assessment(), NRM).toString();
    String nl = System.lineSeparator();
    assertTrue(text.startsWith("Evidence for criterion 1.1 National referral mechanism" + nl + "  judgements:"), text);
    assertTrue(text.contains("      support: 1.1-F1 3 types (document 2, survey 1, interview 1)"), text);
    assertTrue(text.contains("  survey:" + nl + "    3.1.1    answered 2 of 2: adequate 1, neither 0, inadequate 1,"
        + " dont_know 0"), text);
    assertTrue(text.contains("  interviews:" + nl + "    3.1 TSTint1: \"The NRM exists on paper but is rarely used.\""
        + " [nrm_on_paper, lack_of_funding]"), text);
  }
}
