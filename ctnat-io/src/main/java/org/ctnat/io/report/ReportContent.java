package org.ctnat.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ctnat.core.analysis.AreaProfile;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.ConsistencyWarning;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.CriterionProfile;
import org.ctnat.core.analysis.GapKind;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.LikertSummary;
import org.ctnat.core.analysis.OtherTexts;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.Profiles;
import org.ctnat.core.analysis.RankingSummary;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.analysis.ThemeFrequencies;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;

/**
 * Everything an assessment report shows, computed once from the assessment and the instrument,
 * with disclosure control applied in one {@link Disclosure} run: the HTML and Markdown renderers
 * and the {@link Worksheets worksheet} only format it, so all three show the same value of every
 * figure and none can show a withheld one.
 *
 * <p>Overall sample sizes — survey responses, interviews and their participants, workshop
 * groups, documents — are always published, as in the 2016 report; every count within them
 * (participants by sex, respondents by profile attribute, answers) follows the disclosure rule.
 * "Other – please specify" texts are kept only under a question whose specify options all have
 * a published count: their number, or the number of quotes, could otherwise give a withheld
 * count away.
 *
 * <p>Personal data is never read: respondents contribute answers and profile codes only, interviews
 * their participant numbers and coded themes. Free texts are kept without any respondent id and
 * sorted, so that their order says nothing about who wrote them.
 *
 * <p>Instances are immutable.
 */
