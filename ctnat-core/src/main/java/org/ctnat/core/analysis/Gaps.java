package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;

/**
 * The gap analysis of the CT-NAT method: from an assessment's judgements, the indicators
 * identified for potential improvement (every indicator not met — the green cells of the 2016
 * report), the profile of every criterion and area, the kinds of gap per criterion ({@link
 * GapKind}) and the judgements to look at again ({@link ConsistencyWarning}).
 *
 * <p>The instrument gives the rows and their order. The assessment must have been made with an
 * instrument of the same id; its version may differ (an adapted or revised version keeps the
 * indicator ids it shares), and judgements of indicators the instrument lacks are left out —
 * {@code AssessmentValidation} reports them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Gaps {

  private Gaps() {}

  /**
   * Analyses the gaps of one assessment.
   *
   * <p>Warnings, per indicator in instrument order: {@link ConsistencyWarning.Kind#LEVEL_2_WITHOUT_LEVEL_1}
   * when a level 2 indicator is met but the level 1 of its dimension is not; {@link
   * ConsistencyWarning.Kind#NO_EVIDENCE} when an indicator is judged met or not met without
   * evidence; {@link ConsistencyWarning.Kind#UNDETERMINED} for every undetermined judgement; {@link
   * ConsistencyWarning.Kind#UNJUDGED} for every indicator without a judgement.
   *
   * @param instrument the instrument, whose framework gives the table
   * @param assessment the assessment
   * @return the gap report
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static GapReport of(Instrument instrument, Assessment assessment) {
    if (!instrument.id().equals(assessment.instrumentId())) {
      throw new IllegalArgumentException("gap analysis: assessment " + assessment.id()
          + " must be made with instrument " + instrument.id() + ", but was made with "
          + assessment.instrumentId() + " " + assessment.instrumentVersion());
    }
    Map<IndicatorId, IndicatorJudgement> judgements = new HashMap<>();
    assessment.judgements().forEach(j -> judgements.put(j.indicator(), j));
    List<AreaProfile> areas = new ArrayList<>();
    for (ThematicArea area : instrument.framework().areas()) {
      areas.add(new AreaProfile(area.id(), area.title(),
          area.criteria().stream().map(c -> CriterionProfile.of(c.id(), assessment)).toList()));
    }
    List<ConsistencyWarning> warnings = new ArrayList<>();
    for (Criterion criterion : instrument.framework().criteria()) {
      for (Indicator indicator : criterion.indicators()) {
        warn(judgements, indicator.id(), warnings);
      }
    }
    return new GapReport(assessment.id(), areas, warnings);
  }

  private static void warn(Map<IndicatorId, IndicatorJudgement> judgements, IndicatorId id,
      List<ConsistencyWarning> warnings) {
    IndicatorJudgement judgement = judgements.get(id);
    if (judgement == null) {
      warnings.add(new ConsistencyWarning(ConsistencyWarning.Kind.UNJUDGED, id, "not judged"));
      return;
    }
    if (id.level() == Level.TWO && judgement.status().isMet()) {
      IndicatorId level1 = IndicatorId.of(id.criterion(), id.dimension(), Level.ONE);
      IndicatorJudgement basic = judgements.get(level1);
      if (basic == null || !basic.status().isMet()) {
        warnings.add(new ConsistencyWarning(ConsistencyWarning.Kind.LEVEL_2_WITHOUT_LEVEL_1, id,
            "level 2 is met but " + level1 + " is " + (basic == null ? "not judged" : describe(basic.status()))));
      }
    }
    if (judgement.status() != JudgementStatus.UNDETERMINED && judgement.evidence().isEmpty()) {
      warnings.add(new ConsistencyWarning(ConsistencyWarning.Kind.NO_EVIDENCE, id,
          "judged " + describe(judgement.status()) + " by " + judgement.assessor() + " without evidence"));
    }
    if (judgement.status() == JudgementStatus.UNDETERMINED) {
      warnings.add(new ConsistencyWarning(ConsistencyWarning.Kind.UNDETERMINED, id,
          "judged undetermined by " + judgement.assessor()
              + (judgement.rationale().isEmpty() ? "" : ": " + judgement.rationale())));
    }
  }

  private static String describe(JudgementStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
