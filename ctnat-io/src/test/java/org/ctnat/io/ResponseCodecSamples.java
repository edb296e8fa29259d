package org.ctnat.io;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentPeriod;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.ImmutableWorkshopResult;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PersonalData;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.WorkshopResult;

/**
 * Test data for the response, interview, workshop and assessment formats: fixed samples from the
 * 2016 Azerbaijan assessment (the golden files hold them) and random values built from a seed,
 * with the standard instrument's real item ids, option codes, guide questions and indicators.
 * Random answers are mostly well-formed and sometimes not (wrong kind, unknown codes, items the
 * survey lacks), since files keep answers as given.
 */
final class ResponseCodecSamples {

  static final Instrument CTNAT = Instruments.ctnat2016();

  /** Texts that stress escaping in JSON and YAML. */
  private static final List<String> AWKWARD = List.of("", " ", "yes", "no", "null", "~", "true", "False",
      "1.0", "0x1F", "1e3", "- item", "key: value", "# not a comment", "'single'", "\"double\"", "back\\slash",
      "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "{braces}", "[brackets]", "a, b", "tab\there",
      "line\nbreak", "crlf\r\nend", "trailing ", " leading", "\u0000nul", "bell\u0007", "esc\u001b[0m",
      "ünïcödé", "Azərbaycan", "Қазақстан", "საქართველო", "العربية", "emoji 😀 pair", "\u2028ls", "nel\u0085",
      "zero\u200bwidth", "---", "...", "<script>alert(1)</script>", "=SUM(A1)", "line one\n\nline three");

  private static final List<String> WORDS = List.of("victims", "referral", "shelter", "police", "training",
      "funding", "border", "labour", "children", "NGO", "ministry", "hotline", "court", "return");

  private ResponseCodecSamples() {}

  // ---------------------------------------------------------------- fixed samples (golden files)

  /** Respondent AZEsur1 of the 2016 survey, answering one item of each kind, with personal data. */
  static SurveyResponse surveyResponse() {
    Respondent respondent = Respondent.builder().id(RespondentId.of("AZEsur1"))
        .putProfile(ProfileAttribute.COUNTRY, "azerbaijan")
        .personalData(PersonalData.of("Leyla Mammadova", "leyla@example.org")).build();
    return SurveyResponse.to(CTNAT, respondent)
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "Ombudsman's office"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.1"), SelectionAnswer.of("country_of_origin", "country_of_destination"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.withOther("forced begging", "forced_labour_or_services",
            "forced_marriage", "other_specify"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("forced_labour_or_services"))
        .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("adult_females", "female_children", "adult_males",
            "male_children"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("More labour exploitation abroad;\nfewer cases reported "
            + "at home."))
        .putAnswer(ItemId.of("3.1.4"), PointAnswer.of("adequate"))
        .putAnswer(ItemId.of("3.2.5"), PointAnswer.of("sometimes"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("J", "A", "G"))
        .build();
  }

  /** A response kept as given although it breaks the rules: four choices in a "choose three", an unknown code, a wrong kind. */
  static SurveyResponse invalidSurveyResponse() {
    return SurveyResponse.to(CTNAT, Respondent.of("AZEsur7"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("exploitation_in_prostitution", "removal_of_organs",
            "forced_marriage", "slavery_or_servitude"))
        .putAnswer(ItemId.of("3.1.1"), PointAnswer.of("excellent"))
        .putAnswer(ItemId.of("1.6"), TextAnswer.of("prefer not to say"))
        .putAnswer(ItemId.of("8.1"), new RankingAnswer(Map.of("J", 1), Optional.empty()))
        .putAnswer(ItemId.of("9.9"), ChoiceAnswer.of("yes"))
        .build();
  }

  /** Interview AZEint3, with the respondent's name as personal metadata. */
  static InterviewRecord interviewRecord() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("country", "Azerbaijan");
    metadata.put("interviewer_name", "Interviewer 2");
    metadata.put("interviewer_organization", "IOM");
    metadata.put("respondent_organization", "State Migration Service");
    metadata.put("respondent_title", "Head of unit");
    metadata.put("interview_datetime", "2016-02-11T10:00");
    metadata.put("interview_format", "face to face");
    Map<InterviewQuestionId, String> notes = new LinkedHashMap<>();
    notes.put(InterviewQuestionId.of("3.3"), "Indicators from the NRM; no written screening checklist.");
    notes.put(InterviewQuestionId.of("4.2"), "Shelter places are enough for women, none for men.");
    Map<InterviewQuestionId, List<String>> themes = new LinkedHashMap<>();
    themes.put(InterviewQuestionId.of("3.3"), List.of("no_screening_tools", "informal_identification"));
    themes.put(InterviewQuestionId.of("4.2"), List.of("no_shelter_for_men"));
    return InterviewRecord.of(CTNAT, "AZEint3").metadata(metadata)
        .personalData(Map.of("respondent_name", "Rashad Aliyev"))
        .participants(new Participants(1, 2, 0))
        .sectionsCovered(List.of(SectionId.of("1"), SectionId.of("2"), SectionId.of("3"), SectionId.of("4"),
            SectionId.of("8")))
        .notes(notes).themes(themes).build();
  }

