package org.ctnat.core.analysis;

import static org.ctnat.core.assessment.JudgementStatus.MET;
import static org.ctnat.core.assessment.JudgementStatus.NOT_MET;
import static org.ctnat.core.assessment.JudgementStatus.UNDETERMINED;
import static org.ctnat.core.assessment.TestAssessments.INSTRUMENT;
import static org.ctnat.core.assessment.TestAssessments.builder;
import static org.ctnat.core.assessment.TestAssessments.judge;
import static org.ctnat.core.assessment.TestAssessments.withCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentId;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.InstrumentId;
import org.junit.jupiter.api.Test;

/** Assessments side by side: statuses, scores, what was newly met and what regressed. */
class ComparisonsTest {

  private static IndicatorId id(String indicator) {
    return IndicatorId.parse(indicator);
  }

  private static final Assessment ROUND_1 = builder().id(AssessmentId.of("TST-2016"))
      .addJudgement(judge("1.1-F1", MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("1.1-O1", NOT_MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("1.2-F1", MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("2.1-F1", MET, DocumentEvidence.of("Tst 16")))
      .build();

  private static final Assessment ROUND_2 = builder().id(AssessmentId.of("TST-2019"))
      .addJudgement(judge("1.1-F1", MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("1.1-O1", MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("1.1-O2", MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("1.2-F1", NOT_MET, DocumentEvidence.of("Tst 16")))
      .addJudgement(judge("2.1-F1", UNDETERMINED))
      .build();

  @Test
  void eachIndicatorShowsItsStatusInEachAssessment() {
    Comparison comparison = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2));
    assertEquals(List.of(AssessmentId.of("TST-2016"), AssessmentId.of("TST-2019")), comparison.assessments());
    assertEquals(List.of(Optional.of(NOT_MET), Optional.of(MET)), comparison.statuses(id("1.1-O1")));
    assertEquals(List.of(Optional.empty(), Optional.of(MET)), comparison.statuses(id("1.1-O2")));
    assertEquals(12, comparison.indicators().size());
    assertEquals(id("1.1-F1"), comparison.indicators().get(0));
  }

  @Test
  void criterionAndAreaScoresAreGivenPerAssessment() {
    Comparison comparison = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2));
    assertEquals(List.of(1, 3), comparison.criterionScores(CriterionId.of("1.1")));
    assertEquals(List.of(2, 3), comparison.areaMet(AreaId.of("1")));
    assertEquals(List.of(1, 0), comparison.areaMet(AreaId.of("2")));
    assertEquals(1.0, comparison.areaMeanScores(AreaId.of("1")).get(0).getAsDouble(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> comparison.areaMet(AreaId.of("7")));
  }

  @Test
  void newlyMetAndRegressedIndicatorsBetweenRounds() {
    ComparisonStep step = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2)).steps().get(0);
    assertEquals(AssessmentId.of("TST-2016"), step.from());
    assertEquals(AssessmentId.of("TST-2019"), step.to());
    assertEquals(List.of(id("1.1-O1"), id("1.1-O2")), step.newlyMet());
    assertEquals(List.of(id("1.2-F1"), id("2.1-F1")), step.regressed());
    assertEquals("TST-2016 \u2192 TST-2019: newly met [1.1-O1, 1.1-O2]; regressed [1.2-F1, 2.1-F1]", step.toString());
  }

  @Test
  void metThenUndeterminedCountsAsARegression() {
    ComparisonStep step = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2)).steps().get(0);
    assertTrue(step.regressed().contains(id("2.1-F1")));
    ComparisonStep back = Comparisons.of(INSTRUMENT, List.of(ROUND_2, ROUND_1)).steps().get(0);
    assertEquals(step.newlyMet(), back.regressed());
    assertEquals(step.regressed(), back.newlyMet());
  }

  @Test
  void thereIsOneStepBetweenEachPairOfConsecutiveAssessments() {
    assertEquals(List.of(), Comparisons.of(INSTRUMENT, List.of(ROUND_1)).steps());
    Comparison three = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2, ROUND_1));
    assertEquals(2, three.steps().size());
    assertEquals(AssessmentId.of("TST-2019"), three.steps().get(1).from());
  }

  @Test
  void assessmentsMadeWithAnotherInstrumentAreRefused() {
    Assessment other = builder().id(AssessmentId.of("GEO-2016")).instrumentId(InstrumentId.of("other-tool")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparisons.of(INSTRUMENT, List.of(ROUND_1, other)));
    assertTrue(e.getMessage().contains("GEO-2016 was made with other-tool"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Comparisons.of(INSTRUMENT, List.of()));
  }

  @Test
  void assessmentsMadeWithOtherVersionsAreComparedOnTheInstrumentsIndicators() {
    Assessment older = builder().id(AssessmentId.of("TST-2013")).instrumentVersion("0.9")
        .addJudgement(judge("1.1-F1", MET, DocumentEvidence.of("Tst 16")))
        .addJudgement(judge("3.1-F1", MET, DocumentEvidence.of("Tst 16")))
        .build();
    Comparison comparison = Comparisons.of(INSTRUMENT, List.of(older, ROUND_1));
    assertEquals(List.of(1, 2), comparison.areaMet(AreaId.of("1")));
    assertEquals(List.of(id("1.2-F1"), id("2.1-F1")), comparison.steps().get(0).newlyMet());
  }

  @Test
  void tableShowsTheAssessmentsSideBySide() {
    String text = Comparisons.of(INSTRUMENT, List.of(ROUND_1, ROUND_2)).toString();
    String nl = System.lineSeparator();
    assertTrue(text.startsWith("Comparison of 2 assessments of test-instrument" + nl
        + "  indicator   TST-2016  TST-2019" + nl
        + "  1.1-F1      met       met" + nl
        + "  1.1-F2      \u25b2 -       \u25b2 -" + nl
        + "  1.1-O1      \u25b2 no      met" + nl), text);
    assertTrue(text.contains(nl + "  score       TST-2016  TST-2019" + nl), text);
    assertTrue(text.contains("  1.1         1/4       3/4"), text);
    assertTrue(text.contains("  area 1      2/8       3/8"), text);
    assertTrue(text.contains("  total       3/12      3/12"), text);
    assertTrue(text.endsWith("TST-2016 \u2192 TST-2019: newly met [1.1-O1, 1.1-O2]; regressed [1.2-F1, 2.1-F1]"), text);
  }

  @Test
  void comparingAnAssessmentWithItselfShowsNoChange() {
    qt().forAll(GapPropertiesTest.codes()).checkAssert(codes -> {
      Assessment assessment = withCodes(codes);
      ComparisonStep step = Comparisons.of(INSTRUMENT, List.of(assessment, assessment)).steps().get(0);
      assertEquals(List.of(), step.newlyMet());
      assertEquals(List.of(), step.regressed());
      assertTrue(step.isUnchanged());
    });
  }

  @Test
  void changeInMetIsNewlyMetMinusRegressed() {
    qt().forAll(GapPropertiesTest.codes(), GapPropertiesTest.codes()).checkAssert((a, b) -> {
      Comparison comparison = Comparisons.of(INSTRUMENT, List.of(withCodes(a), withCodes(b)));
      ComparisonStep step = comparison.steps().get(0);
      int before = comparison.reports().get(0).met();
      int after = comparison.reports().get(1).met();
      assertEquals(after - before, step.newlyMet().size() - step.regressed().size());
    });
  }
}
