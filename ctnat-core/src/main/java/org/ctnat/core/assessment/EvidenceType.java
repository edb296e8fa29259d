package org.ctnat.core.assessment;

/**
 * The three kinds of evidence a CT-NAT judgement can rest on. Triangulation counts how many of
 * them support a judgement: a judgement backed by a document, survey answers and an interview
 * rests on three independent kinds of evidence.
 *
 * <p>The validation workshop is not a kind of evidence for indicators: it validates the findings
 * and sets priorities.
 */
public enum EvidenceType {
  /** A document of the desk review ("Aze 16, p. 3"). */
  DOCUMENT,
  /** Answers to an item of the electronic survey. */
  SURVEY,
  /** What was said in answer to a question of the in-depth interview guide. */
  INTERVIEW
}
