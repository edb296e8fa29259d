package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas shipped in {@code org/ctnat/io/schema/}: valid draft 2020-12 schemas that
 * accept everything the writers produce — golden files and random values, JSON and YAML — and
 * refuse a sample of broken documents.
 */
class SchemaTest {

  private static final String BASE = "https://ctnat.github.io/ctnat-sdk/schema/1/";
  private static final List<String> SCHEMAS = List.of("instrument.schema.json", "surveyResponse.schema.json",
      "surveyResponses.schema.json", "interviewRecord.schema.json", "workshopResult.schema.json",
      "assessment.schema.json", "judgements.schema.json");

  /**
   * The schemas by their {@code $id}, as the public accessors give them (on the module path the
   * package holding them is not open, so the validator could not load them from the classpath).
   */
  private static final Map<String, String> TEXTS = Map.of(
      BASE + "instrument.schema.json", resource("schema/instrument.schema.json"),
      BASE + "surveyResponse.schema.json", SurveyResponses.schema(),
      BASE + "surveyResponses.schema.json", SurveyResponses.linesSchema(),
      BASE + "interviewRecord.schema.json", InterviewRecords.schema(),
      BASE + "workshopResult.schema.json", WorkshopResults.schema(),
      BASE + "assessment.schema.json", Assessments.schema(),
      BASE + "judgements.schema.json", Judgements.schema());

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(TEXTS));

  private static final Schema INSTRUMENT = schema("instrument.schema.json");
  private static final Schema SURVEY_RESPONSE = schema("surveyResponse.schema.json");
  private static final Schema LINES_HEADER = schema("surveyResponses.schema.json");
  private static final Schema LINE = schema("surveyResponses.schema.json#/$defs/line");
  private static final Schema INTERVIEW_RECORD = schema("interviewRecord.schema.json");
  private static final Schema WORKSHOP_RESULT = schema("workshopResult.schema.json");
  private static final Schema ASSESSMENT = schema("assessment.schema.json");
  private static final Schema JUDGEMENTS = schema("judgements.schema.json");

  private static Schema schema(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
  }

  private static Schema schemaOf(JsonNode document) {
    return switch (document.get("kind").stringValue()) {
      case "instrument" -> INSTRUMENT;
      case "surveyResponse" -> SURVEY_RESPONSE;
      case "interviewRecord" -> INTERVIEW_RECORD;
      case "workshopResult" -> WORKSHOP_RESULT;
      case "assessment" -> ASSESSMENT;
      case "judgements" -> JUDGEMENTS;
      default -> throw new IllegalArgumentException(document.get("kind").toString());
    };
  }

  private static JsonNode tree(String text, DocumentFormat format) {
    return Documents.mapper(format).readTree(text);
  }

  private static void assertValid(String text, DocumentFormat format, String what) {
    JsonNode document = tree(text, format);
    List<Error> errors = schemaOf(document).validate(document);
    assertTrue(errors.isEmpty(), what + ": " + errors);
  }

  private static void assertInvalid(Schema schema, String json, String what) {
    List<Error> errors = schema.validate(tree(json, DocumentFormat.JSON));
    assertFalse(errors.isEmpty(), what + " should break the schema");
  }

  private static String resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everySchemaIsAValidDraft202012SchemaWithItsOwnId() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String name : SCHEMAS) {
      JsonNode schema = tree(TEXTS.get(BASE + name), DocumentFormat.JSON);
      assertEquals(List.of(), meta.validate(schema), name);
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue());
      assertEquals(BASE + name, schema.get("$id").stringValue());
    }
  }

  @Test
  void thePublicAccessorsGiveTheShippedResources() {
    assertEquals(resource(SurveyResponses.SCHEMA_RESOURCE), SurveyResponses.schema());
    assertEquals(resource(SurveyResponses.LINES_SCHEMA_RESOURCE), SurveyResponses.linesSchema());
    assertEquals(resource(InterviewRecords.SCHEMA_RESOURCE), InterviewRecords.schema());
    assertEquals(resource(WorkshopResults.SCHEMA_RESOURCE), WorkshopResults.schema());
    assertEquals(resource(Assessments.SCHEMA_RESOURCE), Assessments.schema());
    assertEquals(resource(Judgements.SCHEMA_RESOURCE), Judgements.schema());
  }

  @Test
  void goldenFilesAreValid() {
    for (String name : GoldenFilesTest.DOCUMENTS) {
      assertValid(GoldenFilesTest.golden(name), DocumentFormat.ofFileName(name), name);
    }
    List<String> lines = GoldenFilesTest.golden("survey-responses.jsonl").lines().toList();
    assertEquals(List.of(), LINES_HEADER.validate(tree(lines.get(0), DocumentFormat.JSON)));
    lines.stream().skip(1).forEach(line -> assertEquals(List.of(), LINE.validate(tree(line, DocumentFormat.JSON))));
  }

  @Test
  void theStandardInstrumentIsValidAsBundledAndAsWritten() {
    assertValid(resource(Instruments.CTNAT_2016_RESOURCE), DocumentFormat.YAML, "bundled ctnat-2016.yaml");
    for (DocumentFormat format : DocumentFormat.values()) {
      assertValid(Instruments.toString(Instruments.ctnat2016(), format), format, "written " + format);
    }
  }

  /** Everything the writers produce for random values is valid, in both formats. */
  @Test
  void randomOutputsOfEveryWriterAreValid() {
    WriteOptions all = WriteOptions.includingPersonalData();
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      for (DocumentFormat format : DocumentFormat.values()) {
        assertValid(SurveyResponses.toString(ResponseCodecSamples.surveyResponse(random), format, all), format,
            "response, seed " + seed);
        assertValid(InterviewRecords.toString(ResponseCodecSamples.interviewRecord(random), format, all), format,
            "interview, seed " + seed);
        assertValid(WorkshopResults.toString(ResponseCodecSamples.workshopResult(random), format), format,
            "workshop, seed " + seed);
        Assessment assessment = ResponseCodecSamples.assessment(random);
        assertValid(Assessments.toString(assessment, format, all), format, "assessment, seed " + seed);
        assertValid(Judgements.toString(assessment.judgements(), format), format, "judgements, seed " + seed);
      }
      List<SurveyResponse> responses = IntStream.range(0, 5)
          .mapToObj(i -> ResponseCodecSamples.surveyResponse(random)).toList();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SurveyResponses.writeLines(ResponseCodecSamples.CTNAT, responses, out, all);
      List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(List.of(), LINES_HEADER.validate(tree(lines.get(0), DocumentFormat.JSON)));
      lines.stream().skip(1).forEach(line ->
          assertEquals(List.of(), LINE.validate(tree(line, DocumentFormat.JSON)), line));
    });
  }

  /** A sample of broken documents, each a small change to a valid one, fails its schema. */
  @Test
  void brokenDocumentsAreInvalid() {
    String response = SurveyResponses.toString(ResponseCodecSamples.surveyResponse(), DocumentFormat.JSON);
    Map<String, String> responseChanges = Map.ofEntries(
        Map.entry("unknown answer kind", response.replace("\"point\" : \"adequate\"", "\"score\" : \"adequate\"")),
        Map.entry("two answer kinds", response.replace("\"choice\" : \"female\"",
            "\"choice\" : \"female\", \"text\" : \"f\"")),
        Map.entry("other beside a point", response.replace("\"point\" : \"adequate\"",
            "\"point\" : \"adequate\", \"other\" : \"x\"")),
        Map.entry("rank as text", response.replace("\"J\" : 1", "\"J\" : \"1\"")),
        Map.entry("unknown member", response.replace("\"answers\" :", "\"weight\" : 1, \"answers\" :")),
        Map.entry("wrong kind", response.replace("\"kind\" : \"surveyResponse\"", "\"kind\" : \"assessment\"")),
        Map.entry("format version 2", response.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")),
        Map.entry("item id with a space", response.replace("\"1.6\" :", "\"1 6\" :")),
        Map.entry("unknown profile attribute", response.replace("\"country\" :", "\"Country\" :")),
        Map.entry("no instrument", response.replaceFirst("\"instrument\" : \\{[^}]*},", "")));
    responseChanges.forEach((what, json) -> assertInvalid(SURVEY_RESPONSE, json, what));

    String interview = InterviewRecords.toString(ResponseCodecSamples.interviewRecord(), DocumentFormat.JSON);
    assertInvalid(INTERVIEW_RECORD, interview.replace("\"male\" : 2", "\"male\" : -2"), "negative count");
    assertInvalid(INTERVIEW_RECORD, interview.replace("[ \"no_shelter_for_men\" ]", "\"no_shelter_for_men\""),
        "themes not a list");
    assertInvalid(WORKSHOP_RESULT, WorkshopResults.toString(ResponseCodecSamples.workshopResult(), DocumentFormat.JSON)
        .replace("\"ranked\" : true", "\"ranked\" : \"yes\""), "ranked as text");

    String assessment = Assessments.toString(ResponseCodecSamples.assessment(), DocumentFormat.JSON);
    assertInvalid(ASSESSMENT, assessment.replace("\"Identification indicators are set out in the NRM.\"", "\" \""),
        "met without rationale");
    assertInvalid(ASSESSMENT, assessment.replace("\"survey\" : \"3.1.5\"", "\"survey\" : \"3.1.5\", \"interview\" : \"3.3\""),
        "evidence of two kinds");
    assertInvalid(ASSESSMENT, assessment.replace("\"2015-10\"", "\"2015-13\""), "month 13");
    assertInvalid(ASSESSMENT, assessment.replace("\"not_met\"", "\"NOT_MET\""), "status in capitals");
    assertInvalid(ASSESSMENT, assessment.replace("\"year\" : 2014", "\"year\" : 14"), "two-digit year");
    String judgements = Judgements.toString(ResponseCodecSamples.assessment().judgements(), DocumentFormat.JSON);
    assertInvalid(JUDGEMENTS, judgements.replace("\"not_met\"", "\"failed\""), "unknown status");
    assertInvalid(JUDGEMENTS, judgements.replace("\"judgements\" : [", "\"judgments\" : ["), "misspelt member");
    assertInvalid(JUDGEMENTS, judgements.replace("\"kind\" : \"judgements\"", "\"kind\" : \"assessment\""),
        "wrong kind");
    assertInvalid(ASSESSMENT, assessment.replace("\"point\" : \"adequate\"", "\"points\" : \"adequate\""),
        "broken embedded response");

    String instrument = Instruments.toString(Instruments.ctnat2016(), DocumentFormat.JSON);
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"kind\" : \"singleChoice\"", "\"kind\" : \"dropdown\""),
        "unknown question kind");
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"polarity\" : \"positive\"", "\"polarity\" : \"sideways\""),
        "unknown polarity");
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"optionsFrom\" : \"2.2\"",
        "\"optionsFrom\" : \"2.2\", \"options\" : []"), "options and optionsFrom");
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"operational2\" :", "\"operational9\" :"),
        "unknown indicator member");
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"rule\" : \"elective\"", "\"rule\" : \"sometimes\""),
        "unknown section rule");
    assertInvalid(INSTRUMENT, instrument.replaceFirst("\"en\" :", "\"English\" :"), "bad language tag");
  }
}
