package org.ctnat.core.analysis;

import static org.ctnat.core.assessment.JudgementStatus.MET;
import static org.ctnat.core.assessment.JudgementStatus.NOT_MET;
import static org.ctnat.core.assessment.JudgementStatus.UNDETERMINED;
import static org.ctnat.core.assessment.TestAssessments.INSTRUMENT;
import static org.ctnat.core.assessment.TestAssessments.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.InstrumentId;
import org.junit.jupiter.api.Test;

/** The gap analysis: flags, kinds of gap, profiles and scores, consistency warnings, and the table. */
class GapsTest {

  private static IndicatorId id(String indicator) {
    return IndicatorId.parse(indicator);
  }

  private static IndicatorJudgement judged(String indicator, JudgementStatus status) {
    return IndicatorJudgement.of(id(indicator), status, "From the desk review.", "A1", DocumentEvidence.of("Tst 16"));
  }

  /** Criterion 1.1 judged F1, F2, O1, O2 with the given statuses (null = unjudged); nothing else judged. */
  private static GapReport criterion11(JudgementStatus f1, JudgementStatus f2, JudgementStatus o1, JudgementStatus o2) {
    List<IndicatorJudgement> judgements = new ArrayList<>();
    String[] cells = {"1.1-F1", "1.1-F2", "1.1-O1", "1.1-O2"};
    JudgementStatus[] statuses = {f1, f2, o1, o2};
    for (int i = 0; i < 4; i++) {
      if (statuses[i] != null) {
        judgements.add(judged(cells[i], statuses[i]));
      }
    }
    return Gaps.of(INSTRUMENT, builder().judgements(judgements).build());
  }

  private static List<GapKind> gaps(JudgementStatus f1, JudgementStatus f2, JudgementStatus o1, JudgementStatus o2) {
    return criterion11(f1, f2, o1, o2).criterion(CriterionId.of("1.1")).orElseThrow().gaps();
  }

  // --- flags -----------------------------------------------------------------------------------

  @Test
  void everyIndicatorNotMetIsIdentifiedForPotentialImprovement() {
    GapReport report = criterion11(MET, NOT_MET, UNDETERMINED, null);
    assertFalse(report.isFlagged(id("1.1-F1")));
    assertTrue(report.isFlagged(id("1.1-F2")));
    assertTrue(report.isFlagged(id("1.1-O1")));
    assertTrue(report.isFlagged(id("1.1-O2")));
    assertEquals(11, report.flagged().size());
    assertEquals(1, report.met());
    assertEquals(12, report.indicators());
  }

  @Test
  void undeterminedAndUnjudgedIndicatorsAreAlsoListedApart() {
    GapReport report = criterion11(MET, NOT_MET, UNDETERMINED, null);
    assertEquals(List.of(id("1.1-O1")), report.undetermined());
    assertEquals(9, report.unjudged().size());
    assertEquals(id("1.1-O2"), report.unjudged().get(0));
    assertEquals(Optional.of(UNDETERMINED), report.status(id("1.1-O1")));
    assertEquals(Optional.empty(), report.status(id("1.1-O2")));
  }

