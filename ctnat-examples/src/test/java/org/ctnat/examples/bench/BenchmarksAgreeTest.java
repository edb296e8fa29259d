package org.ctnat.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.Instruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every benchmark method, run once on small data, computes the same numbers as the paths it is
 * compared with — the SDK, the hand-written loops and DuckDB (whose driver is on the test class
 * path). Correctness only: nothing here is timed.
 */
class BenchmarksAgreeTest {

  private static final Instrument CTNAT = Instruments.ctnat2016();

  @Test
  void syntheticResponsesAreValidAndTheSameWhetherPackedOrStreamed() {
    SyntheticSurvey survey = new SyntheticSurvey(CTNAT, 2000, 7);
    List<SurveyResponse> packed = IntStream.range(0, 2000).mapToObj(survey::response).toList();
    List<SurveyResponse> streamed = new ArrayList<>();
    SyntheticSurvey.responses(CTNAT, 2000, 7).forEach(streamed::add);

    assertEquals(packed, streamed);
    assertEquals(List.of(), ResponseValidation.validateAll(CTNAT, packed).violations());
    assertTrue(packed.stream().anyMatch(r -> r.answer(ItemId.of("2.2.1")).isPresent()), "follow-ups are answered");
    assertEquals(packed.subList(0, 100), IntStream.range(0, 100)
        .mapToObj(new SyntheticSurvey(CTNAT, 100, 7)::response).toList(), "a smaller run is a prefix");
  }

  @Test
  void anyNumberOfCountriesIsAnAdaptedCountryQuestion() {
    Instrument seven = SyntheticSurvey.instrument(CTNAT, 7);
    assertEquals(List.of("armenia", "azerbaijan", "georgia", "country_004", "country_005", "country_006",
        "country_007"), countries(seven));
    assertEquals(List.of("armenia"), countries(SyntheticSurvey.instrument(CTNAT, 1)));
    assertEquals(CTNAT, SyntheticSurvey.instrument(CTNAT, 3));
    assertEquals(250, countries(SyntheticSurvey.instrument(CTNAT, SyntheticSurvey.MAX_COUNTRIES)).size());

    List<SurveyResponse> responses = new ArrayList<>();
    SyntheticSurvey.responses(seven, 3000, 11).forEach(responses::add);
    assertEquals(List.of(), ResponseValidation.validateAll(seven, responses).violations());
    assertEquals(8, Disaggregation.of(seven, responses, ProfileAttribute.COUNTRY)
        .groups().size(), "seven countries and the missing group");
  }

