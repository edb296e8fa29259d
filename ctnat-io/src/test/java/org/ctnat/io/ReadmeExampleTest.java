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

/** The README's "Responses, tallies, gaps and publication" example, with the figures it states. */
class ReadmeExampleTest {

  /** The README's "adapt it" example, as written there. */
  @Test
  void theReadmeAdaptationBuildsAndLeavesTheOriginalUnchanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Instrument ctnat = Instruments.ctnat2016();
    Instrument georgia = ctnat.derive()
        .id("ctnat-2016-geo").version("2016.1-geo.1")
        .dropCriterion(org.ctnat.core.framework.CriterionId.of("4.5"))
        .dropOption(ItemId.of("2.3"), "oil_extraction")
        .renameOption(ItemId.of("1.1"), "georgia", org.ctnat.core.framework.LocalizedText.of("Georgia (Sakartvelo)"))
        .addInterviewQuestion(org.ctnat.core.questionbank.SectionId.of("3"), org.ctnat.core.questionbank.InterviewQuestion.of(
            org.ctnat.core.questionbank.InterviewQuestionId.of("3.9"),
            org.ctnat.core.framework.LocalizedText.of("How are victims identified in the occupied territories?"), List.of()))
        .dropInterviewQuestion(org.ctnat.core.questionbank.InterviewQuestionId.of("5.4"))
        .translate("ka", java.util.Map.of("criterion[1.3].title", "…"))
        .note("GEO1", "Criterion 4.5 dropped: no external border in scope")
        .build();
    java.nio.file.Path file = dir.resolve("ctnat-2016-geo.yaml");
    Instruments.write(georgia, file);
    assertEquals(georgia, Instruments.read(file));
    assertEquals(Instruments.ctnat2016(), ctnat, "the original is unchanged");
    assertEquals(96, georgia.framework().indicators().size(), "criterion 4.5 and its four indicators dropped");
    assertTrue(georgia.toString().contains("ctnat-2016-geo"), georgia::toString);
  }

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
