package org.ctnat.io.odk;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to read a submission export where the file alone cannot say: the name of the form's
 * respondent field, the form id and version to expect, and the CSV separator. {@link
 * #defaults()} fits exports of the forms the SDK writes.
 *
 * <pre>{@code
 * SubmissionOptions options = SubmissionOptions.defaults().withFormVersion("2016-aze-1").withDelimiter(';');
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param respondentField the name of the form field holding the respondent's pseudonymous id,
 *     such as {@code AZEsur1}; when the export has no such column, the respondent id is the
 *     submission's instance id
 * @param formId the form id to expect where the export names it ({@code _xform_id_string});
 *     empty for the instrument's id, except in a KoboToolbox export, whose form id is the
 *     project's asset uid (KoboToolbox replaces the XLSForm's {@code form_id} when it deploys the
 *     form) and is then not checked; give the uid to have it checked
 * @param formVersion the form version to expect in ODK Central's {@code FormVersion} column;
 *     empty for the instrument's version
 * @param delimiter the CSV field separator; empty to recognise {@code ;}, {@code ,} or tab from
 *     the header row
 */
public record SubmissionOptions(String respondentField, Optional<String> formId, Optional<String> formVersion,
    Optional<Character> delimiter) {

  /** The respondent field of the forms the SDK writes. */
  public static final String RESPONDENT_FIELD = "respondent";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,127}");

  /** Checks the field name, the delimiter and nulls. */
  public SubmissionOptions {
    Objects.requireNonNull(respondentField, "submission options: respondentField");
    if (!NAME.matcher(respondentField).matches()) {
      throw new IllegalArgumentException("submission options: respondentField must be an XML name of letters, "
          + "digits, '.', '_' or '-', starting with a letter or '_', but was '" + respondentField + "'");
    }
    Objects.requireNonNull(formId, "submission options: formId");
    Objects.requireNonNull(formVersion, "submission options: formVersion");
    Objects.requireNonNull(delimiter, "submission options: delimiter");
    delimiter.ifPresent(d -> {
      if (d != ',' && d != ';' && d != '\t') {
        throw new IllegalArgumentException("submission options: delimiter must be ',', ';' or a tab, but was '"
            + d + "'");
      }
    });
  }

  /**
   * The options for the forms the SDK writes: respondent field {@value #RESPONDENT_FIELD}, the
   * instrument's id and version, the separator recognised from the header.
   *
   * @return the default options
   */
  public static SubmissionOptions defaults() {
    return new SubmissionOptions(RESPONDENT_FIELD, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with another respondent field.
   *
   * @param field the field name
   * @return the copy
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public SubmissionOptions withRespondentField(String field) {
    return new SubmissionOptions(field, formId, formVersion, delimiter);
  }

  /**
   * A copy expecting another form id: a form deployed under another id, or a KoboToolbox
   * project's asset uid (such as {@code a5fG8uKQdxTHaqJkEzUp2Q}, in the project's address), which
   * is then checked too.
   *
   * @param id the form id
   * @return the copy
   */
  public SubmissionOptions withFormId(String id) {
    return new SubmissionOptions(respondentField, Optional.of(id), formVersion, delimiter);
  }

  /**
   * A copy expecting another form version.
   *
   * @param version the version, as in the XLSForm's settings
   * @return the copy
   */
  public SubmissionOptions withFormVersion(String version) {
    return new SubmissionOptions(respondentField, formId, Optional.of(version), delimiter);
  }

  /**
   * A copy with a fixed CSV separator.
   *
   * @param separator {@code ,}, {@code ;} or a tab
   * @return the copy
   * @throws IllegalArgumentException for another character
   */
  public SubmissionOptions withDelimiter(char separator) {
    return new SubmissionOptions(respondentField, formId, formVersion, Optional.of(separator));
  }
}
