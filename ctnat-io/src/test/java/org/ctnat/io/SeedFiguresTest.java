package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds figures that the 2016 report's findings chapter gives for the 7 Azerbaijani survey
 * respondents, from responses to the standard instrument.
 */
class SeedFiguresTest {

  private static final Instrument CTNAT = Instruments.ctnat2016();

  /** Seven respondents; answers[i] is respondent i's point on each item, null when unanswered. */
  private static List<SurveyResponse> azerbaijan(String item, String... answers) {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      var builder = SurveyResponse.to(CTNAT, Respondent.of("AZEsur" + (i + 1)));
      if (i < answers.length && answers[i] != null) {
        builder.putAnswer(ItemId.of(item), PointAnswer.of(answers[i]));
      }
      responses.add(builder.build());
    }
    responses.forEach(r -> assertTrue(ResponseValidation.validate(CTNAT, r).isValid()));
    return responses;
  }

  @Test
  void capacityToIdentifyVictimsWasAdequateFourNeitherTwoInadequateOne() {
    Tally tally = SurveyTally.of(CTNAT, azerbaijan("3.1.4", "adequate", "adequate", "adequate", "adequate",
        "neither_adequate_nor_inadequate", "neither_adequate_nor_inadequate", "inadequate")).tally(ItemId.of("3.1.4"));
    assertEquals(List.of(4, 0, 0, 2, 1), tally.counts(), "in scale order, zeros included");
    assertEquals(7, tally.answered());
    assertEquals(7, tally.eligible());
    assertTrue(tally.smallSample());
  }

  @Test
  void supportToReturnWasSomewhatAdequateFourAdequateForSomeOneInadequateTwo() {
    Tally tally = SurveyTally.of(CTNAT, azerbaijan("4.1.9", "somewhat_adequate", "somewhat_adequate",
        "somewhat_adequate", "somewhat_adequate", "adequate_for_some", "inadequate", "inadequate"))
        .tally(ItemId.of("4.1.9"));
    assertEquals(4, tally.count("somewhat_adequate"));
    assertEquals(1, tally.count("adequate_for_some"));
    assertEquals(2, tally.count("inadequate"));
  }

  @Test
  void stateActorsCooperateSometimesFiveNeverOneWithSixOfSevenAnswering() {
    Tally tally = SurveyTally.of(CTNAT, azerbaijan("7.2.1", "sometimes", "sometimes", "sometimes", "sometimes",
        "sometimes", "never", null)).tally(ItemId.of("7.2.1"));
    assertEquals(List.of(0, 0, 5, 0, 1), tally.counts());
    assertEquals(6, tally.answered());
    assertEquals(7, tally.eligible());
    assertEquals(1, tally.missing());
    assertEquals(6, tally.share("sometimes").denominator());
  }
}
