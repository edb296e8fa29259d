package org.ctnat.core.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctnat.core.framework.LocalizedText;
import org.junit.jupiter.api.Test;

/** The interview guide: elective limits, unique ids, and personal metadata never required. */
class InterviewGuideTest {

  private static LocalizedText en(String text) {
    return LocalizedText.of(text);
  }

  private static InterviewSection section(String id, SectionRule rule, String... questions) {
    return InterviewSection.builder().id(SectionId.of(id)).title(en("Section " + id)).rule(rule)
        .addAllQuestions(List.of(questions).stream()
            .map(q -> InterviewQuestion.of(InterviewQuestionId.of(q), en("Question " + q), List.of()))
            .toList())
        .build();
  }

  /** Sections 1 and 8 always, 3 and 4 elective. */
  private static ImmutableInterviewGuide.Builder guide() {
    return InterviewGuide.builder().title(en("Interview guide"))
        .addSection(section("1", SectionRule.ALWAYS, "1.1"))
        .addSection(section("3", SectionRule.ELECTIVE, "3.1", "3.2"))
        .addSection(section("4", SectionRule.ELECTIVE, "4.1"))
        .addSection(section("8", SectionRule.ALWAYS, "8.1"));
  }

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void guideWithOneToTwoOfTwoElectiveSectionsIsAccepted() {
    InterviewGuide g = guide().electiveMin(1).electiveMax(2).build();
    assertEquals(2, g.sections(SectionRule.ELECTIVE).size());
    assertEquals(2, g.sections(SectionRule.ALWAYS).size());
    assertEquals(5, g.questions().size());
    assertTrue(g.question(InterviewQuestionId.of("3.2")).isPresent());
  }

  @Test
  void guideWithElectiveMinimumAboveElectiveMaximumIsRejected() {
    assertRejected(() -> guide().electiveMin(2).electiveMax(1).build(),
        "interview guide", "electiveMin (2) must not exceed electiveMax (1)");
  }

  @Test
  void guideWithElectiveMaximumAboveTheNumberOfElectiveSectionsIsRejected() {
    assertRejected(() -> guide().electiveMin(1).electiveMax(3).build(),
        "interview guide", "electiveMax must be at most the 2 elective sections", "was 3");
  }

  @Test
  void guideWithNegativeElectiveMinimumIsRejected() {
    assertRejected(() -> guide().electiveMin(-1).electiveMax(1).build(),
        "interview guide", "electiveMin must be at least 0", "was -1");
  }

  @Test
  void guideWithoutElectiveSectionsAcceptsOnlyZeroElectives() {
    ImmutableInterviewGuide.Builder noElectives = InterviewGuide.builder().title(en("Guide"))
        .addSection(section("1", SectionRule.ALWAYS, "1.1"));
    assertEquals(0, noElectives.electiveMin(0).electiveMax(0).build().electiveMax());
    assertRejected(() -> InterviewGuide.builder().title(en("Guide"))
            .addSection(section("1", SectionRule.ALWAYS, "1.1")).electiveMin(0).electiveMax(1).build(),
        "electiveMax must be at most the 0 elective sections");
  }

  @Test
  void guideWithTheSameQuestionIdInTwoSectionsIsRejected() {
    assertRejected(() -> guide().electiveMin(1).electiveMax(2)
            .addSection(section("9", SectionRule.ALWAYS, "3.1")).build(),
        "interview guide", "question ids must be unique", "'3.1'");
  }

  @Test
  void guideWithADuplicateSectionIdIsRejected() {
    assertRejected(() -> guide().electiveMin(1).electiveMax(2)
            .addSection(section("3", SectionRule.ALWAYS, "9.1")).build(),
        "interview guide", "section ids must be unique", "'3'");
  }

  @Test
  void interviewSectionWithADuplicateQuestionIdIsRejected() {
    assertRejected(() -> section("3", SectionRule.ELECTIVE, "3.1", "3.1"),
        "interview section 3", "question ids must be unique", "'3.1'");
  }

  @Test
  void guideWithADuplicateMetadataFieldIsRejected() {
    MetadataField country = MetadataField.builder().id("country").label(en("Country:")).build();
    assertRejected(() -> guide().electiveMin(1).electiveMax(2).addMetadataField(country).addMetadataField(country).build(),
        "interview guide", "metadata field ids must be unique", "'country'");
  }

  @Test
  void personalMetadataFieldThatIsRequiredIsRejected() {
    assertRejected(() -> MetadataField.builder().id("respondent_name").label(en("Respondent name:"))
            .personal(true).required(true).build(),
        "metadata field respondent_name", "personal data must never be required");
  }

  @Test
  void personalMetadataFieldIsOptionalByDefault() {
    MetadataField name = MetadataField.builder().id("respondent_name").label(en("Name:")).personal(true).build();
    assertTrue(name.personal());
    assertFalse(name.required());
  }

  @Test
  void metadataFieldWithABadIdIsRejected() {
    assertRejected(() -> MetadataField.builder().id("respondent name").label(en("Name:")).build(),
        "metadata field id", "'respondent name'");
  }
}
