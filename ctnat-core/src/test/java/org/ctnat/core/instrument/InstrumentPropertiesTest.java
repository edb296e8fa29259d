package org.ctnat.core.instrument;

import static org.ctnat.core.instrument.TestInstruments.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.Level;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
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
import org.ctnat.core.questionbank.Survey;
import org.ctnat.core.questionbank.SurveySection;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of instruments built from random parts: building either succeeds with a valid
 * instrument or fails with an {@link IllegalArgumentException} naming the problem; equal parts
 * give equal instruments; deriving never changes the original.
 *
 * <p>The generators produce <em>specs</em> — plain descriptions of the parts — so that one spec
 * can be built twice, and so that a part that breaks its own rule fails inside the property
 * (where the failure is checked) rather than inside the generator. Values are drawn mostly
 * from coherent choices, and sometimes from a small set of clashing or incoherent ones.
 */
class InstrumentPropertiesTest {

  private static final int EXAMPLES = 1000;

  // --- specs --------------------------------------------------------------------------------

  /** A value meaning "the coherent choice" in an int field of a spec. */
  static final int AUTO = Integer.MIN_VALUE;

  record TextSpec(String language, String text) {
    LocalizedText build() {
      return LocalizedText.of(language, text);
    }
  }

  /**
   * id "" means a unique id made from the area and position. shape: 0 four proper indicators,
   * 1 only three, 2 a cell twice, 3 an indicator of another criterion.
   */
  record CriterionSpec(String id, TextSpec title, int shape) {}

  /** id "" means a unique id made from the position. */
  record AreaSpec(String id, TextSpec title, List<CriterionSpec> criteria) {}

  /** polarity: 0..2 a polarity, 3 non-substantive. */
  record PointSpec(String code, int polarity) {}

  record ScaleSpec(String id, List<PointSpec> points) {}

  /**
   * kind: 0 single choice, 1 multiple choice, 2 ranking, 3 grid, 4 free text, 5 follow-up.
   * id "" means the question's own, unique id. options: number of options (for a ranking, -1
   * means the priorities). min and max: selection or ranking limits, {@link #AUTO} for coherent
   * ones. ref: the scale of a grid or the parent of a follow-up. clashingStatement: "" or the id
   * of one more grid statement. profile: -1 or the ordinal of a profile attribute.
   */
  record QuestionSpec(int kind, String id, TextSpec text, int options, int min, int max, String ref,
      int statements, String clashingStatement, int profile) {}

  /** area "" means none. */
  record SectionSpec(String area, List<QuestionSpec> questions) {}

  /** code "" means a unique letter made from the position. */
  record PrioritySpec(String code, List<String> areas) {}

  record GuideSectionSpec(boolean elective, String area, int questions, String clashingQuestion) {}

  /** electiveMin and electiveMax {@link #AUTO} mean 0 and the number of elective sections. */
  record GuideSpec(List<GuideSectionSpec> sections, int electiveMin, int electiveMax, boolean personal,
      boolean required) {}

  record LinkSpec(String criterion, List<String> items, List<String> questions) {}

  record HeadSpec(String version, String defaultLanguage, List<String> languages, TextSpec title) {}

  record InstrumentSpec(HeadSpec head, List<AreaSpec> areas, List<ScaleSpec> scales, List<SectionSpec> sections,
      List<PrioritySpec> priorities, String priorityQuestion, GuideSpec guide, List<LinkSpec> links) {}

  // --- generators ---------------------------------------------------------------------------

  /** Mostly values of {@code usual}, sometimes of {@code unusual} (weights 9 : 1). */
  private static <T> Gen<T> mostly(Gen<T> usual, Gen<T> unusual) {
    return Generate.frequency(List.of(Pair.of(9, usual), Pair.of(1, unusual)));
  }

  /** Mostly {@code usual}, sometimes one of {@code others}. */
  @SafeVarargs
  private static <T> Gen<T> mostly(T usual, T... others) {
    return mostly(Generate.constant(usual), arbitrary().pick(List.of(others)));
  }

  private static Gen<TextSpec> texts() {
    return Generate.frequency(List.of(
        Pair.of(40, Generate.constant(new TextSpec("en", "Text"))),
        Pair.of(2, Generate.constant(new TextSpec("ru", "Текст"))),
        Pair.of(1, arbitrary().pick(List.of("en", "ru", "ka", "EN", "english"))
            .zip(arbitrary().pick(List.of("Text", "Текст", " ", "")), TextSpec::new))));
  }

