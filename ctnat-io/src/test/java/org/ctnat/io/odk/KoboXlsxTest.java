package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.CtnatReadException;
import org.ctnat.io.odk.SubmissionSamples.Style;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KoboToolbox XLSX exports: the first sheet, numbers for 0/1 columns, and what a hostile
 * workbook may hold — formulas, booleans, zip bombs, a truncated archive.
 */
class KoboXlsxTest {

  private static final List<SurveyResponse> RESPONSES = List.of(KoboCsvTest.fullResponse("AZEsur1"),
      SurveyResponse.to(STANDARD, Respondent.of("AZEsur2")).build());

  private static SubmissionReadResult read(byte[] xlsx) {
    return Submissions.readXlsx(STANDARD, new ByteArrayInputStream(xlsx), "kobo.xlsx");
  }

  @Test
  void anXlsxExportWithNumbersInTheZeroOneColumnsReadsBackEqual() {
    SubmissionReadResult read = read(SubmissionSamples.xlsx(SubmissionSamples.export(RESPONSES,
        Style.KOBO_DEFAULT), true));
    assertEquals(RESPONSES, read.responses(), read.report()::toString);
    assertEquals(SubmissionLayout.Format.XLSX, read.report().layout().format());
    assertEquals(Optional.empty(), read.report().layout().delimiter());
    assertEquals(SubmissionPlatform.KOBOTOOLBOX, read.report().layout().platform());
  }

  @Test
  void aFileIsReadAsXlsxOrCsvByItsContent(@TempDir Path dir) throws IOException {
    List<List<String>> table = SubmissionSamples.export(RESPONSES, Style.KOBO_DEFAULT);
    Path xlsx = Files.write(dir.resolve("export.csv"), SubmissionSamples.xlsx(table, false));
    Path csv = Files.writeString(dir.resolve("export.xlsx"), SubmissionSamples.csv(table, ';'));
    assertEquals(RESPONSES, Submissions.read(STANDARD, xlsx).responses());
    assertEquals(RESPONSES, Submissions.read(STANDARD, csv).responses());
  }

