package org.ctnat.core.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;

/**
 * Derives an adapted version of an instrument: rename, add or drop criteria, survey questions,
 * options, priorities or interview questions, add a translation. Obtained from {@link
 * Instrument#derive()}; the original instrument is never changed.
 *
 * <p>Each edited part checks its own rules when the edit is made (a top-3 ranking cannot be
 * left with two options); the rules that span parts are checked together by {@link #build()},
 * so such edits can be made in any order, and the result is validated like any instrument.
 * Edits keep the instrument consistent where the intent is clear: dropping a criterion drops
 * its link, dropping a survey item or an interview question removes it from every link (the
 * link stays, possibly empty), dropping a multiple choice drops its follow-ups, changing the
 * options of a multiple choice changes its follow-ups' options too, a full ranking stays full
 * when its options change, and adding, renaming or dropping a priority changes the priority
 * question's options. The options of a follow-up or of the priority question are therefore
 * edited through its parent or through the priorities.
 *
 * <p><b>Renaming and translations.</b> A text given to a rename or restatement ({@link
 * #title(LocalizedText)}, {@link #renameArea}, {@link #renameCriterion}, {@link
 * #restateIndicator}, {@link #renameQuestion}, {@link #renameOption}, {@link #renamePriority},
 * {@link #renameInterviewQuestion}) replaces the old text in every language: no translation of
 * the old text survives, since it would translate words that are no longer there. Every
 * language the element's text has in the original instrument must therefore be given again,
 * either in the new {@code LocalizedText} or by a {@link #translate(String, Map) translate}
 * call for the element's key in the same derivation (renaming twice does not change that);
 * otherwise {@link #build()} refuses the derivation with an {@link
 * InvalidInstrumentException} that names the element, the rule and the missing languages
 * ({@code option 'forced_marriage' of question 2.2 was renamed without a 'fr' text; ...}).
 * Translations of the same derivation are applied after every other edit, whatever the order
 * of the calls, so a translation of a renamed element's key — given before or after the rename
 * — is taken as a translation of the new text, and wins over the new text's own text in that
 * language. A language that the element's text did not have in the original (it was shown in
 * the default language) is not required; elements added by the derivation, even if renamed
 * afterwards, have no translations to keep and, like untranslated ones, fall back to the
 * default language. The new text may use the instrument's languages and those added by the
 * derivation's translations.
 *
 * <pre>{@code
 * Instrument georgia = Instruments.ctnat2016().derive()
 *     .id("ctnat-2016-geo").version("2016.1-geo.1")
 *     .dropCriterion(CriterionId.of("4.5"))
 *     .dropOption(ItemId.of("2.3"), "oil_extraction")
 *     .renameOption(ItemId.of("1.1"), "georgia", LocalizedText.of("Georgia (Sakartvelo)"))
 *     .dropInterviewQuestion(InterviewQuestionId.of("5.4"))
 *     .translate("ka", Map.of("criterion[1.3].title", "..."))
 *     .note("GEO1", "Adapted for Georgia: ...")
 *     .build();
 * }</pre>
 *
 * <p>A derivation is a mutable builder: not thread-safe, meant to be used once.
 */
public final class InstrumentDerivation {

  private final Instrument original;
  private InstrumentId id;
  private String version;
  private LocalizedText title;
  private final List<InstrumentNote> notes;
  private final List<ThematicArea> areas;
  private final List<SurveySection> sections;
  private final List<PriorityOption> priorities;
  private Optional<ItemId> priorityQuestion;
  private final List<CriterionLink> links;
  private InterviewGuide guide;
  private final Map<String, Map<String, String>> translations = new LinkedHashMap<>();
  /** Texts replaced by renames, by translation key; forgotten when their element is dropped. */
  private final Map<String, Replaced> replaced = new LinkedHashMap<>();
  /** The original's texts by key, computed at the first rename. */
  private Map<String, LocalizedText> originalTexts;

  /**
   * A text replaced by a rename or restatement.
   *
   * @param element the element, for messages: "option 'begging' of question 2.2"
   * @param verb "renamed" or "restated"
   * @param noun what was replaced: "title", "label", "text" or "statement"
   * @param languages the languages the element must have: those of its text in the original
   */
  private record Replaced(String element, String verb, String noun, List<String> languages) {}

