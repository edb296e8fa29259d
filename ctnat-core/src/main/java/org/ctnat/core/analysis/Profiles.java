package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.SingleChoice;
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
   * @return one tally per recorded attribute, keyed by attribute; each tally's item is the
   *     profile question
   */
  public static Map<ProfileAttribute, Tally> respondents(Instrument instrument, Iterable<SurveyResponse> responses) {
    Map<ProfileAttribute, SingleChoice> questions = new EnumMap<>(ProfileAttribute.class);
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q && q.profile().isPresent()) {
        questions.put(q.profile().get(), q);
      }
    }
    Map<ProfileAttribute, int[]> counts = new EnumMap<>(ProfileAttribute.class);
    Map<ProfileAttribute, int[]> answeredInvalid = new EnumMap<>(ProfileAttribute.class);
    questions.forEach((attribute, q) -> {
      counts.put(attribute, new int[q.options().size()]);
      answeredInvalid.put(attribute, new int[2]);
    });
    int respondents = 0;
    for (SurveyResponse response : responses) {
      respondents++;
      Map<ProfileAttribute, String> profile = response.profile(instrument);
      for (Map.Entry<ProfileAttribute, SingleChoice> entry : questions.entrySet()) {
        String value = profile.get(entry.getKey());
        if (value == null) {
          continue;
        }
        int i = codes(entry.getValue()).indexOf(value);
        if (i >= 0) {
          counts.get(entry.getKey())[i]++;
          answeredInvalid.get(entry.getKey())[0]++;
        } else {
          answeredInvalid.get(entry.getKey())[1]++;
        }
      }
    }
    Map<ProfileAttribute, Tally> tallies = new EnumMap<>(ProfileAttribute.class);
    for (Map.Entry<ProfileAttribute, SingleChoice> entry : questions.entrySet()) {
      List<Integer> list = new ArrayList<>();
      for (int c : counts.get(entry.getKey())) {
        list.add(c);
      }
      int[] ai = answeredInvalid.get(entry.getKey());
      tallies.put(entry.getKey(), Tally.builder().item(entry.getValue().id()).categories(codes(entry.getValue()))
          .counts(list).eligible(respondents).answered(ai[0]).invalid(ai[1]).build());
    }
    return tallies;
  }

  private static List<String> codes(SingleChoice question) {
    return question.options().stream().map(ChoiceOption::code).toList();
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
