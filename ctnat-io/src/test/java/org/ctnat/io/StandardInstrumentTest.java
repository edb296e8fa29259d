package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentTexts;
import org.ctnat.core.instrument.PriorityOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.questionbank.SingleChoice;
import org.junit.jupiter.api.Test;

/** Counts and spot-checks the standard 2016 instrument against Annexes C, D and E. */
class StandardInstrumentTest {

  private final Instrument ctnat = Instruments.ctnat2016();

  @Test
  void frameworkHasFiveAreasOfFiveCriteriaOfFourIndicators() {
    assertEquals(5, ctnat.framework().areas().size());
    for (ThematicArea area : ctnat.framework().areas()) {
      assertEquals(5, area.criteria().size(), "criteria of area " + area.id());
    }
    assertEquals(25, ctnat.framework().criteria().size());
    assertEquals(100, ctnat.framework().indicators().size());
    assertEquals(List.of("Identification and referral", "Protection and assistance",
            "Investigation and prosecution", "Prevention", "Cooperation and coordination"),
        ctnat.framework().areas().stream().map(a -> a.title().english()).collect(Collectors.toList()));
  }

  @Test
  void indicatorStatementsAreVerbatimFromAnnexE() {
    assertEquals("NRM specific to THB is in place",
        statement("1.1-F1"));
    assertEquals("Identification tools are used by all stakeholders (fully effective)",
        statement("1.3-O2"));
    assertEquals("Committed budget allocation fully meets funding needs", statement("2.1-O2"));
    assertEquals("There is evidence that agreements result in bilateral/transnational cooperation to "
        + "assist and protect/prevent trafficking", statement("5.5-O2"));
    assertEquals("Indicators, screening checklists and other identification tools",
        ctnat.criterion(CriterionId.of("1.3")).orElseThrow().title().english());
  }

  private String statement(String id) {
    return ctnat.framework().indicator(IndicatorId.parse(id)).orElseThrow().statement().english();
  }

  @Test
  void surveyHasEightSectionsAndEveryItemOfAnnexD() {
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"),
        ctnat.survey().sections().stream().map(s -> s.id().value()).collect(Collectors.toList()));
    assertEquals(25, ctnat.survey().questions().size());
    assertEquals(78, ctnat.survey().itemIds().size());
    List<Grid> grids = ctnat.survey().questions().stream().filter(q -> q instanceof Grid)
        .map(q -> (Grid) q).collect(Collectors.toList());
    assertEquals(List.of("3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "7.1", "7.2", "7.3"),
        grids.stream().map(g -> g.id().value()).collect(Collectors.toList()));
    assertEquals(List.of(7, 6, 10, 5, 10, 8, 4, 6, 6),
        grids.stream().map(g -> g.statements().size()).collect(Collectors.toList()));
    assertEquals(List.of("adequacy", "frequency", "adequacy", "agreement", "agreement", "agreement",
            "agreement", "frequency", "ease"),
        grids.stream().map(g -> g.scale().value()).collect(Collectors.toList()));
    assertTrue(ctnat.survey().section(SectionId.of("2")).orElseThrow().context(),
        "trafficking situation and trends is context, never scored");
  }

  @Test
  void respondentProfileRecordsTheSixAttributes() {
    List<ProfileAttribute> attributes = ctnat.survey().section(SectionId.of("1")).orElseThrow()
        .questions().stream().map(q -> ((SingleChoice) q).profile().orElseThrow())
        .collect(Collectors.toList());
    assertEquals(List.of(ProfileAttribute.values()), attributes);
    assertEquals(20, single("1.2").options().size());
    assertTrue(single("1.2").option("other_specify").orElseThrow().specify());
  }

  @Test
  void selectionLimitsFollowThePrintedInstructions() {
    MultipleChoice all = (MultipleChoice) question("2.1");
    assertEquals(1, all.minSelections());
    assertTrue(all.maxSelections().isEmpty(), "choose all that apply has no maximum");
    MultipleChoice three = (MultipleChoice) question("2.2");
    assertEquals(3, three.minSelections());
    assertEquals(3, three.maxSelections().orElseThrow());
    assertTrue(three.options().get(three.options().size() - 1).specify(), "Other – please specify");
    MultipleChoice noMoreThanThree = (MultipleChoice) question("2.3");
    assertEquals(3, noMoreThanThree.maxSelections().orElseThrow());
    SingleChoice followUp = single("2.2.1");
    assertEquals(ItemId.of("2.2"), followUp.optionsFrom().orElseThrow());
    assertEquals(three.options(), followUp.options());
  }

  @Test
  void rankingsAreTheFullGroupRankingAndTheTopThreePriorities() {
    Ranking groups = (Ranking) question("2.4");
    assertTrue(groups.isFull());
    assertEquals(4, groups.options().size());
    Ranking priorities = (Ranking) question("8.1");
    assertEquals(17, priorities.options().size());
    assertEquals(3, priorities.minRanked());
    assertEquals(3, priorities.maxRanked());
    assertEquals(ItemId.of("8.1"), ctnat.priorityQuestion().orElseThrow());
  }

