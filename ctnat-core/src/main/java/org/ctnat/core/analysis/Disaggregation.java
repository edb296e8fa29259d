package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.SurveyResponse;

/**
 * Survey tallies disaggregated by one or more profile attributes — by gender, by position
 * category, by country, or by country × gender: one {@link SurveyTally} per group of
 * respondents, keyed by {@link GroupKey}. Every respondent falls in exactly one group, the one
 * of its {@linkplain SurveyResponse#profile(Instrument) profile} (a missing attribute is the
 * group {@value GroupKey#MISSING}; a value that is not an option of the profile question, which
 * validation reports, is a group of its own rather than being lost, where a {@link CrossTabs}
 * table, whose rows are the options, counts it as missing), so the parts add up to the {@link
 * #whole()}.
 *
 * <p>Built in one pass with {@link #collector(Instrument, List)}; memory grows with the number
 * of groups times the size of the instrument, not with the number of responses.
 * Disaggregations by the same attributes combine with {@link #plus(Disaggregation)}
 * (associative, commutative; {@link #empty(Instrument, List)} is the identity).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Disaggregation {

  private final Instrument instrument;
  private final List<ProfileAttribute> attributes;
  private final SortedMap<GroupKey, SurveyTally> groups;

  private Disaggregation(Instrument instrument, List<ProfileAttribute> attributes,
      SortedMap<GroupKey, SurveyTally> groups) {
    this.instrument = instrument;
    this.attributes = List.copyOf(attributes);
    this.groups = Collections.unmodifiableSortedMap(groups);
  }

  /**
   * The disaggregation of no responses.
   *
   * @param instrument the instrument
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return the empty disaggregation
   */
  public static Disaggregation empty(Instrument instrument, List<ProfileAttribute> attributes) {
    check(attributes);
    return new Disaggregation(instrument, attributes, new TreeMap<>());
  }

  /**
   * Disaggregates some responses.
   *
   * @param instrument the instrument they answer
   * @param responses the responses
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return the disaggregation
   */
  public static Disaggregation of(Instrument instrument, Iterable<SurveyResponse> responses,
      ProfileAttribute... attributes) {
    check(List.of(attributes));
    Accumulator accumulator = new Accumulator(instrument, List.of(attributes));
    responses.forEach(accumulator::add);
    return accumulator.finish();
  }

  /**
   * A collector that disaggregates a stream of responses, sequential or parallel.
   *
   * @param instrument the instrument the responses answer
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, Disaggregation> collector(Instrument instrument,
      List<ProfileAttribute> attributes) {
    check(attributes);
    List<ProfileAttribute> by = List.copyOf(attributes);
    Layout layout = new Layout(instrument);
    ProfileLookup lookup = new ProfileLookup(instrument, by);
    return Collector.of(() -> new Accumulator(instrument, layout, by, lookup), Accumulator::add,
        Accumulator::combine, Accumulator::finish, Collector.Characteristics.UNORDERED);
  }

  /**
   * A recorder for readers that decode answers themselves: pick the group of each response with
   * {@link Recorder#group(String...)} and record its answers on the group's {@link
   * SurveyTally.Recorder}. Item and category numbers are the same in every group.
   *
   * @param instrument the instrument the responses answer
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return a new recorder
   */
  public static Recorder recorder(Instrument instrument, List<ProfileAttribute> attributes) {
    check(attributes);
    return new Recorder(instrument, attributes);
  }

  /**
   * Records responses group by group. A mutable builder: not thread-safe; use one per thread
   * and combine the results with {@link Disaggregation#plus(Disaggregation)}.
   */
  public static final class Recorder {
    private final Instrument instrument;
    private final Layout layout;
    private final List<ProfileAttribute> attributes;
    private final Map<GroupKey, SurveyTally.Recorder> groups = new HashMap<>();

    Recorder(Instrument instrument, List<ProfileAttribute> attributes) {
      this.instrument = instrument;
      this.layout = new Layout(instrument);
      this.attributes = List.copyOf(attributes);
    }

    /**
     * The recorder of one group; look it up once per group, not once per response.
     *
     * @param values one value per attribute, in the order of the attributes (an option code,
     *     or {@link GroupKey#MISSING})
     * @return the group's tally recorder
     * @throws IllegalArgumentException if the number of values is wrong
     */
    public SurveyTally.Recorder group(String... values) {
      GroupKey key = new GroupKey(attributes, List.of(values));
      return groups.computeIfAbsent(key, k -> new SurveyTally.Recorder(new SurveyTally.Accumulator(layout)));
    }

    /**
     * The disaggregation of everything recorded so far; groups with no response are left out.
     *
     * @return the disaggregation
     */
    public Disaggregation toDisaggregation() {
      SortedMap<GroupKey, SurveyTally> tallies = new TreeMap<>();
      groups.forEach((key, recorder) -> {
        SurveyTally tally = recorder.toTally();
        if (tally.responses() > 0) {
          tallies.put(key, tally);
        }
      });
      return new Disaggregation(instrument, attributes, tallies);
    }
  }

  private static void check(List<ProfileAttribute> attributes) {
    if (attributes.isEmpty() || attributes.stream().distinct().count() != attributes.size()) {
      throw new IllegalArgumentException("disaggregation: need at least one attribute, each once, but got "
          + attributes);
    }
  }

  /**
   * The attributes disaggregated by.
   *
   * @return the attributes, in the order asked
   */
  public List<ProfileAttribute> attributes() {
    return attributes;
  }

  /**
   * The tally of each group that has at least one respondent, in group order.
   *
   * @return tallies by group
   */
  public SortedMap<GroupKey, SurveyTally> groups() {
    return groups;
  }

  /**
   * The tally of all respondents: the sum of the groups.
   *
   * @return the whole
   */
  public SurveyTally whole() {
    return groups.values().stream().reduce(SurveyTally.empty(instrument), SurveyTally::plus);
  }

  /**
   * This disaggregation combined with another by the same attributes.
   *
   * @param other another disaggregation of the same instrument and attributes
   * @return the disaggregation of both sets of responses
   * @throws IllegalArgumentException if the attributes differ
   */
  public Disaggregation plus(Disaggregation other) {
    if (!instrument.id().equals(other.instrument.id()) || !instrument.version().equals(other.instrument.version())) {
      throw new IllegalArgumentException("cannot combine a disaggregation of " + other.instrument.id() + " "
          + other.instrument.version() + " with one of " + instrument.id() + " " + instrument.version());
    }
    if (!attributes.equals(other.attributes)) {
      throw new IllegalArgumentException("cannot combine a disaggregation by " + other.attributes
          + " with one by " + attributes);
    }
    SortedMap<GroupKey, SurveyTally> sum = new TreeMap<>(groups);
    other.groups.forEach((key, tally) -> sum.merge(key, tally, SurveyTally::plus));
    return new Disaggregation(instrument, attributes, sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Disaggregation d && attributes.equals(d.attributes) && groups.equals(d.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, groups);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Disaggregation by " + attributes.stream().map(ProfileAttribute::key)
        .toList() + ": " + groups.size() + " groups");
    groups.forEach((key, tally) -> out.append(System.lineSeparator()).append("  ").append(key)
        .append(": ").append(tally.responses()).append(" respondents"));
    return out.toString();
  }

  /**
   * The mutable state of a disaggregation being built: one tally accumulator per group, found
   * per response through a tree of the attributes' values (no key object made per response).
   */
  private static final class Accumulator {
    private final Instrument instrument;
    private final Layout layout;
    private final List<ProfileAttribute> attributes;
    private final ProfileLookup lookup;
    private final Map<GroupKey, SurveyTally.Accumulator> groups = new HashMap<>();
    /** Values of the first attributes to maps of the next; the last level maps to accumulators. */
    private final Map<String, Object> tree = new HashMap<>();

    Accumulator(Instrument instrument, List<ProfileAttribute> attributes) {
      this(instrument, new Layout(instrument), List.copyOf(attributes), new ProfileLookup(instrument, attributes));
    }

    Accumulator(Instrument instrument, Layout layout, List<ProfileAttribute> attributes, ProfileLookup lookup) {
      this.instrument = instrument;
      this.layout = layout;
      this.attributes = attributes;
      this.lookup = lookup;
    }

    @SuppressWarnings("unchecked")
    void add(SurveyResponse response) {
      Map<String, Object> level = tree;
      int last = attributes.size() - 1;
      for (int a = 0; a < last; a++) {
        level = (Map<String, Object>) level.computeIfAbsent(value(response, a), v -> new HashMap<String, Object>());
      }
      String value = value(response, last);
      SurveyTally.Accumulator group = (SurveyTally.Accumulator) level.get(value);
      if (group == null) {
        List<String> values = new ArrayList<>(attributes.size());
        for (int a = 0; a < attributes.size(); a++) {
          values.add(value(response, a));
        }
        group = groups.computeIfAbsent(new GroupKey(attributes, values), k -> new SurveyTally.Accumulator(layout));
        level.put(value, group);
      }
      group.add(response);
    }

    private String value(SurveyResponse response, int attribute) {
      String value = lookup.value(response, attribute);
      return value == null ? GroupKey.MISSING : value;
    }

    Accumulator combine(Accumulator other) {
      other.groups.forEach((key, tally) -> groups.merge(key, tally, SurveyTally.Accumulator::combine));
      return this;
    }

    Disaggregation finish() {
      SortedMap<GroupKey, SurveyTally> tallies = new TreeMap<>();
      groups.forEach((key, tally) -> tallies.put(key, tally.finish()));
      return new Disaggregation(instrument, attributes, tallies);
    }
  }
}
