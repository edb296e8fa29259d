package org.ctnat.core.analysis;

import static org.ctnat.core.assessment.TestAssessments.INDICATORS;
import static org.ctnat.core.assessment.TestAssessments.judgements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.IndicatorId;
import org.junit.jupiter.api.Test;

/** Krippendorff's alpha between assessors: the published example, the edge cases, and its invariants. */
class AgreementTest {

  /**
   * Krippendorff's canonical reliability data: 4 observers (A–D), 12 units, values 1–5, null =
   * missing. Source: Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability",
   * Annenberg School for Communication, University of Pennsylvania,
   * https://repository.upenn.edu/asc_papers/43, section "C. Nominal data, any number of observers,
   * missing data": n = 40 pairable values, nominal alpha = 0.743. (Also the doctest of the Python
   * {@code krippendorff} package and the example of the English Wikipedia article.)
   */
  private static final Integer[][] KRIPPENDORFF_2011 = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
      {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
  };

  private static Map<Integer, Map<String, Integer>> byUnit(Integer[][] coderByUnit) {
    Map<Integer, Map<String, Integer>> units = new LinkedHashMap<>();
    for (int coder = 0; coder < coderByUnit.length; coder++) {
      for (int unit = 0; unit < coderByUnit[coder].length; unit++) {
        Map<String, Integer> values = units.computeIfAbsent(unit, u -> new HashMap<>());
        values.put(String.valueOf((char) ('A' + coder)), coderByUnit[coder][unit]);
      }
    }
    return units;
  }

  private static IndicatorJudgement judgement(String indicator, String assessor, JudgementStatus status) {
    return IndicatorJudgement.of(IndicatorId.parse(indicator), status, "Seen in the evidence.", assessor);
  }

  @Test
  void krippendorffsCanonicalExampleGivesPoint743() {
    AgreementResult result = Agreement.krippendorffAlphaNominal(byUnit(KRIPPENDORFF_2011));
    assertEquals(0.743, result.alpha().getAsDouble(), 0.0005);
    assertEquals(0.7434, result.alpha().getAsDouble(), 0.00005);
    assertEquals(40, result.pairableValues());
    assertEquals(12, result.units());
    assertEquals(4, result.coders());
    assertEquals("Krippendorff's alpha (nominal) 0.743: 12 units, 4 coders, 40 pairable values", result.toString());
  }

  @Test
  void assessorsAreCodersAndIndicatorsAreUnits() {
    List<IndicatorJudgement> judgements = List.of(
        judgement("1.1-F1", "A1", JudgementStatus.MET), judgement("1.1-F1", "A2", JudgementStatus.MET),
        judgement("1.1-F2", "A1", JudgementStatus.NOT_MET), judgement("1.1-F2", "A2", JudgementStatus.NOT_MET),
        judgement("1.1-O1", "A1", JudgementStatus.MET), judgement("1.1-O1", "A2", JudgementStatus.NOT_MET));
    AgreementResult result = Agreement.krippendorffAlphaNominal(judgements);
    assertEquals(3, result.units());
    assertEquals(2, result.coders());
    assertEquals(6, result.pairableValues());
    // coincidences: o(MET,MET)=2, o(NOT,NOT)=2, o(MET,NOT)=o(NOT,MET)=1; n=6, n_MET=n_NOT=3
    // alpha = 1 - (n-1) * 2 / (2 * 3 * 3) = 1 - 10/18
    assertEquals(1 - 10.0 / 18, result.alpha().getAsDouble(), 1e-12);
  }

  @Test
  void undeterminedIsAValueOnWhichAssessorsCanAgree() {
    List<IndicatorJudgement> judgements = List.of(
        judgement("1.1-F1", "A1", JudgementStatus.UNDETERMINED),
        judgement("1.1-F1", "A2", JudgementStatus.UNDETERMINED),
        judgement("1.1-F2", "A1", JudgementStatus.MET), judgement("1.1-F2", "A2", JudgementStatus.MET));
    AgreementResult result = Agreement.krippendorffAlphaNominal(judgements);
    assertEquals(1.0, result.alpha().getAsDouble(), 0.0);
    assertEquals(4, result.pairableValues());
  }

