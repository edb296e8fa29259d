package org.ctnat.core.analysis;

import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.SurveyResponse;

/**
 * Who answered: the respondent profile of a survey (how many respondents by gender, position
 * category, country, …) and the participant profile of the interviews (how many people took
 * part, by sex) — the methodology sections of the 2016 report ("Of the 92 interview
 * participants, 58 per cent were male").
 *
 * <p>Stateless and thread-safe.
 */
public final class Profiles {

  private Profiles() {}

  /**
   * A collector of the participant profile of a stream of interview records.
   *
   * @return the collector
   */
  public static java.util.stream.Collector<InterviewRecord, ?, ParticipantProfile> participantCollector() {
    return java.util.stream.Collectors.reducing(ParticipantProfile.empty(),
        record -> participants(List.of(record)), ParticipantProfile::plus);
  }

  /**
   * The respondent profile: for each attribute that a profile question records, a tally of the
   * respondents by option, from {@link SurveyResponse#profile(Instrument)} (answers, completed by
   * attributes set on the respondent). A value that is not an option counts as invalid.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @return one tally per recorded attribute; each tally's item is the profile question
   */
  public static RespondentProfile respondents(Instrument instrument, Iterable<SurveyResponse> responses) {
    return RespondentProfile.of(instrument, responses);
  }

  /**
   * A collector of the respondent profile of a stream of responses, sequential or parallel.
   *
   * @param instrument the instrument
   * @return the collector
   */
  public static java.util.stream.Collector<SurveyResponse, ?, RespondentProfile> respondentCollector(
      Instrument instrument) {
    return RespondentProfile.collector(instrument);
  }

  /**
   * The participant profiles of some interviews grouped by one metadata field — by country, by
   * respondent organization, by interview format. (The survey records each respondent's position
   * category as a profile attribute, see {@link #respondents}; the interview guide records the
   * respondent's organization and title as written, so interviews group by those texts.)
   *
   * @param records the interview records
   * @param field a metadata field id of the guide, e.g. {@code respondent_organization}
   * @return the profile of each value of the field, in value order; interviews without the
   *     field under {@link GroupKey#MISSING}
   */
  public static java.util.SortedMap<String, ParticipantProfile> participantsBy(Iterable<InterviewRecord> records,
      String field) {
    java.util.Objects.requireNonNull(field, "participant profile: field");
    java.util.SortedMap<String, ParticipantProfile> profiles = new java.util.TreeMap<>();
    for (InterviewRecord record : records) {
      String value = record.metadata().getOrDefault(field, GroupKey.MISSING);
      profiles.merge(value.isBlank() ? GroupKey.MISSING : value, participants(List.of(record)), ParticipantProfile::plus);
    }
    return java.util.Collections.unmodifiableSortedMap(profiles);
  }

  /**
   * The participant profile of some interviews.
   *
   * @param records the interview records
   * @return the number of interviews and the participants summed by sex
   */
  public static ParticipantProfile participants(Iterable<InterviewRecord> records) {
    int interviews = 0;
    int female = 0;
    int male = 0;
    int unspecified = 0;
    for (InterviewRecord record : records) {
      interviews++;
      Participants p = record.participants();
      female += p.female();
      male += p.male();
      unspecified += p.unspecified();
    }
    return new ParticipantProfile(interviews, new Participants(female, male, unspecified));
  }

  /**
   * Interviews and the people who took part in them.
   *
   * @param interviews the number of interviews
   * @param participants everyone who took part, by sex
   */
  public record ParticipantProfile(int interviews, Participants participants) {

    /**
     * No interviews: the identity of {@link #plus(ParticipantProfile)}.
     *
     * @return the empty profile
     */
    public static ParticipantProfile empty() {
      return new ParticipantProfile(0, new Participants(0, 0, 0));
    }

    /**
     * This profile combined with that of other interviews.
     *
     * @param other the other interviews' profile
     * @return the profile of all of them
     */
    public ParticipantProfile plus(ParticipantProfile other) {
      return new ParticipantProfile(interviews + other.interviews, new Participants(
          participants.female() + other.participants.female(), participants.male() + other.participants.male(),
          participants.unspecified() + other.participants.unspecified()));
    }

    /**
     * The share of participants who were women.
     *
     * @return women of all participants
     */
    public Share female() {
      return new Share(participants.female(), participants.total());
    }

    /**
     * The share of participants who were men.
     *
     * @return men of all participants
     */
    public Share male() {
      return new Share(participants.male(), participants.total());
    }

    @Override
    public String toString() {
      return interviews + " interviews with " + participants + " participants";
    }
  }
}
