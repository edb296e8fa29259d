package org.ctnat.core.instrument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;

/**
 * The integrity rules of an instrument, checked every time one is built.
 *
 * <p>The parts check their own rules when they are built (a criterion has exactly four
 * indicators, one per dimension and level; scale points are unique and ordered; selection
 * and ranking limits are coherent; ids are unique within their owner; the interview guide's
 * elective limits fit its sections). This class checks the rules that span parts:
 * <ol>
 *   <li>{@value #VERSION}
 *   <li>{@value #LANGUAGES}
 *   <li>{@value #TEXTS}
 *   <li>{@value #UNIQUE}
 *   <li>{@value #SCALE}
 *   <li>{@value #FOLLOW_UP}
 *   <li>{@value #PRIORITIES}
 *   <li>{@value #AREAS}
 *   <li>{@value #PROFILE}
 *   <li>{@value #LINKS}
 * </ol>
 *
 * <p>Every problem names the element and the rule. Stateless and thread-safe.
 */
public final class InstrumentValidation {

  /** Rule: the version is not blank. */
  public static final String VERSION = "the version must not be blank";
  /** Rule: languages are valid tags, listed once, and include the default language. */
  public static final String LANGUAGES =
      "languages must be valid BCP 47 tags, listed once, including the default language";
  /** Rule: every text has the default language and only listed languages. */
  public static final String TEXTS =
      "every text must have the default language and only the instrument's languages";
  /** Rule: scale ids, note ids and priority codes are unique. */
  public static final String UNIQUE = "scale ids, note ids and priority codes must be unique";
  /** Rule: a grid's scale exists. */
  public static final String SCALE = "a grid's scale must exist";
  /** Rule: a follow-up refers to an earlier multiple choice and offers its options. */
  public static final String FOLLOW_UP =
      "a follow-up must refer to an earlier multiple choice and offer exactly its options";
  /** Rule: the priority question is a ranking of the priorities; their areas exist. */
  public static final String PRIORITIES =
      "the priority question must be a ranking whose options are the priorities, whose areas must exist";
  /** Rule: a section's thematic area exists. */
  public static final String AREAS = "a section's thematic area must exist";
  /** Rule: each profile attribute is recorded by at most one question. */
  public static final String PROFILE = "each profile attribute must be recorded by at most one question";
  /** Rule: links point at existing criteria and items, one link per criterion. */
  public static final String LINKS =
      "links must point at existing criteria, survey items and interview questions, one link per criterion";

  private InstrumentValidation() {}

  /**
   * Every problem of an instrument's cross-part rules, in rule order.
   *
   * @param instrument the instrument (its parts already checked themselves)
   * @return the problems; empty if the instrument is valid
   */
  public static List<String> problems(Instrument instrument) {
    return findings(instrument).stream().map(Finding::message).toList();
  }

  /**
   * One problem and the element it is in, so that a reader of a file can point at the element.
   *
   * @param element the element: {@code version}, {@code languages}, {@code text:<key>} (a key of
   *     {@link InstrumentTexts}), {@code question:<id>}, {@code priority:<code>},
   *     {@code surveySection:<id>}, {@code guideSection:<id>}, {@code link:<criterion>},
   *     {@code scaleid:<id>}, {@code noteid:<id>} or {@code prioritycode:<code>}
   * @param message what is wrong, naming the element and the rule
   */
  public record Finding(String element, String message) {}

  /**
   * Every problem of an instrument's cross-part rules with the element it is in, in rule order.
   *
   * @param instrument the instrument (its parts already checked themselves)
   * @return the findings; empty if the instrument is valid
   */
  public static List<Finding> findings(Instrument instrument) {
    Found problems = new Found();
    version(instrument, problems);
    languages(instrument, problems);
    texts(instrument, problems);
    unique(instrument, problems);
    scales(instrument, problems);
    followUps(instrument, problems);
    priorities(instrument, problems);
    areas(instrument, problems);
    profile(instrument, problems);
    links(instrument, problems);
    return List.copyOf(problems.findings);
  }

  /** The findings being collected. */
  private static final class Found {
    private final List<Finding> findings = new ArrayList<>();

    void add(String element, String message) {
      findings.add(new Finding(element, message));
    }
  }

  private static void version(Instrument instrument, Found problems) {
    if (instrument.version().isBlank()) {
      problems.add("version", "version: " + VERSION);
    }
  }

  private static void languages(Instrument instrument, Found problems) {
    Set<String> seen = new HashSet<>();
    for (String language : instrument.languages()) {
      if (!LocalizedText.isLanguageTag(language)) {
        problems.add("languages", "language '" + language + "': " + LANGUAGES);
      } else if (!seen.add(language)) {
        problems.add("languages", "language '" + language + "' is listed twice: " + LANGUAGES);
      }
    }
    if (!instrument.languages().contains(instrument.defaultLanguage())) {
      problems.add("languages", "default language '" + instrument.defaultLanguage() + "' is not in languages "
          + instrument.languages() + ": " + LANGUAGES);
    }
  }

  private static void texts(Instrument instrument, Found problems) {
    String language = instrument.defaultLanguage();
    for (Map.Entry<String, LocalizedText> text : InstrumentTexts.of(instrument).entrySet()) {
      if (text.getValue().text(language).isEmpty()) {
        problems.add("text:" + text.getKey(), "text '" + text.getKey() + "' has no '" + language + "' text: " + TEXTS);
      }
      for (String other : text.getValue().languages()) {
        if (!instrument.languages().contains(other)) {
          problems.add("text:" + text.getKey(), "text '" + text.getKey() + "' is in '" + other
              + "', which is not one of the languages " + instrument.languages() + ": " + TEXTS);
        }
      }
    }
  }

