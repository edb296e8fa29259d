package org.ctnat.examples.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ctnat.core.analysis.AreaProfile;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.ComparisonStep;
import org.ctnat.core.analysis.Comparisons;
import org.ctnat.core.analysis.ConsistencyWarning;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.LikertSummary;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.ThemeFrequencies;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * What the analyses show on the worked example: a believable gap table, a comparison with both
 * progress and regression, clear priorities, and survey spreads that say what the rationales
 * quoting them say.
 */
class WorkedExampleAnalysisTest {

  private static final Instrument CTNAT = WorkedExample.instrument();
  private static final Assessment R2024 = WorkedExample.load2024();
  private static final Assessment R2028 = WorkedExample.load2028();

  // ---------------------------------------------------------------- gaps

  @Test
  void everyAreaHasGapsButNoAreaIsAllGaps() {
    for (Assessment assessment : List.of(R2024, R2028)) {
      GapReport gaps = Gaps.of(CTNAT, assessment);
      for (AreaProfile area : gaps.areas()) {
        assertTrue(area.flagged().size() >= 3, assessment.id() + " area " + area.area() + ": " + area.flagged());
        assertTrue(area.met() >= 5, assessment.id() + " area " + area.area() + ": " + area.met() + " met");
      }
      assertTrue(gaps.unjudged().isEmpty(), assessment.id() + " judges every indicator");
    }
  }

  @Test
  void protectionAndAssistanceIsTheWeakestAreaIn2024() {
    GapReport gaps = Gaps.of(CTNAT, R2024);
    assertEquals(48, gaps.met());
    AreaProfile weakest = gaps.areas().stream().min(Comparator.comparingInt(AreaProfile::met)).orElseThrow();
    assertEquals(AreaId.of("2"), weakest.area());
    assertEquals(6, weakest.met());
  }

  @Test
  void theOnlyConsistencyWarningsAreTheUndeterminedJudgementsAndTwoDeliberateLevel2s() {
    GapReport gaps = Gaps.of(CTNAT, R2024);
    assertEquals(8, gaps.warnings(ConsistencyWarning.Kind.UNDETERMINED).size());
    assertEquals(List.of(IndicatorId.parse("2.3-F2"), IndicatorId.parse("3.2-F2")),
        gaps.warnings(ConsistencyWarning.Kind.LEVEL_2_WITHOUT_LEVEL_1).stream().map(ConsistencyWarning::indicator)
            .toList());
    assertTrue(gaps.warnings(ConsistencyWarning.Kind.NO_EVIDENCE).isEmpty());
  }

  // ---------------------------------------------------------------- comparison

  @Test
  void betweenTheRoundsSomeIndicatorsAreNewlyMetAndSomeRegress() {
    Comparison comparison = Comparisons.of(CTNAT, List.of(R2024, R2028));
    ComparisonStep step = comparison.steps().get(0);
    assertEquals(15, step.newlyMet().size(), step.toString());
    assertEquals(List.of("3.4-O1", "3.5-O1", "4.2-O1", "5.2-O1"),
        step.regressed().stream().map(IndicatorId::toString).toList());
    assertTrue(step.newlyMet().containsAll(List.of(IndicatorId.parse("2.1-F2"), IndicatorId.parse("2.4-F2"),
        IndicatorId.parse("4.4-O1"))), step.toString());
    assertEquals(List.of(48, 59), List.of(comparison.reports().get(0).met(), comparison.reports().get(1).met()));
  }

  @Test
  void areasMoveInBothDirections() {
    Comparison comparison = Comparisons.of(CTNAT, List.of(R2024, R2028));
    assertEquals(List.of(6, 12), comparison.areaMet(AreaId.of("2")), "protection and assistance improves most");
    assertEquals(List.of(11, 10), comparison.areaMet(AreaId.of("3")), "investigation and prosecution falls back");
  }

  // ---------------------------------------------------------------- priorities and themes

