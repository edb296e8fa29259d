package org.ctnat.core.response;

import static org.ctnat.core.instrument.TestInstruments.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.junit.jupiter.api.Test;

/** Every rule of ResponseValidation, each with data that breaks it and the violation it reports. */
class ResponseValidationTest {

  private static final Instrument INSTRUMENT = TestInstruments.minimal();

  private static ImmutableSurveyResponse.Builder response() {
    return SurveyResponse.to(INSTRUMENT, Respondent.of("TSTsur1"));
  }

  private static ImmutableSurveyResponse.Builder valid() {
    return response()
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_labour", "begging", "sexual_exploitation"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging"))
        .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("women", "girls", "men", "boys"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("Poverty in rural areas."))
        .putAnswer(ItemId.of("3.1.1"), PointAnswer.of("adequate"))
        .putAnswer(ItemId.of("3.1.2"), PointAnswer.of("dont_know"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("B", "A", "D"));
  }

  /**
   * Asserts all four fields of a violation: who, where, which rule, and what (each part must be
   * in the detail).
   */
  private static Violation assertViolation(Violation v, String subject, String element, ViolationRule rule,
      String... detail) {
    assertEquals(RespondentId.of(subject), v.subject(), v::toString);
    assertEquals(java.util.Optional.of(element), v.element(), v::toString);
    assertEquals(rule, v.rule(), v::toString);
    for (String part : detail) {
      assertTrue(v.detail().contains(part), () -> v.detail() + " should contain " + part);
    }
    return v;
  }

  /** Asserts that the report has exactly one violation, and all four of its fields. */
  private static Violation only(ValidationReport report, String subject, String element, ViolationRule rule,
      String... detail) {
    assertEquals(1, report.violations().size(), report::toString);
    return assertViolation(report.violations().get(0), subject, element, rule, detail);
  }

  /** The only violation of respondent TSTsur1's response. */
  private static Violation only(ValidationReport report, ViolationRule rule, String element, String detail) {
    return only(report, "TSTsur1", element, rule, detail);
  }

  private static ValidationReport check(SurveyResponse response) {
    return ResponseValidation.validate(INSTRUMENT, response);
  }

  @Test
  void aCompleteValidResponseHasNoViolations() {
    ValidationReport report = check(valid().build());
    assertTrue(report.isValid(), report::toString);
    assertEquals("valid", report.toString());
  }

  @Test
  void missingAnswersAreNotViolations() {
    assertTrue(check(response().build()).isValid());
  }

  @Test
  void responseForAnotherVersionIsAViolation() {
    SurveyResponse response = valid().instrumentVersion("0.9").build();
    Violation v = only(check(response), ViolationRule.WRONG_INSTRUMENT, "instrument",
        "made for test-instrument 0.9, validated against test-instrument 1.0");
    assertEquals("TSTsur1 instrument WRONG_INSTRUMENT: made for test-instrument 0.9, validated against "
        + "test-instrument 1.0", v.toString());
    only(check(valid().instrumentId(InstrumentId.of("other")).build()), ViolationRule.WRONG_INSTRUMENT,
        "instrument", "made for other 1.0, validated against test-instrument 1.0");
  }

  @Test
  void answerToAnUnknownItemIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("9.9"), TextAnswer.of("x")).build()),
        ViolationRule.UNKNOWN_ITEM, "9.9", "no item 9.9");
  }

  @Test
  void answerToAGridInsteadOfItsStatementsIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("3.1"), PointAnswer.of("adequate")).build()),
        ViolationRule.UNKNOWN_ITEM, "3.1", "is a grid");
  }

  @Test
  void answerOfTheWrongKindIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("1.6"), TextAnswer.of("female")).build()),
        ViolationRule.WRONG_ANSWER_KIND, "1.6", "expected a choice");
  }

  @Test
  void unknownOptionIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("unknown")).build()),
        ViolationRule.UNKNOWN_OPTION, "1.6", "'unknown' is not an option");
  }

  @Test
  void unknownScalePointIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("3.1.3"), PointAnswer.of("excellent")).build()),
        ViolationRule.UNKNOWN_OPTION, "3.1.3", "not a point of scale adequacy");
  }

  @Test
  void choosingFourInAChooseThreeIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("2.2"),
        SelectionAnswer.of("forced_labour", "begging", "sexual_exploitation", "organ_removal")).build();
    only(check(response), ViolationRule.TOO_MANY_SELECTIONS, "2.2", "chose 4 options, at most 3 allowed");
  }

  @Test
  void choosingTwoInAChooseThreeIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_labour", "begging"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build();
    only(check(response), ViolationRule.TOO_FEW_SELECTIONS, "2.2", "chose 2 options, at least 3 required");
  }

  @Test
  void choosingAnOptionTwiceIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("2.2"),
        SelectionAnswer.of("forced_labour", "begging", "begging", "sexual_exploitation")).build();
    only(check(response), ViolationRule.DUPLICATE_SELECTION, "2.2", "'begging' is chosen twice");
  }

  /** The minimal instrument plus 2.3, "who identifies victims?", whose "don't know" excludes the rest. */
  private static final Instrument WITH_EXCLUSIVE = TestInstruments.withExclusiveOption();

  @Test
  void anExclusiveOptionCombinedWithAnotherIsAViolation() {
    SurveyResponse alone = SurveyResponse.to(WITH_EXCLUSIVE, Respondent.of("TSTsur1"))
        .putAnswer(ItemId.of("2.3"), SelectionAnswer.of("dont_know")).build();
    assertTrue(ResponseValidation.validate(WITH_EXCLUSIVE, alone).isValid());
    SurveyResponse others = SurveyResponse.to(WITH_EXCLUSIVE, Respondent.of("TSTsur1"))
        .putAnswer(ItemId.of("2.3"), SelectionAnswer.of("police", "ngos")).build();
    assertTrue(ResponseValidation.validate(WITH_EXCLUSIVE, others).isValid());
    SurveyResponse combined = SurveyResponse.to(WITH_EXCLUSIVE, Respondent.of("TSTsur1"))
        .putAnswer(ItemId.of("2.3"), SelectionAnswer.of("police", "dont_know")).build();
    only(ResponseValidation.validate(WITH_EXCLUSIVE, combined), "TSTsur1", "2.3", ViolationRule.EXCLUSIVE_COMBINED,
        "'dont_know' excludes the other options", "[police, dont_know] were chosen");
  }

  @Test
  void followUpMustBeOneOfTheThreeChosen() {
    SurveyResponse response = valid().putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("organ_removal")).build();
    only(check(response), ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "2.2.1",
        "'organ_removal' is not one of those chosen in 2.2");
  }

  @Test
  void followUpWithoutItsParentIsAViolation() {
    SurveyResponse response = response().putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging")).build();
    only(check(response), ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "2.2.1", "2.2 was not answered");
  }

  @Test
  void otherTextWithoutTheOtherOptionIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female", "text")).build();
    only(check(response), ViolationRule.OTHER_TEXT_WITHOUT_OTHER, "1.6", "asks for none");
    SurveyResponse ranked = valid().putAnswer(ItemId.of("8.1"),
        RankingAnswer.inOrder(List.of("A", "B", "C"), java.util.Optional.of("more funding"))).build();
    only(check(ranked), ViolationRule.OTHER_TEXT_WITHOUT_OTHER, "8.1", "no 'Other – please specify'");
  }

  @Test
  void otherTextWithTheOtherPriorityIsValid() {
    SurveyResponse response = valid().putAnswer(ItemId.of("8.1"),
        RankingAnswer.inOrder(List.of("E", "A", "B"), java.util.Optional.of("more funding"))).build();
    assertTrue(check(response).isValid(), () -> check(response).toString());
  }

  @Test
  void rankingFourInATopThreeIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("A", "B", "C", "D")).build();
    only(check(response), ViolationRule.RANKED_COUNT, "8.1", "ranked 4 options, exactly 3 required");
  }

  @Test
  void aFullRankingMissingOneGroupIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("women", "girls", "men"))
        .build();
    only(check(response), ViolationRule.RANKED_COUNT, "2.4", "ranked 3 options, exactly 4 required");
  }

  @Test
  void duplicateRankIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("8.1"),
        new RankingAnswer(Map.of("A", 1, "B", 1, "C", 2), java.util.Optional.empty())).build();
    only(check(response), ViolationRule.DUPLICATE_RANK, "8.1", "rank 1 is given more than once");
  }

  @Test
  void gapInTheRanksIsAViolation() {
    SurveyResponse response = valid().putAnswer(ItemId.of("8.1"),
        new RankingAnswer(Map.of("A", 1, "B", 2, "C", 4), java.util.Optional.empty())).build();
    only(check(response), ViolationRule.MISSING_RANK, "8.1", "are [1, 2, 4]");
  }

  @Test
  void blankFreeTextIsAViolation() {
    only(check(valid().putAnswer(ItemId.of("2.6"), TextAnswer.of("  ")).build()),
        ViolationRule.BLANK_TEXT, "2.6", "blank");
  }

  @Test
  void profileSetToAnUnknownCodeIsAViolation() {
    Respondent respondent = Respondent.builder().id(RespondentId.of("TSTsur1"))
        .putProfile(ProfileAttribute.GENDER, "unknown").build();
    only(check(SurveyResponse.to(INSTRUMENT, respondent).build()), ViolationRule.UNKNOWN_PROFILE_VALUE,
        "gender", "'unknown' is not an option of question 1.6");
  }

  @Test
  void everyViolationIsReportedNotOnlyTheFirst() {
    SurveyResponse response = valid()
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("unknown"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of(""))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("A", "B"))
        .build();
    ValidationReport report = check(response);
    assertEquals(3, report.violations().size(), report::toString);
    assertViolation(find(report, ViolationRule.UNKNOWN_OPTION), "TSTsur1", "1.6", ViolationRule.UNKNOWN_OPTION,
        "'unknown' is not an option");
    assertViolation(find(report, ViolationRule.BLANK_TEXT), "TSTsur1", "2.6", ViolationRule.BLANK_TEXT, "blank");
    assertViolation(find(report, ViolationRule.RANKED_COUNT), "TSTsur1", "8.1", ViolationRule.RANKED_COUNT,
        "ranked 2 options, exactly 3 required");
  }

  private static Violation find(ValidationReport report, ViolationRule rule) {
    List<Violation> of = report.violations().stream().filter(v -> v.rule() == rule).toList();
    assertEquals(1, of.size(), report::toString);
    return of.get(0);
  }

  @Test
  void theProfileComesFromTheProfileQuestions() {
    assertEquals(Map.of(ProfileAttribute.GENDER, "female"), valid().build().profile(INSTRUMENT));
    Respondent preset = Respondent.builder().id(RespondentId.of("TSTsur2"))
        .putProfile(ProfileAttribute.COUNTRY, "armenia").build();
    assertEquals(Map.of(ProfileAttribute.COUNTRY, "armenia"),
        SurveyResponse.to(INSTRUMENT, preset).build().profile(INSTRUMENT));
  }

  @Test
  void aRespondentTwiceInOneDataSetIsAViolation() {
    ValidationReport report = ResponseValidation.validateAll(INSTRUMENT, List.of(valid().build(), valid().build()));
    Violation v = only(report, ViolationRule.DUPLICATE_RESPONDENT, "respondent",
        "respondent TSTsur1 has more than one response");
    assertEquals("TSTsur1 respondent DUPLICATE_RESPONDENT: respondent TSTsur1 has more than one response",
        v.toString());
    assertTrue(ResponseValidation.validateAll(INSTRUMENT, List.of(valid().build(),
        SurveyResponse.to(INSTRUMENT, Respondent.of("TSTsur2")).build())).isValid());
  }

  @Test
  void personalDataNeverShowsInToString() {
    Respondent respondent = Respondent.builder().id(RespondentId.of("TSTsur3"))
        .personalData(PersonalData.of("Jane Doe", "jane@example.org")).build();
    assertTrue(!respondent.toString().contains("Jane") && !respondent.toString().contains("jane@"),
        respondent::toString);
    assertTrue(respondent.withoutPersonalData().personalData().isEmpty());
  }

  // ------------------------------------------------------------------ interviews

  private static ImmutableInterviewRecord.Builder interview() {
    return InterviewRecord.of(INSTRUMENT, "TSTint1")
        .putMetadata("country", "Testland")
        .participants(Participants.of(2, 1))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("3"), SectionId.of("8"))
        .putNote(InterviewQuestionId.of("3.1"), "The NRM exists on paper.")
        .putTheme(InterviewQuestionId.of("3.1"), List.of("nrm_on_paper"));
  }

  /** The only violation of interview TSTint1. */
  private static Violation onlyInterview(ValidationReport report, String element, ViolationRule rule,
      String... detail) {
    return only(report, "TSTint1", element, rule, detail);
  }

  @Test
  void aValidInterviewHasNoViolations() {
    ValidationReport report = ResponseValidation.validate(INSTRUMENT, interview().build());
    assertTrue(report.isValid(), report::toString);
  }

  @Test
  void interviewMissingAnAlwaysSectionIsAViolation() {
    InterviewRecord record = interview().sectionsCovered(List.of(SectionId.of("1"), SectionId.of("3"))).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "section 8", ViolationRule.MISSING_ALWAYS_SECTION,
        "section 8 (Priorities) is always asked but was not covered");
  }

  @Test
  void interviewForAnotherVersionIsAViolation() {
    InterviewRecord record = interview().instrumentVersion("0.9").build();
    Violation v = onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "instrument",
        ViolationRule.WRONG_INSTRUMENT, "made for test-instrument 0.9, validated against test-instrument 1.0");
    assertEquals("TSTint1 instrument WRONG_INSTRUMENT: made for test-instrument 0.9, validated against "
        + "test-instrument 1.0", v.toString());
    onlyInterview(ResponseValidation.validate(INSTRUMENT, interview().instrumentId(InstrumentId.of("other")).build()),
        "instrument", ViolationRule.WRONG_INSTRUMENT, "made for other 1.0, validated against test-instrument 1.0");
  }

  @Test
  void interviewCoveringNoElectiveSectionIsAViolation() {
    InterviewRecord record = interview().sectionsCovered(List.of(SectionId.of("1"), SectionId.of("8")))
        .notes(Map.of()).themes(Map.of()).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "elective sections (none)",
        ViolationRule.ELECTIVE_SECTION_COUNT, "covered none of the elective sections [3, 4]; the guide asks for 1 to 2");
  }

  /**
   * A guide with the standard guide's plan: sections 1, 7 and 8 always asked, and 2 or 3 of the
   * elective sections 2–6. One question per section (and 3.2, which the links need).
   */
  private static InterviewGuide standardLikeGuide() {
    var guide = InterviewGuide.builder().title(en("Interview guide"))
        .addMetadataField(MetadataField.builder().id("country").label(en("Country:")).required(true).build())
        .planInstruction(en("Choose two or three of the sets of questions 2 to 6."))
        .electiveMin(2)
        .electiveMax(3);
    for (int s = 1; s <= 8; s++) {
      var section = InterviewSection.builder().id(SectionId.of(Integer.toString(s))).title(en("Section " + s))
          .rule(s == 1 || s >= 7 ? SectionRule.ALWAYS : SectionRule.ELECTIVE)
          .addQuestion(InterviewQuestion.of(InterviewQuestionId.of(s + ".1"), en("Question " + s + ".1?"), List.of()));
      if (s == 3) {
        section.addQuestion(InterviewQuestion.of(InterviewQuestionId.of("3.2"), en("Question 3.2?"), List.of()));
      }
      guide.addSection(section.build());
    }
    return guide.build();
  }

  private static final Instrument STANDARD_LIKE = TestInstruments.minimalBuilder()
      .interviewGuide(standardLikeGuide()).build();

  /** An interview of the standard-like guide covering sections 1, 7, 8 and these electives. */
  private static InterviewRecord standardInterview(String... electives) {
    var record = InterviewRecord.of(STANDARD_LIKE, "TSTint2")
        .putMetadata("country", "Testland")
        .participants(Participants.of(1, 1))
        .addSectionsCovered(SectionId.of("1"));
    for (String elective : electives) {
      record.addSectionsCovered(SectionId.of(elective));
    }
    return record.addSectionsCovered(SectionId.of("7"), SectionId.of("8")).build();
  }

  @Test
  void interviewCoveringFourElectiveSectionsOfAGuideAskingTwoOrThreeIsAViolation() {
    assertTrue(ResponseValidation.validate(STANDARD_LIKE, standardInterview("2", "4")).isValid());
    assertTrue(ResponseValidation.validate(STANDARD_LIKE, standardInterview("3", "5", "6")).isValid());
    Violation v = only(ResponseValidation.validate(STANDARD_LIKE, standardInterview("2", "3", "4", "5")), "TSTint2",
        "elective sections 2, 3, 4, 5", ViolationRule.ELECTIVE_SECTION_COUNT,
        "covered elective sections [2, 3, 4, 5] of 2–6; the guide asks for 2 to 3");
    assertEquals("TSTint2 elective sections 2, 3, 4, 5 ELECTIVE_SECTION_COUNT: covered elective sections "
        + "[2, 3, 4, 5] of 2–6; the guide asks for 2 to 3", v.toString());
  }

  @Test
  void interviewCoveringOneElectiveSectionOfAGuideAskingTwoOrThreeIsAViolation() {
    only(ResponseValidation.validate(STANDARD_LIKE, standardInterview("4")), "TSTint2", "elective sections 4",
        ViolationRule.ELECTIVE_SECTION_COUNT, "covered elective sections [4] of 2–6; the guide asks for 2 to 3");
    only(ResponseValidation.validate(STANDARD_LIKE, standardInterview()), "TSTint2", "elective sections (none)",
        ViolationRule.ELECTIVE_SECTION_COUNT, "covered none of the elective sections 2–6; the guide asks for 2 to 3");
  }

  /** Any choice of the electives 2–6: valid with two or three, else one violation naming them. */
  @Test
  void electiveSectionCountHoldsForEveryChoiceOfElectives() {
    qt().forAll(integers().between(0, 31)).checkAssert(mask -> {
      List<String> electives = new ArrayList<>();
      for (int s = 2; s <= 6; s++) {
        if ((mask & (1 << (s - 2))) != 0) {
          electives.add(Integer.toString(s));
        }
      }
      ValidationReport report = ResponseValidation.validate(STANDARD_LIKE,
          standardInterview(electives.toArray(String[]::new)));
      if (electives.size() == 2 || electives.size() == 3) {
        assertTrue(report.isValid(), report::toString);
      } else {
        only(report, "TSTint2", "elective sections " + (electives.isEmpty() ? "(none)" : String.join(", ", electives)),
            ViolationRule.ELECTIVE_SECTION_COUNT, " 2–6; the guide asks for 2 to 3");
      }
    });
  }

  @Test
  void notesForASectionNotCoveredAreAViolation() {
    InterviewRecord record = interview().putNote(InterviewQuestionId.of("4.1"), "Shelters are full.").build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "question 4.1",
        ViolationRule.QUESTION_OUTSIDE_SECTIONS, "question 4.1 belongs to section 4, which was not covered");
  }

  @Test
  void unknownSectionQuestionAndFieldAreViolations() {
    InterviewRecord record = interview().addSectionsCovered(SectionId.of("9"))
        .putNote(InterviewQuestionId.of("9.9"), "?").putMetadata("colour", "green").build();
    ValidationReport report = ResponseValidation.validate(INSTRUMENT, record);
    RespondentId who = RespondentId.of("TSTint1");
    assertEquals(List.of(
        Violation.of(who, "section 9", ViolationRule.UNKNOWN_GUIDE_ELEMENT, "the guide has no section 9"),
        Violation.of(who, "question 9.9", ViolationRule.UNKNOWN_GUIDE_ELEMENT, "the guide has no question 9.9"),
        Violation.of(who, "field colour", ViolationRule.UNKNOWN_GUIDE_ELEMENT, "the guide has no metadata field colour")),
        report.violations());
  }

  @Test
  void missingRequiredMetadataIsAViolation() {
    InterviewRecord record = interview().metadata(Map.of()).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "field country", ViolationRule.MISSING_METADATA,
        "country (Country:) is required");
  }

  @Test
  void personalDataAmongTheMetadataIsAViolation() {
    InterviewRecord record = interview().putMetadata("respondent_name", "Jane Doe").build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "field respondent_name",
        ViolationRule.PERSONAL_DATA_MISPLACED, "respondent_name is personal data; keep it in personalData");
    InterviewRecord notPersonal = interview().putPersonalData("country", "Testland").build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, notPersonal), "field country",
        ViolationRule.PERSONAL_DATA_MISPLACED, "country is not a personal field of the guide; keep it in metadata");
    InterviewRecord kept = interview().putPersonalData("respondent_name", "Jane Doe").build();
    assertTrue(ResponseValidation.validate(INSTRUMENT, kept).isValid());
    assertTrue(!kept.toString().contains("Jane"), kept::toString);
  }

  @Test
  void invalidThemeCodeIsAViolation() {
    InterviewRecord record = interview().putTheme(InterviewQuestionId.of("3.1"), List.of("two words")).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), "question 3.1", ViolationRule.INVALID_THEME,
        "'two words' is not a theme code");
  }

  // ------------------------------------------------------------------ workshops

  @Test
  void aWorkshopGroupChoosesThreeKnownPriorities() {
    assertTrue(ResponseValidation.validate(INSTRUMENT, WorkshopResult.ranked("TSTws1", "A", "C", "D")).isValid());
    only(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "C", "Z")), "TSTws1", "Z",
        ViolationRule.UNKNOWN_PRIORITY, "'Z' is not a priority [A, B, C, D, E]");
  }

  @Test
  void aWorkshopGroupChoosingTooManyOrTooFewPrioritiesIsAViolation() {
    Violation v = only(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "C", "D", "B")),
        "TSTws1", "priorities A, C, D, B", ViolationRule.PRIORITY_COUNT, "chose 4 priorities, exactly 3 required");
    assertEquals("TSTws1 priorities A, C, D, B PRIORITY_COUNT: chose 4 priorities, exactly 3 required", v.toString());
    only(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "B")), "TSTws1", "priorities B",
        ViolationRule.PRIORITY_COUNT, "chose 1 priority, exactly 3 required");
    only(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1")), "TSTws1", "priorities (none)",
        ViolationRule.PRIORITY_COUNT, "chose 0 priorities, exactly 3 required");
  }

  @Test
  void aWorkshopGroupChoosingAPriorityTwiceIsAViolation() {
    ValidationReport report = ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "A", "C"));
    assertEquals(2, report.violations().size(), report::toString);
    assertViolation(report.violations().get(0), "TSTws1", "A", ViolationRule.PRIORITY_COUNT, "'A' is chosen twice");
    assertViolation(report.violations().get(1), "TSTws1", "priorities A, C", ViolationRule.PRIORITY_COUNT,
        "chose 2 priorities, exactly 3 required");
    ValidationReport unknownTwice = ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws2", "Z", "Z", "A", "C"));
    assertEquals(List.of(ViolationRule.UNKNOWN_PRIORITY, ViolationRule.PRIORITY_COUNT),
        unknownTwice.violations().stream().map(Violation::rule).toList(), "an unknown code chosen twice is unknown once: "
            + unknownTwice);
  }

  // ------------------------------------------------------------------ every violation

  /** Issue 3: each violation names respondent, element and rule — also those of a whole record. */
  @Test
  void everyViolationNamesSubjectElementAndRule() {
    SurveyResponse survey = valid().instrumentVersion("0.9")
        .putAnswer(ItemId.of("9.9"), TextAnswer.of("x"))
        .putAnswer(ItemId.of("1.6"), TextAnswer.of("female"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("begging", "begging", "unknown", "forced_labour",
            "organ_removal", "sexual_exploitation"))
        .putAnswer(ItemId.of("2.4"), new RankingAnswer(Map.of("men", 1, "women", 1, "x", 3),
            java.util.Optional.of("text")))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of(" "))
        .putAnswer(ItemId.of("3.1.1"), PointAnswer.of("excellent"))
        .build();
    InterviewRecord interview = interview().instrumentVersion("0.9")
        .sectionsCovered(List.of(SectionId.of("9")))
        .putTheme(InterviewQuestionId.of("4.1"), List.of("two words")).metadata(Map.of("colour", "x")).build();
    ValidationReport report = ResponseValidation.validateAll(INSTRUMENT, List.of(survey, survey))
        .plus(ResponseValidation.validate(INSTRUMENT, interview))
        .plus(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "Z", "Z")));
    Set<ViolationRule> rules = report.countByRule().keySet();
    assertTrue(rules.containsAll(Set.of(ViolationRule.WRONG_INSTRUMENT, ViolationRule.DUPLICATE_RESPONDENT,
        ViolationRule.ELECTIVE_SECTION_COUNT, ViolationRule.PRIORITY_COUNT, ViolationRule.MISSING_ALWAYS_SECTION,
        ViolationRule.UNKNOWN_ITEM, ViolationRule.WRONG_ANSWER_KIND, ViolationRule.MISSING_RANK)), report::toString);
    List<Violation> withoutElement = report.violations().stream().filter(v -> v.element().isEmpty()).toList();
    assertEquals(List.of(), withoutElement, report::toString);
    assertTrue(report.violations().stream().allMatch(v -> !v.element().get().isBlank()), report::toString);
    assertEquals(Set.of("TSTsur1", "TSTint1", "TSTws1"),
        report.violations().stream().map(v -> v.subject().toString()).collect(Collectors.toSet()));
  }
}