  @Test
  void anUnjudgedIndicatorIsMissingForThatAssessor() {
    List<IndicatorJudgement> judgements = List.of(
        judgement("1.1-F1", "A1", JudgementStatus.MET), judgement("1.1-F1", "A2", JudgementStatus.MET),
        judgement("1.1-F2", "A1", JudgementStatus.NOT_MET), judgement("1.1-F2", "A2", JudgementStatus.NOT_MET),
        judgement("1.1-O1", "A1", JudgementStatus.MET));
    AgreementResult result = Agreement.krippendorffAlphaNominal(judgements);
    assertEquals(3, result.units());
    assertEquals(4, result.pairableValues(), "1.1-O1 was judged by one assessor only");
    assertEquals(1.0, result.alpha().getAsDouble(), 0.0);
  }

  @Test
  void withoutVariationAlphaIsUndefined() {
    AgreementResult result = Agreement.krippendorffAlphaNominal(List.of(
        judgement("1.1-F1", "A1", JudgementStatus.MET), judgement("1.1-F1", "A2", JudgementStatus.MET),
        judgement("1.1-F2", "A1", JudgementStatus.MET), judgement("1.1-F2", "A2", JudgementStatus.MET)));
    assertFalse(result.alpha().isPresent());
    assertEquals(4, result.pairableValues());
    assertTrue(result.toString().contains("undefined"), result::toString);
  }

  @Test
  void withFewerThanTwoPairableValuesAlphaIsUndefined() {
    assertFalse(Agreement.krippendorffAlphaNominal(List.of()).alpha().isPresent());
    AgreementResult one = Agreement.krippendorffAlphaNominal(judgements(List.of(1, 2, 3, 1), "A1"));
    assertFalse(one.alpha().isPresent());
    assertEquals(0, one.pairableValues());
    assertEquals(4, one.units());
    assertEquals(1, one.coders());
  }

  @Test
  void anAssessorJudgingTheSameIndicatorTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Agreement.krippendorffAlphaNominal(List.of(judgement("1.1-F1", "A1", JudgementStatus.MET),
            judgement("1.1-F1", "A1", JudgementStatus.NOT_MET))));
    assertTrue(e.getMessage().contains("A1 judged 1.1-F1 twice"), e::getMessage);
  }

  @Test
  void alphaIsOneWhenAllAssessorsAgreeAndTheStatusesVary() {
    qt().forAll(GapPropertiesTest.codes(), integers().between(2, 6)).assuming((codes, assessors) ->
        codes.stream().filter(c -> c != 0).distinct().count() >= 2).checkAssert((codes, assessors) -> {
          List<IndicatorJudgement> all = new ArrayList<>();
          for (int a = 1; a <= assessors; a++) {
            all.addAll(judgements(codes, "A" + a));
          }
          AgreementResult result = Agreement.krippendorffAlphaNominal(all);
          assertEquals(1.0, result.alpha().getAsDouble(), 1e-12, result::toString);
          assertEquals(assessors, result.coders());
        });
  }

  @Test
  void alphaDoesNotDependOnTheOrderOfJudgementsAndIsAtMostOne() {
    qt().forAll(lists().of(integers().between(0, 3)).ofSize(3 * INDICATORS.size()), integers().all())
        .checkAssert((codes, seed) -> {
          List<IndicatorJudgement> all = new ArrayList<>();
          for (int a = 0; a < 3; a++) {
            all.addAll(judgements(codes.subList(a * INDICATORS.size(), (a + 1) * INDICATORS.size()), "A" + a));
          }
          AgreementResult result = Agreement.krippendorffAlphaNominal(all);
          Collections.shuffle(all, new Random(seed));
          assertEquals(result, Agreement.krippendorffAlphaNominal(all));
          result.alpha().ifPresent(alpha -> assertTrue(alpha <= 1.0 + 1e-12, result::toString));
        });
  }
}
