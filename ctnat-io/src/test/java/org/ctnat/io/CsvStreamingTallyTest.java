package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.internal.CsvRecordReader;
import org.junit.jupiter.api.Test;

/**
 * The streaming wide reader: tallies row by row without building responses, and keeps exactly
 * the rows the other reader keeps.
 */
class CsvStreamingTallyTest {

  private static InputStream stream(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStreamingTallyEqualsTheTallyOfTheSameResponses() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, count) -> {
      List<SurveyResponse> responses = CsvSamples.responses(seed, count, true);
      String csv = CsvResponses.toString(STANDARD, responses, CsvLayout.WIDE);
      CsvReadResult<SurveyTally> tally = CsvResponses.tally(STANDARD, stream(csv), "stream.csv");
      assertTrue(tally.report().isClean(), tally.report()::toString);
      assertEquals(SurveyTally.of(STANDARD, responses), tally.value());
      assertEquals(count, tally.report().responsesKept());
    });
  }

  @Test
  void theStreamingDisaggregationEqualsTheDisaggregationOfTheSameResponses() {
    List<ProfileAttribute[]> choices = List.of(new ProfileAttribute[] {ProfileAttribute.GENDER},
        new ProfileAttribute[] {ProfileAttribute.COUNTRY, ProfileAttribute.GENDER},
        new ProfileAttribute[] {ProfileAttribute.POSITION, ProfileAttribute.AGE_BAND,
            ProfileAttribute.YEARS_ON_COUNTER_TRAFFICKING});
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 30), integers().between(0, 2))
        .checkAssert((seed, count, choice) -> {
          List<SurveyResponse> responses = CsvSamples.responses(seed, count, true);
          String csv = CsvResponses.toString(STANDARD, responses, CsvLayout.WIDE);
          ProfileAttribute[] by = choices.get(choice);
          CsvReadResult<Disaggregation> streamed = CsvResponses.disaggregate(STANDARD, stream(csv), "s.csv", by);
          assertEquals(Disaggregation.of(STANDARD, responses, by), streamed.value());
        });
  }

  @Test
  void severalFilesRecordOnOneRecorder() {
    List<SurveyResponse> responses = CsvSamples.responses(42, 20, true);
    SurveyTally.Recorder recorder = SurveyTally.recorder(STANDARD);
    CsvResponses.record(STANDARD, stream(CsvResponses.toString(STANDARD, responses.subList(0, 7), CsvLayout.WIDE)),
        "azerbaijan.csv", recorder);
    CsvResponses.record(STANDARD, stream(CsvResponses.toString(STANDARD, responses.subList(7, 20), CsvLayout.WIDE)),
        "georgia.csv", recorder);
    assertEquals(SurveyTally.of(STANDARD, responses), recorder.toTally());

    Disaggregation.Recorder groups = Disaggregation.recorder(STANDARD, List.of(ProfileAttribute.COUNTRY));
    CsvResponses.record(STANDARD, stream(CsvResponses.toString(STANDARD, responses, CsvLayout.WIDE)), "all.csv",
        groups, List.of(ProfileAttribute.COUNTRY));
    assertEquals(Disaggregation.of(STANDARD, responses, ProfileAttribute.COUNTRY), groups.toDisaggregation());
  }

  /**
   * Files with random bad cells: the streaming reader checks the rules itself, without
   * responses, and must agree with {@code ResponseValidation} on every row and cell.
   */
  @Test
  void theStreamingReaderKeepsAndReportsExactlyWhatTheReaderDoes() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String csv = mutateCells(CsvResponses.toString(STANDARD, CsvSamples.responses(seed, 12, true),
          CsvLayout.WIDE), random, 1 + random.nextInt(12));
      CsvReadResult<List<SurveyResponse>> read = CsvResponses.parse(STANDARD, csv, "m.csv", CsvLayout.WIDE);
      CsvReadResult<SurveyTally> streamed = CsvResponses.tally(STANDARD, stream(csv), "m.csv");
      assertEquals(SurveyTally.of(STANDARD, read.value()), streamed.value(), csv);
      assertEquals(where(read.report()), where(streamed.report()), csv);
      assertEquals(read.report().responsesLeftOut(), streamed.report().responsesLeftOut());
      assertTrue(ResponseValidation.validateAll(STANDARD, read.value()).isValid(), "nothing invalid is kept");
      CsvReadResult<Disaggregation> groups = CsvResponses.disaggregate(STANDARD, stream(csv), "m.csv",
          ProfileAttribute.GENDER, ProfileAttribute.COUNTRY);
      assertEquals(Disaggregation.of(STANDARD, read.value(), ProfileAttribute.GENDER, ProfileAttribute.COUNTRY),
          groups.value());
    });
  }

  private static Set<String> where(CsvReadReport report) {
    return report.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.header() + " "
        + p.rule().map(Enum::name).orElse("-")).collect(Collectors.toSet());
  }

  /** Values that break cells in every way a cell can be broken. */
  private static final List<String> BAD_CELLS = List.of("", "", "0", "1", "1.0", "2", "3", "4", "17", "18", "0.5",
      "yes", "adequate", "female", "forced_marriage", "other_specify", "A", "Q", "   ", "x", "agree", "growing");

  /** Sets random cells of a wide file to random values, keeping it well-formed CSV. */
  static String mutateCells(String csv, Random random, int mutations) {
    CsvRecordReader reader = new CsvRecordReader(stream(csv), "cells");
    List<String[]> records = new ArrayList<>();
    while (reader.next()) {
      String[] fields = new String[reader.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = reader.field(i);
      }
      records.add(fields);
    }
    for (int m = 0; m < mutations && records.size() > 1; m++) {
      String[] row = records.get(1 + random.nextInt(records.size() - 1));
      if (random.nextInt(40) == 0) {
        row[0] = random.nextBoolean() ? "" : "not an id";
      } else {
        int column = 1 + random.nextInt(row.length - 1);
        boolean text = records.get(0)[column].endsWith("/text");
        row[column] = text && random.nextBoolean() ? CsvSamples.text(random)
            : BAD_CELLS.get(random.nextInt(BAD_CELLS.size()));
      }
    }
    StringWriter out = new StringWriter();
    CsvRecordWriter writer = CsvRecordWriter.to(out);
    for (String[] record : records) {
      for (String field : record) {
        writer.cell(field);
      }
      writer.end();
    }
    writer.finish();
    return out.toString();
  }

  @Test
  void aRepeatedRespondentIsCountedAgainByTheStreamButLeftOutByTheReader() {
    String row = "AZEsur1,female\n";
    String csv = "respondent,1.6\n" + row + row;
    assertEquals(1, CsvResponses.parse(STANDARD, csv, "r.csv", CsvLayout.WIDE).value().size());
    assertEquals(2, CsvResponses.tally(STANDARD, stream(csv), "r.csv").value().responses());
  }

  @Test
  void aLongFileStreamsInMemoryThatDoesNotGrowWithIt() {
    int rows = 100_000;
    byte[] header = "respondent,1.6,2.2/exploitation_in_prostitution,2.2/other_sexual_exploitation,"
        .concat("2.2/forced_labour_or_services,2.2/slavery_or_servitude,2.2/removal_of_organs,2.2/forced_marriage,")
        .concat("2.2/other_specify,2.6\n").getBytes(StandardCharsets.US_ASCII);
    InputStream generated = new InputStream() {
      private byte[] line = header;
      private int at;
      private int row;

      @Override
      public int read() {
        if (at == line.length) {
          if (row == rows) {
            return -1;
          }
          row++;
          line = ("AZEsur" + row + (row % 3 == 0 ? ",male," : ",female,") + (row % 5 == 0 ? "1,1,1,1,0,0,0"
              : ",,,,,,") + ",\"=cmd, \"\"text\"\"\"\n").getBytes(StandardCharsets.US_ASCII);
          at = 0;
        }
        return line[at++];
      }
    };
    CsvReadResult<SurveyTally> tally = CsvResponses.tally(STANDARD, generated, "generated.csv");
    int kept = rows - rows / 5;
    assertEquals(kept, tally.value().responses());
    assertEquals(rows / 3 - rows / 15, tally.value().tally(org.ctnat.core.questionbank.ItemId.of("1.6")).count("male"));
    assertEquals(kept, tally.value().tally(org.ctnat.core.questionbank.ItemId.of("2.6")).answered());
    assertEquals(rows / 5, tally.report().responsesLeftOut(), "four of 'choose three' break the rule");
    assertEquals(CsvReadReport.MAX_LISTED_PROBLEMS, tally.report().problems().size(), "the list is bounded");
    assertEquals(rows / 5, tally.report().problemCount(), "but every problem counted");
    assertTrue(tally.report().toString().endsWith("… and " + (rows / 5 - CsvReadReport.MAX_LISTED_PROBLEMS)
        + " more not listed"), () -> tally.report().toString().substring(0, 300));
  }
}
