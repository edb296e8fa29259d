package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A section of the interview guide, such as 3 "Identification and referral", with its rule
 * (always asked, or elective) and questions.
 *
 * <p>Rule, checked when built: question ids unique within the section.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterviewSection {

  InterviewSection() {}

  /**
   * The section number.
   *
   * @return the id
   */
  public abstract SectionId id();

  /**
   * The section title ("Identification and referral").
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The numbered sub-heading ("The legal and policy framework for identification and referral
   * of (potential) victims of trafficking").
   *
   * @return the heading, if any
   */
  public abstract Optional<LocalizedText> heading();

  /**
   * Whether the section is always asked or elective.
   *
   * @return the rule
   */
  public abstract SectionRule rule();

  /**
   * The thematic area the section informs.
   *
   * @return the area, or empty
   */
  public abstract Optional<AreaId> area();

  /**
   * Whether this is a context section (asked and analysed, never scored).
   *
   * @return true for trafficking situation and trends
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
  public abstract List<InterviewQuestion> questions();

  /**
   * A builder for a section.
   *
   * @return a new builder
   */
  public static ImmutableInterviewSection.Builder builder() {
    return ImmutableInterviewSection.builder();
  }

  /**
   * A copy with other questions.
   *
   * @param questions the questions
   * @return the copy
   */
  public abstract InterviewSection withQuestions(Iterable<? extends InterviewQuestion> questions);

  @Value.Check
  void check() {
    Checks.unique("interview section " + id(), "question id", questions(), InterviewQuestion::id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Section " + id() + " " + title() + " [" + rule() + "]");
    questions().forEach(q -> out.append(System.lineSeparator()).append("  ").append(q));
    return out.toString();
  }
}
