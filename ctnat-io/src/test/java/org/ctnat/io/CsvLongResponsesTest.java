package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/** The long layout: respondent, item, option, value — one row per non-empty wide cell. */
class CsvLongResponsesTest {

  private static CsvReadResult<List<SurveyResponse>> read(String csv) {
    return CsvResponses.parse(STANDARD, csv, "long.csv", CsvLayout.LONG);
  }

  private static String write(List<SurveyResponse> responses) {
    return CsvResponses.toString(STANDARD, responses, CsvLayout.LONG);
  }

  @Test
  void theHeaderIsFixed() {
    assertEquals(List.of("respondent", "item", "option", "value"), CsvLayout.LONG.header(STANDARD));
  }

  @Test
  void theFixtureIsWrittenAsTheCanonicalFileWhichWritesBackByteForByte() {
    String file = CsvSamples.resource("fixture-long.csv");
    assertEquals(file, write(CsvSamples.fixture()));
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertTrue(read.report().isClean(), read.report()::toString);
    assertEquals(CsvSamples.fixtureAsRead(), read.value());
    assertEquals(file, write(read.value()));
  }

  @Test
  void readingWhatWasWrittenGivesTheResponsesBackInTheOrderGiven() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, count) -> {
      List<SurveyResponse> responses = CsvSamples.responses(seed, count, false);
      String written = write(responses);
      CsvReadResult<List<SurveyResponse>> read = read(written);
      assertTrue(read.report().isClean(), read.report()::toString);
      assertEquals(responses, read.value(), "selections keep the order given");
      assertEquals(written, write(read.value()));
    });
  }

  @Test
  void rowsMayComeInAnyOrderAndRespondentsKeepTheOrderTheyFirstAppearIn() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      List<SurveyResponse> responses = CsvSamples.responses(seed, 5, false);
      List<String> lines = new ArrayList<>(write(responses).lines().skip(1).toList());
      // lines of one row never split here: the generated texts with line breaks are quoted, so keep those whole
      if (lines.stream().anyMatch(l -> l.chars().filter(c -> c == '"').count() % 2 == 1)) {
        return;
      }
      Collections.shuffle(lines, new Random(seed));
      CsvReadResult<List<SurveyResponse>> read = read("respondent,item,option,value\n" + String.join("\n", lines));
      assertTrue(read.report().isClean(), read.report()::toString);
      assertEquals(responses.size(), read.value().size());
      for (SurveyResponse response : read.value()) {
        SurveyResponse original = responses.stream().filter(r -> r.respondent().equals(response.respondent()))
            .findFirst().orElseThrow();
        assertEquals(original.answers().keySet(), response.answers().keySet());
        original.answers().forEach((item, answer) -> {
          if (answer instanceof SelectionAnswer s) {
            assertEquals(new java.util.HashSet<>(s.codes()),
                new java.util.HashSet<>(((SelectionAnswer) response.answers().get(item)).codes()));
          } else {
            assertEquals(answer, response.answers().get(item));
          }
        });
      }
    });
  }

  @Test
  void aSelectionOfNothingIsItsOptionsWithZero() {
    SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("2.1"), SelectionAnswer.of()).build();
    String written = write(List.of(response));
    assertEquals("respondent,item,option,value\nAZEsur1,2.1,country_of_origin,0\nAZEsur1,2.1,country_of_transit,0\n"
        + "AZEsur1,2.1,country_of_destination,0\n", written);
    CsvReadResult<List<SurveyResponse>> read = read(written);
    assertEquals(List.of(ViolationRule.TOO_FEW_SELECTIONS), read.report().problems().stream()
        .map(p -> p.rule().orElseThrow()).toList(), "2.1 asks for at least one");
  }

  @Test
  void aRespondentWhoAnsweredNothingIsOneRowOfEmptyCells() {
    String written = write(List.of(SurveyResponse.to(STANDARD, Respondent.of("AZEsur3")).build()));
    assertEquals("respondent,item,option,value\nAZEsur3,,,\n", written);
    assertEquals(Map.of(), read(written).value().get(0).answers());
  }

  @Test
  void everyBadRowIsReportedAndItsRespondentLeftOutWhole() {
    String file = """
        respondent,item,option,value
        AZEsur1,1.6,,female
        AZEsur2,1.6,,female
        AZEsur2,1.6,,male
        AZEsur3,1.6,female,1
        AZEsur4,2.2,begging,1
        AZEsur5,2.1,country_of_origin,yes
        AZEsur6,3.1,,adequate
        AZEsur7,1.2,other_specify/text,a text without its option
        AZEsur8,8.1,A,18
        AZEsur9,1.6,,
        bad id,1.6,,male
        AZEsur10,1.6,,male,extra
        AZEsur11,1.5,,age_99
        AZEsur1,1.1,,azerbaijan
        """;
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertEquals(List.of(SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan")).build()), read.value());
    List<String> where = read.report().problems().stream()
        .map(p -> p.row() + ":" + p.header() + ":" + p.rule().map(Enum::name).orElse("-")).toList();
    assertEquals(List.of("4:value:-", "5:option:-", "6:option:UNKNOWN_OPTION", "7:value:-", "8:item:UNKNOWN_ITEM",
        "9:value:OTHER_TEXT_WITHOUT_OTHER", "10:value:-", "11:value:-", "12:respondent:-", ":-",
        "14:value:UNKNOWN_OPTION"),
        where.stream().map(w -> w.startsWith("13:") ? ":-" : w).toList());
    assertEquals(14, read.report().rows());
    assertEquals(1, read.report().responsesKept());
    assertEquals(11, read.report().responsesLeftOut());
    assertTrue(read.report().problems().get(0).detail().contains("first is row 3"),
        read.report().problems().get(0)::detail);
    assertEquals(Optional.of(RespondentId.of("AZEsur2")), read.report().problems().get(0).respondent());
  }

  @Test
  void theHeaderMustBeTheFourColumns() {
    for (String header : List.of("respondent,item,value", "respondent,item,option,value,extra",
        "respondent,1.1,1.2", "Respondent,item,option,value", "")) {
      CtnatReadException e = assertThrows(CtnatReadException.class, () -> read(header + "\nAZEsur1,1.6,,male\n"),
          header);
      assertTrue(e.line().isPresent(), e::getMessage);
      assertTrue(e.problem().contains("respondent,item,option,value"), e::getMessage);
    }
  }
}
