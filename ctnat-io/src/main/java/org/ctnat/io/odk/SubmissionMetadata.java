package org.ctnat.io.odk;

import java.util.Objects;
import java.util.Optional;

/**
 * What the platform recorded about one submission, kept apart from its answers: the values of
 * the metadata columns as exported, unparsed. Names, user names, device and phone ids the
 * platforms also export ({@code SubmitterName}, {@code _submitted_by}, {@code DeviceID}, …) are
 * never kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param instanceId the submission's instance id ({@code meta/instanceID}, {@code
 *     meta-instanceID}, {@code KEY} or {@code _uuid}), such as {@code
 *     uuid:4e0b6a4c-7d5b-4c5e-9a37-0c8a2f3e1d11}
 * @param submissionTime when the server received it, as exported ({@code SubmissionDate} or
 *     {@code _submission_time})
 * @param formId the form id the platform recorded ({@code _xform_id_string} on KoboToolbox: the
 *     project's asset uid, such as {@code a5fG8uKQdxTHaqJkEzUp2Q}, which KoboToolbox puts in place
 *     of the XLSForm's {@code form_id} when it deploys the form)
 * @param formVersion the form version ({@code FormVersion} on ODK Central; on KoboToolbox
 *     {@code __version__}, the platform's own id of the deployed version)
 * @param reviewState the review state ({@code ReviewState} on ODK Central, {@code
 *     _validation_status} on KoboToolbox), such as {@code approved}; submissions are kept
 *     whatever their state
 */
public record SubmissionMetadata(Optional<String> instanceId, Optional<String> submissionTime,
    Optional<String> formId, Optional<String> formVersion, Optional<String> reviewState) {

  private static final SubmissionMetadata NONE = new SubmissionMetadata(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks for nulls. */
  public SubmissionMetadata {
    Objects.requireNonNull(instanceId, "submission metadata: instanceId");
    Objects.requireNonNull(submissionTime, "submission metadata: submissionTime");
    Objects.requireNonNull(formId, "submission metadata: formId");
    Objects.requireNonNull(formVersion, "submission metadata: formVersion");
    Objects.requireNonNull(reviewState, "submission metadata: reviewState");
  }

  /**
   * The metadata of a submission exported without metadata columns.
   *
   * @return metadata with every value empty
   */
  public static SubmissionMetadata none() {
    return NONE;
  }
}
