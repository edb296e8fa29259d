package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A section of the survey, such as 3 "Identification and referral". A section may inform one
 * thematic area; the context section (2, trafficking situation and trends) is asked and
 * analysed but never scored.
 *
 * <p>Rule, checked when built: question ids unique within the section.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveySection {

  SurveySection() {}

  /**
   * The section number, e.g. {@code 3}.
   *
   * @return the id
   */
  public abstract SectionId id();

  /**
   * The section title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The printed description ("This section asks...").
   *
   * @return the description, if any
   */
  public abstract Optional<LocalizedText> description();

  /**
   * The thematic area the section informs.
   *
   * @return the area, or empty (profile, context and priorities sections)
   */
  public abstract Optional<AreaId> area();

  /**
   * Whether this is a context section: asked and analysed, never scored.
   *
   * @return true for the trafficking situation and trends section
   */
  @Value.Default
  public boolean context() {
    return false;
  }

  /**
   * The questions, in order.
   *
   * @return the questions
   */
  public abstract List<Question> questions();

  /**
   * A builder for a section.
   *
   * @return a new builder
   */
  public static ImmutableSurveySection.Builder builder() {
    return ImmutableSurveySection.builder();
  }

  /**
   * A copy with other questions.
   *
   * @param questions the questions
   * @return the copy
   */
  public abstract SurveySection withQuestions(Iterable<? extends Question> questions);

  /**
   * A copy with another title.
   *
   * @param title the title
   * @return the copy
   */
  public abstract SurveySection withTitle(LocalizedText title);

  @Value.Check
  void check() {
    Checks.unique("survey section " + id(), "question id", questions(), Question::id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Section " + id() + " " + title());
    questions().forEach(q -> out.append(System.lineSeparator()).append("  ")
        .append(q.id()).append(' ').append(q.kind()).append(' ').append(q.text()));
    return out.toString();
  }
}
