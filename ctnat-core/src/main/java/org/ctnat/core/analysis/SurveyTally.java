package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * The tallies of every item of a survey, built in one pass over the responses: single and
 * multiple choices, rankings (how often each option was ranked), every grid statement, and
 * free texts (how many answered).
 *
 * <p>Memory grows with the number of items and categories of the instrument (a few hundred
 * integers for the standard survey), not with the number of responses, so a stream of a
 * million responses — sequential or parallel, from memory or a file reader — is tallied in
 * constant space with {@link #collector(Instrument)}. Tallies combine with {@link
 * #plus(SurveyTally)}, which is associative and commutative with {@link #empty(Instrument)} as
 * identity: per-file or per-thread tallies add up to the tally of all responses.
 *
 * <p>An answer is counted in its categories ({@linkplain Tally#answered() answered}) exactly when
 * {@link org.ctnat.core.response.ResponseValidation#validate(Instrument, SurveyResponse)} finds
 * nothing wrong with it that changes what it says; otherwise it counts as {@linkplain
 * Tally#invalid() invalid}, never as a category. Invalid are: an answer of the wrong kind; a
 * code the item does not have; a blank text; a selection of fewer or more options than the
 * question asks for, or an exclusive option chosen with others ("choose three" answered with
 * four, or with none); a ranking whose ranks do not run 1, 2, …, n ({@link
 * RankingAnswer#ranksInOrder()}) or that ranks fewer or more options than the question allows;
 * a follow-up answer (2.2.1) that is not one of those chosen in its parent (2.2), or given
 * without the parent answered. Two findings of validation leave an answer countable: a code
 * repeated in a selection (counted once) and a specified text without the "Other" option (the
 * text is ignored; {@link OtherTexts} does not collect it). Answers to items the survey does not have are ignored
 * (validation reports them). A follow-up is eligible in every response that gave its parent a
 * countable answer, and in any other response that answers the follow-up itself.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SurveyTally {

  private final Layout layout;
  private final int responses;
  private final int[] counts;
  private final int[] answered;
  private final int[] invalid;
  /** For a follow-up, how many responses were eligible; 0 for other items. */
  private final int[] followUpEligible;

  private SurveyTally(Layout layout, int responses, int[] counts, int[] answered, int[] invalid,
      int[] followUpEligible) {
    this.layout = layout;
    this.responses = responses;
    this.counts = counts;
    this.answered = answered;
    this.invalid = invalid;
    this.followUpEligible = followUpEligible;
  }

  /**
   * The tally of no responses.
   *
   * @param instrument the instrument
   * @return the empty tally
   */
  public static SurveyTally empty(Instrument instrument) {
    return new Accumulator(new Layout(instrument)).finish();
  }

  /**
   * Tallies some responses.
   *
   * @param instrument the instrument they answer
   * @param responses the responses
   * @return the tally
   */
  public static SurveyTally of(Instrument instrument, Iterable<SurveyResponse> responses) {
    Accumulator accumulator = new Accumulator(new Layout(instrument));
    responses.forEach(accumulator::add);
    return accumulator.finish();
  }

  /**
   * A collector that tallies a stream of responses, sequential or parallel, in memory that
   * does not grow with the stream.
   *
   * @param instrument the instrument the responses answer
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, SurveyTally> collector(Instrument instrument) {
    Layout layout = new Layout(instrument);
    return Collector.of(() -> new Accumulator(layout), Accumulator::add, Accumulator::combine,
        Accumulator::finish, Collector.Characteristics.UNORDERED);
  }

  /**
   * A recorder for readers that decode answers themselves (a CSV or JSON-lines reader, a
   * database cursor): items and categories are resolved to numbers once, then each response is
   * recorded without creating any object. This is the fast path of streaming tallies; the
   * {@link #collector(Instrument) collector} is the convenient one. Both give equal tallies for
   * the same answers.
   *
   * @param instrument the instrument the responses answer
   * @return a new recorder
   */
  public static Recorder recorder(Instrument instrument) {
    return new Recorder(new Accumulator(new Layout(instrument)));
  }

  /**
   * Records responses answer by answer, by item and category number. Per response: call
   * {@link #response()} once, then one of {@link #single(int, int)}, {@link #multiple(int, long)},
   * {@link #text(int)}, {@link #invalid(int)} or {@link #invalidSelection(int, long)} for each
   * answered item, in any order; or {@link #add(SurveyResponse)} for a whole response. Items
   * without a call are missing. The recorder counts exactly what {@link
   * SurveyTally#collector(Instrument)} counts of the same answers: it judges the question's limits
   * and each follow-up against its parent itself; only that a ranking's ranks run 1, 2, …, n it
   * cannot see in a mask, so the caller checks it.
   *
   * <p>A mutable builder: not thread-safe; use one recorder per thread and combine the tallies
   * with {@link SurveyTally#plus(SurveyTally)}.
   */
  public static final class Recorder {
    private final Accumulator accumulator;

    Recorder(Accumulator accumulator) {
      this.accumulator = accumulator;
    }

    /**
     * The number of an item, to pass to the recording methods.
     *
     * @param item a question or grid statement id
     * @return its number
     * @throws IllegalArgumentException if the survey has no such item
     */
    public int item(ItemId item) {
      int i = accumulator.layout.index(item);
      if (i < 0) {
        throw new IllegalArgumentException("the survey of " + accumulator.layout.instrument + " has no item "
            + item + " (a grid is recorded by its statements)");
      }
      return i;
    }

    /**
     * The number of a category (option or scale point) of an item.
     *
     * @param item an item number
     * @param code the option or point code
     * @return its number, counted from 0 in instrument order
     * @throws IllegalArgumentException if the item has no such category
     */
    public int category(int item, String code) {
      int c = accumulator.layout.category(item, code);
      if (c < 0) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + " has no category '"
            + code + "'; it has " + accumulator.layout.categories.get(item));
      }
      return c;
    }

    /**
     * Records a whole response exactly as {@link SurveyTally#collector(Instrument)} counts it,
     * instead of {@link #response()} and the calls per answer: for readers that decode most
     * responses themselves and fall back to response objects for the rest.
     *
     * @param response the response
     */
    public void add(SurveyResponse response) {
      accumulator.add(response);
    }

    /** Starts the next response (and ends the one before). */
    public void response() {
      accumulator.endResponse();
      accumulator.responses++;
    }

    /**
     * Records the answer to a single choice or grid statement. The answer to a follow-up (2.2.1)
     * is judged when the response ends, against its parent's answer recorded in the same
     * response, whichever came first: it counts if the parent's recorded selection includes
     * it (also a selection recorded with {@link #invalidSelection(int, long)}), or if the
     * parent's answer was recorded {@linkplain #invalid(int) invalid} (it was not a selection,
     * so, as validation judges it, it does not contradict the follow-up), and is invalid
     * otherwise — also when the parent was not answered.
     *
     * @param item the item number
     * @param category the category number
     * @throws IllegalArgumentException if the item is not a single choice or grid statement, or
     *     has no such category
     * @throws IndexOutOfBoundsException if there is no such item number
     * @throws IllegalStateException if no response was started
     */
    public void single(int item, int category) {
      Layout.Kind kind = accumulator.layout.kinds.get(item);
      if (kind != Layout.Kind.SINGLE && kind != Layout.Kind.POINT) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + " is not a single "
            + "choice or grid statement; record its answer with " + (kind == Layout.Kind.TEXT ? "text" : "multiple"));
      }
      checkCategory(item, category);
      started(item);
      accumulator.single(item, category);
    }

    /**
     * Records the answer to a multiple choice or ranking: the categories chosen or ranked, as
     * bits (bit c set for category c; at most 64 categories). An answer outside the question's
     * limits — fewer or more options than it asks for (so an empty mask, unless the question
     * allows choosing none), or an exclusive option with others — is recorded as invalid, as
     * {@link SurveyTally} counts it. Whether a ranking's ranks run 1, 2, …, n the mask cannot
     * say: check {@link RankingAnswer#ranksInOrder()} first, and record one that does not with
     * {@link #invalid(int)}.
     *
     * @param item the item number
     * @param categories the categories as a bit mask
     * @throws IllegalArgumentException if the item is not a multiple choice or ranking, or the
     *     mask names a category the item lacks
     * @throws IllegalStateException if no response was started
     */
    public void multiple(int item, long categories) {
      checkMask(item, categories, Layout.Kind.MULTIPLE, Layout.Kind.RANKED);
      started(item);
      accumulator.selection(item, categories);
    }

    /**
     * Records a multiple choice's selection that cannot be counted because it names codes the
     * item does not have: only its known categories are given (none: 0), and they still decide,
     * as validation does, which answers to the question's follow-ups count.
     *
     * @param item the item number of a multiple choice
     * @param knownCategories the categories of the codes the item has, as a bit mask
     * @throws IllegalArgumentException if the item is not a multiple choice, or the mask names a
     *     category the item lacks
     * @throws IllegalStateException if no response was started
     */
    public void invalidSelection(int item, long knownCategories) {
      checkMask(item, knownCategories, Layout.Kind.MULTIPLE, Layout.Kind.MULTIPLE);
      started(item);
      accumulator.invalidSelection(item, knownCategories);
    }

    private void checkMask(int item, long categories, Layout.Kind kind, Layout.Kind orKind) {
      Layout.Kind actual = accumulator.layout.kinds.get(item);
      if (actual != kind && actual != orKind) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + " is not a "
            + (kind == orKind ? "multiple choice" : "multiple choice or ranking") + "; record its answer with "
            + (actual == Layout.Kind.TEXT ? "text" : actual == Layout.Kind.RANKED ? "multiple" : "single"));
      }
      int size = accumulator.layout.categories.get(item).size();
      if (size < 64 && (categories >>> size) != 0) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + ": the category mask "
            + Long.toBinaryString(categories) + " names a category beyond its " + size);
      }
    }

    private void started(int item) {
      if (accumulator.responses == 0) {
        throw new IllegalStateException("item " + accumulator.layout.items.get(item)
            + ": call response() before recording the answers of a response");
      }
    }

    private void checkCategory(int item, int category) {
      int size = accumulator.layout.categories.get(item).size();
      if (category < 0 || category >= size) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + ": category must be 0 to "
            + (size - 1) + ", but was " + category);
      }
    }

    /**
     * Records a non-blank free-text answer (a blank one is {@linkplain #invalid(int) invalid}).
     *
     * @param item the item number
     * @throws IllegalArgumentException if the item is not a free-text question
     * @throws IllegalStateException if no response was started
     */
    public void text(int item) {
      if (accumulator.layout.kinds.get(item) != Layout.Kind.TEXT) {
        throw new IllegalArgumentException("item " + accumulator.layout.items.get(item) + " is not a free-text "
            + "question; record its answer with single or multiple");
      }
      started(item);
      accumulator.answered(item);
    }

    /**
     * Records an answer that cannot be counted: of the wrong kind, a single choice's or grid
     * point's code the item does not have, a blank text, or a ranking whose ranks do not run 1,
     * 2, …, n or name a code the item lacks. A selection answering a multiple choice is always
     * recorded with {@link #multiple(int, long)} or, if it names a code the item lacks, with
     * {@link #invalidSelection(int, long)} (mask 0 if it names no known code): here, the answer
     * to a multiple choice counts as not being a selection, which, as validation judges it, does
     * not contradict the question's follow-ups.
     *
     * @param item the item number
     * @throws IllegalStateException if no response was started
     */
    public void invalid(int item) {
      started(item);
      accumulator.recordedInvalid(item);
    }

    /**
     * The tally of everything recorded so far, the current response included as it stands; the
     * response stays open, so answers recorded after this call, before the next {@link
     * #response()}, still belong to it.
     *
     * @return the tally
     */
    public SurveyTally toTally() {
      Accumulator copy = new Accumulator(accumulator);
      copy.endResponse();
      return copy.finish();
    }
  }

  /**
   * How many responses were tallied.
   *
   * @return the number of responses
   */
  public int responses() {
    return responses;
  }

  /**
   * The items tallied, in instrument order.
   *
   * @return the item ids
   */
  public List<ItemId> items() {
    return List.copyOf(layout.items);
  }

  /**
   * The tally of one item.
   *
   * @param item the item id (a question, or a grid statement)
   * @return its tally
   * @throws IllegalArgumentException if the survey has no such item
   */
  public Tally tally(ItemId item) {
    int i = layout.index(item);
    if (i < 0) {
      throw new IllegalArgumentException("the survey of " + layout.instrument + " has no item " + item
          + " (a grid is tallied by its statements)");
    }
    return tally(i);
  }

  /**
   * The tallies of every item, in instrument order.
   *
   * @return the tallies
   */
  public List<Tally> tallies() {
    List<Tally> all = new ArrayList<>(layout.items.size());
    for (int i = 0; i < layout.items.size(); i++) {
      all.add(tally(i));
    }
    return all;
  }

  private Tally tally(int i) {
    List<Integer> itemCounts = new ArrayList<>();
    for (int c = 0; c < layout.categories.get(i).size(); c++) {
      itemCounts.add(counts[layout.offsets[i] + c]);
    }
    Layout.Kind kind = layout.kinds.get(i);
    int eligible = layout.parents[i] >= 0 ? followUpEligible[i] : responses;
    return Tally.builder().item(layout.items.get(i)).categories(layout.categories.get(i)).counts(itemCounts)
        .multipleResponse(kind == Layout.Kind.MULTIPLE || kind == Layout.Kind.RANKED)
        .eligible(eligible).answered(answered[i]).invalid(invalid[i])
        .build();
  }

  /**
   * This tally combined with another of the same instrument.
   *
   * @param other a tally of responses to the same instrument id and version
   * @return the tally of both sets of responses
   * @throws IllegalArgumentException if the instruments differ
   */
  public SurveyTally plus(SurveyTally other) {
    Accumulator sum = new Accumulator(layout);
    sum.combine(new Accumulator(this));
    sum.combine(new Accumulator(other));
    return sum.finish();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurveyTally other && layout.instrument.equals(other.layout.instrument)
        && responses == other.responses && Arrays.equals(counts, other.counts)
        && Arrays.equals(answered, other.answered) && Arrays.equals(invalid, other.invalid)
        && Arrays.equals(followUpEligible, other.followUpEligible);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layout.instrument, responses, Arrays.hashCode(counts), Arrays.hashCode(answered),
        Arrays.hashCode(invalid), Arrays.hashCode(followUpEligible));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Survey tally of " + layout.instrument + ": " + responses
        + " responses");
    for (int i = 0; i < layout.items.size(); i++) {
      out.append(System.lineSeparator()).append(String.format(java.util.Locale.ROOT, "  %-8s answered %d",
          layout.items.get(i), answered[i]));
      List<String> categories = layout.categories.get(i);
      for (int c = 0; c < categories.size(); c++) {
        out.append(c == 0 ? ": " : ", ").append(categories.get(c)).append(' ')
            .append(counts[layout.offsets[i] + c]);
      }
    }
    return out.toString();
  }

  /** The mutable state of a tally being built: one pass, one thread. Package-private. */
  static final class Accumulator {
    private final Layout layout;
    private int responses;
    private final int[] counts;
    private final int[] answered;
    private final int[] invalid;
    private final int[] followUpEligible;
    /** Per follow-up, the number of the last response counted as eligible for it. */
    private final int[] eligibleFor;
    private final BitSet seen;
    /** Per parent of a follow-up, the number of the response its answer was last recorded in (recorder). */
    private final int[] recordedIn;
    /** Per parent of a follow-up, the categories of its last recorded answer (recorder). */
    private final long[] recordedMask;
    /** Per parent of a follow-up, whether its last recorded answer was invalid (recorder). */
    private final boolean[] recordedAsInvalid;
    /** Follow-up answers of the current response still to judge: item, category, item, category, … */
    private int[] pending = new int[8];
    private int pendingSize;

    Accumulator(Layout layout) {
      this.layout = layout;
      this.counts = new int[layout.slots];
      this.answered = new int[layout.items.size()];
      this.invalid = new int[layout.items.size()];
      this.followUpEligible = new int[layout.items.size()];
      this.eligibleFor = new int[layout.items.size()];
      this.seen = new BitSet();
      this.recordedIn = new int[layout.items.size()];
      Arrays.fill(recordedIn, -1);
      this.recordedMask = new long[layout.items.size()];
      this.recordedAsInvalid = new boolean[layout.items.size()];
    }

    /** A copy of another accumulator, the current response's pending answers included. */
    Accumulator(Accumulator other) {
      this.layout = other.layout;
      this.responses = other.responses;
      this.counts = other.counts.clone();
      this.answered = other.answered.clone();
      this.invalid = other.invalid.clone();
      this.followUpEligible = other.followUpEligible.clone();
      this.eligibleFor = other.eligibleFor.clone();
      this.seen = new BitSet();
      this.recordedIn = other.recordedIn.clone();
      this.recordedMask = other.recordedMask.clone();
      this.recordedAsInvalid = other.recordedAsInvalid.clone();
      this.pending = other.pending.clone();
      this.pendingSize = other.pendingSize;
    }

    /** An accumulator holding a finished tally's counts, no response open. */
    Accumulator(SurveyTally tally) {
      this(tally.layout);
      this.responses = tally.responses;
      System.arraycopy(tally.counts, 0, counts, 0, counts.length);
      System.arraycopy(tally.answered, 0, answered, 0, answered.length);
      System.arraycopy(tally.invalid, 0, invalid, 0, invalid.length);
      System.arraycopy(tally.followUpEligible, 0, followUpEligible, 0, followUpEligible.length);
    }

    /**
     * Counts a countable answer of the current response. A follow-up is eligible in a response
     * that answered its parent or that answers (even invalidly) the follow-up itself, once.
     */
    void answered(int item) {
      answered[item]++;
      for (int followUp : layout.followUps[item]) {
        eligible(followUp);
      }
      if (layout.parents[item] >= 0) {
        eligible(item);
      }
    }

    /** Counts an answer of the current response that cannot be counted. */
    void invalid(int item) {
      invalid[item]++;
      if (layout.parents[item] >= 0) {
        eligible(item);
      }
    }

    private void eligible(int followUp) {
      if (eligibleFor[followUp] != responses) {
        eligibleFor[followUp] = responses;
        followUpEligible[followUp]++;
      }
    }

    /** Records a single choice of the current response; a follow-up's waits for {@link #endResponse()}. */
    void single(int item, int category) {
      if (layout.parents[item] >= 0) {
        if (pendingSize == pending.length) {
          pending = Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingSize++] = item;
        pending[pendingSize++] = category;
      } else {
        counts[layout.offsets[item] + category]++;
        answered(item);
      }
    }

    /** Records a selection or ranking of the current response, as a mask of categories. */
    void selection(int item, long mask) {
      remember(item, mask, false);
      if (!layout.withinLimits(item, mask)) {
        invalid(item);
        return;
      }
      int offset = layout.offsets[item];
      for (long bits = mask; bits != 0; bits &= bits - 1) {
        counts[offset + Long.numberOfTrailingZeros(bits)]++;
      }
      answered(item);
    }

    /** Records an uncountable selection of the current response whose known categories are given. */
    void invalidSelection(int item, long known) {
      remember(item, known, false);
      invalid(item);
    }

    /** Remembers, for a parent of follow-ups, what its answer in the current response chose. */
    private void remember(int item, long mask, boolean asInvalid) {
      if (layout.followUps[item].length > 0) {
        recordedIn[item] = responses;
        recordedMask[item] = mask;
        recordedAsInvalid[item] = asInvalid;
      }
    }

    /** Records an uncountable answer of the current response. */
    void recordedInvalid(int item) {
      remember(item, 0, true);
      invalid(item);
    }

    /** Judges the follow-up answers of the current response against their parents' answers. */
    void endResponse() {
      for (int p = 0; p < pendingSize; p += 2) {
        int item = pending[p];
        int category = pending[p + 1];
        int parent = layout.parents[item];
        boolean follows;
        if (recordedIn[parent] != responses) {
          follows = false; // the parent was not answered
        } else if (recordedAsInvalid[parent] || layout.parentCategory[item] == null) {
          follows = true; // what the parent chose is unknown, or it is not a selection
        } else {
          int c = layout.parentCategory[item][category];
          follows = c >= 0 && (recordedMask[parent] & (1L << c)) != 0;
        }
        if (follows) {
          counts[layout.offsets[item] + category]++;
          answered(item);
        } else {
          invalid(item);
        }
      }
      pendingSize = 0;
    }

    void add(SurveyResponse response) {
      endResponse();
      responses++;
      for (Map.Entry<ItemId, Answer> entry : response.answers().entrySet()) {
        int item = layout.index(entry.getKey());
        if (item >= 0) {
          if (count(item, entry.getValue(), response.answers())) {
            answered(item);
          } else {
            invalid(item);
          }
        }
      }
    }

    /** Counts one answer of a response; false if it cannot be counted. */
    private boolean count(int item, Answer answer, Map<ItemId, Answer> answers) {
      if (!layout.countable(item, answer, answers, seen)) {
        return false;
      }
      int offset = layout.offsets[item];
      for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
        counts[offset + c]++;
      }
      return true;
    }

    Accumulator combine(Accumulator other) {
      endResponse();
      other.endResponse();
      if (!layout.instrument.equals(other.layout.instrument)) {
        throw new IllegalArgumentException("cannot combine a tally of " + other.layout.instrument
            + " with a tally of " + layout.instrument);
      }
      responses += other.responses;
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
      for (int i = 0; i < answered.length; i++) {
        answered[i] += other.answered[i];
        invalid[i] += other.invalid[i];
        followUpEligible[i] += other.followUpEligible[i];
      }
      return this;
    }

    SurveyTally finish() {
      return new SurveyTally(layout, responses, counts.clone(), answered.clone(), invalid.clone(),
          followUpEligible.clone());
    }
  }
}
