package org.ctnat.core.questionbank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The in-depth interview guide (Annex C): instructions and information note, the metadata
 * fields of each interview, and the sections of questions with their rule — sections marked
 * {@link SectionRule#ALWAYS} are asked of everyone, and the interviewer picks between {@link
 * #electiveMin()} and {@link #electiveMax()} of the {@link SectionRule#ELECTIVE} ones (two or
 * three of sections 2–6 in the standard guide).
 *
 * <p>Rules, checked when built: section, question and metadata field ids unique; {@code 0 <=
 * electiveMin <= electiveMax <= number of elective sections}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterviewGuide {

  InterviewGuide() {}

  /**
   * The guide's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * How interviews are coded ("First three letters of country + int + number").
   *
   * @return the instruction, if any
   */
  public abstract Optional<LocalizedText> interviewCode();

  /**
   * Instructions for the interviewer.
   *
   * @return the instructions, if any
   */
  public abstract Optional<LocalizedText> instructions();

  /**
   * The information note read to participants before the interview.
   *
   * @return the note, if any
   */
  public abstract Optional<LocalizedText> informationNote();

  /**
   * The metadata recorded for each interview.
   *
   * @return the fields, in order
   */
  public abstract List<MetadataField> metadataFields();

  /**
   * The interviewer's instruction for choosing sections.
   *
   * @return the instruction, if any
   */
  public abstract Optional<LocalizedText> planInstruction();

  /**
   * The fewest elective sections an interview covers.
   *
   * @return the minimum
   */
  public abstract int electiveMin();

  /**
   * The most elective sections an interview covers.
   *
   * @return the maximum
   */
  public abstract int electiveMax();

  /**
   * The sections, in order.
   *
   * @return the sections
   */
  public abstract List<InterviewSection> sections();

  /**
   * The closing instructions for the interviewer.
   *
   * @return the instructions, if any
   */
  public abstract Optional<LocalizedText> closingInstructions();

  /**
   * A builder for a guide.
   *
   * @return a new builder
   */
  public static ImmutableInterviewGuide.Builder builder() {
    return ImmutableInterviewGuide.builder();
  }

  /**
   * A copy with other sections.
   *
   * @param sections the sections
   * @return the copy
   */
  public abstract InterviewGuide withSections(Iterable<? extends InterviewSection> sections);

  /**
   * Every question, section by section.
   *
   * @return the questions in guide order
   */
  @Value.Lazy
  public List<InterviewQuestion> questions() {
    List<InterviewQuestion> all = new ArrayList<>();
    sections().forEach(s -> all.addAll(s.questions()));
    return Collections.unmodifiableList(all);
  }

  /**
   * One question.
   *
   * @param id the question id
   * @return the question, or empty
   */
  public Optional<InterviewQuestion> question(InterviewQuestionId id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * One section.
   *
   * @param id the section id
   * @return the section, or empty
   */
  public Optional<InterviewSection> section(SectionId id) {
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The sections with a given rule.
   *
   * @param rule always or elective
   * @return those sections, in order
   */
  public List<InterviewSection> sections(SectionRule rule) {
    return sections().stream().filter(s -> s.rule() == rule).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Checks.unique("interview guide", "section id", sections(), InterviewSection::id);
    Checks.unique("interview guide", "question id", questions(), InterviewQuestion::id);
    Checks.unique("interview guide", "metadata field id", metadataFields(), MetadataField::id);
    int electives = sections(SectionRule.ELECTIVE).size();
    Checks.argument(electiveMin() >= 0,
        "interview guide: electiveMin must be at least 0, but was " + electiveMin());
    Checks.argument(electiveMin() <= electiveMax(), "interview guide: electiveMin ("
        + electiveMin() + ") must not exceed electiveMax (" + electiveMax() + ")");
    Checks.argument(electiveMax() <= electives, "interview guide: electiveMax must be at most the "
        + electives + " elective sections, but was " + electiveMax());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(
        "Interview guide %s: %d sections, %d questions; %d to %d elective sections per interview",
        title(), sections().size(), questions().size(), electiveMin(), electiveMax()));
    sections().forEach(s -> out.append(System.lineSeparator()).append("  ").append(s.id())
        .append(' ').append(s.title()).append(" [").append(s.rule()).append(", ")
        .append(s.questions().size()).append(" questions]"));
    return out.toString();
  }
}