  private static Gen<CriterionSpec> criteria() {
    // ids drawn from a small set, so that duplicates happen
    return mostly("", "1.1", "1.2", "2.1", "2.2", "1.10", "1 1")
        .zip(texts(), mostly(0, 1, 2, 3), CriterionSpec::new);
  }

  private static Gen<AreaSpec> areas() {
    return mostly("", "1", "2", "3")
        .zip(texts(), lists().of(criteria()).ofSizeBetween(0, 2), AreaSpec::new);
  }

  private static final ScaleSpec ADEQUACY = new ScaleSpec("adequacy", List.of(
      new PointSpec("adequate", 0), new PointSpec("neither", 1), new PointSpec("inadequate", 2),
      new PointSpec("dont_know", 3)));

  private static Gen<ScaleSpec> scales() {
    Gen<PointSpec> point = arbitrary().pick(List.of("a", "b", "c", "dont_know", "bad code"))
        .zip(integers().between(0, 3), PointSpec::new);
    Gen<ScaleSpec> random = arbitrary().pick(List.of("adequacy", "agreement"))
        .zip(lists().of(point).ofSizeBetween(1, 4), ScaleSpec::new);
    return Generate.frequency(List.of(Pair.of(4, Generate.constant(ADEQUACY)), Pair.of(1, random)));
  }

  private static Gen<QuestionSpec> questions() {
    Gen<Integer> kind = Generate.frequency(List.of(
        Pair.of(3, integers().between(0, 4)), Pair.of(1, Generate.constant(5))));
    Gen<String> id = mostly("", "q0", "q1", "q1.0", "bad id");
    Gen<Integer> options = mostly(integers().between(1, 4), integers().between(-1, 4));
    Gen<Integer> limit = mostly(Generate.constant(AUTO), integers().between(-1, 5));
    Gen<String> ref = mostly(Generate.constant("adequacy"),
        arbitrary().pick(List.of("agreement", "missing", "q0", "q1", "q2", "q3")));
    Gen<Integer> statements = mostly(integers().between(1, 3), Generate.constant(0));
    Gen<String> clash = mostly("", "q0", "q1");
    Gen<Integer> profile = mostly(-1, 0, 5, 5);
    return kind.zip(id, texts(), options, limit, (k, i, t, o, min) -> new Object[] {k, i, t, o, min})
        .zip(limit, ref, statements, clash, (a, max, r, s, c) -> new Object[] {a, max, r, s, c})
        .zip(profile, (a, p) -> {
          Object[] first = (Object[]) a[0];
          return new QuestionSpec((Integer) first[0], (String) first[1], (TextSpec) first[2], (Integer) first[3],
              (Integer) first[4], (Integer) a[1], (String) a[2], (Integer) a[3], (String) a[4], p);
        });
  }

  private static Gen<SectionSpec> sections() {
    return mostly("", "1", "2", "9").zip(lists().of(questions()).ofSizeBetween(0, 4), SectionSpec::new);
  }

  private static Gen<PrioritySpec> priorities() {
    return mostly("", "A", "B", "a b")
        .zip(lists().of(mostly("1", "2", "9")).ofSizeBetween(0, 2), PrioritySpec::new);
  }

  private static Gen<GuideSpec> guides() {
    Gen<GuideSectionSpec> section = booleans().all().zip(mostly("", "1", "2", "9"), integers().between(0, 2),
        mostly("", "g0.0"), GuideSectionSpec::new);
    return lists().of(section).ofSizeBetween(0, 3)
        .zip(mostly(Generate.constant(AUTO), integers().between(-1, 2)),
            mostly(Generate.constant(AUTO), integers().between(-1, 3)),
            mostly(false, true), mostly(false, true), GuideSpec::new);
  }

  private static Gen<LinkSpec> links() {
    return arbitrary().pick(List.of("1.1", "1.2", "2.1", "2.2", "9.9"))
        .zip(lists().of(arbitrary().pick(List.of("q0", "q1", "q2", "q0.0", "q1.0", "q2.1", "q3.0", "9")))
                .ofSizeBetween(0, 2),
            lists().of(arbitrary().pick(List.of("g0.0", "g0.1", "g1.0", "g2.0", "x"))).ofSizeBetween(0, 2),
            LinkSpec::new);
  }

  private static Gen<HeadSpec> heads() {
    Gen<List<String>> languages = Generate.frequency(List.of(
        Pair.of(12, Generate.constant(List.of("en"))),
        Pair.of(4, Generate.constant(List.of("en", "ru"))),
        Pair.of(1, lists().of(arbitrary().pick(List.of("en", "ru", "ka", "Ru"))).ofSizeBetween(0, 3))));
    return mostly("1.0", "", " ", "2016.1-geo")
        .zip(mostly("en", "ru"), languages, texts(), HeadSpec::new);
  }

