package org.ctnat.core.instrument;

import static org.ctnat.core.instrument.TestInstruments.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.ItemId;
import org.junit.jupiter.api.Test;

/** Every label of an instrument under a stable key. */
class InstrumentTextsTest {

  @Test
  void keysNameTheElements() {
    Set<String> keys = InstrumentTexts.of(minimal()).keySet();
    for (String key : List.of(
        "instrument.title", "area[1].title", "criterion[1.1].title", "indicator[1.1-F1]", "indicator[2.1-O2]",
        "scale[adequacy].title", "scale[adequacy].point[dont_know]", "survey.title", "survey.respondentCode",
        "survey.introduction", "survey.closing", "survey.section[2].title", "survey.section[2].description",
        "survey.question[2.2].text", "survey.question[2.2].instruction", "survey.question[2.2].option[begging]",
        "survey.question[3.1].rowHeading", "survey.question[8.1].optionHeading", "survey.question[8.1].rankHeading",
        "survey.statement[3.1.2]", "priority[A]", "priority[E]", "guide.title", "guide.interviewCode",
        "guide.instructions", "guide.informationNote", "guide.planInstruction", "guide.closingInstructions",
        "guide.field[respondent_name]", "guide.section[3].title", "guide.section[3].heading",
        "guide.question[3.1].text", "guide.question[3.1].prompt[1]", "guide.question[3.1].prompt[2]")) {
      assertTrue(keys.contains(key), () -> key + " not in " + keys);
    }
  }

