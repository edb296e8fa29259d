package org.ctnat.io.odk;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.questionbank.ItemId;

/**
 * How the submission and instance readers put what they read into a problem message: a code or
 * a 0/1 cell quoted and cut short, a would-be respondent id described without being repeated,
 * and the wording shared by both readers for "please specify" texts that do not fit the answer.
 *
 * <p>The respondent field is typed by an enumerator, who may type a person's name there; a
 * message about it says what is wrong (its length, a space, a character outside the id
 * alphabet) and never repeats the value, so that reports and logs hold no personal data. Free
 * texts and "please specify" texts are never quoted either.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedValues {

  /** The most characters of a value quoted in a message. */
  static final int QUOTED_LENGTH = 60;

  /** The longest respondent id, as {@link org.ctnat.core.response.RespondentId} allows. */
  private static final int ID_LENGTH = 64;

  private ReportedValues() {}

  /**
   * A value cut to {@value #QUOTED_LENGTH} characters, with {@code …} where it was cut; for
   * codes, numbers and metadata only, never for the respondent field or a free text.
   *
   * @param text the value, or null for none
   * @return the value, shortened if needed
   */
  static String abbreviate(String text) {
    String t = text == null ? "" : text;
    if (t.length() <= QUOTED_LENGTH) {
      return t;
    }
    int end = Character.isHighSurrogate(t.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
    return t.substring(0, end) + "…";
  }

  /**
   * What makes a value not a respondent id, without repeating it: its length in characters and
   * each kind of fault, such as {@code 14 characters, contains a space}.
   *
   * @param value the value that is not an id
   * @return the description
   */
  static String describeId(String value) {
    List<String> faults = new ArrayList<>();
    int length = value.codePointCount(0, value.length());
    faults.add(length + " character" + (length == 1 ? "" : "s") + (length > ID_LENGTH ? ", more than "
        + ID_LENGTH : ""));
    if (value.indexOf(' ') >= 0 || value.indexOf('\u00A0') >= 0) {
      faults.add("contains a space");
    }
    if (value.codePoints().anyMatch(c -> c != ' ' && c != '\u00A0' && Character.isWhitespace(c))) {
      faults.add("contains a tab or line break");
    }
    if (value.codePoints().anyMatch(c -> c > 0x7F && Character.isLetterOrDigit(c))) {
      faults.add("contains a letter or digit outside A-Z, a-z and 0-9 (such as an accented letter)");
    }
    if (value.codePoints().anyMatch(c -> !isIdCharacter(c) && !Character.isWhitespace(c) && c != '\u00A0'
        && !(c > 0x7F && Character.isLetterOrDigit(c)))) {
      faults.add("contains a character other than a letter, a digit, '.', '_' or '-'");
    }
    if (!value.isEmpty() && (value.charAt(0) == '.' || value.charAt(0) == '_' || value.charAt(0) == '-')) {
      faults.add("starts with '" + value.charAt(0) + "'");
    }
    return String.join(", ", faults);
  }

  private static boolean isIdCharacter(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
        || c == '-';
  }

  /**
   * The problem of a "please specify" text whose option is not in the answer: {@code a
   * specified text for 'other_specify', but 'other_specify' was not chosen; expected the text
   * only with its option}. The text itself is not quoted.
   *
   * @param question the question
   * @param code the specify option the text belongs to
   * @param answered whether the question has an answer (without this option)
   * @param ranking whether the question is a ranking (its options are ranked, not chosen)
   * @return the message
   */
  static String textWithoutItsOption(ItemId question, String code, boolean answered, boolean ranking) {
    return "a specified text for '" + code + "', but " + (answered ? "'" + code + "' was not "
        + (ranking ? "ranked" : "chosen") : "question " + question + " is not answered")
        + "; expected the text only with its option";
  }

  /**
   * The problem of a second "please specify" text in one answer, which holds one.
   *
   * @param question the question
   * @param first the specify option whose text came first
   * @return the message
   */
  static String secondSpecifiedText(ItemId question, String first) {
    return "a second specified text for " + question + ", besides the one for '" + first
        + "'; expected at most one per answer (a response records one)";
  }
}