  private static Gen<InstrumentSpec> instruments() {
    Gen<List<AreaSpec>> areaLists = lists().of(areas()).ofSizeBetween(1, 2);
    Gen<List<ScaleSpec>> scaleLists = lists().of(scales()).ofSizeBetween(0, 2);
    Gen<List<SectionSpec>> sectionLists = lists().of(sections()).ofSizeBetween(1, 2);
    Gen<List<PrioritySpec>> priorityLists = lists().of(priorities()).ofSizeBetween(0, 3);
    Gen<String> priorityQuestion = mostly("", "q0", "q1", "q2");
    Gen<List<LinkSpec>> linkLists = mostly(Generate.constant(List.of()), lists().of(links()).ofSizeBetween(1, 3));
    return heads().zip(areaLists, scaleLists, sectionLists, (h, a, s, sec) -> new Object[] {h, a, s, sec})
        .zip(priorityLists, priorityQuestion, guides(), linkLists, (x, p, pq, g, l) -> {
          @SuppressWarnings("unchecked")
          InstrumentSpec spec = new InstrumentSpec((HeadSpec) x[0], (List<AreaSpec>) x[1], (List<ScaleSpec>) x[2],
              (List<SectionSpec>) x[3], p, pq, g, l);
          return spec;
        });
  }

  // --- building a spec ----------------------------------------------------------------------

