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
 * many <em>answered</em>, how many gave an answer that could not be counted (<em>invalid</em>:
 * an unknown code or the wrong kind of answer), and how many are <em>missing</em>.
 *
 * <p>For a single choice or a grid statement every answer counts once, so the counts add up to
 * {@link #answered()}. For a multiple choice ({@link #multipleResponse()}) a respondent counts
 * once for each option chosen, so the counts may add up to more. A free-text item has no
 * categories: its tally counts who answered. Shares are of those who
 * answered; each has a confidence interval. Samples below {@value #SMALL_SAMPLE} answers are
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
   * Whether a respondent may count in several categories (a multiple choice).
   *
   * @return true for a multiple choice
   */
  @Value.Default
  public boolean multipleResponse() {
    return false;
  }

  /**
   * How many respondents were asked the item.
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
   * How many gave an answer that could not be counted (validation reports why).
   *
   * @return the invalid answers
   */
  @Value.Default
  public int invalid() {
    return 0;
  }

  /**
   * How many eligible respondents gave no answer.
   *
   * @return eligible − answered − invalid
   */
  public int missing() {
    return eligible() - answered() - invalid();
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
        invalid() > 0 ? ", invalid " + invalid() : "", smallSample() ? " [small sample]" : ""));
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
