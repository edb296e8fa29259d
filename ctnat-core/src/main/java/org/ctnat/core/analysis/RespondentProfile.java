package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.SurveyResponse;

/**
 * Who answered a survey: for each attribute that a profile question records (country, position
 * category, years in organisation, years on counter-trafficking, age band, gender), a {@link
 * Tally} of the respondents by option — "of the 19 respondents, 13 (68 per cent) were women".
 * Every respondent is eligible for every attribute; a respondent whose value is not an option
 * counts as invalid.
 *
 * <p>Profiles of the same instrument combine with {@link #plus(RespondentProfile)}, which is
 * associative and commutative, with {@link #empty(Instrument)} as its identity; {@link
 * #collector(Instrument)} collects a stream, sequential or parallel, in memory that does not grow
 * with the stream.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RespondentProfile {

  private final String instrument;
  private final int respondents;
  private final Map<ProfileAttribute, Tally> tallies;

  private RespondentProfile(String instrument, int respondents, Map<ProfileAttribute, Tally> tallies) {
    this.instrument = instrument;
    this.respondents = respondents;
    this.tallies = tallies;
  }

  /**
   * The profile of no respondents: the identity of {@link #plus(RespondentProfile)}.
   *
   * @param instrument the instrument
   * @return the empty profile, with a tally of zeros for every recorded attribute
   */
  public static RespondentProfile empty(Instrument instrument) {
    return new Accumulator(instrument).finish();
  }

  /**
   * The profile of some responses.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @return the profile
   */
  public static RespondentProfile of(Instrument instrument, Iterable<SurveyResponse> responses) {
    Accumulator accumulator = new Accumulator(instrument);
    responses.forEach(accumulator::add);
    return accumulator.finish();
  }

  /**
   * A collector of the profile of a stream of responses, sequential or parallel.
   *
   * @param instrument the instrument
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, RespondentProfile> collector(Instrument instrument) {
    return Collector.of(() -> new Accumulator(instrument), Accumulator::add, Accumulator::combine,
        Accumulator::finish, Collector.Characteristics.UNORDERED);
  }

  /**
   * How many respondents: the eligible of every tally.
   *
   * @return the number of responses profiled
   */
  public int respondents() {
    return respondents;
  }

  /**
   * The tallies, one per attribute that a profile question records, in attribute order.
   *
   * @return tallies by attribute; each tally's item is the profile question
   */
  public Map<ProfileAttribute, Tally> tallies() {
    return tallies;
  }

  /**
   * The tally of one attribute.
   *
   * @param attribute the attribute
   * @return its tally, or empty if no profile question records it
   */
  public Optional<Tally> tally(ProfileAttribute attribute) {
    return Optional.ofNullable(tallies.get(attribute));
  }

  /**
   * This profile combined with that of other respondents to the same instrument.
   *
   * @param other the other respondents' profile
   * @return the profile of all of them
   * @throws IllegalArgumentException if the other profile is of another instrument
   */
  public RespondentProfile plus(RespondentProfile other) {
    if (!instrument.equals(other.instrument)) {
      throw new IllegalArgumentException("cannot add the respondent profile of " + other.instrument
          + " to one of " + instrument);
    }
    Map<ProfileAttribute, Tally> sum = new EnumMap<>(ProfileAttribute.class);
    tallies.forEach((attribute, tally) -> sum.put(attribute, tally.plus(other.tallies.get(attribute))));
    return new RespondentProfile(instrument, respondents + other.respondents, Collections.unmodifiableMap(sum));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RespondentProfile p && instrument.equals(p.instrument) && respondents == p.respondents
        && tallies.equals(p.tallies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, respondents, tallies);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Respondent profile of " + instrument + ": " + respondents + " respondents");
    tallies.forEach((attribute, tally) -> {
      out.append(System.lineSeparator()).append("  ").append(attribute.key()).append(':');
      for (int i = 0; i < tally.categories().size(); i++) {
        out.append(' ').append(tally.categories().get(i)).append(' ').append(tally.counts().get(i))
            .append(i + 1 < tally.categories().size() ? "," : "");
      }
      if (tally.missing() > 0) {
        out.append(" (missing ").append(tally.missing()).append(')');
      }
    });
    return out.toString();
  }

  /** The mutable state of a profile being built. */
  private static final class Accumulator {
    private final Instrument instrument;
    private final Map<ProfileAttribute, SingleChoice> questions = new EnumMap<>(ProfileAttribute.class);
    private final Map<ProfileAttribute, List<String>> codes = new EnumMap<>(ProfileAttribute.class);
    private final Map<ProfileAttribute, int[]> counts = new EnumMap<>(ProfileAttribute.class);
    /** Per attribute: answered, invalid. */
    private final Map<ProfileAttribute, int[]> answeredInvalid = new EnumMap<>(ProfileAttribute.class);
    private int respondents;

    Accumulator(Instrument instrument) {
      this.instrument = instrument;
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q && q.profile().isPresent()) {
          questions.put(q.profile().get(), q);
          codes.put(q.profile().get(), q.options().stream().map(ChoiceOption::code).toList());
          counts.put(q.profile().get(), new int[q.options().size()]);
          answeredInvalid.put(q.profile().get(), new int[2]);
        }
      }
    }

    void add(SurveyResponse response) {
      respondents++;
      Map<ProfileAttribute, String> profile = response.profile(instrument);
      for (Map.Entry<ProfileAttribute, List<String>> entry : codes.entrySet()) {
        String value = profile.get(entry.getKey());
        if (value == null) {
          continue;
        }
        int i = entry.getValue().indexOf(value);
        if (i >= 0) {
          counts.get(entry.getKey())[i]++;
          answeredInvalid.get(entry.getKey())[0]++;
        } else {
          answeredInvalid.get(entry.getKey())[1]++;
        }
      }
    }

    Accumulator combine(Accumulator other) {
      respondents += other.respondents;
      counts.forEach((attribute, c) -> {
        int[] o = other.counts.get(attribute);
        for (int i = 0; i < c.length; i++) {
          c[i] += o[i];
        }
        answeredInvalid.get(attribute)[0] += other.answeredInvalid.get(attribute)[0];
        answeredInvalid.get(attribute)[1] += other.answeredInvalid.get(attribute)[1];
      });
      return this;
    }

    RespondentProfile finish() {
      Map<ProfileAttribute, Tally> tallies = new EnumMap<>(ProfileAttribute.class);
      questions.forEach((attribute, question) -> {
        List<Integer> list = new ArrayList<>();
        for (int c : counts.get(attribute)) {
          list.add(c);
        }
        int[] ai = answeredInvalid.get(attribute);
        tallies.put(attribute, Tally.builder().item(question.id()).categories(codes.get(attribute)).counts(list)
            .eligible(respondents).answered(ai[0]).invalid(ai[1]).build());
      });
      return new RespondentProfile(instrument.id() + " " + instrument.version(), respondents,
          Collections.unmodifiableMap(tallies));
    }
  }
}
