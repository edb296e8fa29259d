package org.ctnat.core.response;

/**
 * An answer to one survey item: one sealed family matching the question kinds —
 * {@link ChoiceAnswer} (single choice), {@link SelectionAnswer} (multiple choice),
 * {@link RankingAnswer} (ranking), {@link PointAnswer} (one statement of a grid) and
 * {@link TextAnswer} (free text).
 *
 * <p>An answer holds what the respondent gave, even when it breaks the question's rules (four
 * choices in a "choose three"): {@link ResponseValidation} reports such problems as
 * violations; nothing is repaired. All implementations are immutable and thread-safe.
 */
public sealed interface Answer permits ChoiceAnswer, SelectionAnswer, RankingAnswer, PointAnswer, TextAnswer {

  /**
   * A one-word name of the answer kind, for messages: {@code choice}, {@code selection},
   * {@code ranking}, {@code point}, {@code text}.
   *
   * @return the kind name
   */
  String kindName();
}