record ReportContent(Header header, Overview overview, List<Block> profile, Block participants,
    List<Block> context, List<Area> areas, Optional<Priorities> priorities, List<Block> other,
    Limitations limitations) {

  /** An instrument text in the language it is shown in. */
  record Label(String text, String lang) {}

  /**
   * A published count with its share and interval; all empty when withheld. A count may be
   * published while its share is not (when the denominator is withheld).
   */
  record Figure(OptionalInt count, Optional<Double> share, Optional<ConfidenceInterval> interval) {
    static final Figure WITHHELD = new Figure(OptionalInt.empty(), Optional.empty(), Optional.empty());

    boolean withheld() {
      return count.isEmpty();
    }
  }

  /** What the report says about the assessment, on its first lines. */
  record Header(String title, String country, String period, String instrument, boolean draft, int k,
      boolean zerosSensitive, String intervalMethod, double level) {}

  /** The evidence collected. */
  record Overview(int sources, int responses, int interviews, int participants, int groups, int judgements,
      int indicators, List<Source> sourceList) {}

  /** The results of one survey question or profile attribute. */
  sealed interface Block permits Choice, GridBlock, Ranked, Texts {
    String id();

    Label text();
  }

  /** One option of a choice. */
  record Category(String code, Label label, Figure figure) {}

  /** A single or multiple choice (or a profile attribute): one count per option. */
  record Choice(String id, Label text, boolean multiple, List<Category> categories, OptionalInt answered,
      OptionalInt eligible, boolean smallSample, Others others) implements Block {}

  /** A point of a grid's scale. */
  record Point(String code, Label label, Optional<Polarity> polarity) {}

  /**
   * One statement of a grid: a figure per point, the denominators, and the Likert summary when
   * none of its counts is withheld (a summary of partly withheld counts could reveal them).
   */
  record Statement(ItemId item, Label text, List<Figure> figures, OptionalInt answered, OptionalInt eligible,
      boolean smallSample, Optional<LikertSummary> summary) {}

  /** A grid and its statements. */
  record GridBlock(String id, Label text, Label scale, List<Point> points, List<Statement> statements)
      implements Block {}

  /** A ranking: how often each option was given each rank, how often ranked, its mean rank. */
  record Ranked(String id, Label text, List<String> codes, List<Label> options, int maxRank,
      List<List<OptionalInt>> byRank, List<Figure> timesRanked, List<OptionalDouble> meanRank, OptionalInt answered,
      OptionalInt eligible, Others others) implements Block {}

  /**
   * A free-text question: how many answered (always published: the quotes show it anyway), how
   * many were asked, and if quoted, the answers.
   */
  record Texts(String id, Label text, int answered, OptionalInt eligible, List<String> answers, boolean quoted)
      implements Block {}

  /**
   * The "Other – please specify" texts of a question: how many, and if quoted, the texts. {@link
   * #NONE} — nothing shown — both when there are none and when a specify option's count is
   * withheld, so that the two cannot be told apart.
   */
  record Others(int count, List<String> texts, boolean quoted) {
    static final Others NONE = new Others(0, List.of(), true);
  }

  /** One interview theme: in how many interviews it came up, and how many times. */
  record ThemeRow(String theme, Figure interviews, OptionalInt mentions) {}

  /** The themes of one area, with the number of interviews that covered it. */
  record Themes(int interviews, List<ThemeRow> rows) {}

  /** One indicator of the indicator table. */
  record IndicatorCell(IndicatorId id, Label statement, Optional<JudgementStatus> status, boolean flagged,
      int evidence) {}

  /** One criterion of the indicator table. */
  record CriterionRow(CriterionId id, Label title, List<IndicatorCell> cells, int score, List<GapKind> gaps) {}

  /** One thematic area: survey, interviews, indicators, recommendations. */
  record Area(AreaId id, Label title, List<Block> survey, Themes themes, List<CriterionRow> criteria, int met,
      int indicators, List<Recommendation> recommendations) {

    List<IndicatorCell> flagged() {
      return criteria.stream().flatMap(c -> c.cells().stream()).filter(IndicatorCell::flagged).toList();
    }
  }

  /** One priority: survey respondents who chose it (by rank), its score, workshop groups. */
  record PriorityRow(String code, Label label, Figure chosen, List<OptionalInt> byRank, OptionalInt score,
      int groups) {}

  /**
   * The priorities table, survey respondents and workshop groups side by side; {@code
   * respondents} are those who ranked priorities, {@code eligible} those asked.
   */
  record Priorities(String id, Label question, List<PriorityRow> rows, List<Integer> weights,
      OptionalInt respondents, OptionalInt eligible, int invalid, int groups, Others others, List<Block> questions) {}

  /** What the reader must know before trusting the numbers. */
  record Limitations(int responses, int interviews, int participants, int groups, int sources,
      int smallSamples, int items, int invalidAnswers, int unjudged, int undetermined, int withoutEvidence,
      int level2WithoutLevel1, List<Disclosure.Withheld> withheld, boolean freeText) {}

  /**
   * Every survey question's block by question id — respondent profile, context, thematic areas,
   * the questions beside the priorities, other questions — the first where a question appears
   * twice; the priority question itself is {@link #priorities()}.
   */
  Map<String, Block> blocks() {
    Map<String, Block> blocks = new java.util.LinkedHashMap<>();
    List<Block> all = new ArrayList<>(profile);
    all.addAll(context);
    areas.forEach(a -> all.addAll(a.survey()));
    priorities.ifPresent(p -> all.addAll(p.questions()));
    all.addAll(other);
    all.forEach(b -> blocks.putIfAbsent(b.id(), b));
    return blocks;
  }

  // ------------------------------------------------------------------------------------ building

  /**
   * Computes the content of a report.
   *
   * @throws IllegalArgumentException if the assessment was made with another instrument
   */
  static ReportContent of(Assessment assessment, Instrument instrument, ReportOptions options) {
    return new Builder(assessment, instrument, options).build();
  }

  /** The working state of one build. */
  private static final class Builder {
    private final Assessment assessment;
    private final Instrument instrument;
    private final ReportOptions options;
    private final String language;
    private final Disclosure disclosure;
    private final SurveyTally tally;
    private final Map<ItemId, List<OtherTexts.OtherText>> otherTexts;

    Builder(Assessment assessment, Instrument instrument, ReportOptions options) {
      if (!instrument.id().equals(assessment.instrumentId())) {
        throw new IllegalArgumentException("report: assessment " + assessment.id() + " must be made with instrument "
            + instrument.id() + ", but was made with " + assessment.instrumentId() + " "
            + assessment.instrumentVersion());
      }
      this.assessment = assessment;
      this.instrument = instrument;
      this.options = options;
      this.language = options.language().orElse(instrument.defaultLanguage());
      this.disclosure = new Disclosure(options);
      this.tally = SurveyTally.of(instrument, assessment.surveyResponses());
      this.otherTexts = OtherTexts.of(instrument, assessment.surveyResponses()).texts();
    }

    ReportContent build() {
      GapReport gaps = Gaps.of(instrument, assessment);
      List<Block> profile = profile();
      Block participants = participants();
      List<Block> context = new ArrayList<>();
      List<Block> other = new ArrayList<>();
      Optional<Priorities> priorities = Optional.empty();
      for (SurveySection section : instrument.survey().sections()) {
        if (section.area().isPresent()) {
          continue;
        }
        boolean holdsPriorities = instrument.priorityQuestion()
            .filter(p -> section.questions().stream().anyMatch(q -> q.id().equals(p))).isPresent();
        if (holdsPriorities) {
          priorities = Optional.of(priorities(section));
        } else if (section.context()) {
          section.questions().forEach(q -> context.add(block(q)));
        } else {
          section.questions().stream().filter(q -> !isProfile(q)).forEach(q -> other.add(block(q)));
        }
      }
      List<Area> areas = new ArrayList<>();
      ThemeFrequencies themes = ThemeFrequencies.of(instrument, assessment.interviews());
      for (ThematicArea area : instrument.framework().areas()) {
        areas.add(area(area, gaps, themes));
      }
      Overview overview = new Overview(assessment.sources().size(), assessment.surveyResponses().size(),
          assessment.interviews().size(), participantTotal(), assessment.workshopResults().size(),
          assessment.judgements().size(), gaps.indicators(), assessment.sources());
      return new ReportContent(header(), overview, profile, participants, context, areas, priorities, other,
          limitations(gaps));
    }

    private Header header() {
      String period = assessment.period().toString();
      String title = options.title().orElse("Counter-trafficking needs assessment: " + assessment.country()
          + ", " + period);
      return new Header(title, assessment.country(), period, instrument.title().in(language,
          instrument.defaultLanguage()) + " (" + instrument.id() + " " + instrument.version() + ")",
          !options.disclosureControl(), options.k(),
          options.zeroCells() == org.ctnat.core.analysis.DisclosureControl.ZeroCells.SENSITIVE,
          intervalName(), options.level());
    }

    private String intervalName() {
      return switch (options.intervalMethod()) {
        case WILSON -> "Wilson";
        case JEFFREYS -> "Jeffreys";
        case CLOPPER_PEARSON -> "Clopper-Pearson";
        case AGRESTI_COULL -> "Agresti-Coull";
        case NORMAL_APPROXIMATION -> "normal approximation (Wald)";
      };
    }

    private Label label(LocalizedText text) {
      Optional<String> wanted = text.text(language);
      if (wanted.isPresent()) {
        return new Label(wanted.get(), language);
      }
      Optional<String> fallback = text.text(instrument.defaultLanguage());
      if (fallback.isPresent()) {
        return new Label(fallback.get(), instrument.defaultLanguage());
      }
      String first = text.languages().iterator().next();
      return new Label(text.text(first).orElseThrow(), first);
    }

    // ------------------------------------------------------------------ figures

    private Figure figure(OptionalInt count, OptionalInt denominator) {
      if (count.isEmpty()) {
        return Figure.WITHHELD;
      }
      if (denominator.isEmpty() || denominator.getAsInt() == 0) {
        return new Figure(count, Optional.empty(), Optional.empty());
      }
      int n = denominator.getAsInt();
      int c = count.getAsInt();
      return new Figure(count, Optional.of((double) c / n),
          Optional.of(options.intervalMethod().interval(c, n, options.level())));
    }

    // ------------------------------------------------------------------ respondents

    private boolean isProfile(Question question) {
      return question instanceof SingleChoice q && q.profile().isPresent();
    }

    private List<Block> profile() {
      Map<ProfileAttribute, Tally> tallies = Profiles.respondents(instrument, assessment.surveyResponses()).tallies();
      List<Block> blocks = new ArrayList<>();
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q && q.profile().isPresent() && tallies.containsKey(q.profile().get())) {
          blocks.add(choice(q.id().value(), label(q.text()), options(q), tallies.get(q.profile().get()),
              "respondent profile: " + q.id()));
        }
      }
      return blocks;
    }

    private int participantTotal() {
      return Profiles.participants(assessment.interviews()).participants().total();
    }

    /**
     * Interview participants by sex. The number of participants is an overall sample size,
     * published like the number of interviews (the methodology and limitations state it), so
     * the table's total is always shown; the counts by sex follow the disclosure rule, their
     * protection assuming that total known.
     */
    private Block participants() {
      Profiles.ParticipantProfile profile = Profiles.participants(assessment.interviews());
      int[] counts = {profile.participants().female(), profile.participants().male(),
          profile.participants().unspecified()};
      List<String> codes = List.of("female", "male", "unspecified");
      List<String> names = List.of("Women", "Men", "Sex not recorded");
      int total = profile.participants().total();
      Tally participants = Tally.builder().item(ItemId.of("participants")).categories(codes)
          .counts(List.of(counts[0], counts[1], counts[2])).eligible(total).answered(total).build();
      List<Label> labels = names.stream().map(n -> new Label(n, "en")).toList();
      Label text = new Label("Interview participants by sex", "en");
      Disclosure.Published published = disclosure.table("interview participants by sex", CountTable.of(participants),
          List.of(text.text()), names);
      OptionalInt all = OptionalInt.of(total);
      List<Category> categories = new ArrayList<>();
      for (int c = 0; c < codes.size(); c++) {
        categories.add(new Category(codes.get(c), labels.get(c), figure(published.cell(0, c), all)));
      }
      return new Choice("participants", text, false, categories, all, all, participants.smallSample(), Others.NONE);
    }

    // ------------------------------------------------------------------ questions

    private List<Label> options(ChoiceQuestion question) {
      return question.options().stream().map(ChoiceOption::label).map(this::label).toList();
    }

    private Block block(Question question) {
      if (question instanceof Grid grid) {
        return grid(grid);
      } else if (question instanceof Ranking ranking) {
        return ranked(ranking);
      } else if (question instanceof FreeText text) {
        return texts(text);
      } else if (question instanceof SingleChoice q) {
        return choice(q.id().value(), label(q.text()), options(q), tally.tally(q.id()), "survey " + q.id());
      } else if (question instanceof MultipleChoice q) {
        return choice(q.id().value(), label(q.text()), options(q), tally.tally(q.id()), "survey " + q.id());
      }
      throw new IllegalStateException("report: unknown question kind " + question.kind() + " of " + question.id());
    }

    private Choice choice(String id, Label text, List<Label> labels, Tally item, String name) {
      CountTable table = CountTable.of(item);
      List<String> names = labels.stream().map(Label::text).toList();
      Disclosure.Published published = disclosure.table(name, table, List.of(text.text()), names);
      OptionalInt answered = disclosure.answered(item, published);
      if (item.multipleResponse() && answered.isEmpty()) {
        disclosure.note(name, "number who answered");
      }
      List<Category> categories = new ArrayList<>();
      for (int c = 0; c < item.categories().size(); c++) {
        categories.add(new Category(item.categories().get(c), labels.get(c), figure(published.cell(0, c), answered)));
      }
      return new Choice(id, text, item.multipleResponse(), categories, answered, eligible(item, name),
          item.smallSample(), others(item.item(), code -> figureOf(categories, code)));
    }

    private OptionalInt eligible(Tally item, String name) {
      OptionalInt eligible = disclosure.total(item.eligible());
      if (eligible.isEmpty()) {
        disclosure.note(name, "number asked");
      }
      return eligible;
    }

    private static Optional<Figure> figureOf(List<Category> categories, String code) {
      return categories.stream().filter(c -> c.code().equals(code)).map(Category::figure).findFirst();
    }

    /**
     * The "other" texts of a question, or {@link Others#NONE} unless the question has a specify
     * option and every specify option's count is published: the number of texts (or of quotes)
     * must not stand next to a withheld count, which it could equal. Nothing at all is shown
     * then, so that a reader cannot tell "withheld" from "no texts".
     *
     * @param figures the published figure of an option, by code
     */
    private Others others(ItemId item, java.util.function.Function<String, Optional<Figure>> figures) {
      List<String> texts = otherTexts.getOrDefault(item, List.of()).stream().map(OtherTexts.OtherText::text)
          .sorted().toList();
      if (texts.isEmpty()) {
        return Others.NONE;
      }
      List<String> specify = instrument.survey().question(item).filter(ChoiceQuestion.class::isInstance)
          .map(q -> ((ChoiceQuestion) q).options().stream().filter(ChoiceOption::specify).map(ChoiceOption::code)
              .toList()).orElse(List.of());
      boolean published = !specify.isEmpty()
          && specify.stream().allMatch(code -> figures.apply(code).filter(f -> !f.withheld()).isPresent());
      if (!published) {
        return Others.NONE;
      }
      return new Others(texts.size(), options.freeText() ? texts : List.of(), options.freeText());
    }

    private GridBlock grid(Grid grid) {
      Scale scale = instrument.scale(grid.scale()).orElseThrow(() -> new IllegalStateException(
          "report: the instrument has no scale " + grid.scale() + " for grid " + grid.id()));
      List<Point> points = scale.points().stream()
          .map(p -> new Point(p.code(), label(p.label()), p.polarity())).toList();
      List<String> names = scale.points().stream().map(ScalePoint::label).map(this::label).map(Label::text).toList();
      List<Statement> statements = new ArrayList<>();
      for (GridStatement statement : grid.statements()) {
        Tally item = tally.tally(statement.id());
        String name = "survey " + statement.id();
        Disclosure.Published published = disclosure.table(name, CountTable.of(item),
            List.of(statement.id().value()), names);
        OptionalInt answered = disclosure.answered(item, published);
        List<Figure> figures = new ArrayList<>();
        for (int c = 0; c < item.categories().size(); c++) {
          figures.add(figure(published.cell(0, c), answered));
        }
        boolean whole = answered.isPresent() && !published.rowWithholds(0);
        statements.add(new Statement(statement.id(), label(statement.text()), figures, answered,
            eligible(item, name), item.smallSample(),
            whole ? Optional.of(LikertSummary.of(scale, item)) : Optional.empty()));
      }
      return new GridBlock(grid.id().value(), label(grid.text()), label(scale.title()), points, statements);
    }

    private Ranked ranked(Ranking ranking) {
      RankingSummary summary = RankingSummary.of(ranking, assessment.surveyResponses());
      List<String> codes = summary.options();
      List<String> ranks = new ArrayList<>();
      int[][] cells = new int[codes.size()][summary.maxRank()];
      for (int o = 0; o < codes.size(); o++) {
        for (int r = 1; r <= summary.maxRank(); r++) {
          cells[o][r - 1] = summary.count(codes.get(o), r);
        }
      }
      for (int r = 1; r <= summary.maxRank(); r++) {
        ranks.add("rank " + r);
      }
      List<Label> labels = options(ranking);
      String name = "survey " + ranking.id();
      Disclosure.Published published = disclosure.table(name, CountTable.of(codes, ranks, cells),
          labels.stream().map(Label::text).toList(), ranks);
      OptionalInt answered = disclosure.total(summary.answered());
      if (answered.isEmpty()) {
        disclosure.note(name, "number who answered");
      }
      List<List<OptionalInt>> byRank = new ArrayList<>();
      List<Figure> times = new ArrayList<>();
      List<OptionalDouble> means = new ArrayList<>();
      for (int o = 0; o < codes.size(); o++) {
        List<OptionalInt> row = new ArrayList<>();
        for (int r = 0; r < summary.maxRank(); r++) {
          row.add(published.cell(o, r));
        }
        byRank.add(row);
        times.add(figure(published.rowTotal(o), answered));
        means.add(published.rowWithholds(o) ? OptionalDouble.empty() : summary.meanRank(codes.get(o)));
      }
      OptionalInt eligible = eligible(tally.tally(ranking.id()), name);
      return new Ranked(ranking.id().value(), label(ranking.text()), codes, labels, summary.maxRank(), byRank, times,
          means, answered, eligible, others(ranking.id(), code -> codes.contains(code)
              ? Optional.of(times.get(codes.indexOf(code))) : Optional.empty()));
    }

    private Texts texts(FreeText question) {
      List<String> answers = new ArrayList<>();
      for (SurveyResponse response : assessment.surveyResponses()) {
        Answer answer = response.answers().get(question.id());
        if (answer instanceof TextAnswer text && !text.text().isBlank()) {
          answers.add(text.text().strip());
        }
      }
      answers.sort(Comparator.naturalOrder());
      OptionalInt eligible = eligible(tally.tally(question.id()), "survey " + question.id());
      return new Texts(question.id().value(), label(question.text()), answers.size(), eligible,
          options.freeText() ? List.copyOf(answers) : List.of(), options.freeText());
    }

    // ------------------------------------------------------------------ areas

    private Area area(ThematicArea area, GapReport gaps, ThemeFrequencies themes) {
      List<Block> survey = new ArrayList<>();
      for (SurveySection section : instrument.survey().sections()) {
        if (section.area().filter(area.id()::equals).isPresent()) {
          section.questions().forEach(q -> survey.add(block(q)));
        }
      }
      AreaProfile profile = gaps.area(area.id()).orElseThrow();
      List<CriterionRow> criteria = new ArrayList<>();
      for (Criterion criterion : area.criteria()) {
        CriterionProfile row = profile.criterion(criterion.id()).orElseThrow();
        List<IndicatorCell> cells = new ArrayList<>();
        for (IndicatorId id : row.indicators()) {
          Indicator indicator = criterion.indicator(id.dimension(), id.level());
          Optional<IndicatorJudgement> judgement = assessment.judgement(id);
          cells.add(new IndicatorCell(id, label(indicator.statement()), row.status(id.dimension(), id.level()),
              gaps.isFlagged(id), judgement.map(j -> j.evidence().size()).orElse(0)));
        }
        criteria.add(new CriterionRow(criterion.id(), label(criterion.title()), cells, row.score(), row.gaps()));
      }
      List<Recommendation> recommendations = assessment.recommendations().stream()
          .filter(r -> r.area().equals(area.id())).toList();
      return new Area(area.id(), label(area.title()), survey, themes(area.id(), themes), criteria, profile.met(),
          profile.indicators(), recommendations);
    }

    private Themes themes(AreaId area, ThemeFrequencies frequencies) {
      List<ThemeFrequencies.ThemeCount> counts = frequencies.byArea().getOrDefault(area, List.of());
      int interviews = frequencies.areaInterviews().getOrDefault(area, 0);
      if (counts.isEmpty()) {
        return new Themes(interviews, List.of());
      }
      List<String> codes = counts.stream().map(ThemeFrequencies.ThemeCount::theme).toList();
      int[][] cells = new int[codes.size()][1];
      for (int t = 0; t < codes.size(); t++) {
        cells[t][0] = counts.get(t).interviews();
      }
      Disclosure.Published published = disclosure.table("interview themes, area " + area,
          CountTable.of(codes, List.of("interviews"), cells), codes, List.of("interviews"));
      List<ThemeRow> rows = new ArrayList<>();
      for (int t = 0; t < codes.size(); t++) {
        OptionalInt count = published.cell(t, 0);
        rows.add(new ThemeRow(codes.get(t), figure(count, OptionalInt.of(interviews)),
            count.isPresent() ? OptionalInt.of(counts.get(t).mentions()) : OptionalInt.empty()));
      }
      return new Themes(interviews, rows);
    }

    // ------------------------------------------------------------------ priorities

    private Priorities priorities(SurveySection section) {
      ItemId id = instrument.priorityQuestion().orElseThrow();
      Question question = instrument.survey().question(id).orElseThrow();
      PriorityTally priorities = PriorityTally.of(instrument, assessment.surveyResponses(),
          assessment.workshopResults());
      int ranks = priorities.weights().size();
      List<String> codes = priorities.rows().stream().map(PriorityTally.Row::code).toList();
      List<String> rankNames = new ArrayList<>();
      for (int r = 1; r <= ranks; r++) {
        rankNames.add("rank " + r);
      }
      int[][] cells = new int[codes.size()][ranks];
      for (int p = 0; p < codes.size(); p++) {
        for (int r = 0; r < ranks; r++) {
          cells[p][r] = priorities.rows().get(p).byRank().get(r);
        }
      }
      // the table's grand total is 3 × the respondents who ranked (each ranks exactly 3), so it is
      // known whenever they are published; DisclosureControl takes a grand total of at least k
      // as published and protects the withheld "chose it" totals against it
      String name = "priorities chosen by survey respondents";
      Disclosure.Published published = disclosure.table(name, CountTable.of(codes, rankNames, cells),
          codes.stream().map(c -> "priority " + c).toList(), rankNames);
      OptionalInt respondents = disclosure.total(priorities.respondents());
      if (respondents.isEmpty()) {
        disclosure.note(name, "number who ranked priorities");
      }
      List<PriorityRow> rows = new ArrayList<>();
      for (int p = 0; p < codes.size(); p++) {
        PriorityTally.Row row = priorities.rows().get(p);
        List<OptionalInt> byRank = new ArrayList<>();
        for (int r = 0; r < ranks; r++) {
          byRank.add(published.cell(p, r));
        }
        LocalizedText text = instrument.priorities().get(p).label();
        rows.add(new PriorityRow(row.code(), label(text), figure(published.rowTotal(p), respondents), byRank,
            published.rowWithholds(p) ? OptionalInt.empty() : OptionalInt.of(row.score()), row.groups()));
      }
      OptionalInt eligible = eligible(tally.tally(id), name);
      List<Block> questions = section.questions().stream().filter(q -> !q.id().equals(id)).map(this::block)
          .toList();
      return new Priorities(id.value(), label(question.text()), rows, priorities.weights(), respondents, eligible,
          priorities.invalidRankings(), priorities.groups(), others(id, code -> rows.stream()
              .filter(r -> r.code().equals(code)).map(PriorityRow::chosen).findFirst()), questions);
    }

    // ------------------------------------------------------------------ limitations

    private Limitations limitations(GapReport gaps) {
      int small = 0;
      int invalid = 0;
      for (Tally item : tally.tallies()) {
        if (!item.categories().isEmpty() && item.smallSample()) {
          small++;
        }
        invalid += item.invalid();
      }
      int items = (int) tally.tallies().stream().filter(t -> !t.categories().isEmpty()).count();
      return new Limitations(assessment.surveyResponses().size(), assessment.interviews().size(), participantTotal(),
          assessment.workshopResults().size(), assessment.sources().size(), small, items, invalid,
          gaps.unjudged().size(), gaps.undetermined().size(),
          gaps.warnings(ConsistencyWarning.Kind.NO_EVIDENCE).size(),
          gaps.warnings(ConsistencyWarning.Kind.LEVEL_2_WITHOUT_LEVEL_1).size(), disclosure.log(),
          options.freeText());
    }
  }
}
