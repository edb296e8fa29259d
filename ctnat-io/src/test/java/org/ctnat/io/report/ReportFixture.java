package org.ctnat.io.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentPeriod;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.assessment.SourceId;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.ChoiceAnswer;
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
import org.ctnat.io.Instruments;

/**
 * A realistic assessment of the standard instrument for the report tests, built from a fixed
 * seed: 20 survey responses answering every kind of question (a few items skipped), 8 interviews
 * covering sections 1, 7, 8 and two or three elective sections each with coded themes, judgements
 * of all 100 indicators (met, not met and undetermined), two workshop groups, three sources and
 * two recommendations per area.
 *
 * <p>Hostile and personal data is planted on purpose: respondent {@value #RESPONDENT_WITH_PERSONAL_DATA}
 * carries a name and an e-mail address, an interview the interviewee's name; free texts, an
 * "other" text and a recommendation hold {@value #SCRIPT} and {@value #IMG}.
 */
final class ReportFixture {

  static final Instrument CTNAT = Instruments.ctnat2016();

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(2)>";
  static final String NAME = "Leyla Quixotic-Mammadova";
  static final String EMAIL = "leyla.quixotic@example.org";
  static final String INTERVIEWEE = "Rashad Zanzibar-Aliyev";
  static final String RESPONDENT_WITH_PERSONAL_DATA = "TSTsur1";
  static final String RESPONDENT_PREFIX = "TSTsur";
  static final String INTERVIEW_PREFIX = "TSTint";

  static final int RESPONSES = 20;
  static final int INTERVIEWS = 8;

  private static final List<String> THEMES = List.of("lack_of_funding", "nrm_on_paper", "training_needed",
      "good_cooperation", "data_gaps", "ngo_restrictions", "no_shelter_for_men", "awareness_low");

  private ReportFixture() {}

  /** The assessment. */
  static Assessment assessment() {
    return builder(2016).build();
  }

  /** A later round with other judgements (every fourth indicator changes), for comparisons. */
  static Assessment laterRound() {
    Assessment first = assessment();
    List<IndicatorJudgement> judgements = new ArrayList<>();
    int i = 0;
    for (IndicatorJudgement j : first.judgements()) {
      if (i++ % 4 == 0) {
        JudgementStatus next = j.status() == JudgementStatus.MET ? JudgementStatus.NOT_MET : JudgementStatus.MET;
        judgements.add(IndicatorJudgement.of(j.indicator(), next, "Changed since the first round.", "A2",
            DocumentEvidence.of("Tst 2")));
      } else {
        judgements.add(j);
      }
    }
    return Assessment.builder().from(first).id(org.ctnat.core.assessment.AssessmentId.of("TST-2018"))
        .period(AssessmentPeriod.of(YearMonth.of(2018, 1), YearMonth.of(2018, 6))).judgements(judgements).build();
  }

  static org.ctnat.core.assessment.ImmutableAssessment.Builder builder(long seed) {
    Random random = new Random(seed);
    org.ctnat.core.assessment.ImmutableAssessment.Builder builder = Assessment.of(CTNAT, "TST-2016")
        .country("Testland")
        .period(AssessmentPeriod.of(YearMonth.of(2015, 10), YearMonth.of(2016, 3)))
        .addSources(Source.builder().id(SourceId.of("Tst 1")).title("Law on Combating Trafficking in Human Beings")
            .author("Parliament").year(2005).build())
        .addSources(Source.builder().id(SourceId.of("Tst 2")).title("National Action Plan 2014\u20132018")
            .author("Cabinet of Ministers").year(2014).build())
        .addSources(Source.builder().id(SourceId.of("Tst 3")).title("Trafficking in Persons Report")
            .author("US Department of State").year(2015).url("https://www.state.gov/tip-report-2015/").build());
    for (int r = 1; r <= RESPONSES; r++) {
      builder.addSurveyResponses(response(r, random));
    }
    for (int i = 1; i <= INTERVIEWS; i++) {
      builder.addInterviews(interview(i, random));
    }
    builder.addWorkshopResults(WorkshopResult.ranked("TSTws-group1", "J", "A", "B"),
        WorkshopResult.ranked("TSTws-group2", "J", "E", "M"));
    builder.judgements(judgements(random));
    for (ThematicArea area : CTNAT.framework().areas()) {
      Criterion first = area.criteria().get(0);
      builder.addRecommendations(Recommendation.of(area.id(), "Strengthen " + first.title().english().toLowerCase()
          + " through training of front-line officers.", first.id()));
      builder.addRecommendations(Recommendation.of(area.id(), area.id().value().equals("1")
          ? "Publish the NRM rules " + SCRIPT + " and " + IMG : "Review the area as a whole with civil society."));
    }
    return builder;
  }

