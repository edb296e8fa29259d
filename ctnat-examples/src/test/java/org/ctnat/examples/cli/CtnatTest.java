package org.ctnat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;
import org.ctnat.io.Judgements;
import org.ctnat.io.SurveyResponses;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.IndicatorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CtnatTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Ctnat.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void instrumentCommandPrintsTheStandardInstrumentAsJson() {
    assertEquals(Ctnat.OK, run("instrument"));
    assertEquals(Instruments.ctnat2016(), Instruments.parse(out(), "stdout", DocumentFormat.JSON));
    assertTrue(out().startsWith("{"), out().substring(0, 20));
  }

  @Test
  void instrumentCommandPrintsYamlWhenAsked() {
    assertEquals(Ctnat.OK, run("instrument", "--format", "yaml"));
    assertTrue(out().startsWith("format: ctnat"), out().substring(0, 40));
    assertEquals(Instruments.ctnat2016(), Instruments.parse(out(), "stdout", DocumentFormat.YAML));
  }

  @Test
  void unknownFormatIsAUsageErrorThatNamesTheValue() {
    assertEquals(Ctnat.USAGE, run("instrument", "--format", "xml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'xml'"));
    assertEquals("", out());
  }

  @Test
  void missingFormatValueIsAUsageError() {
    assertEquals(Ctnat.USAGE, run("instrument", "--format"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--format needs a value"));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(Ctnat.USAGE, run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
  }

  @Test
  void noArgumentsPrintsUsage() {
    assertEquals(Ctnat.USAGE, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar ctnat.jar"));
  }

  @Test
  void helpListsTheInstrumentCommand() {
    assertEquals(Ctnat.OK, run("help"));
    assertTrue(out().contains("instrument [--format json|yaml]"));
  }

  // ------------------------------------------------------------------ validate, tally, convert

  private static final Instrument CTNAT = Instruments.ctnat2016();

  /** Seven respondents answering 3.1.4 as the 2016 Azerbaijani survey did: 4, 2, 1. */
  private static List<SurveyResponse> azerbaijan() {
    String[] points = {"adequate", "adequate", "adequate", "adequate", "neither_adequate_nor_inadequate",
        "neither_adequate_nor_inadequate", "inadequate"};
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      responses.add(SurveyResponse.to(CTNAT, Respondent.of("AZEsur" + (i + 1)))
          .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"))
          .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of(i == 0 ? "female" : "male"))
          .putAnswer(ItemId.of("3.1.4"), PointAnswer.of(points[i])).build());
    }
    return responses;
  }

  private static Path lines(Path dir, List<SurveyResponse> responses) {
    Path file = dir.resolve("responses.jsonl");
    SurveyResponses.writeLines(CTNAT, responses, file);
    return file;
  }

  @Test
  void validateAcceptsTheStandardInstrumentFile(@TempDir Path dir) {
    Path file = dir.resolve("ctnat.yaml");
    Instruments.write(CTNAT, file);
    assertEquals(Ctnat.OK, run("validate", file.toString()));
    assertTrue(out().contains("valid Instrument ctnat-2016"), out());
  }

  @Test
  void validatePrintsEveryViolationAndExitsOne(@TempDir Path dir) {
    List<SurveyResponse> responses = new ArrayList<>(azerbaijan());
    responses.add(SurveyResponse.to(CTNAT, Respondent.of("AZEsur8"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_marriage", "removal_of_organs",
            "slavery_or_servitude", "other_sexual_exploitation")).build());
    assertEquals(Ctnat.FAILED, run("validate", lines(dir, responses).toString()));
    assertTrue(out().contains("AZEsur8 2.2 TOO_MANY_SELECTIONS: chose 4 options, at most 3 allowed"), out());
    assertTrue(out().contains("8 records checked against ctnat-2016 2016.1, 1 violation"), out());
  }

  @Test
  void validateAndConvertJudgementsFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("judgements.json");
    IndicatorJudgement met = IndicatorJudgement.of(IndicatorId.parse("1.3-F1"), JudgementStatus.MET,
        "Indicators are in the NRM.", "A1", new SurveyEvidence(ItemId.of("3.1.5")));
    IndicatorJudgement unknown = IndicatorJudgement.of(IndicatorId.parse("9.9-F1"), JudgementStatus.UNDETERMINED,
        "", "A1");
    Judgements.write(List.of(met, unknown), file);
    assertEquals(Ctnat.FAILED, run("validate", file.toString()));
    assertTrue(out().contains("judgements judgement 9.9-F1 UNKNOWN_INDICATOR"), out());
    assertTrue(out().contains("2 records checked against ctnat-2016 2016.1, 1 violation"), out());
    out.reset();
    Path yaml = dir.resolve("judgements.yaml");
    assertEquals(Ctnat.OK, run("convert", file.toString(), "--to", "yaml", "--out", yaml.toString()));
    assertEquals(List.of(met, unknown), Judgements.read(yaml));
  }

  @Test
  void importWritesTheValidSubmissionsAndReportsTheOthers(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("kobo.csv");
    Files.writeString(export, String.join("\n",
        "start;end;respondent;s1/q1.1;s1/q1.6;s3/g3.1/q3.1.4;meta/instanceID;_id;_uuid;_submission_time",
        "2016-05-04T10:03:11;2016-05-04T10:21:40;AZEsur1;azerbaijan;female;adequate;uuid:1;1;1;2016-05-04T06:22:01",
        "2016-05-04T11:03:11;2016-05-04T11:21:40;AZEsur2;narnia;male;inadequate;uuid:2;2;2;2016-05-04T07:22:01",
        ""), StandardCharsets.UTF_8);
    Path target = dir.resolve("responses.json");
    assertEquals(Ctnat.FAILED, run("import", export.toString(), "--out", target.toString()));
    assertTrue(out().contains("1 submission kept, 1 left out"), out());
    assertTrue(out().contains("narnia"), out());
    assertTrue(out().contains(target + ": 1 response written"), out());
    List<SurveyResponse> imported = new ArrayList<>();
    SurveyResponses.readLines(target, imported::add);
    assertEquals(List.of(azerbaijan().get(0).respondent().id()), imported.stream().map(r -> r.respondent().id())
        .toList());
    assertEquals(PointAnswer.of("adequate"), imported.get(0).answers().get(ItemId.of("3.1.4")));
    out.reset();
    assertEquals(Ctnat.OK, run("validate", target.toString()));

    Path csv = dir.resolve("responses.csv");
    out.reset();
    assertEquals(Ctnat.FAILED, run("import", export.toString(), "--out", csv.toString()));
    assertTrue(Files.readString(csv).startsWith("respondent,"), Files.readString(csv));
    assertEquals(Ctnat.USAGE, run("import", export.toString(), "--out", dir.resolve("r.txt").toString()));
    assertEquals(Ctnat.USAGE, run("import", export.toString()));
  }

  @Test
  void xlsformAndXformWriteTheSurveyAsFieldForms(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("form.xlsx");
    assertEquals(Ctnat.OK, run("xlsform", "--out", xlsx.toString()));
    assertTrue(out().contains("XLSForm of ctnat-2016 2016.1 (78 items)"), out());
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
      assertEquals(List.of("survey", "choices", "settings"),
          workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
    }
    out.reset();
    assertEquals(Ctnat.OK, run("xform"));
    assertEquals(org.ctnat.io.odk.XForms.toXml(CTNAT), out());
    Path xml = dir.resolve("form.xml");
    out.reset();
    assertEquals(Ctnat.OK, run("xform", "--out", xml.toString()));
    assertEquals(org.ctnat.io.odk.XForms.toXml(CTNAT), Files.readString(xml));
    assertEquals(Ctnat.USAGE, run("xlsform"));
    assertEquals(Ctnat.USAGE, run("xlsform", "--out", dir.resolve("form.csv").toString()));
    assertEquals(Ctnat.USAGE, run("xform", "extra"));
  }

  private static org.ctnat.core.assessment.Assessment assessment(String id, JudgementStatus status) {
    return org.ctnat.core.assessment.Assessment.of(CTNAT, id).country("Azerbaijan")
        .period(org.ctnat.core.assessment.AssessmentPeriod.of(java.time.YearMonth.of(2015, 10),
            java.time.YearMonth.of(2016, 3)))
        .surveyResponses(azerbaijan())
        .addJudgement(IndicatorJudgement.of(IndicatorId.parse("1.3-F1"), status, "Indicators are in the NRM.", "A1",
            new SurveyEvidence(ItemId.of("3.1.5"))))
        .build();
  }

  @Test
  void reportAndWorksheetAreWrittenWithSmallCellsSuppressed(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("aze-2016.json");
    org.ctnat.io.Assessments.write(assessment("AZE-2016", JudgementStatus.NOT_MET), first);
    Path html = dir.resolve("report.html");
    assertEquals(Ctnat.OK, run("report", first.toString(), "--out", html.toString()));
    assertTrue(out().contains(html + ": report of AZE-2016, cells below 5 suppressed"), out());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Azerbaijan"), page.substring(0, 200));
    assertEquals(org.ctnat.io.report.Reports.html(org.ctnat.io.Assessments.read(first), CTNAT), page);

    out.reset();
    Path md = dir.resolve("report.md");
    assertEquals(Ctnat.OK, run("report", first.toString(), "--out", md.toString(), "--disclosure", "off"));
    assertTrue(out().contains("INTERNAL DRAFT"), out());
    assertEquals(org.ctnat.io.report.Reports.markdown(org.ctnat.io.Assessments.read(first), CTNAT,
        org.ctnat.io.report.ReportOptions.internalDraft()), Files.readString(md));

    out.reset();
    Path second = dir.resolve("aze-2020.json");
    org.ctnat.io.Assessments.write(assessment("AZE-2020", JudgementStatus.MET), second);
    Path comparison = dir.resolve("comparison.html");
    assertEquals(Ctnat.OK, run("report", first.toString(), second.toString(), "--out", comparison.toString(),
        "--min-cell", "3"));
    assertTrue(out().contains("comparison of [AZE-2016, AZE-2020], cells below 3 suppressed"), out());
    assertTrue(Files.readString(comparison).contains("Azerbaijan"));

    out.reset();
    Path xlsx = dir.resolve("worksheet.xlsx");
    assertEquals(Ctnat.OK, run("worksheet", first.toString(), "--out", xlsx.toString()));
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
      assertTrue(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList()
          .contains(org.ctnat.io.report.Worksheets.TALLIES));
    }

    assertEquals(Ctnat.USAGE, run("report", first.toString()));
    assertEquals(Ctnat.USAGE, run("report", first.toString(), "--out", dir.resolve("r.pdf").toString()));
    assertEquals(Ctnat.USAGE, run("report", "--out", html.toString()));
    assertEquals(Ctnat.USAGE, run("report", first.toString(), "--out", html.toString(), "--min-cell", "1"));
    assertEquals(Ctnat.USAGE, run("report", first.toString(), "--out", html.toString(), "--disclosure", "off",
        "--min-cell", "3"));
    assertEquals(Ctnat.USAGE, run("worksheet", first.toString(), "--out", dir.resolve("w.csv").toString()));
  }

  @Test
  void exampleRunsTheWorkedExampleEndToEnd(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("out");
    assertEquals(Ctnat.OK, run("example", "--out", folder.toString()));
    String printed = out();
    assertTrue(printed.contains("46 rows, 42 valid responses, 4 rows left out"), printed);
    assertTrue(printed.contains("TOO_MANY_SELECTIONS"), printed);
    assertTrue(printed.contains("VLD-2024: 42 survey respondents, 12 interviews, 2 workshop groups, 100 judgements, "
        + "0 violations"), printed);
    assertTrue(printed.contains("Top priorities in VLD-2024"), printed);
    for (String name : List.of("valdoria-2024.json", "valdoria-2024-survey.csv", "valdoria-2028.json",
        "valdoria-2024-report.html", "valdoria-2024-report.md", "valdoria-2028-report.html",
        "valdoria-comparison.html", "valdoria-comparison.md", "valdoria-2024-worksheet.xlsx",
        "ctnat-2016-xlsform.xlsx")) {
      assertTrue(Files.size(folder.resolve(name)) > 0, name);
      assertTrue(printed.contains(folder.resolve(name).toString()), name);
    }
    // the files it writes are the SDK's own: the other commands read them
    out.reset();
    assertEquals(Ctnat.OK, run("validate", folder.resolve("valdoria-2028.json").toString()));
    assertEquals(Ctnat.USAGE, run("example", "extra"));
    // converting the survey export would drop its four bad rows: refused as input, not as usage
    out.reset();
    err.reset();
    assertEquals(Ctnat.FAILED, run("convert", folder.resolve("valdoria-2024-survey.csv").toString(), "--to", "json"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("convert refuses to drop rows silently"));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("usage:"));
  }

  @Test
  void tallyPrintsFourTwoOneWithTheDenominator(@TempDir Path dir) {
    assertEquals(Ctnat.OK, run("tally", lines(dir, azerbaijan()).toString()));
    assertTrue(out().contains("3.1.4: answered 7 of 7 eligible"), out());
  }

  @Test
  void tallyByGenderSuppressesSmallCellsInJson(@TempDir Path dir) throws Exception {
    assertEquals(Ctnat.OK, run("tally", lines(dir, azerbaijan()).toString(), "--by", "gender", "--min-cell", "5",
        "--format", "json"));
    JsonNode root = JsonMapper.builder().build().readTree(out());
    assertEquals(7, root.get("responses").intValue());
    assertEquals(5, root.get("minCell").intValue());
    JsonNode item = null;
    for (JsonNode candidate : root.get("items")) {
      if (candidate.get("item").stringValue().equals("3.1.4")) {
        item = candidate;
      }
    }
    assertTrue(item != null);
    for (JsonNode group : item.get("groups")) {
      for (JsonNode count : group.get("counts")) {
        assertTrue(count.isNull() || count.intValue() == 0 || count.intValue() >= 5, item.toString());
      }
    }
    assertTrue(out().contains("null"), "the small cells are withheld");
  }

  @Test
  void tallyRefusesABadMinCellAndAnUnknownAttribute(@TempDir Path dir) {
    Path file = lines(dir, azerbaijan());
    assertEquals(Ctnat.USAGE, run("tally", file.toString(), "--min-cell", "0"));
    assertEquals(Ctnat.USAGE, run("tally", file.toString(), "--by", "shoe_size"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("shoe_size"));
  }

  @Test
  void convertRoundTripsResponsesThroughWideCsv(@TempDir Path dir) throws Exception {
    Path jsonl = lines(dir, azerbaijan());
    Path csv = dir.resolve("responses.csv");
    assertEquals(Ctnat.OK, run("convert", jsonl.toString(), "--to", "csv-wide", "--out", csv.toString()));
    assertTrue(Files.readString(csv).startsWith("respondent,"), Files.readString(csv));
    assertEquals(Ctnat.OK, run("validate", csv.toString()));
    Path back = dir.resolve("back.jsonl");
    assertEquals(Ctnat.OK, run("convert", csv.toString(), "--to", "json", "--out", back.toString()));
    List<SurveyResponse> read = new ArrayList<>();
    SurveyResponses.readLines(back, read::add);
    assertEquals(azerbaijan(), read);
  }

  @Test
  void convertWritesTheInstrumentAsYaml(@TempDir Path dir) {
    Path json = dir.resolve("ctnat.json");
    Instruments.write(CTNAT, json);
    assertEquals(Ctnat.OK, run("convert", json.toString(), "--to", "yaml"));
    assertEquals(CTNAT, Instruments.parse(out(), "stdout", DocumentFormat.YAML));
    assertEquals(Ctnat.USAGE, run("convert", json.toString(), "--to", "csv-wide"));
  }

  @Test
  void unreadableInputExitsOneWithItsLocation(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"ctnat\", \"formatVersion\": 1, \"kind\": \"instrument\"");
    assertEquals(Ctnat.FAILED, run("validate", broken.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json"), err.toString(StandardCharsets.UTF_8));
    assertEquals(Ctnat.USAGE, run("validate", dir.resolve("missing.json").toString()));
  }
}
