package org.ctnat.core.instrument;

import static org.ctnat.core.instrument.TestInstruments.en;
import static org.ctnat.core.instrument.TestInstruments.minimal;
import static org.ctnat.core.instrument.TestInstruments.minimalBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.Survey;
import org.ctnat.core.questionbank.SurveySection;
import org.junit.jupiter.api.Test;

/**
 * The cross-part rules of {@link InstrumentValidation}: each test breaks one rule of the
 * {@linkplain TestInstruments#minimal() minimal instrument} and checks that building refuses it
 * with an {@link InvalidInstrumentException} whose problem names the element and the rule.
 */
class InstrumentValidationTest {

  private static InvalidInstrumentException refused(ImmutableInstrument.Builder builder) {
    return assertThrows(InvalidInstrumentException.class, builder::build);
  }

  /** Asserts that one problem contains every fragment, and that the message lists it. */
  private static void assertProblem(InvalidInstrumentException e, String... fragments) {
    boolean found = e.problems().stream()
        .anyMatch(p -> Arrays.stream(fragments).allMatch(p::contains));
    assertTrue(found, "no problem contains all of " + Arrays.toString(fragments) + " in " + e.problems());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), "message lacks '" + fragment + "': " + e.getMessage());
    }
  }

  private static void assertOnlyProblem(InvalidInstrumentException e, String... fragments) {
    assertEquals(1, e.problems().size(), () -> "expected exactly one problem: " + e.problems());
    assertProblem(e, fragments);
  }

  private static Survey surveyWith(Question question) {
    return TestInstruments.surveyWith(SectionId.of("1"), question);
  }

  // --- the valid fixture -------------------------------------------------------------------

  @Test
  void minimalInstrumentIsValid() {
    Instrument instrument = minimal();
    assertTrue(InstrumentValidation.problems(instrument).isEmpty());
    assertEquals(3, instrument.framework().criteria().size());
    assertEquals(12, instrument.framework().indicators().size());
    assertEquals(minimal(), instrument);
    assertEquals(minimal().hashCode(), instrument.hashCode());
  }

  @Test
  void minimalBuilderRebuildsTheMinimalInstrument() {
    assertEquals(minimal(), minimalBuilder().build());
  }

  // --- version -----------------------------------------------------------------------------

  @Test
  void blankVersionIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().version("  "));
    assertOnlyProblem(e, "version", InstrumentValidation.VERSION);
    assertTrue(e.getMessage().contains("test-instrument"), e.getMessage());
  }

  @Test
  void emptyVersionIsRefused() {
    assertOnlyProblem(refused(minimalBuilder().version("")), "version", InstrumentValidation.VERSION);
  }

  // --- languages ---------------------------------------------------------------------------

  @Test
  void defaultLanguageNotAmongTheLanguagesIsRefused() {
    // every text is in en, which stays listed; only the default language is missing
    InvalidInstrumentException e = refused(minimalBuilder().languages(List.of("en", "ru")).defaultLanguage("ka"));
    assertProblem(e, "default language 'ka'", "[en, ru]", InstrumentValidation.LANGUAGES);
  }

  @Test
  void languageListedTwiceIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().addLanguage("en"));
    assertOnlyProblem(e, "language 'en' is listed twice", InstrumentValidation.LANGUAGES);
  }

  @Test
  void languageThatIsNoLanguageTagIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().addLanguage("Russian"));
    assertOnlyProblem(e, "language 'Russian'", InstrumentValidation.LANGUAGES);
  }

  @Test
  void noLanguagesAtAllIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().languages(List.of()));
    assertProblem(e, "default language 'en' is not in languages", InstrumentValidation.LANGUAGES);
  }

  // --- texts -------------------------------------------------------------------------------

  @Test
  void textMissingTheDefaultLanguageIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder()
        .addLanguage("ru")
        .framework(TestInstruments.frameworkWith(CriterionId.of("1.1"),
            c -> c.withTitle(LocalizedText.of("ru", "Национальный механизм перенаправления")))));
    assertOnlyProblem(e, "criterion[1.1].title", "no 'en' text", InstrumentValidation.TEXTS);
  }

  @Test
  void textInALanguageThatIsNotListedIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder()
        .framework(TestInstruments.frameworkWith(CriterionId.of("1.1"),
            c -> c.withTitle(c.title().withText("de", "Nationaler Verweismechanismus")))));
    assertOnlyProblem(e, "criterion[1.1].title", "'de'", "[en]", InstrumentValidation.TEXTS);
  }

  @Test
  void textInAnotherDefaultLanguageIsCheckedAgainstThatLanguage() {
    // With default ru, every English-only text lacks its ru text.
    InvalidInstrumentException e = refused(minimalBuilder().languages(List.of("ru", "en")).defaultLanguage("ru"));
    assertProblem(e, "instrument.title", "no 'ru' text", InstrumentValidation.TEXTS);
    assertProblem(e, "indicator[2.1-O2]", "no 'ru' text", InstrumentValidation.TEXTS);
    assertProblem(e, "guide.question[3.1].prompt[2]", "no 'ru' text", InstrumentValidation.TEXTS);
  }

  @Test
  void translatedTextWithTheDefaultLanguageIsAccepted() {
    Instrument instrument = minimalBuilder()
        .addLanguage("ru")
        .framework(TestInstruments.frameworkWith(CriterionId.of("1.1"),
            c -> c.withTitle(c.title().withText("ru", "Национальный механизм"))))
        .build();
    assertEquals("Национальный механизм",
        instrument.criterion(CriterionId.of("1.1")).orElseThrow().title().in("ru", "en"));
  }

  // --- unique scale ids, note ids, priority codes ------------------------------------------

  @Test
  void scaleIdUsedTwiceIsRefused() {
    Scale again = Scale.of(ScaleId.of("adequacy"), en("Adequacy again"), List.of(
        ScalePoint.of("yes", en("Yes"), Polarity.POSITIVE), ScalePoint.of("no", en("No"), Polarity.NEGATIVE)));
    InvalidInstrumentException e = refused(minimalBuilder().addScale(again));
    assertProblem(e, "scale id 'adequacy'", InstrumentValidation.UNIQUE);
  }

  @Test
  void noteIdUsedTwiceIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().addNote(InstrumentNote.of("N1", "Another note.")));
    assertOnlyProblem(e, "note id 'N1'", InstrumentValidation.UNIQUE);
  }

  @Test
  void priorityCodeUsedTwiceIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder()
        .addPriority(PriorityOption.builder().code("A").label(en("Another A")).build()));
    assertProblem(e, "priority code 'A'", InstrumentValidation.UNIQUE);
  }

  // --- scales of grids ---------------------------------------------------------------------

  @Test
  void gridOnAScaleThatDoesNotExistIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().scales(List.of(TestInstruments.agreement())));
    assertOnlyProblem(e, "grid 3.1", "scale 'adequacy' does not exist", InstrumentValidation.SCALE);
  }

  // --- follow-ups --------------------------------------------------------------------------

  private static SingleChoice followUpFrom(String parent) {
    return SingleChoice.builder().from(TestInstruments.followUp()).optionsFrom(ItemId.of(parent)).build();
  }

  @Test
  void followUpOfAFreeTextQuestionIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().survey(surveyWith(followUpFrom("2.6"))));
    assertOnlyProblem(e, "question 2.2.1", "optionsFrom '2.6'", "not an earlier multiple-choice",
        InstrumentValidation.FOLLOW_UP);
  }

  @Test
  void followUpOfAQuestionThatDoesNotExistIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().survey(surveyWith(followUpFrom("9.9"))));
    assertOnlyProblem(e, "question 2.2.1", "optionsFrom '9.9'", InstrumentValidation.FOLLOW_UP);
  }

  @Test
  void followUpOfALaterMultipleChoiceIsRefused() {
    // move 2.2.1 before its parent 2.2
    Survey survey = TestInstruments.survey();
    SurveySection context = survey.section(SectionId.of("2")).orElseThrow();
    List<Question> reordered = List.of(context.questions().get(1), context.questions().get(0),
        context.questions().get(2), context.questions().get(3));
    Survey moved = survey.withSections(survey.sections().stream()
        .map(s -> s.id().equals(context.id()) ? s.withQuestions(reordered) : s).toList());
    InvalidInstrumentException e = refused(minimalBuilder().survey(moved));
    assertOnlyProblem(e, "question 2.2.1", "optionsFrom '2.2'", "not an earlier multiple-choice",
        InstrumentValidation.FOLLOW_UP);
  }

  @Test
  void followUpWhoseOptionsDifferFromItsParentIsRefused() {
    SingleChoice fewer = TestInstruments.followUp().withOptions(TestInstruments.forms().subList(0, 4));
    InvalidInstrumentException e = refused(minimalBuilder().survey(surveyWith(fewer)));
    assertOnlyProblem(e, "question 2.2.1", "options differ from those of question 2.2",
        InstrumentValidation.FOLLOW_UP);
  }

  // --- priorities --------------------------------------------------------------------------

  @Test
  void priorityQuestionThatIsNotARankingIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().priorityQuestion(ItemId.of("2.2")));
    assertProblem(e, "priority question 2.2", "not a ranking question", InstrumentValidation.PRIORITIES);
  }

  @Test
  void priorityQuestionThatDoesNotExistIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().priorityQuestion(ItemId.of("9.1")));
    assertOnlyProblem(e, "priority question 9.1", "not a ranking question", InstrumentValidation.PRIORITIES);
  }

  @Test
  void priorityQuestionWhoseOptionsDifferFromThePrioritiesIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder()
        .priorities(TestInstruments.priorities().subList(0, 4)));
    assertOnlyProblem(e, "priority question 8.1", "options differ from the priorities", "[A, B, C, D]",
        InstrumentValidation.PRIORITIES);
  }

  @Test
  void priorityQuestionOfAnotherRankingIsRefused() {
    InvalidInstrumentException e = refused(minimalBuilder().priorityQuestion(ItemId.of("2.4")));
    assertProblem(e, "priority question 2.4", "options differ from the priorities", InstrumentValidation.PRIORITIES);
  }

  @Test
  void priorityOfAnAreaThatDoesNotExistIsRefused() {
    List<PriorityOption> priorities = TestInstruments.priorities().stream()
        .map(p -> p.code().equals("D")
            ? PriorityOption.builder().from(p).addArea(AreaId.of("7")).build() : p)
        .toList();
    InvalidInstrumentException e = refused(minimalBuilder().priorities(priorities));
    assertOnlyProblem(e, "priority D", "area 7 does not exist", InstrumentValidation.PRIORITIES);
  }

  @Test
  void instrumentWithoutPriorityQuestionIsValid() {
    Instrument instrument = minimalBuilder().priorityQuestion(java.util.Optional.empty()).build();
    assertTrue(instrument.priorityQuestion().isEmpty());
  }

  // --- areas of sections -------------------------------------------------------------------

  @Test
  void surveySectionOfAnAreaThatDoesNotExistIsRefused() {
    Survey survey = TestInstruments.survey();
    Survey broken = survey.withSections(survey.sections().stream()
        .map(s -> s.id().equals(SectionId.of("4"))
            ? SurveySection.builder().from(s).area(AreaId.of("7")).build() : s)
        .toList());
    InvalidInstrumentException e = refused(minimalBuilder().survey(broken));
    assertOnlyProblem(e, "survey section 4", "area 7 does not exist", InstrumentValidation.AREAS);
  }

  @Test
  void interviewSectionOfAnAreaThatDoesNotExistIsRefused() {
    InterviewGuide guide = TestInstruments.interviewGuide();
    InterviewGuide broken = guide.withSections(guide.sections().stream()
        .map(s -> s.id().equals(SectionId.of("3"))
            ? InterviewSection.builder().from(s).area(AreaId.of("9")).build() : s)
        .toList());
    InvalidInstrumentException e = refused(minimalBuilder().interviewGuide(broken));
    assertOnlyProblem(e, "interview section 3", "area 9 does not exist", InstrumentValidation.AREAS);
  }

  // --- profile -----------------------------------------------------------------------------

  @Test
  void profileAttributeRecordedTwiceIsRefused() {
    SingleChoice sex = SingleChoice.builder().id(ItemId.of("1.7")).text(en("What is your sex?"))
        .addOption(ChoiceOption.of("female", en("Female")))
        .addOption(ChoiceOption.of("male", en("Male")))
        .profile(ProfileAttribute.GENDER)
        .build();
    InvalidInstrumentException e = refused(minimalBuilder().survey(surveyWith(sex)));
    assertOnlyProblem(e, "question 1.7", "profile attribute gender", "already recorded by question 1.6",
        InstrumentValidation.PROFILE);
  }

  @Test
  void differentProfileAttributesAreAccepted() {
    SingleChoice age = SingleChoice.builder().id(ItemId.of("1.5")).text(en("How old are you?"))
        .addOption(ChoiceOption.of("under_30", en("Under 30")))
        .addOption(ChoiceOption.of("over_30", en("30 or over")))
        .profile(ProfileAttribute.AGE_BAND)
        .build();
    assertTrue(minimalBuilder().survey(surveyWith(age)).build().survey().question(ItemId.of("1.5")).isPresent());
  }

  // --- links -------------------------------------------------------------------------------

  private static ImmutableInstrument.Builder withLinks(CriterionLink... extra) {
    return minimalBuilder().addLinks(extra);
  }

  @Test
  void linkToACriterionThatDoesNotExistIsRefused() {
    InvalidInstrumentException e = refused(withLinks(
        CriterionLink.of(CriterionId.of("9.9"), List.of(ItemId.of("2.6")), List.of())));
    assertOnlyProblem(e, "link of criterion 9.9", "criterion 9.9 does not exist", InstrumentValidation.LINKS);
  }

  @Test
  void linkToASurveyItemThatDoesNotExistIsRefused() {
    List<CriterionLink> links = TestInstruments.links().stream()
        .map(l -> l.criterion().equals(CriterionId.of("1.1"))
            ? l.withSurveyItems(List.of(ItemId.of("3.1.1"), ItemId.of("3.1.9"))) : l)
        .toList();
    InvalidInstrumentException e = refused(minimalBuilder().links(links));
    assertOnlyProblem(e, "link of criterion 1.1", "survey item 3.1.9 does not exist", InstrumentValidation.LINKS);
  }

  @Test
  void linkToAGridInsteadOfItsStatementsIsRefused() {
    List<CriterionLink> links = TestInstruments.links().stream()
        .map(l -> l.criterion().equals(CriterionId.of("2.1")) ? l.withSurveyItems(List.of(ItemId.of("4.1"))) : l)
        .toList();
    InvalidInstrumentException e = refused(minimalBuilder().links(links));
    assertOnlyProblem(e, "link of criterion 2.1", "survey item 4.1 is a grid", "statements",
        InstrumentValidation.LINKS);
  }

  @Test
  void linkToAnOrdinaryQuestionIsAccepted() {
    List<CriterionLink> links = TestInstruments.links().stream()
        .map(l -> l.criterion().equals(CriterionId.of("2.1"))
            ? l.withSurveyItems(List.of(ItemId.of("4.1.1"), ItemId.of("2.6"))) : l)
        .toList();
    Instrument instrument = minimalBuilder().links(links).build();
    assertEquals(List.of(CriterionId.of("2.1")), instrument.criteriaInformedBy(ItemId.of("2.6")));
  }

  @Test
  void linkToAnInterviewQuestionThatDoesNotExistIsRefused() {
    List<CriterionLink> links = TestInstruments.links().stream()
        .map(l -> l.criterion().equals(CriterionId.of("1.2"))
            ? l.withInterviewQuestions(List.of(InterviewQuestionId.of("3.9"))) : l)
        .toList();
    InvalidInstrumentException e = refused(minimalBuilder().links(links));
    assertOnlyProblem(e, "link of criterion 1.2", "interview question 3.9 does not exist",
        InstrumentValidation.LINKS);
  }

  @Test
  void twoLinksForOneCriterionAreRefused() {
    InvalidInstrumentException e = refused(withLinks(
        CriterionLink.of(CriterionId.of("1.1"), List.of(ItemId.of("3.1.2")), List.of())));
    assertOnlyProblem(e, "link of criterion 1.1", "more than one link", InstrumentValidation.LINKS);
  }

  @Test
  void linkToASurveyQuestionIdOfTheInterviewGuideIsRefused() {
    // 1.1 is an interview question but not a survey item
    InvalidInstrumentException e = refused(minimalBuilder().links(List.of(
        CriterionLink.of(CriterionId.of("1.1"), List.of(ItemId.of("1.1")), List.of()))));
    assertOnlyProblem(e, "survey item 1.1 does not exist", InstrumentValidation.LINKS);
  }

  // --- several problems --------------------------------------------------------------------

  @Test
  void instrumentWithSeveralProblemsReportsAllOfThem() {
    InvalidInstrumentException e = refused(minimalBuilder()
        .version(" ")
        .addNote(InstrumentNote.of("N1", "Duplicate."))
        .scales(List.of(TestInstruments.agreement()))
        .addLink(CriterionLink.of(CriterionId.of("9.9"), List.of(), List.of())));
    assertTrue(e.problems().size() >= 4, e.problems()::toString);
    assertProblem(e, InstrumentValidation.VERSION);
    assertProblem(e, "note id 'N1'");
    assertProblem(e, "grid 3.1");
    assertProblem(e, "criterion 9.9 does not exist");
    assertTrue(e.getMessage().contains("(" + e.problems().size() + " problems)"), e.getMessage());
    // problems come in rule order
    assertTrue(e.problems().get(0).contains(InstrumentValidation.VERSION));
    assertTrue(e.problems().get(e.problems().size() - 1).contains(InstrumentValidation.LINKS));
  }

  @Test
  void problemsListIsUnmodifiable() {
    InvalidInstrumentException e = refused(minimalBuilder().version(""));
    assertThrows(UnsupportedOperationException.class, () -> e.problems().add("more"));
  }

  @Test
  void invalidInstrumentExceptionIsAnIllegalArgumentException() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> minimalBuilder().version("").build());
    assertTrue(e instanceof InvalidInstrumentException);
  }

  @Test
  void copyWithBlankVersionIsRefused() {
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, () -> minimal().withVersion(" "));
    assertProblem(e, InstrumentValidation.VERSION);
  }

  // --- rules checked by the parts of the survey inside an instrument ---------------------------

  @Test
  void gridStatementIdEqualToAQuestionIdIsRefusedByTheSurvey() {
    Grid grid = Grid.builder().from((Grid) TestInstruments.survey().question(ItemId.of("3.1")).orElseThrow())
        .addStatement(GridStatement.of(ItemId.of("2.6"), en("Clashes with free text 2.6")))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> surveyWith(grid));
    assertTrue(e.getMessage().contains("survey"), e.getMessage());
    assertTrue(e.getMessage().contains("'2.6'"), e.getMessage());
  }

  @Test
  void textsOfAValidInstrumentAllHaveTheDefaultLanguage() {
    Map<String, LocalizedText> texts = InstrumentTexts.of(minimal());
    assertTrue(texts.values().stream().allMatch(t -> t.text("en").isPresent()));
    assertTrue(texts.containsKey("survey.question[2.6].text"));
    assertTrue(minimal().survey().question(ItemId.of("2.6")).orElseThrow() instanceof FreeText);
  }
}
