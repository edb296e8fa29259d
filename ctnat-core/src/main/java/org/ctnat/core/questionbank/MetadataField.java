package org.ctnat.core.questionbank;

import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A metadata field recorded for each interview: country, interviewer, respondent organization
 * and title, date and time, format, number and sex of participants.
 *
 * <p>A {@linkplain #personal() personal} field (the respondent's name) is optional by nature,
 * kept apart from analysis and left out of exports unless asked for.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MetadataField {

  MetadataField() {}

  /**
   * The field's code, e.g. {@code respondent_organization}.
   *
   * @return the code
   */
  public abstract String id();

  /**
   * The label as printed ("Respondent organization:").
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * Whether an interview record must fill it in.
   *
   * @return true if required
   */
  @Value.Default
  public boolean required() {
    return false;
  }

  /**
   * Whether the field holds personal data.
   *
   * @return true for personal data
   */
  @Value.Default
  public boolean personal() {
    return false;
  }

  /**
   * A builder for a field.
   *
   * @return a new builder
   */
  public static ImmutableMetadataField.Builder builder() {
    return ImmutableMetadataField.builder();
  }

  /**
   * A copy with another label.
   *
   * @param label the label
   * @return the copy
   */
  public abstract MetadataField withLabel(LocalizedText label);

  @Value.Check
  void check() {
    Checks.matches("metadata field id", id(), Checks.CODE);
    Checks.argument(!(required() && personal()),
        "metadata field " + id() + ": personal data must never be required");
  }

  @Override
  public String toString() {
    return id() + (required() ? " (required)" : "") + (personal() ? " (personal)" : "") + ": " + label();
  }
}
