package org.ctnat.core.questionbank;

import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One option of a choice or ranking question.
 *
 * <p>An option may ask the respondent to {@linkplain #specify() specify} ("Other – please
 * specify"), in which case an answer that chooses it carries a text. An {@linkplain
 * #exclusive() exclusive} option (such as "none of these") may not be combined with other
 * options in a multiple choice.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChoiceOption {

  ChoiceOption() {}

  /**
   * The code a response stores: {@code [A-Za-z][A-Za-z0-9_]*}, e.g. {@code forced_labour} or
   * the priority letter {@code J}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The label shown to respondents.
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * Whether choosing this option asks for a text ("Other – please specify").
   *
   * @return true if a text is asked for
   */
  @Value.Default
  public boolean specify() {
    return false;
  }

  /**
   * Whether this option excludes every other option of a multiple choice.
   *
   * @return true if exclusive
   */
  @Value.Default
  public boolean exclusive() {
    return false;
  }

  /**
   * An ordinary option.
   *
   * @param code the code
   * @param label the label
   * @return the option
   */
  public static ChoiceOption of(String code, LocalizedText label) {
    return ImmutableChoiceOption.builder().code(code).label(label).build();
  }

  /**
   * An "Other – please specify" option.
   *
   * @param code the code
   * @param label the label
   * @return the option, asking for a text when chosen
   */
  public static ChoiceOption specifying(String code, LocalizedText label) {
    return ImmutableChoiceOption.builder().code(code).label(label).specify(true).build();
  }

  /**
   * A builder for an option.
   *
   * @return a new builder
   */
  public static ImmutableChoiceOption.Builder builder() {
    return ImmutableChoiceOption.builder();
  }

  /**
   * A copy with another label.
   *
   * @param label the label
   * @return the copy
   */
  public abstract ChoiceOption withLabel(LocalizedText label);

  @Value.Check
  void check() {
    Checks.matches("option code", code(), Checks.CODE);
  }

  @Override
  public String toString() {
    return code() + (specify() ? " (specify)" : "") + (exclusive() ? " (exclusive)" : "")
        + ": " + label();
  }
}
