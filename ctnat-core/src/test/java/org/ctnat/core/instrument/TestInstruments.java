package org.ctnat.core.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.Survey;
import org.ctnat.core.questionbank.SurveySection;

/**
 * A small but complete instrument for tests, built only through the public builders.
 *
 * <p>Contents of {@link #minimal()}:
 * <ul>
 *   <li>framework: area 1 (criteria 1.1, 1.2) and area 2 (criterion 2.1)
 *   <li>scales: {@code adequacy} (adequate, neither, inadequate, non-substantive dont_know) and
 *       {@code agreement} (agree, disagree)
 *   <li>survey: section 1 profile (1.6 gender, profile GENDER); section 2 context (2.2 "choose
 *       three" of five forms, follow-up 2.2.1 with optionsFrom 2.2, full ranking 2.4, free text
 *       2.6); section 3 area 1 (grid 3.1 on adequacy, statements 3.1.1–3.1.3); section 4 area 2
 *       (grid 4.1 on agreement, statements 4.1.1–4.1.2); section 8 priorities (8.1 top-3 ranking
 *       of priorities A–E, the priority question)
 *   <li>priorities A (area 1), B (area 2), C (areas 1 and 2), D (no area), E "Other" (specify)
 *   <li>interview guide: section 1 ALWAYS, 3 ELECTIVE (area 1), 4 ELECTIVE (area 2), 8 ALWAYS;
 *       electiveMin 1, electiveMax 2; metadata fields country (required) and respondent_name
 *       (personal, not required)
 *   <li>links: 1.1 ← 3.1.1 / 3.1; 1.2 ← 3.1.2, 3.1.3 / 3.2; 2.1 ← 4.1.1, 4.1.2 / 4.1
 *   <li>one note N1; languages [en]
 * </ul>
 */
public final class TestInstruments {

  /** The multiple choice "choose three" and its follow-up. */
  public static final ItemId FORMS = ItemId.of("2.2");
  /** The follow-up of {@link #FORMS}. */
  public static final ItemId MOST_PROMINENT_FORM = ItemId.of("2.2.1");
  /** The priority question. */
  public static final ItemId PRIORITY_QUESTION = ItemId.of("8.1");

  private TestInstruments() {}

  /**
   * An English text.
   *
   * @param english the text
   * @return the localized text
   */
  public static LocalizedText en(String english) {
    return LocalizedText.of(english);
  }

  /**
   * A criterion with four English indicators.
   *
   * @param id the criterion id
   * @param title the English title
   * @return the criterion
   */
  public static Criterion criterion(String id, String title) {
    return Criterion.of(CriterionId.of(id), en(title),
        en(title + ": framework in place"),
        en(title + ": framework complete"),
        en(title + ": works in some places"),
        en(title + ": works everywhere"));
  }

  /**
   * The framework of the minimal instrument.
   *
   * @return areas 1 and 2
   */
  public static Framework framework() {
    return Framework.of(List.of(
        ThematicArea.builder().id(AreaId.of("1")).title(en("Identification and referral"))
            .addCriterion(criterion("1.1", "National referral mechanism"))
            .addCriterion(criterion("1.2", "Identification tools"))
            .build(),
        ThematicArea.builder().id(AreaId.of("2")).title(en("Protection and assistance"))
            .addCriterion(criterion("2.1", "Shelters"))
            .build()));
  }

  /**
   * The adequacy scale: three substantive points and "don't know".
   *
   * @return the scale
   */
  public static Scale adequacy() {
    return Scale.builder().id(ScaleId.of("adequacy")).title(en("Adequacy"))
        .addPoint(ScalePoint.of("adequate", en("Adequate"), Polarity.POSITIVE))
        .addPoint(ScalePoint.of("neither", en("Neither adequate nor inadequate"), Polarity.NEUTRAL))
        .addPoint(ScalePoint.of("inadequate", en("Inadequate"), Polarity.NEGATIVE))
        .addPoint(ScalePoint.nonSubstantive("dont_know", en("Don't know")))
        .build();
  }