  private static SurveyResponse response(int number, Random random) {
    String id = RESPONDENT_PREFIX + number;
    Respondent respondent = number == 1
        ? Respondent.builder().id(RespondentId.of(id)).personalData(PersonalData.of(NAME, EMAIL)).build()
        : Respondent.of(id);
    var builder = SurveyResponse.to(CTNAT, respondent);
    Map<ItemId, List<String>> chosen = new LinkedHashMap<>();
    for (Question question : CTNAT.survey().questions()) {
      if (random.nextInt(20) == 0 && !(question instanceof SingleChoice q && q.optionsFrom().isPresent())) {
        continue; // skipped
      }
      if (question instanceof SingleChoice q) {
        List<ChoiceOption> options = q.optionsFrom().map(parent -> chosenOptions(q, chosen.get(parent)))
            .orElse(q.options());
        if (options.isEmpty()) {
          continue;
        }
        ChoiceOption option = options.get(skewed(random, options.size()));
        if (number == 3 && options.stream().anyMatch(ChoiceOption::specify)) {
          option = options.stream().filter(ChoiceOption::specify).findFirst().orElseThrow();
        }
        builder.putAnswer(q.id(), option.specify() ? ChoiceAnswer.of(option.code(), number == 3 ? "<b onmouseover=alert(3)>NGO</b>"
            : "Ombudsman's office") : ChoiceAnswer.of(option.code()));
      } else if (question instanceof MultipleChoice q) {
        List<ChoiceOption> pool = new ArrayList<>(q.options().stream().filter(o -> !o.exclusive()).toList());
        Collections.shuffle(pool, random);
        int count = Math.max(q.minSelections(), Math.min(q.effectiveMaxSelections(), 1 + random.nextInt(3)));
        List<ChoiceOption> picked = pool.subList(0, Math.min(count, pool.size()));
        String[] codes = picked.stream().map(ChoiceOption::code).toArray(String[]::new);
        chosen.put(q.id(), List.of(codes));
        builder.putAnswer(q.id(), picked.stream().anyMatch(ChoiceOption::specify)
            ? SelectionAnswer.withOther("forced criminality", codes) : SelectionAnswer.of(codes));
      } else if (question instanceof Ranking q) {
        List<ChoiceOption> pool = new ArrayList<>(q.options());
        // the first options are favoured, so that some priorities gather many choices
        pool.sort((a, b) -> Integer.compare(random.nextInt(pool.size() + 8) - q.options().indexOf(a),
            random.nextInt(pool.size() + 8) - q.options().indexOf(b)));
        List<String> codes = pool.subList(0, q.maxRanked()).stream().map(ChoiceOption::code).toList();
        boolean other = pool.subList(0, q.maxRanked()).stream().anyMatch(ChoiceOption::specify);
        builder.putAnswer(q.id(), RankingAnswer.inOrder(codes, other ? Optional.of("Better data protection")
            : Optional.empty()));
      } else if (question instanceof Grid grid) {
        Scale scale = CTNAT.scale(grid.scale()).orElseThrow();
        int bias = random.nextInt(scale.points().size());
        for (GridStatement statement : grid.statements()) {
          int point = Math.floorMod(bias + skewed(random, 3) - 1, scale.points().size());
          builder.putAnswer(statement.id(), PointAnswer.of(scale.points().get(point).code()));
        }
      } else if (question instanceof FreeText q) {
        String text = switch (number) {
          case 3 -> SCRIPT;
          case 4 -> IMG;
          case 5 -> "=HYPERLINK(\"http://evil.example/\",\"click\")";
          default -> "Answer " + number + " to " + q.id() + ": more coordination is needed.";
        };
        builder.putAnswer(q.id(), TextAnswer.of(text));
      }
    }
    return builder.build();
  }

