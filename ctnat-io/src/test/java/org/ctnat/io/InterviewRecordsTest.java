package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;
import org.ctnat.core.response.InterviewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Interview-record documents: shape, round trips, privacy and located errors. */
class InterviewRecordsTest {

  private static final InterviewRecord SAMPLE = ResponseCodecSamples.interviewRecord();
  private static final String JSON = InterviewRecords.toString(SAMPLE, DocumentFormat.JSON);
  private static final String YAML = InterviewRecords.toString(SAMPLE, DocumentFormat.YAML);

  private static CtnatReadException jsonFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> InterviewRecords.parse(document, "broken.json", DocumentFormat.JSON));
  }

  @Test
  void aRecordHoldsMetadataParticipantsSectionsNotesAndThemes() {
    JsonNode payload = Documents.mapper(DocumentFormat.JSON).readTree(JSON).get("interviewRecord");
    assertEquals("AZEint3", payload.get("id").stringValue());
    assertEquals("State Migration Service", payload.get("metadata").get("respondent_organization").stringValue());
    assertEquals(Documents.mapper(DocumentFormat.JSON).readTree("{\"female\": 1, \"male\": 2, \"unspecified\": 0}"),
        payload.get("participants"));
    assertEquals("[\"1\",\"2\",\"3\",\"4\",\"8\"]", payload.get("sectionsCovered").toString());
    assertEquals("[\"no_screening_tools\",\"informal_identification\"]", payload.get("themes").get("3.3").toString());
    assertTrue(payload.get("notes").get("4.2").stringValue().startsWith("Shelter places"));
  }

  @Test
  void personalDataIsLeftOutUnlessAskedFor() {
    assertFalse(JSON.contains("Rashad") || JSON.contains("respondent_name") || JSON.contains("personalData"), JSON);
    assertFalse(YAML.contains("Rashad"), YAML);
    assertEquals(SAMPLE.withoutPersonalData(), InterviewRecords.parse(YAML, "record.yaml", DocumentFormat.YAML));
    String archive = InterviewRecords.toString(SAMPLE, DocumentFormat.YAML, WriteOptions.includingPersonalData());
    assertTrue(archive.contains("  personalData:\n    respondent_name: Rashad Aliyev\n"), archive);
    assertEquals(SAMPLE, InterviewRecords.parse(archive, "archive.yaml", DocumentFormat.YAML));
  }

  @Test
  void randomRecordsRoundTrip() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      InterviewRecord record = ResponseCodecSamples.interviewRecord(new Random(seed));
      for (DocumentFormat format : DocumentFormat.values()) {
        String all = InterviewRecords.toString(record, format, WriteOptions.includingPersonalData());
        InterviewRecord read = InterviewRecords.parse(all, "seed " + seed, format);
        assertEquals(record, read, format + " seed " + seed);
        assertEquals(all, InterviewRecords.toString(read, format, WriteOptions.includingPersonalData()));
        assertEquals(record.withoutPersonalData(),
            InterviewRecords.parse(InterviewRecords.toString(record, format), "seed " + seed, format));
      }
    });
  }

  @Test
  void filesAndStreams(@TempDir Path dir) {
    Path file = dir.resolve("AZEint3.yaml");
    InterviewRecords.write(SAMPLE, file, WriteOptions.includingPersonalData());
    assertEquals(SAMPLE, InterviewRecords.read(file));
    InterviewRecords.write(SAMPLE, file);
    assertEquals(SAMPLE.withoutPersonalData(), InterviewRecords.read(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InterviewRecords.write(SAMPLE, out, DocumentFormat.JSON, WriteOptions.includingPersonalData());
    assertEquals(SAMPLE, InterviewRecords.read(new ByteArrayInputStream(out.toByteArray()), "bytes",
        DocumentFormat.JSON));
  }

  @Test
  void unspecifiedParticipantsMayBeLeftOut() {
    String document = JSON.replace(",\n      \"unspecified\" : 0", "");
    assertFalse(document.contains("unspecified"), document);
    assertEquals(SAMPLE.withoutPersonalData(), InterviewRecords.parse(document, "short", DocumentFormat.JSON));
  }

  @Test
  void negativeCountsAreRefusedAtTheParticipants() {
    CtnatReadException e = jsonFails(JSON.replace("\"male\" : 2", "\"male\" : -2"));
    assertEquals("/interviewRecord/participants", e.pointer());
    assertTrue(e.problem().contains("counts must not be negative"), e.problem());
  }

  @Test
  void themesAreListsOfCodes() {
    CtnatReadException e = jsonFails(JSON.replace("[ \"no_shelter_for_men\" ]", "\"no_shelter_for_men\""));
    assertEquals("/interviewRecord/themes/4.2", e.pointer());
    assertTrue(e.problem().contains("expected a list"), e.problem());
  }

  @Test
  void unknownMembersAndMissingParticipantsAreRefused() {
    CtnatReadException unknown = jsonFails(JSON.replace("\"notes\" :", "\"transcript\" : \"...\", \"notes\" :"));
    assertEquals("/interviewRecord/transcript", unknown.pointer());
    CtnatReadException missing = jsonFails(JSON.replaceFirst("\"participants\" : \\{[^}]*},", ""));
    assertTrue(missing.problem().contains("missing required member 'participants'"), missing.problem());
    CtnatReadException question = jsonFails(JSON.replace("\"3.3\" : \"Indicators", "\"3 3\" : \"Indicators"));
    assertEquals("/interviewRecord/notes/3 3", question.pointer());
  }
}
