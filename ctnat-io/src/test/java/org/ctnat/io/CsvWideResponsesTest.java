package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PersonalData;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wide layout: one row per respondent, the way survey platforms export. */
class CsvWideResponsesTest {

  private static CsvReadResult<List<SurveyResponse>> read(String csv) {
    return CsvResponses.parse(STANDARD, csv, "test.csv", CsvLayout.WIDE);
  }

  private static String write(List<SurveyResponse> responses) {
    return CsvResponses.toString(STANDARD, responses, CsvLayout.WIDE);
  }

  @Test
  void theHeaderNamesEveryItemInSurveyOrder() {
    List<String> header = CsvLayout.WIDE.header(STANDARD);
    assertEquals("respondent", header.get(0));
    assertEquals(List.of("1.1", "1.2", "1.2/other_specify/text", "1.3"), header.subList(1, 5));
    assertTrue(header.indexOf("1.6") < header.indexOf("2.2/forced_marriage"));
    assertTrue(header.indexOf("2.2/other_specify") + 1 == header.indexOf("2.2/other_specify/text"));
    assertTrue(header.indexOf("2.2/other_specify/text") + 1 == header.indexOf("2.2.1"));
    assertTrue(header.contains("2.4/adult_females") && header.contains("3.1.4") && header.contains("4.1.10"));
    assertFalse(header.contains("3.1"), "a grid has no column of its own, its statements do");
    assertEquals(List.of("8.1/Q", "8.1/Q/text", "8.2", "8.3"), header.subList(header.size() - 4, header.size()));
    for (ItemId item : STANDARD.survey().itemIds()) {
      assertTrue(header.stream().anyMatch(h -> h.equals(item.value()) || h.startsWith(item.value() + "/")),
          "item " + item + " has a column");
    }
    assertEquals(header.size(), header.stream().distinct().count(), "names are unique");
  }

  @Test
  void theFixtureIsWrittenAsTheCanonicalFile() {
    assertEquals(CsvSamples.resource("fixture-wide.csv"), write(CsvSamples.fixture()));
  }

  @Test
  void theCanonicalFileReadsAsTheFixtureAndWritesBackByteForByte() {
    String file = CsvSamples.resource("fixture-wide.csv");
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertTrue(read.report().isClean(), read.report()::toString);
    assertEquals(CsvSamples.fixtureAsRead(), read.value());
    assertEquals(file, write(read.value()));
  }

