package org.ctnat.io.odk;

import static org.ctnat.io.odk.XFormSamples.ADAPTED;
import static org.ctnat.io.odk.XFormSamples.CTNAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSForm export, read back with fastexcel-reader: the three sheets with the columns the
 * XLSForm specification names, one text column per language, the same fields, rules and
 * messages as the XForm, and every cell a text.
 */
class XlsFormExportTest {

  /** One sheet read back: the header and the rows as maps from column name to text. */
  private record Table(List<String> header, List<Map<String, String>> rows, List<Row> raw) {

    Map<String, String> row(String column, String value) {
      return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
          .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }

    List<String> column(String column) {
      return rows.stream().map(r -> r.getOrDefault(column, "")).toList();
    }
  }

  private static Map<String, Table> read(Instrument instrument) throws IOException {
    return read(new ByteArrayInputStream(XlsForms.toBytes(instrument)));
  }

  private static Map<String, Table> read(InputStream in) throws IOException {
    Map<String, Table> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<Row> rows = sheet.read();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < rows.get(0).getCellCount(); c++) {
          header.add(rows.get(0).getCellText(c));
        }
        List<Map<String, String>> body = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
          Map<String, String> cells = new LinkedHashMap<>();
          for (int c = 0; c < header.size(); c++) {
            cells.put(header.get(c), c < row.getCellCount() ? row.getCellText(c) : "");
          }
          body.add(cells);
        }
        sheets.put(sheet.getName(), new Table(header, body, rows));
      }
    }
    return sheets;
  }

  @Test
  void theWorkbookHasTheThreeSheetsOfAnXlsForm() throws IOException {
    Map<String, Table> sheets = read(CTNAT);
    assertEquals(List.of("survey", "choices", "settings"), List.copyOf(sheets.keySet()));
    assertEquals(List.of("type", "name", "label::English (en)", "hint::English (en)", "required",
        "required_message::English (en)", "relevant", "constraint", "constraint_message::English (en)", "appearance",
        "choice_filter"), sheets.get("survey").header());
    assertEquals(List.of("list_name", "name", "label::English (en)"), sheets.get("choices").header());
    assertEquals(List.of("form_title", "form_id", "version", "default_language"), sheets.get("settings").header());
    Map<String, String> settings = sheets.get("settings").rows().get(0);
    assertEquals("Counter-trafficking Needs Assessment Tool (CT-NAT)", settings.get("form_title"));
    assertEquals("ctnat-2016", settings.get("form_id"));
    assertEquals("2016.1", settings.get("version"));
    assertEquals("English (en)", settings.get("default_language"));
  }

  @Test
  void questionsAreRowsWithTheirRulesAndMessages() throws IOException {
    Table survey = read(CTNAT).get("survey");
    Map<String, String> respondent = survey.rows().get(0);
    assertEquals("text", respondent.get("type"));
    assertEquals("respondent", respondent.get("name"));
    assertEquals("yes", respondent.get("required"));
    assertEquals("begin_group", survey.row("name", "s1").get("type"));
    assertEquals("Introductory questions", survey.row("name", "s1").get("label::English (en)"));
    Map<String, String> q22 = survey.row("name", "q2.2");
    assertEquals("select_multiple list_q2.2", q22.get("type"));
    assertEquals("(Choose three.)", q22.get("hint::English (en)"));
    assertEquals("count-selected(.) = 3", q22.get("constraint"));
    assertEquals("Choose exactly 3 options.", q22.get("constraint_message::English (en)"));
    Map<String, String> followUp = survey.row("name", "q2.2.1");
    assertEquals("select_one list_q2.2.1", followUp.get("type"));
    assertEquals("selected(${q2.2}, name)", followUp.get("choice_filter"));
    assertEquals("count-selected(${q2.2}) > 0", followUp.get("relevant"));
    assertEquals("selected(${q2.2}, 'other_specify')", survey.row("name", "q2.2_other_specify_text").get("relevant"));
    Map<String, String> rank3 = survey.row("name", "q8.1_rank3");
    assertEquals("select_one list_q8.1", rank3.get("type"));
    assertEquals("${q8.1_rank2} != ''", rank3.get("relevant"));
    assertEquals(". != ${q8.1_rank1} and . != ${q8.1_rank2}", rank3.get("constraint"));
    assertEquals("yes", rank3.get("required"));
    assertEquals("Rank exactly 3 options, or none.", rank3.get("required_message::English (en)"));
    Map<String, String> grid = survey.row("name", "g3.1");
    assertEquals("begin_group", grid.get("type"));
    assertEquals("field-list", grid.get("appearance"));
    assertEquals("select_one scale_adequacy", survey.row("name", "q3.1.4").get("type"));
    assertEquals("select_one scale_adequacy", survey.row("name", "q4.1.9").get("type"));
    long begins = survey.column("type").stream().filter("begin_group"::equals).count();
    long ends = survey.column("type").stream().filter("end_group"::equals).count();
    assertEquals(begins, ends);
  }

  @Test
  void theSurveySheetHasTheXFormsFieldsInOrder() throws IOException {
    Table survey = read(CTNAT).get("survey");
    List<String> fields = survey.rows().stream()
        .filter(r -> !r.get("type").endsWith("_group")).map(r -> r.get("name")).toList();
    List<String> planned = OdkForm.of(CTNAT).rows().stream().filter(OdkForm.Row::isField).map(OdkForm.Row::name).toList();
    assertEquals(planned, fields);
    assertTrue(fields.contains(OdkNames.rank(ItemId.of("2.4"), 4)));
    assertTrue(fields.contains(OdkNames.specify(ItemId.of("8.1"), "Q")));
  }

  @Test
  void choiceListsHoldEveryOptionAndScalePointOnce() throws IOException {
    Table choices = read(CTNAT).get("choices");
    List<String> adequacy = choices.rows().stream().filter(r -> r.get("list_name").equals("scale_adequacy"))
        .map(r -> r.get("name")).toList();
    assertEquals(List.of("adequate", "somewhat_adequate", "adequate_for_some", "neither_adequate_nor_inadequate",
        "inadequate"), adequacy);
    List<String> priorities = choices.rows().stream().filter(r -> r.get("list_name").equals("list_q8.1"))
        .map(r -> r.get("name")).toList();
    assertEquals(17, priorities.size());
    assertEquals("Other (please specify):", choices.rows().stream()
        .filter(r -> r.get("list_name").equals("list_q8.1") && r.get("name").equals("Q")).findFirst().orElseThrow()
        .get("label::English (en)"));
    long distinct = choices.rows().stream().map(r -> r.get("list_name") + "/" + r.get("name")).distinct().count();
    assertEquals(choices.rows().size(), distinct, "no list holds a choice twice");
  }

  @Test
  void anAdaptedInstrumentHasAColumnPerLanguage() throws IOException {
    Map<String, Table> sheets = read(ADAPTED);
    Table survey = sheets.get("survey");
    assertTrue(survey.header().containsAll(List.of("label::English (en)", "label::Russian (ru)", "hint::Russian (ru)",
        "constraint_message::Russian (ru)", "required_message::Russian (ru)")), survey.header()::toString);
    Map<String, String> q16 = survey.row("name", "q1.6");
    assertEquals("What is your gender?", q16.get("label::English (en)"));
    assertEquals("[ru] What is your gender?", q16.get("label::Russian (ru)"));
    assertEquals("\"[ru] None of these\" cannot be combined with another option.",
        survey.row("name", "q2.1").get("constraint_message::Russian (ru)"));
    assertTrue(survey.column("name").stream().noneMatch("q2.6"::equals), "2.6 was dropped");
    assertTrue(survey.column("name").stream().noneMatch("g3.2"::equals), "3.2 was dropped");
    Table choices = sheets.get("choices");
    assertEquals(List.of("list_name", "name", "label::English (en)", "label::Russian (ru)"), choices.header());
    assertEquals("[ru] Female", choices.row("label::English (en)", "Female").get("label::Russian (ru)"));
    Map<String, String> settings = sheets.get("settings").rows().get(0);
    assertEquals("ctnat-2016-ru", settings.get("form_id"));
    assertEquals("2016.1-ru.1", settings.get("version"));
  }

  @Test
  void cellsAreTextsNeverFormulas() throws IOException {
    Instrument formula = CTNAT.derive().id("ctnat-f")
        .renameQuestion(ItemId.of("2.6"), LocalizedText.of("=HYPERLINK(\"http://example.org\",\"why?\")")).build();
    Map<String, Table> sheets = read(formula);
    Table survey = sheets.get("survey");
    int index = survey.column("name").indexOf("q2.6");
    Cell label = survey.raw().get(index + 1).getCell(survey.header().indexOf("label::English (en)"));
    assertEquals(CellType.STRING, label.getType());
    assertEquals("=HYPERLINK(\"http://example.org\",\"why?\")", label.getText());
    Cell version = sheets.get("settings").raw().get(1).getCell(2);
    assertEquals(CellType.STRING, version.getType(), "2016.1 stays a text, not a number");
  }

  @Test
  void streamsFilesAndBytesGetTheSameWorkbook(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsForms.write(CTNAT, out);
    Path file = dir.resolve("ctnat-2016.xlsx");
    XlsForms.write(CTNAT, file);
    Map<String, Table> fromStream = read(new ByteArrayInputStream(out.toByteArray()));
    Map<String, Table> fromFile;
    try (InputStream in = Files.newInputStream(file)) {
      fromFile = read(in);
    }
    for (String sheet : List.of("survey", "choices", "settings")) {
      assertEquals(fromStream.get(sheet).rows(), fromFile.get(sheet).rows());
      assertEquals(read(CTNAT).get(sheet).rows(), fromFile.get(sheet).rows());
    }
    assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(out.toByteArray(), 2));
  }
}
