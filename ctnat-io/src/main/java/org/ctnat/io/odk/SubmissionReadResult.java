package org.ctnat.io.odk;

import java.util.List;
import java.util.Objects;
import org.ctnat.core.response.SurveyResponse;

/**
 * What a submission reader returns: the submissions of every good row — each a valid survey
 * response with its platform metadata — and the report of every problem found in the other
 * rows. A reader never drops a good row because of a bad one, and never repairs a bad one:
 * check {@link SubmissionReport#isClean()} before trusting the submissions as the whole export.
 *
 * <pre>{@code
 * SubmissionReadResult read = Submissions.read(instrument, Path.of("ctnat_2016.csv"));
 * if (!read.report().isClean()) {
 *   System.err.println(read.report());
 * }
 * SurveyTally tally = SurveyTally.of(instrument, read.responses());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param submissions the submissions of the good rows, in file order
 * @param report the problems of the other rows, and the layout recognised
 */
public record SubmissionReadResult(List<Submission> submissions, SubmissionReport report) {

  /** Copies the list and checks for nulls. */
  public SubmissionReadResult {
    submissions = List.copyOf(Objects.requireNonNull(submissions, "submission read result: submissions"));
    Objects.requireNonNull(report, "submission read result: report");
  }

  /**
   * The survey responses of the submissions kept, without their metadata.
   *
   * @return the responses, in file order
   */
  public List<SurveyResponse> responses() {
    return submissions.stream().map(Submission::response).toList();
  }
}
