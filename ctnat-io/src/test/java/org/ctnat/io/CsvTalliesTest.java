package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.IntervalMethod;
import org.ctnat.core.analysis.Share;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.internal.CsvRecordReader;
import org.junit.jupiter.api.Test;

/** Tallies as CSV: every number in the file is the tally's, with its interval stated. */
class CsvTalliesTest {

  private static final String HEADER = "item,category,count,share,lower,upper,answered,eligible,missing,invalid,"
      + "method,level";

  private static List<String[]> records(String csv) {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t");
    List<String[]> records = new ArrayList<>();
    while (reader.next()) {
      String[] fields = new String[reader.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = reader.field(i);
      }
      records.add(fields);
    }
    return records;
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void theFixtureTalliesAreTheCanonicalFiles() {
    List<SurveyResponse> fixture = CsvSamples.fixture();
    assertEquals(CsvSamples.resource("fixture-tallies.csv"), CsvTallies.toString(SurveyTally.of(STANDARD, fixture)));
    assertEquals(CsvSamples.resource("fixture-tallies-by-country.csv"),
        CsvTallies.toString(Disaggregation.of(STANDARD, fixture, ProfileAttribute.COUNTRY)));
  }

  /** The 2016 Azerbaijan survey on the capacity of authorities to identify victims (3.1.4). */
  @Test
  void fourOfSevenIsWrittenWithItsWilsonInterval() {
    List<SurveyResponse> responses = new ArrayList<>();
    String[] answers = {"adequate", "adequate", "adequate", "adequate", "neither_adequate_nor_inadequate",
        "neither_adequate_nor_inadequate", "inadequate"};
    for (int i = 0; i < answers.length; i++) {
      responses.add(SurveyResponse.to(STANDARD, Respondent.of("AZEsur" + (i + 1)))
          .putAnswer(ItemId.of("3.1.4"), PointAnswer.of(answers[i])).build());
    }
    String csv = CsvTallies.toString(SurveyTally.of(STANDARD, responses));
    assertTrue(csv.startsWith(HEADER + "\n"), csv);
    ConfidenceInterval interval = new Share(4, 7).interval().orElseThrow();
    assertTrue(csv.contains("\n3.1.4,adequate,4,0.5714," + decimal(interval.lower()) + "," + decimal(interval.upper())
        + ",7,7,0,0,wilson,0.95\n"), csv);
    assertTrue(csv.contains("\n3.1.4,adequate,4,0.5714,0.2505,0.8418,7,7,0,0,wilson,0.95\n"), "as documented");
    assertTrue(csv.contains("\n3.1.4,somewhat_adequate,0,0.0000,0.0000,"), "zeros are written");
    assertTrue(csv.contains("\n3.1.5,adequate,0,,,,0,7,7,0,wilson,0.95\n"), "no share of nobody");
    assertTrue(csv.contains("\n2.6,,,,,,0,7,7,0,wilson,0.95\n"), "a free text counts who answered");
  }

  @Test
  void anotherMethodAndLevelAreStatedInEveryRow() {
    SurveyTally tally = SurveyTally.of(STANDARD, CsvSamples.fixture());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTallies.write(tally, IntervalMethod.CLOPPER_PEARSON, 0.9, out);
    List<String[]> records = records(out.toString(StandardCharsets.UTF_8));
    records.subList(1, records.size()).forEach(r -> {
      assertEquals("clopper_pearson", r[10]);
      assertEquals("0.9", r[11]);
    });
    String[] adequate = records.stream().filter(r -> r[0].equals("3.1.4") && r[1].equals("adequate")).findFirst()
        .orElseThrow();
    ConfidenceInterval interval = new Share(1, 2).interval(IntervalMethod.CLOPPER_PEARSON, 0.9).orElseThrow();
    assertEquals(List.of("1", "0.5000", decimal(interval.lower()), decimal(interval.upper())),
        List.of(adequate[2], adequate[3], adequate[4], adequate[5]));
    assertThrows(IllegalArgumentException.class, () -> CsvTallies.toString(tally, IntervalMethod.WILSON, 1.0));
  }

  @Test
  void everyCountAndDenominatorInTheFileIsTheTallys() {
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, count) -> {
      SurveyTally tally = SurveyTally.of(STANDARD, CsvSamples.responses(seed, count, true));
      List<String[]> records = records(CsvTallies.toString(tally));
      assertEquals(HEADER, String.join(",", records.get(0)));
      int row = 1;
      for (Tally item : tally.tallies()) {
        int categories = Math.max(1, item.categories().size());
        for (int c = 0; c < categories; c++) {
          String[] r = records.get(row++);
          assertEquals(item.item().value(), r[0]);
          assertEquals(List.of(String.valueOf(item.answered()), String.valueOf(item.eligible()),
              String.valueOf(item.missing()), String.valueOf(item.invalid())), List.of(r[6], r[7], r[8], r[9]));
          if (!item.categories().isEmpty()) {
            assertEquals(item.categories().get(c), r[1]);
            assertEquals(String.valueOf(item.counts().get(c)), r[2]);
            assertEquals(item.share(r[1]).proportion().map(CsvTalliesTest::decimal).orElse(""), r[3]);
          }
        }
      }
      assertEquals(records.size(), row, "nothing else");
    });
  }

  @Test
  void groupsComeFirstWithAnEmptyCellForAMissingAttribute() {
    Disaggregation groups = Disaggregation.of(STANDARD, CsvSamples.fixture(), ProfileAttribute.COUNTRY,
        ProfileAttribute.GENDER);
    List<String[]> records = records(CsvTallies.toString(groups));
    assertEquals("country,gender," + HEADER, String.join(",", records.get(0)));
    assertEquals(List.of(",", "azerbaijan,female", "azerbaijan,male", "georgia,"), records.stream().skip(1)
        .map(r -> r[0] + "," + r[1]).distinct().toList());
  }
}
