package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A question answered by ranking options: a <em>full</em> ranking of every option (2.4: the
 * four groups from most to least trafficked) or a <em>top-k</em> ranking (8.1: the top three of
 * the 17 priorities A–Q, ranked 1 to 3).
 *
 * <p>An answer ranks between {@link #minRanked()} and {@link #maxRanked()} options with the
 * ranks 1, 2, … without gaps or ties.
 *
 * <p>Rules, checked when built: at least one option; option codes unique; no {@linkplain
 * ChoiceOption#exclusive() exclusive} option (an answer ranks options against each other, so
 * an option that must be chosen alone, such as "none of these", cannot be ranked); {@code 1 <=
 * minRanked <= maxRanked <= number of options}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Ranking implements Question, ChoiceQuestion {

  Ranking() {}

  @Override
  public abstract ItemId id();

  @Override
  public abstract LocalizedText text();

  @Override
  public abstract Optional<LocalizedText> instruction();

  @Override
  public abstract List<ChoiceOption> options();

  /**
   * The fewest options an answer must rank.
   *
   * @return the minimum
   */
  public abstract int minRanked();

  /**
   * The most options an answer may rank.
   *
   * @return the maximum
   */
  public abstract int maxRanked();

  /**
   * The heading of the options column as printed ("Group", "Priority (Choose three)").
   *
   * @return the heading, if any
   */
  public abstract Optional<LocalizedText> optionHeading();

  /**
   * The heading of the rank column as printed ("Rank (from 1 to 3)").
   *
   * @return the heading, if any
   */
  public abstract Optional<LocalizedText> rankHeading();

  /**
   * Whether every option must be ranked.
   *
   * @return true for a full ranking
   */
  public boolean isFull() {
    return minRanked() == options().size();
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.RANKING;
  }

  /**
   * A builder for a ranking question.
   *
   * @return a new builder
   */
  public static ImmutableRanking.Builder builder() {
    return ImmutableRanking.builder();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract Ranking withText(LocalizedText text);

  /**
   * A copy with other options (checked like a new question).
   *
   * @param options the options
   * @return the copy
   */
  public abstract Ranking withOptions(Iterable<? extends ChoiceOption> options);

  /**
   * A copy with other options in which a full ranking stays full: its limits become the new
   * number of options. A top-k ranking keeps its limits.
   *
   * @param options the options
   * @return the copy (checked like a new question)
   */
  @Override
  public Ranking withOptionsAdapted(Iterable<? extends ChoiceOption> options) {
    ImmutableRanking.Builder copy = builder().from(this).options(options);
    if (isFull()) {
      int size = 0;
      for (ChoiceOption ignored : options) {
        size++;
      }
      copy.minRanked(size).maxRanked(size);
    }
    return copy.build();
  }

  @Value.Check
  void check() {
    String where = "question " + id();
    Checks.argument(!options().isEmpty(), where + ": a ranking must have at least one option");
    Checks.unique(where, "option code", options(), ChoiceOption::code);
    options().stream().filter(ChoiceOption::exclusive).findFirst().ifPresent(exclusive -> {
      throw new IllegalArgumentException(where + ": option '" + exclusive.code()
          + "' is exclusive, but a ranking must not have exclusive options: an answer ranks options"
          + " against each other, so an option that must be chosen alone cannot be ranked");
    });
    Checks.argument(minRanked() >= 1, where + ": minRanked must be at least 1, but was " + minRanked());
    Checks.argument(minRanked() <= maxRanked(), where + ": minRanked (" + minRanked()
        + ") must not exceed maxRanked (" + maxRanked() + ")");
    Checks.argument(maxRanked() <= options().size(), where + ": maxRanked must be at most the "
        + options().size() + " options, but was " + maxRanked());
  }

  @Override
  public String toString() {
    String range = minRanked() == maxRanked() ? "" + minRanked() : minRanked() + " to " + maxRanked();
    return Questions.describe(this, isFull() ? "full ranking" : "ranking, top " + range, options());
  }
}
