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

import java.util.List;
import java.util.Map;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
