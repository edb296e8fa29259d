package org.ctnat.examples.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.Comparisons;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.io.Instruments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gap analysis ({@link Gaps}) of every one of 200 synthetic assessments of 100 judgements each
 * ({@link SyntheticAssessments}, seed 2016), and their comparison ({@link Comparisons}), against
 * a hand-written loop in the same run that computes the core numbers of both — indicators met
 * per criterion of every assessment, indicators newly met and regressed between consecutive
 * ones — from {@code int} arrays, with no report objects, warnings or gap kinds.
 *
 * <p>Run: {@code java -cp ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main AssessmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class AssessmentBenchmark {

  /** How many assessments. */
  @Param("200")
  public int assessments;

  /** How many judgements each has. */
  @Param("100")
  public int judgements;

  Instrument instrument;
  List<Assessment> list;
  private Map<IndicatorId, Integer> indicatorNumbers;
  private int[] criterionOf;
  private int criteria;

  /** Generates the assessments once per run. */
  @Setup
  public void setUp() {
    instrument = Instruments.ctnat2016();
    list = SyntheticAssessments.of(instrument, assessments, judgements, 2016);
    indicatorNumbers = new HashMap<>();
    List<Criterion> all = instrument.framework().criteria();
    criteria = all.size();
    int count = all.stream().mapToInt(c -> c.indicators().size()).sum();
    criterionOf = new int[count];
    for (int c = 0; c < criteria; c++) {
      for (Indicator indicator : all.get(c).indicators()) {
        criterionOf[indicatorNumbers.size()] = c;
        indicatorNumbers.put(indicator.id(), indicatorNumbers.size());
      }
    }
  }

  /**
   * The SDK: the gap report of every assessment.
   *
   * @return the reports
   */
  @Benchmark
  public List<GapReport> gaps() {
    return list.stream().map(a -> Gaps.of(instrument, a)).toList();
  }

  /**
   * The SDK: the comparison of all the assessments, in order.
   *
   * @return the comparison
   */
  @Benchmark
  public Comparison comparison() {
    return Comparisons.of(instrument, list);
  }

  /**
   * The hand-written loop.
   *
   * @return per assessment the indicators met per criterion, then at the end the number met;
   *     per step the numbers newly met and regressed
   */
  @Benchmark
  public int[][][] baselineLoop() {
    int indicators = criterionOf.length;
    int[][] met = new int[list.size()][criteria + 1];
    int[][] steps = new int[Math.max(0, list.size() - 1)][2];
    boolean[] previous = new boolean[indicators];
    boolean[] current = new boolean[indicators];
    for (int a = 0; a < list.size(); a++) {
      Arrays.fill(current, false);
      for (IndicatorJudgement judgement : list.get(a).judgements()) {
        Integer i = indicatorNumbers.get(judgement.indicator());
        if (i != null && judgement.status().isMet()) {
          current[i] = true;
          met[a][criterionOf[i]]++;
          met[a][criteria]++;
        }
      }
      if (a > 0) {
        for (int i = 0; i < indicators; i++) {
          if (current[i] && !previous[i]) {
            steps[a - 1][0]++;
          } else if (!current[i] && previous[i]) {
            steps[a - 1][1]++;
          }
        }
      }
      boolean[] swap = previous;
      previous = current;
      current = swap;
    }
    return new int[][][] {met, steps};
  }
}
