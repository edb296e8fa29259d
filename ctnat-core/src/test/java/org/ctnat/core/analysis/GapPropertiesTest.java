package org.ctnat.core.analysis;

import static org.ctnat.core.assessment.TestAssessments.INDICATORS;
import static org.ctnat.core.assessment.TestAssessments.INSTRUMENT;
import static org.ctnat.core.assessment.TestAssessments.withCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the gap analysis for every assessment of the minimal instrument: each of its 12
 * indicators unjudged, met, not met or undetermined, at random.
 */
class GapPropertiesTest {

  /** One code per indicator: 0 unjudged, 1 met, 2 not met, 3 undetermined. */
  static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 3)).ofSize(INDICATORS.size());
  }

  @Test
  void anIndicatorIsFlaggedIffItsJudgementIsNotMet() {
    qt().forAll(codes()).checkAssert(codes -> {
      Assessment assessment = withCodes(codes);
      GapReport report = Gaps.of(INSTRUMENT, assessment);
      for (IndicatorId indicator : INDICATORS) {
        boolean met = assessment.judgement(indicator).map(IndicatorJudgement::status)
            .filter(JudgementStatus::isMet).isPresent();
        assertEquals(!met, report.isFlagged(indicator), indicator + " in " + codes);
        assertEquals(!met, report.flagged().contains(indicator), indicator + " in " + codes);
      }
      assertEquals(report.indicators(), report.met() + report.flagged().size());
      assertTrue(report.flagged().containsAll(report.undetermined()));
      assertTrue(report.flagged().containsAll(report.unjudged()));
    });
  }

  @Test
  void profileScoresAddUpToTheNumberOfMetJudgements() {
    qt().forAll(codes()).checkAssert(codes -> {
      Assessment assessment = withCodes(codes);
      GapReport report = Gaps.of(INSTRUMENT, assessment);
      long met = assessment.judgements().stream().filter(j -> j.status().isMet()).count();
      assertEquals(met, report.criteria().stream().mapToInt(CriterionProfile::score).sum());
      assertEquals(met, report.areas().stream().mapToInt(AreaProfile::met).sum());
      assertEquals(met, report.met());
      for (AreaProfile area : report.areas()) {
        assertEquals(area.met(), area.meanScore().getAsDouble() * area.criteria().size(), 1e-9);
      }
    });
  }

  @Test
  void gapKindsFollowTheirDefinitions() {
    qt().forAll(codes()).checkAssert(codes -> {
      for (CriterionProfile c : Gaps.of(INSTRUMENT, withCodes(codes)).criteria()) {
        boolean f1 = c.isMet(Dimension.FRAMEWORK, Level.ONE);
        boolean f2 = c.isMet(Dimension.FRAMEWORK, Level.TWO);
        boolean o1 = c.isMet(Dimension.OPERATIONAL, Level.ONE);
        boolean o2 = c.isMet(Dimension.OPERATIONAL, Level.TWO);
        assertEquals(!f1, c.gaps().contains(GapKind.NO_FRAMEWORK), c::toString);
        assertEquals(f1 && !o1, c.gaps().contains(GapKind.IMPLEMENTATION_GAP), c::toString);
        assertEquals((f1 && !f2) || (o1 && !o2), c.gaps().contains(GapKind.LEVEL_2_GAP), c::toString);
        assertEquals(c.score() == CriterionProfile.MAX_SCORE, c.gaps().isEmpty() && c.flagged().isEmpty(),
            c::toString);
      }
    });
  }

  @Test
  void everyUnjudgedOrUndeterminedIndicatorHasItsWarning() {
    qt().forAll(codes()).checkAssert(codes -> {
      GapReport report = Gaps.of(INSTRUMENT, withCodes(codes));
      assertEquals(report.unjudged(), report.warnings(ConsistencyWarning.Kind.UNJUDGED).stream()
          .map(ConsistencyWarning::indicator).toList());
      assertEquals(report.undetermined(), report.warnings(ConsistencyWarning.Kind.UNDETERMINED).stream()
          .map(ConsistencyWarning::indicator).toList());
    });
  }

  /**
   * The gap kinds of criterion 1.1 for hand-written judgements of its F1, F2, O1, O2 (1 met,
   * 2 not met), with the expected kinds written out rather than computed.
   */
  @Test
  void gapKindsOfHandWrittenCases() {
    Object[][] cases = {
        {List.of(2, 2, 2, 2), java.util.Set.of(GapKind.NO_FRAMEWORK)},
        {List.of(2, 2, 1, 1), java.util.Set.of(GapKind.NO_FRAMEWORK)},
        {List.of(1, 2, 2, 2), java.util.Set.of(GapKind.IMPLEMENTATION_GAP, GapKind.LEVEL_2_GAP)},
        {List.of(1, 1, 2, 2), java.util.Set.of(GapKind.IMPLEMENTATION_GAP)},
        {List.of(1, 1, 1, 2), java.util.Set.of(GapKind.LEVEL_2_GAP)},
        {List.of(1, 2, 1, 1), java.util.Set.of(GapKind.LEVEL_2_GAP)},
        {List.of(1, 1, 1, 1), java.util.Set.of()},
    };
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      List<Integer> codes = (List<Integer>) c[0];
      CriterionProfile first = Gaps.of(INSTRUMENT, withCodes(codes)).criteria().get(0);
      assertEquals(c[1], java.util.Set.copyOf(first.gaps()), codes + " -> " + first);
    }
  }
}
