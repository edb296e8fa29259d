package org.ctnat.examples.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
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
 * In-memory analysis of a list of synthetic {@code SurveyResponse} objects, as an application
 * that has read or collected its responses holds them: {@link SurveyTally#of} and {@link
 * Disaggregation#of} by country × gender, against two hand-written loops in the same run:
 * <ul>
 *   <li>{@link #baselineIntArrayLoop}: the ceiling for tallies — an {@code int}-array loop over
 *       the same answers packed in bytes ({@link TallyBenchmark#baseline});
 *   <li>{@link #baselineObjectLoop}: a hand-written loop over the same response objects,
 *       counting into {@code int} arrays by country × gender: the cost of walking the objects
 *       themselves.
 * </ul>
 *
 * <p>The responses take about 5.3 KB each on the heap, so the JVM gets 1 GiB for the default
 * 100,000; give more with {@code -jvmArgsAppend -Xmx8g} for a million. Run: {@code java -cp
 * ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class AnalysisBenchmark {

  /** How many responses. */
  @Param("100000")
  public int responses;

  Instrument instrument;
  SyntheticSurvey survey;
  List<SurveyResponse> list;
  int countryItem;
  int genderItem;
  private ObjectLoop objectLoop;

  /** Generates the rows and their response objects once per run (seed 2016). */
  @Setup
  public void setUp() {
    instrument = Instruments.ctnat2016();
    survey = new SyntheticSurvey(instrument, responses, 2016);
    list = IntStream.range(0, responses).mapToObj(survey::response).toList();
    countryItem = survey.items().indexOf(ItemId.of("1.1"));
    genderItem = survey.items().indexOf(ItemId.of("1.6"));
    objectLoop = new ObjectLoop(survey, countryItem, genderItem);
  }

  /**
   * The SDK: the tally of the whole list.
   *
   * @return the tally
   */
  @Benchmark
  public SurveyTally surveyTallyOf() {
    return SurveyTally.of(instrument, list);
  }

  /**
   * The SDK: the list disaggregated by country × gender.
   *
   * @return the disaggregation
   */
  @Benchmark
  public Disaggregation disaggregationOf() {
    return Disaggregation.of(instrument, list, ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);
  }

  /**
   * The ceiling: an {@code int}-array loop over the same answers, packed.
   *
   * @return counts by group and slot; answered by group and item
   */
  @Benchmark
  public int[][][] baselineIntArrayLoop() {
    return TallyBenchmark.baseline(survey, countryItem, genderItem);
  }

  /**
   * A hand-written loop over the same response objects.
   *
   * @return counts by group and slot; answered by group and item, as {@link #baselineIntArrayLoop}
   */
  @Benchmark
  public int[][][] baselineObjectLoop() {
    return objectLoop.count(list);
  }

  /**
   * Counts response objects into {@code int} arrays laid out as {@link TallyBenchmark#baseline}:
   * item and code numbers are looked up in hash maps built once; nothing is checked.
   */
  static final class ObjectLoop {
    private final Map<ItemId, Integer> itemNumbers = new HashMap<>();
    private final List<Map<String, Integer>> codeNumbers;
    private final int[] slotOffsets;
    private final int slots;
    private final int items;
    private final ItemId country;
    private final ItemId gender;
    private final Map<String, Integer> countries;
    private final Map<String, Integer> genders;

    ObjectLoop(SyntheticSurvey survey, int countryItem, int genderItem) {
      items = survey.items().size();
      slotOffsets = new int[items];
      int next = 0;
      codeNumbers = IntStream.range(0, items).mapToObj(i -> {
        Map<String, Integer> numbers = new HashMap<>();
        survey.codes(i).forEach(code -> numbers.put(code, numbers.size()));
        return numbers;
      }).toList();
      for (int i = 0; i < items; i++) {
        itemNumbers.put(survey.items().get(i), i);
        slotOffsets[i] = next;
        next += survey.codes(i).size();
      }
      slots = next;
      country = survey.items().get(countryItem);
      gender = survey.items().get(genderItem);
      countries = codeNumbers.get(countryItem);
      genders = codeNumbers.get(genderItem);
    }

    int[][][] count(Iterable<SurveyResponse> responses) {
      int groupsPerCountry = genders.size() + 1;
      int[][] counts = new int[(countries.size() + 1) * groupsPerCountry][slots];
      int[][] answered = new int[counts.length][items + 1];
      for (SurveyResponse response : responses) {
        int group = (1 + code(countries, response.answers().get(country))) * groupsPerCountry
            + 1 + code(genders, response.answers().get(gender));
        int[] groupCounts = counts[group];
        int[] groupAnswered = answered[group];
        groupAnswered[items]++;
        for (Map.Entry<ItemId, Answer> entry : response.answers().entrySet()) {
          int i = itemNumbers.get(entry.getKey());
          Map<String, Integer> numbers = codeNumbers.get(i);
          Answer answer = entry.getValue();
          if (answer instanceof ChoiceAnswer choice) {
            groupCounts[slotOffsets[i] + numbers.get(choice.code())]++;
          } else if (answer instanceof PointAnswer point) {
            groupCounts[slotOffsets[i] + numbers.get(point.code())]++;
          } else if (answer instanceof SelectionAnswer selection) {
            for (String code : selection.codes()) {
              groupCounts[slotOffsets[i] + numbers.get(code)]++;
            }
          } else if (answer instanceof RankingAnswer ranking) {
            for (String code : ranking.ranks().keySet()) {
              groupCounts[slotOffsets[i] + numbers.get(code)]++;
            }
          }
          groupAnswered[i]++;
        }
      }
      return new int[][][] {counts, answered};
    }

    private static int code(Map<String, Integer> numbers, Answer answer) {
      return answer instanceof ChoiceAnswer choice ? numbers.get(choice.code()) : -1;
    }
  }
}
