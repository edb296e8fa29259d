package org.ctnat.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.response.RespondentId;

/**
 * A citation of what interviewees said in answer to one question of the interview guide — in
 * all interviews, or in one interview named by its pseudonymous code. {@code toString()} is
 * {@code interview 3.3} or {@code interview 3.3 (AZEint3)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param question the guide question cited
 * @param interview the interview cited, or empty for the interviews in general
 */
public record InterviewEvidence(InterviewQuestionId question, Optional<RespondentId> interview)
    implements EvidenceReference {

  /** Checks for nulls. */
  public InterviewEvidence {
    Objects.requireNonNull(question, "interview evidence: question");
    Objects.requireNonNull(interview, "interview evidence: interview");
  }

  /**
   * A citation of one guide question across the interviews.
   *
   * @param question the question id, e.g. {@code "3.3"}
   * @return the reference
   */
  public static InterviewEvidence of(String question) {
    return new InterviewEvidence(InterviewQuestionId.of(question), Optional.empty());
  }

  /**
   * A citation of one guide question in one interview.
   *
   * @param question the question id, e.g. {@code "3.3"}
   * @param interview the interview code, e.g. {@code "AZEint3"}
   * @return the reference
   */
  public static InterviewEvidence of(String question, String interview) {
    return new InterviewEvidence(InterviewQuestionId.of(question), Optional.of(RespondentId.of(interview)));
  }

  @Override
  public EvidenceType type() {
    return EvidenceType.INTERVIEW;
  }

  @Override
  public String toString() {
    return "interview " + question + interview.map(i -> " (" + i + ")").orElse("");
  }
}
