package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.ctnat.core.assessment.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Whole assessments in one document: shape, round trips, privacy, limits and located errors. */
class AssessmentsTest {

  private static final Assessment SAMPLE = ResponseCodecSamples.assessment();
  private static final String JSON = Assessments.toString(SAMPLE, DocumentFormat.JSON);

  private static CtnatReadException jsonFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> Assessments.parse(document, "broken.json", DocumentFormat.JSON));
  }

  private static JsonNode tree(String json) {
    return Documents.mapper(DocumentFormat.JSON).readTree(json);
  }

  @Test
  void evidenceNamesItsKind() {
    JsonNode judgements = tree(JSON).get("assessment").get("judgements");
    assertEquals(tree("[{\"document\": \"Aze 16\", \"pages\": \"3\"}, {\"survey\": \"3.1.5\"},"
        + " {\"interview\": \"3.3\", \"record\": \"AZEint3\"}]"), judgements.get(0).get("evidence"));
    assertEquals(tree("[{\"document\": \"Aze 30\", \"pages\": \"32\u201333\"}, {\"interview\": \"4.2\"}]"),
        judgements.get(1).get("evidence"));
    assertEquals("not_met", judgements.get(1).get("status").stringValue());
    assertEquals("", judgements.get(2).get("rationale").stringValue());
    assertEquals(tree("{\"start\": \"2015-10\", \"end\": \"2016-03\"}"), tree(JSON).get("assessment").get("period"));
  }

  @Test
  void embeddedRecordsLeaveOutTheAssessmentsInstrument() {
    JsonNode payload = tree(JSON).get("assessment");
    assertEquals(tree("{\"id\": \"ctnat-2016\", \"version\": \"2016.1\"}"), payload.get("instrument"));
    assertFalse(payload.get("surveyResponses").get(0).has("instrument"));
    assertFalse(payload.get("interviews").get(0).has("instrument"));
  }

  @Test
  void personalDataIsLeftOutUnlessAskedFor() {
    assertFalse(JSON.contains("Leyla") || JSON.contains("Rashad") || JSON.contains("personalData"), JSON);
    assertEquals(SAMPLE.withoutPersonalData(), Assessments.parse(JSON, "shared.json", DocumentFormat.JSON));
    String archive = Assessments.toString(SAMPLE, DocumentFormat.YAML, WriteOptions.includingPersonalData());
    assertTrue(archive.contains("Leyla") && archive.contains("Rashad"));
    assertEquals(SAMPLE, Assessments.parse(archive, "archive.yaml", DocumentFormat.YAML));
  }

  @Test
  void randomAssessmentsRoundTrip() {
    qt().withExamples(150).forAll(longs().all()).checkAssert(AssessmentsTest::roundTrips);
  }

  /**
   * The assessment of a seed, written in both formats (with and without personal data), reads
   * back equal and writes again the same.
   */
  static void roundTrips(long seed) {
    Assessment assessment = ResponseCodecSamples.assessment(new Random(seed));
    for (DocumentFormat format : DocumentFormat.values()) {
      String all = Assessments.toString(assessment, format, WriteOptions.includingPersonalData());
      Assessment read = Assessments.parse(all, "seed " + seed, format);
      assertEquals(assessment, read, format + " seed " + seed);
      assertEquals(all, Assessments.toString(read, format, WriteOptions.includingPersonalData()));
      assertEquals(assessment.withoutPersonalData(),
          Assessments.parse(Assessments.toString(assessment, format), "seed " + seed, format));
    }
  }

  @Test
  void files(@TempDir Path dir) {
    Path file = dir.resolve("AZE-2016.yaml");
    Assessments.write(SAMPLE, file, WriteOptions.includingPersonalData());
    assertEquals(SAMPLE, Assessments.read(file));
    Assessments.write(SAMPLE, file);
    assertEquals(SAMPLE.withoutPersonalData(), Assessments.read(file));
  }

  @Test
  void theNumberOfResponsesIsLimited() {
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> Assessments.read(
        new ByteArrayInputStream(bytes), "big.json", DocumentFormat.JSON,
        SurveyResponses.Limits.DEFAULT.withMaxResponses(1)));
    assertEquals("/assessment/surveyResponses", e.pointer());
    assertTrue(e.problem().contains("at most 1 survey responses, but this one holds 2"), e.problem());
    assertEquals(SAMPLE.withoutPersonalData(), Assessments.read(new ByteArrayInputStream(bytes), "big.json",
        DocumentFormat.JSON, SurveyResponses.Limits.DEFAULT.withMaxResponses(2)));
  }

  @Test
  void aSecondJudgementOfAnIndicatorIsRefused() {
    CtnatReadException e = jsonFails(JSON.replace("\"indicator\" : \"2.2-O1\"", "\"indicator\" : \"1.3-F1\""));
    assertEquals("/assessment", e.pointer());
    assertTrue(e.problem().contains("at most one judgement per indicator"), e.problem());
  }

  @Test
  void aMetJudgementNeedsARationale() {
    CtnatReadException e = jsonFails(JSON.replace("\"Identification indicators are set out in the NRM.\"", "\" \""));
    assertEquals("/assessment/judgements/0", e.pointer());
    assertTrue(e.problem().contains("must give a rationale"), e.problem());
  }

  @Test
  void evidenceHasExactlyOneKind() {
    CtnatReadException two = jsonFails(JSON.replace("\"survey\" : \"3.1.5\"", "\"survey\" : \"3.1.5\", \"interview\" : \"3.3\""));
    assertEquals("/assessment/judgements/0/evidence/1", two.pointer());
    assertTrue(two.problem().contains("but this one has 2 kinds"), two.problem());
    CtnatReadException stray = jsonFails(JSON.replace("\"survey\" : \"3.1.5\"", "\"survey\" : \"3.1.5\", \"pages\" : \"3\""));
    assertEquals("/assessment/judgements/0/evidence/1/pages", stray.pointer());
    CtnatReadException status = jsonFails(JSON.replace("\"not_met\"", "\"NOT_MET\""));
    assertEquals("/assessment/judgements/1/status", status.pointer());
    assertTrue(status.problem().contains("status must be one of met, not_met, undetermined"), status.problem());
  }

  @Test
  void periodsAreMonthsInOrder() {
    CtnatReadException month = jsonFails(JSON.replace("\"2015-10\"", "\"October 2015\""));
    assertEquals("/assessment/period/start", month.pointer());
    assertTrue(month.problem().contains("expected a month written yyyy-mm"), month.problem());
    CtnatReadException order = jsonFails(JSON.replace("\"2015-10\"", "\"2017-01\""));
    assertEquals("/assessment/period", order.pointer());
    assertTrue(order.problem().contains("must not end before it starts"), order.problem());
  }

  @Test
  void embeddedResponsesAreReadWithTheirLocation() {
    CtnatReadException e = jsonFails(JSON.replace("\"point\" : \"adequate\"", "\"points\" : \"adequate\""));
    assertEquals("/assessment/surveyResponses/0/answers/3.1.4/points", e.pointer());
    assertTrue(e.line().isPresent());
  }

  @Test
  void sourcesKeepTheirRules() {
    CtnatReadException year = jsonFails(JSON.replace("\"year\" : 2014", "\"year\" : 14"));
    assertEquals("/assessment/sources/0", year.pointer());
    assertTrue(year.problem().contains("year must be between 1000 and 9999, but was 14"), year.problem());
    CtnatReadException id = jsonFails(JSON.replace("\"id\" : \"Aze 30\"", "\"id\" : \"Aze 16\""));
    assertTrue(id.problem().contains("source ids must be unique"), id.problem());
  }
}