  @Test
  void identificationAndAssistanceLeadThe2024PrioritiesAndAwarenessAndCoordinationThe2028Ones() {
    PriorityTally before = PriorityTally.of(CTNAT, R2024.surveyResponses(), R2024.workshopResults());
    assertEquals("A", top(before).code(), before.toString());
    assertEquals(2, before.row("A").groups());
    assertEquals(2, before.row("B").groups());

    PriorityTally after = PriorityTally.of(CTNAT, R2028.surveyResponses(), R2028.workshopResults());
    assertEquals("J", top(after).code(), after.toString());
    assertEquals(2, after.row("J").groups());
    assertEquals(2, after.row("M").groups());
  }

  private static PriorityTally.Row top(PriorityTally tally) {
    return tally.rows().stream().max(Comparator.comparingInt(PriorityTally.Row::score)).orElseThrow();
  }

  @Test
  void everyAreaHasThemesAndTheCommonestThemesRecur() {
    ThemeFrequencies themes = ThemeFrequencies.of(CTNAT, R2024.interviews());
    assertEquals(12, themes.interviews());
    for (int area = 1; area <= 5; area++) {
      assertFalse(themes.byArea().getOrDefault(AreaId.of(Integer.toString(area)), List.of()).isEmpty(),
          "area " + area);
    }
    assertTrue(themes.overall().get(0).interviews() >= 4, themes.toString());
    assertTrue(ThemeFrequencies.of(CTNAT, R2028.interviews()).overall().stream()
        .anyMatch(t -> t.theme().equals("coordinator_vacancy") && t.interviews() >= 3));
  }

  // ---------------------------------------------------------------- the survey's spread

  @Test
  void respondentsComeFromManyPositionsBothGendersAndSeveralAgeBands() {
    Map<ProfileAttribute, Map<String, Integer>> profiles = new TreeMap<>();
    for (SurveyResponse response : R2024.surveyResponses()) {
      response.profile(CTNAT).forEach((attribute, code) ->
          profiles.computeIfAbsent(attribute, a -> new TreeMap<>()).merge(code, 1, Integer::sum));
    }
    assertTrue(profiles.get(ProfileAttribute.POSITION).size() >= 10, profiles.toString());
    assertEquals(2, profiles.get(ProfileAttribute.GENDER).size(), profiles.toString());
    assertTrue(profiles.get(ProfileAttribute.AGE_BAND).size() >= 3, profiles.toString());
    assertFalse(profiles.containsKey(ProfileAttribute.COUNTRY), "1.1 offers no Valdoria and stays unanswered");
  }

  @Test
  void someAnswersAreMissingAndSomeRespondentsSpecifyOther() {
    long missingGender = R2024.surveyResponses().stream().filter(r -> r.answer(ItemId.of("1.6")).isEmpty()).count();
    assertTrue(missingGender > 0 && missingGender < 10, "missing 1.6: " + missingGender);
    assertTrue(R2024.surveyResponses().stream().anyMatch(r -> r.answers().size() < 60), "someone stopped early");

    long others = R2024.surveyResponses().stream().flatMap(r -> r.answers().values().stream())
        .map(WorkedExampleAnalysisTest::otherText).flatMap(Optional::stream).count();
    assertTrue(others >= 5, "other texts: " + others);
    assertTrue(R2024.surveyResponses().stream().map(r -> r.answer(ItemId.of("1.2")))
        .flatMap(Optional::stream).map(WorkedExampleAnalysisTest::otherText).anyMatch(Optional::isPresent));
  }

  private static Optional<String> otherText(Answer answer) {
    if (answer instanceof ChoiceAnswer choice) {
      return choice.otherText();
    }
    if (answer instanceof SelectionAnswer selection) {
      return selection.otherText();
    }
    return answer instanceof RankingAnswer ranking ? ranking.otherText() : Optional.empty();
  }

