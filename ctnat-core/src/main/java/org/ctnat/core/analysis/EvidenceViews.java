package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.instrument.CriterionLink;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.InterviewRecord;

/**
 * The evidence beside each criterion's judgements: for every criterion of the instrument, an
 * {@link EvidenceView} with its judgements, the survey tallies and interview notes of the items
 * and questions the instrument links to it, and how many kinds of evidence each judgement cites.
 *
 * <p>The survey is tallied once over all the assessment's responses ({@link SurveyTally}); the
 * instrument's links say which items and questions inform which criterion. As in {@link Gaps},
 * the assessment must have been made with an instrument of the same id (the version may differ).
 *
 * <p>Stateless and thread-safe.
 */
public final class EvidenceViews {

  private EvidenceViews() {}

  /**
   * The evidence views of every criterion.
   *
   * @param instrument the instrument
   * @param assessment the assessment
   * @return one view per criterion, in instrument order
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static List<EvidenceView> of(Instrument instrument, Assessment assessment) {
    check(instrument, assessment);
    SurveyTally tally = SurveyTally.of(instrument, assessment.surveyResponses());
    List<EvidenceView> views = new ArrayList<>();
    for (Criterion criterion : instrument.framework().criteria()) {
      views.add(view(instrument, assessment, tally, criterion));
    }
    return List.copyOf(views);
  }

  /**
   * The evidence view of one criterion.
   *
   * @param instrument the instrument
   * @param assessment the assessment
   * @param criterion the criterion
   * @return the view
   * @throws IllegalArgumentException if the instrument has no such criterion, or the assessment was
   *     made with an instrument of another id
   */
  public static EvidenceView of(Instrument instrument, Assessment assessment, CriterionId criterion) {
    check(instrument, assessment);
    Criterion found = instrument.criterion(criterion).orElseThrow(() -> new IllegalArgumentException(
        "evidence view: the instrument " + instrument.id() + " has no criterion " + criterion));
    return view(instrument, assessment, SurveyTally.of(instrument, assessment.surveyResponses()), found);
  }

  private static void check(Instrument instrument, Assessment assessment) {
    if (!instrument.id().equals(assessment.instrumentId())) {
      throw new IllegalArgumentException("evidence view: assessment " + assessment.id()
          + " must be made with instrument " + instrument.id() + ", but was made with "
          + assessment.instrumentId() + " " + assessment.instrumentVersion());
    }
  }

  private static EvidenceView view(Instrument instrument, Assessment assessment, SurveyTally tally,
      Criterion criterion) {
    List<IndicatorJudgement> judgements = new ArrayList<>();
    for (Indicator indicator : criterion.indicators()) {
      assessment.judgement(indicator.id()).ifPresent(judgements::add);
    }
    Optional<CriterionLink> link = instrument.link(criterion.id());
    List<Tally> tallies = new ArrayList<>();
    List<EvidenceView.InterviewNote> notes = new ArrayList<>();
    if (link.isPresent()) {
      for (ItemId item : link.get().surveyItems()) {
        tallies.add(tally.tally(item));
      }
      for (InterviewQuestionId question : link.get().interviewQuestions()) {
        for (InterviewRecord record : assessment.interviews()) {
          Optional<String> note = Optional.ofNullable(record.notes().get(question));
          List<String> themes = record.themes().getOrDefault(question, List.of());
          if (note.isPresent() || !themes.isEmpty()) {
            notes.add(new EvidenceView.InterviewNote(question, record.id(), note, themes));
          }
        }
      }
    }
    return new EvidenceView(criterion.id(), criterion.title(), judgements, tallies, notes,
        judgements.stream().map(EvidenceView.Support::of).toList());
  }
}
