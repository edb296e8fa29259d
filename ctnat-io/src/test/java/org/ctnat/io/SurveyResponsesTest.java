package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Survey-response documents: the answer shapes, round trips, privacy, and errors that say where. */
class SurveyResponsesTest {

  private static final SurveyResponse SAMPLE = ResponseCodecSamples.surveyResponse();
  private static final String JSON = SurveyResponses.toString(SAMPLE, DocumentFormat.JSON);
  private static final String YAML = SurveyResponses.toString(SAMPLE, DocumentFormat.YAML);

  static SurveyResponse withoutPersonalData(SurveyResponse response) {
    return SurveyResponse.builder().from(response).respondent(response.respondent().withoutPersonalData()).build();
  }

  private static CtnatReadException jsonFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> SurveyResponses.parse(document, "broken.json", DocumentFormat.JSON));
  }

  private static CtnatReadException yamlFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> SurveyResponses.parse(document, "broken.yaml", DocumentFormat.YAML));
  }

  private static JsonNode tree(String json) {
    return Documents.mapper(DocumentFormat.JSON).readTree(json);
  }

  @Test
  void everyAnswerKindIsAnObjectNamingItsKind() {
    JsonNode answers = tree(JSON).get("surveyResponse").get("answers");
    assertEquals(tree("{\"choice\": \"female\"}"), answers.get("1.6"));
    assertEquals(tree("{\"choice\": \"other_specify\", \"other\": \"Ombudsman's office\"}"), answers.get("1.2"));
    assertEquals(tree("{\"selection\": [\"forced_labour_or_services\", \"forced_marriage\", \"other_specify\"],"
        + " \"other\": \"forced begging\"}"), answers.get("2.2"));
    assertEquals(tree("{\"ranking\": {\"J\": 1, \"A\": 2, \"G\": 3}}"), answers.get("8.1"));
    assertEquals(tree("{\"point\": \"adequate\"}"), answers.get("3.1.4"));
    assertEquals(tree("{\"text\": \"More labour exploitation abroad;\\nfewer cases reported at home.\"}"),
        answers.get("2.6"));
  }

  @Test
  void theInstrumentAndRespondentAreNamedInThePayload() {
    JsonNode payload = tree(JSON).get("surveyResponse");
    assertEquals(tree("{\"id\": \"ctnat-2016\", \"version\": \"2016.1\"}"), payload.get("instrument"));
    assertEquals(tree("{\"id\": \"AZEsur1\", \"profile\": {\"country\": \"azerbaijan\"}}"),
        payload.get("respondent"));
  }

  @Test
  void answersKeepTheirOrderAndSurviveBothFormats() {
    SurveyResponse withPersonalData = SurveyResponses.parse(
        SurveyResponses.toString(SAMPLE, DocumentFormat.YAML, WriteOptions.includingPersonalData()), "yaml",
        DocumentFormat.YAML);
    assertEquals(SAMPLE, withPersonalData);
    assertEquals(SAMPLE.answers().keySet().stream().toList(),
        withPersonalData.answers().keySet().stream().toList());
    assertEquals(withoutPersonalData(SAMPLE), SurveyResponses.parse(JSON, "json", DocumentFormat.JSON));
  }

  /** read(write(x)) equals x for random responses, in both formats, with and without personal data. */
  @Test
  void randomResponsesRoundTrip() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SurveyResponse response = ResponseCodecSamples.surveyResponse(new Random(seed));
      for (DocumentFormat format : DocumentFormat.values()) {
        String all = SurveyResponses.toString(response, format, WriteOptions.includingPersonalData());
        SurveyResponse read = SurveyResponses.parse(all, "seed " + seed, format);
        assertEquals(response, read, format + " seed " + seed);
        assertEquals(all, SurveyResponses.toString(read, format, WriteOptions.includingPersonalData()));
        String shared = SurveyResponses.toString(response, format);
        assertEquals(withoutPersonalData(response), SurveyResponses.parse(shared, "seed " + seed, format));
      }
    });
  }

  @Test
  void personalDataIsLeftOutUnlessAskedFor() {
    assertFalse(JSON.contains("personalData") || JSON.contains("Leyla") || JSON.contains("leyla@"), JSON);
    assertFalse(YAML.contains("personalData") || YAML.contains("Leyla"), YAML);
    String archive = SurveyResponses.toString(SAMPLE, DocumentFormat.JSON, WriteOptions.includingPersonalData());
    assertEquals(tree("{\"name\": \"Leyla Mammadova\", \"contact\": \"leyla@example.org\"}"),
        tree(archive).get("surveyResponse").get("respondent").get("personalData"));
    assertEquals(SAMPLE.respondent().personalData(),
        SurveyResponses.parse(archive, "archive", DocumentFormat.JSON).respondent().personalData());
  }

  @Test
  void answersThatBreakTheRulesAreKeptAsGiven() {
    SurveyResponse invalid = ResponseCodecSamples.invalidSurveyResponse();
    String written = SurveyResponses.toString(invalid, DocumentFormat.JSON);
    SurveyResponse read = SurveyResponses.parse(written, "invalid.json", DocumentFormat.JSON);
    assertEquals(invalid, read);
    assertFalse(ResponseValidation.validate(ResponseCodecSamples.CTNAT, read).isValid());
  }

  @Test
  void filesAndStreamsFollowTheirFormat(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("AZEsur1.json");
    Path yaml = dir.resolve("AZEsur1.yml");
    SurveyResponses.write(SAMPLE, json);
    SurveyResponses.write(SAMPLE, yaml, WriteOptions.includingPersonalData());
    assertEquals(withoutPersonalData(SAMPLE), SurveyResponses.read(json));
    assertEquals(SAMPLE, SurveyResponses.read(yaml));
    assertEquals(JSON, Files.readString(json, StandardCharsets.UTF_8));
    assertTrue(Files.readString(yaml, StandardCharsets.UTF_8).startsWith("format: ctnat\n"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SurveyResponses.write(SAMPLE, out, DocumentFormat.YAML);
    assertEquals(withoutPersonalData(SAMPLE), SurveyResponses.read(new ByteArrayInputStream(out.toByteArray()),
        "bytes", DocumentFormat.YAML));
  }

  @Test
  void unknownAnswerKindIsRefusedAtItsMember() {
    String document = YAML.replace("point: adequate", "score: adequate");
    CtnatReadException e = yamlFails(document);
    assertEquals("/surveyResponse/answers/3.1.4/score", e.pointer());
    assertEquals(lineOf(document, "score: adequate"), e.line().orElseThrow());
    assertTrue(e.problem().contains("unknown answer kind 'score'"), e.problem());
  }

  @Test
  void anAnswerHasExactlyOneKind() {
    CtnatReadException two = jsonFails(JSON.replace("\"choice\" : \"female\"",
        "\"choice\" : \"female\", \"text\" : \"female\""));
    assertEquals("/surveyResponse/answers/1.6/text", two.pointer());
    assertTrue(two.problem().contains("both 'choice' and 'text'"), two.problem());
    CtnatReadException none = jsonFails(JSON.replace("\"choice\" : \"female\"", ""));
    assertEquals("/surveyResponse/answers/1.6", none.pointer());
    assertTrue(none.problem().contains("an answer needs its kind"), none.problem());
  }

  @Test
  void otherGoesOnlyWithChoicesSelectionsAndRankings() {
    CtnatReadException e = jsonFails(JSON.replace("\"point\" : \"adequate\"",
        "\"point\" : \"adequate\", \"other\" : \"fine\""));
    assertEquals("/surveyResponse/answers/3.1.4/other", e.pointer());
    assertTrue(e.problem().contains("not with a point"), e.problem());
  }

  @Test
  void wrongTypesSayWhatWasExpected() {
    CtnatReadException rank = jsonFails(JSON.replace("\"J\" : 1", "\"J\" : \"first\""));
    assertEquals("/surveyResponse/answers/8.1/ranking/J", rank.pointer());
    assertTrue(rank.problem().contains("expected a whole number"), rank.problem());
    CtnatReadException selection = jsonFails(JSON.replaceFirst("\"selection\" : \\[[^]]*]",
        "\"selection\" : \"country_of_origin\""));
    assertEquals("/surveyResponse/answers/2.1/selection", selection.pointer());
    assertTrue(selection.problem().contains("expected a list"), selection.problem());
    CtnatReadException answers = jsonFails(JSON.replace("\"answers\" : {", "\"answers\" : [ {")
        .replaceFirst("}\\s*}\\s*}\\s*$", "} ] } }\n"));
    assertTrue(answers.problem().contains("expected an object"), answers.problem());
    CtnatReadException huge = jsonFails(JSON.replace("\"J\" : 1", "\"J\" : 12345678901"));
    assertTrue(huge.problem().contains("expected a whole number"), huge.problem());
  }

  @Test
  void badIdsAreRefusedWithTheRule() {
    CtnatReadException item = jsonFails(JSON.replace("\"1.6\" :", "\"1 6\" :"));
    assertEquals("/surveyResponse/answers/1 6", item.pointer());
    assertTrue(item.problem().contains("item id must match"), item.problem());
    CtnatReadException respondent = jsonFails(JSON.replace("\"AZEsur1\"", "\"Leyla Mammadova\""));
    assertEquals("/surveyResponse/respondent/id", respondent.pointer());
    assertTrue(respondent.problem().contains("respondent id must match"), respondent.problem());
  }

  @Test
  void unknownProfileAttributeIsRefused() {
    CtnatReadException e = jsonFails(JSON.replace("\"country\" : \"azerbaijan\"", "\"Country\" : \"azerbaijan\""));
    assertEquals("/surveyResponse/respondent/profile/Country", e.pointer());
    assertTrue(e.problem().contains("unknown profile attribute 'Country'"), e.problem());
  }

  @Test
  void unknownMembersAreRefusedWithTheirLocation() {
    String document = YAML.replace("  respondent:\n", "  weight: 2\n  respondent:\n");
    CtnatReadException e = yamlFails(document);
    assertEquals("/surveyResponse/weight", e.pointer());
    assertEquals(lineOf(document, "weight: 2"), e.line().orElseThrow());
    assertTrue(e.problem().contains("unknown member 'weight'"), e.problem());
  }

  @Test
  void aStandaloneResponseNamesItsInstrument() {
    CtnatReadException e = jsonFails(JSON.replaceFirst("\"instrument\" : \\{[^}]*},", ""));
    assertEquals("/surveyResponse", e.pointer());
    assertTrue(e.problem().contains("missing required member 'instrument'"), e.problem());
  }

  @Test
  void anotherKindOfDocumentIsRefused() {
    String interview = InterviewRecords.toString(ResponseCodecSamples.interviewRecord(), DocumentFormat.JSON);
    CtnatReadException e = jsonFails(interview);
    assertEquals("/kind", e.pointer());
    assertTrue(e.problem().contains("kind must be 'surveyResponse', but was 'interviewRecord'"), e.problem());
    CtnatReadException kind = jsonFails(JSON.replace("\"kind\" : \"surveyResponse\"", "\"kind\" : \"assessment\""));
    assertEquals("/kind", kind.pointer());
    assertTrue(kind.problem().contains("kind must be 'surveyResponse', but was 'assessment'"), kind.problem());
  }

  @Test
  void duplicateItemsAreRefused() {
    CtnatReadException e = jsonFails(JSON.replace("\"1.6\" : {", "\"1.6\" : { \"choice\" : \"male\" }, \"1.6\" : {"));
    assertTrue(e.problem().toLowerCase().contains("duplicate"), e.problem());
    assertTrue(e.line().isPresent());
  }

  static int lineOf(String document, String text) {
    String before = document.substring(0, document.indexOf(text));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