  /**
   * The agreement scale: two substantive points.
   *
   * @return the scale
   */
  public static Scale agreement() {
    return Scale.builder().id(ScaleId.of("agreement")).title(en("Agreement"))
        .addPoint(ScalePoint.of("agree", en("Agree"), Polarity.POSITIVE))
        .addPoint(ScalePoint.of("disagree", en("Disagree"), Polarity.NEGATIVE))
        .build();
  }

  /**
   * The five options of the "choose three" question 2.2 (and of its follow-up 2.2.1).
   *
   * @return the options
   */
  public static List<ChoiceOption> forms() {
    return List.of(
        ChoiceOption.of("sexual_exploitation", en("Sexual exploitation")),
        ChoiceOption.of("forced_labour", en("Forced labour")),
        ChoiceOption.of("begging", en("Forced begging")),
        ChoiceOption.of("organ_removal", en("Organ removal")),
        ChoiceOption.specifying("other", en("Other – please specify")));
  }

  /**
   * The priorities A–E.
   *
   * @return the priorities
   */
  public static List<PriorityOption> priorities() {
    return List.of(
        PriorityOption.builder().code("A").label(en("Strengthening referral")).addArea(AreaId.of("1")).build(),
        PriorityOption.builder().code("B").label(en("More shelters")).addArea(AreaId.of("2")).build(),
        PriorityOption.builder().code("C").label(en("Training")).addArea(AreaId.of("1"))
            .addArea(AreaId.of("2")).build(),
        PriorityOption.builder().code("D").label(en("Research")).build(),
        PriorityOption.builder().code("E").label(en("Other (please specify)")).specify(true).build());
  }

  /**
   * Question 1.6, the gender question that records the GENDER profile attribute.
   *
   * @return the question
   */
  public static SingleChoice gender() {
    return SingleChoice.builder().id(ItemId.of("1.6")).text(en("What is your gender?"))
        .instruction(en("Select answer."))
        .addOption(ChoiceOption.of("female", en("Female")))
        .addOption(ChoiceOption.of("male", en("Male")))
        .addOption(ChoiceOption.of("other", en("Other")))
        .profile(ProfileAttribute.GENDER)
        .build();
  }

  /**
   * Question 2.2, "choose three" of the forms of trafficking.
   *
   * @return the question
   */
  public static MultipleChoice formsQuestion() {
    return MultipleChoice.builder().id(FORMS).text(en("Which forms of trafficking are most prevalent?"))
        .instruction(en("(Choose three.)"))
        .addAllOptions(forms())
        .minSelections(3)
        .maxSelections(3)
        .build();
  }

  /**
   * Question 2.2.1, the follow-up of 2.2.
   *
   * @return the question
   */
  public static SingleChoice followUp() {
    return SingleChoice.builder().id(MOST_PROMINENT_FORM)
        .text(en("Of the three you selected, which is the most prominent form?"))
        .addAllOptions(forms())
        .optionsFrom(FORMS)
        .build();
  }

  /**
   * Question 8.1, the top-three ranking of the priorities.
   *
   * @return the question
   */
  public static Ranking priorityRanking() {
    return Ranking.builder().id(PRIORITY_QUESTION).text(en("What should the priorities be?"))
        .addAllOptions(priorities().stream().map(PriorityOption::toOption).toList())
        .minRanked(3)
        .maxRanked(3)
        .optionHeading(en("Priority (Choose three)"))
        .rankHeading(en("Rank (from 1 to 3)"))
        .build();
  }