  private static List<ChoiceOption> chosenOptions(SingleChoice followUp, List<String> parentCodes) {
    if (parentCodes == null) {
      return List.of();
    }
    return followUp.options().stream().filter(o -> parentCodes.contains(o.code())).toList();
  }

  /** An index from 0 to n − 1, more often small. */
  private static int skewed(Random random, int n) {
    return Math.min(random.nextInt(n), random.nextInt(n));
  }

  private static InterviewRecord interview(int number, Random random) {
    List<InterviewSection> elective = CTNAT.interviewGuide().sections().stream()
        .filter(s -> s.rule() == SectionRule.ELECTIVE).toList();
    List<InterviewSection> shuffled = new ArrayList<>(elective);
    Collections.shuffle(shuffled, random);
    List<InterviewSection> covered = new ArrayList<>(CTNAT.interviewGuide().sections().stream()
        .filter(s -> s.rule() != SectionRule.ELECTIVE).toList());
    covered.addAll(shuffled.subList(0, 2 + random.nextInt(2)));
    var builder = InterviewRecord.of(CTNAT, INTERVIEW_PREFIX + number)
        .putMetadata("country", "Testland")
        .putMetadata("respondent_organization", "Ministry " + number)
        .participants(Participants.of(1 + random.nextInt(2), 1 + random.nextInt(3)));
    if (number == 2) {
      builder.putPersonalData("respondent_name", INTERVIEWEE);
    }
    for (InterviewSection section : covered) {
      builder.addSectionsCovered(section.id());
      for (InterviewQuestion question : section.questions()) {
        if (random.nextInt(3) == 0) {
          List<String> themes = new ArrayList<>();
          themes.add(THEMES.get(skewed(random, THEMES.size())));
          if (random.nextBoolean()) {
            themes.add(THEMES.get(random.nextInt(THEMES.size())));
          }
          builder.putTheme(question.id(), themes.stream().distinct().toList());
          builder.putNote(question.id(), "Notes of interview " + number + " on " + question.id());
        }
      }
    }
    return builder.build();
  }

  private static List<IndicatorJudgement> judgements(Random random) {
    List<IndicatorJudgement> judgements = new ArrayList<>();
    for (Indicator indicator : CTNAT.framework().indicators()) {
      int roll = random.nextInt(10);
      JudgementStatus status = roll < 5 ? JudgementStatus.MET : roll < 9 ? JudgementStatus.NOT_MET
          : JudgementStatus.UNDETERMINED;
      List<EvidenceReference> evidence = new ArrayList<>();
      if (status != JudgementStatus.UNDETERMINED) {
        evidence.add(DocumentEvidence.page("Tst " + (1 + random.nextInt(3)), 1 + random.nextInt(40)));
        if (random.nextBoolean()) {
          evidence.add(SurveyEvidence.of("3.1.1"));
        }
        if (random.nextBoolean()) {
          evidence.add(InterviewEvidence.of("3.1"));
        }
      }
      judgements.add(IndicatorJudgement.of(indicator.id(), status,
          status == JudgementStatus.UNDETERMINED ? "" : "From the evidence.", "A1",
          evidence.toArray(EvidenceReference[]::new)));
    }
    return judgements;
  }
}
