package org.ctnat.core.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.TestInstruments;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;

/**
 * Assessments of {@link TestInstruments#minimal()} for the tests: a valid assessment with two
 * sources, two survey responses, one interview, one workshop group and no judgements, and helpers
 * to add judgements.
 */
public final class TestAssessments {

  /** The instrument every test assessment uses. */
  public static final Instrument INSTRUMENT = TestInstruments.minimal();

  /** The indicators of the minimal instrument, in instrument order. */
  public static final List<IndicatorId> INDICATORS =
      INSTRUMENT.framework().indicators().stream().map(i -> i.id()).toList();

  private TestAssessments() {}

  /**
   * A valid survey response.
   *
   * @param id the respondent id
   * @param nrm the answer to 3.1.1 (adequacy)
   * @return the response
   */
  public static SurveyResponse response(String id, String nrm) {
    return SurveyResponse.to(INSTRUMENT, Respondent.of(id))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_labour", "begging", "sexual_exploitation"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("begging"))
        .putAnswer(ItemId.of("3.1.1"), PointAnswer.of(nrm))
        .putAnswer(ItemId.of("4.1.1"), PointAnswer.of("agree"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("B", "A", "D"))
        .build();
  }

  /**
   * A valid interview record covering sections 1, 3 and 8, with notes and themes under 3.1.
   *
   * @param id the interview code
   * @return the record
   */
  public static InterviewRecord interview(String id) {
    return InterviewRecord.of(INSTRUMENT, id)
        .putMetadata("country", "Testland")
        .participants(Participants.of(1, 2))
        .addSectionsCovered(SectionId.of("1"), SectionId.of("3"), SectionId.of("8"))
        .putNote(InterviewQuestionId.of("3.1"), "The NRM exists on paper but is rarely used.")
        .putNote(InterviewQuestionId.of("3.2"), "Checklists are used by the police only.")
        .putTheme(InterviewQuestionId.of("3.1"), List.of("nrm_on_paper", "lack_of_funding"))
        .build();
  }

  /**
   * A builder for a valid assessment without judgements or recommendations.
   *
   * @return the builder
   */
  public static ImmutableAssessment.Builder builder() {
    return Assessment.of(INSTRUMENT, "TST-2016")
        .country("Testland")
        .period(AssessmentPeriod.of(YearMonth.of(2015, 10), YearMonth.of(2016, 3)))
        .addSource(Source.builder().id(SourceId.of("Tst 16")).title("Law on trafficking").author("Parliament")
            .year(2005).build())
        .addSource(Source.of("Tst 30", "Annual report of the national coordinator"))
        .addSurveyResponse(response("TSTsur1", "adequate"))
        .addSurveyResponse(response("TSTsur2", "inadequate"))
        .addInterview(interview("TSTint1"))
        .addWorkshopResult(WorkshopResult.of("TSTws-group1", "A", "B", "C"));
  }

  /**
   * A judgement by assessor A1 with a rationale.
   *
   * @param indicator the indicator, e.g. {@code "1.1-F1"}
   * @param status the status
   * @param evidence the evidence
   * @return the judgement
   */
  public static IndicatorJudgement judge(String indicator, JudgementStatus status, EvidenceReference... evidence) {
    return IndicatorJudgement.of(IndicatorId.parse(indicator), status, "Because of the evidence.", "A1", evidence);
  }

  /**
   * The valid assessment with one judgement per given code, in instrument order: {@code 0} leaves
   * the indicator unjudged, {@code 1} is met, {@code 2} not met, {@code 3} undetermined. Every
   * judgement cites one document.
   *
   * @param codes one code per indicator of {@link #INDICATORS} (missing codes mean unjudged)
   * @return the assessment
   */
  public static Assessment withCodes(List<Integer> codes) {
    return builder().judgements(judgements(codes, "A1")).build();
  }

  /**
   * One judgement per given code by one assessor, in instrument order: {@code 0} leaves the
   * indicator unjudged, {@code 1} is met, {@code 2} not met, {@code 3} undetermined. Every judgement
   * cites one document.
   *
   * @param codes one code per indicator of {@link #INDICATORS} (missing codes mean unjudged)
   * @param assessor the assessor
   * @return the judgements
   */
  public static List<IndicatorJudgement> judgements(List<Integer> codes, String assessor) {
    List<IndicatorJudgement> judgements = new ArrayList<>();
    for (int i = 0; i < codes.size() && i < INDICATORS.size(); i++) {
      JudgementStatus status = status(codes.get(i));
      if (status != null) {
        judgements.add(IndicatorJudgement.of(INDICATORS.get(i), status, "Because of the evidence.", assessor,
            DocumentEvidence.of("Tst 16")));
      }
    }
    return judgements;
  }

  /**
   * The status of a code.
   *
   * @param code 1 met, 2 not met, 3 undetermined, anything else unjudged
   * @return the status, or null for unjudged
   */
  public static JudgementStatus status(int code) {
    return switch (code) {
      case 1 -> JudgementStatus.MET;
      case 2 -> JudgementStatus.NOT_MET;
      case 3 -> JudgementStatus.UNDETERMINED;
      default -> null;
    };
  }
}
