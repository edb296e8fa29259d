package org.ctnat.core.questionbank;

/**
 * Whether an interview-guide section is asked of every respondent or chosen for some.
 *
 * <p>In the standard guide sections 1, 7 and 8 are always asked; the interviewer picks two or
 * three of the elective sections 2–6 for each respondent.
 */
public enum SectionRule {
  /** Asked in every interview. */
  ALWAYS,
  /** Chosen by the interviewer for each respondent, within the guide's limits. */
  ELECTIVE
}
