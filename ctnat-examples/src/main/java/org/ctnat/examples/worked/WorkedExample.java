package org.ctnat.examples.worked;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentPeriod;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.io.Assessments;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;

/**
 * The worked example: two rounds of a complete CT-NAT assessment of <b>Valdoria</b>, a fictional
 * country (code {@code VLD}), made with the standard instrument ({@link Instruments#ctnat2016()}).
 * Every document, institution, NGO and answer in it is invented; no respondent has personal data
 * and every id is pseudonymous ({@code VLDsur12}, {@code VLDint3}, {@code VLDws-group1}).
 *
 * <ul>
 *   <li><b>2024</b> ({@link #round2024()}, shipped as {@value #ROUND_2024}): 17 desk-review
 *       sources, 42 survey responses, 12 interviews, 2 validation-workshop groups, judgements of
 *       all 100 indicators (48 met, 8 undetermined) and 15 recommendations. Protection and
 *       assistance is the weakest area.
 *   <li><b>The 2024 survey export</b> ({@link #survey2024Csv()}, shipped as {@value #SURVEY_2024}):
 *       the same 42 responses as a wide CSV with 4 more rows that break a rule of the survey
 *       ({@link #invalidCsvRows()}), for showing how {@link CsvResponses#read} reports them and
 *       keeps the rest.
 *   <li><b>2028</b> ({@link #round2028()}, shipped as {@value #ROUND_2028}): a new sample of 36
 *       responses and 7 interviews; 15 indicators newly met (NGO shelter grants, a child protocol,
 *       unannounced labour inspections ...) and 4 regressed (the National Coordinator's post fell
 *       vacant, the State hotline closed, training stopped).
 * </ul>
 *
 * <pre>{@code
 * Instrument ctnat = WorkedExample.instrument();
 * Assessment before = WorkedExample.load2024();
 * Assessment after = WorkedExample.load2028();
 * System.out.println(AssessmentValidation.validate(ctnat, before));   // valid
 * System.out.println(Gaps.of(ctnat, before));                         // the indicator table
 * System.out.println(Comparisons.of(ctnat, List.of(before, after)));  // progress and regression
 * System.out.println(WorkedExample.loadSurvey2024().report());        // 4 rows left out, and why
 * }</pre>
 *
 * <p>The {@code load...} methods read the shipped files from the class path; the other methods
 * generate the same data from the hand-written texts and the seeded spread of survey answers
 * (see {@code README.md} next to the files). {@link #main} writes the files again. A test checks
 * that the shipped files are exactly what the generator produces.
 *
 * <p>Stateless and thread-safe: every call builds or reads its data anew.
 */
public final class WorkedExample {

  /** The name of the country assessed. */
  public static final String COUNTRY = "Valdoria";

  /** The class-path folder of the shipped files, with a slash at both ends. */
  public static final String RESOURCE_FOLDER = "/org/ctnat/examples/worked/";

  /** The file name of the 2024 assessment document. */
  public static final String ROUND_2024 = "valdoria-2024.json";

  /** The file name of the 2024 survey export, wide CSV with the invalid rows. */
  public static final String SURVEY_2024 = "valdoria-2024-survey.csv";

  /** The file name of the 2028 assessment document. */
  public static final String ROUND_2028 = "valdoria-2028.json";

  /**
   * One row of the 2024 survey export that breaks a rule of the survey on purpose, so that the
   * example can show validation catching it.
   *
   * @param row the row as a spreadsheet numbers it (the header is row 1, {@code VLDsur1} row 2)
   * @param respondent the row's respondent
   * @param item the item whose answer breaks the rule
   * @param rule the rule broken
   * @param explanation what is wrong, in words
   */
  public record InvalidRow(int row, RespondentId respondent, ItemId item, ViolationRule rule, String explanation) {

