package org.ctnat.core.questionbank;

import java.util.List;

/** Shared {@code toString()} layout of choice questions. Stateless. */
final class Questions {

  private Questions() {}

  static String describe(Question question, String kind, List<ChoiceOption> options) {
    StringBuilder out = new StringBuilder(question.id() + " " + question.text() + " [" + kind + "]");
    options.forEach(o -> out.append(System.lineSeparator()).append("  ").append(o));
    return out.toString();
  }
}
