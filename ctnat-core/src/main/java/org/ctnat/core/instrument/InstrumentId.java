package org.ctnat.core.instrument;

import java.util.regex.Pattern;
import org.ctnat.core.internal.Checks;

/**
 * The id of an instrument, such as {@code ctnat-2016} for the standard 2016 tool or
 * {@code ctnat-2016-geo} for a version adapted to one country. Together with a version it
 * names exactly one instrument; responses and assessments record both.
 *
 * @param value lower-case letters, digits and '-', starting with a letter or digit
 */
public record InstrumentId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Checks the id. */
  public InstrumentId {
    Checks.matches("instrument id", value, FORM);
  }

  /**
   * The instrument id with this value.
   *
   * @param value such as {@code ctnat-2016}
   * @return the id
   */
  public static InstrumentId of(String value) {
    return new InstrumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
