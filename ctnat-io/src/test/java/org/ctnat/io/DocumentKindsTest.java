package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's kind comes from its envelope, or from its extension for CSV and JSON lines. */
class DocumentKindsTest {

  @Test
  void everyKindIsRecognised(@TempDir Path dir) throws Exception {
    Path instrument = dir.resolve("i.yaml");
    Instruments.write(Instruments.ctnat2016(), instrument);
    Path response = dir.resolve("r.json");
    SurveyResponses.write(ResponseCodecSamples.surveyResponse(), response);
    Path interview = dir.resolve("i.yml");
    InterviewRecords.write(ResponseCodecSamples.interviewRecord(), interview);
    Path workshop = dir.resolve("w.json");
    WorkshopResults.write(ResponseCodecSamples.workshopResult(), workshop);
    Path assessment = dir.resolve("a.yaml");
    Assessments.write(ResponseCodecSamples.assessment(), assessment);
    Path lines = dir.resolve("r.jsonl");
    SurveyResponses.writeLines(ResponseCodecSamples.CTNAT, List.of(ResponseCodecSamples.surveyResponse()), lines);
    Path csv = dir.resolve("r.csv");
    Files.writeString(csv, "anything");
    assertEquals(DocumentKinds.INSTRUMENT, DocumentKinds.of(instrument));
    assertEquals(DocumentKinds.SURVEY_RESPONSE, DocumentKinds.of(response));
    assertEquals(DocumentKinds.INTERVIEW_RECORD, DocumentKinds.of(interview));
    assertEquals(DocumentKinds.WORKSHOP_RESULT, DocumentKinds.of(workshop));
    assertEquals(DocumentKinds.ASSESSMENT, DocumentKinds.of(assessment));
    assertEquals(DocumentKinds.SURVEY_RESPONSES, DocumentKinds.of(lines));
    assertEquals(DocumentKinds.CSV_RESPONSES, DocumentKinds.of(csv));
  }

  @Test
  void jsonLinesUnderAJsonNameAreRecognisedAndRead(@TempDir Path dir) {
    Path file = dir.resolve("responses.json");
    SurveyResponses.writeLines(ResponseCodecSamples.CTNAT, List.of(ResponseCodecSamples.surveyResponse(),
        ResponseCodecSamples.invalidSurveyResponse()), file);
    assertEquals(DocumentKinds.SURVEY_RESPONSES, DocumentKinds.of(file));
    assertEquals(2, SurveyResponses.readLines(file, r -> { }));
  }

  @Test
  void aFileThatIsNoCtnatDocumentIsReportedWithItsLocation(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"name\": \"not ours\"}", StandardCharsets.UTF_8);
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> DocumentKinds.of(other));
    assertTrue(e.getMessage().contains("not a CT-NAT document"), e.getMessage());
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "format: ctnat\nkind: [\n", StandardCharsets.UTF_8);
    CtnatReadException b = assertThrows(CtnatReadException.class, () -> DocumentKinds.of(broken));
    assertTrue(b.line().isPresent(), b.getMessage());
    Path header = dir.resolve("h.jsonl");
    Files.writeString(header, "[1,2]\n", StandardCharsets.UTF_8);
    CtnatReadException h = assertThrows(CtnatReadException.class, () -> DocumentKinds.of(header));
    assertTrue(h.getMessage().startsWith(header + ":1"), h.getMessage());
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(DocumentLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1L); // sparse: no disk used
    }
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> DocumentKinds.of(huge));
    assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
  }
}