  @Test
  void followUpAndPriorityQuestionOptionsHaveNoKeysOfTheirOwn() {
    Set<String> keys = InstrumentTexts.of(minimal()).keySet();
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("survey.question[2.2.1].option[")), keys::toString);
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("survey.question[8.1].option[")), keys::toString);
  }

  @Test
  void everyTextHasExactlyOneKeyExceptTheSharedOptionLabels() {
    // Record every key the mapper is called with: each element is visited once, except the
    // follow-up's options (sharing the parent's keys) and the priority question's options
    // (sharing the priorities' keys).
    List<String> visited = new ArrayList<>();
    InstrumentTexts.map(minimal(), (key, text) -> {
      visited.add(key);
      return text;
    });
    Map<String, Long> counts = visited.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    Set<String> shared = new TreeSet<>();
    counts.forEach((key, n) -> {
      if (n > 1) {
        shared.add(key);
      }
    });
    Set<String> expectedShared = new TreeSet<>();
    TestInstruments.forms().forEach(o -> expectedShared.add("survey.question[2.2].option[" + o.code() + "]"));
    TestInstruments.priorities().forEach(p -> expectedShared.add("priority[" + p.code() + "]"));
    assertEquals(expectedShared, shared);
    assertTrue(counts.values().stream().allMatch(n -> n <= 2), counts::toString);
    assertEquals(counts.keySet(), InstrumentTexts.of(minimal()).keySet());
  }

  @Test
  void numberOfKeysMatchesTheNumberOfTexts() {
    // 1 instrument title; 2 area titles; 3 criterion titles + 12 indicators; 2 scale titles + 6 points;
    // 5 priorities; survey: 4 texts, 5 section titles + 1 description; questions: 1.6 text, instruction,
    // 3 options; 2.2 text, instruction, 5 options; 2.2.1 text; 2.4 text + 4 options; 2.6 text;
    // 3.1 text, instruction, row heading + 3 statements; 4.1 text + 2 statements;
    // 8.1 text, option heading, rank heading; guide: 6 texts, 2 fields, 4 section titles,
    // 1 heading, 5 questions, 3 prompts
    int expected = 1 + 2 + 3 + 12 + 2 + 6 + 5 + 4 + 5 + 1 + (2 + 3) + (2 + 5) + 1 + (1 + 4) + 1
        + (3 + 3) + (1 + 2) + 3 + 6 + 2 + 4 + 1 + 5 + 3;
    assertEquals(expected, InstrumentTexts.of(minimal()).size());
  }

  @Test
  void keysAreStableAcrossBuildsAndUnaffectedByOtherEdits() {
    List<String> keys = new ArrayList<>(InstrumentTexts.of(minimal()).keySet());
    assertEquals(keys, new ArrayList<>(InstrumentTexts.of(minimal()).keySet()));
    Instrument renamed = minimal().derive().renameCriterion(CriterionId.of("1.1"), LocalizedText.of("Renamed")).build();
    assertEquals(keys, new ArrayList<>(InstrumentTexts.of(renamed).keySet()));
    Instrument dropped = minimal().derive().dropCriterion(CriterionId.of("1.2")).build();
    List<String> remaining = new ArrayList<>(keys);
    remaining.removeIf(k -> k.startsWith("criterion[1.2].") || k.startsWith("indicator[1.2-"));
    assertEquals(remaining, new ArrayList<>(InstrumentTexts.of(dropped).keySet()));
  }

  @Test
  void mappingWithTheIdentityGivesAnEqualInstrument() {
    Instrument instrument = minimal();
    Instrument mapped = InstrumentTexts.map(instrument, (key, text) -> text);
    assertEquals(instrument, mapped);
    assertEquals(instrument.hashCode(), mapped.hashCode());
  }

  @Test
  void mappingReplacesEveryTextAndLeavesTheOriginalUnchanged() {
    Instrument instrument = minimal();
    Instrument mapped = InstrumentTexts.map(instrument,
        (key, text) -> LocalizedText.of("[" + key + "] " + text.english()));
    assertEquals(minimal(), instrument);
    assertNotEquals(instrument, mapped);
    Map<String, LocalizedText> texts = InstrumentTexts.of(mapped);
    texts.forEach((key, text) -> assertTrue(text.english().startsWith("[" + key + "] "), key + " -> " + text));
    assertEquals("[criterion[1.1].title] National referral mechanism",
        mapped.criterion(CriterionId.of("1.1")).orElseThrow().title().english());
    assertEquals(InstrumentTexts.of(instrument).keySet(), texts.keySet());
  }

  @Test
  void mappingThatLosesTheDefaultLanguageIsRefused() {
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class,
        () -> InstrumentTexts.map(minimal(),
            (key, text) -> key.equals("survey.statement[4.1.2]") ? LocalizedText.of("fr", "Sûr") : text));
    assertTrue(e.getMessage().contains("survey.statement[4.1.2]"), e.getMessage());
  }

  @Test
  void textsMapIsUnmodifiable() {
    Map<String, LocalizedText> texts = InstrumentTexts.of(minimal());
    assertThrows(UnsupportedOperationException.class, () -> texts.put("x", LocalizedText.of("x")));
  }

  @Test
  void translateWithUnknownKeysNamesThemAll() {
    Map<String, String> translations = new HashMap<>();
    translations.put("criterion[9.9].title", "a");
    translations.put("survey.statement[3.1.9]", "b");
    translations.put("criterion[1.1].title", "c");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InstrumentTexts.translate(minimal(), "ru", translations));
    assertTrue(e.getMessage().contains("criterion[9.9].title"), e.getMessage());
    assertTrue(e.getMessage().contains("survey.statement[3.1.9]"), e.getMessage());
  }

  @Test
  void translatingIntoAListedLanguageDoesNotListItTwice() {
    Instrument ru = InstrumentTexts.translate(minimal(), "ru", Map.of("survey.title", "Опрос"));
    Instrument again = InstrumentTexts.translate(ru, "ru", Map.of("survey.title", "Анкета"));
    assertEquals(List.of("en", "ru"), again.languages());
    assertEquals("Анкета", again.survey().title().in("ru", "en"));
    assertEquals(ItemId.of("8.1"), again.priorityQuestion().orElseThrow());
  }

  /** Ids may contain dots, so keys put ids in brackets: an option "text" of question 2.7 and a
   * question "2.7.option" cannot share a key, and both texts are checked and translatable. */
  @Test
  void keysCannotCollideWhenIdsContainDots() {
    org.ctnat.core.questionbank.SingleChoice q = org.ctnat.core.questionbank.SingleChoice.builder()
        .id(ItemId.of("2.7")).text(TestInstruments.en("Q"))
        .addOption(org.ctnat.core.questionbank.ChoiceOption.of("text", TestInstruments.en("Option"))).build();
    org.ctnat.core.questionbank.FreeText clash = org.ctnat.core.questionbank.FreeText.of(
        ItemId.of("2.7.option"), LocalizedText.of("ru", "Только по-русски"));
    org.ctnat.core.questionbank.SectionId two = org.ctnat.core.questionbank.SectionId.of("2");
    var survey = TestInstruments.surveyWith(TestInstruments.surveyWith(two, q), two, clash);
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class,
        () -> TestInstruments.minimalBuilder().addLanguage("ru").survey(survey).build());
    assertTrue(e.getMessage().contains("text 'survey.question[2.7.option].text' has no 'en' text"),
        e.getMessage());
  }
}
