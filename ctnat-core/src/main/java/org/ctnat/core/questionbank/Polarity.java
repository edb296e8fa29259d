package org.ctnat.core.questionbank;

/**
 * Which way a substantive scale point leans, for Likert summaries (positive, neutral and
 * negative shares) and diverging bar charts.
 */
public enum Polarity {
  /** A favourable answer: "adequate", "always", "agree", "easy". */
  POSITIVE,
  /** The midpoint: "neither adequate nor inadequate", "sometimes". */
  NEUTRAL,
  /** An unfavourable answer: "inadequate", "never", "disagree", "difficult". */
  NEGATIVE
}