  private static Criterion criterion(CriterionSpec spec, String ownId) {
    CriterionId id = CriterionId.of(spec.id().isEmpty() ? ownId : spec.id());
    List<Indicator> indicators = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      for (Level l : Level.values()) {
        indicators.add(Indicator.of(id, d, l, LocalizedText.of("Indicator " + d.letter() + l.number())));
      }
    }
    switch (spec.shape()) {
      case 1 -> indicators.remove(3);
      case 2 -> indicators.set(3, indicators.get(0));
      case 3 -> indicators.set(3, Indicator.of(CriterionId.of("7.7"), Dimension.OPERATIONAL, Level.TWO,
          LocalizedText.of("Foreign")));
      default -> { }
    }
    return Criterion.builder().id(id).title(spec.title().build()).addAllIndicators(indicators).build();
  }

  private static Scale scale(ScaleSpec spec) {
    List<ScalePoint> points = new ArrayList<>();
    for (PointSpec p : spec.points()) {
      LocalizedText label = LocalizedText.of("Point " + p.code());
      points.add(p.polarity() == 3
          ? ScalePoint.nonSubstantive(p.code(), label)
          : ScalePoint.of(p.code(), label, Polarity.values()[p.polarity()]));
    }
    return Scale.of(ScaleId.of(spec.id()), LocalizedText.of("Scale " + spec.id()), points);
  }

  private static List<ChoiceOption> options(int n) {
    List<ChoiceOption> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      options.add(ChoiceOption.of("o" + i, LocalizedText.of("Option " + i)));
    }
    return options;
  }

  private static Question question(QuestionSpec spec, String ownId, List<PriorityOption> priorities) {
    ItemId id = ItemId.of(spec.id().isEmpty() ? ownId : spec.id());
    LocalizedText text = spec.text().build();
    int n = Math.max(spec.options(), 0);
    switch (spec.kind()) {
      case 0:
        return SingleChoice.builder().id(id).text(text).addAllOptions(options(n))
            .profile(spec.profile() < 0 ? Optional.empty() : Optional.of(ProfileAttribute.values()[spec.profile()]))
            .build();
      case 1: {
        var b = MultipleChoice.builder().id(id).text(text).addAllOptions(options(n));
        if (spec.min() != AUTO) {
          b.minSelections(spec.min());
        }
        if (spec.max() != AUTO && spec.max() >= 0) {
          b.maxSelections(spec.max());
        }
        return b.build();
      }
      case 2: {
        List<ChoiceOption> options = spec.options() < 0
            ? priorities.stream().map(PriorityOption::toOption).toList() : options(n);
        return Ranking.builder().id(id).text(text).addAllOptions(options)
            .minRanked(spec.min() == AUTO ? options.size() : spec.min())
            .maxRanked(spec.max() == AUTO ? options.size() : spec.max())
            .build();
      }
      case 3: {
        var b = Grid.builder().id(id).text(text).scale(ScaleId.of(spec.ref().startsWith("q") ? "adequacy" : spec.ref()));
        for (int i = 0; i < spec.statements(); i++) {
          b.addStatement(GridStatement.of(ItemId.of(id + "." + i), LocalizedText.of("Statement " + i)));
        }
        if (!spec.clashingStatement().isEmpty()) {
          b.addStatement(GridStatement.of(ItemId.of(spec.clashingStatement()), LocalizedText.of("Clash")));
        }
        return b.build();
      }
      case 4:
        return FreeText.of(id, text);
      default:
        // a follow-up of an earlier question, with the options a multiple choice of n options has
        return SingleChoice.builder().id(id).text(text).addAllOptions(options(n))
            .optionsFrom(ItemId.of(spec.ref().startsWith("q") ? spec.ref() : "q0")).build();
    }
  }

  private static Instrument build(InstrumentSpec spec) {
    List<ThematicArea> areas = new ArrayList<>();
    for (int a = 0; a < spec.areas().size(); a++) {
      AreaSpec area = spec.areas().get(a);
      String areaId = area.id().isEmpty() ? String.valueOf(a + 1) : area.id();
      List<Criterion> criteria = new ArrayList<>();
      for (int c = 0; c < area.criteria().size(); c++) {
        criteria.add(criterion(area.criteria().get(c), areaId + "." + (c + 1)));
      }
      areas.add(ThematicArea.builder().id(AreaId.of(areaId)).title(area.title().build())
          .addAllCriteria(criteria).build());
    }
    List<PriorityOption> priorities = new ArrayList<>();
    for (int i = 0; i < spec.priorities().size(); i++) {
      PrioritySpec p = spec.priorities().get(i);
      String code = p.code().isEmpty() ? String.valueOf((char) ('K' + i)) : p.code();
      priorities.add(PriorityOption.builder().code(code).label(LocalizedText.of("Priority " + code))
          .addAllAreas(p.areas().stream().distinct().map(AreaId::of).toList()).build());
    }
    var survey = Survey.builder().title(LocalizedText.of("Survey"));
    int q = 0;
    for (int s = 0; s < spec.sections().size(); s++) {
      SectionSpec section = spec.sections().get(s);
      var b = SurveySection.builder().id(SectionId.of("s" + s)).title(LocalizedText.of("Section " + s));
      if (!section.area().isEmpty()) {
        b.area(AreaId.of(section.area()));
      }
      for (QuestionSpec question : section.questions()) {
        b.addQuestion(question(question, "q" + q++, priorities));
      }
      survey.addSection(b.build());
    }
    GuideSpec guideSpec = spec.guide();
    long electives = guideSpec.sections().stream().filter(GuideSectionSpec::elective).count();
    var guide = InterviewGuide.builder().title(LocalizedText.of("Guide"))
        .electiveMin(guideSpec.electiveMin() == AUTO ? 0 : guideSpec.electiveMin())
        .electiveMax(guideSpec.electiveMax() == AUTO ? (int) electives : guideSpec.electiveMax())
        .addMetadataField(MetadataField.builder().id("respondent_name").label(LocalizedText.of("Name:"))
            .personal(guideSpec.personal()).required(guideSpec.required()).build());
    for (int s = 0; s < guideSpec.sections().size(); s++) {
      GuideSectionSpec section = guideSpec.sections().get(s);
      var b = InterviewSection.builder().id(SectionId.of("g" + s)).title(LocalizedText.of("Guide section " + s))
          .rule(section.elective() ? SectionRule.ELECTIVE : SectionRule.ALWAYS);
      if (!section.area().isEmpty()) {
        b.area(AreaId.of(section.area()));
      }
      for (int i = 0; i < section.questions(); i++) {
        b.addQuestion(InterviewQuestion.of(InterviewQuestionId.of("g" + s + "." + i), LocalizedText.of("Ask"), List.of()));
      }
      if (!section.clashingQuestion().isEmpty()) {
        b.addQuestion(InterviewQuestion.of(InterviewQuestionId.of(section.clashingQuestion()), LocalizedText.of("Ask"),
            List.of()));
      }
      guide.addSection(b.build());
    }
    var instrument = Instrument.builder()
        .id(InstrumentId.of("random"))
        .version(spec.head().version())
        .title(spec.head().title().build())
        .defaultLanguage(spec.head().defaultLanguage())
        .languages(spec.head().languages())
        .framework(Framework.of(areas))
        .addAllScales(spec.scales().stream().map(InstrumentPropertiesTest::scale).toList())
        .survey(survey.build())
        .addAllPriorities(priorities)
        .interviewGuide(guide.build());
    if (!spec.priorityQuestion().isEmpty()) {
      instrument.priorityQuestion(ItemId.of(spec.priorityQuestion()));
    }
    for (LinkSpec l : spec.links()) {
      instrument.addLink(CriterionLink.of(CriterionId.of(l.criterion()),
          l.items().stream().map(ItemId::of).toList(),
          l.questions().stream().map(InterviewQuestionId::of).toList()));
    }
    return instrument.build();
  }

  // --- properties ---------------------------------------------------------------------------

  @Test
  void randomInstrumentIsEitherValidOrRefusedWithAMessage() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger refusedAsInstrument = new AtomicInteger();
    AtomicInteger refusedAsPart = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(instruments()).checkAssert(spec -> {
      Instrument instrument;
      try {
        instrument = build(spec);
      } catch (InvalidInstrumentException e) {
        refusedAsInstrument.incrementAndGet();
        assertFalse(e.problems().isEmpty(), "an invalid instrument has problems");
        assertTrue(e.problems().stream().noneMatch(String::isBlank), e.problems()::toString);
        assertTrue(e.getMessage().contains(e.problems().get(0)), e.getMessage());
        return;
      } catch (IllegalArgumentException e) {
        refusedAsPart.incrementAndGet();
        assertNotNull(e.getMessage(), "a refusal names the problem");
        assertFalse(e.getMessage().isBlank(), "a refusal names the problem");
        return;
      } catch (RuntimeException e) {
        fail("building " + spec + " threw " + e, e);
        return;
      }
      valid.incrementAndGet();
      assertEquals(List.of(), InstrumentValidation.problems(instrument));
    });
    // the generators must reach every outcome, or the property says little
    assertTrue(valid.get() > 0, "no random instrument was valid");
    assertTrue(refusedAsInstrument.get() > 0, "no random instrument broke an instrument rule");
    assertTrue(refusedAsPart.get() > 0, "no random instrument broke a part rule");
  }

  @Test
  void sameRandomPartsGiveEqualInstrumentsWithEqualHashCodes() {
    qt().withExamples(EXAMPLES).forAll(instruments()).checkAssert(spec -> {
      Object first = outcome(spec);
      Object second = outcome(spec);
      assertEquals(first, second);
      assertEquals(first.hashCode(), second.hashCode());
      if (first instanceof Instrument instrument) {
        assertEquals(instrument, Instrument.builder().from(instrument).build());
        assertEquals(instrument.toString(), ((Instrument) second).toString());
      }
    });
  }

  /** The instrument, or the refusal's class and message. */
  private static Object outcome(InstrumentSpec spec) {
    try {
      return build(spec);
    } catch (IllegalArgumentException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  // --- derivations --------------------------------------------------------------------------

  /**
   * One edit of a derivation of {@link TestInstruments#minimal()}, or of {@link #french()}.
   * Targets and details are drawn from small sets that mix existing elements, missing ones and
   * clashing ones, so that edits succeed, are refused at once, or are refused when built.
   * {@code french}: a rename gives its new text in French too (on an English-only start, only a
   * French translation in the same derivation makes that valid).
   *
   * <p>kind: 0 rename criterion, 1 drop criterion, 2 drop option, 3 translate, 4 drop question,
   * 5 add criterion (target the area), 6 add question (target the section; detail the id, whose
   * kind follows from it: see {@link #newQuestion(String)}), 7 add option, 8 rename question,
   * 9 rename option, 10 add interview question (target the section), 11 drop interview
   * question, 12 rename interview question, 13 link an interview question to a criterion
   * (target the criterion), 14 link a survey item to a criterion (target the criterion).
   */
  record Edit(int kind, String target, String detail, boolean french) {
    Edit(int kind, String target, String detail) {
      this(kind, target, detail, false);
    }

    /** A rename's new text: English, and French if {@link #french}. */
    LocalizedText renamed(String what) {
      LocalizedText english = LocalizedText.of("Renamed " + what);
      return french ? english.withText("fr", "Renommé " + what) : english;
    }

    /**
     * Whether a text key belongs to an element this edit adds (such an element, like any
     * untranslated one, is in the default language only).
     */
    boolean adds(String key) {
      return switch (kind) {
        case 5 -> key.equals("criterion[" + detail + "].title") || key.startsWith("indicator[" + detail + "-");
        case 6 -> key.startsWith("survey.question[" + detail + "].");
        case 7 -> key.equals("survey.question[" + target + "].option[" + detail + "]");
        case 10 -> key.startsWith("guide.question[" + detail + "].");
        default -> false;
      };
    }

    void apply(InstrumentDerivation derivation) {
      switch (kind) {
        case 0 -> derivation.renameCriterion(CriterionId.of(target), renamed(detail));
        case 1 -> derivation.dropCriterion(CriterionId.of(target));
        case 2 -> derivation.dropOption(ItemId.of(target), detail);
        case 3 -> derivation.translate(detail, Map.of(target, "Translated"));
        case 4 -> derivation.dropQuestion(ItemId.of(target));
        case 5 -> derivation.addCriterion(AreaId.of(target), TestInstruments.criterion(detail, "Added " + detail));
        case 6 -> derivation.addQuestion(SectionId.of(target), newQuestion(detail));
        case 7 -> derivation.addOption(ItemId.of(target), detail.equals("none")
            ? ChoiceOption.builder().code("none").label(LocalizedText.of("None of these")).exclusive(true).build()
            : ChoiceOption.of(detail, LocalizedText.of("Added " + detail)));
        case 8 -> derivation.renameQuestion(ItemId.of(target), renamed(target));
        case 9 -> derivation.renameOption(ItemId.of(target), detail, renamed(detail));
        case 10 -> derivation.addInterviewQuestion(SectionId.of(target), InterviewQuestion.of(
            InterviewQuestionId.of(detail), LocalizedText.of("Ask " + detail), List.of(LocalizedText.of("Probe"))));
        case 11 -> derivation.dropInterviewQuestion(InterviewQuestionId.of(target));
        case 12 -> derivation.renameInterviewQuestion(InterviewQuestionId.of(target), renamed(target));
        case 13 -> derivation.link(CriterionId.of(target), InterviewQuestionId.of(detail));
        default -> derivation.link(CriterionId.of(target), ItemId.of(detail));
      }
    }

    /**
     * A new survey question: 2.8 a "choose two" multiple choice, 2.9 a follow-up of 2.2 with
     * the standard options (valid only after 2.2, and only while 2.2 keeps them), anything
     * else a free text (2.6 clashes).
     */
    static Question newQuestion(String id) {
      ItemId item = ItemId.of(id);
      LocalizedText text = LocalizedText.of("Added " + id);
      return switch (id) {
        case "2.8" -> MultipleChoice.builder().id(item).text(text).addAllOptions(options(3))
            .minSelections(2).maxSelections(2).build();
        case "2.9" -> SingleChoice.builder().id(item).text(text).addAllOptions(TestInstruments.forms())
            .optionsFrom(TestInstruments.FORMS).build();
        default -> FreeText.of(item, text);
      };
    }
  }

  /** The number of kinds of {@link Edit}. */
  private static final int EDIT_KINDS = 15;

  /** The kinds of {@link Edit} that rename: criterion, question, option, interview question. */
  private static final Set<Integer> RENAMES = Set.of(0, 8, 9, 12);

  /**
   * Edits of one kind, mostly with a target and detail that fit the minimal instrument (but
   * may not fit it any more after earlier edits), sometimes with one that does not (a missing
   * element, a clash, or one that only an earlier edit adds).
   *
   * @param fitting pairs of target and detail, or single targets
   * @param unfitting the same, unfitting
   */
  private static Gen<Edit> edits(int kind, List<String> fitting, List<String> unfitting) {
    Gen<String> pair = Generate.frequency(List.of(
        Pair.of(5, arbitrary().pick(fitting)), Pair.of(1, arbitrary().pick(unfitting))));
    return pair.zip(booleans().all(), (p, french) -> {
      String[] parts = p.split(" ", 2);
      return new Edit(kind, parts[0], parts.length > 1 ? parts[1] : "", french);
    });
  }

  private static Gen<Edit> edits() {
    List<Gen<Edit>> kinds = List.of(
        edits(0, List.of("1.1 a", "1.2 b", "2.1 a"), List.of("9.9 a", "1.3 a")),
        edits(1, List.of("1.1", "1.2", "2.1"), List.of("9.9", "1.3")),
        edits(2, List.of("2.2 begging", "2.2 other", "2.4 men", "8.1 A", "8.1 E", "1.6 female"),
            List.of("2.2.1 begging", "2.6 a", "9.9 a", "2.2 nothing", "8.1 Z", "2.2 added", "2.8 o1")),
        edits(3, List.of("criterion[1.1].title ru", "priority[A] ka", "survey.statement[3.1.2] pt-BR",
                "survey.question[2.2].option[begging] ru", "guide.question[3.1].prompt[2] ka",
                // French translations of texts that renames replace
                "criterion[1.1].title fr", "criterion[2.1].title fr", "survey.question[2.2].text fr",
                "survey.question[2.2].option[begging] fr", "survey.question[8.1].text fr", "priority[A] fr",
                "guide.question[3.1].text fr", "guide.question[8.1].text fr"),
            List.of("criterion[9.9].title ru", "criterion[1.1].title EN", "criterion[1.3].title ru",
                "survey.question[2.7].text ru", "guide.question[3.3].text ka", "survey.question[2.8].option[o1] ru")),
        edits(4, List.of("2.2", "2.2.1", "3.1.1", "4.1", "2.6", "8.1"), List.of("9.9", "2.7", "2.9")),
        edits(5, List.of("1 1.3", "2 2.2"), List.of("7 7.1", "2 1.1")),
        edits(6, List.of("2 2.7", "4 2.8", "2 2.9", "4 2.9"), List.of("9 2.7", "1 2.9", "4 2.6", "3 3.1.1")),
        edits(7, List.of("1.6 added", "1.6 none", "2.2 added", "2.4 added"),
            List.of("2.2 none", "2.2 begging", "8.1 A", "2.2.1 added", "2.6 added", "9.9 added", "2.8 added",
                "2.8 none")),
        edits(8, List.of("1.6", "2.2", "2.2.1", "2.4", "2.6", "3.1", "3.1.2", "8.1"), List.of("9.9", "2.7")),
        edits(9, List.of("1.6 female", "2.2 begging", "2.4 men", "8.1 A", "8.1 E", "1.6 other"),
            List.of("2.2.1 begging", "2.6 a", "9.9 a", "2.2 nothing", "8.1 Z", "2.8 o1", "2.2 added")),
        edits(10, List.of("3 3.3", "4 4.2", "1 1.2"), List.of("9 9.1", "4 3.1")),
        edits(11, List.of("1.1", "3.1", "3.2", "4.1"), List.of("9.9", "3.3")),
        edits(12, List.of("1.1", "3.1", "3.2", "4.1", "8.1"), List.of("9.9", "3.3")),
        edits(13, List.of("1.1 1.1", "2.1 3.2", "1.2 8.1"), List.of("9.9 3.1", "1.1 3.3", "1.3 3.1")),
        edits(14, List.of("1.1 2.6", "2.1 3.1.2", "1.2 1.6"), List.of("1.1 3.1", "1.1 9.9", "2.1 2.7")));
    return Generate.frequency(kinds.stream().map(k -> Pair.of(1, k)).toList());
  }

  /** The minimal instrument with every text also in French: languages [en, fr]. */
  static Instrument french() {
    Map<String, String> texts = new LinkedHashMap<>();
    InstrumentTexts.of(minimal()).forEach((key, text) -> texts.put(key, "fr " + text.english()));
    return InstrumentTexts.translate(minimal(), "fr", texts);
  }

  /** The start of a derivation: {@link #french()} if {@code translated}, else the minimal instrument. */
  private static Instrument start(boolean translated) {
    return translated ? french() : minimal();
  }

  /**
   * A successful derivation keeps every language of its original in every text, except in the
   * texts of elements it adds: a renamed element has a text in every language its text had
   * in the original (from the new text or from a translation of the same derivation), and no
   * other text loses one. On {@link #french()}, every text not added has every language of the original.
   */
  private static void assertKeepsEveryLanguage(Instrument original, List<Edit> edits, Instrument derived) {
    assertTrue(derived.languages().containsAll(original.languages()), derived.languages()::toString);
    InstrumentTexts.of(derived).forEach((key, text) -> {
      if (edits.stream().noneMatch(e -> e.adds(key))) {
        assertTrue(text.languages().containsAll(original.languages()),
            () -> "text '" + key + "' " + text.texts() + " lost a language of " + original.languages()
                + " after " + edits);
      }
    });
  }

  /** The derived instrument, or the refusal's class and message. */
  private static Object derivation(Instrument original, List<Edit> edits) {
    try {
      InstrumentDerivation derivation = original.derive();
      for (Edit edit : edits) {
        edit.apply(derivation);
      }
      return derivation.build();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * Derivations of the minimal instrument and of its French translation: each either builds a
   * valid instrument that keeps every language of the original (see {@link
   * #assertKeepsEveryLanguage}) or is refused with a message; the original never changes.
   */
  @Test
  void derivingNeverChangesTheOriginal() {
    Map<Boolean, Instrument> fresh = Map.of(false, minimal(), true, french());
    AtomicInteger built = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger builtFromFrenchWithRenames = new AtomicInteger();
    AtomicInteger refusedForAMissingLanguage = new AtomicInteger();
    Set<Integer> kindsBuilt = ConcurrentHashMap.newKeySet();
    Set<Integer> kindsBuiltFromFrench = ConcurrentHashMap.newKeySet();
    qt().withExamples(EXAMPLES).forAll(booleans().all(), lists().of(edits()).ofSizeBetween(0, 6))
        .checkAssert((translated, edits) -> {
          Instrument original = start(translated);
          int before = original.hashCode();
          try {
            InstrumentDerivation derivation = original.derive();
            for (Edit edit : edits) {
              edit.apply(derivation);
            }
            Instrument derived = derivation.build();
            built.incrementAndGet();
            edits.forEach(e -> (translated ? kindsBuiltFromFrench : kindsBuilt).add(e.kind()));
            if (translated && edits.stream().anyMatch(e -> RENAMES.contains(e.kind()))) {
              builtFromFrenchWithRenames.incrementAndGet();
            }
            assertEquals(List.of(), InstrumentValidation.problems(derived));
            assertKeepsEveryLanguage(original, edits, derived);
            // derived again, the instrument is the same
            assertEquals(derived, derived.derive().build());
          } catch (IllegalArgumentException e) {
            refused.incrementAndGet();
            assertNotNull(e.getMessage());
            assertFalse(e.getMessage().isBlank());
            if (e.getMessage().contains(" without a 'fr' text; ")) {
              refusedForAMissingLanguage.incrementAndGet();
              assertTrue(translated, "only a translated original has French texts to keep: " + e.getMessage());
              assertTrue(e.getMessage().contains("translate(\"fr\", Map.of(\""), e.getMessage());
            }
          } catch (RuntimeException e) {
            fail("deriving with " + edits + " threw " + e, e);
          }
          assertEquals(fresh.get(translated), original);
          assertEquals(before, original.hashCode());
          assertEquals(fresh.get(translated).hashCode(), original.hashCode());
          assertEquals(fresh.get(translated).toString(), original.toString());
        });
    // the generator must reach every outcome and every kind of edit, or the property says little
    assertTrue(built.get() > 0, "no derivation succeeded");
    assertTrue(refused.get() > 0, "no derivation was refused");
    assertTrue(builtFromFrenchWithRenames.get() > 0, "no derivation of the French instrument renamed and succeeded");
    assertTrue(refusedForAMissingLanguage.get() > 0, "no rename of a French text was refused for losing French");
    for (int kind = 0; kind < EDIT_KINDS; kind++) {
      assertTrue(kindsBuilt.contains(kind), "no successful derivation made an edit of kind " + kind);
      assertTrue(kindsBuiltFromFrench.contains(kind),
          "no successful derivation of the French instrument made an edit of kind " + kind);
    }
  }

  @Test
  void sameEditsGiveEqualDerivationsWithEqualHashCodes() {
    qt().withExamples(EXAMPLES).forAll(booleans().all(), lists().of(edits()).ofSizeBetween(0, 6))
        .checkAssert((translated, edits) -> {
          Object first = derivation(start(translated), edits);
          Object second = derivation(start(translated), edits);
          assertEquals(first, second);
          assertEquals(first.hashCode(), second.hashCode());
          if (first instanceof Instrument instrument) {
            assertEquals(instrument.toString(), second.toString());
            assertEquals(instrument, Instrument.builder().from(instrument).build());
          }
        });
  }

  @Test
  void equalTranslationsGiveEqualInstruments() {
    Gen<Map<String, String>> translations = lists().of(arbitrary().pick(List.of(
            "criterion[1.1].title", "priority[A]", "survey.statement[3.1.2]", "guide.field[country]",
            "scale[adequacy].point[dont_know]", "indicator[2.1-O1]")))
        .ofSizeBetween(0, 6)
        .map(keys -> {
          Map<String, String> map = new LinkedHashMap<>();
          keys.forEach(k -> map.put(k, "ru " + k));
          return map;
        });
    qt().withExamples(200).forAll(translations).checkAssert(map -> {
      Instrument a = minimal().derive().translate("ru", map).build();
      Map<String, String> reversed = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(map.keySet());
      for (int i = keys.size() - 1; i >= 0; i--) {
        reversed.put(keys.get(i), map.get(keys.get(i)));
      }
      Instrument b = minimal().derive().translate("ru", reversed).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      map.forEach((key, text) -> assertEquals(text, InstrumentTexts.of(a).get(key).in("ru", "en")));
    });
  }
}
