package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * The answers to a ranking question summarised per option: how many times it was given each
 * rank, how many times it was ranked at all, and its mean rank — e.g. for 2.4, which of adult
 * females, adult males, female and male children respondents rank as most trafficked.
 *
 * <p>Only answers whose every code is an option and whose ranks run 1, 2, …, n without a
 * repeat or a gap ({@link RankingAnswer#ranksInOrder()}), n within the question's limits (so
 * never an empty ranking where at least one rank is asked for), are counted ({@link #answered()}) — the same answers {@link SurveyTally} counts; other answers are
 * counted as {@link #invalid()} (validation says why). Summaries of the same question combine with
 * {@link #plus(RankingSummary)}, associative and commutative with {@link #empty(Ranking)} as
 * identity.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RankingSummary {

  private final ItemId item;
  private final List<String> options;
  private final int minRank;
  private final int maxRank;
  private final int[][] byRank;
  private final int answered;
  private final int invalid;

  private RankingSummary(ItemId item, List<String> options, int minRank, int maxRank, int[][] byRank,
      int answered, int invalid) {
    this.item = item;
    this.options = options;
    this.minRank = minRank;
    this.maxRank = maxRank;
    this.byRank = byRank;
    this.answered = answered;
    this.invalid = invalid;
  }

  /**
   * The summary of no answers.
   *
   * @param question the ranking question
   * @return the empty summary
   */
  public static RankingSummary empty(Ranking question) {
    List<String> options = question.options().stream().map(ChoiceOption::code).toList();
    return new RankingSummary(question.id(), options, question.minRanked(), question.maxRanked(),
        new int[options.size()][question.maxRanked()], 0, 0);
  }

  /**
   * Summarises the answers of some responses to a ranking question.
   *
   * @param question the ranking question
   * @param responses the responses (those that did not answer it are skipped)
   * @return the summary
   */
  public static RankingSummary of(Ranking question, Iterable<SurveyResponse> responses) {
    RankingSummary empty = empty(question);
    int[][] counts = new int[empty.options.size()][empty.maxRank];
    int answered = 0;
    int invalid = 0;
    for (SurveyResponse response : responses) {
      Answer answer = response.answers().get(question.id());
      if (answer == null) {
        continue;
      }
      if (answer instanceof RankingAnswer ranking && countable(empty, ranking)) {
        ranking.ranks().forEach((code, rank) -> counts[empty.options.indexOf(code)][rank - 1]++);
        answered++;
      } else {
        invalid++;
      }
    }
    return new RankingSummary(question.id(), empty.options, empty.minRank, empty.maxRank, counts, answered, invalid);
  }

  /**
   * A collector that summarises a stream of responses, sequential or parallel.
   *
   * @param question the ranking question
   * @return the collector
   */
  public static java.util.stream.Collector<SurveyResponse, ?, RankingSummary> collector(Ranking question) {
    RankingSummary shape = empty(question);
    return java.util.stream.Collector.of(
        () -> new RankingSummary(shape.item, shape.options, shape.minRank, shape.maxRank,
            new int[shape.options.size()][shape.maxRank], 0, 0).mutable(),
        Mutable::add, Mutable::combine, Mutable::finish, java.util.stream.Collector.Characteristics.UNORDERED);
  }

  private Mutable mutable() {
    return new Mutable(this);
  }

  /** The mutable state of a summary being collected; one thread. */
  private static final class Mutable {
    private final RankingSummary shape;
    private final int[][] counts;
    private int answered;
    private int invalid;

    Mutable(RankingSummary shape) {
      this.shape = shape;
      this.counts = new int[shape.options.size()][shape.maxRank];
    }

    void add(SurveyResponse response) {
      Answer answer = response.answers().get(shape.item);
      if (answer == null) {
        return;
      }
      if (answer instanceof RankingAnswer ranking && countable(shape, ranking)) {
        ranking.ranks().forEach((code, rank) -> counts[shape.options.indexOf(code)][rank - 1]++);
        answered++;
      } else {
        invalid++;
      }
    }

    Mutable combine(Mutable other) {
      for (int o = 0; o < counts.length; o++) {
        for (int r = 0; r < counts[o].length; r++) {
          counts[o][r] += other.counts[o][r];
        }
      }
      answered += other.answered;
      invalid += other.invalid;
      return this;
    }

    RankingSummary finish() {
      int[][] copy = new int[counts.length][];
      for (int o = 0; o < counts.length; o++) {
        copy[o] = counts[o].clone();
      }
      return new RankingSummary(shape.item, shape.options, shape.minRank, shape.maxRank, copy, answered, invalid);
    }
  }

  private static boolean countable(RankingSummary shape, RankingAnswer answer) {
    int ranked = answer.ranks().size();
    return answer.ranksInOrder() && ranked >= shape.minRank && ranked <= shape.maxRank
        && shape.options.containsAll(answer.ranks().keySet());
  }

  /**
   * The question summarised.
   *
   * @return the item id
   */
  public ItemId item() {
    return item;
  }

  /**
   * The options, in question order.
   *
   * @return the option codes
   */
  public List<String> options() {
    return options;
  }

  /**
   * The fewest options an answer must rank to be counted.
   *
   * @return the question's minimum number ranked
   */
  public int minRank() {
    return minRank;
  }

  /**
   * The highest rank an answer may give.
   *
   * @return the question's maximum number ranked
   */
  public int maxRank() {
    return maxRank;
  }

  /**
   * How many answers were counted.
   *
   * @return the respondents with a countable ranking
   */
  public int answered() {
    return answered;
  }

  /**
   * How many answers could not be counted.
   *
   * @return the invalid rankings
   */
  public int invalid() {
    return invalid;
  }

  /**
   * How many times an option was given a rank.
   *
   * @param option the option code
   * @param rank 1 to {@link #maxRank()}
   * @return the count
   * @throws IllegalArgumentException if the option or rank does not exist
   */
  public int count(String option, int rank) {
    if (rank < 1 || rank > maxRank) {
      throw new IllegalArgumentException("rank must be 1 to " + maxRank + ", but was " + rank);
    }
    return byRank[index(option)][rank - 1];
  }

  /**
   * The distribution of ranks an option was given.
   *
   * @param option the option code
   * @return counts for ranks 1 to {@link #maxRank()}
   */
  public List<Integer> distribution(String option) {
    return Arrays.stream(byRank[index(option)]).boxed().toList();
  }

  /**
   * How many times an option was ranked at all.
   *
   * @param option the option code
   * @return the count
   */
  public int timesRanked(String option) {
    return Arrays.stream(byRank[index(option)]).sum();
  }

  /**
   * The mean rank an option was given, over the answers that ranked it.
   *
   * @param option the option code
   * @return the mean rank, or empty if nobody ranked it
   */
  public OptionalDouble meanRank(String option) {
    int[] counts = byRank[index(option)];
    int n = 0;
    long sum = 0;
    for (int r = 0; r < counts.length; r++) {
      n += counts[r];
      sum += (long) (r + 1) * counts[r];
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
  }

  /**
   * This summary combined with another of the same question.
   *
   * @param other a summary of the same question
   * @return the sum
   * @throws IllegalArgumentException if the questions differ
   */
  public RankingSummary plus(RankingSummary other) {
    if (!item.equals(other.item) || !options.equals(other.options) || minRank != other.minRank
        || maxRank != other.maxRank) {
      throw new IllegalArgumentException("cannot add the ranking summary of " + other.item + " (options "
          + other.options + ", " + other.minRank + " to " + other.maxRank + " ranked) to that of " + item
          + " (options " + options + ", " + minRank + " to " + maxRank + " ranked)");
    }
    int[][] sum = new int[options.size()][maxRank];
    for (int o = 0; o < options.size(); o++) {
      for (int r = 0; r < maxRank; r++) {
        sum[o][r] = byRank[o][r] + other.byRank[o][r];
      }
    }
    return new RankingSummary(item, options, minRank, maxRank, sum, answered + other.answered, invalid + other.invalid);
  }

  private int index(String option) {
    int i = options.indexOf(option);
    if (i < 0) {
      throw new IllegalArgumentException("ranking " + item + " has no option '" + option + "'; it has " + options);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankingSummary r && item.equals(r.item) && options.equals(r.options)
        && minRank == r.minRank && maxRank == r.maxRank && Arrays.deepEquals(byRank, r.byRank) && answered == r.answered
        && invalid == r.invalid;
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, options, minRank, maxRank, Arrays.deepHashCode(byRank), answered, invalid);
  }

  @Override
  public String toString() {
    int width = options.stream().mapToInt(String::length).max().orElse(6);
    StringBuilder out = new StringBuilder(item + ": " + answered + " rankings" + (invalid > 0
        ? " (+" + invalid + " invalid)" : "") + " of " + (minRank == maxRank ? String.valueOf(maxRank)
        : minRank + " to " + maxRank) + " options");
    List<String> header = new ArrayList<>();
    for (int r = 1; r <= maxRank; r++) {
      header.add(String.format(Locale.ROOT, "%4s", "#" + r));
    }
    out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + width + "s %s  mean",
        "option", String.join("", header)));
    for (String option : options) {
      StringBuilder row = new StringBuilder();
      for (int count : byRank[index(option)]) {
        row.append(String.format(Locale.ROOT, "%4d", count));
      }
      OptionalDouble mean = meanRank(option);
      out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + width + "s %s  %s", option,
          row, mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : "–"));
    }
    return out.toString();
  }
}
