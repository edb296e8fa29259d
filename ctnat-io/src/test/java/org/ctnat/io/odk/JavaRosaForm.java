package org.ctnat.io.odk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;

/**
 * An exported XForm loaded in JavaRosa, the form engine of ODK Collect, and filled in through
 * its form-entry API the way an enumerator would: question by question, in form order, with
 * only the questions JavaRosa shows (relevant) and only the choices it offers.
 */
final class JavaRosaForm {

  private final FormDef form;
  private final FormEntryModel model;
  private final FormEntryController controller;

  private JavaRosaForm(String xform, String language) {
    try {
      form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("JavaRosa cannot parse the XForm: " + e, e);
    }
    form.initialize(true, new InstanceInitializationFactory());
    model = new FormEntryModel(form);
    controller = new FormEntryController(model);
    controller.setLanguage(language);
  }

  /** The instrument's XForm, loaded and shown in a language such as {@code English (en)}. */
  static JavaRosaForm of(Instrument instrument, String language) {
    return new JavaRosaForm(XForms.toXml(instrument), language);
  }

  FormDef definition() {
    return form;
  }

  /** The field name of the prompt at an index. */
  private static String name(FormIndex index) {
    return index.getReference().getNameLast();
  }

  /** Moves to the start, then to the question of a field (which must be relevant). */
  FormEntryPrompt goTo(String field) {
    controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
    int event;
    while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
      if (event == FormEntryController.EVENT_QUESTION && name(model.getFormIndex()).equals(field)) {
        return model.getQuestionPrompt();
      }
    }
    throw new AssertionError("JavaRosa does not show the field " + field);
  }

  /** Whether JavaRosa shows a field now. */
  boolean shows(String field) {
    controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
    int event;
    while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
      if (event == FormEntryController.EVENT_QUESTION && name(model.getFormIndex()).equals(field)) {
        return true;
      }
    }
    return false;
  }

  /** The codes JavaRosa offers for a select field. */
  List<String> choices(String field) {
    List<String> codes = new ArrayList<>();
    goTo(field).getSelectChoices().forEach(c -> codes.add(c.getValue()));
    return codes;
  }

  /** Answers a field; returns JavaRosa's verdict ({@code FormEntryController.ANSWER_...}). */
  int answer(String field, IAnswerData data) {
    FormEntryPrompt prompt = goTo(field);
    return controller.answerQuestion(prompt.getIndex(), data, true);
  }

  /** Selects codes in a select field, each of which JavaRosa must offer. */
  int select(String field, String... codes) {
    FormEntryPrompt prompt = goTo(field);
    List<Selection> selections = new ArrayList<>();
    for (String code : codes) {
      selections.add(offered(prompt, code).selection());
    }
    IAnswerData data = prompt.getControlType() == org.javarosa.core.model.Constants.CONTROL_SELECT_MULTI
        ? new SelectMultiData(selections) : new SelectOneData(selections.get(0));
    return controller.answerQuestion(prompt.getIndex(), data, true);
  }

  /** The constraint message JavaRosa shows for the field's current question. */
  String constraintMessage(String field) {
    return goTo(field).getConstraintText();
  }

  private static SelectChoice offered(FormEntryPrompt prompt, String code) {
    return prompt.getSelectChoices().stream().filter(c -> c.getValue().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("JavaRosa does not offer '" + code + "' for "
            + name(prompt.getIndex()) + "; it offers " + prompt.getSelectChoices().stream()
            .map(SelectChoice::getValue).toList()));
  }

  /**
   * Fills in a response question by question, in form order, answering each question JavaRosa
   * shows from the response; fails if JavaRosa refuses an answer.
   */
  JavaRosaForm fill(Instrument instrument, SurveyResponse response) {
    Map<String, String> values = values(instrument, response);
    controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
    int event;
    List<String> answered = new ArrayList<>();
    while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
      if (event != FormEntryController.EVENT_QUESTION) {
        continue;
      }
      FormEntryPrompt prompt = model.getQuestionPrompt();
      String field = name(prompt.getIndex());
      String value = values.get(field);
      if (value == null) {
        continue;
      }
      IAnswerData data;
      if (prompt.getControlType() == org.javarosa.core.model.Constants.CONTROL_SELECT_MULTI) {
        List<Selection> selections = new ArrayList<>();
        for (String code : value.split(" ")) {
          selections.add(offered(prompt, code).selection());
        }
        data = new SelectMultiData(selections);
      } else if (prompt.getControlType() == org.javarosa.core.model.Constants.CONTROL_SELECT_ONE) {
        data = new SelectOneData(offered(prompt, value).selection());
      } else {
        data = new StringData(value);
      }
      int result = controller.answerQuestion(prompt.getIndex(), data, true);
      if (result != FormEntryController.ANSWER_OK) {
        throw new AssertionError("JavaRosa refused " + field + " = " + value + " (" + result + "): "
            + prompt.getConstraintText());
      }
      answered.add(field);
    }
    if (!answered.containsAll(values.keySet())) {
      List<String> missed = new ArrayList<>(values.keySet());
      missed.removeAll(answered);
      throw new AssertionError("JavaRosa did not show the fields " + missed);
    }
    return this;
  }

  /** The filled instance, serialized the way ODK Collect submits it. */
  byte[] submission() {
    controller.finalizeFormEntry();
    try {
      return new XFormSerializingVisitor().serializeInstance(form.getInstance());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value to enter in each field for a response, by field name. */
  static Map<String, String> values(Instrument instrument, SurveyResponse response) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(OdkForm.RESPONDENT, response.respondent().id().value());
    for (Question question : instrument.survey().questions()) {
      if (question instanceof Grid grid) {
        for (GridStatement statement : grid.statements()) {
          response.answer(statement.id()).ifPresent(a -> values.put(OdkNames.field(statement.id()),
              ((PointAnswer) a).code()));
        }
        continue;
      }
      Optional<Answer> given = response.answer(question.id());
      if (given.isEmpty()) {
        continue;
      }
      Answer answer = given.get();
      List<String> chosen;
      Optional<String> other;
      if (answer instanceof ChoiceAnswer a) {
        values.put(OdkNames.field(question.id()), a.code());
        chosen = List.of(a.code());
        other = a.otherText();
      } else if (answer instanceof SelectionAnswer a) {
        values.put(OdkNames.field(question.id()), String.join(" ", a.codes()));
        chosen = a.codes();
        other = a.otherText();
      } else if (answer instanceof RankingAnswer a) {
        for (int k = 1; k <= ((Ranking) question).maxRanked(); k++) {
          int rank = k;
          a.atRank(k).ifPresent(code -> values.put(OdkNames.rank(question.id(), rank), code));
        }
        chosen = List.copyOf(a.ranks().keySet());
        other = a.otherText();
      } else {
        values.put(OdkNames.field(question.id()), ((TextAnswer) answer).text());
        continue;
      }
      if (other.isPresent()) {
        for (ChoiceOption option : ((ChoiceQuestion) question).options()) {
          if (option.specify() && chosen.contains(option.code())) {
            values.put(OdkNames.specify(question.id(), option.code()), other.get());
          }
        }
      }
    }
    return values;
  }
}