    /** Checks for nulls and the row number. */
    public InvalidRow {
      if (row < 2) {
        throw new IllegalArgumentException("invalid row: rows of respondents start at 2, but was " + row);
      }
      Objects.requireNonNull(respondent, "invalid row: respondent");
      Objects.requireNonNull(item, "invalid row: item");
      Objects.requireNonNull(rule, "invalid row: rule");
      Objects.requireNonNull(explanation, "invalid row: explanation");
    }
  }

  private static final List<InvalidRow> INVALID_ROWS = List.of(
      invalid(9, "2.2", ViolationRule.TOO_MANY_SELECTIONS,
          "four forms of exploitation ticked where 2.2 asks to choose three"),
      invalid(18, "4.1.2", ViolationRule.UNKNOWN_OPTION,
          "'dont_know' in grid 4.1, whose adequacy scale has no \"don't know\" point"),
      invalid(27, "2.2.1", ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT,
          "the most prominent form (2.2.1) is not one of the three chosen in 2.2"),
      invalid(37, "8.1", ViolationRule.DUPLICATE_RANK,
          "two priorities both ranked 1 in the top three"));

  private WorkedExample() {}

  /**
   * The instrument both rounds were made with: the standard CT-NAT 2016 instrument.
   *
   * <p>Its question 1.1 ("In which country do you primarily work?") offers only the three
   * countries of the 2016 study, so the Valdoria respondents leave it unanswered; the country is
   * the assessment's.
   *
   * @return {@link Instruments#ctnat2016()}
   */
  public static Instrument instrument() {
    return Instruments.ctnat2016();
  }

  /**
   * Generates the 2024 assessment, {@code VLD-2024}, covering January to June 2024.
   *
   * @return the assessment, equal to {@link #load2024()}
   */
  public static Assessment round2024() {
    Instrument instrument = instrument();
    Set<RespondentId> invalid = INVALID_ROWS.stream().map(InvalidRow::respondent).collect(Collectors.toSet());
    List<SurveyResponse> responses = surveyExport2024(instrument).stream()
        .filter(r -> !invalid.contains(r.respondent().id())).toList();
    return Assessment.of(instrument, "VLD-2024").country(COUNTRY)
        .period(AssessmentPeriod.of(YearMonth.of(2024, 1), YearMonth.of(2024, 6)))
        .sources(ValdoriaSources.round2024())
        .surveyResponses(responses)
        .interviews(ValdoriaInterviews.round2024(instrument))
        .workshopResults(ValdoriaRecommendations.workshop2024())
        .judgements(ValdoriaJudgements.round2024())
        .recommendations(ValdoriaRecommendations.round2024())
        .build();
  }

  /**
   * Generates the 2028 assessment, {@code VLD-2028}, covering February to July 2028: a new sample
   * of respondents and interviewees (their codes restart at 1 and link no one to 2024).
   *
   * @return the assessment, equal to {@link #load2028()}
   */
  public static Assessment round2028() {
    Instrument instrument = instrument();
    return Assessment.of(instrument, "VLD-2028").country(COUNTRY)
        .period(AssessmentPeriod.of(YearMonth.of(2028, 2), YearMonth.of(2028, 7)))
        .sources(ValdoriaSources.round2028())
        .surveyResponses(ValdoriaSurvey.generate(instrument, ValdoriaSurvey.plan2028()))
        .interviews(ValdoriaInterviews.round2028(instrument))
        .workshopResults(ValdoriaRecommendations.workshop2028())
        .judgements(ValdoriaJudgements.round2028())
        .recommendations(ValdoriaRecommendations.round2028())
        .build();
  }

  /**
   * The rows of the 2024 survey export that break a rule on purpose, in file order.
   *
   * @return the 4 invalid rows
   */
  public static List<InvalidRow> invalidCsvRows() {
    return INVALID_ROWS;
  }

