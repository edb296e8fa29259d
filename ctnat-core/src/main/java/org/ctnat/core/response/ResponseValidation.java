package org.ctnat.core.response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.instrument.PriorityOption;
import org.ctnat.core.internal.Checks;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.questionbank.SingleChoice;

/**
 * Checks collected data against an instrument and reports every rule broken — never only
 * the first — as a {@link ValidationReport}. Nothing is repaired or dropped: the report says
 * what is wrong and the data stays as given.
 *
 * <p>Survey responses: the instrument and version match; every answer is for an item of the
 * survey and of the right kind; codes are options of the question (or points of the grid's
 * scale); selections and rankings keep the question's limits; ranks run 1, 2, … without
 * duplicates or gaps; a follow-up answer is one of those chosen in its parent (2.2.1 among
 * the three of 2.2); "other" texts go with an "Other – please specify" option; free texts are
 * not blank; profile attributes set directly are options of their profile question.
 *
 * <p>Interview records: the guide's always-asked sections are covered and the number of
 * elective sections is within the guide's limits; notes and themes belong to covered
 * sections; required metadata is filled in; personal fields are kept apart.
 *
 * <p>Workshop results: the priorities exist, are distinct, and number within the priority
 * question's limits.
 *
 * <p>Every violation names its subject (the respondent, interview or group), its element and
 * its rule. The element is the item ({@code 2.2}), profile attribute ({@code gender}), section
 * ({@code section 8}), question ({@code question 3.1}), metadata field ({@code field country})
 * or priority ({@code A}) at fault; for the record as a whole it is {@code instrument} (made
 * for another instrument or version), {@code respondent} (the id appears twice), {@code elective
 * sections 2, 3, 4, 5} (the elective sections covered, too few or too many) or {@code priorities
 * A, C, D, B} (the priorities chosen, too few or too many).
 *
 * <p>Stateless and thread-safe.
 */
public final class ResponseValidation {

  /** The element of violations of a whole record's instrument (its {@code instrument} and version). */
  static final String INSTRUMENT = "instrument";
  /** The element of violations of a record's respondent, interview or group id. */
  static final String RESPONDENT = "respondent";

  private ResponseValidation() {}

  /**
   * Validates one survey response.
   *
   * @param instrument the instrument the response should answer
   * @param response the response
   * @return every violation found
   */
  public static ValidationReport validate(Instrument instrument, SurveyResponse response) {
    List<Violation> found = new ArrayList<>();
    RespondentId who = response.respondent().id();
    instrument(instrument, who, response.instrumentId(), response.instrumentVersion(), found);
    for (Map.Entry<ItemId, Answer> entry : response.answers().entrySet()) {
      ItemId item = entry.getKey();
      Optional<Question> question = instrument.questionOf(item);
      if (question.isEmpty()) {
        boolean grid = instrument.survey().question(item).filter(q -> q instanceof Grid).isPresent();
        found.add(Violation.of(who, item, ViolationRule.UNKNOWN_ITEM, grid
            ? "item " + item + " is a grid; answer each of its statements instead"
            : "the survey has no item " + item));
        continue;
      }
      answer(instrument, response, who, item, question.get(), entry.getValue(), found);
    }
    profile(instrument, response.respondent(), found);
    return ValidationReport.of(found);
  }

  /**
   * Validates many survey responses, and that no respondent appears twice.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @return every violation found, response by response
   */
  public static ValidationReport validateAll(Instrument instrument, Iterable<SurveyResponse> responses) {
    ValidationReport report = ValidationReport.empty();
    Set<RespondentId> seen = new HashSet<>();
    List<Violation> duplicates = new ArrayList<>();
    for (SurveyResponse response : responses) {
      report = report.plus(validate(instrument, response));
      RespondentId who = response.respondent().id();
      if (!seen.add(who)) {
        duplicates.add(Violation.of(who, RESPONDENT, ViolationRule.DUPLICATE_RESPONDENT,
            "respondent " + who + " has more than one response"));
      }
    }
    return report.plus(ValidationReport.of(duplicates));
  }

  private static void instrument(Instrument instrument, RespondentId who, InstrumentId id, String version,
      List<Violation> found) {
    if (!instrument.id().equals(id) || !instrument.version().equals(version)) {
      found.add(Violation.of(who, INSTRUMENT, ViolationRule.WRONG_INSTRUMENT, "made for " + id + " " + version
          + ", validated against " + instrument.id() + " " + instrument.version()));
    }
  }

