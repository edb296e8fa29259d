package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.response.SurveyResponse;

/**
 * A grid statement's answers summarised the way the 2016 report reads them: how many were
 * positive ("adequate", "always", "agree", "easy", and the milder positive points), neutral,
 * or negative, how many gave a non-substantive answer ("don't know"), and the median point.
 *
 * <p>Shares are of the substantive answers (non-substantive answers take no side). The median
 * is the lower median of the substantive answers in scale order: the first point at which at
 * least half of them are reached.
 *
 * <p>A summary keeps the count of every point, so summaries of the same statement combine with
 * {@link #plus(LikertSummary)} — associative and commutative, with {@link #empty(Scale, ItemId)}
 * as its identity — and the median of the sum is that of all the answers (a median cannot be
 * merged from medians, but it can from counts). {@link #collector(Instrument, ItemId)} collects a
 * stream of responses, sequential or parallel.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LikertSummary {

  private final ItemId item;
  private final Scale scale;
  private final List<Integer> counts;
  private final int positive;
  private final int neutral;
  private final int negative;
  private final int nonSubstantive;
  private final Optional<String> median;

  private LikertSummary(ItemId item, Scale scale, List<Integer> counts) {
    this.item = item;
    this.scale = scale;
    this.counts = List.copyOf(counts);
    int[] byPolarity = new int[Polarity.values().length];
    int none = 0;
    int substantive = 0;
    for (int i = 0; i < counts.size(); i++) {
      ScalePoint point = scale.points().get(i);
      int count = counts.get(i);
      if (count < 0) {
        throw new IllegalArgumentException("Likert summary of " + item + ": counts must not be negative, but were "
            + counts);
      }
      if (point.substantive()) {
        byPolarity[point.polarity().orElseThrow().ordinal()] += count;
        substantive += count;
      } else {
        none += count;
      }
    }
    Optional<String> middle = Optional.empty();
    int cumulative = 0;
    for (int i = 0; i < counts.size() && substantive > 0; i++) {
      if (scale.points().get(i).substantive()) {
        cumulative += counts.get(i);
        if (2 * cumulative >= substantive) {
          middle = Optional.of(scale.points().get(i).code());
          break;
        }
      }
    }
    this.positive = byPolarity[Polarity.POSITIVE.ordinal()];
    this.neutral = byPolarity[Polarity.NEUTRAL.ordinal()];
    this.negative = byPolarity[Polarity.NEGATIVE.ordinal()];
    this.nonSubstantive = none;
    this.median = middle;
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
    return new LikertSummary(tally.item(), scale, tally.counts());
  }

  /**
   * The summary of no answers: the identity of {@link #plus(LikertSummary)}.
   *
   * @param scale the statement's scale
   * @param item the grid statement
   * @return the empty summary
   */
  public static LikertSummary empty(Scale scale, ItemId item) {
    return new LikertSummary(item, scale, Collections.nCopies(scale.points().size(), 0));
  }

  /**
   * A collector that summarises one grid statement of a stream of responses, sequential or
   * parallel, in constant memory.
   *
   * @param instrument the instrument the responses answer
   * @param item a grid statement of its survey
   * @return the collector
   * @throws IllegalArgumentException if the item is not a grid statement of the survey
   */
  public static Collector<SurveyResponse, ?, LikertSummary> collector(Instrument instrument, ItemId item) {
    Scale scale = instrument.survey().questionOf(item).filter(Grid.class::isInstance)
        .flatMap(grid -> instrument.scale(((Grid) grid).scale()))
        .orElseThrow(() -> new IllegalArgumentException("Likert summary: " + item
            + " is not a statement of a grid of " + instrument.id() + " " + instrument.version()));
    return Collectors.collectingAndThen(Tally.collector(instrument, item), tally -> of(scale, tally));
  }

  /**
   * This summary combined with another of the same statement on the same scale.
   *
   * @param other the other summary
   * @return the summary of both sets of answers
   * @throws IllegalArgumentException if the statement or the scale differs
   */
  public LikertSummary plus(LikertSummary other) {
    if (!item.equals(other.item) || !scale.equals(other.scale)) {
      throw new IllegalArgumentException("cannot add the Likert summary of " + other.item + " on " + other.scale.id()
          + " to that of " + item + " on " + scale.id());
    }
    List<Integer> sum = new ArrayList<>(counts.size());
    for (int i = 0; i < counts.size(); i++) {
      sum.add(counts.get(i) + other.counts.get(i));
    }
    return new LikertSummary(item, scale, sum);
  }

  /**
   * The grid statement.
   *
   * @return the item id
   */
  public ItemId item() {
    return item;
  }

  /**
   * The scale the statement is answered on.
   *
   * @return the scale id
   */
  public ScaleId scale() {
    return scale.id();
  }

  /**
   * The count of every point, in scale order.
   *
   * @return the counts, zeros included
   */
  public List<Integer> counts() {
    return counts;
  }

  /**
   * Answers on a positive point.
   *
   * @return the count
   */
  public int positive() {
    return positive;
  }

  /**
   * Answers on a neutral point.
   *
   * @return the count
   */
  public int neutral() {
    return neutral;
  }

  /**
   * Answers on a negative point.
   *
   * @return the count
   */
  public int negative() {
    return negative;
  }

  /**
   * Answers on a non-substantive point ("don't know").
   *
   * @return the count
   */
  public int nonSubstantive() {
    return nonSubstantive;
  }

  /**
   * The median substantive point.
   *
   * @return its code, empty when there is no substantive answer
   */
  public Optional<String> median() {
    return median;
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
  public boolean equals(Object o) {
    return o instanceof LikertSummary l && item.equals(l.item) && scale.equals(l.scale) && counts.equals(l.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, scale, counts);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s on %s: positive %d, neutral %d, negative %d of %d%s; median %s",
        item, scale.id(), positive, neutral, negative, substantive(),
        nonSubstantive > 0 ? " (+" + nonSubstantive + " non-substantive)" : "", median.orElse("none"));
  }
}
