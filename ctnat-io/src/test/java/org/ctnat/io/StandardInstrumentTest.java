package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

  @Test
  void everyTextEndsWhereItsSeedElementEndsAndListsKeepTheSeedsOrder() throws IOException {
    assertEquals(List.of(), Verbatim.problems(ctnat, annexes()));
  }

  @Test
  void everyTextIsWalkedByTheVerbatimCheck() {
    Set<String> walked = new HashSet<>();
    Verbatim.sequences(ctnat).values()
        .forEach(list -> list.forEach(e -> walked.add(e.key().replaceAll(" ¶\\d+$", ""))));
    Set<String> all = new TreeSet<>(InstrumentTexts.of(ctnat).keySet());
    all.removeIf(key -> key.startsWith("scale[") || key.equals("instrument.title")
        || Verbatim.RECONSTRUCTED.contains(key));
    all.removeAll(walked);
    assertEquals(Set.of(), all, "texts the verbatim walk leaves out");
  }

  /**
   * The strengthened check can fail: an indicator statement without its last word ("NRM specific
   * to THB is in" for "... is in place") is still contained in the seed, so the containment check
   * passes it, but the seed's cell goes on ("place"), so the verbatim walk rejects it.
   */
  @Test
  void aStatementWithoutItsLastWordIsCaughtThoughTheSeedStillContainsIt() throws IOException {
    Instrument shortened = InstrumentTexts.map(ctnat, (key, text) -> key.equals("indicator[1.1-F1]")
        ? LocalizedText.of(text.english().substring(0, text.english().lastIndexOf(' '))) : text);
    assertEquals("NRM specific to THB is in",
        shortened.framework().indicator(IndicatorId.parse("1.1-F1")).orElseThrow().statement().english());
    assertTrue(normalise(annexes()).contains("NRM specific to THB is in"), "the old containment check passes it");
    List<String> problems = Verbatim.problems(shortened, annexes());
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("indicator[1.1-F1]: 'NRM specific to THB is in' is not a whole seed"),
        problems.get(0));
  }

  /** Shortened at the end of a grid statement, at the start of an option, or lists out of order. */
  @Test
  void shortenedStatementsAndOptionsAndReorderedListsAreCaught() throws IOException {
    Map<String, String> mutations = Map.of(
        "survey.statement[3.1.4]", "Capacity of competent authorities to accurately identify",
        "survey.question[1.2].option[justice_system_other]", "other (including defence counsel)",
        "guide.question[3.3].prompt[2]", "Who uses them and how are the checklists",
        "criterion[3.2].title", "Non-criminalization/Non-punishment of victims");
    for (Map.Entry<String, String> mutation : mutations.entrySet()) {
      Instrument mutated = InstrumentTexts.map(ctnat, (key, text) -> key.equals(mutation.getKey())
          ? LocalizedText.of(mutation.getValue()) : text);
      List<String> problems = Verbatim.problems(mutated, annexes());
      assertTrue(problems.stream().anyMatch(p -> p.startsWith(mutation.getKey() + ":")),
          mutation + " -> " + problems);
    }
    // two indicators of criterion 2.3 swapped: each is verbatim, but not in the seed's order
    String f1 = statement("2.3-F1");
    String f2 = statement("2.3-F2");
    Instrument swapped = InstrumentTexts.map(ctnat, (key, text) -> key.equals("indicator[2.3-F1]")
        ? LocalizedText.of(f2) : key.equals("indicator[2.3-F2]") ? LocalizedText.of(f1) : text);
    List<String> problems = Verbatim.problems(swapped, annexes());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("indicator[2.3-")), problems::toString);
  }

  /**
   * Every text of the walk cut by one word at its end, then at its start, and every two
   * neighbours of the walk swapped: the verbatim walk catches all but the few cuts listed, which
   * leave a whole seed element: "National" is a line of its own in criterion 5.2's cell
   * ("National / Coordinator/ / Rapporteur"), and the interviewer instructions carry their own
   * numbers ("1. Give …"), so without the number they still start where the seed's item does.
   * The one swap that goes unnoticed is the guide's title and interview code: the seed prints
   * the title on both sides of the code.
   */
  @Test
  void everyTextCutByAWordAndEveryPairSwappedIsCaught() throws IOException {
    Map<String, Seed> seeds = Seed.annexes(annexes());
    List<String> lastEscaped = new ArrayList<>();
    List<String> firstEscaped = new ArrayList<>();
    List<String> swapsEscaped = new ArrayList<>();
    int cuts = 0;
    int swaps = 0;
    for (Map.Entry<String, List<Verbatim.Expected>> annex : Verbatim.sequences(ctnat).entrySet()) {
      Seed seed = seeds.get(annex.getKey());
      List<Verbatim.Expected> walk = annex.getValue();
      for (int i = 0; i < walk.size(); i++) {
        String key = walk.get(i).key();
        String text = walk.get(i).text();
        if (text.contains(" ")) {
          cuts++;
          if (!caught(seed, annex.getKey(), walk, i, text.substring(0, text.lastIndexOf(' ')))) {
            lastEscaped.add(key);
          }
          if (!caught(seed, annex.getKey(), walk, i, text.substring(text.indexOf(' ') + 1))) {
            firstEscaped.add(key);
          }
        }
        if (i + 1 < walk.size() && !text.equals(walk.get(i + 1).text())) {
          swaps++;
          List<Verbatim.Expected> swapped = new ArrayList<>(walk);
          Collections.swap(swapped, i, i + 1);
          if (Verbatim.problems(seed, annex.getKey(), swapped).isEmpty()) {
            swapsEscaped.add(key + " <-> " + walk.get(i + 1).key());
          }
        }
      }
    }
    assertEquals(List.of(480, 501), List.of(cuts, swaps), "cuts and swaps tried");
    assertEquals(List.of("criterion[5.2].title"), lastEscaped);
    assertEquals(List.of("guide.instructions ¶1", "guide.instructions ¶2", "guide.instructions ¶3",
        "guide.instructions ¶4"), firstEscaped);
    // the seed prints "Interview Guide Template" both before and after the interview code
    assertEquals(List.of("guide.title <-> guide.interviewCode"), swapsEscaped);
  }

  private static boolean caught(Seed seed, String annex, List<Verbatim.Expected> walk, int i, String cut) {
    List<Verbatim.Expected> mutated = new ArrayList<>(walk);
    mutated.set(i, new Verbatim.Expected(walk.get(i).key(), cut));
    return Verbatim.problems(seed, annex, mutated).stream().anyMatch(p -> p.startsWith(walk.get(i).key() + ":"));
  }

  private static String annexes() throws IOException {
    try (var in = StandardInstrumentTest.class.getResourceAsStream("ctnat-2016-annexes.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The verbatim walk. Each annex of the seed (C: the interview guide, D: the survey, E: the
   * indicators) is folded like {@link #normalise(String)}, remembering where the extraction's
   * elements begin: after a blank line (unless the next line goes on in lower case or with a
   * bracket, as prompts broken over a blank line do), at a "□"/"●"/"•" bullet, at a numbered
   * line ("3.1.4 ", "1.2. ", "A. "), and after a dropped artefact line (mailto: links, page
   * footers). The instrument's texts of each annex are then walked in the seed's order — every
   * paragraph of a text, every option, statement, prompt and indicator in the instrument's order —
   * and each must be found after the one before it, at a natural start (where an element
   * begins, after its number, or right after the text before it) and a natural end (where an
   * element ends, where the next text of the walk begins, or at the end of a line that holds the
   * whole text). A text cut short at either end, or a list out of order, is reported.
   */
  static final class Verbatim {

    private static final Pattern NUMBER = Pattern.compile("^(?:\\d+\\.(?:\\d+\\.?)*|[A-Q]\\.) ");
    /** A form label printed before a filled-in example: "Survey #: ", "Interview No.#: ". */
    private static final Pattern LABEL = Pattern.compile("^[A-Z][A-Za-z .#]{0,20}: ");
    /** Lines of the extraction that are no text: links, page footers, the indicator table's repeated header. */
    private static final Pattern ARTEFACT = Pattern.compile("^(?:mailto:\\S+|Annexes \\d+"
        + "|FRAMEWORK Indicators OPERATIONAL Indicators|Level 1 Level 2 Level 1 Level 2)$");
    /** N8: the options of survey question 1.1 are reconstructed (a drop-down the seed does not print). */
    static final Set<String> RECONSTRUCTED = Set.of("survey.question[1.1].option[armenia]",
        "survey.question[1.1].option[azerbaijan]", "survey.question[1.1].option[georgia]");
    private static final String BULLETS = "□●•";

    private Verbatim() {}

    /** One text of the walk: its key (with the paragraph for texts of several), and its seed form. */
    record Expected(String key, String text) {}

    /** The walk of each annex, in the seed's order. */
    static Map<String, List<Expected>> sequences(Instrument instrument) {
      Map<String, List<Expected>> walk = new LinkedHashMap<>();
      List<Expected> c = new ArrayList<>();
      var guide = instrument.interviewGuide();
      add(c, "guide.title", guide.title());
      guide.interviewCode().ifPresent(t -> add(c, "guide.interviewCode", t));
      guide.instructions().ifPresent(t -> add(c, "guide.instructions", t));
      guide.informationNote().ifPresent(t -> add(c, "guide.informationNote", t));
      guide.metadataFields().forEach(f -> add(c, "guide.field[" + f.id() + "]", f.label()));
      for (int i = 0; i < guide.sections().size(); i++) {
        var section = guide.sections().get(i);
        String key = "guide.section[" + section.id() + "]";
        add(c, key + ".title", section.title());
        section.heading().ifPresent(t -> add(c, key + ".heading", t));
        for (var question : section.questions()) {
          String q = "guide.question[" + question.id() + "]";
          add(c, q + ".text", question.text());
          for (int p = 0; p < question.prompts().size(); p++) {
            add(c, q + ".prompt[" + (p + 1) + "]", question.prompts().get(p));
          }
        }
        if (i == 0) { // the seed prints the plan instruction after the respondent profile
          guide.planInstruction().ifPresent(t -> add(c, "guide.planInstruction", t));
        }
      }
      guide.closingInstructions().ifPresent(t -> add(c, "guide.closingInstructions", t));
      walk.put("C", c);

      List<Expected> d = new ArrayList<>();
      var survey = instrument.survey();
      add(d, "survey.title", survey.title());
      survey.respondentCode().ifPresent(t -> add(d, "survey.respondentCode", t));
      survey.introduction().ifPresent(t -> add(d, "survey.introduction", t));
      for (var section : survey.sections()) {
        String key = "survey.section[" + section.id() + "]";
        add(d, key + ".title", section.title());
        section.description().ifPresent(t -> add(d, key + ".description", t));
        for (Question question : section.questions()) {
          String q = "survey.question[" + question.id() + "]";
          add(d, q + ".text", question.text());
          question.instruction().ifPresent(t -> add(d, q + ".instruction", t));
          if (question instanceof Grid grid) {
            grid.rowHeading().ifPresent(t -> add(d, q + ".rowHeading", t));
            grid.statements().forEach(s -> add(d, "survey.statement[" + s.id() + "]", s.text()));
          } else if (question instanceof Ranking ranking) {
            ranking.optionHeading().ifPresent(t -> add(d, q + ".optionHeading", t));
            ranking.rankHeading().ifPresent(t -> add(d, q + ".rankHeading", t));
            boolean priorities = instrument.priorityQuestion().filter(question.id()::equals).isPresent();
            ranking.options().forEach(o -> add(d, priorities ? "priority[" + o.code() + "]"
                : q + ".option[" + o.code() + "]", o.label()));
          } else if (question instanceof SingleChoice single && single.optionsFrom().isEmpty()) {
            single.options().stream().filter(o -> !RECONSTRUCTED.contains(q + ".option[" + o.code() + "]"))
                .forEach(o -> add(d, q + ".option[" + o.code() + "]", o.label()));
          } else if (question instanceof MultipleChoice multiple) {
            multiple.options().forEach(o -> add(d, q + ".option[" + o.code() + "]", o.label()));
          }
        }
      }
      survey.closing().ifPresent(t -> add(d, "survey.closing", t));
      walk.put("D", d);

      List<Expected> e = new ArrayList<>();
      for (ThematicArea area : instrument.framework().areas()) {
        // N15: the area title is the table heading without the word "indicators"
        e.add(new Expected("area[" + area.id() + "].title", normalise(area.title().english()) + " indicators"));
        for (var criterion : area.criteria()) {
          add(e, "criterion[" + criterion.id() + "].title", criterion.title());
          for (Dimension dimension : Dimension.values()) {
            for (Level level : Level.values()) {
              var indicator = criterion.indicator(dimension, level);
              add(e, "indicator[" + indicator.id() + "]", indicator.statement());
            }
          }
        }
      }
      walk.put("E", e);
      return walk;
    }

    private static void add(List<Expected> walk, String key, LocalizedText text) {
      List<String> paragraphs = new ArrayList<>();
      for (String paragraph : text.english().split("\n")) {
        String p = normalise(paragraph);
        if (!p.isEmpty()) {
          paragraphs.add(p);
        }
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        walk.add(new Expected(paragraphs.size() == 1 ? key : key + " ¶" + (i + 1), paragraphs.get(i)));
      }
    }

    /** Every text that is not a whole seed element, or is out of the seed's order. */
    static List<String> problems(Instrument instrument, String annexes) {
      Map<String, Seed> seeds = Seed.annexes(annexes);
      List<String> problems = new ArrayList<>();
      sequences(instrument).forEach((annex, walk) -> problems.addAll(problems(seeds.get(annex), annex, walk)));
      return problems;
    }

    /** The problems of one annex's walk. */
    static List<String> problems(Seed seed, String annex, List<Expected> walk) {
      List<String> problems = new ArrayList<>();
      int from = 0; // where the text before ended: each text is looked for after it
      for (int i = 0; i < walk.size(); i++) {
        Expected expected = walk.get(i);
        String next = i + 1 < walk.size() ? walk.get(i + 1).text() : null;
        int found = -1;
        for (int at = seed.text.indexOf(expected.text(), from); at >= 0;
            at = seed.text.indexOf(expected.text(), at + 1)) {
          if (seed.naturalStart(at, from) && seed.naturalEnd(at, at + expected.text().length(), next)) {
            found = at;
            break;
          }
        }
        if (found >= 0) {
          from = found + expected.text().length();
          continue;
        }
        int later = seed.text.indexOf(expected.text(), from);
        String where = later >= 0 ? " is not a whole seed element (seed: '…" + seed.around(later,
            later + expected.text().length()) + "…')"
            : seed.text.contains(expected.text()) ? " is out of the seed's order (found only before the text"
            + " before it)" : " is not in Annex " + annex;
        problems.add(expected.key() + ": '" + expected.text() + "'" + where);
      }
      return problems;
    }
  }

  /** One annex of the seed, folded, with the positions where elements begin and lines start and end. */
  static final class Seed {
    final String text;
    final BitSet begins = new BitSet();
    final BitSet lineStarts = new BitSet();
    final BitSet lineEnds = new BitSet();
    /** Line starts that go on with the line before: a lower-case letter or an opening bracket. */
    final BitSet continuations = new BitSet();

    private Seed(List<String> lines) {
      StringBuilder out = new StringBuilder();
      boolean pending = true;
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty() || Verbatim.ARTEFACT.matcher(line).matches()) {
          pending = true;
          continue;
        }
        if (pending && (Character.isLowerCase(line.charAt(0)) || line.charAt(0) == '(')) {
          pending = false; // a sentence broken over a blank line goes on
        }
        boolean first = true;
        for (String segment : line.split("[" + Verbatim.BULLETS + "]", -1)) {
          String content = normalise(segment);
          if (content.isEmpty()) {
            pending |= !first;
            first = false;
            continue;
          }
          char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
          if (out.length() > 0 && last != '-' && last != '/') {
            out.append(' ');
          }
          int start = out.length();
          if (pending || !first || Verbatim.NUMBER.matcher(content).find()) {
            begins.set(start);
          }
          if (first) {
            lineStarts.set(start);
            if (Character.isLowerCase(content.charAt(0)) || content.charAt(0) == '(') {
              continuations.set(start);
            }
          }
          out.append(content);
          pending = false;
          first = false;
        }
        lineEnds.set(out.length());
      }
      text = out.toString();
      begins.set(text.length());
    }

    static Map<String, Seed> annexes(String annexes) {
      Map<String, List<String>> lines = new LinkedHashMap<>();
      List<String> current = null;
      for (String line : annexes.split("\n", -1)) {
        switch (line.strip()) {
          case "C. Interview tool template" -> lines.put("C", current = new ArrayList<>());
          case "D. Survey tool template" -> lines.put("D", current = new ArrayList<>());
          case "E. Assessment indicators" -> lines.put("E", current = new ArrayList<>());
          default -> {
            if (current != null) {
              current.add(line);
            }
          }
        }
      }
      assertEquals(Set.of("C", "D", "E"), lines.keySet(), "the reference holds Annexes C, D and E");
      Map<String, Seed> seeds = new LinkedHashMap<>();
      lines.forEach((annex, l) -> seeds.put(annex, new Seed(l)));
      return seeds;
    }

    /**
     * Where an element begins, after its number ("3.1.4 ", "A. ") or a form label at the start
     * of a line ("Survey #: "), or right after the text before.
     */
    boolean naturalStart(int at, int previousEnd) {
      return begins.get(at) || at == previousEnd || at == previousEnd + 1 || afterPrefix(at);
    }

    private boolean afterPrefix(int at) {
      int element = begins.previousSetBit(at);
      if (element >= 0 && Verbatim.NUMBER.matcher(text.substring(element, at)).matches()) {
        return true;
      }
      int line = lineStarts.previousSetBit(at);
      return line >= 0 && Verbatim.LABEL.matcher(text.substring(line, at)).matches();
    }

    /**
     * Where an element ends, where the next text begins, or at the end of a line that holds the
     * whole text (after its number or label, if any) when the next line does not go on with it.
     */
    boolean naturalEnd(int at, int end, String next) {
      int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
      if (begins.get(after) || next != null && text.startsWith(next, after)) {
        return true;
      }
      return (lineStarts.get(at) || afterPrefix(at)) && lineEnds.get(end) && lineEnds.nextSetBit(at + 1) == end
          && !continuations.get(after);
    }

    String around(int start, int end) {
      return text.substring(Math.max(0, start - 20), Math.min(text.length(), end + 30));
    }
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
