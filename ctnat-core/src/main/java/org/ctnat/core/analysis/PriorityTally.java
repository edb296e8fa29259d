package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.PriorityOption;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;

/**
 * The priorities for action (A–Q) as survey respondents ranked them (question 8.1, top three)
 * and as validation-workshop groups chose them, side by side — the priorities table of the
 * 2016 report, where "J" (raising awareness) was chosen by three survey respondents and three
 * workshop groups.
 *
 * <p>For each priority: how many respondents chose it, how many ranked it 1st, 2nd, 3rd, a
 * weighted score (rank r earns {@code weights.get(r - 1)} points; by default the top rank earns
 * k points, the next k − 1, down to 1 for rank k, where k is the number ranked), how many
 * workshop groups chose it and, of the groups that ranked their choices, how many put it 1st,
 * 2nd, 3rd. A workshop group that names an unknown priority, or one twice, has only its known,
 * distinct priorities counted (validation reports the rest). A ranked group gives each priority
 * the rank of its position in the group's list — the first 1st, the second 2nd, even when an
 * unknown code stands before it — and a priority named twice the rank of its first place; a
 * ranked group's choices below rank k count as chosen, not by rank.
 *
 * <p>Tallies with the same priorities and weights combine with {@link #plus(PriorityTally)},
 * associative and commutative, with {@link #empty(Instrument, List)} as its identity; {@link
 * #collector(Instrument)} collects survey responses and {@link #workshopCollector(Instrument)}
 * workshop groups, sequential or parallel.
 *
 * @param rows one row per priority, in instrument order
 * @param weights the points for ranks 1, 2, …
 * @param respondents how many survey respondents gave a countable ranking
 * @param invalidRankings how many survey rankings could not be counted (unknown codes, a rank
 *     repeated or left out, fewer or more options ranked than the question asks for; validation
 *     says why)
 * @param groups how many workshop groups were counted
 */
