package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Themes coded under a question count in its thematic area only when the interview covered the
 * question's section, so that no area's theme count exceeds its own denominator; checked on
 * the minimal instrument's guide (sections 1 and 8 always, without area; 3 elective, area 1,
 * questions 3.1 and 3.2; 4 elective, area 2, question 4.1).
 */
class ThemeFrequenciesTest {

  private static final Instrument INSTRUMENT = TestInstruments.minimal();
  private static final AreaId AREA_1 = AreaId.of("1");
  private static final AreaId AREA_2 = AreaId.of("2");

  /** The guide's sections and one it does not have. */
  private static final List<String> SECTIONS = List.of("1", "3", "4", "8", "9");
  /** The guide's questions and one it does not have. */
  private static final List<String> QUESTIONS = List.of("1.1", "3.1", "3.2", "4.1", "8.1", "5.1");
  private static final List<String> THEMES = List.of("lack_of_funding", "nrm_on_paper", "training", "corruption");

  private static InterviewRecord record(String id, List<String> sections, Map<String, List<String>> themes) {
    var builder = InterviewRecord.of(INSTRUMENT, id).participants(Participants.of(1, 0));
    sections.forEach(s -> builder.addSectionsCovered(SectionId.of(s)));
    themes.forEach((q, t) -> builder.putTheme(InterviewQuestionId.of(q), t));
    return builder.build();
  }

  @Test
  void aThemeUnderAQuestionOfASectionNotCoveredCountsOnlyOverall() {
    // I1 covered area 2 only, yet has a theme under 3.1 (area 1) besides one under 4.1 (area 2)
    InterviewRecord outside = record("I1", List.of("1", "4", "8"),
        Map.of("3.1", List.of("nrm_on_paper"), "4.1", List.of("lack_of_funding")));
    assertTrue(ResponseValidation.validate(INSTRUMENT, outside).violations().stream()
        .anyMatch(v -> v.rule() == ViolationRule.QUESTION_OUTSIDE_SECTIONS));
    ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, List.of(outside));

