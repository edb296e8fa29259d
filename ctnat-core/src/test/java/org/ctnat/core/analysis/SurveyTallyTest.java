package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/** Whole-survey tallies: denominators, conservation of counts, and merging. */
class SurveyTallyTest {

  /** The minimal instrument with 2.3, whose "don't know" excludes the other options. */
  private static final Instrument INSTRUMENT = MergeLawsTest.INSTRUMENT;
  private static final ItemId NRM = ItemId.of("3.1.1");

  private static SurveyResponse respond(String id, String nrm) {
    var builder = SurveyResponse.to(INSTRUMENT, Respondent.of(id));
    if (nrm != null) {
      builder.putAnswer(NRM, PointAnswer.of(nrm));
    }
    return builder.build();
  }

  @Test
  void sevenAnswersGiveFourTwoOneWithZerosAndTheDenominator() {
    List<SurveyResponse> responses = new ArrayList<>();
    String[] answers = {"adequate", "adequate", "adequate", "adequate", "neither", "neither", "inadequate"};
    for (int i = 0; i < answers.length; i++) {
      responses.add(respond("TSTsur" + i, answers[i]));
    }
    Tally tally = SurveyTally.of(INSTRUMENT, responses).tally(NRM);
    assertEquals(List.of("adequate", "neither", "inadequate", "dont_know"), tally.categories());
    assertEquals(List.of(4, 2, 1, 0), tally.counts());
    assertEquals(7, tally.answered());
    assertEquals(7, tally.eligible());
    assertEquals(0, tally.missing());
    assertTrue(tally.smallSample());
    Share adequate = tally.share("adequate");
    assertEquals("4 of 7", adequate.count() + " of " + adequate.denominator());
    ConfidenceInterval wilson = adequate.interval().orElseThrow();
    // Wilson, z = 1.959964: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n) = 0.250458…, 0.841780…
    assertEquals(0.250458, wilson.lower(), 1e-6);
    assertEquals(0.841780, wilson.upper(), 1e-6);
    assertTrue(tally.toString().contains("answered 7 of 7 eligible"), tally::toString);
  }

