package org.ctnat.core.assessment;

/**
 * What a judgement cites as evidence — one sealed family matching the kinds of evidence of the
 * methodology: a desk-review document ({@link DocumentEvidence}, "Aze 16, p. 3"), a survey item
 * ({@link SurveyEvidence}) or an interview question, possibly in one interview ({@link
 * InterviewEvidence}).
 *
 * <p>A reference only points: whether the source, item, question or interview exists is checked
 * by {@link AssessmentValidation}. All implementations are immutable and thread-safe; {@code
 * toString()} is the reference as a report would cite it.
 */
public sealed interface EvidenceReference permits DocumentEvidence, SurveyEvidence, InterviewEvidence {

  /**
   * The kind of evidence, for triangulation (how many kinds support a judgement).
   *
   * @return document, survey or interview
   */
  EvidenceType type();
}