  private static void answer(Instrument instrument, SurveyResponse response, RespondentId who, ItemId item,
      Question question, Answer answer, List<Violation> found) {
    String expected = switch (question.kind()) {
      case SINGLE_CHOICE -> "choice";
      case MULTIPLE_CHOICE -> "selection";
      case RANKING -> "ranking";
      case GRID -> "point";
      case FREE_TEXT -> "text";
    };
    if (!answer.kindName().equals(expected)) {
      found.add(Violation.of(who, item, ViolationRule.WRONG_ANSWER_KIND, "a " + answer.kindName()
          + " answer to a " + question.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " question; expected a " + expected));
      return;
    }
    if (question instanceof SingleChoice q) {
      singleChoice(response, who, q, (ChoiceAnswer) answer, found);
    } else if (question instanceof MultipleChoice q) {
      multipleChoice(who, q, (SelectionAnswer) answer, found);
    } else if (question instanceof Ranking q) {
      ranking(who, q, (RankingAnswer) answer, found);
    } else if (question instanceof Grid q) {
      Scale scale = instrument.scale(q.scale()).orElseThrow();
      String code = ((PointAnswer) answer).code();
      if (scale.point(code).isEmpty()) {
        found.add(Violation.of(who, item, ViolationRule.UNKNOWN_OPTION, "'" + code
            + "' is not a point of scale " + scale.id() + " " + codes(scale)));
      }
    } else if (question instanceof FreeText) {
      if (((TextAnswer) answer).text().isBlank()) {
        found.add(Violation.of(who, item, ViolationRule.BLANK_TEXT, "the text is blank"));
      }
    }
  }

  private static void singleChoice(SurveyResponse response, RespondentId who, SingleChoice q,
      ChoiceAnswer answer, List<Violation> found) {
    Optional<ChoiceOption> option = q.option(answer.code());
    if (option.isEmpty()) {
      found.add(Violation.of(who, q.id(), ViolationRule.UNKNOWN_OPTION,
          "'" + answer.code() + "' is not an option " + codes(q.options())));
      return;
    }
    if (answer.otherText().isPresent() && !option.get().specify()) {
      found.add(Violation.of(who, q.id(), ViolationRule.OTHER_TEXT_WITHOUT_OTHER,
          "a specified text was given with '" + answer.code() + "', which asks for none"));
    }
    if (q.optionsFrom().isPresent()) {
      ItemId parent = q.optionsFrom().get();
      Answer parentAnswer = response.answers().get(parent);
      if (parentAnswer == null) {
        found.add(Violation.of(who, q.id(), ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT,
            "'" + answer.code() + "' was given, but question " + parent + " was not answered"));
      } else if (parentAnswer instanceof SelectionAnswer selection
          && !selection.codes().contains(answer.code())) {
        found.add(Violation.of(who, q.id(), ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT,
            "'" + answer.code() + "' is not one of those chosen in " + parent + " " + selection.codes()));
      }
    }
  }

