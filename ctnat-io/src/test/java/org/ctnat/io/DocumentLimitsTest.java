package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.response.InterviewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of single documents are documented defaults that each read can lower or raise. */
class DocumentLimitsTest {

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InterviewRecord withNote(int length) {
    InterviewRecord record = ResponseCodecSamples.interviewRecord().withoutPersonalData();
    java.util.Map<InterviewQuestionId, String> notes = new java.util.LinkedHashMap<>(record.notes());
    notes.put(InterviewQuestionId.of("2.1"), "n".repeat(length));
    return org.ctnat.core.response.ImmutableInterviewRecord.copyOf(record).withNotes(notes);
  }

  @Test
  void theDefaultsAreDocumented() {
    assertEquals(16 * 1024 * 1024, DocumentLimits.DEFAULT.maxDocumentBytes());
    assertEquals(64, DocumentLimits.DEFAULT.maxNestingDepth());
    assertEquals(1_000_000, DocumentLimits.DEFAULT.maxStringLength());
    assertEquals(DocumentLimits.DEFAULT, DocumentLimits.DEFAULT.withMaxDocumentBytes(16 * 1024 * 1024));
  }

  @Test
  void impossibleLimitsAreRefused() {
    for (Runnable bad : new Runnable[] {
        () -> DocumentLimits.DEFAULT.withMaxDocumentBytes(0),
        () -> DocumentLimits.DEFAULT.withMaxDocumentBytes(Integer.MAX_VALUE),
        () -> DocumentLimits.DEFAULT.withMaxNestingDepth(7),
        () -> DocumentLimits.DEFAULT.withMaxNestingDepth(1001),
        () -> DocumentLimits.DEFAULT.withMaxStringLength(0)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::run);
      assertTrue(e.getMessage().startsWith("document limits: "), e.getMessage());
    }
  }

  @Test
  void lowerLimitsRefuseWhatTheDefaultsAccept() {
    String document = InterviewRecords.toString(withNote(500), DocumentFormat.JSON);
    assertEquals(withNote(500),
        InterviewRecords.read(in(document), "r.json", DocumentFormat.JSON));

    CtnatReadException size = assertThrows(CtnatReadException.class, () -> InterviewRecords.read(in(document),
        "r.json", DocumentFormat.JSON, DocumentLimits.DEFAULT.withMaxDocumentBytes(200)));
    assertEquals("r.json: document is larger than the limit of 200 bytes (raise it with DocumentLimits)",
        size.getMessage());

    for (DocumentFormat format : DocumentFormat.values()) {
      String text = InterviewRecords.toString(withNote(500), format);
      CtnatReadException string = assertThrows(CtnatReadException.class, () -> InterviewRecords.read(in(text),
          "r", format, DocumentLimits.DEFAULT.withMaxStringLength(100)));
      assertTrue(string.getMessage().contains("String value length") && string.getMessage().contains("100"),
          string.getMessage());
      assertTrue(string.line().orElse(0) > 0, string.getMessage());
    }

    String deep = "{\"format\":\"ctnat\",\"formatVersion\":1,\"kind\":\"workshopResult\",\"workshopResult\":"
        + "{\"group\":\"g1\",\"priorities\":" + "[".repeat(9) + "]".repeat(9) + "}}";
    CtnatReadException depth = assertThrows(CtnatReadException.class, () -> WorkshopResults.read(in(deep), "w.json",
        DocumentFormat.JSON, DocumentLimits.DEFAULT.withMaxNestingDepth(8)));
    assertTrue(depth.getMessage().contains("nesting depth") && depth.getMessage().contains("8"), depth.getMessage());
    // the defaults let it through to the reader, which finds the nested arrays are not codes
    CtnatReadException shape = assertThrows(CtnatReadException.class, () -> WorkshopResults.read(in(deep), "w.json",
        DocumentFormat.JSON));
    assertTrue(shape.getMessage().contains("expected a string"), shape.getMessage());
  }

  @Test
  void higherLimitsAcceptWhatTheDefaultsRefuse(@TempDir Path dir) throws Exception {
    InterviewRecord record = withNote(4_500_000); // YAML's own reader stops at 3 MiB unless told otherwise
    DocumentLimits raised = DocumentLimits.DEFAULT.withMaxStringLength(5_000_000);
    for (DocumentFormat format : DocumentFormat.values()) {
      Path file = dir.resolve("record." + format.name().toLowerCase(java.util.Locale.ROOT));
      InterviewRecords.write(record, file);
      CtnatReadException refused = assertThrows(CtnatReadException.class, () -> InterviewRecords.read(file));
      assertTrue(refused.getMessage().contains("1000000"), refused.getMessage());
      assertEquals(record, InterviewRecords.read(file, raised), format.toString());
    }
  }

  @Test
  void anAssessmentLargerThanTheDefaultDocumentIsReadWithARaisedLimit(@TempDir Path dir) throws Exception {
    Assessment assessment = ResponseCodecSamples.assessment();
    Path file = dir.resolve("assessment.json");
    Assessments.write(assessment, file);
    long size = Files.size(file);
    DocumentLimits small = DocumentLimits.DEFAULT.withMaxDocumentBytes((int) size - 1);
    CtnatReadException refused = assertThrows(CtnatReadException.class, () -> Assessments.read(file, small));
    assertTrue(refused.getMessage().contains("larger than the limit of " + (size - 1) + " bytes"),
        refused.getMessage());
    assertEquals(Assessments.read(file), Assessments.read(file, small.withMaxDocumentBytes((int) size)));
    assertEquals(Assessments.read(file), Assessments.read(Files.newInputStream(file), "a.json", DocumentFormat.JSON,
        DocumentLimits.DEFAULT, SurveyResponses.Limits.DEFAULT));
  }

  @Test
  void everyKindTakesLimitsForFilesAndStreams(@TempDir Path dir) throws Exception {
    DocumentLimits tiny = DocumentLimits.DEFAULT.withMaxDocumentBytes(10);
    Path instrument = dir.resolve("i.yaml");
    Instruments.write(Instruments.ctnat2016(), instrument);
    Path response = dir.resolve("r.json");
    SurveyResponses.write(ResponseCodecSamples.surveyResponse(), response);
    Path workshop = dir.resolve("w.json");
    WorkshopResults.write(ResponseCodecSamples.workshopResult(), workshop);
    for (Runnable read : new Runnable[] {
        () -> Instruments.read(instrument, tiny),
        () -> SurveyResponses.read(response, tiny),
        () -> WorkshopResults.read(workshop, tiny),
        () -> Instruments.read(in("{}"), "s", DocumentFormat.JSON, tiny.withMaxDocumentBytes(1)),
        () -> SurveyResponses.read(in("{}"), "s", DocumentFormat.JSON, tiny.withMaxDocumentBytes(1))}) {
      CtnatReadException e = assertThrows(CtnatReadException.class, read::run);
      assertTrue(e.getMessage().contains("raise it with DocumentLimits"), e.getMessage());
    }
    assertEquals(Instruments.ctnat2016(), Instruments.read(instrument, DocumentLimits.DEFAULT));
  }
}
