package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.analysis.CrossTabs;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.Share;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The README's "Responses, tallies, gaps and publication" example, with the figures it states.
 * (The "adapt it" example above it is read from the README and run through JShell by the
 * examples module's {@code ReadmeJShellTest}.)
 */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndGivesTheFiguresItStates() {
    Instrument ctnat = Instruments.ctnat2016();
    SurveyResponse response = SurveyResponse.to(ctnat, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_labour_or_services", "forced_marriage", "removal_of_organs"))
        .putAnswer(ItemId.of("3.1.4"), PointAnswer.of("adequate"))
        .build();
    ValidationReport report = ResponseValidation.validate(ctnat, response);
    assertTrue(report.isValid(), report::toString);

    List<SurveyResponse> responses = new ArrayList<>(List.of(response));
    String[] others = {"adequate", "adequate", "adequate", "neither_adequate_nor_inadequate",
        "neither_adequate_nor_inadequate", "inadequate"};
    for (int i = 0; i < others.length; i++) {
      responses.add(SurveyResponse.to(ctnat, Respondent.of("AZEsur" + (i + 2)))
          .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of(i == 0 ? "female" : "male"))
          .putAnswer(ItemId.of("3.1.4"), PointAnswer.of(others[i])).build());
    }
    SurveyTally tally = responses.stream().collect(SurveyTally.collector(ctnat));
    Tally capacity = tally.tally(ItemId.of("3.1.4"));
    assertEquals(List.of(4, 0, 0, 2, 1), capacity.counts());
    Share adequate = capacity.share("adequate");
    assertEquals("25–84%", adequate.interval().orElseThrow().toString());
    Disaggregation byGender = Disaggregation.of(ctnat, responses, ProfileAttribute.GENDER);
    assertEquals(2, byGender.groups().size());
    SuppressedTable published = DisclosureControl.suppress(
        CrossTabs.of(ctnat, responses, ProfileAttribute.GENDER, ItemId.of("3.1.4")), 5);
    assertTrue(published.suppressedCount() > 0, published::toString);
  }
}
