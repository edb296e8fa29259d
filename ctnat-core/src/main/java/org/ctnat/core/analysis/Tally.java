package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctnat.core.questionbank.ItemId;
import org.immutables.value.Value;

/**
 * The tally of one survey item: how many respondents gave each option or scale point — every
 * category in scale order, zeros included — with the denominators stated: how many were
 * <em>eligible</em> (every respondent, or for a follow-up those who answered its parent), how
 * many <em>answered</em>, and how many are <em>missing</em> — every eligible respondent without a
 * countable answer, so that answered + missing = eligible. Of the missing, {@link #invalid()}
 * says how many gave an answer that could not be counted (an unknown code, the wrong kind of
 * answer, more or fewer choices than the question asks for, a follow-up its parent did not
 * choose: {@link SurveyTally} lists them; validation says why) rather than no answer.
 *
 * <p>For a single choice or a grid statement every answer counts once, so the counts add up to
 * {@link #answered()}. For a multiple choice ({@link #multipleResponse()}) each count is both the
 * number of selections of that option and the number of respondents who chose it (a respondent
 * chooses an option once), and the counts add up to the {@link #selections()}, which may be more
 * than those who answered. Shares are of the respondents who answered ({@link #share(String)},
 * "per cent of cases"); for a multiple choice {@link #shareOfSelections(String)} gives the share
 * of all selections instead ("per cent of responses"). A free-text item has no
 * categories: its tally counts who answered. Every share has a confidence interval. Samples below {@value #SMALL_SAMPLE} answers are
 * {@linkplain #smallSample() flagged}: even a Wilson interval is then wide (4 of 7 is 25–84%).
 *
 * <p>Example, the 2016 Azerbaijan survey on the capacity of authorities to identify victims
 * (3.1.4): adequate 4, neither adequate nor inadequate 2, inadequate 1 (answered 7 of 7).
 *
 * <p>Tallies of the same item combine with {@link #plus(Tally)}, which is associative and
 * commutative, with {@link #empty(ItemId, List, boolean)} as its identity.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tally {

  /** Below this many answers a tally is flagged as a small sample. */
  public static final int SMALL_SAMPLE = 30;

  Tally() {}

  /**
   * The item tallied.
   *
   * @return the item id
   */
  public abstract ItemId item();

  /**
   * The categories: option codes or scale point codes, in instrument order.
   *
   * @return the categories
   */
  public abstract List<String> categories();

  /**
   * The count of each category, in the order of {@link #categories()}.
   *
   * @return the counts, zeros included
   */
  public abstract List<Integer> counts();

  /**
   * Whether a respondent may count in several categories: a multiple choice, or a ranking (each
   * option ranked counts once).
   *
   * @return true for a multiple choice or a ranking
   */
  @Value.Default
  public boolean multipleResponse() {
    return false;
  }

  /**
   * How many respondents were asked the item: every respondent, or for a follow-up (2.2.1) those
   * who answered its parent, and any other who answered the follow-up itself.
   *
   * @return the eligible respondents
   */
  public abstract int eligible();

  /**
   * How many gave a countable answer.
   *
   * @return the respondents who answered
   */
  public abstract int answered();

  /**
   * How many of the {@linkplain #missing() missing} gave an answer that could not be counted
   * (validation reports why), rather than no answer.
   *
   * @return the invalid answers, at most {@link #missing()}
   */
  @Value.Default
  public int invalid() {
    return 0;
  }

  /**
   * How many eligible respondents have no countable answer: those who gave no answer and the
   * {@linkplain #invalid() invalid} ones.
   *
   * @return eligible − answered
   */
  public int missing() {
    return eligible() - answered();
  }

  /**
   * How many selections the counts add up to: for a multiple choice or ranking, all options
   * chosen by all who answered; for a single choice or grid statement, the same as {@link
   * #answered()}; for free text, 0.
   *
   * @return the sum of the counts
   */
  public int selections() {
    return counts().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The tally of an item before any response.
   *
   * @param item the item
   * @param categories its categories, in order
   * @param multipleResponse whether a respondent may count in several categories
   * @return the empty tally
   */
  public static Tally empty(ItemId item, List<String> categories, boolean multipleResponse) {
    List<Integer> zeros = new ArrayList<>(categories.size());
    categories.forEach(c -> zeros.add(0));
    return ImmutableTally.builder().item(item).categories(categories).counts(zeros)
        .multipleResponse(multipleResponse).eligible(0).answered(0).build();
  }

  /**
   * A collector that tallies one item of a stream of responses, sequential or parallel, in
   * constant memory — the same tally as {@code SurveyTally.of(instrument, responses).tally(item)}.
   *
   * @param instrument the instrument the responses answer
   * @param item a countable item of its survey
   * @return the collector
   * @throws IllegalArgumentException if the survey has no such item
   */
  public static java.util.stream.Collector<org.ctnat.core.response.SurveyResponse, ?, Tally> collector(
      org.ctnat.core.instrument.Instrument instrument, ItemId item) {
    SurveyTally.empty(instrument).tally(item); // refuses an unknown item now, not at the end
    return java.util.stream.Collectors.collectingAndThen(SurveyTally.collector(instrument), tally -> tally.tally(item));
  }

  /**
   * A builder for a tally.
   *
   * @return a new builder
   */
  public static ImmutableTally.Builder builder() {
    return ImmutableTally.builder();
  }

  /**
   * The count of one category.
   *
   * @param category an option or scale point code
   * @return its count
   * @throws IllegalArgumentException if the item has no such category
   */
  public int count(String category) {
    return counts().get(index(category));
  }

  /**
   * The share of those who answered that gave one category.
   *
   * @param category an option or scale point code
   * @return count of answered, with its proportion and interval
   * @throws IllegalArgumentException if the item has no such category
   */
  public Share share(String category) {
    return new Share(count(category), answered());
  }

  /**
   * The share of all {@linkplain #selections() selections} that went to one category — for a
   * multiple choice, the "per cent of responses" beside {@link #share(String)}'s "per cent of
   * cases". For a single choice or grid statement it equals {@link #share(String)}.
   *
   * @param category an option or scale point code
   * @return count of selections, with its proportion and interval
   * @throws IllegalArgumentException if the item has no such category
   */
  public Share shareOfSelections(String category) {
    return new Share(count(category), selections());
  }

  /**
   * Whether the tally rests on fewer than {@value #SMALL_SAMPLE} answers.
   *
   * @return true for a small sample
   */
  public boolean smallSample() {
    return answered() < SMALL_SAMPLE;
  }

  /**
   * This tally combined with another of the same item.
   *
   * @param other a tally of the same item and categories
   * @return the sum
   * @throws IllegalArgumentException if the item or categories differ
   */
  public Tally plus(Tally other) {
    if (!item().equals(other.item()) || !categories().equals(other.categories())
        || multipleResponse() != other.multipleResponse()) {
      throw new IllegalArgumentException("cannot add the tally of " + other.item() + " " + other.categories()
          + " to the tally of " + item() + " " + categories());
    }
    List<Integer> sum = new ArrayList<>(counts().size());
    for (int i = 0; i < counts().size(); i++) {
      sum.add(counts().get(i) + other.counts().get(i));
    }
    return builder().from(this).counts(sum).eligible(eligible() + other.eligible())
        .answered(answered() + other.answered()).invalid(invalid() + other.invalid()).build();
  }

  private int index(String category) {
    int i = categories().indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("item " + item() + " has no category '" + category + "'; it has "
          + categories());
    }
    return i;
  }

  @Value.Check
  void check() {
    String where = "tally of " + item();
    if (counts().size() != categories().size()) {
      throw new IllegalArgumentException(where + ": " + counts().size() + " counts for "
          + categories().size() + " categories");
    }
    if (counts().stream().anyMatch(c -> c < 0) || answered() < 0 || invalid() < 0
        || answered() + invalid() > eligible()) {
      throw new IllegalArgumentException(where + ": need non-negative counts and answered + invalid <= "
          + "eligible, but counts were " + counts() + ", answered " + answered() + ", invalid " + invalid()
          + ", eligible " + eligible());
    }
    int sum = counts().stream().mapToInt(Integer::intValue).sum();
    if (!multipleResponse() && !categories().isEmpty() && sum != answered()) {
      throw new IllegalArgumentException(where + ": the counts add up to " + sum + ", but " + answered()
          + " answered");
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%s: answered %d of %d eligible (missing %d%s)%s", item(), answered(), eligible(), missing(),
        invalid() > 0 ? ", of which " + invalid() + " invalid" : "", smallSample() ? " [small sample]" : ""));
    int width = categories().stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < categories().size(); i++) {
      Share share = new Share(counts().get(i), answered());
      out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + width + "s %4d", categories().get(i),
          counts().get(i)));
      share.proportion().ifPresent(p -> out.append(String.format(Locale.ROOT, "  %3.0f%%  (95%% CI %s)",
          p * 100, share.interval().orElseThrow())));
    }
    return out.toString();
  }
}