  @Test
  void seventeenPrioritiesAtoQServeTheirAreas() {
    assertEquals("ABCDEFGHIJKLMNOPQ",
        ctnat.priorities().stream().map(PriorityOption::code).collect(Collectors.joining()));
    PriorityOption j = ctnat.priorities().get(9);
    assertTrue(j.label().english().startsWith("Strengthening efforts to raise awareness of the risks"));
    assertEquals("4", j.areas().get(0).value());
    assertTrue(ctnat.priorities().get(16).specify(), "Q is Other (please specify)");
    assertTrue(ctnat.priorities().get(16).areas().isEmpty());
  }

  @Test
  void scalesAreTheFourReconstructedOnes() {
    Scale adequacy = ctnat.scale(ScaleId.of("adequacy")).orElseThrow();
    assertEquals(List.of("Adequate", "Somewhat adequate", "Adequate for some",
            "Neither adequate nor inadequate", "Inadequate"),
        adequacy.points().stream().map(p -> p.label().english()).collect(Collectors.toList()));
    Scale frequency = ctnat.scale(ScaleId.of("frequency")).orElseThrow();
    assertEquals(List.of("always", "often", "sometimes", "rarely", "never"),
        frequency.points().stream().map(ScalePoint::code).collect(Collectors.toList()));
    assertEquals(Polarity.NEUTRAL, frequency.point("sometimes").orElseThrow().polarity().orElseThrow());
    assertEquals(3, ctnat.scale(ScaleId.of("agreement")).orElseThrow().points().size());
    assertEquals(3, ctnat.scale(ScaleId.of("ease")).orElseThrow().points().size());
  }

  @Test
  void reconstructionsAreRecordedInTheNotes() {
    assertFalse(ctnat.notes().isEmpty());
    String notes = ctnat.notes().stream().map(n -> n.text()).collect(Collectors.joining("\n"));
    for (String mentioned : List.of("adequate for some", "neither agree nor disagree", "easy",
        "4.2", "1.1", "2.2.1")) {
      assertTrue(notes.toLowerCase().contains(mentioned), "notes mention " + mentioned);
    }
  }

  @Test
  void interviewGuideHasEightSectionsWithTheAlwaysElectiveRule() {
    var guide = ctnat.interviewGuide();
    assertEquals(8, guide.sections().size());
    assertEquals(40, guide.questions().size());
    assertEquals(List.of("1", "7", "8"), guide.sections(SectionRule.ALWAYS).stream()
        .map(s -> s.id().value()).collect(Collectors.toList()));
    assertEquals(List.of("2", "3", "4", "5", "6"), guide.sections(SectionRule.ELECTIVE).stream()
        .map(s -> s.id().value()).collect(Collectors.toList()));
    assertEquals(2, guide.electiveMin());
    assertEquals(3, guide.electiveMax());
    var q33 = guide.question(InterviewQuestionId.of("3.3")).orElseThrow();
    assertEquals(4, q33.prompts().size());
    assertTrue(guide.metadataFields().stream().anyMatch(f -> f.personal() && !f.required()),
        "the respondent's name is personal and optional");
  }

  @Test
  void linksConnectItemsToTheCriteriaTheyInform() {
    assertEquals(25, ctnat.links().size());
    assertEquals(List.of(CriterionId.of("1.3")), ctnat.criteriaInformedBy(ItemId.of("3.1.5")));
    assertTrue(ctnat.criteriaInformedBy(InterviewQuestionId.of("3.3")).contains(CriterionId.of("1.3")));
    assertTrue(ctnat.framework().criteria().stream().allMatch(c -> ctnat.link(c.id()).isPresent()),
        "every criterion has evidence linked to it");
  }

  @Test
  void everyTextButTheReconstructedScalesAppearsVerbatimInTheSeed() throws IOException {
    String seed;
    try (var in = StandardInstrumentTest.class.getResourceAsStream("ctnat-2016-annexes.txt")) {
      seed = normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, LocalizedText> text : InstrumentTexts.of(ctnat).entrySet()) {
      String key = text.getKey();
      if (key.startsWith("scale[") || key.equals("instrument.title") || key.equals("survey.title")) {
        continue; // reconstructed or editorial, see the notes
      }
      for (String paragraph : text.getValue().english().split("\n")) {
        String p = normalise(paragraph);
        if (!p.isEmpty() && !seed.contains(p)) {
          missing.add(key + ": " + paragraph);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** Folds white space and the line breaks of the extraction, inside and after hyphens and slashes. */
  private static String normalise(String text) {
    return text.replaceAll("[□●•]", " ").replaceAll("\\s+", " ").replaceAll("([-/]) ", "$1").trim();
  }

  private Question question(String id) {
    return ctnat.survey().question(ItemId.of(id)).orElseThrow();
  }

  private SingleChoice single(String id) {
    return (SingleChoice) question(id);
  }

  @Test
  void loadingTwiceGivesEqualInstruments() {
    Instrument again = Instruments.ctnat2016();
    assertEquals(ctnat, again);
    assertEquals(ctnat.hashCode(), again.hashCode());
  }

  @Test
  void everyCriterionHasItsFourCells() {
    for (var criterion : ctnat.framework().criteria()) {
      for (Dimension d : Dimension.values()) {
        for (Level l : Level.values()) {
          assertFalse(criterion.indicator(d, l).statement().english().isBlank());
        }
      }
    }
  }
}