  private static List<String> countries(Instrument instrument) {
    return ((SingleChoice) instrument.survey().question(ItemId.of("1.1")).orElseThrow()).options().stream()
        .map(ChoiceOption::code).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 7})
  void csvTallyBenchmarkPathsCountTheSame(int countries) throws Exception {
    CsvTallyBenchmark bench = new CsvTallyBenchmark();
    bench.responses = 3000;
    bench.countries = countries;
    bench.setUp();
    try {
      TallyCounts layout = bench.layout;
      Map<List<String>, long[]> sdk = layout.of(bench.sdkDisaggregate());
      assertEquals(3000, layout.whole(sdk)[0], "the SDK keeps every synthetic row");
      assertEquals((countries + 1) * 3, sdk.size(), "every country and gender, and missing, occur");
      assertArrayEquals(layout.whole(sdk), layout.of(bench.sdkTally()));

      Map<List<String>, List<Long>> expected = TallyCounts.comparable(sdk);
      assertEquals(expected, TallyCounts.comparable(bench.baselineByteLoop()), "hand-written byte loop");
      assertEquals(expected, TallyCounts.comparable(bench.baselineDuckDbOneThread()), "DuckDB, one thread");
      assertEquals(expected, TallyCounts.comparable(bench.baselineDuckDbTwoThreads()), "DuckDB, two threads");
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void duckDbRunsWithTheThreadsItIsGiven() throws Exception {
    CsvTallyBenchmark bench = new CsvTallyBenchmark();
    bench.responses = 10;
    bench.countries = 3;
    bench.setUp();
    try (DuckDbTallies one = new DuckDbTallies(bench.instrument, bench.csv, 1, CsvTallyBenchmark.COUNTRY,
        CsvTallyBenchmark.GENDER)) {
      assertEquals(1, one.threads());
      assertTrue(one.sql().contains("GROUP BY ALL"), one.sql());
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void analysisBenchmarkPathsCountTheSame() {
    AnalysisBenchmark bench = new AnalysisBenchmark();
    bench.responses = 2000;
    bench.setUp();
    SurveyTally tally = bench.surveyTallyOf();
    Disaggregation disaggregation = bench.disaggregationOf();
    assertEquals(tally, disaggregation.whole());
    assertEquals(2000, tally.responses());

    int[][][] packed = bench.baselineIntArrayLoop();
    int[][][] objects = bench.baselineObjectLoop();
    assertTrue(Arrays.deepEquals(packed, objects), "the loops over packed rows and objects agree");

    TallyBenchmark tallyBench = new TallyBenchmark();
    tallyBench.responses = 2000;
    tallyBench.setUp();
    assertEquals(disaggregation, tallyBench.sdkRecorder(), "the same rows as TallyBenchmark's");
    assertEquals(disaggregation, tallyBench.sdkCollector(), "TallyBenchmark's collector over streamed objects");
    assertTrue(Arrays.deepEquals(packed, tallyBench.baselineIntArrayLoop()));
    assertTrue(Arrays.deepEquals(packed, tallyBench.baselineObjectLoop()), "the loop over streamed objects");
    assertEquals(java.util.stream.IntStream.range(0, 2000).mapToObj(bench.survey::response)
        .mapToLong(r -> r.answers().size()).sum(), tallyBench.baselineMakeResponseObjects());
  }

  @Test
  void assessmentBenchmarkPathsCountTheSame() {
    AssessmentBenchmark bench = new AssessmentBenchmark();
    bench.assessments = 20;
    bench.judgements = 100;
    bench.setUp();
    List<GapReport> reports = bench.gaps();
    Comparison comparison = bench.comparison();
    int[][][] baseline = bench.baselineLoop();

    assertEquals(reports, comparison.reports());
    for (int a = 0; a < 20; a++) {
      GapReport report = reports.get(a);
      assertEquals(100, bench.list.get(a).judgements().size());
      assertEquals(baseline[0][a][baseline[0][a].length - 1], report.met(), report.assessment().toString());
      int[] scores = new int[baseline[0][a].length - 1];
      for (int c = 0; c < scores.length; c++) {
        scores[c] = report.criteria().get(c).score();
      }
      assertArrayEquals(Arrays.copyOf(baseline[0][a], scores.length), scores);
    }
    for (int s = 0; s < 19; s++) {
      assertEquals(baseline[1][s][0], comparison.steps().get(s).newlyMet().size());
      assertEquals(baseline[1][s][1], comparison.steps().get(s).regressed().size());
    }
    List<Assessment> again = SyntheticAssessments.of(bench.instrument, 20, 100, 2016);
    assertEquals(bench.list, again, "seeded");
  }

  @Test
  void ioBenchmarkReadsWhatItWrote() throws Exception {
    IoBenchmark bench = new IoBenchmark();
    bench.responses = 1000;
    bench.setUp();
    try {
      SurveyTally expected = SurveyTally.of(CTNAT, SyntheticSurvey.responses(CTNAT, 1000, 2016));
      assertEquals(1000, expected.responses());
      assertEquals(expected, bench.readJsonLines());
      assertEquals(expected, bench.readCsv());
      assertTrue(bench.baselineJacksonTokenScan() > 1000);
      assertEquals(1001L * CsvLayout.WIDE.header(CTNAT).size(), bench.baselineCsvByteScan(),
          "a comma or line end per cell");
      assertEquals(1000, bench.writeJsonLines());
      assertEquals(1000, bench.writeCsv());
    } finally {
      bench.tearDown();
    }
  }
}