  @Test
  void protectionAndAssistanceGridsAreTheMostNegativeIn2024() {
    Map<AreaId, Double> positive = new TreeMap<>();
    SurveyTally tally = SurveyTally.of(CTNAT, R2024.surveyResponses());
    for (SurveySection section : CTNAT.survey().sections()) {
      if (section.area().isEmpty()) {
        continue;
      }
      int good = 0;
      int all = 0;
      for (Question question : section.questions()) {
        if (question instanceof Grid grid) {
          for (GridStatement statement : grid.statements()) {
            LikertSummary summary = LikertSummary.of(CTNAT.scale(grid.scale()).orElseThrow(),
                tally.tally(statement.id()));
            good += summary.positive();
            all += summary.substantive();
          }
        }
      }
      positive.put(section.area().get(), (double) good / all);
    }
    AreaId weakest = positive.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals(AreaId.of("2"), weakest, positive.toString());
  }

  /** The rationales that quote the survey say what its answers show, in the round they are part of. */
  @Test
  void theSurveyClaimsOfTheRationalesHold() {
    for (Assessment assessment : List.of(R2024, R2028)) {
      // 1.4-F2: "fewer than a third ... rated self-identification mechanisms adequate in any degree"
      assertTrue(positive(assessment, "3.1.6") < 1.0 / 3, assessment.id() + " 3.1.6");
      // 4.1-O2: "fewer than a quarter ... agreed that programmes are appropriately targeted"
      assertTrue(positive(assessment, "6.1.2") < 0.25, assessment.id() + " 6.1.2");
      // 3.4-O2: "few survey respondents agreed that it [training] is adequate"
      assertTrue(positive(assessment, "5.1.6") < 0.2 && positive(assessment, "5.1.9") < 0.2, assessment.id() + " 5.1");
      // 4.2-O2: "most ... neither agreed nor disagreed that the media's involvement is adequate"
      assertTrue(neutral(assessment, "6.1.4") > 0.5, assessment.id() + " 6.1.4");
      // 2.3-O1: long-term shelter, vocational training and reintegration "among the least adequate services"
      List<String> grid41 = CTNAT.survey().question(ItemId.of("4.1")).map(q -> ((Grid) q).statements().stream()
          .map(s -> s.id().value()).sorted(Comparator.comparingDouble(s -> positive(assessment, s))).toList())
          .orElseThrow();
      assertTrue(grid41.subList(0, grid41.size() / 2).containsAll(List.of("4.1.2", "4.1.7", "4.1.10")),
          assessment.id() + " 4.1 from least adequate: " + grid41);
    }
    // 1.3-O2 (2024): "most ... rated the tools neither adequate nor inadequate, or inadequate"
    assertTrue(positive(R2024, "3.1.5") < 0.5);
    // 2.4-O2: few agreed that male and female (2024), or cooperating and other victims (2028), are served alike
    assertTrue(positive(R2024, "4.2.1") < 0.2 && positive(R2024, "4.2.2") < 0.2);
    assertTrue(positive(R2028, "4.2.3") < 0.25);
    // 5.2-O1 regressed: State agencies cooperate less often since the coordinator's post fell vacant
    assertTrue(positive(R2028, "7.2.1") < positive(R2024, "7.2.1") - 0.2);
    // 4.3-F1 newly met: the data system shows in the answers on State research and data
    assertTrue(positive(R2028, "6.1.5") > positive(R2024, "6.1.5"));
  }

  private static double positive(Assessment assessment, String statement) {
    LikertSummary summary = summary(assessment, statement);
    return (double) summary.positive() / summary.substantive();
  }

  private static double neutral(Assessment assessment, String statement) {
    LikertSummary summary = summary(assessment, statement);
    return (double) summary.neutral() / summary.substantive();
  }

  private static LikertSummary summary(Assessment assessment, String statement) {
    ItemId item = ItemId.of(statement);
    Grid grid = (Grid) CTNAT.questionOf(item).orElseThrow();
    return LikertSummary.of(CTNAT.scale(grid.scale()).orElseThrow(),
        SurveyTally.of(CTNAT, assessment.surveyResponses()).tally(item));
  }
}
