package org.ctnat.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.Instruments;
import org.ctnat.io.SurveyResponses;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading and writing synthetic responses to the full standard survey as JSON lines and as wide
 * CSV, with the ceilings measured in the same run on the same bytes: Jackson's raw token scan of
 * the JSON lines, and a raw byte scan of the CSV (counting fields and rows).
 *
 * <p>Reading streams each file into a tally ({@code tallyLines}, {@code CsvResponses.tally}), so
 * memory stays bounded by the instrument; writing streams generated responses to a discarding
 * stream. Run: {@code java -cp ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main IoBenchmark}
 * (add {@code -p responses=1000000} for the full size; the files then take about 2 GB of
 * temporary disk).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IoBenchmark {

  /** How many responses. */
  @Param("1000000")
  public int responses;

  Instrument instrument;
  SyntheticSurvey survey;
  Path directory;
  Path jsonLines;
  Path csv;

  /** Generates the responses and writes both files once per run (seed 2016). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    instrument = Instruments.ctnat2016();
    survey = new SyntheticSurvey(instrument, responses, 2016);
    directory = Files.createTempDirectory("ctnat-io-bench");
    jsonLines = directory.resolve("responses.jsonl");
    csv = directory.resolve("responses.csv");
    SurveyResponses.writeLines(instrument, generated(), jsonLines);
    CsvResponses.write(instrument, generated(), CsvLayout.WIDE, csv);
  }

  /** Deletes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(jsonLines);
    Files.deleteIfExists(csv);
    Files.deleteIfExists(directory);
  }

  private Iterable<SurveyResponse> generated() {
    return () -> IntStream.range(0, survey.rows()).mapToObj(survey::response).iterator();
  }

  /**
   * Reads the JSON lines into a tally.
   *
   * @return the tally
   */
  @Benchmark
  public SurveyTally readJsonLines() throws IOException {
    try (InputStream in = Files.newInputStream(jsonLines)) {
      return SurveyResponses.tallyLines(instrument, in, jsonLines.toString());
    }
  }

  /**
   * The ceiling for reading JSON lines: Jackson's raw token scan of the same bytes.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long baselineJacksonTokenScan() throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(jsonLines);
         JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Reads the wide CSV into a tally.
   *
   * @return the tally
   */
  @Benchmark
  public SurveyTally readCsv() throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return CsvResponses.tally(instrument, in, csv.toString()).value();
    }
  }

  /**
   * The ceiling for reading CSV: a raw byte scan of the same bytes that counts fields and rows.
   *
   * @return fields plus rows
   */
  @Benchmark
  public long baselineCsvByteScan() throws IOException {
    long count = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(csv)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == ',' || b == '\n') {
            count++;
          }
        }
      }
    }
    return count;
  }

  /**
   * Writes the responses as JSON lines (to a stream that discards them).
   *
   * @return the number written
   */
  @Benchmark
  public int writeJsonLines() {
    return SurveyResponses.writeLines(instrument, generated(), OutputStream.nullOutputStream());
  }

  /**
   * Writes the responses as wide CSV (to a stream that discards them).
   *
   * @return the number of responses
   */
  @Benchmark
  public int writeCsv() {
    CsvResponses.write(instrument, generated(), CsvLayout.WIDE, OutputStream.nullOutputStream());
    return survey.rows();
  }

  /**
   * The cost of generating the response objects alone, included in both writes.
   *
   * @return a checksum
   */
  @Benchmark
  public long baselineGenerateOnly() {
    long answers = 0;
    for (SurveyResponse response : generated()) {
      answers += response.answers().size();
    }
    return answers;
  }
}
