package org.ctnat.core.questionbank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The electronic survey (Annex D): its introductory text, sections and questions.
 *
 * <p>Question and item ids are unique across the survey (checked when built). Lookups are
 * linear in the number of questions.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Survey {

  Survey() {}

  /**
   * The survey's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * How respondents are coded ("First three letters of country + sur + number").
   *
   * @return the instruction, if any
   */
  public abstract Optional<LocalizedText> respondentCode();

  /**
   * The text before the questions: background and purpose, confidentiality, instructions.
   *
   * @return the introduction, if any
   */
  public abstract Optional<LocalizedText> introduction();

  /**
   * The text after the last question.
   *
   * @return the closing text, if any
   */
  public abstract Optional<LocalizedText> closing();

  /**
   * The sections, in order.
   *
   * @return the sections
   */
  public abstract List<SurveySection> sections();

  /**
   * A builder for a survey.
   *
   * @return a new builder
   */
  public static ImmutableSurvey.Builder builder() {
    return ImmutableSurvey.builder();
  }

  /**
   * A copy with other sections.
   *
   * @param sections the sections
   * @return the copy
   */
  public abstract Survey withSections(Iterable<? extends SurveySection> sections);

  /**
   * Every question, section by section.
   *
   * @return the questions in survey order
   */
  @Value.Lazy
  public List<Question> questions() {
    List<Question> all = new ArrayList<>();
    sections().forEach(s -> all.addAll(s.questions()));
    return Collections.unmodifiableList(all);
  }

  /**
   * Every item a response can answer: each question's id, or for a grid each statement's.
   *
   * @return the item ids in survey order
   */
  @Value.Lazy
  public List<ItemId> itemIds() {
    List<ItemId> all = new ArrayList<>();
    questions().forEach(q -> all.addAll(q.itemIds()));
    return Collections.unmodifiableList(all);
  }

  /**
   * One question by id.
   *
   * @param id the question id
   * @return the question, or empty
   */
  public Optional<Question> question(ItemId id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * The question an item belongs to: the question itself, or the grid of a statement.
   *
   * @param item the item id
   * @return the question, or empty if no question has that item
   */
  public Optional<Question> questionOf(ItemId item) {
    return questions().stream().filter(q -> q.itemIds().contains(item)).findFirst();
  }

  /**
   * One section.
   *
   * @param id the section id
   * @return the section, or empty
   */
  public Optional<SurveySection> section(SectionId id) {
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.unique("survey", "section id", sections(), SurveySection::id);
    Checks.unique("survey", "question id", questions(), Question::id);
    List<Object> ids = new ArrayList<>(questions().size() + itemIds().size());
    questions().forEach(q -> ids.add(q.id()));
    questions().stream().filter(q -> q instanceof Grid).forEach(q -> ids.addAll(q.itemIds()));
    Checks.unique("survey", "item id", ids, id -> id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format("Survey %s: %d sections, %d questions, %d items",
        title(), sections().size(), questions().size(), itemIds().size()));
    sections().forEach(s -> out.append(System.lineSeparator()).append("  ").append(s.id())
        .append(' ').append(s.title()).append(" (").append(s.questions().size()).append(" questions)"));
    return out.toString();
  }
}
