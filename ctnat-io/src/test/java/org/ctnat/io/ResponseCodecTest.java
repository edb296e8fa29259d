package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Hostile and damaged input to the readers of responses, interview records, workshop results,
 * assessments and JSON lines: only {@link CtnatReadException} escapes, and it always says where.
 */
class ResponseCodecTest {

  private static final String RESPONSE_JSON =
      SurveyResponses.toString(ResponseCodecSamples.surveyResponse(), DocumentFormat.JSON);

  private static CtnatReadException responseFails(String document, DocumentFormat format) {
    return assertThrows(CtnatReadException.class, () -> SurveyResponses.parse(document, "hostile", format));
  }

  @Test
  void truncatedDocumentsAreRefusedWithTheirLine() {
    for (int cut : List.of(1, 40, RESPONSE_JSON.length() / 2, RESPONSE_JSON.length() - 3)) {
      CtnatReadException e = responseFails(RESPONSE_JSON.substring(0, cut), DocumentFormat.JSON);
      assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
      assertTrue(e.line().isPresent(), e.getMessage());
    }
  }

  @Test
  void deepNestingInAnAnswerIsRefusedQuickly() {
    String deep = RESPONSE_JSON.replace("\"point\" : \"adequate\"",
        "\"point\" : " + "[".repeat(100_000) + "]".repeat(100_000));
    CtnatReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> responseFails(deep, DocumentFormat.JSON));
    assertTrue(e.problem().contains("malformed JSON"), e.problem());
    assertTrue(e.line().isPresent());
  }

  @Test
  void hugeStringsAreRefused() {
    String huge = RESPONSE_JSON.replace("\"adequate\"", "\"" + "x".repeat(Documents.MAX_STRING_LENGTH + 1) + "\"");
    CtnatReadException e = responseFails(huge, DocumentFormat.JSON);
    assertTrue(e.problem().contains("malformed JSON"), e.problem());
  }

  @Test
  void documentsOverTheSizeLimitAreRefusedBeforeParsing() {
    byte[] big = new byte[Documents.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    for (Consumer<ByteArrayInputStream> reader : List.<Consumer<ByteArrayInputStream>>of(
        in -> SurveyResponses.read(in, "big", DocumentFormat.JSON),
        in -> InterviewRecords.read(in, "big", DocumentFormat.JSON),
        in -> WorkshopResults.read(in, "big", DocumentFormat.JSON),
        in -> Assessments.read(in, "big", DocumentFormat.JSON))) {
      CtnatReadException e = assertThrows(CtnatReadException.class, () -> reader.accept(new ByteArrayInputStream(big)));
      assertTrue(e.problem().contains("larger than the limit"), e.problem());
    }
  }

  @Test
  void wrongEnvelopesAreRefused() {
    String yaml = SurveyResponses.toString(ResponseCodecSamples.surveyResponse(), DocumentFormat.YAML);
    assertTrue(responseFails(yaml.replace("format: ctnat", "format: kobo"), DocumentFormat.YAML).problem()
        .contains("format must be 'ctnat'"));
    CtnatReadException version = responseFails(yaml.replace("formatVersion: 1", "formatVersion: 2"),
        DocumentFormat.YAML);
    assertEquals("/formatVersion", version.pointer());
    assertTrue(version.problem().contains("formatVersion 2 is not supported"), version.problem());
    assertTrue(responseFails("", DocumentFormat.YAML).problem().contains("document is empty"));
    assertTrue(responseFails("[1, 2]", DocumentFormat.JSON).problem().contains("expected an object"));
  }

  @Test
  void yamlAliasesAreRefused() {
    String yaml = SurveyResponses.toString(ResponseCodecSamples.surveyResponse(), DocumentFormat.YAML)
        .replace("      choice: female\n", "      choice: &f female\n")
        .replace("      point: adequate\n", "      point: *f\n");
    CtnatReadException e = responseFails(yaml, DocumentFormat.YAML);
    assertTrue(e.problem().contains("YAML aliases (*f) are not allowed"), e.problem());
    assertEquals("/surveyResponse/answers/3.1.4/point", e.pointer());
  }

  @Test
  void nullIsNotAnAnswer() {
    CtnatReadException e = responseFails(RESPONSE_JSON.replace("{\n        \"point\" : \"adequate\"\n      }", "null"),
        DocumentFormat.JSON);
    assertEquals("/surveyResponse/answers/3.1.4", e.pointer());
    assertTrue(e.problem().contains("expected an object, but found null"), e.problem());
  }

  /** Random damage to valid documents of every kind: only CtnatReadException escapes, always located. */
  @Test
  void damagedDocumentsFailOnlyWithLocatedReadErrors() {
    record Kind(String name, String document, DocumentFormat format, Consumer<String> reader) {}
    List<Kind> kinds = List.of(
        new Kind("response json", RESPONSE_JSON, DocumentFormat.JSON,
            d -> SurveyResponses.parse(d, "mutated", DocumentFormat.JSON)),
        new Kind("invalid response yaml", SurveyResponses.toString(ResponseCodecSamples.invalidSurveyResponse(),
            DocumentFormat.YAML), DocumentFormat.YAML, d -> SurveyResponses.parse(d, "mutated", DocumentFormat.YAML)),
        new Kind("interview yaml", InterviewRecords.toString(ResponseCodecSamples.interviewRecord(),
            DocumentFormat.YAML, WriteOptions.includingPersonalData()), DocumentFormat.YAML,
            d -> InterviewRecords.parse(d, "mutated", DocumentFormat.YAML)),
        new Kind("workshop json", WorkshopResults.toString(ResponseCodecSamples.workshopResult(), DocumentFormat.JSON),
            DocumentFormat.JSON, d -> WorkshopResults.parse(d, "mutated", DocumentFormat.JSON)),
        new Kind("assessment json", Assessments.toString(ResponseCodecSamples.assessment(), DocumentFormat.JSON),
            DocumentFormat.JSON, d -> Assessments.parse(d, "mutated", DocumentFormat.JSON)),
        new Kind("assessment yaml", Assessments.toString(ResponseCodecSamples.assessment(), DocumentFormat.YAML),
            DocumentFormat.YAML, d -> Assessments.parse(d, "mutated", DocumentFormat.YAML)),
        new Kind("judgements json", GoldenFilesTest.golden("judgements.json"), DocumentFormat.JSON,
            d -> Judgements.parse(d, "mutated", DocumentFormat.JSON)),
        new Kind("judgements yaml", GoldenFilesTest.golden("judgements.yaml"), DocumentFormat.YAML,
            d -> Judgements.parse(d, "mutated", DocumentFormat.YAML)),
        new Kind("json lines", GoldenFilesTest.golden("survey-responses.jsonl"), DocumentFormat.JSON,
            d -> SurveyResponses.readLines(new ByteArrayInputStream(d.getBytes(StandardCharsets.UTF_8)),
                "mutated", r -> { })),
        new Kind("json lines tallied", GoldenFilesTest.golden("survey-responses.jsonl"), DocumentFormat.JSON,
            d -> SurveyResponses.tallyLines(ResponseCodecSamples.CTNAT,
                new ByteArrayInputStream(d.getBytes(StandardCharsets.UTF_8)), "mutated")));
    for (Kind kind : kinds) {
      String valid = kind.document();
      qt().withExamples(250).forAll(
              integers().between(0, valid.length() - 1),
              integers().between(0, 40),
              integers().between(0, 3))
          .checkAssert((at, length, how) -> {
            String mutated = mutate(valid, at, length, how);
            try {
              kind.reader().accept(mutated);
            } catch (CtnatReadException e) {
              assertFalse(e.problem().isBlank(), kind.name());
              assertTrue(e.line().isPresent() || !e.pointer().isEmpty(),
                  kind.name() + ": no location for " + e.getMessage());
              assertEquals("mutated", e.source());
            }
          });
    }
  }

  /** Every error of a JSON-lines stream names its line. */
  @Test
  void damagedLinesAreReportedWithTheirLineNumber() {
    String valid = GoldenFilesTest.golden("survey-responses.jsonl");
    qt().withExamples(300).forAll(
            integers().between(0, valid.length() - 1),
            integers().between(0, 40),
            integers().between(0, 3))
        .checkAssert((at, length, how) -> {
          String mutated = mutate(valid, at, length, how);
          try {
            SurveyResponses.readLines(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), "lines",
                r -> { });
          } catch (CtnatReadException e) {
            assertTrue(e.line().isPresent(),
                "no line for " + e.getMessage());
          }
        });
  }

  private static String mutate(String valid, int at, int length, int how) {
    int end = Math.min(valid.length(), at + length);
    switch (how) {
      case 0:
        return valid.substring(0, at); // truncated
      case 1:
        return valid.substring(0, at) + valid.substring(end); // a piece cut out
      case 2:
        return valid.substring(0, at) + "{[\":-&*!\n\t".substring(0, Math.min(10, length % 11))
            + valid.substring(at); // junk inserted
      default:
        return valid.substring(0, at) + valid.substring(end, Math.min(valid.length(), end + length))
            + valid.substring(at); // a piece duplicated
    }
  }
}