public record PriorityTally(List<Row> rows, List<Integer> weights, int respondents, int invalidRankings,
    int groups) {

  /**
   * One priority's row.
   *
   * @param code the priority code, e.g. {@code J}
   * @param label the priority in the instrument's default language
   * @param chosen survey respondents who ranked it
   * @param byRank survey respondents who gave it rank 1, 2, …
   * @param score the weighted score
   * @param groups workshop groups that chose it
   * @param groupsByRank workshop groups that ranked their choices and gave it rank 1, 2, …
   */
  public record Row(String code, String label, int chosen, List<Integer> byRank, int score, int groups,
      List<Integer> groupsByRank) {

    /** Copies the rank counts. */
    public Row {
      byRank = List.copyOf(byRank);
      groupsByRank = List.copyOf(groupsByRank);
    }
  }

  /** Copies the lists. */
  public PriorityTally {
    rows = List.copyOf(rows);
    weights = List.copyOf(weights);
  }

  /**
   * Tallies the priorities with the default weights (k, k − 1, …, 1).
   *
   * @param instrument the instrument, with a priority question
   * @param responses the survey responses
   * @param workshops the workshop groups' choices
   * @return the tally
   * @throws IllegalArgumentException if the instrument has no priority ranking question
   */
  public static PriorityTally of(Instrument instrument, Iterable<SurveyResponse> responses,
      Iterable<WorkshopResult> workshops) {
    return of(instrument, responses, workshops, defaultWeights(priorityQuestion(instrument)));
  }

  /**
   * Tallies the priorities with stated weights.
   *
   * @param instrument the instrument, with a priority question
   * @param responses the survey responses
   * @param workshops the workshop groups' choices
   * @param weights the points for rank 1, 2, …; one per rank the question allows
   * @return the tally
   * @throws IllegalArgumentException if the instrument has no priority ranking question or the
   *     weights do not fit it
   */
  public static PriorityTally of(Instrument instrument, Iterable<SurveyResponse> responses,
      Iterable<WorkshopResult> workshops, List<Integer> weights) {
    return of(instrument, RankingSummary.of(priorityQuestion(instrument), responses), workshops, weights);
  }

  private static PriorityTally of(Instrument instrument, RankingSummary survey, Iterable<WorkshopResult> workshops,
      List<Integer> weights) {
    if (weights.size() != survey.maxRank()) {
      throw new IllegalArgumentException("priority weights: need one weight per rank (" + survey.maxRank()
          + "), but got " + weights);
    }
    int[] groupCounts = new int[instrument.priorities().size()];
    int[][] groupRanks = new int[instrument.priorities().size()][weights.size()];
    int groups = 0;
    List<String> codes = instrument.priorities().stream().map(PriorityOption::code).toList();
    for (WorkshopResult workshop : workshops) {
      groups++;
      Set<String> distinct = new LinkedHashSet<>(workshop.priorities());
      distinct.stream().map(codes::indexOf).filter(i -> i >= 0).forEach(i -> groupCounts[i]++);
      if (workshop.ranked()) {
        List<String> given = workshop.priorities();
        for (int position = 0; position < Math.min(given.size(), weights.size()); position++) {
          int i = codes.indexOf(given.get(position));
          if (i >= 0 && given.indexOf(given.get(position)) == position) {
            groupRanks[i][position]++; // the rank the group gave: its position in the list
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      PriorityOption priority = instrument.priorities().get(i);
      List<Integer> byRank = survey.options().contains(priority.code())
          ? survey.distribution(priority.code()) : new ArrayList<>(java.util.Collections.nCopies(weights.size(), 0));
      int score = 0;
      for (int r = 0; r < byRank.size(); r++) {
        score += byRank.get(r) * weights.get(r);
      }
      List<Integer> groupsByRank = java.util.Arrays.stream(groupRanks[i]).boxed().toList();
      rows.add(new Row(priority.code(), priority.label().in(instrument.defaultLanguage(), instrument.defaultLanguage()),
          byRank.stream().mapToInt(Integer::intValue).sum(), byRank, score, groupCounts[i], groupsByRank));
    }
    return new PriorityTally(rows, weights, survey.answered(), survey.invalid(), groups);
  }

  /**
   * The tally of no respondents and no groups, with the default weights: the identity of
   * {@link #plus(PriorityTally)} for tallies with those weights.
   *
   * @param instrument the instrument, with a priority question
   * @return the empty tally
   */
  public static PriorityTally empty(Instrument instrument) {
    return of(instrument, List.of(), List.of());
  }

  /**
   * The tally of no respondents and no groups, with stated weights: the identity of {@link
   * #plus(PriorityTally)} for tallies with those weights.
   *
   * @param instrument the instrument, with a priority question
   * @param weights the points for rank 1, 2, …; one per rank the question allows
   * @return the empty tally
   * @throws IllegalArgumentException if the weights do not fit the question
   */
  public static PriorityTally empty(Instrument instrument, List<Integer> weights) {
    return of(instrument, List.of(), List.of(), weights);
  }

  /**
   * A collector that tallies the survey side of a stream of responses (default weights); add
   * the workshop groups' tally, e.g. from {@link #workshopCollector(Instrument)}, with {@link
   * #plus(PriorityTally)}.
   *
   * @param instrument the instrument, with a priority question
   * @return the collector
   */
  public static java.util.stream.Collector<SurveyResponse, ?, PriorityTally> collector(Instrument instrument) {
    return collector(instrument, defaultWeights(priorityQuestion(instrument)));
  }

  /**
   * A collector that tallies the survey side of a stream of responses with stated weights.
   *
   * @param instrument the instrument, with a priority question
   * @param weights the points for rank 1, 2, …; one per rank the question allows
   * @return the collector
   * @throws IllegalArgumentException if the weights do not fit the question
   */
  public static java.util.stream.Collector<SurveyResponse, ?, PriorityTally> collector(Instrument instrument,
      List<Integer> weights) {
    Ranking question = priorityQuestion(instrument);
    List<Integer> stated = List.copyOf(weights);
    empty(instrument, stated); // refuses weights that do not fit now, not at the end
    return java.util.stream.Collectors.collectingAndThen(RankingSummary.collector(question),
        summary -> of(instrument, summary, List.of(), stated));
  }

  /**
   * A collector that tallies the workshop side of a stream of workshop groups (default
   * weights); combine it with the survey side with {@link #plus(PriorityTally)}.
   *
   * @param instrument the instrument, with a priority question
   * @return the collector
   */
  public static java.util.stream.Collector<WorkshopResult, ?, PriorityTally> workshopCollector(
      Instrument instrument) {
    return workshopCollector(instrument, defaultWeights(priorityQuestion(instrument)));
  }

  /**
   * A collector that tallies the workshop side of a stream of workshop groups with stated
   * weights, to combine with a survey side tallied with the same weights.
   *
   * @param instrument the instrument, with a priority question
   * @param weights the points for rank 1, 2, …; one per rank the question allows
   * @return the collector
   * @throws IllegalArgumentException if the weights do not fit the question
   */
  public static java.util.stream.Collector<WorkshopResult, ?, PriorityTally> workshopCollector(
      Instrument instrument, List<Integer> weights) {
    PriorityTally empty = empty(instrument, List.copyOf(weights));
    return java.util.stream.Collectors.reducing(empty,
        workshop -> of(instrument, List.of(), List.of(workshop), empty.weights()), PriorityTally::plus);
  }

  private static List<Integer> defaultWeights(Ranking question) {
    List<Integer> weights = new ArrayList<>();
    for (int r = question.maxRanked(); r >= 1; r--) {
      weights.add(r);
    }
    return weights;
  }

  private static Ranking priorityQuestion(Instrument instrument) {
    return instrument.priorityQuestion().flatMap(instrument.survey()::question)
        .filter(q -> q instanceof Ranking).map(q -> (Ranking) q)
        .orElseThrow(() -> new IllegalArgumentException("instrument " + instrument.id() + " "
            + instrument.version() + " has no priority ranking question"));
  }

  /**
   * This tally combined with one of other respondents and groups, with the same priorities and
   * weights. Associative and commutative; a tally of no responses and no groups is the identity.
   *
   * @param other the other tally
   * @return the tally of both
   * @throws IllegalArgumentException if the priorities or weights differ
   */
  public PriorityTally plus(PriorityTally other) {
    List<String> codes = rows.stream().map(Row::code).toList();
    if (!codes.equals(other.rows.stream().map(Row::code).toList()) || !weights.equals(other.weights)) {
      throw new IllegalArgumentException("cannot add a priority tally of " + other.rows.stream().map(Row::code)
          .toList() + " with weights " + other.weights + " to one of " + codes + " with weights " + weights);
    }
    List<Row> sum = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row a = rows.get(i);
      Row b = other.rows.get(i);
      List<Integer> byRank = new ArrayList<>();
      for (int r = 0; r < a.byRank().size(); r++) {
        byRank.add(a.byRank().get(r) + b.byRank().get(r));
      }
      List<Integer> groupsByRank = new ArrayList<>();
      for (int r = 0; r < a.groupsByRank().size(); r++) {
        groupsByRank.add(a.groupsByRank().get(r) + b.groupsByRank().get(r));
      }
      sum.add(new Row(a.code(), a.label(), a.chosen() + b.chosen(), byRank, a.score() + b.score(),
          a.groups() + b.groups(), groupsByRank));
    }
    return new PriorityTally(sum, weights, respondents + other.respondents,
        invalidRankings + other.invalidRankings, groups + other.groups);
  }

  /**
   * The row of one priority.
   *
   * @param code the priority code
   * @return the row
   * @throws IllegalArgumentException if there is no such priority
   */
  public Row row(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no priority '" + code + "'; the priorities are "
            + rows.stream().map(Row::code).toList()));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Priorities: %d survey respondents%s, %d workshop groups; weights %s%n  code  chosen  by rank   score  groups  groups by rank",
        respondents, invalidRankings > 0 ? " (+" + invalidRankings + " invalid rankings)" : "", groups, weights));
    for (Row row : rows) {
      out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-4s  %6d  %-8s  %5d  %6d  %s",
          row.code(), row.chosen(), row.byRank(), row.score(), row.groups(), row.groupsByRank()));
    }
    return out.toString();
  }
}
