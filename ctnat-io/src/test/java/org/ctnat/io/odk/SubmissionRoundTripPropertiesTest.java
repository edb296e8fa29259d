package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.odk.SubmissionSamples.Style;
import org.junit.jupiter.api.Test;

/**
 * Any valid responses, written as KoboToolbox or ODK Central would export them — every
 * separator, with and without group paths, multiple choices as lists, 0/1 columns or both, CSV
 * and XLSX — read back equal, with a clean report.
 */
class SubmissionRoundTripPropertiesTest {

  private static final List<Style> STYLES = List.of(
      Style.KOBO_DEFAULT,
      new Style(false, false, true, false, true),
      new Style(false, true, false, true, true),
      new Style(false, false, false, true, true),
      Style.CENTRAL_SPLIT,
      Style.CENTRAL_PLAIN,
      new Style(true, false, true, true, false),
      new Style(true, true, true, false, true));

  private static void check(List<SurveyResponse> responses, SubmissionReadResult read, String what) {
    assertTrue(read.report().isClean(), () -> what + ": " + read.report());
    assertTrue(read.report().warnings().isEmpty(), () -> what + ": " + read.report());
    assertEquals(responses, read.responses(), what);
    assertEquals(responses.size(), read.report().submissionsKept(), what);
  }

  @Test
  void validResponsesComeBackEqualFromEveryCsvLayout() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, STYLES.size() - 1), integers().between(0, 2))
        .checkAssert((seed, s, d) -> {
          Style style = STYLES.get(s);
          char delimiter = ";,\t".charAt(d);
          List<SurveyResponse> responses = SubmissionSamples.responses(seed, 1 + (int) Math.floorMod(seed, 5),
              !style.respondentColumn());
          String csv = SubmissionSamples.csv(SubmissionSamples.export(responses, style), delimiter);
          check(responses, Submissions.parseCsv(STANDARD, csv, "export.csv"), style + " '" + delimiter + "'");
        });
  }

  @Test
  void validResponsesComeBackEqualFromXlsx() {
    qt().withExamples(40).forAll(longs().all(), integers().between(0, STYLES.size() - 1))
        .checkAssert((seed, s) -> {
          Style style = STYLES.get(s);
          List<SurveyResponse> responses = SubmissionSamples.responses(seed, 1 + (int) Math.floorMod(seed, 4),
              !style.respondentColumn());
          byte[] xlsx = SubmissionSamples.xlsx(SubmissionSamples.export(responses, style), seed % 2 == 0);
          check(responses, Submissions.readXlsx(STANDARD, new ByteArrayInputStream(xlsx), "export.xlsx"),
              style + " xlsx");
        });
  }
}
