package org.ctnat.core.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer to a ranking question: the rank given to each option ranked (1 is the first),
 * and the text given with an "Other – please specify" option. Ranks are kept as given, so
 * that validation can report a duplicate or missing rank.
 *
 * @param ranks option code to rank, in the order given
 * @param otherText the text specified, if any
 */
public record RankingAnswer(Map<String, Integer> ranks, Optional<String> otherText) implements Answer {

  /** Copies the ranks and checks for nulls. */
  public RankingAnswer {
    Objects.requireNonNull(ranks, "ranking answer: ranks");
    Map<String, Integer> copy = new LinkedHashMap<>();
    ranks.forEach((code, rank) -> copy.put(Objects.requireNonNull(code, "ranking answer: code"),
        Objects.requireNonNull(rank, "ranking answer: rank of " + code)));
    ranks = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(otherText, "ranking answer: otherText");
  }

  /**
   * A ranking from the options in order: the first gets rank 1, the second rank 2, and so on.
   *
   * @param codesInOrder the option codes, best first, each at most once
   * @return the answer
   * @throws IllegalArgumentException if a code is given twice; the message names the code and
   *     both positions
   */
  public static RankingAnswer inOrder(String... codesInOrder) {
    return inOrder(List.of(codesInOrder), Optional.empty());
  }

  /**
   * A ranking from the options in order, with the text of an "Other" option.
   *
   * <p>A code given twice is refused rather than silently kept at its first position: an order
   * cannot rank one option at two places, and keeping one of them would leave a gap that
   * validation could only report as a missing rank. Data whose ranks may repeat or skip (as read
   * from a file) belongs in the {@linkplain #RankingAnswer(Map, Optional) constructor}, which
   * keeps the ranks as given for validation to report.
   *
   * @param codesInOrder the option codes, best first, each at most once
   * @param otherText the text specified, if any
   * @return the answer
   * @throws IllegalArgumentException if a code is given twice, with a message naming the code
   *     and both positions, e.g. {@code 'A' is ranked twice, at positions 1 and 2}
   */
  public static RankingAnswer inOrder(List<String> codesInOrder, Optional<String> otherText) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (int i = 0; i < codesInOrder.size(); i++) {
      String code = Objects.requireNonNull(codesInOrder.get(i), "ranking answer: code");
      Integer earlier = ranks.putIfAbsent(code, i + 1);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "ranking answer: '" + code + "' is ranked twice, at positions " + earlier + " and " + (i + 1));
      }
    }
    return new RankingAnswer(ranks, otherText);
  }

  /**
   * The option given a rank.
   *
   * @param rank the rank, 1 for the first
   * @return the first option with that rank, or empty
   */
  public Optional<String> atRank(int rank) {
    return ranks.entrySet().stream().filter(e -> e.getValue() == rank).map(Map.Entry::getKey).findFirst();
  }

  /**
   * Whether the ranks are 1, 2, …, n for the n options ranked, each rank once: no rank given
   * twice and none left out. Only such a ranking says which option came first, second, …; the
   * analysis counts no other (validation reports why).
   *
   * @return true if the ranks run from 1 without a gap or a repeat
   */
  public boolean ranksInOrder() {
    int n = ranks.size();
    boolean[] seen = new boolean[n + 1];
    for (int rank : ranks.values()) {
      if (rank < 1 || rank > n || seen[rank]) {
        return false;
      }
      seen[rank] = true;
    }
    return true;
  }

  @Override
  public String kindName() {
    return "ranking";
  }

  @Override
  public String toString() {
    return ranks.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .map(e -> e.getValue() + ":" + e.getKey()).collect(Collectors.joining(" "))
        + otherText.map(t -> " (\"" + t + "\")").orElse("");
  }
}
