package org.ctnat.core.instrument;

import java.util.List;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.internal.Checks;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.immutables.value.Value;

/**
 * The evidence sources that inform one criterion: survey items and interview questions. For
 * example criterion 1.3 (indicators, screening checklists and other identification tools) is
 * informed by survey item 3.1.5 and interview question 3.3. The links let an assessor see the
 * evidence beside each judgement.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionLink {

  CriterionLink() {}

  /**
   * The criterion informed.
   *
   * @return the criterion id
   */
  public abstract CriterionId criterion();

  /**
   * The survey items that inform it (question ids, or grid statement ids).
   *
   * @return the items, possibly empty
   */
  public abstract List<ItemId> surveyItems();

  /**
   * The interview questions that inform it.
   *
   * @return the questions, possibly empty
   */
  public abstract List<InterviewQuestionId> interviewQuestions();

  /**
   * A link.
   *
   * @param criterion the criterion
   * @param surveyItems the survey items
   * @param interviewQuestions the interview questions
   * @return the link
   */
  public static CriterionLink of(
      CriterionId criterion, List<ItemId> surveyItems, List<InterviewQuestionId> interviewQuestions) {
    return ImmutableCriterionLink.builder()
        .criterion(criterion)
        .addAllSurveyItems(surveyItems)
        .addAllInterviewQuestions(interviewQuestions)
        .build();
  }

  /**
   * A copy with other survey items.
   *
   * @param items the items
   * @return the copy
   */
  public abstract CriterionLink withSurveyItems(Iterable<? extends ItemId> items);

  /**
   * A copy with other interview questions.
   *
   * @param questions the questions
   * @return the copy
   */
  public abstract CriterionLink withInterviewQuestions(Iterable<? extends InterviewQuestionId> questions);

  @Value.Check
  void check() {
    String where = "link of criterion " + criterion();
    Checks.unique(where, "survey item", surveyItems(), i -> i);
    Checks.unique(where, "interview question", interviewQuestions(), q -> q);
  }

  @Override
  public String toString() {
    return criterion() + " <- survey " + surveyItems() + ", interview " + interviewQuestions();
  }
}
