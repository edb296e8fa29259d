package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;

/**
 * A survey question: one sealed family of kinds — {@link SingleChoice}, {@link
 * MultipleChoice}, {@link Ranking}, {@link Grid} and {@link FreeText}.
 *
 * <p>A question is also an <em>item</em> (something a response answers) unless it is a grid,
 * whose items are its statements: {@link #itemIds()} lists them. Switch on {@link #kind()} (or
 * use {@code instanceof}) to handle each kind.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Question
    permits SingleChoice, MultipleChoice, Ranking, Grid, FreeText {

  /**
   * The question's id as numbered in the survey, e.g. {@code 2.2}.
   *
   * @return the id
   */
  ItemId id();

  /**
   * The question text, verbatim.
   *
   * @return the text
   */
  LocalizedText text();

  /**
   * The printed instruction, such as "(Choose three.)" or "Select answer.".
   *
   * @return the instruction, if any
   */
  Optional<LocalizedText> instruction();

  /**
   * Which kind of question this is.
   *
   * @return the kind
   */
  QuestionKind kind();

  /**
   * A copy with another text.
   *
   * @param text the new question text
   * @return the copy, of the same kind
   */
  Question withText(LocalizedText text);

  /**
   * The items a response answers: the question's own id, or for a grid its statements' ids.
   *
   * @return the item ids, in order
   */
  default List<ItemId> itemIds() {
    return List.of(id());
  }
}
