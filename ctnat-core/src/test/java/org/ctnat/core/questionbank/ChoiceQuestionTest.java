package org.ctnat.core.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.junit.jupiter.api.Test;

/** Options and selection limits of single choice, multiple choice and ranking questions. */
class ChoiceQuestionTest {

  private static final ItemId ID = ItemId.of("2.2");

  private static List<ChoiceOption> options(String... codes) {
    return List.of(codes).stream().map(c -> ChoiceOption.of(c, LocalizedText.of("Option " + c))).toList();
  }

  private static final List<ChoiceOption> FOUR = options("a", "b", "c", "d");

  private static ImmutableMultipleChoice.Builder multiple() {
    return MultipleChoice.builder().id(ID).text(LocalizedText.of("Which?")).addAllOptions(FOUR);
  }

  private static ImmutableRanking.Builder ranking() {
    return Ranking.builder().id(ID).text(LocalizedText.of("Rank them.")).addAllOptions(FOUR);
  }

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  // --- options -------------------------------------------------------------------------------

  @Test
  void optionCodeWithASpaceIsRejected() {
    assertRejected(() -> ChoiceOption.of("forced labour", LocalizedText.of("Forced labour")),
        "option code", "'forced labour'");
  }

  @Test
  void singleChoiceWithADuplicateOptionCodeIsRejected() {
    assertRejected(() -> SingleChoice.builder().id(ItemId.of("1.6")).text(LocalizedText.of("Gender?"))
            .addAllOptions(options("female", "male", "female")).build(),
        "question 1.6", "option codes must be unique", "'female'");
  }

  @Test
  void singleChoiceWithoutOptionsIsRejected() {
    assertRejected(() -> SingleChoice.builder().id(ItemId.of("1.6")).text(LocalizedText.of("Gender?")).build(),
        "question 1.6", "at least one option");
  }

  @Test
  void multipleChoiceWithADuplicateOptionCodeIsRejected() {
    assertRejected(() -> multiple().addAllOptions(options("b")).build(),
        "question 2.2", "option codes must be unique", "'b'");
  }

  @Test
  void rankingWithADuplicateOptionCodeIsRejected() {
    assertRejected(() -> ranking().addAllOptions(options("c")).minRanked(1).maxRanked(1).build(),
        "question 2.2", "option codes must be unique", "'c'");
  }

  @Test
  void optionLookupFindsByCode() {
    SingleChoice q = SingleChoice.builder().id(ItemId.of("1.6")).text(LocalizedText.of("Gender?"))
        .addAllOptions(options("female", "male")).build();
    assertEquals(Optional.of(LocalizedText.of("Option female")), q.option("female").map(ChoiceOption::label));
    assertTrue(q.option("other").isEmpty());
  }

  // --- multiple choice -----------------------------------------------------------------------

  @Test
  void multipleChoiceChooseThreeIsAccepted() {
    MultipleChoice q = multiple().minSelections(3).maxSelections(3).build();
    assertEquals(3, q.effectiveMaxSelections());
  }

  @Test
  void multipleChoiceAllThatApplyHasNoMaximum() {
    MultipleChoice q = multiple().build();
    assertEquals(1, q.minSelections());
    assertEquals(Optional.empty(), q.maxSelections());
    assertEquals(4, q.effectiveMaxSelections());
  }

  @Test
  void multipleChoiceWithMinimumAboveMaximumIsRejected() {
    assertRejected(() -> multiple().minSelections(3).maxSelections(2).build(),
        "question 2.2", "minSelections (3) must not exceed maxSelections (2)");
  }

  @Test
  void multipleChoiceWithMaximumAboveTheNumberOfOptionsIsRejected() {
    assertRejected(() -> multiple().maxSelections(5).build(),
        "question 2.2", "maxSelections must be at most the 4 options", "was 5");
  }

  @Test
  void multipleChoiceWithMaximumBelowOneIsRejected() {
    assertRejected(() -> multiple().minSelections(0).maxSelections(0).build(),
        "question 2.2", "maxSelections must be at least 1", "was 0");
  }

  @Test
  void multipleChoiceWithNegativeMinimumIsRejected() {
    assertRejected(() -> multiple().minSelections(-1).build(),
        "question 2.2", "minSelections must be at least 0", "was -1");
  }

  @Test
  void multipleChoiceWithMinimumAboveTheNumberOfOptionsIsRejected() {
    assertRejected(() -> multiple().minSelections(5).build(),
        "question 2.2", "minSelections must be at most the 4 options", "was 5");
  }

  @Test
  void multipleChoiceWithoutOptionsIsRejected() {
    assertRejected(() -> MultipleChoice.builder().id(ID).text(LocalizedText.of("Which?")).build(),
        "question 2.2", "at least one option");
  }

