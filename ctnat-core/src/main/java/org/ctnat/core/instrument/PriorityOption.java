package org.ctnat.core.instrument;

import java.util.List;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.ctnat.core.questionbank.ChoiceOption;
import org.immutables.value.Value;

/**
 * One of the priorities for action (A–Q in the standard instrument) that survey respondents
 * rank in question 8.1 and validation-workshop groups choose, with the thematic areas it
 * serves — e.g. J "Strengthening efforts to raise awareness of the risks of trafficking" serves
 * area 4, prevention.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PriorityOption {

  PriorityOption() {}

  /**
   * The priority's code, e.g. {@code J}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The priority, verbatim.
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * The thematic areas the priority serves.
   *
   * @return the areas, possibly empty ("Other")
   */
  public abstract List<AreaId> areas();

  /**
   * Whether choosing it asks for a text ("Other (please specify)").
   *
   * @return true if a text is asked for
   */
  @Value.Default
  public boolean specify() {
    return false;
  }

  /**
   * A builder for a priority.
   *
   * @return a new builder
   */
  public static ImmutablePriorityOption.Builder builder() {
    return ImmutablePriorityOption.builder();
  }

  /**
   * This priority as an option of the priority ranking question.
   *
   * @return the option with the same code, label and specify flag
   */
  public ChoiceOption toOption() {
    return ChoiceOption.builder().code(code()).label(label()).specify(specify()).build();
  }

  /**
   * A copy with another label.
   *
   * @param label the label
   * @return the copy
   */
  public abstract PriorityOption withLabel(LocalizedText label);

  @Value.Check
  void check() {
    Checks.matches("priority code", code(), Checks.CODE);
    Checks.unique("priority " + code(), "area", areas(), a -> a);
  }

  @Override
  public String toString() {
    return code() + " " + label() + (areas().isEmpty() ? "" : " " + areas());
  }
}
