package org.ctnat.io;

/**
 * Choices a caller makes when writing responses, interview records and assessments.
 *
 * <p>The only choice today is whether personal data — a survey respondent's name and contact
 * ({@link org.ctnat.core.response.Respondent#personalData()}) and an interview's personal
 * metadata such as the respondent's name ({@link
 * org.ctnat.core.response.InterviewRecord#personalData()}) — goes into the written document.
 * By {@linkplain #DEFAULT default} it does not: documents are pseudonymous, so that they can be
 * shared, analysed and published without a second thought. A caller who must keep the personal
 * data (an archive under the assessment team's control) asks for it with {@link
 * #includingPersonalData()}. Readers accept personal data whenever it is present.
 *
 * <pre>{@code
 * String shared = SurveyResponses.toString(response, DocumentFormat.JSON);             // no personal data
 * String archive = SurveyResponses.toString(response, DocumentFormat.JSON,
 *     WriteOptions.includingPersonalData());                                           // with it
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WriteOptions {

  /** The defaults: personal data is left out. */
  public static final WriteOptions DEFAULT = new WriteOptions(false);

  private static final WriteOptions WITH_PERSONAL_DATA = new WriteOptions(true);

  private final boolean personalData;

  private WriteOptions(boolean personalData) {
    this.personalData = personalData;
  }

  /**
   * Options that write personal data along with the pseudonymous record.
   *
   * @return the options
   */
  public static WriteOptions includingPersonalData() {
    return WITH_PERSONAL_DATA;
  }

  /**
   * Whether personal data is written.
   *
   * @return true only for {@link #includingPersonalData()}
   */
  public boolean personalData() {
    return personalData;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteOptions other && personalData == other.personalData;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(personalData);
  }

  @Override
  public String toString() {
    return personalData ? "WriteOptions[including personal data]" : "WriteOptions[default: no personal data]";
  }
}