  /** Group 1 of the validation workshop, which ranked its top three priorities. */
  static WorkshopResult workshopResult() {
    return WorkshopResult.ranked("AZEws-group1", "A", "J", "G");
  }

  /** A small assessment of Azerbaijan, 2015-10 to 2016-03, with personal data in its records. */
  static Assessment assessment() {
    return Assessment.of(CTNAT, "AZE-2016").country("Azerbaijan")
        .period(AssessmentPeriod.of(YearMonth.of(2015, 10), YearMonth.of(2016, 3)))
        .addSources(Source.builder().id(org.ctnat.core.assessment.SourceId.of("Aze 16"))
            .title("National Action Plan on Combating Trafficking in Persons 2014–2018")
            .author("Cabinet of Ministers").year(2014).build())
        .addSources(Source.builder().id(org.ctnat.core.assessment.SourceId.of("Aze 30"))
            .title("Trafficking in Persons Report").author("US Department of State").year(2015)
            .url("https://www.state.gov/j/tip/rls/tiprpt/2015/").build())
        .addSurveyResponses(surveyResponse(), invalidSurveyResponse())
        .addInterviews(interviewRecord())
        .addWorkshopResults(workshopResult(), WorkshopResult.of("AZEws-group2", "B", "A", "F"))
        .addJudgements(IndicatorJudgement.of(IndicatorId.parse("1.3-F1"), JudgementStatus.MET,
            "Identification indicators are set out in the NRM.", "A1", DocumentEvidence.page("Aze 16", 3),
            SurveyEvidence.of("3.1.5"), InterviewEvidence.of("3.3", "AZEint3")))
        .addJudgements(IndicatorJudgement.of(IndicatorId.parse("2.2-O1"), JudgementStatus.NOT_MET,
            "No shelter places for men.", "A1", DocumentEvidence.pages("Aze 30", 32, 33),
            InterviewEvidence.of("4.2")))
        .addJudgements(IndicatorJudgement.of(IndicatorId.parse("5.1-F2"), JudgementStatus.UNDETERMINED, "",
            "A2"))
        .addRecommendations(Recommendation.of(AreaId.of("1"), "Introduce screening checklists for front-line "
            + "officers.", CriterionId.of("1.3")))
        .addRecommendations(Recommendation.of(AreaId.of("2"), "Open shelter places for men."))
        .build();
  }

  // ---------------------------------------------------------------- random values