    assertEquals(List.of(new ThemeFrequencies.ThemeCount("lack_of_funding", 1, 1),
        new ThemeFrequencies.ThemeCount("nrm_on_paper", 1, 1)), themes.overall());
    assertFalse(themes.byArea().containsKey(AREA_1), themes::toString);
    assertFalse(themes.areaInterviews().containsKey(AREA_1), themes::toString);
    assertEquals(List.of(new ThemeFrequencies.ThemeCount("lack_of_funding", 1, 1)), themes.byArea().get(AREA_2));
    assertEquals(1, themes.areaInterviews().get(AREA_2));
  }

  @Test
  void anAreaCountsOnlyTheInterviewsThatCoveredTheSectionOfTheQuestion() {
    InterviewRecord covered = record("I1", List.of("1", "3", "8"), Map.of("3.1", List.of("nrm_on_paper")));
    InterviewRecord outside = record("I2", List.of("1", "4", "8"),
        Map.of("3.2", List.of("nrm_on_paper", "nrm_on_paper")));
    ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, List.of(covered, outside));

    assertEquals(List.of(new ThemeFrequencies.ThemeCount("nrm_on_paper", 2, 3)), themes.overall());
    assertEquals(List.of(new ThemeFrequencies.ThemeCount("nrm_on_paper", 1, 1)), themes.byArea().get(AREA_1));
    assertEquals(1, themes.areaInterviews().get(AREA_1));
    assertEquals(1, themes.areaInterviews().get(AREA_2));
    assertFalse(themes.byArea().containsKey(AREA_2), themes::toString);
    assertAreasWithinDenominators(themes);
    assertEquals(themes, ThemeFrequencies.of(INSTRUMENT, List.of(covered))
        .plus(ThemeFrequencies.of(INSTRUMENT, List.of(outside))));
  }

  @Test
  void themesUnderUnknownQuestionsAndSectionsWithoutAreaCountOnlyOverall() {
    InterviewRecord record = record("I1", List.of("1", "3", "8"),
        Map.of("1.1", List.of("training"), "8.1", List.of("training"), "5.1", List.of("corruption")));
    ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, List.of(record));
    assertEquals(List.of(new ThemeFrequencies.ThemeCount("training", 1, 2),
        new ThemeFrequencies.ThemeCount("corruption", 1, 1)), themes.overall());
    assertTrue(themes.byArea().isEmpty(), themes::toString);
    assertEquals(Map.of(AREA_1, 1), themes.areaInterviews());
  }

  // ---------------------------------------------------------------- properties

  /**
   * A random interview record: any sections of the guide (and one it does not have), in any
   * order, possibly repeated; up to three themes under each of the guide's questions and one
   * it does not have, whether or not the interview covered the question's section.
   */
  static Gen<InterviewRecord> records() {
    Gen<List<String>> sections = lists().of(arbitrary().pick(SECTIONS)).ofSizeBetween(0, 6);
    Gen<List<List<String>>> themes = lists().of(lists().of(arbitrary().pick(THEMES)).ofSizeBetween(0, 3))
        .ofSize(QUESTIONS.size());
    return sections.zip(themes, integers().between(1, 999), (s, t, n) -> {
      var builder = InterviewRecord.of(INSTRUMENT, "I" + n).participants(Participants.of(1, 1));
      s.forEach(id -> builder.addSectionsCovered(SectionId.of(id)));
      for (int q = 0; q < QUESTIONS.size(); q++) {
        if (!t.get(q).isEmpty()) {
          builder.putTheme(InterviewQuestionId.of(QUESTIONS.get(q)), t.get(q));
        }
      }
      return builder.build();
    });
  }

  /** Lists of up to eight random records. */
  static Gen<List<InterviewRecord>> interviews() {
    return lists().of(records()).ofSizeBetween(0, 8);
  }

  private static void assertAreasWithinDenominators(ThemeFrequencies themes) {
    themes.byArea().forEach((area, counts) -> {
      int denominator = themes.areaInterviews().getOrDefault(area, 0);
      for (ThemeFrequencies.ThemeCount count : counts) {
        assertTrue(count.interviews() <= denominator,
            () -> "area " + area + ": " + count + " in more than its " + denominator + " interviews\n" + themes);
        assertTrue(count.interviews() >= 1 && count.mentions() >= count.interviews(), count::toString);
      }
    });
    for (ThemeFrequencies.ThemeCount count : themes.overall()) {
      assertTrue(count.interviews() <= themes.interviews(), count::toString);
    }
    themes.areaInterviews().values().forEach(n -> assertTrue(n <= themes.interviews(), themes::toString));
  }

  @Test
  void noThemeOfAnAreaIsCountedInMoreInterviewsThanCoveredTheArea() {
    qt().forAll(interviews()).checkAssert(records -> {
      ThemeFrequencies themes = ThemeFrequencies.of(INSTRUMENT, records);
      assertEquals(records.size(), themes.interviews());
      assertAreasWithinDenominators(themes);
      for (AreaId area : List.of(AREA_1, AREA_2)) {
        for (String theme : THEMES) {
          int expected = (int) records.stream().filter(r -> codedInCoveredSectionOf(r, area, theme)).count();
          int counted = themes.byArea().getOrDefault(area, List.of()).stream()
              .filter(t -> t.theme().equals(theme)).mapToInt(ThemeFrequencies.ThemeCount::interviews).sum();
          assertEquals(expected, counted, () -> "area " + area + ", theme " + theme + "\n" + themes);
        }
      }
    });
  }

  /** Whether the record coded the theme under a question of a section of the area that it covered. */
  private static boolean codedInCoveredSectionOf(InterviewRecord record, AreaId area, String theme) {
    Set<SectionId> covered = new HashSet<>(record.sectionsCovered());
    for (InterviewSection section : INSTRUMENT.interviewGuide().sections()) {
      if (section.area().equals(Optional.of(area)) && covered.contains(section.id())
          && section.questions().stream().anyMatch(q -> record.themes().getOrDefault(q.id(), List.of()).contains(theme))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theFrequenciesOfTwoPartsAddUpToThoseOfTheWhole() {
    qt().forAll(interviews(), interviews()).checkAssert((first, second) -> {
      List<InterviewRecord> all = new ArrayList<>(first);
      all.addAll(second);
      ThemeFrequencies whole = ThemeFrequencies.of(INSTRUMENT, all);
      ThemeFrequencies a = ThemeFrequencies.of(INSTRUMENT, first);
      ThemeFrequencies b = ThemeFrequencies.of(INSTRUMENT, second);
      assertEquals(whole, a.plus(b));
      assertEquals(whole, b.plus(a));
      assertEquals(a, a.plus(ThemeFrequencies.empty()));
      assertEquals(whole, all.parallelStream().collect(ThemeFrequencies.collector(INSTRUMENT)));
      assertAreasWithinDenominators(a.plus(b));
    });
  }
}
