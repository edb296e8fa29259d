package org.ctnat.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.io.CsvCells;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The data analysis worksheet of an assessment as an {@code .xlsx} workbook, the CT-NAT's
 * companion to the report for analysts who work in a spreadsheet. Its sheets:
 *
 * <table>
 *   <caption>Sheets of the worksheet</caption>
 *   <tr><th>sheet</th><th>one row per</th><th>columns</th></tr>
 *   <tr><td>{@value #ABOUT}</td><td>fact</td><td>what the workbook holds, its options,
 *       sample sizes, and every figure withheld by disclosure control</td></tr>
 *   <tr><td>{@value #TALLIES}</td><td>category of each survey item, in survey order</td>
 *       <td>{@link #TALLY_COLUMNS}</td></tr>
 *   <tr><td>{@value #INDICATORS}</td><td>indicator, in instrument order</td>
 *       <td>{@link #INDICATOR_COLUMNS}</td></tr>
 *   <tr><td>{@value #PRIORITIES}</td><td>priority A–Q</td><td>{@link #PRIORITY_COLUMNS}</td></tr>
 * </table>
 *
 * <p>Counts, shares and bounds are numbers (shares and bounds as proportions from 0 to 1,
 * rounded to {@value #DECIMALS} decimals, shown as percentages); a withheld figure is the text
 * {@code x}. Disclosure control works as in the report ({@link Reports}): on by default with
 * {@code k = }{@value ReportOptions#DEFAULT_K}; {@link ReportOptions#internalDraft()} writes every
 * count, and the {@value #ABOUT} sheet then says so. A free-text item has one row with its number
 * of answers and no category; the answers themselves are not copied (they are in the responses).
 *
 * <p>Text cells are written as strings, never as formulas, and every text that a spreadsheet
 * would read as a formula when edited or saved as CSV ({@code =}, {@code +}, {@code -}, {@code @},
 * tab or carriage return first) is neutralised with {@link CsvCells#neutralise(String)}; read it
 * back with {@link CsvCells#restore(String)}. No personal data is read or written.
 *
 * <p>Stateless and thread-safe.
 */
public final class Worksheets {

  /** The name of the sheet that describes the workbook. */
  public static final String ABOUT = "About";
  /** The name of the sheet of survey tallies. */
  public static final String TALLIES = "Tallies";
  /** The name of the sheet of indicators. */
  public static final String INDICATORS = "Indicators";
  /** The name of the sheet of priorities. */
  public static final String PRIORITIES = "Priorities";

  /** The columns of the {@value #TALLIES} sheet. */
  public static final List<String> TALLY_COLUMNS = List.of("item", "question", "category", "label", "count",
      "share", "lower", "upper", "answered", "eligible");
  /** The columns of the {@value #INDICATORS} sheet. */
  public static final List<String> INDICATOR_COLUMNS = List.of("indicator", "area", "criterion", "criterion title",
      "dimension", "level", "statement", "status", "gap", "evidence");
  /** The columns of the {@value #PRIORITIES} sheet; the rank columns follow the question's ranks. */
  public static final List<String> PRIORITY_COLUMNS = List.of("priority", "label", "survey respondents",
      "rank 1", "rank 2", "rank 3", "score", "workshop groups");

  /** The decimals of shares and bounds. */
  public static final int DECIMALS = 4;

  private static final String PERCENT = "0.0%";

  private Worksheets() {}

  /**
   * Writes the worksheet with the default options (disclosure control on), replacing the file if
   * it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with (same id; the version may differ)
   * @param file the file, e.g. {@code aze-2016.xlsx}
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Assessment assessment, Instrument instrument, Path file) {
    write(assessment, instrument, ReportOptions.defaults(), file);
  }

  /**
   * Writes the worksheet, replacing the file if it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options (disclosure control, interval, language)
   * @param file the file
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Assessment assessment, Instrument instrument, ReportOptions options, Path file) {
    Objects.requireNonNull(file, "worksheet: file");
    check(assessment, instrument, options);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(assessment, instrument, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the worksheet to " + file, e);
    }
  }

  /**
   * Writes the worksheet to a stream, which is not closed.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @param out the stream
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, Instrument instrument, ReportOptions options, OutputStream out) {
    Objects.requireNonNull(out, "worksheet: out");
    check(assessment, instrument, options);
    try {
      new Writer(assessment, instrument, options).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the worksheet", e);
    }
  }

  private static void check(Assessment assessment, Instrument instrument, ReportOptions options) {
    Objects.requireNonNull(assessment, "worksheet: assessment");
    Objects.requireNonNull(instrument, "worksheet: instrument");
    Objects.requireNonNull(options, "worksheet: options");
    if (!instrument.id().equals(assessment.instrumentId())) {
      throw new IllegalArgumentException("worksheet: assessment " + assessment.id() + " must be made with "
          + "instrument " + instrument.id() + ", but was made with " + assessment.instrumentId() + " "
          + assessment.instrumentVersion());
    }
  }

  /** The state of writing one workbook. */
  private static final class Writer {
    private final Assessment assessment;
    private final Instrument instrument;
    private final ReportOptions options;
    private final String language;
    private final Disclosure disclosure;

    Writer(Assessment assessment, Instrument instrument, ReportOptions options) {
      this.assessment = assessment;
      this.instrument = instrument;
      this.options = options;
      this.language = options.language().orElse(instrument.defaultLanguage());
      this.disclosure = new Disclosure(options);
    }

    void write(OutputStream out) throws IOException {
      Workbook workbook = new Workbook(out, "CT-NAT SDK", "1.0");
      Worksheet about = workbook.newWorksheet(ABOUT);
      Worksheet tallies = workbook.newWorksheet(TALLIES);
      Worksheet indicators = workbook.newWorksheet(INDICATORS);
      Worksheet priorities = workbook.newWorksheet(PRIORITIES);
      tallies(tallies);
      indicators(indicators);
      priorities(priorities);
      about(about);
      workbook.finish();
    }

    private String text(LocalizedText text) {
      return text.in(language, instrument.defaultLanguage());
    }

    private static void header(Worksheet sheet, List<String> columns) {
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c));
      }
      sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("EEF1F5").set();
      sheet.freezePane(0, 1);
    }

    private static void text(Worksheet sheet, int row, int column, String text) {
      sheet.value(row, column, CsvCells.neutralise(text));
    }

    private static void count(Worksheet sheet, int row, int column, OptionalInt count) {
      if (count.isPresent()) {
        sheet.value(row, column, count.getAsInt());
      } else {
        sheet.value(row, column, Figures.WITHHELD);
      }
    }

    private static void proportion(Worksheet sheet, int row, int column, Optional<Double> value) {
      if (value.isPresent()) {
        sheet.value(row, column, BigDecimal.valueOf(value.get()).setScale(DECIMALS, RoundingMode.HALF_UP));
        sheet.style(row, column).format(PERCENT).set();
      }
    }

    private void tallies(Worksheet sheet) {
      header(sheet, TALLY_COLUMNS);
      SurveyTally tally = SurveyTally.of(instrument, assessment.surveyResponses());
      int row = 1;
      for (Tally item : tally.tallies()) {
        Question question = instrument.questionOf(item.item()).orElseThrow();
        String questionText = questionText(question, item.item());
        if (item.categories().isEmpty()) {
          text(sheet, row, 0, item.item().value());
          text(sheet, row, 1, questionText);
          count(sheet, row, 8, OptionalInt.of(item.answered()));
          count(sheet, row, 9, OptionalInt.of(item.eligible()));
          row++;
          continue;
        }
        List<String> labels = labels(question, item);
        Disclosure.Published published = disclosure.table("survey " + item.item(), CountTable.of(item),
            List.of(item.item().value()), labels);
        OptionalInt answered = disclosure.answered(item, published);
        OptionalInt eligible = disclosure.total(item.eligible());
        for (int c = 0; c < item.categories().size(); c++) {
          OptionalInt count = published.cell(0, c);
          text(sheet, row, 0, item.item().value());
          text(sheet, row, 1, questionText);
          text(sheet, row, 2, item.categories().get(c));
          text(sheet, row, 3, labels.get(c));
          count(sheet, row, 4, count);
          if (count.isPresent() && answered.isPresent() && answered.getAsInt() > 0) {
            int n = answered.getAsInt();
            ConfidenceInterval interval = options.intervalMethod().interval(count.getAsInt(), n, options.level());
            proportion(sheet, row, 5, Optional.of((double) count.getAsInt() / n));
            proportion(sheet, row, 6, Optional.of(interval.lower()));
            proportion(sheet, row, 7, Optional.of(interval.upper()));
          } else if (count.isEmpty() || answered.isEmpty()) {
            for (int col = 5; col <= 7; col++) {
              sheet.value(row, col, Figures.WITHHELD);
            }
          }
          count(sheet, row, 8, answered);
          count(sheet, row, 9, eligible);
          row++;
        }
      }
      widths(sheet, 9, 50, 24, 36, 8, 8, 8, 8, 9, 9);
    }

    private String questionText(Question question, ItemId item) {
      if (question instanceof Grid grid) {
        return text(grid.text()) + " \u2014 " + grid.statement(item).map(s -> text(s.text())).orElse(item.value());
      }
      return text(question.text());
    }

    private List<String> labels(Question question, Tally item) {
      if (question instanceof Grid grid) {
        return instrument.scale(grid.scale()).orElseThrow().points().stream().map(ScalePoint::label)
            .map(this::text).toList();
      }
      if (question instanceof ChoiceQuestion choice) {
        return choice.options().stream().map(o -> text(o.label())).toList();
      }
      return item.categories();
    }

    private void indicators(Worksheet sheet) {
      header(sheet, INDICATOR_COLUMNS);
      GapReport gaps = Gaps.of(instrument, assessment);
      int row = 1;
      for (ThematicArea area : instrument.framework().areas()) {
        for (Criterion criterion : area.criteria()) {
          for (Indicator indicator : criterion.indicators()) {
            Optional<IndicatorJudgement> judgement = assessment.judgement(indicator.id());
            boolean flagged = gaps.isFlagged(indicator.id());
            text(sheet, row, 0, indicator.id().toString());
            text(sheet, row, 1, area.id().value());
            text(sheet, row, 2, criterion.id().value());
            text(sheet, row, 3, text(criterion.title()));
            text(sheet, row, 4, indicator.dimension().name().toLowerCase(java.util.Locale.ROOT));
            sheet.value(row, 5, indicator.level().number());
            text(sheet, row, 6, text(indicator.statement()));
            text(sheet, row, 7, judgement.map(j -> j.status().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ')).orElse("not judged"));
            text(sheet, row, 8, flagged ? Figures.GAP : "");
            sheet.value(row, 9, judgement.map(j -> j.evidence().size()).orElse(0));
            if (flagged) {
              sheet.style(row, 8).fillColor("FDE0C5").bold().set();
            }
            row++;
          }
        }
      }
      widths(sheet, 9, 5, 9, 36, 11, 6, 60, 13, 8, 9);
    }

    private void priorities(Worksheet sheet) {
      if (instrument.priorityQuestion().isEmpty()) {
        header(sheet, List.of("priority"));
        text(sheet, 1, 0, "The instrument asks no priority question.");
        return;
      }
      PriorityTally tally = PriorityTally.of(instrument, assessment.surveyResponses(), assessment.workshopResults());
      int ranks = tally.weights().size();
      List<String> columns = new java.util.ArrayList<>(List.of("priority", "label", "survey respondents"));
      for (int r = 1; r <= ranks; r++) {
        columns.add("rank " + r);
      }
      columns.addAll(List.of("score", "workshop groups"));
      header(sheet, columns);
      List<String> codes = tally.rows().stream().map(PriorityTally.Row::code).toList();
      List<String> rankNames = columns.subList(3, 3 + ranks);
      int[][] cells = new int[codes.size()][ranks];
      for (int p = 0; p < codes.size(); p++) {
        for (int r = 0; r < ranks; r++) {
          cells[p][r] = tally.rows().get(p).byRank().get(r);
        }
      }
      Disclosure.Published published = disclosure.table("priorities chosen by survey respondents",
          CountTable.of(codes, rankNames, cells), codes.stream().map(c -> "priority " + c).toList(), rankNames);
      for (int p = 0; p < codes.size(); p++) {
        PriorityTally.Row row = tally.rows().get(p);
        text(sheet, p + 1, 0, row.code());
        text(sheet, p + 1, 1, text(instrument.priorities().get(p).label()));
        count(sheet, p + 1, 2, published.rowTotal(p));
        for (int r = 0; r < ranks; r++) {
          count(sheet, p + 1, 3 + r, published.cell(p, r));
        }
        count(sheet, p + 1, 3 + ranks, published.rowWithholds(p) ? OptionalInt.empty() : OptionalInt.of(row.score()));
        sheet.value(p + 1, 4 + ranks, row.groups());
      }
      widths(sheet, 9, 70, 11, 8, 8, 8, 8, 10);
    }

    private void about(Worksheet sheet) {
      int row = 0;
      sheet.value(row, 0, "CT-NAT data analysis worksheet");
      sheet.style(row, 0).bold().fontSize(14).set();
      row += 2;
      row = fact(sheet, row, "assessment", assessment.id().value());
      row = fact(sheet, row, "country or region", assessment.country());
      row = fact(sheet, row, "period", assessment.period().toString());
      row = fact(sheet, row, "instrument", instrument.id() + " " + instrument.version());
      row = fact(sheet, row, "disclosure control", options.disclosureControl()
          ? "on: counts from 1 to " + (options.k() - 1) + " are withheld (x), with those that would reveal them"
          : "OFF: INTERNAL DRAFT, every count shown; do not publish");
      if (options.disclosureControl()) {
        sheet.value(row, 0, "k");
        sheet.value(row, 1, options.k());
        row++;
      } else {
        sheet.style(row - 1, 1).fontColor("B00020").bold().set();
      }
      row = fact(sheet, row, "intervals", Figures.level(options.level()) + " "
          + options.intervalMethod().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      row = number(sheet, row, "survey responses", assessment.surveyResponses().size());
      row = number(sheet, row, "interviews", assessment.interviews().size());
      row = number(sheet, row, "workshop groups", assessment.workshopResults().size());
      row = number(sheet, row, "documents reviewed", assessment.sources().size());
      row = number(sheet, row, "indicators judged", assessment.judgements().size());
      row = fact(sheet, row, "computed", "every number is computed from the assessment's data; shares are of those "
          + "who answered");
      row++;
      List<Disclosure.Withheld> withheld = disclosure.log();
      if (options.disclosureControl()) {
        sheet.value(row, 0, withheld.isEmpty() ? "No figure had to be withheld." : "Withheld figures");
        sheet.style(row, 0).bold().set();
        row++;
        for (Disclosure.Withheld w : withheld) {
          List<String> all = new java.util.ArrayList<>(w.cells());
          all.addAll(w.totals());
          text(sheet, row, 0, w.table());
          text(sheet, row, 1, String.join("; ", all));
          row++;
        }
      }
      widths(sheet, 24, 90);
    }

    private static int fact(Worksheet sheet, int row, String name, String value) {
      sheet.value(row, 0, name);
      text(sheet, row, 1, value);
      return row + 1;
    }

    private static int number(Worksheet sheet, int row, String name, int value) {
      sheet.value(row, 0, name);
      sheet.value(row, 1, value);
      return row + 1;
    }

    private static void widths(Worksheet sheet, double... widths) {
      for (int c = 0; c < widths.length; c++) {
        sheet.width(c, widths[c]);
      }
    }
  }
}
