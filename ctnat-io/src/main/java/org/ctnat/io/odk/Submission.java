package org.ctnat.io.odk;

import java.util.Objects;
import org.ctnat.core.response.SurveyResponse;

/**
 * One submission read from an export: the validated survey response, the platform's metadata,
 * kept apart from the answers, and the row it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row of the export, from 1 at the header (so the first submission is row 2)
 * @param response the response, valid against the instrument
 * @param metadata what the platform recorded about the submission
 */
public record Submission(int row, SurveyResponse response, SubmissionMetadata metadata) {

  /** Checks the row and nulls. */
  public Submission {
    if (row < 2) {
      throw new IllegalArgumentException("submission: row counts from 1 at the header, so must be 2 or more, but was "
          + row);
    }
    Objects.requireNonNull(response, "submission: response");
    Objects.requireNonNull(metadata, "submission: metadata");
  }
}