  @Test
  void aGridWhereSixOfSevenAnsweredSaysSo() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(respond("TSTsur" + i, "adequate"));
    }
    responses.add(respond("TSTsur6", null));
    Tally tally = SurveyTally.of(INSTRUMENT, responses).tally(NRM);
    assertEquals(6, tally.answered());
    assertEquals(7, tally.eligible());
    assertEquals(1, tally.missing());
    assertEquals(6, tally.share("adequate").denominator());
  }

  @Test
  void answersThatCannotBeCountedAreInvalidNotCategories() {
    SurveyResponse unknown = respond("TSTsur1", "superb");
    SurveyResponse wrongKind = SurveyResponse.to(INSTRUMENT, Respondent.of("TSTsur2"))
        .putAnswer(NRM, TextAnswer.of("adequate")).build();
    Tally tally = SurveyTally.of(INSTRUMENT, List.of(unknown, wrongKind)).tally(NRM);
    assertEquals(2, tally.invalid());
    assertEquals(0, tally.answered());
    assertEquals(2, tally.missing(), "an invalid answer is missing: it cannot be counted");
    assertEquals("3.1.1: answered 0 of 2 eligible (missing 2, of which 2 invalid) [small sample]",
        tally.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void aFollowUpIsEligibleOnlyForThoseWhoAnsweredItsParent() {
    SurveyResponse withParent = SurveyResponse.to(INSTRUMENT, Respondent.of("TSTsur1"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_labour", "begging", "sexual_exploitation"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build();
    SurveyTally tally = SurveyTally.of(INSTRUMENT, List.of(withParent, respond("TSTsur2", null)));
    assertEquals(1, tally.tally(ItemId.of("2.2.1")).eligible());
    assertEquals(2, tally.tally(ItemId.of("2.2")).eligible());
    assertTrue(tally.tally(ItemId.of("2.2")).multipleResponse());
    assertEquals(1, tally.tally(ItemId.of("2.2")).count("begging"));
  }

  @Test
  void aGridIsTalliedByItsStatements() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyTally.empty(INSTRUMENT).tally(ItemId.of("3.1")));
    assertTrue(e.getMessage().contains("a grid is tallied by its statements"), e.getMessage());
  }

  // ------------------------------------------------------------------ properties

  private static List<SurveyResponse> responses(List<Integer> seeds) {
    return seeds.stream().map(MergeLawsTest::response).toList(); // missing, invalid and odd answers
  }

  @Test
  void countsAreConserved() {
    qt().withExamples(200).forAll(lists().of(integers().all()).ofSizeBetween(0, 40)).checkAssert(seeds -> {
      SurveyTally tally = SurveyTally.of(INSTRUMENT, responses(seeds));
      assertEquals(seeds.size(), tally.responses());
      for (Tally t : tally.tallies()) {
        assertEquals(t.eligible(), t.answered() + t.missing(), t::toString);
        assertTrue(t.invalid() >= 0 && t.invalid() <= t.missing(), t::toString);
        int sum = t.counts().stream().mapToInt(Integer::intValue).sum();
        assertEquals(sum, t.selections(), t::toString);
        if (t.categories().isEmpty()) {
          assertEquals(0, t.selections(), t::toString);
        } else if (!t.multipleResponse()) {
          assertEquals(t.answered(), sum, "the points sum to answered: " + t);
        } else {
          for (int count : t.counts()) {
            assertTrue(count <= t.answered(), "no option chosen by more than answered: " + t);
          }
        }
      }
    });
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().withExamples(100).forAll(
            lists().of(integers().all()).ofSizeBetween(0, 15),
            lists().of(integers().all()).ofSizeBetween(0, 15),
            lists().of(integers().all()).ofSizeBetween(0, 15))
        .checkAssert((a, b, c) -> {
          SurveyTally ta = SurveyTally.of(INSTRUMENT, responses(a));
          SurveyTally tb = SurveyTally.of(INSTRUMENT, responses(b));
          SurveyTally tc = SurveyTally.of(INSTRUMENT, responses(c));
          assertEquals(ta.plus(tb).plus(tc), ta.plus(tb.plus(tc)));
          assertEquals(ta.plus(tb), tb.plus(ta));
          assertEquals(ta, ta.plus(SurveyTally.empty(INSTRUMENT)));
          List<Integer> all = new ArrayList<>(a);
          all.addAll(b);
          assertEquals(SurveyTally.of(INSTRUMENT, responses(all)), ta.plus(tb));
          for (ItemId item : ta.items()) {
            assertEquals(ta.plus(tb).tally(item), ta.tally(item).plus(tb.tally(item)));
          }
        });
  }

  @Test
  void parallelEqualsSequentialAndOrderDoesNotMatter() {
    qt().withExamples(50).forAll(lists().of(integers().all()).ofSizeBetween(0, 200), integers().all())
        .checkAssert((seeds, shuffleSeed) -> {
          List<SurveyResponse> responses = responses(seeds);
          SurveyTally sequential = responses.stream().collect(SurveyTally.collector(INSTRUMENT));
          SurveyTally parallel = responses.parallelStream().collect(SurveyTally.collector(INSTRUMENT));
          List<SurveyResponse> shuffled = new ArrayList<>(responses);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          assertEquals(sequential, parallel);
          assertEquals(sequential, SurveyTally.of(INSTRUMENT, shuffled));
          assertEquals(sequential.hashCode(), parallel.hashCode());
        });
  }

  /**
   * Feeds a response to a recorder the way a file reader would: by numbers, without objects,
   * answer by answer in reverse item order (so a follow-up comes before its parent). A reader
   * checks what a mask cannot show — that a ranking's ranks run 1, 2, …, n — and records a
   * selection with unknown codes by its known ones.
   */
  static void record(SurveyTally.Recorder recorder, SurveyResponse response) {
    List<Map.Entry<ItemId, Answer>> answers = new ArrayList<>(response.answers().entrySet());
    Collections.reverse(answers);
    recorder.response();
    for (Map.Entry<ItemId, Answer> entry : answers) {
      int item;
      try {
        item = recorder.item(entry.getKey());
      } catch (IllegalArgumentException unknownItem) {
        continue;
      }
      Question question = INSTRUMENT.survey().question(entry.getKey())
          .or(() -> INSTRUMENT.questionOf(entry.getKey())).orElseThrow();
      Answer answer = entry.getValue();
      if (answer instanceof SelectionAnswer a && question instanceof MultipleChoice) {
        List<String> known = a.codes().stream().filter(code -> known(recorder, item, code)).toList();
        if (known.size() == a.codes().size()) {
          recorder.multiple(item, mask(recorder, item, known));
        } else {
          recorder.invalidSelection(item, mask(recorder, item, known));
        }
      } else if (answer instanceof RankingAnswer a && question instanceof Ranking && a.ranksInOrder()
          && a.ranks().keySet().stream().allMatch(code -> known(recorder, item, code))) {
        recorder.multiple(item, mask(recorder, item, a.ranks().keySet()));
      } else if (answer instanceof ChoiceAnswer a && question instanceof SingleChoice && known(recorder, item, a.code())) {
        recorder.single(item, recorder.category(item, a.code()));
      } else if (answer instanceof PointAnswer a && question instanceof Grid && known(recorder, item, a.code())) {
        recorder.single(item, recorder.category(item, a.code()));
      } else if (answer instanceof TextAnswer a && question instanceof FreeText && !a.text().isBlank()) {
        recorder.text(item);
      } else {
        recorder.invalid(item);
      }
    }
  }

  /** The tally of responses fed to a recorder one by one, as {@link #record} feeds them. */
  private static SurveyTally recorded(List<SurveyResponse> responses) {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    responses.forEach(r -> record(recorder, r));
    return recorder.toTally();
  }

  private static boolean known(SurveyTally.Recorder recorder, int item, String code) {
    try {
      recorder.category(item, code);
      return true;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  private static long mask(SurveyTally.Recorder recorder, int item, java.util.Collection<String> codes) {
    long mask = 0;
    for (String code : codes) {
      mask |= 1L << recorder.category(item, code);
    }
    return mask;
  }

  /**
   * A tally counts an answer exactly when validation finds nothing wrong with it that changes
   * what it says: its invalid answers are the answers with a violation on their item other
   * than a repeated code or a specified text without "Other".
   */
  @Test
  void anAnswerCountsExactlyWhenValidationAcceptsWhatItSays() {
    Set<ViolationRule> harmless = EnumSet.of(ViolationRule.DUPLICATE_SELECTION, ViolationRule.OTHER_TEXT_WITHOUT_OTHER);
    qt().withExamples(200).forAll(lists().of(integers().all()).ofSizeBetween(0, 40)).checkAssert(seeds -> {
      List<SurveyResponse> responses = responses(seeds);
      SurveyTally tally = SurveyTally.of(INSTRUMENT, responses);
      Map<ItemId, Integer> given = new HashMap<>();
      Map<ItemId, Integer> rejected = new HashMap<>();
      for (SurveyResponse response : responses) {
        Set<String> wrong = new HashSet<>();
        ResponseValidation.validate(INSTRUMENT, response).violations().stream()
            .filter(v -> !harmless.contains(v.rule())).forEach(v -> v.element().ifPresent(wrong::add));
        for (ItemId item : response.answers().keySet()) {
          given.merge(item, 1, Integer::sum);
          if (wrong.contains(item.toString())) {
            rejected.merge(item, 1, Integer::sum);
          }
        }
      }
      for (ItemId item : tally.items()) {
        Tally t = tally.tally(item);
        int answers = given.getOrDefault(item, 0);
        int invalid = rejected.getOrDefault(item, 0);
        assertEquals(invalid, t.invalid(), () -> "invalid answers to " + item + ": " + t);
        assertEquals(answers - invalid, t.answered(), () -> "countable answers to " + item + ": " + t);
      }
    });
  }

  @Test
  void theRecorderGivesTheSameTallyAsTheCollector() {
    qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 60)).checkAssert(seeds -> {
      List<SurveyResponse> responses = responses(seeds);
      assertEquals(SurveyTally.of(INSTRUMENT, responses), recorded(responses));
    });
  }

  @Test
  void theRecorderNamesUnknownItemsAndCategories() {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    IllegalArgumentException item = assertThrows(IllegalArgumentException.class, () -> recorder.item(ItemId.of("9.9")));
    assertTrue(item.getMessage().contains("no item 9.9"), item.getMessage());
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
        () -> recorder.category(recorder.item(NRM), "superb"));
    assertTrue(code.getMessage().contains("item 3.1.1 has no category 'superb'"), code.getMessage());
  }

  @Test
  void theRecorderRefusesCategoriesOutsideTheItem() {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    int gender = recorder.item(ItemId.of("1.6"));
    IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> recorder.single(gender, 7));
    assertTrue(single.getMessage().contains("item 1.6: category must be 0 to 2, but was 7"), single.getMessage());
    int forms = recorder.item(ItemId.of("2.2"));
    IllegalArgumentException mask = assertThrows(IllegalArgumentException.class, () -> recorder.multiple(forms, 1L << 9));
    assertTrue(mask.getMessage().contains("item 2.2: the category mask 1000000000 names a category beyond its 5"),
        mask.getMessage());
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> recorder.multiple(gender, 1));
    assertTrue(kind.getMessage().contains("item 1.6 is not a multiple choice or ranking"), kind.getMessage());
    assertEquals(SurveyTally.empty(INSTRUMENT), recorder.toTally(), "nothing was counted");
  }

  /** The recorder refuses calls that do not fit the item, and answers before a response was started. */
  @Test
  void theRecorderRefusesAnswersOfTheWrongKindOrOutsideAResponse() {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    int forms = recorder.item(ItemId.of("2.2"));
    int gender = recorder.item(ItemId.of("1.6"));
    int why = recorder.item(ItemId.of("2.6"));
    IllegalStateException early = assertThrows(IllegalStateException.class, () -> recorder.single(gender, 0));
    assertTrue(early.getMessage().contains("call response() before recording"), early.getMessage());
    assertThrows(IllegalStateException.class, () -> recorder.multiple(forms, 0b111));
    assertThrows(IllegalStateException.class, () -> recorder.invalidSelection(forms, 0));
    assertThrows(IllegalStateException.class, () -> recorder.text(why));
    assertThrows(IllegalStateException.class, () -> recorder.invalid(gender));
    recorder.response();
    IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> recorder.single(forms, 0));
    assertTrue(single.getMessage().contains("item 2.2 is not a single choice or grid statement; record its answer "
        + "with multiple"), single.getMessage());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> recorder.text(forms));
    assertTrue(text.getMessage().contains("item 2.2 is not a free-text question"), text.getMessage());
    IllegalArgumentException selection = assertThrows(IllegalArgumentException.class,
        () -> recorder.invalidSelection(why, 0));
    assertTrue(selection.getMessage().contains("item 2.6 is not a multiple choice; record its answer with text"),
        selection.getMessage());
    assertEquals(0, recorder.toTally().tally(ItemId.of("2.2")).answered(), "nothing was counted");
  }

  /**
   * A follow-up is judged against its parent when the response ends, in either order; a
   * parent with unknown codes still decides by its known ones; a tally taken in the middle of a
   * response leaves the response open.
   */
  @Test
  void theRecorderJudgesFollowUpsAgainstTheirParentsInAnyOrder() {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    int forms = recorder.item(ItemId.of("2.2"));
    int form = recorder.item(ItemId.of("2.2.1"));
    int begging = recorder.category(form, "begging");
    long threeWithBegging = 1L << recorder.category(forms, "begging") | 1L << recorder.category(forms, "forced_labour")
        | 1L << recorder.category(forms, "organ_removal");
    long twoWithoutBegging = 1L << recorder.category(forms, "forced_labour")
        | 1L << recorder.category(forms, "organ_removal");
    recorder.response(); // follow-up first, then a parent that chose it
    recorder.single(form, begging);
    Tally midway = recorder.toTally().tally(ItemId.of("2.2.1"));
    assertEquals(1, midway.invalid(), "taken now, the parent is not answered yet");
    recorder.multiple(forms, threeWithBegging);
    recorder.response(); // a parent with an unknown code that did not choose begging
    recorder.invalidSelection(forms, twoWithoutBegging);
    recorder.single(form, begging);
    recorder.response(); // a parent with an unknown code that chose begging
    recorder.single(form, begging);
    recorder.invalidSelection(forms, threeWithBegging);
    recorder.response(); // a parent of the wrong kind: it cannot contradict
    recorder.invalid(forms);
    recorder.single(form, begging);
    recorder.response(); // no parent
    recorder.single(form, begging);
    recorder.response(); // a parent naming only unknown codes: a selection that chose nothing known
    recorder.invalidSelection(forms, 0);
    recorder.single(form, begging);
    Tally tally = recorder.toTally().tally(ItemId.of("2.2.1"));
    assertEquals(3, tally.count("begging"), "responses 1 (the parent came after the midway tally), 3 and 4");
    assertEquals(3, tally.invalid(), "responses 2, 5 and 6");
    assertEquals(6, tally.eligible());
    SurveyResponse onlyUnknown = SurveyResponse.to(INSTRUMENT, Respondent.of("R6"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("bogus"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build();
    assertEquals(1, SurveyTally.of(INSTRUMENT, List.of(onlyUnknown)).tally(ItemId.of("2.2.1")).invalid(),
        "the collector judges response 6 alike");
  }

  /** "Don't know" excludes the other options, in the collector and the recorder alike. */
  @Test
  void anExclusiveOptionCountsOnlyAlone() {
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(INSTRUMENT, Respondent.of("R1")).putAnswer(ItemId.of("2.3"), SelectionAnswer.of("dont_know")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R2")).putAnswer(ItemId.of("2.3"), SelectionAnswer.of("police", "ngos")).build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("R3")).putAnswer(ItemId.of("2.3"),
            SelectionAnswer.of("police", "dont_know")).build());
    Tally tally = SurveyTally.of(INSTRUMENT, responses).tally(ItemId.of("2.3"));
    assertEquals(List.of(1, 1, 1), tally.counts(), "police, NGOs, don't know");
    assertEquals(2, tally.answered());
    assertEquals(1, tally.invalid());
    assertEquals(SurveyTally.of(INSTRUMENT, responses), recorded(responses));
  }

  /** The recorder judges a selection's limits itself, as the collector does: "choose three" got none, or four. */
  @Test
  void theRecorderCountsSelectionsOutsideTheLimitsAsInvalid() {
    SurveyTally.Recorder recorder = SurveyTally.recorder(INSTRUMENT);
    int forms = recorder.item(ItemId.of("2.2"));
    recorder.response();
    recorder.multiple(forms, 0);
    recorder.response();
    recorder.multiple(forms, 0b1111);
    recorder.response();
    recorder.multiple(forms, 0b111);
    Tally tally = recorder.toTally().tally(ItemId.of("2.2"));
    assertEquals(List.of(1, 1, 1, 0, 0), tally.counts(), "only the three chosen of the third response");
    assertEquals(1, tally.answered());
    assertEquals(2, tally.invalid());
  }
}
