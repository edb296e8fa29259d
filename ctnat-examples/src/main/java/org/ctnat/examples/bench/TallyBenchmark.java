package org.ctnat.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
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
 * Streaming tally of synthetic responses to the full standard survey, disaggregated by country
 * × gender, in a JVM limited to 256 MiB — the SDK's two paths and their baselines on the same
 * rows:
 * <ul>
 *   <li>{@link #sdkRecorder}: the SDK's object-free path ({@link Disaggregation#recorder}), as a
 *       file reader would feed it;
 *   <li>{@link #sdkCollector}: the SDK's convenient path, one {@code SurveyResponse} object per
 *       row, streamed into {@link Disaggregation#collector};
 *   <li>{@link #baselineMakeResponseObjects}: the objects {@link #sdkCollector} streams, made
 *       and dropped, to tell the cost of making them from the cost of tallying them;
 *   <li>{@link #baselineObjectLoop}: a hand-written loop over the same streamed objects, counting
 *       into {@code int} arrays — what {@link #sdkCollector} competes with;
 *   <li>{@link #baselineIntArrayLoop}: the practical ceiling — a hand-written loop that counts
 *       into {@code int} arrays and knows nothing but the row layout.
 * </ul>
 *
 * <p>Run: {@code java -cp ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main TallyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class TallyBenchmark {

  /** How many responses. */
  @Param("1000000")
  public int responses;

  Instrument instrument;
  SyntheticSurvey survey;
  int countryItem;
  int genderItem;

  /** Generates the rows once per run (seed 2016). */
  @Setup
  public void setUp() {
    instrument = Instruments.ctnat2016();
    survey = new SyntheticSurvey(instrument, responses, 2016);
    countryItem = survey.items().indexOf(ItemId.of("1.1"));
    genderItem = survey.items().indexOf(ItemId.of("1.6"));
  }

  /**
   * The SDK's object-free streaming path.
   *
   * @return the disaggregation
   */
  @Benchmark
  public Disaggregation sdkRecorder() {
    return recorder(instrument, survey, countryItem, genderItem);
  }

  static Disaggregation recorder(Instrument instrument, SyntheticSurvey survey, int countryItem, int genderItem) {
    Disaggregation.Recorder disaggregation = Disaggregation.recorder(instrument,
        List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER));
    List<String> countries = survey.codes(countryItem);
    List<String> genders = survey.codes(genderItem);
    SurveyTally.Recorder[][] groups = new SurveyTally.Recorder[countries.size() + 1][genders.size() + 1];
    for (int c = 0; c <= countries.size(); c++) {
      for (int g = 0; g <= genders.size(); g++) {
        groups[c][g] = disaggregation.group(c == 0 ? GroupKey.MISSING : countries.get(c - 1),
            g == 0 ? GroupKey.MISSING : genders.get(g - 1));
      }
    }
    int items = survey.items().size();
    int[] handles = new int[items];
    SurveyTally.Recorder any = groups[0][0];
    for (int i = 0; i < items; i++) {
      handles[i] = any.item(survey.items().get(i));
    }
    byte[] data = survey.data();
    int width = survey.rowWidth();
    int countryOffset = survey.offset(countryItem);
    int genderOffset = survey.offset(genderItem);
    SyntheticSurvey.Kind[] kinds = survey.kinds();
    int[] offsets = survey.offsets();
    for (int row = 0, base = 0; row < survey.rows(); row++, base += width) {
      SurveyTally.Recorder recorder = groups[data[base + countryOffset] & 0xFF][data[base + genderOffset] & 0xFF];
      recorder.response();
      for (int i = 0; i < items; i++) {
        switch (kinds[i]) {
          case SINGLE, POINT -> {
            int v = data[base + offsets[i]] & 0xFF;
            if (v > 0) {
              recorder.single(handles[i], v - 1);
            }
          }
          case TEXT -> {
            if (data[base + offsets[i]] != 0) {
              recorder.text(handles[i]);
            }
          }
          default -> {
            long mask = survey.mask(row, i);
            if (mask != 0) {
              recorder.multiple(handles[i], mask);
            }
          }
        }
      }
    }
    return disaggregation.toDisaggregation();
  }

  /**
   * The SDK's convenient path: a response object per row, collected from a stream.
   *
   * @return the disaggregation
   */
  @Benchmark
  public Disaggregation sdkCollector() {
    return IntStream.range(0, survey.rows()).mapToObj(survey::response)
        .collect(Disaggregation.collector(instrument, List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER)));
  }

  /**
   * What the convenient path spends before the SDK sees a response: making one {@code
   * SurveyResponse} object per row, as {@link #sdkCollector} does, and nothing else.
   *
   * @return the number of answers made
   */
  @Benchmark
  public long baselineMakeResponseObjects() {
    long answers = 0;
    for (int row = 0; row < survey.rows(); row++) {
      answers += survey.response(row).answers().size();
    }
    return answers;
  }

  /**
   * A hand-written loop over the same response objects as {@link #sdkCollector}, made one by one,
   * counting into {@code int} arrays (item and code numbers from hash maps built once; nothing
   * checked).
   *
   * @return counts by group and slot; answered by group and item, as {@link #baselineIntArrayLoop}
   */
  @Benchmark
  public int[][][] baselineObjectLoop() {
    return new AnalysisBenchmark.ObjectLoop(survey, countryItem, genderItem)
        .count(() -> IntStream.range(0, survey.rows()).mapToObj(survey::response).iterator());
  }

  /**
   * The ceiling: a hand-written loop over the same rows into int arrays.
   *
   * @return counts by group and slot; answered by group and item
   */
  @Benchmark
  public int[][][] baselineIntArrayLoop() {
    return baseline(survey, countryItem, genderItem);
  }

  static int[][][] baseline(SyntheticSurvey survey, int countryItem, int genderItem) {
    int items = survey.items().size();
    int[] slotOffsets = new int[items];
    int slots = 0;
    for (int i = 0; i < items; i++) {
      slotOffsets[i] = slots;
      slots += survey.codes(i).size();
    }
    int countries = survey.codes(countryItem).size() + 1;
    int genders = survey.codes(genderItem).size() + 1;
    int[][] counts = new int[countries * genders][slots];
    int[][] answered = new int[countries * genders][items + 1];
    byte[] data = survey.data();
    int width = survey.rowWidth();
    int countryOffset = survey.offset(countryItem);
    int genderOffset = survey.offset(genderItem);
    SyntheticSurvey.Kind[] kinds = survey.kinds();
    int[] offsets = survey.offsets();
    for (int row = 0, base = 0; row < survey.rows(); row++, base += width) {
      int group = (data[base + countryOffset] & 0xFF) * genders + (data[base + genderOffset] & 0xFF);
      int[] groupCounts = counts[group];
      int[] groupAnswered = answered[group];
      groupAnswered[items]++;
      for (int i = 0; i < items; i++) {
        switch (kinds[i]) {
          case SINGLE, POINT -> {
            int v = data[base + offsets[i]] & 0xFF;
            if (v > 0) {
              groupCounts[slotOffsets[i] + v - 1]++;
              groupAnswered[i]++;
            }
          }
          case TEXT -> {
            if (data[base + offsets[i]] != 0) {
              groupAnswered[i]++;
            }
          }
          default -> {
            long mask = survey.mask(row, i);
            if (mask != 0) {
              for (long bits = mask; bits != 0; bits &= bits - 1) {
                groupCounts[slotOffsets[i] + Long.numberOfTrailingZeros(bits)]++;
              }
              groupAnswered[i]++;
            }
          }
        }
      }
    }
    return new int[][][] {counts, answered};
  }
}