  InstrumentDerivation(Instrument original) {
    this.original = original;
    this.id = original.id();
    this.version = original.version();
    this.title = original.title();
    this.notes = new ArrayList<>(original.notes());
    this.areas = new ArrayList<>(original.framework().areas());
    this.sections = new ArrayList<>(original.survey().sections());
    this.priorities = new ArrayList<>(original.priorities());
    this.priorityQuestion = original.priorityQuestion();
    this.links = new ArrayList<>(original.links());
    this.guide = original.interviewGuide();
  }

  /**
   * Sets the derived instrument's id.
   *
   * @param id e.g. {@code ctnat-2016-geo}
   * @return this derivation
   */
  public InstrumentDerivation id(String id) {
    this.id = InstrumentId.of(id);
    return this;
  }

  /**
   * Sets the derived instrument's version.
   *
   * @param version e.g. {@code 2016.1-geo.1}
   * @return this derivation
   */
  public InstrumentDerivation version(String version) {
    this.version = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * Sets the derived instrument's title. Like a rename, the new title replaces the old one in
   * every language (see the class comment).
   *
   * @param title the title
   * @return this derivation
   */
  public InstrumentDerivation title(LocalizedText title) {
    Objects.requireNonNull(title, "title");
    replaced("instrument.title", "the instrument's title", "replaced", "title", this.title);
    this.title = title;
    return this;
  }

  /**
   * Adds a note that records an adaptation.
   *
   * @param id the note id
   * @param text what was adapted and why
   * @return this derivation
   */
  public InstrumentDerivation note(String id, String text) {
    notes.add(InstrumentNote.of(id, text));
    return this;
  }

  /**
   * Renames a thematic area. The new title replaces the old one in every language (see the
   * class comment).
   *
   * @param area the area
   * @param title the new title
   * @return this derivation
   * @throws IllegalArgumentException if there is no such area
   */
  public InstrumentDerivation renameArea(AreaId area, LocalizedText title) {
    Objects.requireNonNull(title, "title");
    int i = areaIndex(area);
    replaced("area[" + area + "].title", "area " + area, "renamed", "title", areas.get(i).title());
    areas.set(i, areas.get(i).withTitle(title));
    return this;
  }

  /**
   * Renames a criterion. The new title replaces the old one in every language (see the class
   * comment).
   *
   * @param criterion the criterion
   * @param title the new title
   * @return this derivation
   * @throws IllegalArgumentException if there is no such criterion
   */
  public InstrumentDerivation renameCriterion(CriterionId criterion, LocalizedText title) {
    Objects.requireNonNull(title, "title");
    return editCriterion(criterion, c -> {
      replaced("criterion[" + criterion + "].title", "criterion " + criterion, "renamed", "title", c.title());
      return c.withTitle(title);
    });
  }

  /**
   * Replaces an indicator's statement. The new statement replaces the old one in every
   * language (see the class comment).
   *
   * @param indicator the indicator
   * @param statement the new statement
   * @return this derivation
   * @throws IllegalArgumentException if there is no such criterion
   */
  public InstrumentDerivation restateIndicator(IndicatorId indicator, LocalizedText statement) {
    Objects.requireNonNull(statement, "statement");
    return editCriterion(indicator.criterion(), c -> {
      List<Indicator> indicators = new ArrayList<>(c.indicators());
      for (Indicator i : c.indicators()) {
        if (i.id().equals(indicator)) {
          replaced("indicator[" + indicator + "]", "indicator " + indicator, "restated", "statement",
              i.statement());
        }
      }
      indicators.replaceAll(i -> i.id().equals(indicator) ? i.withStatement(statement) : i);
      return c.withIndicators(indicators);
    });
  }

  /**
   * Adds a criterion at the end of an area.
   *
   * @param area the area
   * @param criterion the criterion with its four indicators
   * @return this derivation
   * @throws IllegalArgumentException if there is no such area
   */
  public InstrumentDerivation addCriterion(AreaId area, Criterion criterion) {
    int i = areaIndex(area);
    List<Criterion> criteria = new ArrayList<>(areas.get(i).criteria());
    criteria.add(criterion);
    areas.set(i, areas.get(i).withCriteria(criteria));
    return this;
  }

  /**
   * Drops a criterion, its four indicators and its link.
   *
   * @param criterion the criterion
   * @return this derivation
   * @throws IllegalArgumentException if there is no such criterion
   */
  public InstrumentDerivation dropCriterion(CriterionId criterion) {
    boolean found = false;
    for (int i = 0; i < areas.size(); i++) {
      ThematicArea area = areas.get(i);
      if (area.criterion(criterion).isPresent()) {
        List<Criterion> criteria = new ArrayList<>(area.criteria());
        criteria.removeIf(c -> c.id().equals(criterion));
        areas.set(i, area.withCriteria(criteria));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("cannot drop criterion " + criterion + ": no such criterion");
    }
    links.removeIf(l -> l.criterion().equals(criterion));
    forget(key -> key.equals("criterion[" + criterion + "].title") || key.startsWith("indicator[" + criterion + "-"));
    return this;
  }

  /**
   * Adds a question at the end of a survey section.
   *
   * @param section the section
   * @param question the question
   * @return this derivation
   * @throws IllegalArgumentException if there is no such section
   */
  public InstrumentDerivation addQuestion(SectionId section, Question question) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals(section)) {
        List<Question> questions = new ArrayList<>(sections.get(i).questions());
        questions.add(question);
        sections.set(i, sections.get(i).withQuestions(questions));
        return this;
      }
    }
    throw new IllegalArgumentException("cannot add question " + question.id()
        + ": survey section " + section + " does not exist");
  }

  /**
   * Drops a survey question, or one statement of a grid, and removes its items from every
   * link. Dropping the last statement of a grid drops the grid; dropping a multiple choice
   * drops its follow-ups (2.2.1 goes with 2.2).
   *
   * @param item a question id or a grid statement id
   * @return this derivation
   * @throws IllegalArgumentException if there is no such question or statement
   */
  public InstrumentDerivation dropQuestion(ItemId item) {
    List<ItemId> removed = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      List<Question> questions = new ArrayList<>();
      for (Question q : sections.get(i).questions()) {
        boolean followUp = q instanceof SingleChoice s && s.optionsFrom().filter(item::equals).isPresent();
        if (q.id().equals(item) || followUp) {
          removed.addAll(q.itemIds());
          removed.add(q.id());
        } else if (q instanceof Grid grid && grid.statement(item).isPresent()) {
          removed.add(item);
          List<GridStatement> statements = new ArrayList<>(grid.statements());
          statements.removeIf(s -> s.id().equals(item));
          if (!statements.isEmpty()) {
            questions.add(grid.withStatements(statements));
          }
        } else {
          questions.add(q);
        }
      }
      sections.set(i, sections.get(i).withQuestions(questions));
    }
    if (removed.isEmpty()) {
      throw new IllegalArgumentException("cannot drop survey item " + item + ": no such question or statement");
    }
    links.replaceAll(l -> l.withSurveyItems(
        l.surveyItems().stream().filter(x -> !removed.contains(x)).toList()));
    if (priorityQuestion.filter(removed::contains).isPresent()) {
      priorityQuestion = Optional.empty();
    }
    for (ItemId id : removed) {
      forget(key -> key.startsWith("survey.question[" + id + "].") || key.equals("survey.statement[" + id + "]"));
    }
    return this;
  }

  /**
   * Replaces the text of a survey question or grid statement. The new text replaces the old
   * one in every language (see the class comment).
   *
   * @param item a question id or a grid statement id
   * @param text the new text
   * @return this derivation
   * @throws IllegalArgumentException if there is no such question or statement
   */
  public InstrumentDerivation renameQuestion(ItemId item, LocalizedText text) {
    Objects.requireNonNull(text, "text");
    boolean[] found = {false};
    editQuestions(q -> {
      if (q.id().equals(item)) {
        found[0] = true;
        replaced("survey.question[" + item + "].text", "question " + item, "renamed", "text", q.text());
        return q.withText(text);
      }
      if (q instanceof Grid grid && grid.statement(item).isPresent()) {
        found[0] = true;
        replaced("survey.statement[" + item + "]", "statement " + item + " of grid " + grid.id(), "renamed",
            "text", grid.statement(item).get().text());
        return grid.withStatements(grid.statements().stream()
            .map(s -> s.id().equals(item) ? s.withText(text) : s).toList());
      }
      return q;
    });
    if (!found[0]) {
      throw new IllegalArgumentException("cannot rename survey item " + item + ": no such question or statement");
    }
    return this;
  }

  /**
   * Adds an option at the end of a choice or ranking question (and of its follow-ups). On the
   * priority question, use {@link #addPriority(PriorityOption)}.
   *
   * @param question the question
   * @param option the option
   * @return this derivation
   * @throws IllegalArgumentException if the question does not exist, has no options, is a
   *     follow-up or the priority question, or the option breaks the question's rules
   */
  public InstrumentDerivation addOption(ItemId question, ChoiceOption option) {
    return editOptions("add option '" + option.code() + "' to", question, options -> {
      List<ChoiceOption> copy = new ArrayList<>(options);
      copy.add(option);
      return copy;
    });
  }

  /**
   * Drops an option of a choice or ranking question (and of its follow-ups). Dropping an
   * option of the priority question drops the priority.
   *
   * @param question the question
   * @param code the option's code
   * @return this derivation
   * @throws IllegalArgumentException if the question or the option does not exist, the
   *     question is a follow-up, or the question would break its rules without the option
   */
  public InstrumentDerivation dropOption(ItemId question, String code) {
    if (priorityQuestion.filter(question::equals).isPresent()) {
      return dropPriority(code);
    }
    editOptions("drop option '" + code + "' of", question, options -> {
      List<ChoiceOption> copy = new ArrayList<>(options);
      if (!copy.removeIf(o -> o.code().equals(code))) {
        throw new IllegalArgumentException("cannot drop option '" + code + "' of question "
            + question + ": no such option");
      }
      return copy;
    });
    forget(optionKey(question, code)::equals);
    return this;
  }

  /**
   * Replaces the label of an option of a choice or ranking question (and of its follow-ups),
   * keeping its code, so that responses stay comparable. Renaming an option of the priority
   * question renames the priority ({@link #renamePriority(String, LocalizedText)}). The new
   * label replaces the old one in every language (see the class comment).
   *
   * @param question the question
   * @param code the option's code
   * @param label the new label
   * @return this derivation
   * @throws IllegalArgumentException if the question or the option does not exist, or the
   *     question is a follow-up
   */
  public InstrumentDerivation renameOption(ItemId question, String code, LocalizedText label) {
    Objects.requireNonNull(label, "label");
    if (priorityQuestion.filter(question::equals).isPresent()) {
      return renamePriority(code, label);
    }
    Optional<ChoiceOption> old = sections.stream().flatMap(s -> s.questions().stream())
        .filter(q -> q.id().equals(question) && q instanceof ChoiceQuestion).findFirst()
        .flatMap(q -> ((ChoiceQuestion) q).options().stream().filter(o -> o.code().equals(code)).findFirst());
    editOptions("rename option '" + code + "' of", question, options -> {
      if (options.stream().noneMatch(o -> o.code().equals(code))) {
        throw new IllegalArgumentException("cannot rename option '" + code + "' of question "
            + question + ": no such option");
      }
      return options.stream().map(o -> o.code().equals(code) ? o.withLabel(label) : o).toList();
    });
    // editOptions succeeded, so the option exists
    replaced(optionKey(question, code), "option '" + code + "' of question " + question, "renamed", "label",
        old.orElseThrow().label());
    return this;
  }

  /**
   * Adds a priority (and the matching option of the priority question).
   *
   * @param priority the priority
   * @return this derivation
   * @throws IllegalArgumentException if a priority with the same code exists
   */
  public InstrumentDerivation addPriority(PriorityOption priority) {
    if (priorities.stream().anyMatch(p -> p.code().equals(priority.code()))) {
      throw new IllegalArgumentException("cannot add priority '" + priority.code()
          + "': a priority with that code exists");
    }
    priorities.add(priority);
    syncPriorityQuestion();
    return this;
  }

  /**
   * Drops a priority (and the matching option of the priority question).
   *
   * @param code the priority's code
   * @return this derivation
   * @throws IllegalArgumentException if there is no such priority
   */
  public InstrumentDerivation dropPriority(String code) {
    if (!priorities.removeIf(p -> p.code().equals(code))) {
      throw new IllegalArgumentException("cannot drop priority '" + code + "': no such priority");
    }
    syncPriorityQuestion();
    forget(("priority[" + code + "]")::equals);
    return this;
  }

  /**
   * Replaces the label of a priority (and of the matching option of the priority question),
   * keeping its code and areas. The new label replaces the old one in every language (see the
   * class comment).
   *
   * @param code the priority's code
   * @param label the new label
   * @return this derivation
   * @throws IllegalArgumentException if there is no such priority
   */
  public InstrumentDerivation renamePriority(String code, LocalizedText label) {
    Objects.requireNonNull(label, "label");
    PriorityOption old = priorities.stream().filter(p -> p.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("cannot rename priority '" + code + "': no such priority"));
    replaced("priority[" + code + "]", "priority '" + code + "'", "renamed", "label", old.label());
    priorities.replaceAll(p -> p.code().equals(code) ? p.withLabel(label) : p);
    syncPriorityQuestion();
    return this;
  }

  /**
   * Adds a question at the end of a section of the interview guide.
   *
   * @param section the interview section
   * @param question the interview question
   * @return this derivation
   * @throws IllegalArgumentException if there is no such section, or an interview question
   *     with the same id exists
   */
  public InstrumentDerivation addInterviewQuestion(SectionId section, InterviewQuestion question) {
    String cannot = "cannot add interview question " + question.id();
    if (guide.section(section).isEmpty()) {
      throw new IllegalArgumentException(cannot + ": interview section " + section + " does not exist");
    }
    if (guide.question(question.id()).isPresent()) {
      throw new IllegalArgumentException(cannot + " to interview section " + section
          + ": interview question ids must be unique, and " + question.id() + " exists");
    }
    return editInterviewSections(s -> {
      if (!s.id().equals(section)) {
        return s;
      }
      List<InterviewQuestion> questions = new ArrayList<>(s.questions());
      questions.add(question);
      return s.withQuestions(questions);
    });
  }

  /**
   * Drops a question of the interview guide and removes it from every link (a link left with
   * no evidence stays, like one whose survey items were dropped). Its section stays, even if
   * it is left without questions.
   *
   * @param question the interview question
   * @return this derivation
   * @throws IllegalArgumentException if there is no such interview question
   */
  public InstrumentDerivation dropInterviewQuestion(InterviewQuestionId question) {
    if (guide.question(question).isEmpty()) {
      throw new IllegalArgumentException("cannot drop interview question " + question
          + ": no such interview question");
    }
    editInterviewSections(s -> s.withQuestions(
        s.questions().stream().filter(q -> !q.id().equals(question)).toList()));
    links.replaceAll(l -> l.withInterviewQuestions(
        l.interviewQuestions().stream().filter(q -> !q.equals(question)).toList()));
    forget(key -> key.startsWith("guide.question[" + question + "]."));
    return this;
  }

  /**
   * Replaces the text of a question of the interview guide, keeping its prompts. The new text
   * replaces the old one in every language (see the class comment).
   *
   * @param question the interview question
   * @param text the new text
   * @return this derivation
   * @throws IllegalArgumentException if there is no such interview question
   */
  public InstrumentDerivation renameInterviewQuestion(InterviewQuestionId question, LocalizedText text) {
    Objects.requireNonNull(text, "text");
    InterviewQuestion old = guide.question(question).orElseThrow(() -> new IllegalArgumentException(
        "cannot rename interview question " + question + ": no such interview question"));
    replaced("guide.question[" + question + "].text", "interview question " + question, "renamed", "text",
        old.text());
    return editInterviewSections(s -> s.withQuestions(s.questions().stream()
        .map(q -> q.id().equals(question) ? q.withText(text) : q).toList()));
  }

  /**
   * Sets the link of a criterion, replacing any link it had.
   *
   * @param link the link
   * @return this derivation
   */
  public InstrumentDerivation link(CriterionLink link) {
    links.removeIf(l -> l.criterion().equals(link.criterion()));
    links.add(link);
    return this;
  }

  /**
   * Links one more survey item to a criterion.
   *
   * @param criterion the criterion
   * @param item the survey item
   * @return this derivation
   */
  public InstrumentDerivation link(CriterionId criterion, ItemId item) {
    CriterionLink link = currentLink(criterion);
    List<ItemId> items = new ArrayList<>(link.surveyItems());
    if (!items.contains(item)) {
      items.add(item);
    }
    return link(link.withSurveyItems(items));
  }

  /**
   * Links one more interview question to a criterion.
   *
   * @param criterion the criterion
   * @param question the interview question
   * @return this derivation
   */
  public InstrumentDerivation link(CriterionId criterion, InterviewQuestionId question) {
    CriterionLink link = currentLink(criterion);
    List<InterviewQuestionId> questions = new ArrayList<>(link.interviewQuestions());
    if (!questions.contains(question)) {
      questions.add(question);
    }
    return link(link.withInterviewQuestions(questions));
  }

  /**
   * Adds a translation, applied when the instrument is built, after every other edit whatever
   * the order of the calls (see {@link InstrumentTexts} for the keys). The language is added to
   * the instrument's languages. A translation of a renamed element's key translates the new
   * text (see the class comment).
   *
   * @param language the language tag, e.g. {@code ru}
   * @param texts translated texts by key
   * @return this derivation
   */
  public InstrumentDerivation translate(String language, Map<String, String> texts) {
    translations.computeIfAbsent(language, l -> new LinkedHashMap<>()).putAll(texts);
    return this;
  }

  /**
   * Builds and validates the derived instrument.
   *
   * @return the derived instrument
   * @throws InvalidInstrumentException if the edits break a rule, including a renamed or
   *     restated element left without a language its old text had (see the class comment)
   * @throws IllegalArgumentException if a part breaks its own rule or a translation key is unknown
   */
  public Instrument build() {
    ImmutableInstrument.Builder builder = Instrument.builder().from(original);
    // the languages the translations add, so that a new text may already use them
    for (String language : translations.keySet()) {
      if (LocalizedText.isLanguageTag(language) && !original.languages().contains(language)) {
        builder.addLanguage(language);
      }
    }
    Instrument derived = builder
        .id(id)
        .version(version)
        .title(title)
        .notes(notes)
        .framework(Framework.of(areas))
        .survey(original.survey().withSections(sections))
        .priorities(priorities)
        .priorityQuestion(priorityQuestion)
        .interviewGuide(guide)
        .links(links)
        .build();
    for (Map.Entry<String, Map<String, String>> translation : translations.entrySet()) {
      derived = InstrumentTexts.translate(derived, translation.getKey(), translation.getValue());
    }
    List<String> problems = untranslatedRenames(derived);
    if (!problems.isEmpty()) {
      throw new InvalidInstrumentException(derived.id() + " " + derived.version(), problems);
    }
    return derived;
  }

  /** A problem for each renamed element of the built instrument that lacks a language it had. */
  private List<String> untranslatedRenames(Instrument derived) {
    Map<String, LocalizedText> texts = InstrumentTexts.of(derived);
    List<String> problems = new ArrayList<>();
    replaced.forEach((key, r) -> {
      LocalizedText text = texts.get(key);
      if (text == null) {
        return;
      }
      List<String> missing = r.languages().stream().filter(l -> !text.languages().contains(l)).toList();
      if (missing.isEmpty()) {
        return;
      }
      String quoted = missing.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "));
      String calls = missing.stream().map(l -> "translate(\"" + l + "\", Map.of(\"" + key + "\", …))")
          .collect(Collectors.joining(" and "));
      problems.add(r.element() + " was " + r.verb() + " without " + (missing.size() == 1
          ? "a " + quoted + " text" : "texts in " + quoted)
          + "; a new " + r.noun() + " replaces the old one in every language, so give "
          + (missing.size() == 1 ? "it" : "them") + " in the new " + r.noun() + " or with " + calls
          + " in the same derivation");
    });
    return problems;
  }

  /**
   * Records that the text under a key is replaced: the element must keep the languages its
   * text has in the original. An element this derivation added (its text is not the
   * original's) has none to keep; a second rename keeps what the first one had to keep.
   */
  private void replaced(String key, String element, String verb, String noun, LocalizedText old) {
    Replaced earlier = replaced.get(key);
    List<String> languages;
    if (earlier != null) {
      languages = earlier.languages();
    } else if (old.equals(originalTexts().get(key))) {
      languages = List.copyOf(old.languages());
    } else {
      languages = List.of();
    }
    replaced.put(key, new Replaced(element, verb, noun, languages));
  }

  private Map<String, LocalizedText> originalTexts() {
    if (originalTexts == null) {
      originalTexts = InstrumentTexts.of(original);
    }
    return originalTexts;
  }

  /** Forgets the renames of dropped elements, so that an element added again starts afresh. */
  private void forget(Predicate<String> dropped) {
    replaced.keySet().removeIf(dropped);
  }

  private String optionKey(ItemId question, String code) {
    return "survey.question[" + question + "].option[" + code + "]";
  }

  private int areaIndex(AreaId area) {
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).id().equals(area)) {
        return i;
      }
    }
    throw new IllegalArgumentException("area " + area + " does not exist");
  }

  private InstrumentDerivation editCriterion(CriterionId criterion, UnaryOperator<Criterion> edit) {
    for (int i = 0; i < areas.size(); i++) {
      ThematicArea area = areas.get(i);
      if (area.criterion(criterion).isPresent()) {
        areas.set(i, area.withCriteria(area.criteria().stream()
            .map(c -> c.id().equals(criterion) ? edit.apply(c) : c).toList()));
        return this;
      }
    }
    throw new IllegalArgumentException("criterion " + criterion + " does not exist");
  }

  private void editQuestions(UnaryOperator<Question> edit) {
    sections.replaceAll(s -> s.withQuestions(s.questions().stream().map(edit).toList()));
  }

  /**
   * Applies an edit to the options of a question and of its follow-ups.
   *
   * @param action what is done, for messages: "drop option 'x' of"
   */
  private InstrumentDerivation editOptions(
      String action, ItemId question, UnaryOperator<List<ChoiceOption>> edit) {
    String cannot = "cannot " + action + " question " + question;
    if (priorityQuestion.filter(question::equals).isPresent()) {
      throw new IllegalArgumentException(cannot
          + ": it is the priority question; add, rename or drop priorities instead");
    }
    Question target = sections.stream().flatMap(s -> s.questions().stream())
        .filter(q -> q.id().equals(question)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(cannot + ": no such question"));
    if (!(target instanceof ChoiceQuestion)) {
      throw new IllegalArgumentException(cannot + ": it is a "
          + target.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and has no options");
    }
    if (target instanceof SingleChoice s && s.optionsFrom().isPresent()) {
      throw new IllegalArgumentException(cannot + ": it is a follow-up and must offer exactly the options of "
          + s.optionsFrom().get() + "; edit the options of " + s.optionsFrom().get() + " instead");
    }
    editQuestions(q -> {
      boolean self = q.id().equals(question);
      boolean followUp = q instanceof SingleChoice s && s.optionsFrom().filter(question::equals).isPresent();
      if ((self || followUp) && q instanceof ChoiceQuestion c) {
        return (Question) c.withOptionsAdapted(edit.apply(c.options()));
      }
      return q;
    });
    return this;
  }

  private InstrumentDerivation editInterviewSections(UnaryOperator<InterviewSection> edit) {
    guide = guide.withSections(guide.sections().stream().map(edit).toList());
    return this;
  }

  private void syncPriorityQuestion() {
    priorityQuestion.ifPresent(pq -> editQuestions(q -> q.id().equals(pq) && q instanceof Ranking r
        ? r.withOptions(priorities.stream().map(PriorityOption::toOption).toList())
        : q));
  }

  private CriterionLink currentLink(CriterionId criterion) {
    return links.stream().filter(l -> l.criterion().equals(criterion)).findFirst()
        .orElse(CriterionLink.of(criterion, List.of(), List.of()));
  }
}