  private static void unique(Instrument instrument, Found problems) {
    duplicates(instrument.scales().stream().map(s -> s.id().toString()), "scale id", problems);
    duplicates(instrument.notes().stream().map(InstrumentNote::id), "note id", problems);
    duplicates(instrument.priorities().stream().map(PriorityOption::code), "priority code", problems);
  }

  private static void duplicates(java.util.stream.Stream<String> keys, String what, Found problems) {
    Set<String> seen = new HashSet<>();
    keys.forEach(k -> {
      if (!seen.add(k)) {
        problems.add(what.replace(" ", "") + ":" + k, what + " '" + k + "' appears more than once: " + UNIQUE);
      }
    });
  }

  private static void scales(Instrument instrument, Found problems) {
    for (Question question : instrument.survey().questions()) {
      if (question instanceof Grid grid && instrument.scale(grid.scale()).isEmpty()) {
        problems.add("question:" + grid.id(), "grid " + grid.id() + ": scale '" + grid.scale() + "' does not exist ("
            + instrument.scales().stream().map(Scale::id).collect(Collectors.toList()) + "): " + SCALE);
      }
    }
  }

  private static void followUps(Instrument instrument, Found problems) {
    List<Question> questions = instrument.survey().questions();
    for (int i = 0; i < questions.size(); i++) {
      if (!(questions.get(i) instanceof SingleChoice q) || q.optionsFrom().isEmpty()) {
        continue;
      }
      ItemId parentId = q.optionsFrom().get();
      Optional<Question> parent = questions.subList(0, i).stream()
          .filter(p -> p.id().equals(parentId)).findFirst();
      if (parent.isEmpty() || !(parent.get() instanceof MultipleChoice choice)) {
        problems.add("question:" + q.id(), "question " + q.id() + ": optionsFrom '" + parentId
            + "' is not an earlier multiple-choice question: " + FOLLOW_UP);
      } else if (!q.options().equals(choice.options())) {
        problems.add("question:" + q.id(), "question " + q.id() + ": its options differ from those of question "
            + parentId + ": " + FOLLOW_UP);
      }
    }
  }

  private static void priorities(Instrument instrument, Found problems) {
    for (PriorityOption priority : instrument.priorities()) {
      for (AreaId area : priority.areas()) {
        if (instrument.framework().area(area).isEmpty()) {
          problems.add("priority:" + priority.code(), "priority " + priority.code() + ": area " + area + " does not exist: " + PRIORITIES);
        }
      }
    }
    if (instrument.priorityQuestion().isEmpty()) {
      return;
    }
    ItemId id = instrument.priorityQuestion().get();
    Optional<Question> question = instrument.survey().question(id);
    if (question.isEmpty() || !(question.get() instanceof Ranking ranking)) {
      problems.add("question:" + id, "priority question " + id + " is not a ranking question of the survey: " + PRIORITIES);
      return;
    }
    List<ChoiceOption> expected = instrument.priorities().stream().map(PriorityOption::toOption)
        .collect(Collectors.toList());
    if (!ranking.options().equals(expected)) {
      problems.add("question:" + id, "priority question " + id + ": its options differ from the priorities "
          + instrument.priorities().stream().map(PriorityOption::code).collect(Collectors.toList())
          + ": " + PRIORITIES);
    }
  }

  private static void areas(Instrument instrument, Found problems) {
    for (SurveySection section : instrument.survey().sections()) {
      section.area().filter(a -> instrument.framework().area(a).isEmpty()).ifPresent(a ->
          problems.add("surveySection:" + section.id(), "survey section " + section.id() + ": area " + a + " does not exist: " + AREAS));
    }
    for (InterviewSection section : instrument.interviewGuide().sections()) {
      section.area().filter(a -> instrument.framework().area(a).isEmpty()).ifPresent(a ->
          problems.add("guideSection:" + section.id(), "interview section " + section.id() + ": area " + a + " does not exist: " + AREAS));
    }
  }

  private static void profile(Instrument instrument, Found problems) {
    Map<ProfileAttribute, ItemId> seen = new EnumMap<>(ProfileAttribute.class);
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q && q.profile().isPresent()) {
        ItemId earlier = seen.putIfAbsent(q.profile().get(), q.id());
        if (earlier != null) {
          problems.add("question:" + q.id(), "question " + q.id() + ": profile attribute " + q.profile().get().key()
              + " is already recorded by question " + earlier + ": " + PROFILE);
        }
      }
    }
  }

  private static void links(Instrument instrument, Found problems) {
    Set<CriterionId> linked = new HashSet<>();
    Set<ItemId> items = new HashSet<>(instrument.survey().itemIds());
    for (CriterionLink link : instrument.links()) {
      String where = "link of criterion " + link.criterion();
      if (instrument.framework().criterion(link.criterion()).isEmpty()) {
        problems.add("link:" + link.criterion(), where + ": criterion " + link.criterion() + " does not exist: " + LINKS);
      }
      if (!linked.add(link.criterion())) {
        problems.add("link:" + link.criterion(), where + ": criterion " + link.criterion() + " has more than one link: " + LINKS);
      }
      for (ItemId item : link.surveyItems()) {
        if (!items.contains(item)) {
          boolean grid = instrument.survey().question(item).filter(q -> q instanceof Grid).isPresent();
          problems.add("link:" + link.criterion(), where + ": survey item " + item + (grid
              ? " is a grid; link its statements instead: "
              : " does not exist: ") + LINKS);
        }
      }
      for (InterviewQuestionId question : link.interviewQuestions()) {
        if (instrument.interviewGuide().question(question).isEmpty()) {
          problems.add("link:" + link.criterion(), where + ": interview question " + question + " does not exist: " + LINKS);
        }
      }
    }
  }
}
