package org.ctnat.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;

/**
 * A grid statement's answers summarised the way the 2016 report reads them: how many were
 * positive ("adequate", "always", "agree", "easy", and the milder positive points), neutral,
 * or negative, how many gave a non-substantive answer ("don't know"), and the median point.
 *
 * <p>Shares are of the substantive answers (non-substantive answers take no side). The median
 * is the lower median of the substantive answers in scale order: the first point at which at
 * least half of them are reached.
 *
 * <p>A summary is a view of a {@link Tally}: to combine data, merge the tallies ({@link
 * Tally#plus(Tally)}, {@link SurveyTally#plus(SurveyTally)}) and summarise the result, since a
 * median cannot be merged from medians.
 *
 * @param item the grid statement
 * @param scale the scale it is answered on
 * @param positive answers on a positive point
 * @param neutral answers on a neutral point
 * @param negative answers on a negative point
 * @param nonSubstantive answers on a non-substantive point
 * @param median the code of the median substantive point, empty when there is no substantive answer
 */
public record LikertSummary(ItemId item, ScaleId scale, int positive, int neutral, int negative,
    int nonSubstantive, Optional<String> median) {

  /** Checks the counts. */
  public LikertSummary {
    if (positive < 0 || neutral < 0 || negative < 0 || nonSubstantive < 0) {
      throw new IllegalArgumentException("Likert summary of " + item + ": counts must not be negative, but were "
          + positive + ", " + neutral + ", " + negative + ", " + nonSubstantive);
    }
  }

  /**
   * Summarises the tally of a grid statement.
   *
   * @param scale the statement's scale
   * @param tally the statement's tally, whose categories are the scale's points
   * @return the summary
   * @throws IllegalArgumentException if the tally's categories are not the scale's points
   */
  public static LikertSummary of(Scale scale, Tally tally) {
    List<String> codes = scale.points().stream().map(ScalePoint::code).toList();
    if (!codes.equals(tally.categories())) {
      throw new IllegalArgumentException("tally of " + tally.item() + " has categories " + tally.categories()
          + ", not the points of scale " + scale.id() + " " + codes);
    }
    int[] byPolarity = new int[Polarity.values().length];
    int none = 0;
    int substantive = 0;
    for (int i = 0; i < codes.size(); i++) {
      ScalePoint point = scale.points().get(i);
      int count = tally.counts().get(i);
      if (point.substantive()) {
        byPolarity[point.polarity().orElseThrow().ordinal()] += count;
        substantive += count;
      } else {
        none += count;
      }
    }
    Optional<String> median = Optional.empty();
    int cumulative = 0;
    for (int i = 0; i < codes.size() && substantive > 0; i++) {
      if (scale.points().get(i).substantive()) {
        cumulative += tally.counts().get(i);
        if (2 * cumulative >= substantive) {
          median = Optional.of(codes.get(i));
          break;
        }
      }
    }
    return new LikertSummary(tally.item(), scale.id(), byPolarity[Polarity.POSITIVE.ordinal()],
        byPolarity[Polarity.NEUTRAL.ordinal()], byPolarity[Polarity.NEGATIVE.ordinal()], none, median);
  }

  /**
   * The substantive answers: the denominator of the shares.
   *
   * @return positive + neutral + negative
   */
  public int substantive() {
    return positive + neutral + negative;
  }

  /**
   * The positive answers of the substantive ones.
   *
   * @return the share
   */
  public Share positiveShare() {
    return new Share(positive, substantive());
  }

  /**
   * The neutral answers of the substantive ones.
   *
   * @return the share
   */
  public Share neutralShare() {
    return new Share(neutral, substantive());
  }

  /**
   * The negative answers of the substantive ones.
   *
   * @return the share
   */
  public Share negativeShare() {
    return new Share(negative, substantive());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s on %s: positive %d, neutral %d, negative %d of %d%s; median %s",
        item, scale, positive, neutral, negative, substantive(),
        nonSubstantive > 0 ? " (+" + nonSubstantive + " non-substantive)" : "", median.orElse("none"));
  }
}
