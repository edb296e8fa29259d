package org.ctnat.core.instrument;

import static org.ctnat.core.instrument.TestInstruments.FORMS;
import static org.ctnat.core.instrument.TestInstruments.MOST_PROMINENT_FORM;
import static org.ctnat.core.instrument.TestInstruments.PRIORITY_QUESTION;
import static org.ctnat.core.instrument.TestInstruments.en;
import static org.ctnat.core.instrument.TestInstruments.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SingleChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deriving an adapted instrument. Every test derives from {@link #original}, and after each test
 * the original must still equal a freshly built minimal instrument.
 */
class InstrumentDerivationTest {

  private Instrument original;
  private int originalHash;

  @BeforeEach
  void buildOriginal() {
    original = minimal();
    originalHash = original.hashCode();
  }

  @AfterEach
  void originalIsUnchanged() {
    assertEquals(minimal(), original);
    assertEquals(originalHash, original.hashCode());
    assertEquals(minimal().toString(), original.toString());
  }

  private static List<String> codes(ChoiceQuestion question) {
    return question.options().stream().map(ChoiceOption::code).toList();
  }

  private static ChoiceQuestion choice(Instrument instrument, ItemId id) {
    return (ChoiceQuestion) instrument.survey().question(id).orElseThrow();
  }

  /**
   * Applies the edits to the original and, separately, to a fresh minimal instrument: the
   * result validates, differs from the original, and the two results are equal with equal
   * hash codes.
   */
  private Instrument derive(UnaryOperator<InstrumentDerivation> edits) {
    Instrument derived = edits.apply(original.derive()).build();
    Instrument again = edits.apply(minimal().derive()).build();
    assertEquals(List.of(), InstrumentValidation.problems(derived));
    assertEquals(again, derived);
    assertEquals(again.hashCode(), derived.hashCode());
    assertEquals(again.toString(), derived.toString());
    assertNotEquals(original, derived);
    return derived;
  }

  /** The edit is refused, at once or when built, with a message holding every fragment. */
  private void assertRefused(UnaryOperator<InstrumentDerivation> edits, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> edits.apply(original.derive()).build());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  private static ChoiceOption none() {
    return ChoiceOption.builder().code("none").label(en("None of these")).exclusive(true).build();
  }

  @Test
  void derivationWithoutEditsGivesAnEqualInstrument() {
    assertEquals(original, original.derive().build());
  }

  @Test
  void derivedInstrumentGetsItsOwnIdAndVersion() {
    Instrument derived = original.derive().id("test-instrument-geo").version("1.0-geo.1")
        .note("GEO1", "Adapted for Georgia.").build();
    assertEquals(InstrumentId.of("test-instrument-geo"), derived.id());
    assertEquals("1.0-geo.1", derived.version());
    assertEquals(2, derived.notes().size());
  }

  @Test
  void renamingACriterionChangesOnlyItsTitle() {
    Instrument derived = original.derive().renameCriterion(CriterionId.of("1.1"), en("Referral mechanism")).build();
    assertEquals(en("Referral mechanism"), derived.criterion(CriterionId.of("1.1")).orElseThrow().title());
    assertEquals(original.criterion(CriterionId.of("1.1")).orElseThrow().indicators(),
        derived.criterion(CriterionId.of("1.1")).orElseThrow().indicators());
    assertEquals(original.survey(), derived.survey());
    assertEquals(original.links(), derived.links());
    assertNotEquals(original, derived);
  }

  @Test
  void renamingACriterionThatDoesNotExistIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().renameCriterion(CriterionId.of("9.9"), en("Nothing")));
    assertTrue(e.getMessage().contains("criterion 9.9"), e.getMessage());
  }

  @Test
  void restatingAnIndicatorChangesOnlyThatIndicator() {
    IndicatorId o2 = IndicatorId.parse("1.2-O2");
    Instrument derived = original.derive().restateIndicator(o2, en("Tools are used by all stakeholders")).build();
    var criterion = derived.criterion(CriterionId.of("1.2")).orElseThrow();
    assertEquals(en("Tools are used by all stakeholders"), criterion.indicator(Dimension.OPERATIONAL, Level.TWO).statement());
    assertEquals(original.criterion(CriterionId.of("1.2")).orElseThrow().indicator(Dimension.FRAMEWORK, Level.ONE),
        criterion.indicator(Dimension.FRAMEWORK, Level.ONE));
    assertEquals(original.criterion(CriterionId.of("1.2")).orElseThrow().title(), criterion.title());
  }

  @Test
  void renamingAnAreaChangesItsTitle() {
    Instrument derived = original.derive().renameArea(AreaId.of("2"), en("Protection")).build();
    assertEquals(en("Protection"), derived.framework().area(AreaId.of("2")).orElseThrow().title());
  }

  @Test
  void addingACriterionPutsItAtTheEndOfItsArea() {
    Instrument derived = original.derive()
        .addCriterion(AreaId.of("2"), TestInstruments.criterion("2.2", "Compensation"))
        .build();
    assertEquals(List.of(CriterionId.of("2.1"), CriterionId.of("2.2")),
        derived.framework().area(AreaId.of("2")).orElseThrow().criteria().stream().map(c -> c.id()).toList());
    assertEquals(16, derived.framework().indicators().size());
    assertTrue(derived.link(CriterionId.of("2.2")).isEmpty());
  }

  @Test
  void addingACriterionWhoseIdIsTakenInAnotherAreaFailsAtBuild() {
    InstrumentDerivation derivation = original.derive()
        .addCriterion(AreaId.of("2"), TestInstruments.criterion("1.1", "Duplicate"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("criterion ids must be unique"), e.getMessage());
    assertTrue(e.getMessage().contains("'1.1'"), e.getMessage());
  }

  @Test
  void addingACriterionToAnAreaThatDoesNotExistIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().addCriterion(AreaId.of("7"), TestInstruments.criterion("7.1", "None")));
    assertTrue(e.getMessage().contains("area 7"), e.getMessage());
  }

  @Test
  void droppingACriterionDropsItsIndicatorsAndItsLink() {
    Instrument derived = original.derive().dropCriterion(CriterionId.of("1.2")).build();
    assertTrue(derived.criterion(CriterionId.of("1.2")).isEmpty());
    assertTrue(derived.link(CriterionId.of("1.2")).isEmpty());
    assertEquals(8, derived.framework().indicators().size());
    assertEquals(2, derived.links().size());
    assertTrue(derived.criteriaInformedBy(ItemId.of("3.1.2")).isEmpty());
    assertTrue(derived.criteriaInformedBy(InterviewQuestionId.of("3.2")).isEmpty());
  }

  @Test
  void droppingACriterionThatDoesNotExistIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().dropCriterion(CriterionId.of("3.1")));
    assertTrue(e.getMessage().contains("criterion 3.1"), e.getMessage());
  }

  @Test
  void droppingAGridStatementRemovesItFromTheGridAndFromTheLinks() {
    Instrument derived = original.derive().dropQuestion(ItemId.of("3.1.2")).build();
    Grid grid = (Grid) derived.survey().question(ItemId.of("3.1")).orElseThrow();
    assertEquals(List.of(ItemId.of("3.1.1"), ItemId.of("3.1.3")), grid.itemIds());
    assertEquals(List.of(ItemId.of("3.1.3")), derived.link(CriterionId.of("1.2")).orElseThrow().surveyItems());
    assertEquals(List.of(InterviewQuestionId.of("3.2")),
        derived.link(CriterionId.of("1.2")).orElseThrow().interviewQuestions());
  }

  @Test
  void droppingAWholeGridRemovesAllItsStatementsFromTheLinks() {
    Instrument derived = original.derive().dropQuestion(ItemId.of("4.1")).build();
    assertTrue(derived.survey().question(ItemId.of("4.1")).isEmpty());
    assertEquals(List.of(), derived.link(CriterionId.of("2.1")).orElseThrow().surveyItems());
  }

  @Test
  void droppingTheLastStatementOfAGridDropsTheGrid() {
    Instrument derived = original.derive().dropQuestion(ItemId.of("4.1.1")).dropQuestion(ItemId.of("4.1.2")).build();
    assertTrue(derived.survey().question(ItemId.of("4.1")).isEmpty());
  }

  @Test
  void droppingAMultipleChoiceDropsItsFollowUp() {
    Instrument derived = original.derive().dropQuestion(FORMS).build();
    assertTrue(derived.survey().question(FORMS).isEmpty());
    assertTrue(derived.survey().question(MOST_PROMINENT_FORM).isEmpty());
  }

  @Test
  void droppingTheFollowUpFirstThenItsParentSucceeds() {
    Instrument derived = original.derive().dropQuestion(MOST_PROMINENT_FORM).dropQuestion(FORMS).build();
    assertTrue(derived.survey().question(FORMS).isEmpty());
    assertTrue(derived.survey().question(MOST_PROMINENT_FORM).isEmpty());
  }

  @Test
  void aFullRankingStaysFullWhenAnOptionIsDropped() {
    Instrument derived = original.derive().dropOption(ItemId.of("2.4"), "boys").build();
    Ranking groups = (Ranking) derived.survey().question(ItemId.of("2.4")).orElseThrow();
    assertEquals(3, groups.options().size());
    assertTrue(groups.isFull());
    assertEquals(3, groups.maxRanked());
  }

  @Test
  void aFollowUpWhoseParentIsNotAMultipleChoiceFailsAtBuildWithTheFollowUpRule() {
    SingleChoice orphan = SingleChoice.builder().id(ItemId.of("2.9")).text(en("Which of those?"))
        .addOption(ChoiceOption.of("female", en("Female"))).optionsFrom(ItemId.of("1.6")).build();
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class,
        () -> original.derive().addQuestion(org.ctnat.core.questionbank.SectionId.of("2"), orphan).build());
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("question 2.9")
        && p.contains("optionsFrom '1.6'") && p.contains(InstrumentValidation.FOLLOW_UP)), e.problems()::toString);
  }

  @Test
  void droppingASurveyItemThatDoesNotExistIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().dropQuestion(ItemId.of("9.9")));
    assertTrue(e.getMessage().contains("9.9"), e.getMessage());
  }

  @Test
  void droppingThePriorityQuestionClearsIt() {
    Instrument derived = original.derive().dropQuestion(PRIORITY_QUESTION).build();
    assertTrue(derived.priorityQuestion().isEmpty());
    assertEquals(original.priorities(), derived.priorities());
  }

  @Test
  void droppingAnOptionOfAMultipleChoiceAlsoDropsItFromItsFollowUp() {
    Instrument derived = original.derive().dropOption(FORMS, "begging").build();
    List<String> expected = List.of("sexual_exploitation", "forced_labour", "organ_removal", "other");
    assertEquals(expected, codes(choice(derived, FORMS)));
    assertEquals(expected, codes(choice(derived, MOST_PROMINENT_FORM)));
  }

  @Test
  void addingAnOptionToAMultipleChoiceAlsoAddsItToItsFollowUp() {
    ChoiceOption removal = ChoiceOption.of("domestic_servitude", en("Domestic servitude"));
    Instrument derived = original.derive().addOption(FORMS, removal).build();
    assertEquals(6, choice(derived, FORMS).options().size());
    assertEquals(choice(derived, FORMS).options(), choice(derived, MOST_PROMINENT_FORM).options());
  }

  @Test
  void droppingAnOptionThatDoesNotExistIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().dropOption(FORMS, "fishing"));
    assertTrue(e.getMessage().contains("'fishing'"), e.getMessage());
    assertTrue(e.getMessage().contains("2.2"), e.getMessage());
  }

  @Test
  void droppingAnOptionOfAQuestionWithoutOptionsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().dropOption(ItemId.of("2.6"), "a"));
    assertTrue(e.getMessage().contains("question 2.6"), e.getMessage());
  }

  @Test
  void droppingAnOptionOfThePriorityQuestionDropsThePriority() {
    Instrument derived = original.derive().dropOption(PRIORITY_QUESTION, "B").build();
    assertEquals(List.of("A", "C", "D", "E"), derived.priorities().stream().map(PriorityOption::code).toList());
    assertEquals(List.of("A", "C", "D", "E"), codes(choice(derived, PRIORITY_QUESTION)));
    assertEquals(PRIORITY_QUESTION, derived.priorityQuestion().orElseThrow());
  }

  @Test
  void addingAnOptionToThePriorityQuestionIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> original.derive().addOption(PRIORITY_QUESTION, ChoiceOption.of("F", en("Funding"))));
    assertTrue(e.getMessage().contains("question 8.1"), e.getMessage());
    assertTrue(e.getMessage().contains("priority question"), e.getMessage());
  }

  @Test
  void addingAPriorityAddsTheOptionOfThePriorityQuestion() {
    Instrument derived = original.derive()
        .addPriority(PriorityOption.builder().code("F").label(en("Funding")).addArea(AreaId.of("2")).build())
        .build();
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), codes(choice(derived, PRIORITY_QUESTION)));
    assertEquals(3, ((Ranking) choice(derived, PRIORITY_QUESTION)).maxRanked());
  }

  @Test
  void renamingAGridStatementChangesOnlyThatStatement() {
    Instrument derived = original.derive().renameQuestion(ItemId.of("3.1.3"), en("Identification tools and guidelines")).build();
    Grid grid = (Grid) derived.survey().question(ItemId.of("3.1")).orElseThrow();
    assertEquals(en("Identification tools and guidelines"), grid.statement(ItemId.of("3.1.3")).orElseThrow().text());
    assertEquals(en("Screening checklists"), grid.statement(ItemId.of("3.1.2")).orElseThrow().text());
  }

  @Test
  void linkingAnotherItemToACriterionKeepsOneLinkPerCriterion() {
    Instrument derived = original.derive().link(CriterionId.of("1.1"), ItemId.of("2.6"))
        .link(CriterionId.of("1.1"), InterviewQuestionId.of("1.1")).build();
    assertEquals(3, derived.links().size());
    CriterionLink link = derived.link(CriterionId.of("1.1")).orElseThrow();
    assertEquals(List.of(ItemId.of("3.1.1"), ItemId.of("2.6")), link.surveyItems());
    assertEquals(List.of(InterviewQuestionId.of("3.1"), InterviewQuestionId.of("1.1")), link.interviewQuestions());
  }

  @Test
  void linkingAnItemThatDoesNotExistFailsAtBuildWithTheLinkRule() {
    InstrumentDerivation derivation = original.derive().link(CriterionId.of("1.1"), ItemId.of("3.1.9"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("survey item 3.1.9 does not exist"), e.getMessage());
  }

  @Test
  void translatingAddsTheLanguageAndTheTexts() {
    Instrument derived = original.derive()
        .translate("ru", Map.of(
            "criterion[1.1].title", "Национальный механизм перенаправления",
            "priority[A]", "Укрепление перенаправления",
            "survey.question[2.2].option[begging]", "Принудительное попрошайничество"))
        .build();
    assertEquals(List.of("en", "ru"), derived.languages());
    assertEquals("Национальный механизм перенаправления",
        derived.criterion(CriterionId.of("1.1")).orElseThrow().title().in("ru", "en"));
    assertEquals("National referral mechanism",
        derived.criterion(CriterionId.of("1.1")).orElseThrow().title().in("en", "en"));
    // the priority's translation also serves the priority question's option
    assertEquals("Укрепление перенаправления", derived.priorities().get(0).label().in("ru", "en"));
    assertEquals("Укрепление перенаправления",
        choice(derived, PRIORITY_QUESTION).option("A").orElseThrow().label().in("ru", "en"));
    // the parent's option translation also serves the follow-up
    assertEquals("Принудительное попрошайничество",
        choice(derived, MOST_PROMINENT_FORM).option("begging").orElseThrow().label().in("ru", "en"));
  }

  @Test
  void untranslatedTextsFallBackToTheDefaultLanguage() {
    Instrument derived = original.derive()
        .translate("ru", Map.of("criterion[1.1].title", "Национальный механизм перенаправления"))
        .build();
    var title = derived.criterion(CriterionId.of("1.2")).orElseThrow().title();
    assertTrue(title.text("ru").isEmpty());
    assertEquals("Identification tools", title.in("ru", "en"));
    assertEquals(original.criterion(CriterionId.of("1.2")).orElseThrow().title(), title);
  }

  @Test
  void translatingAnUnknownKeyIsRejectedNamingTheKey() {
    InstrumentDerivation derivation = original.derive()
        .translate("ru", Map.of("criterion[9.9].title", "Нет такого критерия"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("criterion[9.9].title"), e.getMessage());
    assertTrue(e.getMessage().contains("'ru'"), e.getMessage());
  }

  @Test
  void translatingToAnInvalidLanguageTagIsRejected() {
    InstrumentDerivation derivation = original.derive().translate("Russian", Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("'Russian'"), e.getMessage());
  }

  @Test
  void translatingARenamedCriterionTranslatesTheNewTitle() {
    Instrument derived = original.derive()
        .renameCriterion(CriterionId.of("2.1"), en("Shelters and safe houses"))
        .translate("ka", Map.of("criterion[2.1].title", "თავშესაფრები"))
        .build();
    var title = derived.criterion(CriterionId.of("2.1")).orElseThrow().title();
    assertEquals("Shelters and safe houses", title.english());
    assertEquals("თავშესაფრები", title.in("ka", "en"));
    assertEquals(List.of("en", "ka"), derived.languages());
  }

  @Test
  void aDerivedInstrumentCanBeDerivedAgain() {
    Instrument first = original.derive().dropCriterion(CriterionId.of("1.2")).build();
    Instrument firstCopy = original.derive().dropCriterion(CriterionId.of("1.2")).build();
    Instrument second = first.derive().dropOption(FORMS, "other").build();
    assertEquals(firstCopy, first);
    assertFalse(choice(second, MOST_PROMINENT_FORM).option("other").isPresent());
    assertTrue(choice(first, MOST_PROMINENT_FORM).option("other").isPresent());
  }

  @Test
  void addingAPriorityWithAnExistingCodeIsRefusedAtOnce() {
    PriorityOption duplicate = PriorityOption.builder().code("A")
        .label(TestInstruments.en("Again A")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> minimal().derive().addPriority(duplicate));
    assertTrue(e.getMessage().contains("cannot add priority 'A': a priority with that code exists"),
        e.getMessage());
  }

  // --- title, areas, indicators, priorities, links ---------------------------------------------

  @Test
  void retitlingChangesOnlyTheTitle() {
    Instrument derived = derive(d -> d.title(en("Test instrument for Georgia")));
    assertEquals(en("Test instrument for Georgia"), derived.title());
    assertEquals(original.survey(), derived.survey());
  }

  @Test
  void renamingAnAreaThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameArea(AreaId.of("7"), en("None")), "area 7", "does not exist");
  }

  @Test
  void restatingAnIndicatorOfACriterionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.restateIndicator(IndicatorId.parse("9.9-F1"), en("None")), "criterion 9.9", "does not exist");
  }

  @Test
  void droppingAPriorityDropsTheOptionOfThePriorityQuestion() {
    Instrument derived = derive(d -> d.dropPriority("D"));
    assertEquals(List.of("A", "B", "C", "E"), codes(choice(derived, PRIORITY_QUESTION)));
    assertEquals(List.of("A", "B", "C", "E"), derived.priorities().stream().map(PriorityOption::code).toList());
  }

  @Test
  void droppingAPriorityThatDoesNotExistIsRejected() {
    assertRefused(d -> d.dropPriority("Z"), "cannot drop priority 'Z'", "no such priority");
  }

  @Test
  void droppingPrioritiesBelowTheRankingsLimitIsRejectedNamingTheQuestion() {
    assertRefused(d -> d.dropPriority("A").dropPriority("B").dropPriority("C"),
        "question 8.1", "maxRanked must be at most the 2 options");
  }

  @Test
  void renamingAPriorityRenamesTheOptionOfThePriorityQuestion() {
    Instrument derived = derive(d -> d.renamePriority("B", en("More and safer shelters")));
    PriorityOption b = derived.priorities().get(1);
    assertEquals(en("More and safer shelters"), b.label());
    assertEquals(original.priorities().get(1).areas(), b.areas());
    assertEquals(en("More and safer shelters"), choice(derived, PRIORITY_QUESTION).option("B").orElseThrow().label());
  }

  @Test
  void renamingAPriorityThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renamePriority("Z", en("None")), "cannot rename priority 'Z'", "no such priority");
  }

  @Test
  void settingALinkReplacesTheCriterionsLink() {
    CriterionLink link = CriterionLink.of(CriterionId.of("1.1"), List.of(ItemId.of("2.6")), List.of());
    Instrument derived = derive(d -> d.link(link));
    assertEquals(link, derived.link(CriterionId.of("1.1")).orElseThrow());
    assertEquals(3, derived.links().size());
  }

  // --- survey questions --------------------------------------------------------------------------

  @Test
  void addingAQuestionPutsItAtTheEndOfItsSection() {
    FreeText why = FreeText.of(ItemId.of("2.7"), en("What else should we know?"));
    Instrument derived = derive(d -> d.addQuestion(SectionId.of("2"), why).link(CriterionId.of("2.1"), why.id()));
    List<?> questions = derived.survey().sections().get(1).questions();
    assertEquals(why, questions.get(questions.size() - 1));
    assertEquals(List.of(CriterionId.of("2.1")), derived.criteriaInformedBy(why.id()));
    assertEquals(original.survey().questions().size() + 1, derived.survey().questions().size());
  }

  @Test
  void addingAFollowUpAfterItsParentValidates() {
    SingleChoice second = SingleChoice.builder().id(ItemId.of("2.2.2")).text(en("And the second most prominent?"))
        .addAllOptions(TestInstruments.forms()).optionsFrom(FORMS).build();
    Instrument derived = derive(d -> d.addQuestion(SectionId.of("3"), second));
    assertEquals(second, derived.survey().question(ItemId.of("2.2.2")).orElseThrow());
    // and it follows its parent's options from then on
    Instrument fewer = derived.derive().dropOption(FORMS, "begging").build();
    assertFalse(choice(fewer, ItemId.of("2.2.2")).option("begging").isPresent());
  }

  @Test
  void addingAQuestionToASectionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.addQuestion(SectionId.of("9"), FreeText.of(ItemId.of("9.1"), en("Why?"))),
        "cannot add question 9.1", "survey section 9 does not exist");
  }

  @Test
  void addingAQuestionWhoseIdIsTakenIsRefusedNamingTheRule() {
    assertRefused(d -> d.addQuestion(SectionId.of("4"), FreeText.of(ItemId.of("2.6"), en("Again?"))),
        "survey", "question ids must be unique", "'2.6'");
  }

  @Test
  void addingAQuestionWhoseIdIsAGridStatementIsRefused() {
    assertRefused(d -> d.addQuestion(SectionId.of("4"), FreeText.of(ItemId.of("3.1.2"), en("Again?"))),
        "survey", "item ids must be unique", "'3.1.2'");
  }

  @Test
  void renamingAMultipleChoiceChangesOnlyItsText() {
    Instrument derived = derive(d -> d.renameQuestion(FORMS, en("Which three forms are most common?")));
    MultipleChoice forms = (MultipleChoice) derived.survey().question(FORMS).orElseThrow();
    assertEquals(en("Which three forms are most common?"), forms.text());
    assertEquals(TestInstruments.formsQuestion().withText(forms.text()), forms);
    assertEquals(TestInstruments.followUp(), derived.survey().question(MOST_PROMINENT_FORM).orElseThrow());
  }

  @Test
  void renamingAFreeTextARankingAndAWholeGridChangesTheirTexts() {
    Instrument derived = derive(d -> d.renameQuestion(ItemId.of("2.6"), en("Why?"))
        .renameQuestion(ItemId.of("2.4"), en("Rank the groups."))
        .renameQuestion(ItemId.of("3.1"), en("How adequate are they?")));
    assertEquals(en("Why?"), derived.survey().question(ItemId.of("2.6")).orElseThrow().text());
    assertEquals(en("Rank the groups."), derived.survey().question(ItemId.of("2.4")).orElseThrow().text());
    Grid grid = (Grid) derived.survey().question(ItemId.of("3.1")).orElseThrow();
    assertEquals(en("How adequate are they?"), grid.text());
    assertEquals(((Grid) original.survey().question(ItemId.of("3.1")).orElseThrow()).statements(), grid.statements());
  }

  @Test
  void renamingAQuestionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameQuestion(ItemId.of("9.9"), en("Nothing")),
        "cannot rename survey item 9.9", "no such question or statement");
  }

  // --- options ---------------------------------------------------------------------------------

  @Test
  void renamingAnOptionOfAMultipleChoiceAlsoRenamesItInItsFollowUp() {
    Instrument derived = derive(d -> d.renameOption(FORMS, "begging", en("Forced begging and street work")));
    for (ItemId id : List.of(FORMS, MOST_PROMINENT_FORM)) {
      ChoiceQuestion q = choice(derived, id);
      assertEquals(codes(choice(original, id)), codes(q));
      assertEquals(en("Forced begging and street work"), q.option("begging").orElseThrow().label());
      assertEquals(choice(original, id).option("other"), q.option("other"));
    }
  }

  @Test
  void renamingAnOptionKeepsItsSpecifyFlag() {
    Instrument derived = derive(d -> d.renameOption(FORMS, "other", en("Another form – please specify")));
    ChoiceOption other = choice(derived, FORMS).option("other").orElseThrow();
    assertTrue(other.specify());
    assertEquals(en("Another form – please specify"), other.label());
  }

  @Test
  void renamingAnOptionOfASingleChoiceAndOfARanking() {
    Instrument derived = derive(d -> d.renameOption(ItemId.of("1.6"), "other", en("Other or prefer not to say"))
        .renameOption(ItemId.of("2.4"), "boys", en("Boys (under 18)")));
    assertEquals(en("Other or prefer not to say"), choice(derived, ItemId.of("1.6")).option("other").orElseThrow().label());
    Ranking groups = (Ranking) choice(derived, ItemId.of("2.4"));
    assertEquals(en("Boys (under 18)"), groups.option("boys").orElseThrow().label());
    assertEquals(List.of("men", "women", "boys", "girls"), codes(groups));
    assertTrue(groups.isFull());
  }

  @Test
  void renamingAnOptionOfThePriorityQuestionRenamesThePriority() {
    Instrument derived = derive(d -> d.renameOption(PRIORITY_QUESTION, "C", en("Training and guidance")));
    assertEquals(en("Training and guidance"), derived.priorities().get(2).label());
    assertEquals(en("Training and guidance"), choice(derived, PRIORITY_QUESTION).option("C").orElseThrow().label());
    assertEquals(derive(d -> d.renamePriority("C", en("Training and guidance"))), derived);
  }

  @Test
  void aRenamedOptionCanBeTranslated() {
    Instrument derived = derive(d -> d.renameOption(FORMS, "begging", en("Begging"))
        .translate("ru", Map.of("survey.question[2.2].option[begging]", "Попрошайничество")));
    ChoiceOption begging = choice(derived, MOST_PROMINENT_FORM).option("begging").orElseThrow();
    assertEquals("Begging", begging.label().english());
    assertEquals("Попрошайничество", begging.label().in("ru", "en"));
  }

  @Test
  void renamingAnOptionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameOption(FORMS, "fishing", en("Fishing")),
        "cannot rename option 'fishing' of question 2.2", "no such option");
  }

  @Test
  void renamingAnOptionOfAQuestionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameOption(ItemId.of("9.9"), "a", en("A")),
        "cannot rename option 'a' of question 9.9", "no such question");
  }

  @Test
  void renamingAnOptionOfAFreeTextOrAGridIsRejected() {
    assertRefused(d -> d.renameOption(ItemId.of("2.6"), "a", en("A")),
        "cannot rename option 'a' of question 2.6", "it is a free text and has no options");
    assertRefused(d -> d.renameOption(ItemId.of("3.1"), "adequate", en("Fine")),
        "question 3.1", "it is a grid and has no options");
  }

  @Test
  void renamingAnOptionOfAPriorityThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameOption(PRIORITY_QUESTION, "Z", en("None")),
        "cannot rename priority 'Z'", "no such priority");
  }

  @Test
  void editingTheOptionsOfAFollowUpIsRefusedNamingItsParent() {
    String rule = "it is a follow-up and must offer exactly the options of 2.2";
    assertRefused(d -> d.renameOption(MOST_PROMINENT_FORM, "begging", en("Begging")),
        "cannot rename option 'begging' of question 2.2.1", rule);
    assertRefused(d -> d.dropOption(MOST_PROMINENT_FORM, "begging"),
        "cannot drop option 'begging' of question 2.2.1", rule);
    assertRefused(d -> d.addOption(MOST_PROMINENT_FORM, ChoiceOption.of("fishing", en("Fishing"))),
        "cannot add option 'fishing' to question 2.2.1", rule);
  }

  @Test
  void addingAnOptionToASingleChoiceAndToARanking() {
    Instrument derived = derive(d -> d.addOption(ItemId.of("1.6"), ChoiceOption.of("no_answer", en("Prefer not to say")))
        .addOption(ItemId.of("2.4"), ChoiceOption.of("elderly", en("Elderly people"))));
    assertEquals(List.of("female", "male", "other", "no_answer"), codes(choice(derived, ItemId.of("1.6"))));
    Ranking groups = (Ranking) choice(derived, ItemId.of("2.4"));
    assertEquals(5, groups.maxRanked());
    assertTrue(groups.isFull());
  }

  @Test
  void addingAnOptionWhoseCodeIsTakenIsRejectedNamingTheQuestion() {
    assertRefused(d -> d.addOption(FORMS, ChoiceOption.of("begging", en("Begging again"))),
        "question 2.2", "option codes must be unique", "'begging'");
  }

  @Test
  void addingAnExclusiveOptionToAChooseThreeQuestionIsRejected() {
    assertRefused(d -> d.addOption(FORMS, none()),
        "question 2.2", "option 'none' is exclusive", "minSelections must be at most 1, but was 3");
  }

  @Test
  void addingAnExclusiveOptionToAChooseOneQuestionValidates() {
    Instrument derived = derive(d -> d.addOption(ItemId.of("1.6"), none()));
    assertTrue(choice(derived, ItemId.of("1.6")).option("none").orElseThrow().exclusive());
  }

  @Test
  void addingAnExclusiveOptionToARankingIsRejectedNamingTheRule() {
    // no ranking can satisfy an option that must be chosen alone
    assertRefused(d -> d.addOption(ItemId.of("2.4"), none()),
        "question 2.4", "option 'none' is exclusive", "a ranking must not have exclusive options");
  }

  @Test
  void addingAnOptionToAQuestionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.addOption(ItemId.of("9.9"), ChoiceOption.of("a", en("A"))),
        "cannot add option 'a' to question 9.9", "no such question");
  }

  @Test
  void droppingAnOptionBelowAChooseThreeIsRejectedNamingTheRule() {
    assertRefused(d -> d.dropOption(FORMS, "begging").dropOption(FORMS, "other").dropOption(FORMS, "organ_removal"),
        "question 2.2", "maxSelections must be at most the 2 options");
  }

  // --- interview guide -------------------------------------------------------------------------

  @Test
  void addingAnInterviewQuestionPutsItAtTheEndOfItsSectionAndItCanBeLinked() {
    InterviewQuestion shelters = InterviewQuestion.of(InterviewQuestionId.of("4.2"), en("Who runs the shelters?"),
        List.of(en("Are they funded by the state?")));
    Instrument derived = derive(d -> d.addInterviewQuestion(SectionId.of("4"), shelters)
        .link(CriterionId.of("2.1"), shelters.id()));
    var section = derived.interviewGuide().section(SectionId.of("4")).orElseThrow();
    assertEquals(List.of(InterviewQuestionId.of("4.1"), InterviewQuestionId.of("4.2")),
        section.questions().stream().map(InterviewQuestion::id).toList());
    assertEquals(shelters, derived.interviewGuide().question(shelters.id()).orElseThrow());
    assertEquals(List.of(CriterionId.of("2.1")), derived.criteriaInformedBy(shelters.id()));
    assertEquals(original.survey(), derived.survey());
  }

  @Test
  void anAddedInterviewQuestionCanBeTranslated() {
    InterviewQuestion q = InterviewQuestion.of(InterviewQuestionId.of("1.2"), en("How long have you worked here?"),
        List.of(en("In this role?")));
    Instrument derived = derive(d -> d.addInterviewQuestion(SectionId.of("1"), q)
        .translate("ru", Map.of("guide.question[1.2].text", "Как долго вы здесь работаете?",
            "guide.question[1.2].prompt[1]", "В этой должности?")));
    InterviewQuestion translated = derived.interviewGuide().question(q.id()).orElseThrow();
    assertEquals("Как долго вы здесь работаете?", translated.text().in("ru", "en"));
    assertEquals("В этой должности?", translated.prompts().get(0).in("ru", "en"));
  }

  @Test
  void addingAnInterviewQuestionToASectionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.addInterviewQuestion(SectionId.of("9"),
            InterviewQuestion.of(InterviewQuestionId.of("9.1"), en("Why?"), List.of())),
        "cannot add interview question 9.1", "interview section 9 does not exist");
  }

  @Test
  void addingAnInterviewQuestionWhoseIdIsTakenIsRejected() {
    assertRefused(d -> d.addInterviewQuestion(SectionId.of("4"),
            InterviewQuestion.of(InterviewQuestionId.of("3.1"), en("Again?"), List.of())),
        "cannot add interview question 3.1 to interview section 4", "interview question ids must be unique",
        "3.1 exists");
  }

  @Test
  void droppingAnInterviewQuestionRemovesItFromTheGuideAndFromItsLink() {
    Instrument derived = derive(d -> d.dropInterviewQuestion(InterviewQuestionId.of("3.2")));
    assertTrue(derived.interviewGuide().question(InterviewQuestionId.of("3.2")).isEmpty());
    assertEquals(List.of(InterviewQuestionId.of("3.1")),
        derived.interviewGuide().section(SectionId.of("3")).orElseThrow().questions().stream()
            .map(InterviewQuestion::id).toList());
    CriterionLink link = derived.link(CriterionId.of("1.2")).orElseThrow();
    assertEquals(List.of(), link.interviewQuestions());
    assertEquals(original.link(CriterionId.of("1.2")).orElseThrow().surveyItems(), link.surveyItems());
    assertTrue(derived.criteriaInformedBy(InterviewQuestionId.of("3.2")).isEmpty());
  }

  @Test
  void droppingTheLastInterviewQuestionOfASectionKeepsTheSection() {
    Instrument derived = derive(d -> d.dropInterviewQuestion(InterviewQuestionId.of("4.1")));
    assertEquals(List.of(), derived.interviewGuide().section(SectionId.of("4")).orElseThrow().questions());
    assertEquals(original.interviewGuide().sections().size(), derived.interviewGuide().sections().size());
    assertEquals(List.of(), derived.link(CriterionId.of("2.1")).orElseThrow().interviewQuestions());
  }

  @Test
  void droppingAnInterviewQuestionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.dropInterviewQuestion(InterviewQuestionId.of("9.9")),
        "cannot drop interview question 9.9", "no such interview question");
  }

  @Test
  void droppingAnInterviewQuestionThenLinkingItFailsAtBuildWithTheLinkRule() {
    assertRefused(d -> d.dropInterviewQuestion(InterviewQuestionId.of("3.1")).link(CriterionId.of("1.1"),
            InterviewQuestionId.of("3.1")),
        "link of criterion 1.1", "interview question 3.1 does not exist", InstrumentValidation.LINKS);
  }

  @Test
  void renamingAnInterviewQuestionChangesOnlyItsText() {
    Instrument derived = derive(d -> d.renameInterviewQuestion(InterviewQuestionId.of("3.1"),
        en("Is there a national referral mechanism?")));
    InterviewQuestion q = derived.interviewGuide().question(InterviewQuestionId.of("3.1")).orElseThrow();
    assertEquals(en("Is there a national referral mechanism?"), q.text());
    assertEquals(original.interviewGuide().question(InterviewQuestionId.of("3.1")).orElseThrow().prompts(), q.prompts());
    assertEquals(original.interviewGuide().question(InterviewQuestionId.of("3.2")),
        derived.interviewGuide().question(InterviewQuestionId.of("3.2")));
    assertEquals(original.links(), derived.links());
  }

  @Test
  void renamingAnInterviewQuestionThatDoesNotExistIsRejected() {
    assertRefused(d -> d.renameInterviewQuestion(InterviewQuestionId.of("9.9"), en("Nothing")),
        "cannot rename interview question 9.9", "no such interview question");
  }

  // --- renaming translated elements ------------------------------------------------------------

  /** The minimal instrument with every text translated into French ("fr " + the English text). */
  static Instrument french() {
    Map<String, String> texts = new LinkedHashMap<>();
    InstrumentTexts.of(minimal()).forEach((key, text) -> texts.put(key, "fr " + text.english()));
    return InstrumentTexts.translate(minimal(), "fr", texts);
  }

  /** One way to give an element a new text, with the element's translation key and name. */
  record Renaming(String name, String key, String element,
      BiFunction<InstrumentDerivation, LocalizedText, InstrumentDerivation> rename) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Renaming> renamings() {
    return List.of(
        new Renaming("criterion", "criterion[1.1].title", "criterion 1.1",
            (d, t) -> d.renameCriterion(CriterionId.of("1.1"), t)),
        new Renaming("area", "area[1].title", "area 1", (d, t) -> d.renameArea(AreaId.of("1"), t)),
        new Renaming("indicator", "indicator[1.1-F1]", "indicator 1.1-F1",
            (d, t) -> d.restateIndicator(IndicatorId.parse("1.1-F1"), t)),
        new Renaming("question", "survey.question[2.2].text", "question 2.2", (d, t) -> d.renameQuestion(FORMS, t)),
        new Renaming("grid statement", "survey.statement[3.1.2]", "statement 3.1.2 of grid 3.1",
            (d, t) -> d.renameQuestion(ItemId.of("3.1.2"), t)),
        new Renaming("option", "survey.question[2.2].option[begging]", "option 'begging' of question 2.2",
            (d, t) -> d.renameOption(FORMS, "begging", t)),
        new Renaming("option of a ranking", "survey.question[2.4].option[boys]", "option 'boys' of question 2.4",
            (d, t) -> d.renameOption(ItemId.of("2.4"), "boys", t)),
        new Renaming("priority", "priority[C]", "priority 'C'", (d, t) -> d.renamePriority("C", t)),
        new Renaming("priority through its option", "priority[C]", "priority 'C'",
            (d, t) -> d.renameOption(PRIORITY_QUESTION, "C", t)),
        new Renaming("interview question", "guide.question[3.1].text", "interview question 3.1",
            (d, t) -> d.renameInterviewQuestion(InterviewQuestionId.of("3.1"), t)),
        new Renaming("instrument title", "instrument.title", "the instrument's title", (d, t) -> d.title(t)));
  }

  private static LocalizedText text(Instrument instrument, String key) {
    return InstrumentTexts.of(instrument).get(key);
  }

  /** Every text but the one under {@code key} is the same in both instruments. */
  private static void assertOnlyChanged(Instrument before, Instrument after, String key) {
    Map<String, LocalizedText> expected = new LinkedHashMap<>(InstrumentTexts.of(before));
    Map<String, LocalizedText> actual = new LinkedHashMap<>(InstrumentTexts.of(after));
    expected.remove(key);
    actual.remove(key);
    assertEquals(expected, actual);
    assertEquals(before.languages(), after.languages());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamings")
  void renamingATranslatedElementWithoutItsLanguageIsRefusedNamingElementRuleAndLanguage(Renaming r) {
    Instrument fr = french();
    InstrumentDerivation derivation = r.rename().apply(fr.derive(), en("New words"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertEquals(1, e.problems().size(), e::getMessage);
    String problem = e.problems().get(0);
    assertTrue(problem.startsWith(r.element() + " was "), problem);
    assertTrue(problem.contains(" without a 'fr' text"), problem);
    assertTrue(problem.contains("replaces the old one in every language"), problem);
    assertTrue(problem.contains("translate(\"fr\", Map.of(\"" + r.key() + "\", …))"), problem);
    assertEquals(french(), fr, "the original is unchanged");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamings")
  void renamingATranslatedElementWithItsLanguageInTheNewTextKeepsExactlyTheNewText(Renaming r) {
    Instrument fr = french();
    LocalizedText renamed = en("New words").withText("fr", "Nouveaux mots");
    Instrument derived = r.rename().apply(fr.derive(), renamed).build();
    assertEquals(renamed, text(derived, r.key()));
    assertOnlyChanged(fr, derived, r.key());
    assertEquals(List.of(), InstrumentValidation.problems(derived));
    assertEquals(french(), fr, "the original is unchanged");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamings")
  void aTranslationInTheSameDerivationBeforeOrAfterTheRenameTranslatesTheNewText(Renaming r) {
    Instrument fr = french();
    Map<String, String> translation = Map.of(r.key(), "Traduit");
    Instrument before = r.rename().apply(fr.derive().translate("fr", translation), en("New words")).build();
    Instrument after = r.rename().apply(fr.derive(), en("New words")).translate("fr", translation).build();
    assertEquals(en("New words").withText("fr", "Traduit"), text(before, r.key()));
    assertEquals(before, after, "the order of translate and rename does not matter");
    assertEquals(before.hashCode(), after.hashCode());
    assertOnlyChanged(fr, before, r.key());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamings")
  void aTranslationInTheSameDerivationWinsOverTheNewTextsOwnText(Renaming r) {
    Instrument derived = r.rename().apply(french().derive(), en("New words").withText("fr", "Nouveaux mots"))
        .translate("fr", Map.of(r.key(), "Traduit"))
        .build();
    assertEquals(en("New words").withText("fr", "Traduit"), text(derived, r.key()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamings")
  void renamingAnElementThatHadNoTranslationNeedsNone(Renaming r) {
    // only criterion 2.1 is in French: every renamed element fell back to English, and still may
    Instrument partly = original.derive().translate("fr", Map.of("criterion[2.1].title", "Refuges")).build();
    Instrument derived = r.rename().apply(partly.derive(), en("New words")).build();
    assertEquals(en("New words"), text(derived, r.key()));
    assertEquals(List.of("en", "fr"), derived.languages());
  }

  @Test
  void renamingAnOptionOfATranslatedInstrumentWithoutFrenchIsRefusedNotSilentlyEnglish() {
    // the reviewer's reproduction: a translated option renamed in a later derivation
    Instrument fr = original.derive().translate("fr", Map.of(
            "survey.question[2.2].option[begging]", "Mendicité forcée",
            "criterion[1.1].title", "Mécanisme national d'orientation",
            "priority[C]", "Formation"))
        .build();
    InstrumentDerivation derivation = fr.derive().renameOption(FORMS, "begging", en("Forced begging or street work"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("option 'begging' of question 2.2 was renamed without a 'fr' text; "
        + "a new label replaces the old one in every language, so give it in the new label or with "
        + "translate(\"fr\", Map.of(\"survey.question[2.2].option[begging]\", …)) in the same derivation"),
        e.getMessage());
    // given in the new label, it is kept in the question and in its follow-up
    LocalizedText both = en("Forced begging or street work").withText("fr", "Mendicité ou travail de rue forcés");
    Instrument renamed = fr.derive().renameOption(FORMS, "begging", both).build();
    for (ItemId id : List.of(FORMS, MOST_PROMINENT_FORM)) {
      assertEquals(both, choice(renamed, id).option("begging").orElseThrow().label());
    }
    assertEquals(List.of("en", "fr"), renamed.languages());
  }

  @Test
  void aTranslationGivenBeforeARenameInTheSameDerivationIsAppliedToTheNewLabel() {
    // translations are applied after every other edit: the French given first translates the new label
    Instrument derived = original.derive()
        .translate("fr", Map.of("survey.question[2.2].option[begging]", "Mendicité"))
        .renameOption(FORMS, "begging", en("Begging"))
        .build();
    for (ItemId id : List.of(FORMS, MOST_PROMINENT_FORM)) {
      assertEquals(en("Begging").withText("fr", "Mendicité"), choice(derived, id).option("begging").orElseThrow().label());
    }
  }

  @Test
  void renamingWithoutSeveralLanguagesNamesEachOfThem() {
    Instrument twice = original.derive()
        .translate("fr", Map.of("criterion[1.1].title", "Mécanisme"))
        .translate("ka", Map.of("criterion[1.1].title", "მექანიზმი"))
        .build();
    InstrumentDerivation derivation = twice.derive().renameCriterion(CriterionId.of("1.1"), en("Referral"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("criterion 1.1 was renamed without texts in 'fr', 'ka'; "
        + "a new title replaces the old one in every language, so give them in the new title or with "
        + "translate(\"fr\", Map.of(\"criterion[1.1].title\", …)) and "
        + "translate(\"ka\", Map.of(\"criterion[1.1].title\", …))"), e.getMessage());
    // one of them given by a translation, the other in the new title
    Instrument derived = twice.derive().renameCriterion(CriterionId.of("1.1"), en("Referral").withText("ka", "ახალი"))
        .translate("fr", Map.of("criterion[1.1].title", "Orientation"))
        .build();
    assertEquals(LocalizedText.of(Map.of("en", "Referral", "ka", "ახალი", "fr", "Orientation")),
        derived.criterion(CriterionId.of("1.1")).orElseThrow().title());
  }

  @Test
  void everyRenamedElementWithoutItsLanguageIsReportedAtOnce() {
    InstrumentDerivation derivation = french().derive()
        .renameCriterion(CriterionId.of("1.2"), en("Tools"))
        .renameInterviewQuestion(InterviewQuestionId.of("4.1"), en("Shelters?"))
        .renamePriority("A", en("Referral"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertEquals(3, e.problems().size(), e::getMessage);
    assertTrue(e.problems().get(0).startsWith("criterion 1.2 was renamed"), e::getMessage);
    assertTrue(e.problems().get(1).startsWith("interview question 4.1 was renamed"), e::getMessage);
    assertTrue(e.problems().get(2).startsWith("priority 'A' was renamed"), e::getMessage);
  }

  @Test
  void renamingTwiceStillNeedsTheLanguagesOfTheOriginalText() {
    // the second rename drops the French that the original had and the first rename gave
    InstrumentDerivation derivation = french().derive()
        .renameQuestion(FORMS, en("Which forms?").withText("fr", "Quelles formes ?"))
        .renameQuestion(FORMS, en("Which forms of trafficking?"));
    InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, derivation::build);
    assertTrue(e.getMessage().contains("question 2.2 was renamed without a 'fr' text"), e.getMessage());
  }

  @Test
  void aLanguageThatOnlyAnEarlierRenameOfTheSameDerivationGaveIsNotRequired() {
    // the original criterion 1.1 is in English only; the French of the first rename never reached an instrument
    Instrument derived = original.derive()
        .renameCriterion(CriterionId.of("1.1"), en("Referral").withText("fr", "Orientation"))
        .renameCriterion(CriterionId.of("1.1"), en("Referral mechanism"))
        .build();
    assertEquals(en("Referral mechanism"), derived.criterion(CriterionId.of("1.1")).orElseThrow().title());
  }

  @Test
  void anElementAddedAgainAndRenamedHasNoTranslationToKeep() {
    // begging is dropped and added again: the new option is not the French original's option
    Instrument derived = french().derive()
        .dropOption(FORMS, "begging")
        .addOption(FORMS, ChoiceOption.of("begging", en("Begging").withText("fr", "Mendicité")))
        .renameOption(FORMS, "begging", en("Forced begging"))
        .build();
    assertEquals(en("Forced begging"), choice(derived, FORMS).option("begging").orElseThrow().label());
  }

  @Test
  void aRenamedElementThatIsThenDroppedOrDroppedAndAddedAgainNeedsNoTranslation() {
    Instrument derived = french().derive()
        .renameCriterion(CriterionId.of("1.2"), en("Tools"))
        .dropCriterion(CriterionId.of("1.2"))
        .renameOption(FORMS, "begging", en("Begging"))
        .dropOption(FORMS, "begging")
        .addOption(FORMS, ChoiceOption.of("begging", en("Begging")))
        .renameInterviewQuestion(InterviewQuestionId.of("3.2"), en("Tools?"))
        .dropInterviewQuestion(InterviewQuestionId.of("3.2"))
        .build();
    assertTrue(derived.criterion(CriterionId.of("1.2")).isEmpty());
    // an added option, like any untranslated text, falls back to the default language
    assertEquals(en("Begging"), choice(derived, FORMS).option("begging").orElseThrow().label());
    assertEquals(List.of("en", "fr"), derived.languages());
  }

  @Test
  void aNewTextMayUseALanguageThatATranslationOfTheSameDerivationAdds() {
    Instrument derived = original.derive()
        .renameCriterion(CriterionId.of("1.1"), en("Referral").withText("ka", "მიმართვა"))
        .translate("ka", Map.of())
        .build();
    assertEquals(List.of("en", "ka"), derived.languages());
    assertEquals("მიმართვა", derived.criterion(CriterionId.of("1.1")).orElseThrow().title().in("ka", "en"));
  }

  @Test
  void aNewTextInALanguageTheInstrumentDoesNotHaveIsRefusedByTheTextRule() {
    assertRefused(d -> d.renameCriterion(CriterionId.of("1.1"), en("Referral").withText("de", "Verweisung")),
        "criterion[1.1].title", "'de'", "only the instrument's languages");
  }
}
