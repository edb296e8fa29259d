package org.ctnat.examples.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.examples.worked.WorkedExample.InvalidRow;
import org.ctnat.io.CsvProblem;
import org.ctnat.io.CsvReadResult;
import org.junit.jupiter.api.Test;

/**
 * The 2024 survey export: validation catches exactly the four rows broken on purpose, names their
 * rule, and keeps every other row, which are the assessment's responses.
 */
class WorkedExampleCsvTest {

  private static final CsvReadResult<List<SurveyResponse>> READ = WorkedExample.loadSurvey2024();

  @Test
  void theFourBrokenRowsAreLeftOutAndTheRestKept() {
    assertEquals(46, READ.report().rows());
    assertEquals(42, READ.report().responsesKept());
    assertEquals(4, READ.report().responsesLeftOut());
  }

  @Test
  void everyProblemIsOneOfTheIntendedRowsWithItsRule() {
    List<CsvProblem> problems = READ.report().problems();
    List<InvalidRow> intended = WorkedExample.invalidCsvRows();
    assertEquals(intended.size(), problems.size(), READ.report().toString());
    for (int i = 0; i < intended.size(); i++) {
      InvalidRow row = intended.get(i);
      CsvProblem problem = problems.get(i);
      assertEquals(row.row(), problem.row(), problem.toString());
      assertEquals(Optional.of(row.respondent()), problem.respondent(), problem.toString());
      assertEquals(Optional.of(row.rule()), problem.rule(), problem.toString());
      assertTrue(problem.header().equals(row.item().value()) || problem.header().startsWith(row.item() + "/"),
          problem + " is not in a column of " + row.item());
    }
  }

  @Test
  void theBrokenRowsBreakFourDifferentRules() {
    assertEquals(List.of(ViolationRule.TOO_MANY_SELECTIONS, ViolationRule.UNKNOWN_OPTION,
            ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, ViolationRule.DUPLICATE_RANK),
        WorkedExample.invalidCsvRows().stream().map(InvalidRow::rule).toList());
  }

  @Test
  void theKeptRowsAreTheAssessmentsResponsesInTheSameOrder() {
    assertEquals(WorkedExample.load2024().surveyResponses(), READ.value());
  }

  @Test
  void theRespondentsOfTheBrokenRowsAreNotInTheAssessment() {
    for (InvalidRow row : WorkedExample.invalidCsvRows()) {
      assertTrue(WorkedExample.load2024().surveyResponses().stream()
          .noneMatch(r -> r.respondent().id().equals(row.respondent())), row.toString());
    }
  }

  @Test
  void rowsAreNumberedAsASpreadsheetShowsThem() {
    InvalidRow first = WorkedExample.invalidCsvRows().get(0);
    assertEquals("VLDsur9", first.respondent().value());
    assertEquals(10, first.row(), "the header is row 1, VLDsur1 row 2");
  }
}