  /** A text that may be anything a person types, including characters that need escaping. */
  static String text(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return AWKWARD.get(random.nextInt(AWKWARD.size()));
      case 1: {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          int c = random.nextInt(10) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0xD7FF - 0x20);
          out.appendCodePoint(c);
        }
        return out.toString();
      }
      default:
        return words(random);
    }
  }

  /** A not-blank text on one line. */
  static String oneLine(Random random) {
    String text = random.nextBoolean() ? words(random) : AWKWARD.get(random.nextInt(AWKWARD.size()));
    text = text.replaceAll("[\\n\\r\\u0085\\u2028\\u2029]", " ");
    return text.isBlank() ? "Text " + random.nextInt(100) : text;
  }

  private static String words(Random random) {
    StringBuilder out = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
    for (int i = random.nextInt(5); i > 0; i--) {
      out.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return out.toString();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> List<T> some(Random random, List<T> values, int max) {
    Set<T> chosen = new LinkedHashSet<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      chosen.add(pick(random, values));
    }
    return new ArrayList<>(chosen);
  }

  /** A code: usually one the item has, sometimes one it lacks. */
  private static String code(Random random, List<String> codes) {
    if (codes.isEmpty() || random.nextInt(8) == 0) {
      return random.nextBoolean() ? "not_a_code" : text(random);
    }
    return pick(random, codes);
  }

  private static Optional<String> other(Random random) {
    return random.nextInt(4) == 0 ? Optional.of(text(random)) : Optional.empty();
  }

  /** A random survey response to the standard instrument. */
  static SurveyResponse surveyResponse(Random random) {
    return surveyResponse(random, "AZEsur" + random.nextInt(1000), CTNAT.id(), CTNAT.version());
  }

  static SurveyResponse surveyResponse(Random random, String id, InstrumentId instrument, String version) {
    var respondent = Respondent.builder().id(RespondentId.of(id));
    for (ProfileAttribute attribute : some(random, List.of(ProfileAttribute.values()), 3)) {
      respondent.putProfile(attribute, random.nextInt(5) == 0 ? text(random) : "code_" + random.nextInt(5));
    }
    if (random.nextInt(3) == 0) {
      respondent.personalData(PersonalData.of(random.nextBoolean() ? text(random) : null,
          random.nextBoolean() ? text(random) : null));
    }
    var response = SurveyResponse.builder().respondent(respondent.build()).instrumentId(instrument)
        .instrumentVersion(version);
    List<Question> questions = CTNAT.survey().questions();
    for (int i = random.nextInt(12); i > 0; i--) {
      Question question = pick(random, questions);
      if (question instanceof Grid grid) {
        GridStatement statement = pick(random, grid.statements());
        List<String> points = CTNAT.scale(grid.scale()).orElseThrow().points().stream().map(ScalePoint::code)
            .toList();
        response.putAnswer(statement.id(), random.nextInt(10) == 0 ? answer(random, List.of())
            : PointAnswer.of(code(random, points)));
      } else {
        response.putAnswer(question.id(), random.nextInt(10) == 0 ? answer(random, List.of())
            : answer(random, question));
      }
    }
    if (random.nextInt(10) == 0) {
      response.putAnswer(ItemId.of("9." + random.nextInt(20)), answer(random, List.of("x")));
    }
    return response.build();
  }

  private static Answer answer(Random random, Question question) {
    if (question instanceof SingleChoice q) {
      return new ChoiceAnswer(code(random, codes(q.options())), other(random));
    } else if (question instanceof MultipleChoice q) {
      List<String> codes = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        codes.add(code(random, codes(q.options())));
      }
      return new SelectionAnswer(codes, other(random));
    } else if (question instanceof Ranking q) {
      Map<String, Integer> ranks = new LinkedHashMap<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        ranks.put(code(random, codes(q.options())), random.nextInt(8) == 0 ? random.nextInt() : 1 + random.nextInt(4));
      }
      return new RankingAnswer(ranks, other(random));
    } else if (question instanceof FreeText) {
      return TextAnswer.of(text(random));
    }
    throw new IllegalArgumentException("no answer for " + question);
  }

  /** An answer of any kind, with codes from {@code codes} or made up. */
  private static Answer answer(Random random, List<String> codes) {
    switch (random.nextInt(5)) {
      case 0:
        return new ChoiceAnswer(code(random, codes), other(random));
      case 1:
        return new SelectionAnswer(List.of(code(random, codes), code(random, codes)), other(random));
      case 2:
        return new RankingAnswer(Map.of(code(random, codes), 1), other(random));
      case 3:
        return PointAnswer.of(code(random, codes));
      default:
        return TextAnswer.of(text(random));
    }
  }

  private static List<String> codes(List<ChoiceOption> options) {
    return options.stream().map(ChoiceOption::code).toList();
  }

  /** A random interview record made with the standard guide. */
  static InterviewRecord interviewRecord(Random random) {
    var record = InterviewRecord.builder().id(RespondentId.of("AZEint" + random.nextInt(100)))
        .instrumentId(random.nextInt(5) == 0 ? InstrumentId.of("ctnat-2016-geo") : CTNAT.id())
        .instrumentVersion(random.nextInt(5) == 0 ? "2016.1-geo" : CTNAT.version());
    for (MetadataField field : some(random, CTNAT.interviewGuide().metadataFields(), 6)) {
      if (field.personal()) {
        record.putPersonalData(field.id(), text(random));
      } else {
        record.putMetadata(field.id(), text(random));
      }
    }
    record.participants(new Participants(random.nextInt(5), random.nextInt(5), random.nextInt(3) == 0 ? 1 : 0));
    record.sectionsCovered(some(random, CTNAT.interviewGuide().sections(), 5).stream().map(InterviewSection::id)
        .toList());
    List<InterviewQuestionId> questions = CTNAT.interviewGuide().questions().stream().map(InterviewQuestion::id)
        .toList();
    for (InterviewQuestionId question : some(random, questions, 4)) {
      record.putNote(question, text(random));
    }
    for (InterviewQuestionId question : some(random, questions, 3)) {
      record.putTheme(question, some(random, List.of("lack_of_funding", "no_shelter_for_men", "good_cooperation",
          "staff_turnover"), 3));
    }
    return record.build();
  }

  /** A random workshop result: priorities A–Q, sometimes a code the instrument lacks. */
  static WorkshopResult workshopResult(Random random) {
    List<String> codes = new ArrayList<>(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
        "N", "O", "P", "Q", "Z"));
    return ImmutableWorkshopResult.builder().group(RespondentId.of("AZEws-group" + random.nextInt(10)))
        .priorities(some(random, codes, 4)).ranked(random.nextBoolean()).build();
  }

  /** A random assessment made with the standard instrument. */
  static Assessment assessment(Random random) {
    YearMonth start = YearMonth.of(2000 + random.nextInt(30), 1 + random.nextInt(12));
    var assessment = Assessment.of(CTNAT, "AZE-" + (2000 + random.nextInt(30))).country(oneLine(random))
        .period(AssessmentPeriod.of(start, start.plusMonths(random.nextInt(24))));
    List<String> sourceIds = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String id = "Aze " + (sourceIds.size() + 1);
      sourceIds.add(id);
      var source = Source.builder().id(org.ctnat.core.assessment.SourceId.of(id)).title(oneLine(random));
      if (random.nextBoolean()) {
        source.author(oneLine(random));
      }
      if (random.nextBoolean()) {
        source.year(1000 + random.nextInt(9000));
      }
      if (random.nextBoolean()) {
        source.url("https://example.org/" + random.nextInt(100));
      }
      assessment.addSources(source.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      assessment.addSurveyResponses(random.nextInt(5) == 0
          ? surveyResponse(random, "GEOsur" + i, InstrumentId.of("ctnat-2016-geo"), "1")
          : surveyResponse(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      assessment.addInterviews(interviewRecord(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      assessment.addWorkshopResults(workshopResult(random));
    }
    List<IndicatorId> indicators = CTNAT.framework().indicators().stream().map(x -> x.id()).toList();
    for (IndicatorId indicator : some(random, indicators, 4)) {
      JudgementStatus status = pick(random, List.of(JudgementStatus.values()));
      List<EvidenceReference> evidence = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        EvidenceReference reference = switch (random.nextInt(3)) {
          case 0 -> random.nextBoolean() || sourceIds.isEmpty()
              ? DocumentEvidence.of(sourceIds.isEmpty() ? "Aze 99" : pick(random, sourceIds))
              : DocumentEvidence.of(pick(random, sourceIds), oneLine(random));
          case 1 -> SurveyEvidence.of(pick(random, CTNAT.survey().itemIds()).value());
          default -> random.nextBoolean() ? InterviewEvidence.of("3." + (1 + random.nextInt(5)))
              : InterviewEvidence.of("4." + (1 + random.nextInt(6)), "AZEint" + random.nextInt(5));
        };
        if (!evidence.contains(reference)) {
          evidence.add(reference);
        }
      }
      String rationale = status == JudgementStatus.UNDETERMINED && random.nextBoolean() ? "" : oneLine(random)
          + (random.nextBoolean() ? "\n" + text(random) : "");
      assessment.addJudgements(IndicatorJudgement.builder().indicator(indicator).status(status)
          .rationale(rationale).assessor("A" + random.nextInt(3)).evidence(evidence).build());
    }
    List<ThematicArea> areas = CTNAT.framework().areas();
    for (int i = random.nextInt(3); i > 0; i--) {
      ThematicArea area = pick(random, areas);
      assessment.addRecommendations(Recommendation.builder().area(area.id()).text(oneLine(random))
          .criteria(some(random, area.criteria(), 2).stream().map(c -> c.id()).toList()).build());
    }
    return assessment.build();
  }
}
