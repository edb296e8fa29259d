package org.ctnat.core.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.SectionId;
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

  private static Violation only(ValidationReport report, ViolationRule rule, String element, String detail) {
    assertEquals(1, report.violations().size(), report::toString);
    Violation v = report.violations().get(0);
    assertEquals(rule, v.rule(), report::toString);
    assertEquals(element, v.element().orElse(null), report::toString);
    assertTrue(v.detail().contains(detail), () -> v.detail() + " should contain " + detail);
    assertEquals(RespondentId.of("TSTsur1"), v.subject());
    return v;
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
    Violation v = only(check(response), ViolationRule.WRONG_INSTRUMENT, null, "made for");
    assertTrue(v.detail().contains(INSTRUMENT.version()));
    assertTrue(check(valid().instrumentId(InstrumentId.of("other")).build()).violations().stream()
        .anyMatch(x -> x.rule() == ViolationRule.WRONG_INSTRUMENT));
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
    ValidationReport report = check(response);
    assertTrue(report.violations().stream().anyMatch(v -> v.rule() == ViolationRule.DUPLICATE_RANK
        && v.detail().contains("rank 1 is given more than once")), report::toString);
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
    assertEquals(3, check(response).violations().size(), () -> check(response).toString());
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
    only(report, ViolationRule.DUPLICATE_RESPONDENT, null, "more than one response");
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

  private static Violation onlyInterview(ValidationReport report, ViolationRule rule, String detail) {
    assertEquals(1, report.violations().size(), report::toString);
    Violation v = report.violations().get(0);
    assertEquals(rule, v.rule(), report::toString);
    assertTrue(v.detail().contains(detail), () -> v.detail() + " should contain " + detail);
    return v;
  }

  @Test
  void aValidInterviewHasNoViolations() {
    ValidationReport report = ResponseValidation.validate(INSTRUMENT, interview().build());
    assertTrue(report.isValid(), report::toString);
  }

  @Test
  void interviewMissingAnAlwaysSectionIsAViolation() {
    InterviewRecord record = interview().sectionsCovered(List.of(SectionId.of("1"), SectionId.of("3"))).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.MISSING_ALWAYS_SECTION,
        "section 8");
  }

  @Test
  void interviewCoveringNoElectiveSectionIsAViolation() {
    InterviewRecord record = interview().sectionsCovered(List.of(SectionId.of("1"), SectionId.of("8")))
        .notes(Map.of()).themes(Map.of()).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.ELECTIVE_SECTION_COUNT,
        "covered 0 elective sections, 1 to 2 required");
  }

  @Test
  void notesForASectionNotCoveredAreAViolation() {
    InterviewRecord record = interview().putNote(InterviewQuestionId.of("4.1"), "Shelters are full.").build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.QUESTION_OUTSIDE_SECTIONS,
        "belongs to section 4, which was not covered");
  }

  @Test
  void unknownSectionQuestionAndFieldAreViolations() {
    InterviewRecord record = interview().addSectionsCovered(SectionId.of("9"))
        .putNote(InterviewQuestionId.of("9.9"), "?").putMetadata("colour", "green").build();
    ValidationReport report = ResponseValidation.validate(INSTRUMENT, record);
    assertEquals(3, report.countByRule().get(ViolationRule.UNKNOWN_GUIDE_ELEMENT), report::toString);
  }

  @Test
  void missingRequiredMetadataIsAViolation() {
    InterviewRecord record = interview().metadata(Map.of()).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.MISSING_METADATA, "country");
  }

  @Test
  void personalDataAmongTheMetadataIsAViolation() {
    InterviewRecord record = interview().putMetadata("respondent_name", "Jane Doe").build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.PERSONAL_DATA_MISPLACED,
        "personal data");
    InterviewRecord kept = interview().putPersonalData("respondent_name", "Jane Doe").build();
    assertTrue(ResponseValidation.validate(INSTRUMENT, kept).isValid());
    assertTrue(!kept.toString().contains("Jane"), kept::toString);
  }

  @Test
  void invalidThemeCodeIsAViolation() {
    InterviewRecord record = interview().putTheme(InterviewQuestionId.of("3.1"), List.of("two words")).build();
    onlyInterview(ResponseValidation.validate(INSTRUMENT, record), ViolationRule.INVALID_THEME, "'two words'");
  }

  // ------------------------------------------------------------------ workshops

  @Test
  void aWorkshopGroupChoosesThreeKnownPriorities() {
    assertTrue(ResponseValidation.validate(INSTRUMENT, WorkshopResult.ranked("TSTws1", "A", "C", "D")).isValid());
    onlyInterview(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "C", "Z")),
        ViolationRule.UNKNOWN_PRIORITY, "'Z' is not a priority");
    onlyInterview(ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "C", "D", "B")),
        ViolationRule.PRIORITY_COUNT, "chose 4 priorities, exactly 3 required");
    assertEquals(2, ResponseValidation.validate(INSTRUMENT, WorkshopResult.of("TSTws1", "A", "A", "C"))
        .violations().size());
  }
}
