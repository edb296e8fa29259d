package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * The texts respondents wrote with "Other – please specify" options, collected per question so
 * that they can be read and, if need be, coded — e.g. the other forms of exploitation named in
 * 2.2 or the other priority named under Q in 8.1.
 *
 * <p>Stateless and thread-safe.
 */
public final class OtherTexts {

  private OtherTexts() {}

  /**
   * One respondent's text.
   *
   * @param respondent who wrote it (pseudonymous)
   * @param text what was written
   */
  public record OtherText(RespondentId respondent, String text) {}

  /**
   * Collects the non-blank "other" texts of some responses.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @return texts by question, questions in instrument order, texts in response order;
   *     questions without any text are left out
   */
  public static Map<ItemId, List<OtherText>> of(Instrument instrument, Iterable<SurveyResponse> responses) {
    Map<ItemId, List<OtherText>> texts = new LinkedHashMap<>();
    for (Question question : instrument.survey().questions()) {
      texts.put(question.id(), new ArrayList<>());
    }
    for (SurveyResponse response : responses) {
      response.answers().forEach((item, answer) -> other(answer).filter(t -> !t.isBlank()).ifPresent(text -> {
        List<OtherText> list = texts.get(item);
        if (list != null) {
          list.add(new OtherText(response.respondent().id(), text));
        }
      }));
    }
    Map<ItemId, List<OtherText>> result = new LinkedHashMap<>();
    texts.forEach((item, list) -> {
      if (!list.isEmpty()) {
        result.put(item, List.copyOf(list));
      }
    });
    return Collections.unmodifiableMap(result);
  }

  private static Optional<String> other(Answer answer) {
    if (answer instanceof ChoiceAnswer a) {
      return a.otherText();
    } else if (answer instanceof SelectionAnswer a) {
      return a.otherText();
    } else if (answer instanceof RankingAnswer a) {
      return a.otherText();
    }
    return Optional.empty();
  }
}
