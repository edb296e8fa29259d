package org.ctnat.examples.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentPeriod;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;

/**
 * Seeded synthetic assessments for the gap analysis and comparison benchmarks: assessment
 * {@code i} ({@code SYN-0001}, …) of "Country i", over the first half of year 2000 + i, judges
 * the first {@code judgements} indicators of the framework in instrument order (all 100 of the
 * standard framework by default), each met with probability 0.5, not met 0.35 and undetermined
 * 0.15. Nine judgements in ten of met or not met cite survey item 3.1.4 as evidence; the others
 * cite none, so the gap analysis has "no evidence" warnings to raise. Assessments carry no
 * sources, responses, interviews or recommendations. The same arguments always give the same
 * assessments.
 *
 * <p>Stateless; thread-safe.
 */
public final class SyntheticAssessments {

  private SyntheticAssessments() {}

  /**
   * Generates the assessments.
   *
   * @param instrument the instrument, whose id they carry and whose indicators they judge
   * @param assessments how many, 0 or more
   * @param judgements how many indicators each judges, 0 to the number the framework has
   * @param seed the random seed
   * @return the assessments, in id order
   * @throws IllegalArgumentException if a count is out of range
   */
  public static List<Assessment> of(Instrument instrument, int assessments, int judgements, long seed) {
    List<IndicatorId> indicators = instrument.framework().criteria().stream().map(Criterion::indicators)
        .flatMap(List::stream).map(Indicator::id).toList();
    if (assessments < 0 || judgements < 0 || judgements > indicators.size()) {
      throw new IllegalArgumentException("assessments must be 0 or more and judgements 0 to " + indicators.size()
          + ", but were " + assessments + " and " + judgements);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Assessment> result = new ArrayList<>(assessments);
    for (int a = 0; a < assessments; a++) {
      List<IndicatorJudgement> list = new ArrayList<>(judgements);
      for (int j = 0; j < judgements; j++) {
        int draw = random.nextInt(100);
        JudgementStatus status = draw < 50 ? JudgementStatus.MET
            : draw < 85 ? JudgementStatus.NOT_MET : JudgementStatus.UNDETERMINED;
        boolean cites = status != JudgementStatus.UNDETERMINED && random.nextInt(10) != 0;
        list.add(cites
            ? IndicatorJudgement.of(indicators.get(j), status, "synthetic", "A1", SurveyEvidence.of("3.1.4"))
            : IndicatorJudgement.of(indicators.get(j), status, "synthetic", "A1"));
      }
      int year = 2000 + a;
      result.add(Assessment.of(instrument, String.format("SYN-%04d", a + 1)).country("Country " + (a + 1))
          .period(AssessmentPeriod.of(YearMonth.of(year, 1), YearMonth.of(year, 6)))
          .judgements(list).build());
    }
    return List.copyOf(result);
  }
}
