package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.WorkshopResult;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate of the analysis package obeys the same laws, checked here on random data
 * (some answers missing, some invalid): its merge is associative and commutative, its empty
 * value is the identity, the aggregate of two parts merged is that of the whole, the order of
 * the records changes nothing, and its collector gives the same result in a parallel stream.
 */
class MergeLawsTest {

  /** The minimal instrument with 2.3, a "choose any" whose "don't know" excludes the rest. */
  static final Instrument INSTRUMENT = TestInstruments.withExclusiveOption();
  private static final List<String> POINTS = List.of("adequate", "neither", "inadequate", "dont_know", "bogus");
  private static final List<String> FORMS = List.of("sexual_exploitation", "forced_labour", "begging",
      "organ_removal", "other", "bogus");
  private static final List<String> PRIORITIES = List.of("A", "B", "C", "D", "E", "Z");
  private static final List<String> THEMES = List.of("lack_of_funding", "nrm_on_paper", "training", "corruption");

  /**
   * A pseudo-random response: any item may be missing, codes may be unknown, texts may be blank,
   * "choose three" may get none to four or a code twice, "don't know" may come with other options,
   * a follow-up may come without its parent or name a form its parent did not choose, a ranking
   * may repeat or skip a rank or rank too few or too many, an answer may be of the wrong kind, and the
   * respondent may carry a country and a gender of its own (the answer to 1.6 wins).
   */
  static SurveyResponse response(int seed) {
    Random random = new Random(seed);
    var respondent = Respondent.builder().id(org.ctnat.core.response.RespondentId.of("R" + Integer.toHexString(seed)));
    if (random.nextInt(3) > 0) {
      respondent.putProfile(ProfileAttribute.COUNTRY, List.of("armenia", "azerbaijan", "georgia").get(random.nextInt(3)));
    }
    if (random.nextInt(4) == 0) {
      respondent.putProfile(ProfileAttribute.GENDER, random.nextBoolean() ? "male" : "female");
    }
    var builder = SurveyResponse.to(INSTRUMENT, respondent.build());
    int wrongKind = random.nextInt(6) == 0 ? random.nextInt(4) : -1; // which item gets an answer of the wrong kind
    if (wrongKind == 0) {
      builder.putAnswer(ItemId.of("1.6"), PointAnswer.of("female"));
    } else if (random.nextInt(5) > 0) {
      builder.putAnswer(ItemId.of("1.6"), ChoiceAnswer.of(List.of("female", "male", "other", "x")
          .get(random.nextInt(4))));
    }
    for (String statement : List.of("3.1.1", "3.1.2", "3.1.3")) {
      if (wrongKind == 1 && statement.equals("3.1.2")) {
        builder.putAnswer(ItemId.of(statement), ChoiceAnswer.of("adequate"));
      } else if (random.nextInt(4) > 0) {
        builder.putAnswer(ItemId.of(statement), PointAnswer.of(POINTS.get(random.nextInt(POINTS.size()))));
      }
    }
    if (random.nextBoolean()) {
      List<String> who = new ArrayList<>(List.of("police", "ngos", "dont_know", "bogus"));
      Collections.shuffle(who, random);
      List<String> picked = new ArrayList<>(who.subList(0, random.nextInt(4)));
      if (!picked.isEmpty() && random.nextInt(5) == 0) {
        picked.add(picked.get(0)); // a code twice
      }
      builder.putAnswer(ItemId.of("2.3"), new SelectionAnswer(picked, Optional.empty()));
    }
    List<String> forms = new ArrayList<>(FORMS);
    Collections.shuffle(forms, random);
    List<String> chosen = forms.subList(0, random.nextInt(5));
    int parentAndFollowUp = random.nextInt(4); // both, the parent only, the follow-up only, neither
    if (wrongKind == 2 && parentAndFollowUp <= 1) {
      builder.putAnswer(ItemId.of("2.2"), ChoiceAnswer.of(FORMS.get(random.nextInt(FORMS.size()))));
    } else if (parentAndFollowUp <= 1) {
      List<String> given = new ArrayList<>(chosen);
      if (!given.isEmpty() && random.nextInt(6) == 0) {
        given.add(given.get(given.size() - 1)); // a code twice
      }
      builder.putAnswer(ItemId.of("2.2"), new SelectionAnswer(given,
          chosen.contains("other") ? Optional.of(List.of("Begging rings", " ", "Domestic servitude")
              .get(random.nextInt(3))) : Optional.empty()));
    }
    if (parentAndFollowUp == 0 || parentAndFollowUp == 2) {
      builder.putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of(chosen.isEmpty() || random.nextInt(3) == 0
          ? FORMS.get(random.nextInt(FORMS.size())) : chosen.get(0)));
    }
    if (random.nextBoolean()) {
      List<String> groups = new ArrayList<>(List.of("women", "girls", "men", "boys"));
      Collections.shuffle(groups, random);
      builder.putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder(groups.toArray(String[]::new)));
    }
    if (random.nextBoolean()) {
      List<String> top = new ArrayList<>(PRIORITIES);
      Collections.shuffle(top, random);
      List<String> three = top.subList(0, 3);
      Optional<String> other = three.contains("E") ? Optional.of(random.nextBoolean() ? "Legal aid" : "More funding")
          : Optional.empty();
      switch (random.nextInt(7)) {
        case 0 -> builder.putAnswer(ItemId.of("8.1"), new RankingAnswer( // a rank given twice
            java.util.Map.of(three.get(0), 1, three.get(1), 1, three.get(2), 2), other));
        case 1 -> builder.putAnswer(ItemId.of("8.1"), new RankingAnswer( // a rank left out
            java.util.Map.of(three.get(0), 1, three.get(1), 3), other));
        case 2 -> builder.putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(top.subList(0, 4), other)); // four of three
        case 3 -> builder.putAnswer(ItemId.of("8.1"), new RankingAnswer(java.util.Map.of(), other)); // none
        case 4 -> builder.putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(top.subList(0, 1), other)); // one of three
        default -> builder.putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(three, other));
      }
    }
    if (wrongKind == 3) {
      builder.putAnswer(ItemId.of("2.6"), SelectionAnswer.of("because"));
    } else if (random.nextInt(3) == 0) {
      builder.putAnswer(ItemId.of("2.6"), TextAnswer.of(random.nextBoolean() ? "Because." : " "));
    }
    return builder.build();
  }

  /** A pseudo-random interview record with participants and coded themes. */
  static InterviewRecord interview(int seed) {
    Random random = new Random(seed);
    return InterviewRecord.of(INSTRUMENT, "I" + Integer.toHexString(seed))
        .participants(Participants.of(random.nextInt(3), random.nextInt(3)))
        .addSectionsCovered(SectionId.of("1"), SectionId.of(random.nextBoolean() ? "3" : "4"), SectionId.of("8"))
        .putTheme(InterviewQuestionId.of("3.1"), List.of(THEMES.get(random.nextInt(4)), THEMES.get(random.nextInt(4))))
        .putTheme(InterviewQuestionId.of("1.1"), List.of(THEMES.get(random.nextInt(4)))).build();
  }

  /** A pseudo-random workshop group: ranked or not, unknown and repeated codes possible. */
  static WorkshopResult workshop(int seed) {
    Random random = new Random(seed);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      chosen.add(PRIORITIES.get(random.nextInt(PRIORITIES.size())));
    }
    String group = "G" + Integer.toHexString(seed);
    String[] codes = chosen.toArray(String[]::new);
    return random.nextBoolean() ? WorkshopResult.ranked(group, codes) : WorkshopResult.of(group, codes);
  }

  /**
   * Checks the laws of one aggregate over records made from random seeds.
   *
   * @param name what is checked, for messages
   * @param make makes a record from a seed
   * @param of the aggregate of a list of records
   * @param empty the identity
   * @param plus the merge
   * @param collector the collector
   */
  private static <E, T> void laws(String name, IntFunction<E> make, Function<List<E>, T> of, T empty,
      BinaryOperator<T> plus, Collector<E, ?, T> collector) {
    qt().withExamples(60).forAll(
            lists().of(integers().all()).ofSizeBetween(0, 12),
            lists().of(integers().all()).ofSizeBetween(0, 12),
            lists().of(integers().all()).ofSizeBetween(0, 12))
        .checkAssert((sa, sb, sc) -> {
          List<E> a = sa.stream().map(make::apply).toList();
          List<E> b = sb.stream().map(make::apply).toList();
          List<E> c = sc.stream().map(make::apply).toList();
          T ta = of.apply(a);
          T tb = of.apply(b);
          T tc = of.apply(c);
          assertEquals(plus.apply(plus.apply(ta, tb), tc), plus.apply(ta, plus.apply(tb, tc)), name + ": associative");
          assertEquals(plus.apply(ta, tb), plus.apply(tb, ta), name + ": commutative");
          assertEquals(ta, plus.apply(ta, empty), name + ": empty is the identity");
          assertEquals(ta, plus.apply(empty, ta), name + ": empty is the identity");
          List<E> all = new ArrayList<>(a);
          all.addAll(b);
          all.addAll(c);
          T whole = of.apply(all);
          assertEquals(whole, plus.apply(plus.apply(ta, tb), tc), name + ": the parts merged are the whole");
          assertEquals(whole.hashCode(), plus.apply(ta, plus.apply(tb, tc)).hashCode(), name + ": equal hashes");
          List<E> shuffled = new ArrayList<>(all);
          Collections.shuffle(shuffled, new Random(all.size()));
          assertEquals(whole, of.apply(shuffled), name + ": the order of the records changes nothing");
          assertEquals(whole, all.stream().collect(collector), name + ": sequential collector");
          assertEquals(whole, all.parallelStream().collect(collector), name + ": parallel collector");
        });
  }

  @Test
  void surveyTally() {
    laws("SurveyTally", MergeLawsTest::response, r -> SurveyTally.of(INSTRUMENT, r), SurveyTally.empty(INSTRUMENT),
        SurveyTally::plus, SurveyTally.collector(INSTRUMENT));
  }

  @Test
  void tallyOfOneItem() {
    for (String item : List.of("3.1.1", "2.2", "2.2.1", "2.6", "8.1")) {
      ItemId id = ItemId.of(item);
      laws("Tally " + item, MergeLawsTest::response, r -> SurveyTally.of(INSTRUMENT, r).tally(id),
          SurveyTally.empty(INSTRUMENT).tally(id), Tally::plus, Tally.collector(INSTRUMENT, id));
    }
  }

  @Test
  void disaggregation() {
    List<ProfileAttribute> byGender = List.of(ProfileAttribute.GENDER);
    laws("Disaggregation", MergeLawsTest::response, r -> Disaggregation.of(INSTRUMENT, r, ProfileAttribute.GENDER),
        Disaggregation.empty(INSTRUMENT, byGender), Disaggregation::plus, Disaggregation.collector(INSTRUMENT, byGender));
  }

  @Test
  void disaggregationByCountryAndGender() {
    List<ProfileAttribute> attributes = List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);
    laws("Disaggregation by country × gender", MergeLawsTest::response,
        r -> Disaggregation.of(INSTRUMENT, r, ProfileAttribute.COUNTRY, ProfileAttribute.GENDER),
        Disaggregation.empty(INSTRUMENT, attributes), Disaggregation::plus, Disaggregation.collector(INSTRUMENT, attributes));
  }

  /** The groups are those of each response's own profile ({@link SurveyResponse#profile}), whatever the path. */
  @Test
  void disaggregationGroupsAreThoseOfEachResponsesProfile() {
    List<ProfileAttribute> attributes = List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);
    qt().withExamples(60).forAll(lists().of(integers().all()).ofSizeBetween(0, 60)).checkAssert(seeds -> {
      List<SurveyResponse> responses = seeds.stream().map(MergeLawsTest::response).toList();
      java.util.Map<GroupKey, List<SurveyResponse>> byProfile = new java.util.HashMap<>();
      for (SurveyResponse r : responses) {
        byProfile.computeIfAbsent(GroupKey.of(attributes, r.profile(INSTRUMENT)), k -> new ArrayList<>()).add(r);
      }
      java.util.SortedMap<GroupKey, SurveyTally> expected = new java.util.TreeMap<>();
      byProfile.forEach((key, group) -> expected.put(key, SurveyTally.of(INSTRUMENT, group)));
      assertEquals(expected, responses.parallelStream().collect(Disaggregation.collector(INSTRUMENT, attributes)).groups());
    });
  }

  @Test
  void aFollowUpIsEligibleOncePerResponseThatAnsweredItsParentOrItself() {
    SurveyResponse both = response("B", true, true);
    SurveyResponse parentOnly = response("P", true, false);
    SurveyResponse followUpOnly = response("F", false, true);
    SurveyResponse neither = response("N", false, false);
    Tally whole = SurveyTally.of(INSTRUMENT, List.of(both, parentOnly, followUpOnly, neither)).tally(ItemId.of("2.2.1"));
    assertEquals(3, whole.eligible(), "both, the parent only, the follow-up only");
    assertEquals(1, whole.answered(), "both");
    assertEquals(1, whole.invalid(), "the follow-up only: its parent was not answered");
    assertEquals(2, whole.missing(), "the parent only, and the follow-up only");
    Tally parts = SurveyTally.of(INSTRUMENT, List.of(followUpOnly)).plus(SurveyTally.of(INSTRUMENT, List.of(parentOnly)))
        .plus(SurveyTally.of(INSTRUMENT, List.of(both, neither))).tally(ItemId.of("2.2.1"));
    assertEquals(whole, parts, "eligibility adds up across parts");
  }

  private static SurveyResponse response(String id, boolean parent, boolean followUp) {
    var builder = SurveyResponse.to(INSTRUMENT, Respondent.of(id));
    if (parent) {
      builder.putAnswer(ItemId.of("2.2"), SelectionAnswer.of("begging", "forced_labour", "organ_removal"));
    }
    if (followUp) {
      builder.putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging"));
    }
    return builder.build();
  }

  @Test
  void aRankingWithARankRepeatedOrLeftOutIsInvalidInEveryTally() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("8.1"),
            new RankingAnswer(java.util.Map.of("A", 1, "B", 1, "C", 2), Optional.empty())).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("8.1"),
            new RankingAnswer(java.util.Map.of("A", 1, "C", 3), Optional.empty())).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("8.1"),
            RankingAnswer.inOrder("A", "B", "C", "D")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R4")).putAnswer(ItemId.of("8.1"),
            RankingAnswer.inOrder("B", "A", "C")).build());
    Tally tally = SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("8.1"));
    assertEquals(1, tally.answered());
    assertEquals(3, tally.invalid());
    Ranking question = (Ranking) INSTRUMENT.survey().question(ItemId.of("8.1")).orElseThrow();
    RankingSummary summary = RankingSummary.of(question, responses);
    assertEquals(1, summary.answered());
    assertEquals(3, summary.invalid());
    PriorityTally priorities = PriorityTally.of(INSTRUMENT, responses, List.of());
    assertEquals(tally.answered(), priorities.respondents(), "the tally and the priority tally count the same rankings");
    assertEquals(List.of(0, 1, 0), priorities.row("A").byRank());
  }

  @Test
  void crossTabulation() {
    ItemId item = ItemId.of("3.1.1");
    laws("CountTable", MergeLawsTest::response, r -> CrossTabs.of(INSTRUMENT, r, ProfileAttribute.GENDER, item),
        CrossTabs.of(INSTRUMENT, List.of(), ProfileAttribute.GENDER, item), CountTable::plus,
        CrossTabs.collector(INSTRUMENT, ProfileAttribute.GENDER, item));
  }

  @Test
  void likertSummary() {
    Scale adequacy = INSTRUMENT.scale(ScaleId.of("adequacy")).orElseThrow();
    ItemId item = ItemId.of("3.1.2");
    laws("LikertSummary", MergeLawsTest::response,
        r -> LikertSummary.of(adequacy, SurveyTally.of(INSTRUMENT, r).tally(item)), LikertSummary.empty(adequacy, item),
        LikertSummary::plus, LikertSummary.collector(INSTRUMENT, item));
  }

  @Test
  void rankingSummary() {
    for (String item : List.of("2.4", "8.1")) {
      Ranking question = (Ranking) INSTRUMENT.survey().question(ItemId.of(item)).orElseThrow();
      laws("RankingSummary " + item, MergeLawsTest::response, r -> RankingSummary.of(question, r),
          RankingSummary.empty(question), RankingSummary::plus, RankingSummary.collector(question));
    }
  }

  @Test
  void priorityTallyOfSurveyRespondentsWithDefaultAndStatedWeights() {
    laws("PriorityTally", MergeLawsTest::response, r -> PriorityTally.of(INSTRUMENT, r, List.of()),
        PriorityTally.empty(INSTRUMENT), PriorityTally::plus, PriorityTally.collector(INSTRUMENT));
    List<Integer> flat = List.of(1, 1, 1);
    laws("PriorityTally, weights 1 1 1", MergeLawsTest::response, r -> PriorityTally.of(INSTRUMENT, r, List.of(), flat),
        PriorityTally.empty(INSTRUMENT, flat), PriorityTally::plus, PriorityTally.collector(INSTRUMENT, flat));
  }

  @Test
  void priorityTallyOfWorkshopGroups() {
    laws("PriorityTally of workshops", MergeLawsTest::workshop, w -> PriorityTally.of(INSTRUMENT, List.of(), w),
        PriorityTally.empty(INSTRUMENT), PriorityTally::plus, PriorityTally.workshopCollector(INSTRUMENT));
  }

  @Test
  void otherTexts() {
    laws("OtherTexts", MergeLawsTest::response, r -> OtherTexts.of(INSTRUMENT, r), OtherTexts.empty(INSTRUMENT),
        OtherTexts::plus, OtherTexts.collector(INSTRUMENT));
  }

  @Test
  void respondentProfile() {
    laws("RespondentProfile", MergeLawsTest::response, r -> Profiles.respondents(INSTRUMENT, r),
        RespondentProfile.empty(INSTRUMENT), RespondentProfile::plus, Profiles.respondentCollector(INSTRUMENT));
  }

  @Test
  void themeFrequencies() {
    laws("ThemeFrequencies", MergeLawsTest::interview, r -> ThemeFrequencies.of(INSTRUMENT, r),
        ThemeFrequencies.empty(), ThemeFrequencies::plus, ThemeFrequencies.collector(INSTRUMENT));
  }

  @Test
  void participantProfile() {
    laws("ParticipantProfile", MergeLawsTest::interview, Profiles::participants, Profiles.ParticipantProfile.empty(),
        Profiles.ParticipantProfile::plus, Profiles.participantCollector());
  }

  // ------------------------------------------------------------------ what the new values say

  @Test
  void aMultipleChoiceGivesSharesOfRespondentsAndOfSelections() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("2.2"),
            SelectionAnswer.of("forced_labour", "begging", "sexual_exploitation")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("2.2"),
            SelectionAnswer.of("forced_labour", "begging", "organ_removal")).build());
    Tally forms = responses.stream().collect(Tally.collector(INSTRUMENT, ItemId.of("2.2")));
    assertEquals(2, forms.answered());
    assertEquals(6, forms.selections());
    assertEquals(2, forms.count("forced_labour"), "two selections, by two respondents");
    assertEquals(new Share(2, 2), forms.share("forced_labour"), "per cent of cases: both respondents");
    assertEquals(new Share(2, 6), forms.shareOfSelections("forced_labour"), "per cent of responses: 2 of 6");
    assertEquals(new Share(1, 6), forms.shareOfSelections("organ_removal"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tally.collector(INSTRUMENT, ItemId.of("9.9")));
    assertTrue(e.getMessage().contains("has no item 9.9"), e.getMessage());
  }

  @Test
  void aLikertSummaryOfMergedPartsHasTheMedianOfAllAnswers() {
    Scale adequacy = INSTRUMENT.scale(ScaleId.of("adequacy")).orElseThrow();
    ItemId item = ItemId.of("3.1.1");
    List<SurveyResponse> first = new ArrayList<>();
    List<SurveyResponse> second = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      first.add(SurveyResponse.to(INSTRUMENT, Respondent.of("A" + i)).putAnswer(item, PointAnswer.of("adequate")).build());
    }
    for (int i = 0; i < 4; i++) {
      second.add(SurveyResponse.to(INSTRUMENT, Respondent.of("B" + i)).putAnswer(item, PointAnswer.of("inadequate")).build());
    }
    LikertSummary a = first.stream().collect(LikertSummary.collector(INSTRUMENT, item));
    LikertSummary b = second.stream().collect(LikertSummary.collector(INSTRUMENT, item));
    assertEquals(Optional.of("adequate"), a.median());
    assertEquals(Optional.of("inadequate"), b.median());
    LikertSummary both = a.plus(b);
    assertEquals(Optional.of("inadequate"), both.median(), "4 of 7 inadequate: the median is inadequate");
    assertEquals(List.of(3, 0, 4, 0), both.counts());
    assertEquals(3, both.positive());
    assertEquals(4, both.negative());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LikertSummary.collector(INSTRUMENT, ItemId.of("2.2")));
    assertTrue(e.getMessage().contains("not a statement of a grid"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> a.plus(LikertSummary.empty(adequacy, ItemId.of("3.1.2"))));
    assertTrue(e.getMessage().contains("cannot add the Likert summary of 3.1.2"), e.getMessage());
  }

  @Test
  void rankedWorkshopGroupsAreCountedByRankAndUnrankedOnlyAsChosen() {
    List<WorkshopResult> workshops = List.of(
        WorkshopResult.ranked("G1", "D", "A", "C"),
        WorkshopResult.ranked("G2", "Z", "A", "D", "B"),
        WorkshopResult.of("G3", "A", "D"));
    PriorityTally tally = workshops.parallelStream().collect(PriorityTally.workshopCollector(INSTRUMENT));
    assertEquals(3, tally.groups());
    assertEquals(3, tally.row("A").groups());
    assertEquals(List.of(0, 2, 0), tally.row("A").groupsByRank(), "A: 2nd for G1, 2nd for G2 (after the unknown Z)");
    assertEquals(List.of(1, 0, 1), tally.row("D").groupsByRank());
    assertEquals(List.of(0, 0, 1), tally.row("C").groupsByRank());
    assertEquals(List.of(0, 0, 0), tally.row("B").groupsByRank(), "B: 4th for G2, below the top three");
    assertEquals(List.of(1, 1), List.of(tally.row("B").groups(), tally.row("C").groups()), "B and C each chosen once");
    assertEquals(0, tally.respondents());
    List<Integer> flat = List.of(1, 1, 1);
    PriorityTally stated = PriorityTally.of(INSTRUMENT, List.of(), workshops, flat);
    assertEquals(stated, stated.plus(PriorityTally.empty(INSTRUMENT, flat)), "the empty tally of stated weights");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stated.plus(PriorityTally.empty(INSTRUMENT)));
    assertTrue(e.getMessage().contains("weights"), e.getMessage());
    assertEquals(stated, workshops.parallelStream().collect(PriorityTally.workshopCollector(INSTRUMENT, flat))
        .plus(List.<SurveyResponse>of().stream().collect(PriorityTally.collector(INSTRUMENT, flat))),
        "workshop and survey sides with the same stated weights combine");
  }

  @Test
  void participantsAreProfiledByAnyMetadataField() {
    List<InterviewRecord> records = List.of(
        InterviewRecord.of(INSTRUMENT, "I1").participants(Participants.of(1, 2)).putMetadata("country", "georgia").build(),
        InterviewRecord.of(INSTRUMENT, "I2").participants(Participants.of(2, 0)).putMetadata("country", "georgia").build(),
        InterviewRecord.of(INSTRUMENT, "I3").participants(Participants.of(0, 1)).build());
    var byCountry = Profiles.participantsBy(records, "country");
    assertEquals(List.of(GroupKey.MISSING, "georgia"), List.copyOf(byCountry.keySet()));
    assertEquals(2, byCountry.get("georgia").interviews());
    assertEquals(new Participants(3, 2, 0), byCountry.get("georgia").participants());
    assertEquals(Profiles.participants(records),
        byCountry.values().stream().reduce(Profiles.ParticipantProfile.empty(), Profiles.ParticipantProfile::plus),
        "the groups add up to all interviews");
  }

  @Test
  void aRespondentProfileCountsEveryRespondentForEveryAttribute() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("x")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).build());
    RespondentProfile profile = responses.stream().collect(RespondentProfile.collector(INSTRUMENT));
    assertEquals(3, profile.respondents());
    Tally gender = profile.tally(ProfileAttribute.GENDER).orElseThrow();
    assertEquals(List.of(1, 0, 0), gender.counts());
    assertEquals(1, gender.answered());
    assertEquals(2, gender.missing());
    assertEquals(1, gender.invalid());
    assertTrue(profile.tally(ProfileAttribute.COUNTRY).isEmpty(), "no question records the country");
    assertTrue(profile.toString().contains("gender: female 1, male 0, other 0 (missing 2)"), profile.toString());
  }
}
