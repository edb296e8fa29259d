package org.ctnat.core.response;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Personal data of a respondent — name and contact — kept apart from the pseudonymous
 * record. Analysis never needs it, it is never required, and exports leave it out unless the
 * caller asks for it. {@code toString()} never shows it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PersonalData {

  PersonalData() {}

  /**
   * The person's name.
   *
   * @return the name, if recorded
   */
  public abstract Optional<String> name();

  /**
   * How to contact the person (e-mail, telephone).
   *
   * @return the contact, if recorded
   */
  public abstract Optional<String> contact();

  /**
   * Personal data.
   *
   * @param name the name, or null
   * @param contact the contact, or null
   * @return the personal data
   */
  public static PersonalData of(String name, String contact) {
    return ImmutablePersonalData.builder().name(Optional.ofNullable(name))
        .contact(Optional.ofNullable(contact)).build();
  }

  @Override
  public String toString() {
    return "PersonalData[redacted]";
  }
}
