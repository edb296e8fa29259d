package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A question answered by choosing one option ("Choose one.", "Select answer."), such as 1.6
 * "What is your gender?" or 2.5 "Is trafficking a growing or declining problem...".
 *
 * <p>A <em>follow-up</em> refers to an earlier multiple choice with {@link #optionsFrom()}: its
 * options are that question's options, and an answer must be one of those chosen there (2.2.1
 * "Of the three you selected, which do you think is the most prominent form?"). A question
 * may also declare the {@link ProfileAttribute} its answer records (1.1 to 1.6).
 *
 * <p>Rules, checked when built: at least one option; option codes unique.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class SingleChoice implements Question, ChoiceQuestion {

  SingleChoice() {}

  @Override
  public abstract ItemId id();

  @Override
  public abstract LocalizedText text();

  @Override
  public abstract Optional<LocalizedText> instruction();

  @Override
  public abstract List<ChoiceOption> options();

  /**
   * The earlier multiple-choice question whose chosen options this follow-up offers.
   *
   * @return the parent question, or empty for an ordinary single choice
   */
  public abstract Optional<ItemId> optionsFrom();

  /**
   * The respondent-profile attribute this question records.
   *
   * @return the attribute, or empty
   */
  public abstract Optional<ProfileAttribute> profile();

  @Override
  public QuestionKind kind() {
    return QuestionKind.SINGLE_CHOICE;
  }

  /**
   * A builder for a single-choice question.
   *
   * @return a new builder
   */
  public static ImmutableSingleChoice.Builder builder() {
    return ImmutableSingleChoice.builder();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract SingleChoice withText(LocalizedText text);

  /**
   * A copy with other options (checked like a new question).
   *
   * @param options the options
   * @return the copy
   */
  public abstract SingleChoice withOptions(Iterable<? extends ChoiceOption> options);

  /**
   * A copy with other options; the same as {@link #withOptions(Iterable)}.
   *
   * @param options the options
   * @return the copy (checked like a new question)
   */
  @Override
  public SingleChoice withOptionsAdapted(Iterable<? extends ChoiceOption> options) {
    return withOptions(options);
  }

  @Value.Check
  void check() {
    String where = "question " + id();
    Checks.argument(!options().isEmpty(), where + ": a single choice must have at least one option");
    Checks.unique(where, "option code", options(), ChoiceOption::code);
  }

  @Override
  public String toString() {
    return Questions.describe(this, "single choice" + optionsFrom().map(p -> " of those chosen in " + p).orElse(""), options());
  }
}