  @Test
  void readingWhatWasWrittenGivesTheResponsesBack() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, count) -> {
      List<SurveyResponse> responses = CsvSamples.responses(seed, count, true);
      String written = write(responses);
      CsvReadResult<List<SurveyResponse>> read = read(written);
      assertTrue(read.report().isClean(), read.report()::toString);
      assertEquals(responses, read.value());
      assertEquals(written, write(read.value()), "canonical files are stable");
    });
  }

  @Test
  void selectionsReadBackInTheInstrumentsOrder() {
    SurveyResponse given = SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_marriage", "removal_of_organs", "slavery_or_servitude"))
        .build();
    Answer read = read(write(List.of(given))).value().get(0).answers().get(ItemId.of("2.2"));
    assertEquals(SelectionAnswer.of("slavery_or_servitude", "removal_of_organs", "forced_marriage"), read);
  }

  @Test
  void namesAndContactsAreNeverWritten() {
    String written = write(CsvSamples.fixture());
    assertFalse(written.contains("Jane") || written.contains("jane@example.org"));
    assertTrue(written.contains("\nAZEsur1,"), "the pseudonymous id is");
  }

  @Test
  void profileAttributesSetDirectlyAreNotWrittenOnlyAnswers() {
    SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.builder().id(RespondentId.of("AZEsur1"))
        .putProfile(ProfileAttribute.GENDER, "female").build()).build();
    assertEquals("AZEsur1" + ",".repeat(CsvLayout.WIDE.header(STANDARD).size() - 1) + "\n",
        write(List.of(response)).lines().skip(1).findFirst().orElseThrow() + "\n");
  }

  @Test
  void filesAndStreamsAreUtf8WithoutByteOrderMark(@TempDir Path dir) {
    Path file = dir.resolve("survey.csv");
    CsvResponses.write(STANDARD, CsvSamples.fixture(), CsvLayout.WIDE, file);
    assertEquals(CsvSamples.fixtureAsRead(), CsvResponses.read(STANDARD, file, CsvLayout.WIDE).value());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvResponses.write(STANDARD, CsvSamples.fixture(), CsvLayout.WIDE, out);
    byte[] bytes = out.toByteArray();
    assertEquals('r', bytes[0], "no byte order mark");
    assertEquals(CsvSamples.resource("fixture-wide.csv"), new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void whatSpreadsheetsRAndPandasWriteBackIsRead() {
    String file = "\uFEFF\"respondent\",\"1.6\",\"2.4/adult_females\",\"2.4/adult_males\",\"2.4/female_children\","
        + "\"2.4/male_children\",\"2.1/country_of_origin\",\"2.1/country_of_transit\","
        + "\"2.1/country_of_destination\"\r\n"
        + "\"AZEsur1\",\"female\",2.0,1.0,4,3,1.0,0.0,0\r\n"
        + "\r\n"
        + "AZEsur2,,,,,,,,\r\n";
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertTrue(read.report().isClean(), read.report()::toString);
    SurveyResponse first = read.value().get(0);
    assertEquals(ChoiceAnswer.of("female"), first.answers().get(ItemId.of("1.6")));
    assertEquals(RankingAnswer.inOrder("adult_males", "adult_females", "male_children", "female_children"),
        first.answers().get(ItemId.of("2.4")));
    assertEquals(SelectionAnswer.of("country_of_origin"), first.answers().get(ItemId.of("2.1")));
    assertEquals(Map.of(), read.value().get(1).answers());
    assertEquals(2, read.report().rows(), "the empty line is skipped");
  }

  @Test
  void aFileWithOnlyAHeaderHoldsNoResponses() {
    CsvReadResult<List<SurveyResponse>> read = read(write(List.of()));
    assertEquals(List.of(), read.value());
    assertTrue(read.report().isClean());
    assertEquals(0, read.report().rows());
  }

  @Test
  void anAnswerThatBreaksARuleIsWrittenAsGivenAndReportedWhenRead() {
    SurveyResponse tooMany = SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("exploitation_in_prostitution", "forced_marriage",
            "removal_of_organs", "slavery_or_servitude"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("unknown"))
        .build();
    SurveyResponse none = SurveyResponse.to(STANDARD, Respondent.of("AZEsur2"))
        .putAnswer(ItemId.of("2.1"), SelectionAnswer.of()).build();
    CsvReadResult<List<SurveyResponse>> read = read(write(List.of(tooMany, none)));
    assertEquals(List.of(), read.value());
    assertEquals(List.of(ViolationRule.UNKNOWN_OPTION, ViolationRule.TOO_MANY_SELECTIONS,
        ViolationRule.TOO_FEW_SELECTIONS), read.report().problems().stream().map(p -> p.rule().orElseThrow()).toList());
    assertEquals("1.6", read.report().problems().get(0).header());
    assertEquals("2.2/exploitation_in_prostitution", read.report().problems().get(1).header());
    assertEquals("2.1/country_of_origin", read.report().problems().get(2).header());
  }

  @Test
  void answersTheLayoutHasNoCellsForAreRefusedNotDropped() {
    Map<String, Answer> unwritable = new java.util.LinkedHashMap<>();
    unwritable.put("3.1", PointAnswer.of("adequate"));
    unwritable.put("9.9", TextAnswer.of("x"));
    unwritable.put("1.6", SelectionAnswer.of("female"));
    unwritable.put("2.2", SelectionAnswer.of("begging"));
    unwritable.put("2.3", SelectionAnswer.of("agriculture", "agriculture"));
    unwritable.put("1.5", ChoiceAnswer.of("age_18_34", "no other option"));
    unwritable.put("1.4", ChoiceAnswer.of(""));
    unwritable.put("2.6", TextAnswer.of(""));
    unwritable.put("2.4", RankingAnswer.inOrder());
    unwritable.put("8.1", new RankingAnswer(Map.of("A", 18), Optional.empty()));
    unwritable.put("8.2", TextAnswer.of("\uD800 lone surrogate"));
    unwritable.put("8.3", TextAnswer.of("x".repeat(CsvResponses.MAX_FIELD_LENGTH + 1)));
    unwritable.forEach((item, answer) -> {
      SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.of("AZEsur9"))
          .putAnswer(ItemId.of(item), answer).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CsvResponses.write(STANDARD, List.of(CsvSamples.fixture().get(1), response), CsvLayout.WIDE, out),
          item);
      assertTrue(e.getMessage().startsWith("respondent AZEsur9"), e::getMessage);
      String written = out.toString(StandardCharsets.UTF_8);
      assertTrue(written.contains("AZEsur2") && !written.contains("AZEsur9"), "the response before is written, "
          + "nothing of the refused one: " + item);
    });
  }

  @Test
  void aResponseForAnotherInstrumentVersionIsRefused() {
    SurveyResponse response = SurveyResponse.builder().from(CsvSamples.fixture().get(1)).instrumentVersion("2016.2")
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(List.of(response)));
    assertTrue(e.getMessage().contains("2016.2"), e::getMessage);
  }

  @Test
  void anEmptySpecifiedTextIsWrittenAsNone() {
    SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "")).build();
    assertEquals(ChoiceAnswer.of("other_specify"), read(write(List.of(response))).value().get(0).answers()
        .get(ItemId.of("1.2")));
  }
}
