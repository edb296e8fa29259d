package org.ctnat.io.odk;

import org.ctnat.core.questionbank.ItemId;

/**
 * The texts the SDK words itself in an exported form — the respondent field, rank positions,
 * and the messages shown when an answer breaks a rule — in English. The instrument has no
 * translation of them, so a form in several languages shows them in English in every language
 * (the labels they quote are translated).
 *
 * <p>Stateless and thread-safe.
 */
final class OdkMessages {

  private OdkMessages() {}

  static String respondentLabel() {
    return "Respondent code";
  }

  static String respondentRule() {
    return "A respondent code is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.";
  }

  static String respondentRequired() {
    return "Enter the respondent code.";
  }

  /** The limits of a multiple choice, e.g. "Choose exactly 3 options." */
  static String selectionCount(int min, int max, int options) {
    if (min == max) {
      return "Choose exactly " + min + " option" + (min == 1 ? "" : "s") + ".";
    }
    if (min > 1 && max < options) {
      return "Choose " + min + " to " + max + " options.";
    }
    if (min > 1) {
      return "Choose at least " + min + " options.";
    }
    return "Choose no more than " + max + " option" + (max == 1 ? "" : "s") + ".";
  }

  /** An exclusive option chosen with another. */
  static String exclusive(String label) {
    return "\"" + label + "\" cannot be combined with another option.";
  }

  /** A follow-up answered with an option not chosen in its parent. */
  static String followUp(ItemId parent) {
    return "Choose one of the options chosen in question " + parent + ".";
  }

  /** The same option at two rank positions. */
  static String rankedTwice() {
    return "Each option may be ranked only once.";
  }

  /** A ranking left with fewer positions filled than it requires. */
  static String rankCount(int min, int max) {
    return (min == max ? "Rank exactly " + min : "Rank at least " + min) + " options, or none.";
  }

  /** The label of rank position {@code k}: the question text and the position. */
  static String rankLabel(String questionText, int k) {
    return questionText + " [" + k + "]";
  }
}