  @Test
  void multipleChoiceCopyWithTooFewOptionsForItsMaximumIsRejected() {
    MultipleChoice q = multiple().minSelections(3).maxSelections(3).build();
    assertRejected(() -> q.withOptions(options("a", "b")), "question 2.2", "maxSelections must be at most the 2 options");
  }

  @Test
  void multipleChoiceChooseThreeWithAnExclusiveOptionIsRejected() {
    // "None of these" must be chosen alone, so it can never be part of a valid "choose three"
    ChoiceOption none = ChoiceOption.builder().code("none").label(LocalizedText.of("None of these"))
        .exclusive(true).build();
    assertRejected(() -> multiple().addOption(none).minSelections(3).maxSelections(3).build(),
        "question 2.2", "option 'none' is exclusive and can only be chosen alone",
        "minSelections must be at most 1, but was 3");
  }

  @Test
  void multipleChoiceWithAnExclusiveOptionAndAMinimumOfAtMostOneIsAccepted() {
    ChoiceOption none = ChoiceOption.builder().code("none").label(LocalizedText.of("None of these"))
        .exclusive(true).build();
    assertTrue(multiple().addOption(none).build().option("none").orElseThrow().exclusive());
    assertEquals(0, multiple().addOption(none).minSelections(0).maxSelections(3).build().minSelections());
  }

  @Test
  void multipleChoiceCopyGivenAnExclusiveOptionWhileChoosingThreeIsRejected() {
    MultipleChoice q = multiple().minSelections(3).maxSelections(3).build();
    List<ChoiceOption> withNone = new ArrayList<>(FOUR);
    withNone.add(ChoiceOption.builder().code("none").label(LocalizedText.of("None")).exclusive(true).build());
    assertRejected(() -> q.withOptions(withNone), "question 2.2", "option 'none' is exclusive",
        "minSelections must be at most 1");
  }

  // --- ranking -------------------------------------------------------------------------------

  @Test
  void fullRankingIsAccepted() {
    Ranking q = ranking().minRanked(4).maxRanked(4).build();
    assertTrue(q.isFull());
  }

  @Test
  void topThreeRankingIsAccepted() {
    Ranking q = ranking().minRanked(3).maxRanked(3).build();
    assertFalse(q.isFull());
  }

  @Test
  void rankingWithMinimumBelowOneIsRejected() {
    assertRejected(() -> ranking().minRanked(0).maxRanked(2).build(),
        "question 2.2", "minRanked must be at least 1", "was 0");
  }

  @Test
  void rankingWithMinimumAboveMaximumIsRejected() {
    assertRejected(() -> ranking().minRanked(3).maxRanked(2).build(),
        "question 2.2", "minRanked (3) must not exceed maxRanked (2)");
  }

  @Test
  void rankingWithMaximumAboveTheNumberOfOptionsIsRejected() {
    assertRejected(() -> ranking().minRanked(1).maxRanked(5).build(),
        "question 2.2", "maxRanked must be at most the 4 options", "was 5");
  }

  @Test
  void rankingWithoutOptionsIsRejected() {
    assertRejected(() -> Ranking.builder().id(ID).text(LocalizedText.of("Rank")).minRanked(1).maxRanked(1).build(),
        "question 2.2", "at least one option");
  }

  @Test
  void rankingWithAnExclusiveOptionIsRejected() {
    // "None of these" must be chosen alone, so no answer could rank it against the others
    ChoiceOption none = ChoiceOption.builder().code("none").label(LocalizedText.of("None of these"))
        .exclusive(true).build();
    assertRejected(() -> ranking().addOption(none).minRanked(1).maxRanked(1).build(),
        "question 2.2", "option 'none' is exclusive", "a ranking must not have exclusive options");
    assertRejected(() -> ranking().addOption(none).minRanked(5).maxRanked(5).build(),
        "question 2.2", "option 'none' is exclusive", "a ranking must not have exclusive options");
  }

  @Test
  void rankingCopyGivenAnExclusiveOptionIsRejected() {
    Ranking q = ranking().minRanked(4).maxRanked(4).build();
    List<ChoiceOption> withNone = new ArrayList<>(FOUR);
    withNone.add(ChoiceOption.builder().code("none").label(LocalizedText.of("None")).exclusive(true).build());
    assertRejected(() -> q.withOptions(withNone), "question 2.2", "option 'none' is exclusive",
        "a ranking must not have exclusive options");
    assertRejected(() -> q.withOptionsAdapted(withNone), "question 2.2", "option 'none' is exclusive");
  }

  @Test
  void rankingWithoutLimitsIsRejected() {
    // minRanked and maxRanked are mandatory attributes
    assertThrows(IllegalStateException.class, () -> ranking().build());
  }
}