  @Test
  void aFormulaOrABooleanIsAnErrorAndIsNeverEvaluated() throws IOException {
    List<List<String>> table = SubmissionSamples.export(RESPONSES, Style.KOBO_DEFAULT);
    int q11 = table.get(0).indexOf("s1/q1.1");
    int flag = table.get(0).indexOf("s2/q2.2/forced_marriage");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("CT-NAT");
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < table.get(r).size(); c++) {
        if (!table.get(r).get(c).isEmpty()) {
          sheet.value(r, c, table.get(r).get(c));
        }
      }
    }
    sheet.formula(1, q11, "CONCATENATE(\"azer\",\"baijan\")");
    sheet.value(1, flag, Boolean.TRUE);
    workbook.finish();
    SubmissionReadResult read = read(out.toByteArray());
    assertEquals(List.of(RESPONSES.get(1)), read.responses());
    List<SubmissionProblem> problems = read.report().problemsInRow(2);
    assertTrue(problems.stream().anyMatch(p -> p.header().equals("s1/q1.1") && p.detail().contains("a formula")),
        read.report()::toString);
    assertTrue(problems.stream().anyMatch(p -> p.header().equals("s2/q2.2/forced_marriage")
        && p.detail().contains("boolean")), read.report()::toString);
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
    }
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(out.toByteArray()));
    assertTrue(e.problem().contains("zip bomb"), e::getMessage);
  }

  /**
   * A workbook whose part {@code name} inflates to {@code mebibytes} MiB — compressing about 150
   * times, more than any real export and less than {@link Submissions#MAX_XLSX_RATIO}, so that only
   * the limit of the part refuses it — and whose content types declare {@code sharedStrings} the
   * shared strings. Small: a few hundred kilobytes per 64 MiB.
   */
  private static byte[] inflatingPart(String name, int mebibytes, String sharedStrings) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 8 * 1024; i++) {
      chunk[i] = (byte) ('a' + random.nextInt(26)); // 8 KiB that compress little, 1016 KiB that compress 1000x
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"><Override PartName=\"/" + sharedStrings + "\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(name));
      for (int i = 0; i < mebibytes; i++) {
        zip.write(chunk);
      }
    }
    return out.toByteArray();
  }

  @Test
  void sharedStringsOverTheirLimitAreRefusedBeforeTheyAreRead() throws IOException {
    int over = (int) (Submissions.MAX_XLSX_PART_BYTES >> 20) + 1;
    byte[] xlsx = inflatingPart("xl/sharedStrings.xml", over, "xl/sharedStrings.xml");
    assertTrue(xlsx.length < 1 << 20, "the test workbook stays small: " + xlsx.length);
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(xlsx));
    assertTrue(e.problem().startsWith("the shared strings 'xl/sharedStrings.xml' unzip to more than 64 MiB"),
        e::getMessage);
    assertTrue(e.problem().contains("held in memory"), e::getMessage);
  }

  @Test
  void sharedStringsUnderAnotherNameAreFoundByTheirContentType() throws IOException {
    int over = (int) (Submissions.MAX_XLSX_PART_BYTES >> 20) + 1;
    byte[] hidden = inflatingPart("xl/worksheets/strings.xml", over, "xl/worksheets/strings.xml");
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(hidden));
    assertTrue(e.problem().startsWith("the shared strings 'xl/worksheets/strings.xml' unzip to more than 64 MiB"),
        e::getMessage);
    byte[] styles = inflatingPart("xl/styles.xml", over, "xl/sharedStrings.xml");
    CtnatReadException part = assertThrows(CtnatReadException.class, () -> read(styles));
    assertTrue(part.problem().startsWith("part 'xl/styles.xml' unzips to more than 64 MiB"), part::getMessage);
  }

  @Test
  void aWorksheetMayBeLargerThanTheSharedStringsButNotWithoutLimit() throws IOException {
    int over = (int) (Submissions.MAX_XLSX_PART_BYTES >> 20) + 1;
    CtnatReadException notOverItsLimit = assertThrows(CtnatReadException.class,
        () -> read(inflatingPart("xl/worksheets/sheet1.xml", over, "xl/sharedStrings.xml")));
    assertTrue(!notOverItsLimit.problem().contains("MiB"), notOverItsLimit::getMessage);
    byte[] sheet = inflatingPart("xl/worksheets/sheet1.xml", (int) (Submissions.MAX_XLSX_SHEET_BYTES >> 20) + 1,
        "xl/sharedStrings.xml");
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(sheet));
    assertTrue(e.problem().startsWith("worksheet 'xl/worksheets/sheet1.xml' unzips to more than 256 MiB"),
        e::getMessage);
  }

  @Test
  void aTruncatedWorkbookOrAnotherFileIsACtnatReadException() {
    byte[] xlsx = SubmissionSamples.xlsx(SubmissionSamples.export(RESPONSES, Style.KOBO_DEFAULT), true);
    CtnatReadException truncated = assertThrows(CtnatReadException.class,
        () -> read(Arrays.copyOf(xlsx, xlsx.length / 2)));
    assertTrue(truncated.problem().contains("expected"), truncated::getMessage);
    CtnatReadException csv = assertThrows(CtnatReadException.class,
        () -> read("respondent;s1/q1.1\nAZEsur1;georgia\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(csv.problem().contains("not an XLSX workbook"), csv::getMessage);
    CtnatReadException xls = assertThrows(CtnatReadException.class, () -> read(new byte[] {(byte) 0xD0, (byte) 0xCF,
        0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
    assertTrue(xls.problem().contains(".xls"), xls::getMessage);
  }

  @Test
  void aSheetWithoutAnyFieldOfTheFormIsACtnatReadException() {
    List<List<String>> labels = new ArrayList<>();
    labels.add(List.of("In which country do you primarily work?", "_uuid"));
    labels.add(List.of("Georgia", "2f0c6c6e-0000-4000-8000-000000000001"));
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(SubmissionSamples.xlsx(labels,
        false)));
    assertTrue(e.problem().contains("XML values and headers"), e::getMessage);
  }
}
