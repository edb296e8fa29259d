package org.ctnat.core.response;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.immutables.value.Value;

/**
 * A survey respondent: a pseudonymous id and the profile the survey's first section records
 * (country, position category, years in the organisation, years on counter-trafficking, age
 * band, gender), each as the code of the option chosen. Personal data is a separate, optional
 * part that analysis never reads.
 *
 * <p>The profile may be filled from the answers to the profile questions ({@link
 * SurveyResponse#profile(org.ctnat.core.instrument.Instrument)} does) or set directly when another system supplies it.
 * {@code toString()} never shows personal data.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Respondent {

  Respondent() {}

  /**
   * The pseudonymous id.
   *
   * @return the id
   */
  public abstract RespondentId id();

  /**
   * Profile attributes set directly, by attribute, as option codes.
   *
   * @return the profile, possibly empty
   */
  public abstract Map<ProfileAttribute, String> profile();

  /**
   * Name and contact, kept apart.
   *
   * @return the personal data, if any was recorded
   */
  public abstract Optional<PersonalData> personalData();

  /**
   * A respondent with only an id.
   *
   * @param id the pseudonymous id, e.g. {@code AZEsur1}
   * @return the respondent
   */
  public static Respondent of(String id) {
    return builder().id(RespondentId.of(id)).build();
  }

  /**
   * A builder for a respondent.
   *
   * @return a new builder
   */
  public static ImmutableRespondent.Builder builder() {
    return ImmutableRespondent.builder();
  }

  /**
   * A copy without personal data, for export and analysis.
   *
   * @return the pseudonymous respondent
   */
  public Respondent withoutPersonalData() {
    return personalData().isEmpty() ? this : builder().from(this).personalData(Optional.empty()).build();
  }

  @Override
  public String toString() {
    return id() + (profile().isEmpty() ? "" : profile().entrySet().stream()
        .map(e -> e.getKey().key() + "=" + e.getValue()).collect(Collectors.joining(", ", " {", "}")))
        + (personalData().isPresent() ? " (personal data kept apart)" : "");
  }
}
