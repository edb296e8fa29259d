package org.ctnat.core.assessment;

/** Checks of the free texts of an assessment; every message names the element, the rule and the value. */
final class Texts {

  private Texts() {}

  /** Whether the text contains a line break of any kind (LF, CR, NEL, LS, PS). */
  static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** The text with line breaks shown as escapes, for messages. */
  static String shown(String text) {
    return text.replace("\n", "\\n").replace("\r", "\\r");
  }

  /** Checks that a text is not blank. */
  static String notBlank(String what, String text) {
    if (text == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was '" + shown(text) + "'");
    }
    return text;
  }

  /** Checks that a text is not blank and on one line. */
  static String oneLine(String what, String text) {
    notBlank(what, text);
    if (hasLineBreak(text)) {
      throw new IllegalArgumentException(what + " must be on one line, but was '" + shown(text) + "'");
    }
    return text;
  }
}
