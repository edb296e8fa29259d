package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/**
 * KoboToolbox CSV exports with "XML values and headers": semicolons (Kobo's default) and
 * commas, group paths joined by {@code /} and none, multiple choices as lists and 0/1 columns.
 */
class KoboCsvTest {

  private static final SubmissionReadResult SEMICOLON = Submissions.parseCsv(STANDARD,
      SubmissionSamples.resource("kobo-semicolon.csv"), "kobo-semicolon.csv");

  static SurveyResponse fullResponse(String id) {
    return SurveyResponse.to(STANDARD, Respondent.of(id)).answers(Map.of(
        ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"),
        ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "NGO – shelter coordinator"),
        ItemId.of("2.2"), SelectionAnswer.withOther("begging; \"street\" work", "forced_labour_or_services",
            "forced_marriage", "other_specify"),
        ItemId.of("2.2.1"), ChoiceAnswer.of("forced_marriage"),
        ItemId.of("2.4"), RankingAnswer.inOrder("female_children", "adult_females", "male_children", "adult_males"),
        ItemId.of("2.6"), TextAnswer.of("=1+1 is not a formula here;\npoverty and migration"),
        ItemId.of("3.1.4"), PointAnswer.of("adequate"),
        ItemId.of("8.1"), RankingAnswer.inOrder(List.of("J", "A", "Q"), Optional.of("more shelters")))).build();
  }

  private static void error(SubmissionReadResult read, int row, String header, Optional<ViolationRule> rule,
      String detail) {
    List<SubmissionProblem> problems = read.report().problemsInRow(row);
    assertTrue(problems.stream().anyMatch(p -> p.isError() && p.header().equals(header) && p.rule().equals(rule)
        && p.detail().contains(detail)), () -> "row " + row + " " + header + " " + rule + " '" + detail
        + "' not in " + read.report());
  }

  @Test
  void semicolonsAreRecognisedWithKobosGroupPathsAndBothMultipleChoiceLayouts() {
    SubmissionLayout layout = SEMICOLON.report().layout();
    assertEquals(SubmissionPlatform.KOBOTOOLBOX, layout.platform());
    assertEquals(Optional.of(';'), layout.delimiter());
    assertEquals(Optional.of("/"), layout.groupSeparator());
    assertTrue(layout.listColumns() && layout.flagColumns());
    assertEquals("respondent", layout.respondentColumn());
  }

  @Test
  void validRowsAreKeptEqualToTheResponsesGiven() {
    SurveyResponse partial = SurveyResponse.to(STANDARD, Respondent.of("AZEsur2")).answers(Map.of(
        ItemId.of("1.1"), ChoiceAnswer.of("georgia"), ItemId.of("3.1.4"), PointAnswer.of("inadequate"))).build();
    assertEquals(List.of(fullResponse("AZEsur1"), partial), SEMICOLON.responses());
    assertEquals(9, SEMICOLON.report().rows());
    assertEquals(2, SEMICOLON.report().submissionsKept());
    assertEquals(7, SEMICOLON.report().submissionsLeftOut());
    assertEquals(List.of(2, 3), SEMICOLON.submissions().stream().map(Submission::row).toList());
  }

  @Test
  void metadataIsKeptApartAndNothingPersonal() {
    SubmissionMetadata metadata = SEMICOLON.submissions().get(0).metadata();
    assertEquals(Optional.of("uuid:00000001-7d5b-4c5e-9a37-0c8a2f3e1d11"), metadata.instanceId());
    assertEquals(Optional.of("2016-05-04T06:22:01"), metadata.submissionTime());
    assertEquals(Optional.of("vQ8bLk3vJtmjNa8ZQ8dmTr"), metadata.formVersion());
    assertEquals(Optional.of(SubmissionSamples.KOBO_ASSET_UID), metadata.formId());
    assertEquals(Optional.empty(), metadata.reviewState());
    assertFalse(SEMICOLON.toString().contains("enumerator1"), "_submitted_by is never kept");
    assertTrue(SEMICOLON.report().warnings().isEmpty(), SEMICOLON.report()::toString);
  }

  @Test
  void kobosAssetUidInPlaceOfTheFormIdIsKeptButNotChecked() {
    assertTrue(SEMICOLON.report().problems().stream().noneMatch(p -> p.header().equals("_xform_id_string")),
        SEMICOLON.report()::toString);
    assertTrue(SEMICOLON.report().problems().stream()
        .noneMatch(p -> p.rule().equals(Optional.of(ViolationRule.WRONG_INSTRUMENT))), SEMICOLON.report()::toString);
  }

  @Test
  void anAssetUidGivenIsChecked() {
    SubmissionReadResult same = readSemicolon(SubmissionOptions.defaults()
        .withFormId(SubmissionSamples.KOBO_ASSET_UID));
    assertEquals(SEMICOLON.responses(), same.responses());
    SubmissionReadResult other = readSemicolon(SubmissionOptions.defaults().withFormId("aOtherProjectUid0000000"));
    assertEquals(List.of(), other.responses());
    for (int row = 2; row <= 10; row++) {
      error(other, row, "_xform_id_string", Optional.of(ViolationRule.WRONG_INSTRUMENT),
          "form id '" + SubmissionSamples.KOBO_ASSET_UID + "'");
    }
  }

  private static SubmissionReadResult readSemicolon(SubmissionOptions options) {
    return Submissions.readCsv(STANDARD, new java.io.ByteArrayInputStream(SubmissionSamples.resource(
        "kobo-semicolon.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "kobo-semicolon.csv", options);
  }

  @Test
  void aZeroOneColumnHoldingYesIsAnError() {
    error(SEMICOLON, 4, "s2/q2.2/forced_marriage", Optional.empty(), "'yes' is not 0 or 1");
  }

  @Test
  void aCodeNotInTheListIsAnError() {
    error(SEMICOLON, 5, "s1/q1.1", Optional.of(ViolationRule.UNKNOWN_OPTION), "'narnia' is not an option");
  }

  @Test
  void aListAndZeroOneColumnsThatDisagreeAreAnError() {
    error(SEMICOLON, 6, "s2/q2.2/slavery_or_servitude", Optional.empty(), "holds 0, but column 's2/q2.2' lists");
  }

  @Test
  void anOtherTextWithoutItsOptionIsAnError() {
    error(SEMICOLON, 7, "s1/q1.2_other_specify_text", Optional.of(ViolationRule.OTHER_TEXT_WITHOUT_OTHER),
        "'other_specify' was not chosen");
  }

  @Test
  void anOptionRankedTwiceIsAnError() {
    error(SEMICOLON, 8, "s8/q8.1_rank2", Optional.of(ViolationRule.DUPLICATE_SELECTION), "'J' is ranked 1 and again 2");
  }

  @Test
  void choosingTwoInAChooseThreeIsAnError() {
    error(SEMICOLON, 9, "s2/q2.2", Optional.of(ViolationRule.TOO_FEW_SELECTIONS), "chose 2 options");
  }

  @Test
  void aRespondentSubmittedTwiceIsKeptOnce() {
    error(SEMICOLON, 10, "respondent", Optional.of(ViolationRule.DUPLICATE_RESPONDENT), "AZEsur1");
    assertTrue(SEMICOLON.report().problemsInRow(10).get(0).respondent().isPresent());
  }

  @Test
  void everyRowLeftOutHasAProblemAndEveryRowKeptHasNone() {
    for (int row = 2; row <= 10; row++) {
      int r = row;
      boolean kept = SEMICOLON.submissions().stream().anyMatch(s -> s.row() == r);
      assertEquals(!kept, !SEMICOLON.report().problemsInRow(row).isEmpty(), () -> "row " + r);
    }
  }

  @Test
  void commasWithoutGroupNamesAndListsOnlyAreReadToo() {
    SubmissionReadResult read = Submissions.parseCsv(STANDARD, SubmissionSamples.resource("kobo-comma-nogroups.csv"),
        "kobo-comma-nogroups.csv");
    SubmissionLayout layout = read.report().layout();
    assertEquals(Optional.of(','), layout.delimiter());
    assertEquals(Optional.empty(), layout.groupSeparator());
    assertTrue(layout.listColumns() && !layout.flagColumns());
    SurveyResponse first = SurveyResponse.to(STANDARD, Respondent.of("GEOsur1")).answers(Map.of(
        ItemId.of("1.1"), ChoiceAnswer.of("georgia"),
        ItemId.of("2.2"), SelectionAnswer.withOther("begging", "slavery_or_servitude", "exploitation_in_prostitution",
            "other_specify"),
        ItemId.of("2.2.1"), ChoiceAnswer.of("slavery_or_servitude"),
        ItemId.of("3.1.4"), PointAnswer.of("somewhat_adequate"),
        ItemId.of("8.1"), RankingAnswer.inOrder("B", "C", "D"))).build();
    SurveyResponse unanswered = SurveyResponse.to(STANDARD, Respondent.of("GEOsur2")).build();
    assertEquals(List.of(first, unanswered), read.responses());
    error(read, 4, "q2.2", Optional.of(ViolationRule.TOO_FEW_SELECTIONS), "chose 2");
    error(read, 4, "q8.1_rank1", Optional.of(ViolationRule.RANKED_COUNT), "ranked 1 option");
  }

  @Test
  void theSeparatorCanBeGiven() {
    String csv = SubmissionSamples.resource("kobo-semicolon.csv");
    SubmissionReadResult read = Submissions.readCsv(STANDARD, new java.io.ByteArrayInputStream(
        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "kobo.csv", SubmissionOptions.defaults()
        .withDelimiter(';'));
    assertEquals(SEMICOLON.responses(), read.responses());
  }
}
