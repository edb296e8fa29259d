package org.ctnat.core.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.IndicatorId;

/**
 * How far independent assessors agree: Krippendorff's alpha for nominal data, computed from the
 * coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
 * University of Pennsylvania, https://repository.upenn.edu/asc_papers/43.
 *
 * <p>With n pairable values, n<sub>c</sub> of them equal to value c, and o<sub>cc</sub> the
 * coincidences of c with itself (each unit with m<sub>u</sub> ≥ 2 values adds n<sub>uc</sub>(n<sub>uc</sub>
 * − 1)/(m<sub>u</sub> − 1)), alpha = [(n − 1) Σ o<sub>cc</sub> − Σ n<sub>c</sub>(n<sub>c</sub> − 1)] / [n(n − 1)
 * − Σ n<sub>c</sub>(n<sub>c</sub> − 1)]. Missing values are left out, as Krippendorff prescribes; units
 * coded by a single coder count among the units but give no pairable value.
 *
 * <p>Stateless and thread-safe; results do not depend on the order of the input (up to the
 * rounding of a sum over units taken in unit order).
 */
public final class Agreement {

  private Agreement() {}

  /**
   * The agreement of assessors who judged the same indicators from the same evidence: each
   * indicator is a unit, each assessor a coder, and the status the value.
   *
   * <p>{@link JudgementStatus#UNDETERMINED} is a value like the others — two assessors who both
   * found the evidence insufficient agree — while an indicator an assessor did not judge is missing
   * for that assessor. Pass the judgements of one round's assessors (for example the judgements of
   * several copies of one assessment, one per assessor); an assessor may judge each indicator once.
   *
   * @param judgements the judgements of every assessor
   * @return alpha, with the numbers of units, coders and pairable values
   * @throws IllegalArgumentException if one assessor judged the same indicator twice
   */
  public static AgreementResult krippendorffAlphaNominal(List<IndicatorJudgement> judgements) {
    Map<IndicatorId, Map<String, JudgementStatus>> byUnit = new TreeMap<>();
    for (IndicatorJudgement judgement : judgements) {
      JudgementStatus previous = byUnit.computeIfAbsent(judgement.indicator(), u -> new LinkedHashMap<>())
          .putIfAbsent(judgement.assessor(), judgement.status());
      if (previous != null) {
        throw new IllegalArgumentException("agreement: an assessor may judge each indicator once, but "
            + judgement.assessor() + " judged " + judgement.indicator() + " twice (" + previous + " and "
            + judgement.status() + ")");
      }
    }
    return krippendorffAlphaNominal(byUnit);
  }

  /**
   * Krippendorff's alpha for any nominal reliability data — for example theme codes given to the
   * same interview answers by two analysts. Values are compared with {@code equals}; a null value, or
   * a coder absent from a unit's map, is missing.
   *
   * @param valuesByUnitAndCoder for each unit, the value each coder gave it
   * @return alpha, with the numbers of units, coders and pairable values
   */
  public static AgreementResult krippendorffAlphaNominal(Map<?, ? extends Map<?, ?>> valuesByUnitAndCoder) {
    Objects.requireNonNull(valuesByUnitAndCoder, "agreement: values");
    Set<Object> coders = new HashSet<>();
    Map<Object, Integer> valueCounts = new HashMap<>();
    int units = 0;
    long pairable = 0;
    double agreeing = 0;
    for (Map<?, ?> unit : valuesByUnitAndCoder.values()) {
      Map<Object, Integer> counts = new HashMap<>();
      int m = 0;
      for (Map.Entry<?, ?> coded : unit.entrySet()) {
        if (coded.getValue() != null) {
          coders.add(coded.getKey());
          counts.merge(coded.getValue(), 1, Integer::sum);
          m++;
        }
      }
      if (m > 0) {
        units++;
      }
      if (m < 2) {
        continue;
      }
      pairable += m;
      long same = 0;
      for (Map.Entry<Object, Integer> count : counts.entrySet()) {
        same += (long) count.getValue() * (count.getValue() - 1);
        valueCounts.merge(count.getKey(), count.getValue(), Integer::sum);
      }
      agreeing += (double) same / (m - 1);
    }
    long chance = 0;
    for (int count : valueCounts.values()) {
      chance += (long) count * (count - 1);
    }
    double denominator = (double) pairable * (pairable - 1) - chance;
    OptionalDouble alpha = pairable < 2 || denominator <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(((pairable - 1) * agreeing - chance) / denominator);
    return new AgreementResult(alpha, units, coders.size(), (int) pairable);
  }
}
