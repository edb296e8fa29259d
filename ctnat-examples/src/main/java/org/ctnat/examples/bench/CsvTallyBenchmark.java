package org.ctnat.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.Instruments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming tally of one wide CSV file of synthetic responses, disaggregated by country ×
 * gender, in a JVM limited to 256 MiB — the SDK against two baselines on the same file in the
 * same run:
 * <ul>
 *   <li>{@link #sdkDisaggregate}: {@code CsvResponses.disaggregate} (every row checked against
 *       the instrument's rules, then recorded object-free on its group's tally);
 *   <li>{@link #sdkTally}: {@code CsvResponses.tally}, the same without groups;
 *   <li>{@link #baselineByteLoop}: the ceiling, a hand-written single-threaded byte loop
 *       ({@link CsvByteLoop}) computing the same counts and checking nothing;
 *   <li>{@link #baselineDuckDbOneThread} and {@link #baselineDuckDbTwoThreads}: DuckDB's {@code
 *       GROUP BY} over {@code read_csv} of the file ({@link DuckDbTallies}), with {@code threads}
 *       set to 1 and to 2 (this machine's cores).
 * </ul>
 * All five return the same counts (the test {@code BenchmarksAgreeTest} checks it).
 *
 * <p>The file is written once per run by {@code CsvResponses.write} from {@link
 * SyntheticSurvey#responses} (seed 2016), into a temporary directory (about 970 MB at a million
 * responses), and deleted after. The DuckDB methods need its JDBC driver on the class path:
 * {@code java -cp ctnat-examples/target/ctnat.jar:$HOME/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar
 * org.openjdk.jmh.Main CsvTallyBenchmark -p responses=10000,100000,1000000}; without it they
 * fail and the others still run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CsvTallyBenchmark {

  /** How many responses the file holds. */
  @Param("1000000")
  public int responses;

  /** How many countries the country question offers ({@link SyntheticSurvey#instrument}). */
  @Param("3")
  public int countries;

  Instrument instrument;
  TallyCounts layout;
  Path directory;
  Path csv;
  private DuckDbTallies duckDbOneThread;
  private DuckDbTallies duckDbTwoThreads;

  static final ItemId COUNTRY = ItemId.of("1.1");
  static final ItemId GENDER = ItemId.of("1.6");

  /** Writes the file once per run. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    instrument = SyntheticSurvey.instrument(Instruments.ctnat2016(), countries);
    layout = TallyCounts.of(instrument);
    directory = Files.createTempDirectory("ctnat-csv-bench");
    csv = directory.resolve("responses.csv");
    CsvResponses.write(instrument, SyntheticSurvey.responses(instrument, responses, 2016), CsvLayout.WIDE, csv);
  }

  /** Closes DuckDB and deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    if (duckDbOneThread != null) {
      duckDbOneThread.close();
    }
    if (duckDbTwoThreads != null) {
      duckDbTwoThreads.close();
    }
    Files.deleteIfExists(csv);
    Files.deleteIfExists(directory);
  }

  /**
   * The SDK: the file disaggregated by country × gender, streaming.
   *
   * @return the disaggregation
   */
  @Benchmark
  public Disaggregation sdkDisaggregate() throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      CsvReadResult<Disaggregation> result = CsvResponses.disaggregate(instrument, in, csv.toString(),
          ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);
      return result.value();
    }
  }

  /**
   * The SDK: the file tallied as a whole, streaming.
   *
   * @return the tally
   */
  @Benchmark
  public SurveyTally sdkTally() throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return CsvResponses.tally(instrument, in, csv.toString()).value();
    }
  }

  /**
   * The ceiling: a hand-written single-threaded byte loop computing the same counts.
   *
   * @return the measures by group
   */
  @Benchmark
  public Map<List<String>, long[]> baselineByteLoop() throws IOException {
    return CsvByteLoop.count(csv, layout, COUNTRY, GENDER);
  }

  /**
   * DuckDB's GROUP BY of the same file, one thread.
   *
   * @return the measures by group
   */
  @Benchmark
  public Map<List<String>, long[]> baselineDuckDbOneThread() throws SQLException {
    if (duckDbOneThread == null) {
      duckDbOneThread = new DuckDbTallies(instrument, csv, 1, COUNTRY, GENDER);
    }
    return duckDbOneThread.count();
  }

  /**
   * DuckDB's GROUP BY of the same file, two threads.
   *
   * @return the measures by group
   */
  @Benchmark
  public Map<List<String>, long[]> baselineDuckDbTwoThreads() throws SQLException {
    if (duckDbTwoThreads == null) {
      duckDbTwoThreads = new DuckDbTallies(instrument, csv, 2, COUNTRY, GENDER);
    }
    return duckDbTwoThreads.count();
  }
}