  @Test
  void askingForAnIndicatorTheInstrumentLacksIsRefused() {
    GapReport report = criterion11(MET, MET, MET, MET);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.status(id("9.1-F1")));
    assertTrue(e.getMessage().contains("no criterion 9.1"), e::getMessage);
  }

  // --- kinds of gap ----------------------------------------------------------------------------

  @Test
  void frameworkLevel1NotMetMeansNoFramework() {
    assertEquals(List.of(GapKind.NO_FRAMEWORK), gaps(NOT_MET, NOT_MET, NOT_MET, NOT_MET));
    assertEquals(List.of(GapKind.NO_FRAMEWORK), gaps(UNDETERMINED, null, null, null));
  }

  @Test
  void frameworkMetButNotOperationalIsAnImplementationGap() {
    assertEquals(List.of(GapKind.IMPLEMENTATION_GAP), gaps(MET, MET, NOT_MET, NOT_MET));
    assertEquals(List.of(CriterionId.of("1.1")),
        criterion11(MET, MET, UNDETERMINED, null).criteriaWith(GapKind.IMPLEMENTATION_GAP));
  }

  @Test
  void level1MetButItsLevel2NotIsALevel2Gap() {
    assertEquals(List.of(GapKind.LEVEL_2_GAP), gaps(MET, NOT_MET, MET, MET));
    assertEquals(List.of(GapKind.LEVEL_2_GAP), gaps(MET, MET, MET, NOT_MET));
  }

  @Test
  void aCriterionCanShowSeveralKindsOfGap() {
    assertEquals(List.of(GapKind.IMPLEMENTATION_GAP, GapKind.LEVEL_2_GAP), gaps(MET, NOT_MET, NOT_MET, NOT_MET));
    assertEquals(List.of(GapKind.NO_FRAMEWORK, GapKind.LEVEL_2_GAP), gaps(NOT_MET, NOT_MET, MET, NOT_MET));
  }

  @Test
  void aCriterionWithAllFourIndicatorsMetShowsNoGap() {
    assertEquals(List.of(), gaps(MET, MET, MET, MET));
    assertFalse(criterion11(MET, MET, MET, MET).criteriaWith(GapKind.NO_FRAMEWORK).contains(CriterionId.of("1.1")));
  }

  // --- profiles and scores ---------------------------------------------------------------------

  @Test
  void criterionScoreCountsTheIndicatorsMet() {
    GapReport report = criterion11(MET, NOT_MET, MET, UNDETERMINED);
    CriterionProfile profile = report.criterion(CriterionId.of("1.1")).orElseThrow();
    assertEquals(2, profile.score());
    assertEquals(List.of(Optional.of(MET), Optional.of(NOT_MET), Optional.of(MET), Optional.of(UNDETERMINED)),
        profile.statuses());
    assertEquals(List.of(id("1.1-F2"), id("1.1-O2")), profile.flagged());
    assertEquals(0, report.criterion(CriterionId.of("1.2")).orElseThrow().score());
  }

  @Test
  void areaProfileTotalsMetOfAllAndTheMeanScore() {
    Assessment assessment = builder().addJudgement(judged("1.1-F1", MET)).addJudgement(judged("1.1-O1", MET))
        .addJudgement(judged("1.2-F1", MET)).addJudgement(judged("2.1-F1", NOT_MET)).build();
    GapReport report = Gaps.of(INSTRUMENT, assessment);
    AreaProfile area1 = report.area(AreaId.of("1")).orElseThrow();
    assertEquals(3, area1.met());
    assertEquals(8, area1.indicators());
    assertEquals(1.5, area1.meanScore().getAsDouble(), 1e-12);
    AreaProfile area2 = report.area(AreaId.of("2")).orElseThrow();
    assertEquals(0, area2.met());
    assertEquals(0.0, area2.meanScore().getAsDouble(), 1e-12);
    assertEquals(List.of(AreaId.of("1"), AreaId.of("2")), report.areas().stream().map(AreaProfile::area).toList());
  }

  // --- warnings --------------------------------------------------------------------------------

  @Test
  void level2MetWithoutItsLevel1IsAWarning() {
    GapReport report = criterion11(NOT_MET, MET, null, MET);
    List<ConsistencyWarning> warnings = report.warnings(ConsistencyWarning.Kind.LEVEL_2_WITHOUT_LEVEL_1);
    assertEquals(List.of(id("1.1-F2"), id("1.1-O2")), warnings.stream().map(ConsistencyWarning::indicator).toList());
    assertTrue(warnings.get(0).detail().contains("1.1-F1 is not met"), warnings.get(0)::detail);
    assertTrue(warnings.get(1).detail().contains("1.1-O1 is not judged"), warnings.get(1)::detail);
  }

  @Test
  void metOrNotMetWithoutEvidenceIsAWarningButUndeterminedIsNot() {
    Assessment assessment = builder()
        .addJudgement(IndicatorJudgement.of(id("1.1-F1"), MET, "We know it.", "A2"))
        .addJudgement(IndicatorJudgement.of(id("1.1-F2"), NOT_MET, "We know it.", "A2"))
        .addJudgement(IndicatorJudgement.of(id("1.1-O1"), UNDETERMINED, "", "A2"))
        .build();
    List<ConsistencyWarning> warnings = Gaps.of(INSTRUMENT, assessment).warnings(ConsistencyWarning.Kind.NO_EVIDENCE);
    assertEquals(List.of(id("1.1-F1"), id("1.1-F2")), warnings.stream().map(ConsistencyWarning::indicator).toList());
    assertEquals("1.1-F1 NO_EVIDENCE: judged met by A2 without evidence", warnings.get(0).toString());
  }

  @Test
  void undeterminedAndUnjudgedIndicatorsAreWarnings() {
    GapReport report = criterion11(MET, MET, MET, UNDETERMINED);
    assertEquals(List.of(id("1.1-O2")), report.warnings(ConsistencyWarning.Kind.UNDETERMINED).stream()
        .map(ConsistencyWarning::indicator).toList());
    assertEquals(8, report.warnings(ConsistencyWarning.Kind.UNJUDGED).size());
    assertEquals(id("1.2-F1"), report.warnings(ConsistencyWarning.Kind.UNJUDGED).get(0).indicator());
  }

  @Test
  void aFullyJudgedWellEvidencedAssessmentHasNoWarnings() {
    List<IndicatorJudgement> all = INSTRUMENT.framework().indicators().stream()
        .map(i -> judged(i.id().toString(), MET)).toList();
    GapReport report = Gaps.of(INSTRUMENT, builder().judgements(all).build());
    assertEquals(List.of(), report.warnings());
    assertEquals(List.of(), report.flagged());
    assertEquals(12, report.met());
  }

  // --- order, scope and the table --------------------------------------------------------------

  @Test
  void reportIsInInstrumentOrderWhateverTheOrderOfJudgements() {
    List<IndicatorJudgement> reversed = new ArrayList<>();
    for (int i = INSTRUMENT.framework().indicators().size() - 1; i >= 0; i--) {
      reversed.add(judged(INSTRUMENT.framework().indicators().get(i).id().toString(), i % 2 == 0 ? MET : NOT_MET));
    }
    GapReport report = Gaps.of(INSTRUMENT, builder().judgements(reversed).build());
    assertEquals(List.of(id("1.1-F2"), id("1.1-O2"), id("1.2-F2"), id("1.2-O2"), id("2.1-F2"), id("2.1-O2")),
        report.flagged());
    List<IndicatorJudgement> inOrder = new ArrayList<>(reversed);
    Collections.reverse(inOrder);
    assertEquals(report, Gaps.of(INSTRUMENT, builder().judgements(inOrder).build()));
  }

  @Test
  void judgementsOfIndicatorsTheInstrumentLacksAreLeftOut() {
    GapReport report = Gaps.of(INSTRUMENT, builder().addJudgement(judged("9.9-F1", MET)).build());
    assertEquals(0, report.met());
    assertEquals(12, report.flagged().size());
  }

  @Test
  void anAssessmentMadeWithAnotherInstrumentIsRefused() {
    Assessment other = builder().instrumentId(InstrumentId.of("other-tool")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gaps.of(INSTRUMENT, other));
    assertTrue(e.getMessage().contains("TST-2016") && e.getMessage().contains("other-tool"), e::getMessage);
    assertEquals(12, Gaps.of(INSTRUMENT, builder().instrumentVersion("0.9").build()).flagged().size());
  }

  @Test
  void tableMarksTheCellsIdentifiedForPotentialImprovement() {
    String table = criterion11(MET, NOT_MET, UNDETERMINED, null).toString();
    String nl = System.lineSeparator();
    assertTrue(table.startsWith("Gap analysis of TST-2016: 1 of 12 indicators met, 11 identified for potential improvement"
        + nl + "  criterion F1    F2    O1    O2     score  gaps" + nl
        + "  area 1 Identification and referral: 1 of 8 met, mean score 0.50" + nl
        + "  1.1       met   \u25b2 no  \u25b2 ?   \u25b2 -    1/4    IMPLEMENTATION_GAP, LEVEL_2_GAP" + nl), table);
    assertTrue(table.contains("\u25b2 = identified for potential improvement"), table);
    assertTrue(table.contains("10 warnings:" + nl + "    1.1-O1 UNDETERMINED: judged undetermined by A1"), table);
  }
}
