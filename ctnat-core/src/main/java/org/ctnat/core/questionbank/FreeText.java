package org.ctnat.core.questionbank;

import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.immutables.value.Value;

/**
 * A question answered in the respondent's own words, such as 2.6 "Please briefly explain the
 * reasons why trafficking is growing, declining or neither...".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FreeText implements Question {

  FreeText() {}

  @Override
  public abstract ItemId id();

  @Override
  public abstract LocalizedText text();

  @Override
  public abstract Optional<LocalizedText> instruction();

  @Override
  public QuestionKind kind() {
    return QuestionKind.FREE_TEXT;
  }

  /**
   * A free-text question.
   *
   * @param id the id
   * @param text the text
   * @return the question
   */
  public static FreeText of(ItemId id, LocalizedText text) {
    return builder().id(id).text(text).build();
  }

  /**
   * A builder for a free-text question.
   *
   * @return a new builder
   */
  public static ImmutableFreeText.Builder builder() {
    return ImmutableFreeText.builder();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract FreeText withText(LocalizedText text);

  @Override
  public String toString() {
    return id() + " " + text() + " [free text]";
  }
}
