package org.ctnat.core.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctnat.core.framework.LocalizedText;
import org.junit.jupiter.api.Test;

/** Grids and the survey: statements present and unique; question and item ids unique. */
class GridAndSurveyTest {

  private static LocalizedText en(String text) {
    return LocalizedText.of(text);
  }

  private static GridStatement statement(String id) {
    return GridStatement.of(ItemId.of(id), en("Statement " + id));
  }

  private static ImmutableGrid.Builder grid(String id) {
    return Grid.builder().id(ItemId.of(id)).text(en("How adequate?")).scale(ScaleId.of("adequacy"));
  }

  private static FreeText freeText(String id) {
    return FreeText.of(ItemId.of(id), en("Explain " + id));
  }

  private static SurveySection section(String id, Question... questions) {
    return SurveySection.builder().id(SectionId.of(id)).title(en("Section " + id)).addQuestions(questions).build();
  }

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void gridWithoutStatementsIsRejected() {
    assertRejected(() -> grid("3.1").build(), "grid 3.1", "at least one statement");
  }

  @Test
  void gridWithADuplicateStatementIdIsRejected() {
    assertRejected(() -> grid("3.1").addStatement(statement("3.1.1")).addStatement(statement("3.1.2"))
            .addStatement(statement("3.1.1")).build(),
        "grid 3.1", "statement ids must be unique", "'3.1.1'");
  }

  @Test
  void gridItemsAreItsStatements() {
    Grid g = grid("3.1").addStatement(statement("3.1.1")).addStatement(statement("3.1.2")).build();
    assertEquals(List.of(ItemId.of("3.1.1"), ItemId.of("3.1.2")), g.itemIds());
    assertEquals(List.of(ItemId.of("2.6")), freeText("2.6").itemIds());
  }

  @Test
  void gridCopyWithoutStatementsIsRejected() {
    Grid g = grid("3.1").addStatement(statement("3.1.1")).build();
    assertRejected(() -> g.withStatements(List.of()), "grid 3.1", "at least one statement");
  }

  @Test
  void surveySectionWithADuplicateQuestionIdIsRejected() {
    assertRejected(() -> section("2", freeText("2.6"), freeText("2.6")),
        "survey section 2", "question ids must be unique", "'2.6'");
  }

  @Test
  void surveyWithTheSameQuestionIdInTwoSectionsIsRejected() {
    assertRejected(() -> Survey.builder().title(en("Survey"))
            .addSection(section("2", freeText("2.6")))
            .addSection(section("3", freeText("2.6")))
            .build(),
        "survey", "question ids must be unique", "'2.6'");
  }

  @Test
  void surveyWithADuplicateSectionIdIsRejected() {
    assertRejected(() -> Survey.builder().title(en("Survey"))
            .addSection(section("2", freeText("2.6")))
            .addSection(section("2", freeText("2.7")))
            .build(),
        "survey", "section ids must be unique", "'2'");
  }

  @Test
  void surveyWithAGridStatementIdEqualToAQuestionIdIsRejected() {
    assertRejected(() -> Survey.builder().title(en("Survey"))
            .addSection(section("2", freeText("2.6")))
            .addSection(section("3", grid("3.1").addStatement(statement("3.1.1")).addStatement(statement("2.6")).build()))
            .build(),
        "survey", "item ids must be unique", "'2.6'");
  }

  @Test
  void surveyWithTheSameStatementIdInTwoGridsIsRejected() {
    assertRejected(() -> Survey.builder().title(en("Survey"))
            .addSection(section("3",
                grid("3.1").addStatement(statement("3.1.1")).build(),
                grid("3.2").addStatement(statement("3.1.1")).build()))
            .build(),
        "survey", "item ids must be unique", "'3.1.1'");
  }

  @Test
  void surveyWithAGridStatementIdEqualToItsOwnGridIdIsRejected() {
    assertRejected(() -> Survey.builder().title(en("Survey"))
            .addSection(section("3", grid("3.1").addStatement(statement("3.1")).build()))
            .build(),
        "survey", "item ids must be unique", "'3.1'");
  }

  @Test
  void surveyFindsQuestionsAndTheQuestionOfAnItem() {
    Grid g = grid("3.1").addStatement(statement("3.1.1")).build();
    Survey survey = Survey.builder().title(en("Survey"))
        .addSection(section("2", freeText("2.6")))
        .addSection(section("3", g))
        .build();
    assertEquals(List.of(ItemId.of("2.6"), ItemId.of("3.1.1")), survey.itemIds());
    assertEquals(g, survey.questionOf(ItemId.of("3.1.1")).orElseThrow());
    assertTrue(survey.question(ItemId.of("3.1.1")).isEmpty());
    assertEquals(QuestionKind.GRID, survey.question(ItemId.of("3.1")).orElseThrow().kind());
  }
}
