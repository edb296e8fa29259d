package org.ctnat.core.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.ItemId;
import org.junit.jupiter.api.Test;

/** Building ranking answers from an order, and what they say about their ranks. */
class RankingAnswerTest {

  @Test
  void inOrderRanksTheCodesFromOne() {
    RankingAnswer answer = RankingAnswer.inOrder("B", "A", "D");
    assertEquals(List.of("B", "A", "D"), List.copyOf(answer.ranks().keySet()));
    assertEquals(Map.of("B", 1, "A", 2, "D", 3), answer.ranks());
    assertEquals(Optional.of("A"), answer.atRank(2));
    assertEquals(Optional.empty(), answer.atRank(4));
    assertTrue(answer.ranksInOrder());
    assertEquals(Optional.empty(), answer.otherText());
    assertEquals("1:B 2:A 3:D", answer.toString());
  }

  @Test
  void inOrderKeepsTheOtherText() {
    RankingAnswer answer = RankingAnswer.inOrder(List.of("E", "A"), Optional.of("Legal aid"));
    assertEquals(Map.of("E", 1, "A", 2), answer.ranks());
    assertEquals(Optional.of("Legal aid"), answer.otherText());
    assertEquals("1:E 2:A (\"Legal aid\")", answer.toString());
  }

  @Test
  void inOrderOfNothingIsAnEmptyRanking() {
    assertTrue(RankingAnswer.inOrder().ranks().isEmpty());
    assertTrue(RankingAnswer.inOrder(List.of(), Optional.empty()).ranksInOrder());
  }

  @Test
  void inOrderRefusesACodeRankedTwiceNamingItAndBothPositions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RankingAnswer.inOrder("A", "A", "B", "C"));
    assertTrue(e.getMessage().contains("'A' is ranked twice, at positions 1 and 2"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class,
        () -> RankingAnswer.inOrder(List.of("B", "C", "D", "C"), Optional.of("text")));
    assertTrue(e.getMessage().contains("'C' is ranked twice, at positions 2 and 4"), e.getMessage());
  }

  @Test
  void inOrderReportsTheFirstRepeat() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RankingAnswer.inOrder("A", "B", "B", "A"));
    assertTrue(e.getMessage().contains("'B' is ranked twice, at positions 2 and 3"), e.getMessage());
  }

  @Test
  void inOrderRefusesANullCode() {
    assertThrows(NullPointerException.class, () -> RankingAnswer.inOrder(Arrays.asList("A", null), Optional.empty()));
    List<String> nulls = new ArrayList<>();
    nulls.add(null);
    nulls.add(null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> RankingAnswer.inOrder(nulls, Optional.empty()));
    assertTrue(e.getMessage().contains("code"), e.getMessage());
  }

  @Test
  void repeatedRanksStillReachValidationThroughTheConstructor() {
    RankingAnswer answer = new RankingAnswer(Map.of("A", 1, "B", 1, "C", 2), Optional.empty());
    assertFalse(answer.ranksInOrder());
    Instrument instrument = TestInstruments.minimal();
    ValidationReport report = ResponseValidation.validate(instrument,
        SurveyResponse.to(instrument, Respondent.of("TSTsur1")).putAnswer(ItemId.of("8.1"), answer).build());
    assertTrue(report.violations().stream().anyMatch(v -> v.rule() == ViolationRule.DUPLICATE_RANK),
        report::toString);
  }
}
