package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * Reads some profile attributes of a response the way {@link SurveyResponse#profile(Instrument)}
 * does — the answer to the last profile question that records the attribute, else the value set
 * on the respondent — without building the whole profile: the questions are found once, when the
 * lookup is made, not once per response.
 *
 * <p>Immutable and thread-safe.
 */
final class ProfileLookup {

  private final List<ProfileAttribute> attributes;
  /** Per attribute, the questions that record it, last first. */
  private final ItemId[][] questions;

  ProfileLookup(Instrument instrument, List<ProfileAttribute> attributes) {
    this.attributes = List.copyOf(attributes);
    this.questions = new ItemId[attributes.size()][];
    for (int a = 0; a < attributes.size(); a++) {
      List<ItemId> recording = new ArrayList<>();
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q && q.profile().filter(attributes.get(a)::equals).isPresent()) {
          recording.add(0, q.id());
        }
      }
      questions[a] = recording.toArray(ItemId[]::new);
    }
  }

  /**
   * The value of one of the attributes.
   *
   * @param response the response
   * @param attribute the attribute's position in the list the lookup was made with
   * @return the option code, or null if the response has none
   */
  String value(SurveyResponse response, int attribute) {
    for (ItemId question : questions[attribute]) {
      Answer answer = response.answers().get(question);
      if (answer instanceof ChoiceAnswer choice) {
        return choice.code();
      }
    }
    return response.respondent().profile().get(attributes.get(attribute));
  }
}
