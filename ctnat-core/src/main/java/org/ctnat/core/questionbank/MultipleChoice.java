package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A question answered by choosing several options, within limits: "Choose all that apply"
 * (2.1: at least one, no maximum), "Choose three" (2.2: exactly three), "Choose no more than
 * three" (2.3: one to three).
 *
 * <p>Rules, checked when built: at least one option; option codes unique; {@code 0 <=
 * minSelections <= maxSelections <= number of options}; a maximum of at least 1; a minimum of
 * at most 1 if an option is {@linkplain ChoiceOption#exclusive() exclusive} (an option chosen
 * alone could never be chosen in "choose three").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MultipleChoice implements Question, ChoiceQuestion {

  MultipleChoice() {}

  @Override
  public abstract ItemId id();

  @Override
  public abstract LocalizedText text();

  @Override
  public abstract Optional<LocalizedText> instruction();

  @Override
  public abstract List<ChoiceOption> options();

  /**
   * The fewest options an answer may choose.
   *
   * @return the minimum, 1 unless set
   */
  @Value.Default
  public int minSelections() {
    return 1;
  }

  /**
   * The most options an answer may choose.
   *
   * @return the maximum, or empty for "all that apply"
   */
  public abstract Optional<Integer> maxSelections();

  /**
   * The maximum in effect: the declared maximum, or the number of options.
   *
   * @return the effective maximum
   */
  public int effectiveMaxSelections() {
    return maxSelections().orElse(options().size());
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.MULTIPLE_CHOICE;
  }

  /**
   * A builder for a multiple-choice question.
   *
   * @return a new builder
   */
  public static ImmutableMultipleChoice.Builder builder() {
    return ImmutableMultipleChoice.builder();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract MultipleChoice withText(LocalizedText text);

  /**
   * A copy with other options (checked like a new question).
   *
   * @param options the options
   * @return the copy
   */
  public abstract MultipleChoice withOptions(Iterable<? extends ChoiceOption> options);

  /**
   * A copy with other options; the same as {@link #withOptions(Iterable)}.
   *
   * @param options the options
   * @return the copy (checked like a new question)
   */
  @Override
  public MultipleChoice withOptionsAdapted(Iterable<? extends ChoiceOption> options) {
    return withOptions(options);
  }

  @Value.Check
  void check() {
    String where = "question " + id();
    Checks.argument(!options().isEmpty(), where + ": a multiple choice must have at least one option");
    Checks.unique(where, "option code", options(), ChoiceOption::code);
    Checks.argument(minSelections() >= 0,
        where + ": minSelections must be at least 0, but was " + minSelections());
    maxSelections().ifPresent(max -> {
      Checks.argument(max >= 1, where + ": maxSelections must be at least 1, but was " + max);
      Checks.argument(max <= options().size(), where + ": maxSelections must be at most the "
          + options().size() + " options, but was " + max);
      Checks.argument(minSelections() <= max, where + ": minSelections (" + minSelections()
          + ") must not exceed maxSelections (" + max + ")");
    });
    Checks.argument(minSelections() <= options().size(), where + ": minSelections must be at most the "
        + options().size() + " options, but was " + minSelections());
    options().stream().filter(ChoiceOption::exclusive).findFirst().ifPresent(exclusive ->
        Checks.argument(minSelections() <= 1, where + ": option '" + exclusive.code()
            + "' is exclusive and can only be chosen alone, so minSelections must be at most 1, but was "
            + minSelections()));
  }

  @Override
  public String toString() {
    return Questions.describe(this, "multiple choice, " + minSelections() + " to "
        + maxSelections().map(String::valueOf).orElse("all"), options());
  }
}
