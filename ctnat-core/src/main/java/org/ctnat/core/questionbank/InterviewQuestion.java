package org.ctnat.core.questionbank;

import java.util.List;
import org.ctnat.core.framework.LocalizedText;
import org.immutables.value.Value;

/**
 * A question of the interview guide with its optional prompts — the bullet points an
 * interviewer may use to probe ("Are screening checklists or other identification tools
 * used?").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterviewQuestion {

  InterviewQuestion() {}

  /**
   * The question number, e.g. {@code 3.3}.
   *
   * @return the id
   */
  public abstract InterviewQuestionId id();

  /**
   * The question, verbatim.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /**
   * The prompts, in order.
   *
   * @return the prompts, possibly empty
   */
  public abstract List<LocalizedText> prompts();

  /**
   * A question.
   *
   * @param id the id
   * @param text the text
   * @param prompts the prompts
   * @return the question
   */
  public static InterviewQuestion of(InterviewQuestionId id, LocalizedText text, List<LocalizedText> prompts) {
    return ImmutableInterviewQuestion.builder().id(id).text(text).addAllPrompts(prompts).build();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract InterviewQuestion withText(LocalizedText text);

  /**
   * A copy with other prompts.
   *
   * @param prompts the prompts
   * @return the copy
   */
  public abstract InterviewQuestion withPrompts(Iterable<? extends LocalizedText> prompts);

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(id() + " " + text());
    prompts().forEach(p -> out.append(System.lineSeparator()).append("    - ").append(p));
    return out.toString();
  }
}
