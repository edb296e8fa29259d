package org.ctnat.core.response;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.SingleChoice;
import org.immutables.value.Value;

/**
 * One respondent's answers to the survey of one instrument version: answers by item id (a
 * question, or one statement of a grid). An item without an answer is missing.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyResponse {

  SurveyResponse() {}

  /**
   * Who answered.
   *
   * @return the respondent
   */
  public abstract Respondent respondent();

  /**
   * The id of the instrument answered.
   *
   * @return the instrument id
   */
  public abstract InstrumentId instrumentId();

  /**
   * The version of the instrument answered.
   *
   * @return the version
   */
  public abstract String instrumentVersion();

  /**
   * The answers by item, in the order given.
   *
   * @return the answers
   */
  public abstract Map<ItemId, Answer> answers();

  /**
   * A builder for a response to {@code instrument}, with its id and version filled in.
   *
   * @param instrument the instrument answered
   * @param respondent who answered
   * @return a builder
   */
  public static ImmutableSurveyResponse.Builder to(Instrument instrument, Respondent respondent) {
    return builder().instrumentId(instrument.id()).instrumentVersion(instrument.version())
        .respondent(respondent);
  }

  /**
   * A builder for a response.
   *
   * @return a new builder
   */
  public static ImmutableSurveyResponse.Builder builder() {
    return ImmutableSurveyResponse.builder();
  }

  /**
   * The answer to one item.
   *
   * @param item the item id
   * @return the answer, or empty if the item was not answered
   */
  public Optional<Answer> answer(ItemId item) {
    return Optional.ofNullable(answers().get(item));
  }

  /**
   * The respondent's profile: the option chosen in each profile question of the instrument
   * (1.1 to 1.6 in the standard survey), completed by the attributes set directly on the
   * respondent for profile questions left unanswered.
   *
   * @param instrument the instrument, which says which question records which attribute
   * @return option codes by attribute; attributes neither answered nor set are absent
   */
  public Map<ProfileAttribute, String> profile(Instrument instrument) {
    Map<ProfileAttribute, String> profile = new EnumMap<>(ProfileAttribute.class);
    profile.putAll(respondent().profile());
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q && q.profile().isPresent()
          && answers().get(q.id()) instanceof ChoiceAnswer choice) {
        profile.put(q.profile().get(), choice.code());
      }
    }
    return profile;
  }

  @Override
  public String toString() {
    return "Response " + respondent().id() + " to " + instrumentId() + " " + instrumentVersion()
        + ": " + answers().size() + " answers" + answers().entrySet().stream()
        .map(e -> System.lineSeparator() + "  " + e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining());
  }
}
