package org.ctnat.core.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.Survey;
import org.ctnat.core.questionbank.SurveySection;

/**
 * Every label of an instrument under a stable key, for translation and for checks that every
 * text is in the default language.
 *
 * <p>Keys name the element, not its position, so they survive adaptation. Ids and codes stand
 * in square brackets (which no id or code may contain), so no two texts can share a key:
 * <ul>
 *   <li>{@code instrument.title}; {@code area[1].title}; {@code criterion[1.3].title};
 *       {@code indicator[1.3-F1]}
 *   <li>{@code scale[adequacy].title}; {@code scale[adequacy].point[inadequate]}
 *   <li>{@code survey.title}, {@code survey.respondentCode}, {@code survey.introduction},
 *       {@code survey.closing}; {@code survey.section[3].title}, {@code
 *       survey.section[3].description}
 *   <li>{@code survey.question[2.2].text}, {@code .instruction}, {@code .rowHeading}, {@code
 *       .optionHeading}, {@code .rankHeading}; {@code survey.question[2.2].option[forced_labour]};
 *       {@code survey.statement[3.1.5]}
 *   <li>{@code priority[J]} — also the label of option J of the priority question; and a
 *       follow-up's options share the keys of its parent's options, so one translation serves
 *       both places
 *   <li>{@code guide.title}, {@code guide.interviewCode}, {@code guide.instructions}, {@code
 *       guide.informationNote}, {@code guide.planInstruction}, {@code guide.closingInstructions};
 *       {@code guide.field[country]}; {@code guide.section[3].title}, {@code
 *       guide.section[3].heading}; {@code guide.question[3.3].text}, {@code
 *       guide.question[3.3].prompt[1]} (prompts numbered from 1)
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class InstrumentTexts {

  private InstrumentTexts() {}

  /**
   * Every text of an instrument by key, in instrument order.
   *
   * @param instrument the instrument
   * @return an unmodifiable map from key to text
   */
  public static Map<String, LocalizedText> of(Instrument instrument) {
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    mapParts(instrument, (key, text) -> {
      texts.putIfAbsent(key, text);
      return text;
    });
    return Collections.unmodifiableMap(texts);
  }

  /**
   * A copy of an instrument with every text replaced by {@code mapper(key, text)}.
   *
   * @param instrument the instrument (unchanged)
   * @param mapper the replacement; return the text itself to keep it
   * @return the new instrument, validated
   * @throws InvalidInstrumentException if the new texts break a rule (e.g. lose the default
   *     language)
   */
  public static Instrument map(
      Instrument instrument, BiFunction<String, LocalizedText, LocalizedText> mapper) {
    Parts parts = mapParts(instrument, mapper);
    return Instrument.builder().from(instrument)
        .title(parts.title)
        .framework(parts.framework)
        .scales(parts.scales)
        .survey(parts.survey)
        .priorities(parts.priorities)
        .interviewGuide(parts.guide)
        .build();
  }

  /**
   * A copy of an instrument with a translation added: each key found in {@code translations}
   * gets that text in {@code language}; {@code language} is added to the instrument's
   * languages. Texts without a translation keep their other languages and fall back to the
   * default language when shown.
   *
   * @param instrument the instrument (unchanged)
   * @param language the language tag, e.g. {@code ru}
   * @param translations texts by key (see the class comment for the keys)
   * @return the translated instrument
   * @throws IllegalArgumentException if a key names no text of the instrument, or the
   *     language tag is invalid
   */
  public static Instrument translate(Instrument instrument, String language, Map<String, String> translations) {
    if (!LocalizedText.isLanguageTag(language)) {
      throw new IllegalArgumentException(
          "translation language must be a BCP 47 tag such as 'ru' or 'pt-BR', but was '" + language + "'");
    }
    Map<String, LocalizedText> existing = of(instrument);
    List<String> unknown = new ArrayList<>();
    for (String key : translations.keySet()) {
      if (!existing.containsKey(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("translation to '" + language
          + "': these keys name no text of instrument " + instrument.id() + " " + instrument.version()
          + ": " + unknown);
    }
    Instrument withLanguage = instrument.languages().contains(language)
        ? instrument
        : Instrument.builder().from(instrument).addLanguage(language).build();
    return map(withLanguage, (key, text) -> {
      String translated = translations.get(key);
      return translated == null ? text : text.withText(language, translated);
    });
  }

  private record Parts(
      LocalizedText title,
      Framework framework,
      List<Scale> scales,
      Survey survey,
      List<PriorityOption> priorities,
      InterviewGuide guide) {}

  private static Parts mapParts(
      Instrument instrument, BiFunction<String, LocalizedText, LocalizedText> f) {
    LocalizedText title = f.apply("instrument.title", instrument.title());
    List<ThematicArea> areas = new ArrayList<>();
    for (ThematicArea area : instrument.framework().areas()) {
      List<Criterion> criteria = new ArrayList<>();
      for (Criterion criterion : area.criteria()) {
        List<Indicator> indicators = new ArrayList<>();
        LocalizedText criterionTitle = f.apply("criterion[" + criterion.id() + "].title", criterion.title());
        for (Indicator indicator : criterion.indicators()) {
          indicators.add(indicator.withStatement(
              f.apply("indicator[" + indicator.id() + "]", indicator.statement())));
        }
        criteria.add(criterion.withTitle(criterionTitle).withIndicators(indicators));
      }
      areas.add(area.withTitle(f.apply("area[" + area.id() + "].title", area.title()))
          .withCriteria(criteria));
    }
    Framework framework = instrument.framework().withAreas(areas);

    List<Scale> scales = new ArrayList<>();
    for (Scale scale : instrument.scales()) {
      String key = "scale[" + scale.id() + "]";
      List<ScalePoint> points = new ArrayList<>();
      LocalizedText scaleTitle = f.apply(key + ".title", scale.title());
      for (ScalePoint point : scale.points()) {
        points.add(point.withLabel(f.apply(key + ".point[" + point.code() + "]", point.label())));
      }
      scales.add(scale.withTitle(scaleTitle).withPoints(points));
    }

    List<PriorityOption> priorities = new ArrayList<>();
    for (PriorityOption priority : instrument.priorities()) {
      priorities.add(priority.withLabel(f.apply("priority[" + priority.code() + "]", priority.label())));
    }

    Survey survey = instrument.survey();
    List<SurveySection> sections = new ArrayList<>();
    for (SurveySection section : survey.sections()) {
      String key = "survey.section[" + section.id() + "]";
      LocalizedText sectionTitle = f.apply(key + ".title", section.title());
      Optional<LocalizedText> description = section.description().map(d -> f.apply(key + ".description", d));
      List<Question> questions = new ArrayList<>();
      for (Question question : section.questions()) {
        questions.add(mapQuestion(instrument, question, f));
      }
      sections.add(SurveySection.builder().from(section).title(sectionTitle).description(description)
          .questions(questions).build());
    }
    Survey mappedSurvey = Survey.builder().from(survey)
        .title(f.apply("survey.title", survey.title()))
        .respondentCode(survey.respondentCode().map(t -> f.apply("survey.respondentCode", t)))
        .introduction(survey.introduction().map(t -> f.apply("survey.introduction", t)))
        .closing(survey.closing().map(t -> f.apply("survey.closing", t)))
        .sections(sections)
        .build();

    InterviewGuide guide = instrument.interviewGuide();
    List<MetadataField> fields = new ArrayList<>();
    for (MetadataField field : guide.metadataFields()) {
      fields.add(field.withLabel(f.apply("guide.field[" + field.id() + "]", field.label())));
    }
    List<InterviewSection> guideSections = new ArrayList<>();
    for (InterviewSection section : guide.sections()) {
      String key = "guide.section[" + section.id() + "]";
      LocalizedText sectionTitle = f.apply(key + ".title", section.title());
      Optional<LocalizedText> heading = section.heading().map(h -> f.apply(key + ".heading", h));
      List<InterviewQuestion> questions = new ArrayList<>();
      for (InterviewQuestion question : section.questions()) {
        String qkey = "guide.question[" + question.id() + "]";
        LocalizedText text = f.apply(qkey + ".text", question.text());
        List<LocalizedText> prompts = new ArrayList<>();
        for (int i = 0; i < question.prompts().size(); i++) {
          prompts.add(f.apply(qkey + ".prompt[" + (i + 1) + "]", question.prompts().get(i)));
        }
        questions.add(question.withText(text).withPrompts(prompts));
      }
      guideSections.add(InterviewSection.builder().from(section).title(sectionTitle).heading(heading)
          .questions(questions).build());
    }
    InterviewGuide mappedGuide = InterviewGuide.builder().from(guide)
        .title(f.apply("guide.title", guide.title()))
        .interviewCode(guide.interviewCode().map(t -> f.apply("guide.interviewCode", t)))
        .instructions(guide.instructions().map(t -> f.apply("guide.instructions", t)))
        .informationNote(guide.informationNote().map(t -> f.apply("guide.informationNote", t)))
        .metadataFields(fields)
        .planInstruction(guide.planInstruction().map(t -> f.apply("guide.planInstruction", t)))
        .sections(guideSections)
        .closingInstructions(guide.closingInstructions().map(t -> f.apply("guide.closingInstructions", t)))
        .build();
    return new Parts(title, framework, scales, mappedSurvey, priorities, mappedGuide);
  }

  private static Question mapQuestion(
      Instrument instrument, Question question, BiFunction<String, LocalizedText, LocalizedText> f) {
    String key = "survey.question[" + question.id() + "]";
    LocalizedText text = f.apply(key + ".text", question.text());
    Optional<LocalizedText> instruction = question.instruction().map(t -> f.apply(key + ".instruction", t));
    if (question instanceof SingleChoice q) {
      String optionKey = "survey.question[" + q.optionsFrom().map(Object::toString).orElse(q.id().toString()) + "]";
      return SingleChoice.builder().from(q).text(text).instruction(instruction)
          .options(mapOptions(instrument, q, optionKey, q.options(), f)).build();
    } else if (question instanceof MultipleChoice q) {
      return MultipleChoice.builder().from(q).text(text).instruction(instruction)
          .options(mapOptions(instrument, q, key, q.options(), f)).build();
    } else if (question instanceof Ranking q) {
      return Ranking.builder().from(q).text(text).instruction(instruction)
          .optionHeading(q.optionHeading().map(t -> f.apply(key + ".optionHeading", t)))
          .rankHeading(q.rankHeading().map(t -> f.apply(key + ".rankHeading", t)))
          .options(mapOptions(instrument, q, key, q.options(), f)).build();
    } else if (question instanceof Grid q) {
      List<GridStatement> statements = new ArrayList<>();
      for (GridStatement s : q.statements()) {
        statements.add(s.withText(f.apply("survey.statement[" + s.id() + "]", s.text())));
      }
      return Grid.builder().from(q).text(text).instruction(instruction)
          .rowHeading(q.rowHeading().map(t -> f.apply(key + ".rowHeading", t)))
          .statements(statements).build();
    } else {
      FreeText q = (FreeText) question;
      return FreeText.builder().from(q).text(text).instruction(instruction).build();
    }
  }

  private static List<ChoiceOption> mapOptions(Instrument instrument, Question question, String key,
      List<ChoiceOption> options, BiFunction<String, LocalizedText, LocalizedText> f) {
    boolean priorities = instrument.priorityQuestion().filter(question.id()::equals).isPresent();
    List<ChoiceOption> mapped = new ArrayList<>(options.size());
    for (ChoiceOption option : options) {
      String optionKey = priorities ? "priority[" + option.code() + "]" : key + ".option[" + option.code() + "]";
      mapped.add(option.withLabel(f.apply(optionKey, option.label())));
    }
    return mapped;
  }
}