  /**
   * The survey of the minimal instrument.
   *
   * @return the survey
   */
  public static Survey survey() {
    return Survey.builder().title(en("Survey"))
        .respondentCode(en("Country + sur + number"))
        .introduction(en("Thank you for taking part."))
        .closing(en("Thank you."))
        .addSection(SurveySection.builder().id(SectionId.of("1")).title(en("Profile"))
            .addQuestion(gender())
            .build())
        .addSection(SurveySection.builder().id(SectionId.of("2")).title(en("Trafficking situation"))
            .description(en("This section asks about trafficking trends."))
            .context(true)
            .addQuestion(formsQuestion())
            .addQuestion(followUp())
            .addQuestion(Ranking.builder().id(ItemId.of("2.4"))
                .text(en("Rank the groups from most to least trafficked."))
                .addOption(ChoiceOption.of("men", en("Men")))
                .addOption(ChoiceOption.of("women", en("Women")))
                .addOption(ChoiceOption.of("boys", en("Boys")))
                .addOption(ChoiceOption.of("girls", en("Girls")))
                .minRanked(4)
                .maxRanked(4)
                .build())
            .addQuestion(FreeText.of(ItemId.of("2.6"), en("Please explain why.")))
            .build())
        .addSection(SurveySection.builder().id(SectionId.of("3")).title(en("Identification and referral"))
            .area(AreaId.of("1"))
            .addQuestion(Grid.builder().id(ItemId.of("3.1")).text(en("How adequate are these mechanisms?"))
                .instruction(en("Check only one box per line."))
                .scale(ScaleId.of("adequacy"))
                .rowHeading(en("Mechanism"))
                .addStatement(GridStatement.of(ItemId.of("3.1.1"), en("National referral mechanism")))
                .addStatement(GridStatement.of(ItemId.of("3.1.2"), en("Screening checklists")))
                .addStatement(GridStatement.of(ItemId.of("3.1.3"), en("Identification tools")))
                .build())
            .build())
        .addSection(SurveySection.builder().id(SectionId.of("4")).title(en("Protection and assistance"))
            .area(AreaId.of("2"))
            .addQuestion(Grid.builder().id(ItemId.of("4.1")).text(en("Do you agree?"))
                .scale(ScaleId.of("agreement"))
                .addStatement(GridStatement.of(ItemId.of("4.1.1"), en("Shelters are available")))
                .addStatement(GridStatement.of(ItemId.of("4.1.2"), en("Shelters are safe")))
                .build())
            .build())
        .addSection(SurveySection.builder().id(SectionId.of("8")).title(en("Priorities"))
            .addQuestion(priorityRanking())
            .build())
        .build();
  }

  /**
   * The interview guide of the minimal instrument.
   *
   * @return the guide
   */
  public static InterviewGuide interviewGuide() {
    return InterviewGuide.builder().title(en("Interview guide"))
        .interviewCode(en("Country + int + number"))
        .instructions(en("Read the information note first."))
        .informationNote(en("This interview is confidential."))
        .addMetadataField(MetadataField.builder().id("country").label(en("Country:")).required(true).build())
        .addMetadataField(MetadataField.builder().id("respondent_name").label(en("Respondent name:"))
            .personal(true).build())
        .planInstruction(en("Choose one or two sets of questions."))
        .electiveMin(1)
        .electiveMax(2)
        .addSection(InterviewSection.builder().id(SectionId.of("1")).title(en("Introduction"))
            .rule(SectionRule.ALWAYS)
            .addQuestion(InterviewQuestion.of(InterviewQuestionId.of("1.1"), en("What is your role?"), List.of()))
            .build())
        .addSection(InterviewSection.builder().id(SectionId.of("3")).title(en("Identification and referral"))
            .heading(en("The framework for identification and referral"))
            .rule(SectionRule.ELECTIVE)
            .area(AreaId.of("1"))
            .addQuestion(InterviewQuestion.of(InterviewQuestionId.of("3.1"), en("Is there an NRM?"),
                List.of(en("Who coordinates it?"), en("Is it written down?"))))
            .addQuestion(InterviewQuestion.of(InterviewQuestionId.of("3.2"),
                en("What criteria are used to identify victims?"), List.of(en("Are checklists used?"))))
            .build())
        .addSection(InterviewSection.builder().id(SectionId.of("4")).title(en("Protection and assistance"))
            .rule(SectionRule.ELECTIVE)
            .area(AreaId.of("2"))
            .addQuestion(InterviewQuestion.of(InterviewQuestionId.of("4.1"), en("Are shelters available?"), List.of()))
            .build())
        .addSection(InterviewSection.builder().id(SectionId.of("8")).title(en("Priorities"))
            .rule(SectionRule.ALWAYS)
            .addQuestion(InterviewQuestion.of(InterviewQuestionId.of("8.1"), en("What should change first?"), List.of()))
            .build())
        .closingInstructions(en("Thank the respondent."))
        .build();
  }

