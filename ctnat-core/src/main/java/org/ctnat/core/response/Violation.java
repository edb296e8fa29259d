package org.ctnat.core.response;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule broken by collected data: who (the respondent, interview or workshop group), where
 * (the item, section, question or field), which rule, and what exactly.
 *
 * @param subject the respondent, interview or group id
 * @param element the item, section, question or field id, if the problem is in one
 * @param rule the rule broken
 * @param detail what was found, e.g. "chose 4 options, at most 3 allowed"
 */
public record Violation(RespondentId subject, Optional<String> element, ViolationRule rule, String detail) {

  /** Checks for nulls. */
  public Violation {
    Objects.requireNonNull(subject, "violation: subject");
    Objects.requireNonNull(element, "violation: element");
    Objects.requireNonNull(rule, "violation: rule");
    Objects.requireNonNull(detail, "violation: detail");
  }

  /**
   * A violation in an element.
   *
   * @param subject who
   * @param element where
   * @param rule which rule
   * @param detail what
   * @return the violation
   */
  public static Violation of(RespondentId subject, Object element, ViolationRule rule, String detail) {
    return new Violation(subject, Optional.of(element.toString()), rule, detail);
  }

  /**
   * A violation that names no element. The SDK's own validations always name one (for the
   * record as a whole, e.g. {@code instrument} or {@code respondent}), so that every violation
   * says who, where and which rule; prefer {@link #of(RespondentId, Object, ViolationRule, String)}.
   *
   * @param subject who
   * @param rule which rule
   * @param detail what
   * @return the violation
   */
  public static Violation of(RespondentId subject, ViolationRule rule, String detail) {
    return new Violation(subject, Optional.empty(), rule, detail);
  }

  @Override
  public String toString() {
    return subject + element.map(e -> " " + e).orElse("") + " " + rule + ": " + detail;
  }
}
