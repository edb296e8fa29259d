package org.ctnat.core.response;

import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.SectionId;
import org.immutables.value.Value;

/**
 * The record of one in-depth interview: the guide's metadata (country, interviewer,
 * respondent organisation and title, date, format), the participants by sex, the sections
 * covered, the notes taken per question, and the themes coded per question so that the
 * frequency and type of emerging themes can be counted.
 *
 * <p>Personal metadata (the respondent's name) is kept apart in {@link #personalData()} and is
 * never required. {@code toString()} never shows it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterviewRecord {

  InterviewRecord() {}

  /**
   * The interview's pseudonymous code, e.g. {@code AZEint3}.
   *
   * @return the id
   */
  public abstract RespondentId id();

  /**
   * The id of the instrument whose guide was used.
   *
   * @return the instrument id
   */
  public abstract InstrumentId instrumentId();

  /**
   * The version of that instrument.
   *
   * @return the version
   */
  public abstract String instrumentVersion();

  /**
   * Non-personal metadata by field id ({@code country}, {@code respondent_organization}, ...).
   *
   * @return the metadata
   */
  public abstract Map<String, String> metadata();

  /**
   * Personal metadata by field id ({@code respondent_name}), kept apart.
   *
   * @return the personal data, possibly empty
   */
  public abstract Map<String, String> personalData();

  /**
   * Who took part.
   *
   * @return the participants by sex
   */
  public abstract Participants participants();

  /**
   * The sections covered, in the order asked.
   *
   * @return the section ids
   */
  public abstract List<SectionId> sectionsCovered();

  /**
   * Notes taken, by question.
   *
   * @return the notes
   */
  public abstract Map<InterviewQuestionId, String> notes();

  /**
   * Themes coded, by question: short codes such as {@code lack_of_funding}.
   *
   * @return the theme codes by question
   */
  public abstract Map<InterviewQuestionId, List<String>> themes();

  /**
   * A builder for a record of an interview run with {@code instrument}'s guide.
   *
   * @param instrument the instrument
   * @param id the interview code
   * @return a builder with the instrument id and version filled in
   */
  public static ImmutableInterviewRecord.Builder of(Instrument instrument, String id) {
    return builder().instrumentId(instrument.id()).instrumentVersion(instrument.version())
        .id(RespondentId.of(id));
  }

  /**
   * A builder for a record.
   *
   * @return a new builder
   */
  public static ImmutableInterviewRecord.Builder builder() {
    return ImmutableInterviewRecord.builder();
  }

  /**
   * A copy without personal data, for export and analysis.
   *
   * @return the pseudonymous record
   */
  public InterviewRecord withoutPersonalData() {
    return personalData().isEmpty() ? this : builder().from(this).personalData(Map.of()).build();
  }

  @Override
  public String toString() {
    return "Interview " + id() + " (" + instrumentId() + " " + instrumentVersion() + "): "
        + participants() + " participants, sections " + sectionsCovered() + ", " + notes().size()
        + " notes, " + themes().values().stream().mapToInt(List::size).sum() + " themes"
        + (personalData().isEmpty() ? "" : " (personal data kept apart)");
  }
}
