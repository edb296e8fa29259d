package org.ctnat.core.questionbank;

/** The kinds of survey question, one per member of the sealed {@link Question} family. */
public enum QuestionKind {
  /** {@link SingleChoice}. */
  SINGLE_CHOICE,
  /** {@link MultipleChoice}. */
  MULTIPLE_CHOICE,
  /** {@link Ranking}. */
  RANKING,
  /** {@link Grid}. */
  GRID,
  /** {@link FreeText}. */
  FREE_TEXT
}
