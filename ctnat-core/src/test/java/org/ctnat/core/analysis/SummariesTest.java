package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;
import org.junit.jupiter.api.Test;

/** Likert, ranking, priority, theme and profile summaries, and disaggregation. */
class SummariesTest {

  private static final Instrument INSTRUMENT = TestInstruments.minimal();

  private static SurveyResponse response(int i, String gender, String nrm) {
    var b = SurveyResponse.to(INSTRUMENT, Respondent.of("R" + i));
    if (gender != null) {
      b.putAnswer(ItemId.of("1.6"), ChoiceAnswer.of(gender));
    }
    if (nrm != null) {
      b.putAnswer(ItemId.of("3.1.1"), PointAnswer.of(nrm));
    }
    return b.build();
  }

  @Test
  void likertSummaryOfFourTwoOneIsMostlyPositiveWithMedianAdequate() {
    List<SurveyResponse> responses = new ArrayList<>();
    String[] points = {"adequate", "adequate", "adequate", "adequate", "neither", "neither", "inadequate", "dont_know"};
    for (int i = 0; i < points.length; i++) {
      responses.add(response(i, null, points[i]));
    }
    Tally tally = SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("3.1.1"));
    LikertSummary summary = LikertSummary.of(INSTRUMENT.scale(ScaleId.of("adequacy")).orElseThrow(), tally);
    assertEquals(4, summary.positive());
    assertEquals(2, summary.neutral());
    assertEquals(1, summary.negative());
    assertEquals(1, summary.nonSubstantive());
    assertEquals(7, summary.positiveShare().denominator(), "don't know takes no side");
    assertEquals(Optional.of("adequate"), summary.median());
  }

  @Test
  void likertSummaryOfNoSubstantiveAnswerHasNoMedian() {
    Tally tally = SurveyTally.of(INSTRUMENT, List.of(response(1, null, "dont_know"))).tally(ItemId.of("3.1.1"));
    assertTrue(LikertSummary.of(INSTRUMENT.scale(ScaleId.of("adequacy")).orElseThrow(), tally).median().isEmpty());
  }

  @Test
  void likertSummaryRefusesATallyOfAnotherScale() {
    Tally tally = SurveyTally.empty(INSTRUMENT).tally(ItemId.of("4.1.1"));
    assertThrows(IllegalArgumentException.class,
        () -> LikertSummary.of(INSTRUMENT.scale(ScaleId.of("adequacy")).orElseThrow(), tally));
  }

  @Test
  void rankingSummaryGivesRankDistributionAndMeanRankPerGroup() {
    Ranking groups = (Ranking) INSTRUMENT.survey().question(ItemId.of("2.4")).orElseThrow();
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(groups.id(),
            RankingAnswer.inOrder("women", "girls", "men", "boys")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(groups.id(),
            RankingAnswer.inOrder("girls", "women", "boys", "men")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(groups.id(),
            RankingAnswer.inOrder("women", "bogus", "men", "boys")).build());
    RankingSummary summary = RankingSummary.of(groups, responses);
    assertEquals(2, summary.answered());
    assertEquals(1, summary.invalid());
    assertEquals(List.of(1, 1, 0, 0), summary.distribution("women"));
    assertEquals(1.5, summary.meanRank("women").orElseThrow(), 1e-9);
    assertEquals(3.5, summary.meanRank("men").orElseThrow(), 1e-9);
    assertEquals(summary, RankingSummary.of(groups, responses.subList(0, 1))
        .plus(RankingSummary.of(groups, responses.subList(1, 3))));
  }

  @Test
  void priorityTallyPutsSurveyRespondentsAndWorkshopGroupsSideBySide() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("D", "A", "B")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("D", "B", "C")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("A", "D", "C")).build());
    List<WorkshopResult> workshops = List.of(WorkshopResult.of("G1", "D", "A", "C"),
        WorkshopResult.of("G2", "D", "B", "C"), WorkshopResult.of("G3", "D", "D", "Z"));
    PriorityTally tally = PriorityTally.of(INSTRUMENT, responses, workshops);
    assertEquals(List.of(3, 2, 1), tally.weights());
    PriorityTally.Row d = tally.row("D");
    assertEquals(3, d.chosen());
    assertEquals(List.of(2, 1, 0), d.byRank());
    assertEquals(2 * 3 + 2, d.score());
    assertEquals(3, d.groups(), "a priority named twice by one group counts once");
    assertEquals(3, tally.respondents());
    assertEquals(3, tally.groups());
    assertEquals(0, tally.row("E").chosen());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriorityTally.of(INSTRUMENT, responses, workshops, List.of(1, 1)));
    assertTrue(e.getMessage().contains("one weight per rank (3)"), e.getMessage());
  }

  @Test
  void themeFrequenciesCountInterviewsAndMentionsPerArea() {
    InterviewRecord first = InterviewRecord.of(INSTRUMENT, "I1").participants(Participants.of(1, 2))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("3"), SectionId.of("8"))
        .putTheme(InterviewQuestionId.of("3.1"), List.of("nrm_on_paper", "lack_of_funding"))
        .putTheme(InterviewQuestionId.of("3.2"), List.of("lack_of_funding")).build();
    InterviewRecord second = InterviewRecord.of(INSTRUMENT, "I2").participants(Participants.of(3, 0))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("4"), SectionId.of("8"))
        .putTheme(InterviewQuestionId.of("4.1"), List.of("lack_of_funding")).build();
    ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, List.of(first, second));
    assertEquals(new ThemeFrequencies.ThemeCount("lack_of_funding", 2, 3), themes.overall().get(0));
    assertEquals(new ThemeFrequencies.ThemeCount("nrm_on_paper", 1, 1), themes.overall().get(1));
    assertEquals(List.of(new ThemeFrequencies.ThemeCount("lack_of_funding", 1, 2),
        new ThemeFrequencies.ThemeCount("nrm_on_paper", 1, 1)), themes.byArea().get(AreaId.of("1")));
    assertEquals(1, themes.byArea().get(AreaId.of("2")).get(0).interviews());

    Profiles.ParticipantProfile participants = Profiles.participants(List.of(first, second));
    assertEquals(2, participants.interviews());
    assertEquals(6, participants.participants().total());
    assertEquals(4, participants.female().count());
  }

  @Test
  void respondentProfileCountsRespondentsByGender() {
    List<SurveyResponse> responses = List.of(response(1, "female", null), response(2, "female", null),
        response(3, "male", null), response(4, null, null), response(5, "unknown", null));
    Tally gender = Profiles.respondents(INSTRUMENT, responses).tally(ProfileAttribute.GENDER).orElseThrow();
    assertEquals(List.of(2, 1, 0), gender.counts());
    assertEquals(5, gender.eligible());
    assertEquals(2, gender.missing());
    assertEquals(1, gender.invalid());
  }

  // ------------------------------------------------------------------ disaggregation

  private static List<SurveyResponse> random(List<Integer> seeds) {
    List<String> genders = java.util.Arrays.asList("female", "male", "other", null);
    List<String> points = java.util.Arrays.asList("adequate", "neither", "inadequate", "dont_know", null);
    List<SurveyResponse> responses = new ArrayList<>();
    for (int seed : seeds) {
      Random r = new Random(seed);
      responses.add(response(seed, genders.get(r.nextInt(4)), points.get(r.nextInt(5))));
    }
    return responses;
  }

  @Test
  void disaggregationByGenderPutsEachRespondentInOneGroup() {
    Disaggregation byGender = Disaggregation.of(INSTRUMENT,
        List.of(response(1, "female", "adequate"), response(2, "male", "inadequate"), response(3, null, "adequate")),
        ProfileAttribute.GENDER);
    assertEquals(List.of("female", "male", GroupKey.MISSING),
        byGender.groups().keySet().stream().map(k -> k.value(ProfileAttribute.GENDER)).sorted(
            java.util.Comparator.comparing((String v) -> v.equals(GroupKey.MISSING)).thenComparing(v -> v)).toList());
    assertEquals(1, byGender.groups().values().stream().mapToInt(SurveyTally::responses).max().orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Disaggregation.of(INSTRUMENT, List.of(), ProfileAttribute.GENDER, ProfileAttribute.GENDER));
    assertTrue(e.getMessage().contains("each once"), e.getMessage());
  }

  @Test
  void aDisaggregationsPartsAddUpToTheWhole() {
    qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 60)).checkAssert(seeds -> {
      List<SurveyResponse> responses = random(seeds);
      Disaggregation parts = Disaggregation.of(INSTRUMENT, responses, ProfileAttribute.GENDER);
      assertEquals(SurveyTally.of(INSTRUMENT, responses), parts.whole());
      Disaggregation parallel = responses.parallelStream()
          .collect(Disaggregation.collector(INSTRUMENT, List.of(ProfileAttribute.GENDER)));
      assertEquals(parts, parallel);
      int half = seeds.size() / 2;
      assertEquals(parts, Disaggregation.of(INSTRUMENT, responses.subList(0, half), ProfileAttribute.GENDER)
          .plus(Disaggregation.of(INSTRUMENT, responses.subList(half, seeds.size()), ProfileAttribute.GENDER)));
      assertEquals(parts, parts.plus(Disaggregation.empty(INSTRUMENT, List.of(ProfileAttribute.GENDER))));
    });
  }

  @Test
  void profileValuesSetOnTheRespondentAlsoDisaggregate() {
    Respondent preset = Respondent.builder().id(org.ctnat.core.response.RespondentId.of("P1"))
        .putProfile(ProfileAttribute.COUNTRY, "georgia").build();
    Disaggregation byCountry = Disaggregation.of(INSTRUMENT,
        List.of(SurveyResponse.to(INSTRUMENT, preset).build()), ProfileAttribute.COUNTRY);
    assertEquals("georgia", byCountry.groups().firstKey().value(ProfileAttribute.COUNTRY));
  }

  /** A text is collected only with an answer the tally counts that chose the "Other" option. */
  @Test
  void otherTextsComeOnlyWithCountedAnswersThatChoseOther() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("2.2"), new SelectionAnswer(
            List.of("begging", "forced_labour", "other"), Optional.of("Domestic servitude"))).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("2.2"), new SelectionAnswer(
            List.of("begging", "forced_labour", "organ_removal", "other"), Optional.of("Four chosen"))).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("2.2"), new SelectionAnswer(
            List.of("begging", "forced_labour", "organ_removal"), Optional.of("No other chosen"))).build());
    OtherTexts texts = OtherTexts.of(INSTRUMENT, responses);
    assertEquals(List.of("Domestic servitude"),
        texts.texts(ItemId.of("2.2")).stream().map(OtherTexts.OtherText::text).toList());
    assertEquals(1, SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("2.2")).count("other"),
        "as many texts as the tally's count of 'other'");
  }

  @Test
  void otherTextsAreCollectedPerQuestionInRespondentOrder() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("8.1"),
            RankingAnswer.inOrder(List.of("E", "A", "B"), Optional.of("More funding for NGOs"))).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("8.1"),
            RankingAnswer.inOrder(List.of("E", "A", "B"), Optional.of("  "))).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("8.1"),
            RankingAnswer.inOrder(List.of("A", "E", "B"), Optional.of("Legal aid"))).build());
    List<SurveyResponse> backwards = new java.util.ArrayList<>(responses);
    java.util.Collections.reverse(backwards);
    var texts = OtherTexts.of(INSTRUMENT, backwards);
    assertEquals(List.of(ItemId.of("8.1")), List.copyOf(texts.texts().keySet()));
    assertEquals(List.of("More funding for NGOs", "Legal aid"),
        texts.texts(ItemId.of("8.1")).stream().map(OtherTexts.OtherText::text).toList());
    assertEquals(2, texts.size());
    assertEquals(texts, responses.parallelStream().collect(OtherTexts.collector(INSTRUMENT)));
    assertEquals(texts, OtherTexts.of(INSTRUMENT, responses.subList(0, 1))
        .plus(OtherTexts.of(INSTRUMENT, responses.subList(1, 3))));
  }

  @Test
  void theDisaggregationRecorderGivesTheSameGroupsAsTheCollector() {
    qt().withExamples(50).forAll(lists().of(integers().all()).ofSizeBetween(0, 60)).checkAssert(seeds -> {
      List<SurveyResponse> responses = random(seeds);
      Disaggregation.Recorder recorder = Disaggregation.recorder(INSTRUMENT, List.of(ProfileAttribute.GENDER));
      for (SurveyResponse response : responses) {
        String gender = response.profile(INSTRUMENT).getOrDefault(ProfileAttribute.GENDER, GroupKey.MISSING);
        SurveyTallyTest.record(recorder.group(gender), response);
      }
      assertEquals(Disaggregation.of(INSTRUMENT, responses, ProfileAttribute.GENDER), recorder.toDisaggregation());
    });
  }

  @Test
  void crossTabulationCountsRespondentsWhoAnsweredBoth() {
    List<SurveyResponse> responses = List.of(response(1, "female", "adequate"), response(2, "female", "adequate"),
        response(3, "male", "inadequate"), response(4, "male", null), response(5, null, "adequate"));
    CountTable byGender = CrossTabs.of(INSTRUMENT, responses, ProfileAttribute.GENDER, ItemId.of("3.1.1"));
    assertEquals(List.of("female", "male", "other", GroupKey.MISSING), byGender.rowLabels());
    assertEquals(List.of("adequate", "neither", "inadequate", "dont_know", GroupKey.MISSING), byGender.columnLabels());
    assertEquals(2, byGender.count("female", "adequate"));
    assertEquals(1, byGender.count("male", "inadequate"));
    assertEquals(1, byGender.count("male", GroupKey.MISSING));
    assertEquals(1, byGender.count(GroupKey.MISSING, "adequate"));
    assertEquals(5, byGender.grandTotal(), "every respondent once");
    assertEquals(byGender, CrossTabs.of(INSTRUMENT, responses, ItemId.of("1.6"), ItemId.of("3.1.1")));
    assertEquals(byGender, responses.parallelStream()
        .collect(CrossTabs.collector(INSTRUMENT, ProfileAttribute.GENDER, ItemId.of("3.1.1"))));
    IllegalArgumentException grid = assertThrows(IllegalArgumentException.class,
        () -> CrossTabs.of(INSTRUMENT, responses, ItemId.of("1.6"), ItemId.of("3.1")));
    assertTrue(grid.getMessage().contains("cross-tabulate its statements"), grid.getMessage());
  }

  /**
   * A cross-tabulation counts what the item's tally counts: an answer of the wrong kind, or a
   * follow-up's answer its parent did not choose, is in the missing row or column, never a category.
   */
  @Test
  void crossTabulationCountsOnlyWhatTheTallyCounts() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("1.6"), PointAnswer.of("female"))
            .putAnswer(ItemId.of("3.1.1"), ChoiceAnswer.of("adequate")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("male"))
            .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("sexual_exploitation", "forced_labour", "organ_removal"))
            .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("male"))
            .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("sexual_exploitation", "forced_labour", "begging"))
            .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build());
    CountTable grid = CrossTabs.of(INSTRUMENT, responses, ItemId.of("1.6"), ItemId.of("3.1.1"));
    assertEquals(1, grid.count(GroupKey.MISSING, GroupKey.MISSING), "R1's point for 1.6 and choice for 3.1.1 count nowhere");
    assertEquals(0, grid.count("female", "adequate"));
    assertEquals(1, SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("3.1.1")).invalid());
    CountTable form = CrossTabs.of(INSTRUMENT, responses, ItemId.of("1.6"), ItemId.of("2.2.1"));
    assertEquals(1, form.count("male", "begging"), "only R3 chose begging in 2.2");
    assertEquals(1, form.count("male", GroupKey.MISSING), "R2's begging contradicts its 2.2");
    Tally followUp = SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("2.2.1"));
    assertEquals(1, followUp.count("begging"));
    assertEquals(1, followUp.invalid());
  }

  /** A ranking with fewer ranks than the question asks for ("top three" got one, or none) is not counted. */
  @Test
  void rankingsOutsideTheQuestionsLimitsAreInvalid() {
    Ranking priorities = (Ranking) INSTRUMENT.survey().question(ItemId.of("8.1")).orElseThrow();
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("D", "A", "B")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("D")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("8.1"),
            new RankingAnswer(java.util.Map.of(), Optional.empty())).build());
    RankingSummary summary = RankingSummary.of(priorities, responses);
    assertEquals(1, summary.answered());
    assertEquals(2, summary.invalid());
    PriorityTally tally = PriorityTally.of(INSTRUMENT, responses, List.of());
    assertEquals(1, tally.respondents());
    assertEquals(2, tally.invalidRankings());
    assertEquals(1, tally.row("D").chosen(), "R2's lone D is not counted");
    Tally counted = SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("8.1"));
    assertEquals(1, counted.answered());
    assertEquals(2, counted.invalid());
  }

  @Test
  void rankingPriorityAndThemeSummariesMergeLikeTheirParts() {
    Ranking groups = (Ranking) INSTRUMENT.survey().question(ItemId.of("2.4")).orElseThrow();
    qt().withExamples(50).forAll(lists().of(integers().all()).ofSizeBetween(0, 30),
            lists().of(integers().all()).ofSizeBetween(0, 30))
        .checkAssert((a, b) -> {
          List<SurveyResponse> first = rankings(a);
          List<SurveyResponse> second = rankings(b);
          List<SurveyResponse> all = new ArrayList<>(first);
          all.addAll(second);
          RankingSummary whole = RankingSummary.of(groups, all);
          assertEquals(whole, RankingSummary.of(groups, first).plus(RankingSummary.of(groups, second)));
          assertEquals(whole, all.parallelStream().collect(RankingSummary.collector(groups)));
          List<WorkshopResult> w1 = workshops(a);
          List<WorkshopResult> w2 = workshops(b);
          List<WorkshopResult> allGroups = new ArrayList<>(w1);
          allGroups.addAll(w2);
          PriorityTally p1 = PriorityTally.of(INSTRUMENT, first, w1);
          PriorityTally p2 = PriorityTally.of(INSTRUMENT, second, w2);
          PriorityTally p3 = PriorityTally.of(INSTRUMENT, first.subList(0, first.size() / 2), w2);
          assertEquals(PriorityTally.of(INSTRUMENT, all, allGroups), p2.plus(p1));
          assertEquals(p1.plus(p2).plus(p3), p1.plus(p2.plus(p3)));
          assertEquals(p1, p1.plus(PriorityTally.empty(INSTRUMENT)));
          assertEquals(PriorityTally.of(INSTRUMENT, all, List.of()),
              all.parallelStream().collect(PriorityTally.collector(INSTRUMENT)));
          assertEquals(ThemeFrequencies.of(INSTRUMENT, interviews(a)),
              interviews(a).parallelStream().collect(ThemeFrequencies.collector(INSTRUMENT)));
          assertEquals(Profiles.participants(interviews(a)),
              interviews(a).parallelStream().collect(Profiles.participantCollector()));
          List<InterviewRecord> i1 = interviews(a);
          List<InterviewRecord> i2 = interviews(b);
          List<InterviewRecord> both = new ArrayList<>(i1);
          both.addAll(i2);
          assertEquals(ThemeFrequencies.of(INSTRUMENT, both),
              ThemeFrequencies.of(INSTRUMENT, i1).plus(ThemeFrequencies.of(INSTRUMENT, i2)));
          assertEquals(ThemeFrequencies.of(INSTRUMENT, i1), ThemeFrequencies.of(INSTRUMENT, i1).plus(ThemeFrequencies.empty()));
        });
  }

  private static List<SurveyResponse> rankings(List<Integer> seeds) {
    List<String> orders = List.of("women", "girls", "men", "boys");
    List<String> priorities = List.of("A", "B", "C", "D", "E");
    List<SurveyResponse> responses = new ArrayList<>();
    for (int seed : seeds) {
      Random r = new Random(seed);
      List<String> groupOrder = new ArrayList<>(orders);
      java.util.Collections.shuffle(groupOrder, r);
      List<String> top = new ArrayList<>(priorities);
      java.util.Collections.shuffle(top, r);
      responses.add(SurveyResponse.to(INSTRUMENT, Respondent.of("R" + seed))
          .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder(groupOrder.toArray(String[]::new)))
          .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(top.subList(0, 3).toArray(String[]::new))).build());
    }
    return responses;
  }

  private static List<InterviewRecord> interviews(List<Integer> seeds) {
    List<String> themes = List.of("lack_of_funding", "nrm_on_paper", "training", "corruption");
    List<InterviewRecord> records = new ArrayList<>();
    for (int seed : seeds) {
      Random r = new Random(seed);
      records.add(InterviewRecord.of(INSTRUMENT, "I" + seed).participants(Participants.of(1, 1))
          .addSectionsCovered(SectionId.of("1"), SectionId.of("3"), SectionId.of("8"))
          .putTheme(InterviewQuestionId.of("3.1"), List.of(themes.get(r.nextInt(4)), themes.get(r.nextInt(4))))
          .putTheme(InterviewQuestionId.of("1.1"), List.of(themes.get(r.nextInt(4)))).build());
    }
    return records;
  }

  private static List<WorkshopResult> workshops(List<Integer> seeds) {
    List<String> codes = List.of("A", "B", "C", "D", "E", "Z");
    List<WorkshopResult> results = new ArrayList<>();
    for (int seed : seeds.subList(0, Math.min(4, seeds.size()))) {
      Random r = new Random(seed);
      results.add(WorkshopResult.of("G" + seed, codes.get(r.nextInt(6)), codes.get(r.nextInt(6)), codes.get(r.nextInt(6))));
    }
    return results;
  }

  @Test
  void themeFrequenciesStateHowManyInterviewsCoveredEachArea() {
    InterviewRecord covered = InterviewRecord.of(INSTRUMENT, "I1").participants(Participants.of(1, 0))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("3"), SectionId.of("8"))
        .putTheme(InterviewQuestionId.of("3.1"), List.of("nrm_on_paper")).build();
    InterviewRecord other = InterviewRecord.of(INSTRUMENT, "I2").participants(Participants.of(0, 1))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("4"), SectionId.of("8")).build();
    ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, List.of(covered, other));
    assertEquals(1, themes.areaInterviews().get(AreaId.of("1")));
    assertEquals(1, themes.areaInterviews().get(AreaId.of("2")));
  }
}
