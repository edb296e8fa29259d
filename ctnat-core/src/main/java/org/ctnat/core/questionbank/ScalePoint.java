package org.ctnat.core.questionbank;

import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One point of a response scale: its code (what a response stores), its label, and — for a
 * substantive point — its polarity. A point without polarity is non-substantive ("don't
 * know", "not applicable"): it counts as answered but takes no side in Likert summaries.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScalePoint {

  ScalePoint() {}

  /**
   * The code a response stores, e.g. {@code adequate}.
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
   * The polarity of a substantive point.
   *
   * @return the polarity, or empty for a non-substantive point
   */
  public abstract Optional<Polarity> polarity();

  /**
   * Whether this point expresses an opinion (has a polarity).
   *
   * @return true for substantive points
   */
  public boolean substantive() {
    return polarity().isPresent();
  }

  /**
   * A substantive point.
   *
   * @param code the code
   * @param label the label
   * @param polarity the polarity
   * @return the point
   */
  public static ScalePoint of(String code, LocalizedText label, Polarity polarity) {
    return ImmutableScalePoint.builder().code(code).label(label).polarity(polarity).build();
  }

  /**
   * A non-substantive point such as "don't know".
   *
   * @param code the code
   * @param label the label
   * @return the point
   */
  public static ScalePoint nonSubstantive(String code, LocalizedText label) {
    return ImmutableScalePoint.builder().code(code).label(label).build();
  }

  /**
   * A copy with another label.
   *
   * @param label the label
   * @return the copy
   */
  public abstract ScalePoint withLabel(LocalizedText label);

  @Value.Check
  void check() {
    Checks.matches("scale point code", code(), Checks.CODE);
  }

  @Override
  public String toString() {
    return code() + " (" + polarity().map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
        .orElse("non-substantive") + ")";
  }
}
