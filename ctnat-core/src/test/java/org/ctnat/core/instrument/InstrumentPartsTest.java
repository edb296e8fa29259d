package org.ctnat.core.instrument;

import static org.ctnat.core.instrument.TestInstruments.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.junit.jupiter.api.Test;

/** The parts of the instrument package that check themselves: links, priorities, notes, ids. */
class InstrumentPartsTest {

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void linkWithTheSameSurveyItemTwiceIsRejected() {
    assertRejected(() -> CriterionLink.of(CriterionId.of("1.3"),
            List.of(ItemId.of("3.1.5"), ItemId.of("3.1.6"), ItemId.of("3.1.5")), List.of()),
        "link of criterion 1.3", "survey items must be unique", "'3.1.5'");
  }

  @Test
  void linkWithTheSameInterviewQuestionTwiceIsRejected() {
    assertRejected(() -> CriterionLink.of(CriterionId.of("1.3"), List.of(),
            List.of(InterviewQuestionId.of("3.3"), InterviewQuestionId.of("3.3"))),
        "link of criterion 1.3", "interview questions must be unique", "'3.3'");
  }

  @Test
  void linkCopyWithADuplicateItemIsRejected() {
    CriterionLink link = CriterionLink.of(CriterionId.of("1.3"), List.of(ItemId.of("3.1.5")), List.of());
    assertRejected(() -> link.withSurveyItems(List.of(ItemId.of("3.1.5"), ItemId.of("3.1.5"))),
        "link of criterion 1.3");
  }

  @Test
  void priorityWithACodeThatIsNotACodeIsRejected() {
    assertRejected(() -> PriorityOption.builder().code("A B").label(en("Two letters")).build(),
        "priority code", "'A B'");
    assertRejected(() -> PriorityOption.builder().code("1").label(en("A digit")).build(),
        "priority code", "'1'");
    assertRejected(() -> PriorityOption.builder().code("").label(en("Empty")).build(),
        "priority code", "''");
  }

  @Test
  void priorityServingTheSameAreaTwiceIsRejected() {
    assertRejected(() -> PriorityOption.builder().code("A").label(en("Referral"))
            .addArea(AreaId.of("1")).addArea(AreaId.of("1")).build(),
        "priority A", "areas must be unique", "'1'");
  }

  @Test
  void priorityBecomesAnOptionWithTheSameCodeLabelAndSpecifyFlag() {
    PriorityOption other = PriorityOption.builder().code("Q").label(en("Other (please specify)")).specify(true).build();
    assertEquals("Q", other.toOption().code());
    assertEquals(en("Other (please specify)"), other.toOption().label());
    assertTrue(other.toOption().specify());
  }

  @Test
  void noteWithABlankTextIsRejected() {
    assertRejected(() -> InstrumentNote.of("N1", " "), "note N1", "must not be blank");
  }

  @Test
  void noteWithABadIdIsRejected() {
    assertRejected(() -> InstrumentNote.of("N 1", "Text"), "note id", "'N 1'");
  }

  @Test
  void instrumentIdWithCapitalsOrSpacesIsRejected() {
    assertRejected(() -> InstrumentId.of("CTNAT-2016"), "instrument id", "'CTNAT-2016'");
    assertRejected(() -> InstrumentId.of("ctnat 2016"), "instrument id", "'ctnat 2016'");
    assertRejected(() -> InstrumentId.of("-ctnat"), "instrument id", "'-ctnat'");
    assertEquals("ctnat-2016-geo", InstrumentId.of("ctnat-2016-geo").toString());
  }
}