  /**
   * The links of the minimal instrument.
   *
   * @return one link per criterion
   */
  public static List<CriterionLink> links() {
    return List.of(
        CriterionLink.of(CriterionId.of("1.1"), List.of(ItemId.of("3.1.1")),
            List.of(InterviewQuestionId.of("3.1"))),
        CriterionLink.of(CriterionId.of("1.2"), List.of(ItemId.of("3.1.2"), ItemId.of("3.1.3")),
            List.of(InterviewQuestionId.of("3.2"))),
        CriterionLink.of(CriterionId.of("2.1"), List.of(ItemId.of("4.1.1"), ItemId.of("4.1.2")),
            List.of(InterviewQuestionId.of("4.1"))));
  }

  /**
   * A small valid instrument (see the class comment). Each call builds a new, equal instance.
   *
   * @return the instrument
   */
  public static Instrument minimal() {
    return Instrument.builder()
        .id(InstrumentId.of("test-instrument"))
        .version("1.0")
        .title(en("Test instrument"))
        .defaultLanguage("en")
        .addLanguage("en")
        .source("Written for the tests")
        .addNote(InstrumentNote.of("N1", "A note."))
        .framework(framework())
        .addScale(adequacy())
        .addScale(agreement())
        .survey(survey())
        .addAllPriorities(priorities())
        .priorityQuestion(PRIORITY_QUESTION)
        .interviewGuide(interviewGuide())
        .addAllLinks(links())
        .build();
  }

  /**
   * A builder pre-filled with {@link #minimal()}, so that a test can break one thing.
   *
   * @return the builder
   */
  public static ImmutableInstrument.Builder minimalBuilder() {
    return Instrument.builder().from(minimal());
  }

  /**
   * The minimal instrument plus 2.3, "who identifies victims?" (choose any), whose "don't
   * know" excludes the other options.
   *
   * @return the instrument
   */
  public static Instrument withExclusiveOption() {
    return minimalBuilder()
        .survey(surveyWith(SectionId.of("2"), MultipleChoice.builder().id(ItemId.of("2.3"))
            .text(en("Who identifies victims?"))
            .addOption(ChoiceOption.of("police", en("Police")))
            .addOption(ChoiceOption.of("ngos", en("NGOs")))
            .addOption(ChoiceOption.builder().code("dont_know").label(en("Don't know")).exclusive(true).build())
            .build()))
        .build();
  }

  /**
   * The minimal survey with one question replaced (matched by id) or, if no question has
   * that id, appended to the given section.
   *
   * @param section the section to append to if the question is new
   * @param question the question
   * @return the survey
   */
  public static Survey surveyWith(SectionId section, Question question) {
    return surveyWith(survey(), section, question);
  }

  /**
   * A survey with one question replaced (matched by id) or appended to a section.
   *
   * @param survey the survey
   * @param section the section to append to if the question is new
   * @param question the question
   * @return the survey
   */
  public static Survey surveyWith(Survey survey, SectionId section, Question question) {
    boolean replaced = survey.question(question.id()).isPresent();
    List<SurveySection> sections = new ArrayList<>();
    for (SurveySection s : survey.sections()) {
      List<Question> questions = new ArrayList<>();
      for (Question q : s.questions()) {
        questions.add(q.id().equals(question.id()) ? question : q);
      }
      if (!replaced && s.id().equals(section)) {
        questions.add(question);
      }
      sections.add(s.withQuestions(questions));
    }
    return survey.withSections(sections);
  }

  /**
   * The minimal framework with one criterion changed.
   *
   * @param id the criterion
   * @param edit the change
   * @return the framework
   */
  public static Framework frameworkWith(CriterionId id, UnaryOperator<Criterion> edit) {
    List<ThematicArea> areas = new ArrayList<>();
    for (ThematicArea area : framework().areas()) {
      areas.add(area.withCriteria(area.criteria().stream()
          .map(c -> c.id().equals(id) ? edit.apply(c) : c).toList()));
    }
    return Framework.of(areas);
  }
}
