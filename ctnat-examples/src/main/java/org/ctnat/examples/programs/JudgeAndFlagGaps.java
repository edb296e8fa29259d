package org.ctnat.examples.programs;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentValidation;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.examples.worked.WorkedExample;
import org.ctnat.io.Instruments;

/**
 * Judges indicators with traceable evidence — a desk-review document, a survey item, an
 * interview question — and flags the gaps: the assessment team revisits three judgements of
 * the worked example, the assessment is validated (every cited source, item and question must
 * exist), and the gap report of an area shows what is not met and what kind of gap it is.
 */
public final class JudgeAndFlagGaps {

  private JudgeAndFlagGaps() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Instrument ctnat = Instruments.ctnat2016();
    Assessment valdoria = WorkedExample.load2024();
    List<IndicatorJudgement> judgements = new ArrayList<>(valdoria.judgements());
    judgements.replaceAll(j -> j.indicator().equals(IndicatorId.parse("2.5-O1"))
        ? IndicatorJudgement.of(j.indicator(), JudgementStatus.NOT_MET,
            "Shelter places are too few for the cases identified; interviewees confirm waiting lists.", "A2",
            DocumentEvidence.page("Vld 9", 14), new SurveyEvidence(org.ctnat.core.questionbank.ItemId.of("4.1.1")),
            InterviewEvidence.of("4.2"))
        : j);
    Assessment revisited = valdoria.withJudgements(judgements);
    System.out.println(AssessmentValidation.validate(ctnat, revisited));

    GapReport gaps = Gaps.of(ctnat, revisited);
    System.out.println(gaps.area(AreaId.of("2")).orElseThrow());
    System.out.println("flagged in all: " + gaps.flagged().size() + " of " + gaps.indicators()
        + " indicators; consistency warnings: " + gaps.warnings().size());
  }
}