  /**
   * Generates the 2024 survey export: a wide CSV of 46 respondents, {@code VLDsur1} to {@code
   * VLDsur46}, in which the rows of {@link #invalidCsvRows()} break a rule and every other row is
   * one of the responses of {@link #round2024()}, in the same order.
   *
   * @return the CSV text, as {@link CsvResponses#toString} writes it
   */
  public static String survey2024Csv() {
    Instrument instrument = instrument();
    return CsvResponses.toString(instrument, surveyExport2024(instrument), CsvLayout.WIDE);
  }

  /**
   * Reads the shipped 2024 assessment from the class path.
   *
   * @return the assessment
   * @throws IllegalStateException if the file is not on the class path
   */
  public static Assessment load2024() {
    return loadAssessment(ROUND_2024);
  }

  /**
   * Reads the shipped 2028 assessment from the class path.
   *
   * @return the assessment
   * @throws IllegalStateException if the file is not on the class path
   */
  public static Assessment load2028() {
    return loadAssessment(ROUND_2028);
  }

  /**
   * Reads the shipped 2024 survey export from the class path with {@link CsvResponses#read}: the
   * 42 valid responses, and a report of the 4 rows left out.
   *
   * @return the responses and the report
   * @throws IllegalStateException if the file is not on the class path
   */
  public static CsvReadResult<List<SurveyResponse>> loadSurvey2024() {
    try (InputStream in = open(SURVEY_2024)) {
      return CsvResponses.read(instrument(), in, SURVEY_2024, CsvLayout.WIDE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_FOLDER + SURVEY_2024 + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of one shipped file, as it is on the class path.
   *
   * @param fileName {@value #ROUND_2024}, {@value #SURVEY_2024} or {@value #ROUND_2028}
   * @return the file's text, UTF-8
   * @throws IllegalStateException if the file is not on the class path
   */
  public static String resourceText(String fileName) {
    try (InputStream in = open(fileName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_FOLDER + fileName + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of every file the generator writes, by file name, as {@link #write(Path)} writes
   * it.
   *
   * @return the texts of {@value #ROUND_2024}, {@value #SURVEY_2024} and {@value #ROUND_2028}
   */
  public static Map<String, String> generatedTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(ROUND_2024, Assessments.toString(round2024(), DocumentFormat.JSON));
    texts.put(SURVEY_2024, survey2024Csv());
    texts.put(ROUND_2028, Assessments.toString(round2028(), DocumentFormat.JSON));
    return texts;
  }

  /**
   * Generates the data and writes the three files into a folder: the assessments with {@link
   * Assessments#write(Assessment, Path)}, the survey export with {@link CsvResponses}.
   *
   * @param folder the folder, created if missing; existing files are replaced
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(Path folder) {
    try {
      Files.createDirectories(folder);
      List<Path> written = new ArrayList<>();
      Assessments.write(round2024(), folder.resolve(ROUND_2024));
      written.add(folder.resolve(ROUND_2024));
      Files.writeString(folder.resolve(SURVEY_2024), survey2024Csv(), StandardCharsets.UTF_8);
      written.add(folder.resolve(SURVEY_2024));
      Assessments.write(round2028(), folder.resolve(ROUND_2028));
      written.add(folder.resolve(ROUND_2028));
      return List.copyOf(written);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the worked example into " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the files again: {@code java -cp ctnat.jar org.ctnat.examples.worked.WorkedExample
   * ctnat-examples/src/main/resources/org/ctnat/examples/worked}.
   *
   * @param args the folder to write into
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: WorkedExample <folder>   (writes " + ROUND_2024 + ", " + SURVEY_2024 + " and "
          + ROUND_2028 + ")");
      System.exit(2);
    }
    write(Path.of(args[0])).forEach(file -> System.out.println("wrote " + file));
  }

  // ---------------------------------------------------------------- the survey export

  /** Every row of the 2024 export, the invalid ones broken as {@link #INVALID_ROWS} says. */
  private static List<SurveyResponse> surveyExport2024(Instrument instrument) {
    List<SurveyResponse> rows = new ArrayList<>(ValdoriaSurvey.generate(instrument, ValdoriaSurvey.plan2024()));
    for (InvalidRow invalid : INVALID_ROWS) {
      int index = invalid.row() - 2;
      SurveyResponse response = rows.get(index);
      if (!response.respondent().id().equals(invalid.respondent())) {
        throw new IllegalStateException("row " + invalid.row() + " holds " + response.respondent().id()
            + ", not " + invalid.respondent());
      }
      rows.set(index, broken(instrument, response, invalid));
    }
    return rows;
  }

  /** A response with one answer changed so that it breaks the invalid row's rule, and no other. */
  private static SurveyResponse broken(Instrument instrument, SurveyResponse response, InvalidRow invalid) {
    Map<ItemId, Answer> answers = new LinkedHashMap<>(response.answers());
    List<String> forms = Optional.ofNullable(answers.get(ItemId.of("2.2"))).map(a -> ((SelectionAnswer) a).codes())
        .orElse(List.of("exploitation_in_prostitution", "forced_labour_or_services", "forced_marriage"));
    List<String> otherForms = ((MultipleChoice) instrument.survey().question(ItemId.of("2.2")).orElseThrow())
        .options().stream().map(ChoiceOption::code)
        .filter(code -> !forms.contains(code) && !code.equals("other_specify")).toList();
    switch (invalid.rule()) {
      case TOO_MANY_SELECTIONS -> {
        Optional<String> otherText = Optional.ofNullable(answers.get(ItemId.of("2.2")))
            .flatMap(a -> ((SelectionAnswer) a).otherText());
        List<String> four = new ArrayList<>(forms);
        four.add(otherForms.get(0));
        answers.put(ItemId.of("2.2"), new SelectionAnswer(ValdoriaSurvey.inOptionOrder(instrument, "2.2", four),
            otherText));
      }
      case UNKNOWN_OPTION -> answers.put(invalid.item(), PointAnswer.of("dont_know"));
      case FOLLOW_UP_CONTRADICTS_PARENT -> {
        answers.putIfAbsent(ItemId.of("2.2"), new SelectionAnswer(forms, Optional.empty()));
        answers.put(ItemId.of("2.2.1"), ChoiceAnswer.of(otherForms.get(0)));
      }
      case DUPLICATE_RANK -> {
        List<String> top = Optional.ofNullable(answers.get(ItemId.of("8.1")))
            .map(a -> ((RankingAnswer) a).ranks().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList())
            .orElse(List.of("B", "A", "N"));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        ranks.put(top.get(0), 1);
        ranks.put(top.get(1), 1);
        ranks.put(top.get(2), 2);
        Optional<String> otherText = Optional.ofNullable(answers.get(ItemId.of("8.1")))
            .flatMap(a -> ((RankingAnswer) a).otherText());
        answers.put(ItemId.of("8.1"), new RankingAnswer(ranks, otherText));
      }
      default -> throw new IllegalStateException("no way to break a row by " + invalid.rule());
    }
    return SurveyResponse.builder().from(response).answers(answers).build();
  }

  private static InvalidRow invalid(int respondent, String item, ViolationRule rule, String explanation) {
    return new InvalidRow(respondent + 1, RespondentId.of("VLDsur" + respondent), ItemId.of(item), rule,
        explanation);
  }

  // ---------------------------------------------------------------- resources

  private static Assessment loadAssessment(String fileName) {
    try (InputStream in = open(fileName)) {
      return Assessments.read(in, fileName, DocumentFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_FOLDER + fileName + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String fileName) {
    InputStream in = WorkedExample.class.getResourceAsStream(RESOURCE_FOLDER + fileName);
    if (in == null) {
      throw new IllegalStateException("the worked example file " + RESOURCE_FOLDER + fileName
          + " is not on the class path; write it with WorkedExample.main");
    }
    return in;
  }
}
