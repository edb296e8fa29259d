package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Files written by format version 1 are read forever: each golden file under {@code golden/v1/}
 * reads as the value it was written from, and writing that value again gives the file byte for
 * byte. A golden file is never edited to make this test pass — a change that breaks one is a new
 * format version ({@code docs/formats.md}, "Compatibility").
 */
class GoldenFilesTest {

  private static final WriteOptions PERSONAL = WriteOptions.includingPersonalData();
  private static final WriteOptions SHARED = WriteOptions.DEFAULT;

  static String golden(String name) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("golden/v1/" + name)) {
      assertNotNull(in, "golden file " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden files of documents, by name, for the schema test as well. */
  static final List<String> DOCUMENTS = List.of("survey-response.json", "survey-response.yaml",
      "survey-response-personal.json", "survey-response-invalid.yaml", "interview-record.json",
      "interview-record-personal.yaml", "workshop-result.json", "workshop-result.yaml", "assessment.json",
      "assessment-personal.yaml", "instrument.json", "judgements.json", "judgements.yaml");

  private static <T> void check(String name, T expected, BiFunction<String, DocumentFormat, T> read,
      BiFunction<T, DocumentFormat, String> write) {
    DocumentFormat format = DocumentFormat.ofFileName(name);
    String text = golden(name);
    T value = read.apply(text, format);
    assertEquals(expected, value, name + " reads as the value it was written from");
    assertEquals(text, write.apply(value, format), name + " is written back byte for byte");
  }

  @Test
  void surveyResponses() {
    SurveyResponse sample = ResponseCodecSamples.surveyResponse();
    for (String name : List.of("survey-response.json", "survey-response.yaml")) {
      check(name, SurveyResponsesTest.withoutPersonalData(sample), (t, f) -> SurveyResponses.parse(t, name, f),
          (x, f) -> SurveyResponses.toString(x, f, SHARED));
    }
    check("survey-response-personal.json", sample, (t, f) -> SurveyResponses.parse(t, "personal", f),
        (x, f) -> SurveyResponses.toString(x, f, PERSONAL));
    check("survey-response-invalid.yaml", ResponseCodecSamples.invalidSurveyResponse(),
        (t, f) -> SurveyResponses.parse(t, "invalid", f), SurveyResponses::toString);
  }

  @Test
  void interviewRecords() {
    check("interview-record.json", ResponseCodecSamples.interviewRecord().withoutPersonalData(),
        (t, f) -> InterviewRecords.parse(t, "record", f), InterviewRecords::toString);
    check("interview-record-personal.yaml", ResponseCodecSamples.interviewRecord(),
        (t, f) -> InterviewRecords.parse(t, "record", f), (x, f) -> InterviewRecords.toString(x, f, PERSONAL));
  }

  @Test
  void workshopResults() {
    for (String name : List.of("workshop-result.json", "workshop-result.yaml")) {
      check(name, ResponseCodecSamples.workshopResult(), (t, f) -> WorkshopResults.parse(t, name, f),
          WorkshopResults::toString);
    }
  }

  @Test
  void assessments() {
    check("assessment.json", ResponseCodecSamples.assessment().withoutPersonalData(),
        (t, f) -> Assessments.parse(t, "assessment", f), Assessments::toString);
    check("assessment-personal.yaml", ResponseCodecSamples.assessment(),
        (t, f) -> Assessments.parse(t, "assessment", f), (x, f) -> Assessments.toString(x, f, PERSONAL));
  }

  @Test
  void judgements() {
    for (String name : List.of("judgements.json", "judgements.yaml")) {
      check(name, ResponseCodecSamples.assessment().judgements(), (t, f) -> Judgements.parse(t, name, f),
          Judgements::toString);
    }
  }

  @Test
  void instruments() {
    check("instrument.json", Instruments.ctnat2016(), (t, f) -> Instruments.parse(t, "instrument", f),
        Instruments::toString);
  }

  @Test
  void surveyResponseLines() {
    String text = golden("survey-responses.jsonl");
    List<SurveyResponse> read = new ArrayList<>();
    SurveyResponses.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "golden", read::add);
    assertEquals(List.of(SurveyResponsesTest.withoutPersonalData(ResponseCodecSamples.surveyResponse()),
        ResponseCodecSamples.invalidSurveyResponse()), read);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SurveyResponses.writeLines(ResponseCodecSamples.CTNAT, read, out);
    assertEquals(text, out.toString(StandardCharsets.UTF_8));
  }

  /** Every golden file is listed here, so that this test and the schema test see them all. */
  @Test
  void everyGoldenFileIsChecked() throws Exception {
    Path folder = Path.of(GoldenFilesTest.class.getResource("golden/v1/").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      Set<String> listed = new HashSet<>(DOCUMENTS);
      listed.add("survey-responses.jsonl");
      assertEquals(listed, names);
    }
  }
}
