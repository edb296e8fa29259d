package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/**
 * ODK Central CSV downloads: group paths joined by {@code -}, {@code meta-instanceID}, {@code
 * KEY} and Central's other metadata columns after the fields, select multiple split into 0/1
 * columns or not. Central exports no XLSX.
 */
class CentralCsvTest {

  private static final SubmissionReadResult SPLIT = Submissions.parseCsv(STANDARD,
      SubmissionSamples.resource("central-split.csv"), "central-split.csv");
  private static final SubmissionReadResult PLAIN = Submissions.parseCsv(STANDARD,
      SubmissionSamples.resource("central-plain.csv"), "central-plain.csv");

  private static void error(SubmissionReadResult read, int row, String header, Optional<ViolationRule> rule,
      String detail) {
    assertTrue(read.report().problemsInRow(row).stream().anyMatch(p -> p.isError() && p.header().equals(header)
        && p.rule().equals(rule) && p.detail().contains(detail)), () -> "row " + row + " " + header + " " + rule
        + " '" + detail + "' not in " + read.report());
  }

  @Test
  void centralsLayoutIsRecognised() {
    SubmissionLayout layout = SPLIT.report().layout();
    assertEquals(SubmissionPlatform.ODK_CENTRAL, layout.platform());
    assertEquals(Optional.of(','), layout.delimiter());
    assertEquals(Optional.of("-"), layout.groupSeparator());
    assertTrue(layout.listColumns() && layout.flagColumns());
    assertEquals("meta-instanceID", layout.respondentColumn());
  }

  @Test
  void withoutARespondentFieldTheInstanceIdIsTheRespondentId() {
    SurveyResponse full = SurveyResponse.builder().from(KoboCsvTest.fullResponse("x"))
        .respondent(Respondent.of("7c1d0001-1a2b-4c3d-8e4f-5a6b7c8d9e0f")).build();
    SurveyResponse rejected = SurveyResponse.to(STANDARD, Respondent.of("7c1d0002-1a2b-4c3d-8e4f-5a6b7c8d9e0f"))
        .answers(Map.of(ItemId.of("1.1"), ChoiceAnswer.of("armenia"))).build();
    assertEquals(List.of(full, rejected), SPLIT.responses());
    SubmissionMetadata metadata = SPLIT.submissions().get(1).metadata();
    assertEquals(Optional.of("rejected"), metadata.reviewState(), "kept whatever its review state");
    assertEquals(Optional.of("2016.1"), metadata.formVersion());
    assertEquals(Optional.of("2016-05-10T08:02:00.000Z"), metadata.submissionTime());
    assertTrue(!SPLIT.toString().contains("Enumerator Name") && !SPLIT.toString().contains("collect:"),
        "submitter names and device ids are never kept");
  }

  @Test
  void anotherFormVersionIsAnError() {
    error(SPLIT, 4, "FormVersion", Optional.of(ViolationRule.WRONG_INSTRUMENT), "form version '2015.9'");
    SubmissionReadResult older = Submissions.readCsv(STANDARD, new java.io.ByteArrayInputStream(
        SubmissionSamples.resource("central-split.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "central-split.csv", SubmissionOptions.defaults().withFormVersion("2015.9"));
    assertTrue(older.submissions().stream().anyMatch(s -> s.row() == 4), older.report()::toString);
    error(older, 2, "FormVersion", Optional.of(ViolationRule.WRONG_INSTRUMENT), "form version '2016.1'");
  }

  @Test
  void aSplitColumnHoldingTrueIsAnError() {
    error(SPLIT, 5, "s2-q2.2/other_specify", Optional.empty(), "'true' is not 0 or 1");
  }

  @Test
  void anUnknownColumnIsAWarningButAValueInAColumnNamedLikeAnItemIsAnError() {
    List<SubmissionProblem> warnings = SPLIT.report().warnings();
    assertEquals(1, warnings.size(), SPLIT.report()::toString);
    assertEquals("note_thanks", warnings.get(0).header());
    assertEquals(1, warnings.get(0).row());
    error(SPLIT, 6, "s9-q9.1", Optional.of(ViolationRule.UNKNOWN_ITEM), "has no such item");
    assertEquals(2, SPLIT.report().submissionsKept());
    assertEquals(3, SPLIT.report().submissionsLeftOut());
  }

  @Test
  void selectMultipleNotSplitWithoutGroupNamesIsReadToo() {
    SubmissionLayout layout = PLAIN.report().layout();
    assertEquals(Optional.empty(), layout.groupSeparator());
    assertTrue(layout.listColumns() && !layout.flagColumns());
    assertEquals("respondent", layout.respondentColumn());
    SurveyResponse first = SurveyResponse.to(STANDARD, Respondent.of("ARMsur1")).answers(Map.of(
        ItemId.of("1.1"), ChoiceAnswer.of("armenia"),
        ItemId.of("2.2"), SelectionAnswer.withOther("begging", "exploitation_in_prostitution",
            "forced_labour_or_services", "other_specify"),
        ItemId.of("2.4"), RankingAnswer.inOrder("adult_males", "adult_females", "male_children", "female_children"),
        ItemId.of("8.1"), RankingAnswer.inOrder(List.of("Q", "B", "C"), Optional.of("data, research")))).build();
    assertEquals(List.of(first), PLAIN.responses());
  }

  @Test
  void codesOutsideTheListGapsInRanksAndATruncatedRowAreErrors() {
    error(PLAIN, 3, "q2.2", Optional.of(ViolationRule.UNKNOWN_OPTION), "'begging' is not an option");
    error(PLAIN, 4, "q8.1_rank1", Optional.of(ViolationRule.MISSING_RANK), "without gaps");
    error(PLAIN, 5, "AttachmentsPresent", Optional.empty(), "is the file truncated");
    assertEquals(Optional.of(org.ctnat.core.response.RespondentId.of("ARMsur4")),
        PLAIN.report().problemsInRow(5).get(0).respondent());
  }
}