  private static void multipleChoice(RespondentId who, MultipleChoice q, SelectionAnswer answer,
      List<Violation> found) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String code : answer.codes()) {
      if (!distinct.add(code)) {
        found.add(Violation.of(who, q.id(), ViolationRule.DUPLICATE_SELECTION, "'" + code + "' is chosen twice"));
      }
    }
    boolean specified = false;
    for (String code : distinct) {
      Optional<ChoiceOption> option = q.option(code);
      if (option.isEmpty()) {
        found.add(Violation.of(who, q.id(), ViolationRule.UNKNOWN_OPTION,
            "'" + code + "' is not an option " + codes(q.options())));
      } else {
        specified |= option.get().specify();
        if (option.get().exclusive() && distinct.size() > 1) {
          found.add(Violation.of(who, q.id(), ViolationRule.EXCLUSIVE_COMBINED,
              "'" + code + "' excludes the other options, but " + distinct + " were chosen"));
        }
      }
    }
    if (distinct.size() < q.minSelections()) {
      found.add(Violation.of(who, q.id(), ViolationRule.TOO_FEW_SELECTIONS, "chose " + distinct.size()
          + " option" + (distinct.size() == 1 ? "" : "s") + ", at least " + q.minSelections() + " required"));
    }
    if (distinct.size() > q.effectiveMaxSelections()) {
      found.add(Violation.of(who, q.id(), ViolationRule.TOO_MANY_SELECTIONS, "chose " + distinct.size()
          + " options, at most " + q.effectiveMaxSelections() + " allowed"));
    }
    if (answer.otherText().isPresent() && !specified) {
      found.add(Violation.of(who, q.id(), ViolationRule.OTHER_TEXT_WITHOUT_OTHER,
          "a specified text was given, but no 'Other – please specify' option was chosen"));
    }
  }

  private static void ranking(RespondentId who, Ranking q, RankingAnswer answer, List<Violation> found) {
    boolean specified = false;
    for (String code : answer.ranks().keySet()) {
      Optional<ChoiceOption> option = q.option(code);
      if (option.isEmpty()) {
        found.add(Violation.of(who, q.id(), ViolationRule.UNKNOWN_OPTION,
            "'" + code + "' is not an option " + codes(q.options())));
      } else {
        specified |= option.get().specify();
      }
    }
    int ranked = answer.ranks().size();
    if (ranked < q.minRanked() || ranked > q.maxRanked()) {
      found.add(Violation.of(who, q.id(), ViolationRule.RANKED_COUNT, "ranked " + ranked + " option"
          + (ranked == 1 ? "" : "s") + ", " + (q.minRanked() == q.maxRanked()
          ? "exactly " + q.minRanked() : q.minRanked() + " to " + q.maxRanked()) + " required"));
    }
    Set<Integer> ranks = new TreeSet<>();
    for (Map.Entry<String, Integer> entry : answer.ranks().entrySet()) {
      if (!ranks.add(entry.getValue())) {
        found.add(Violation.of(who, q.id(), ViolationRule.DUPLICATE_RANK,
            "rank " + entry.getValue() + " is given more than once (again to '" + entry.getKey() + "')"));
      }
    }
    int expected = 1;
    for (int rank : ranks) {
      if (rank != expected) {
        found.add(Violation.of(who, q.id(), ViolationRule.MISSING_RANK,
            "ranks must run 1, 2, … without gaps, but are " + ranks));
        break;
      }
      expected++;
    }
    if (answer.otherText().isPresent() && !specified) {
      found.add(Violation.of(who, q.id(), ViolationRule.OTHER_TEXT_WITHOUT_OTHER,
          "a specified text was given, but no 'Other – please specify' option was ranked"));
    }
  }

  private static void profile(Instrument instrument, Respondent respondent, List<Violation> found) {
    for (Map.Entry<ProfileAttribute, String> entry : respondent.profile().entrySet()) {
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q && q.profile().filter(entry.getKey()::equals).isPresent()
            && q.option(entry.getValue()).isEmpty()) {
          found.add(Violation.of(respondent.id(), entry.getKey().key(), ViolationRule.UNKNOWN_PROFILE_VALUE,
              "'" + entry.getValue() + "' is not an option of question " + q.id() + " " + codes(q.options())));
        }
      }
    }
  }

  /**
   * Validates one interview record against the instrument's interview guide.
   *
   * @param instrument the instrument whose guide was used
   * @param record the record
   * @return every violation found
   */
  public static ValidationReport validate(Instrument instrument, InterviewRecord record) {
    List<Violation> found = new ArrayList<>();
    RespondentId who = record.id();
    instrument(instrument, who, record.instrumentId(), record.instrumentVersion(), found);
    InterviewGuide guide = instrument.interviewGuide();
    Set<SectionId> covered = new LinkedHashSet<>();
    for (SectionId section : record.sectionsCovered()) {
      if (guide.section(section).isEmpty()) {
        found.add(Violation.of(who, "section " + section, ViolationRule.UNKNOWN_GUIDE_ELEMENT,
            "the guide has no section " + section));
      } else {
        covered.add(section);
      }
    }
    for (InterviewSection section : guide.sections(SectionRule.ALWAYS)) {
      if (!covered.contains(section.id())) {
        found.add(Violation.of(who, "section " + section.id(), ViolationRule.MISSING_ALWAYS_SECTION,
            "section " + section.id() + " (" + section.title() + ") is always asked but was not covered"));
      }
    }
    List<SectionId> electives = guide.sections(SectionRule.ELECTIVE).stream().map(InterviewSection::id).toList();
    List<SectionId> electivesCovered = electives.stream().filter(covered::contains).toList();
    if (electivesCovered.size() < guide.electiveMin() || electivesCovered.size() > guide.electiveMax()) {
      String asked = "the guide asks for " + (guide.electiveMin() == guide.electiveMax()
          ? "exactly " + guide.electiveMin() : guide.electiveMin() + " to " + guide.electiveMax());
      found.add(Violation.of(who, "elective sections " + listed(electivesCovered),
          ViolationRule.ELECTIVE_SECTION_COUNT, (electivesCovered.isEmpty()
              ? "covered none of the elective sections " + span(electives)
              : "covered elective sections " + electivesCovered + " of " + span(electives)) + "; " + asked));
    }
    Set<InterviewQuestionId> questions = new LinkedHashSet<>(record.notes().keySet());
    questions.addAll(record.themes().keySet());
    for (InterviewQuestionId question : questions) {
      Optional<InterviewSection> section = guide.sections().stream()
          .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(question))).findFirst();
      if (section.isEmpty()) {
        found.add(Violation.of(who, "question " + question, ViolationRule.UNKNOWN_GUIDE_ELEMENT,
            "the guide has no question " + question));
      } else if (!covered.contains(section.get().id())) {
        found.add(Violation.of(who, "question " + question, ViolationRule.QUESTION_OUTSIDE_SECTIONS,
            "question " + question + " belongs to section " + section.get().id() + ", which was not covered"));
      }
    }
    record.themes().forEach((question, themes) -> themes.stream()
        .filter(t -> !Checks.CODE.matcher(t).matches())
        .forEach(t -> found.add(Violation.of(who, "question " + question, ViolationRule.INVALID_THEME,
            "'" + t + "' is not a theme code"))));
    metadata(guide, record, found);
    return ValidationReport.of(found);
  }

  private static void metadata(InterviewGuide guide, InterviewRecord record, List<Violation> found) {
    RespondentId who = record.id();
    for (String field : record.metadata().keySet()) {
      Optional<MetadataField> known = guide.metadataFields().stream().filter(f -> f.id().equals(field)).findFirst();
      if (known.isEmpty()) {
        found.add(Violation.of(who, "field " + field, ViolationRule.UNKNOWN_GUIDE_ELEMENT,
            "the guide has no metadata field " + field));
      } else if (known.get().personal()) {
        found.add(Violation.of(who, "field " + field, ViolationRule.PERSONAL_DATA_MISPLACED,
            field + " is personal data; keep it in personalData"));
      }
    }
    for (String field : record.personalData().keySet()) {
      Optional<MetadataField> known = guide.metadataFields().stream().filter(f -> f.id().equals(field)).findFirst();
      if (known.isEmpty() || !known.get().personal()) {
        found.add(Violation.of(who, "field " + field, ViolationRule.PERSONAL_DATA_MISPLACED,
            field + " is not a personal field of the guide; keep it in metadata"));
      }
    }
    for (MetadataField field : guide.metadataFields()) {
      String value = record.metadata().get(field.id());
      if (field.required() && (value == null || value.isBlank())) {
        found.add(Violation.of(who, "field " + field.id(), ViolationRule.MISSING_METADATA,
            field.id() + " (" + field.label() + ") is required"));
      }
    }
  }

  /**
   * Validates one workshop group's priorities.
   *
   * @param instrument the instrument whose priorities were offered
   * @param result the group's choice
   * @return every violation found
   */
  public static ValidationReport validate(Instrument instrument, WorkshopResult result) {
    List<Violation> found = new ArrayList<>();
    RespondentId who = result.group();
    Set<String> known = new HashSet<>();
    instrument.priorities().forEach(p -> known.add(p.code()));
    Set<String> distinct = new LinkedHashSet<>();
    for (String code : result.priorities()) {
      if (!known.contains(code) && !distinct.contains(code)) { // an unknown code chosen twice: once unknown
        found.add(Violation.of(who, code, ViolationRule.UNKNOWN_PRIORITY, "'" + code
            + "' is not a priority " + instrument.priorities().stream().map(PriorityOption::code).toList()));
      }
      if (!distinct.add(code)) {
        found.add(Violation.of(who, code, ViolationRule.PRIORITY_COUNT, "'" + code + "' is chosen twice"));
      }
    }
    Optional<Ranking> question = instrument.priorityQuestion().flatMap(instrument.survey()::question)
        .filter(q -> q instanceof Ranking).map(q -> (Ranking) q);
    int min = question.map(Ranking::minRanked).orElse(1);
    int max = question.map(Ranking::maxRanked).orElse(Math.max(1, known.size()));
    if (distinct.size() < min || distinct.size() > max) {
      found.add(Violation.of(who, "priorities " + listed(distinct), ViolationRule.PRIORITY_COUNT,
          "chose " + distinct.size() + (distinct.size() == 1 ? " priority, " : " priorities, ")
          + (min == max ? "exactly " + min : min + " to " + max) + " required"));
    }
    return ValidationReport.of(found);
  }

  /** A comma-separated list, or "(none)": for elements that name several things. */
  private static String listed(Collection<?> things) {
    return things.isEmpty() ? "(none)"
        : things.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Sections as a span "2–6" if they are three or more consecutive numbers, else as a list "[3, 4]". */
  private static String span(List<SectionId> sections) {
    if (sections.size() >= 3) {
      try {
        int first = Integer.parseInt(sections.get(0).toString());
        boolean consecutive = true;
        for (int i = 1; i < sections.size() && consecutive; i++) {
          consecutive = sections.get(i).toString().equals(Integer.toString(first + i));
        }
        if (consecutive) {
          return first + "–" + (first + sections.size() - 1);
        }
      } catch (NumberFormatException notANumber) {
        // not numbered sections: list them
      }
    }
    return sections.toString();
  }

  private static String codes(List<ChoiceOption> options) {
    return options.stream().map(ChoiceOption::code).toList().toString();
  }

  private static String codes(Scale scale) {
    return scale.points().stream().map(p -> p.code()).toList().toString();
  }
}
