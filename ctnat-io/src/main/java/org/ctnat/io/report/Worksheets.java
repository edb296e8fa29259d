package org.ctnat.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.io.CsvCells;
import org.ctnat.io.report.ReportContent.Area;
import org.ctnat.io.report.ReportContent.Block;
import org.ctnat.io.report.ReportContent.Category;
import org.ctnat.io.report.ReportContent.Choice;
import org.ctnat.io.report.ReportContent.CriterionRow;
import org.ctnat.io.report.ReportContent.Figure;
import org.ctnat.io.report.ReportContent.GridBlock;
import org.ctnat.io.report.ReportContent.IndicatorCell;
import org.ctnat.io.report.ReportContent.Point;
import org.ctnat.io.report.ReportContent.PriorityRow;
import org.ctnat.io.report.ReportContent.Ranked;
import org.ctnat.io.report.ReportContent.Statement;
import org.ctnat.io.report.ReportContent.Texts;
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
 * {@code x}. The workbook is built from the same computed content as the report ({@link
 * Reports}), under one disclosure control run, so every figure has the same published value —
 * or is withheld — in the workbook, the HTML and the Markdown, and the {@value #ABOUT} sheet
 * lists the same withheld figures as the report's limitations. Disclosure control is on by
 * default with {@code k = }{@value ReportOptions#DEFAULT_K}; {@link
 * ReportOptions#internalDraft()} writes every count, and the {@value #ABOUT} sheet then says so.
 * The {@value #TALLIES} sheet holds the items the report shows, in survey order: a ranking's
 * count is the number who ranked the option (for the priority question, the "chose it" of the
 * priorities table), its share of those who answered. A free-text item has one row with its
 * number of answers and no category; the answers themselves are not copied (they are in the
 * responses).
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

  /**
   * The state of writing one workbook: every figure comes from the {@link ReportContent} of the
   * assessment — one disclosure control run, so a figure has the same published value (or is
   * withheld) here as in the HTML and Markdown reports.
   */
  private static final class Writer {
    private final Assessment assessment;
    private final Instrument instrument;
    private final ReportOptions options;
    private final ReportContent content;

    Writer(Assessment assessment, Instrument instrument, ReportOptions options) {
      this.assessment = assessment;
      this.instrument = instrument;
      this.options = options;
      this.content = ReportContent.of(assessment, instrument, options);
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

    private static void proportion(Worksheet sheet, int row, int column, double value) {
      sheet.value(row, column, BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP));
      sheet.style(row, column).format(PERCENT).set();
    }

    /** One row of the tallies sheet: a category of an item with its figure and denominators. */
    private static void tally(Worksheet sheet, int row, String item, String question, String category, String label,
        Figure figure, OptionalInt answered, OptionalInt eligible) {
      text(sheet, row, 0, item);
      text(sheet, row, 1, question);
      text(sheet, row, 2, category);
      text(sheet, row, 3, label);
      count(sheet, row, 4, figure.count());
      if (figure.share().isPresent()) {
        ConfidenceInterval interval = figure.interval().orElseThrow();
        proportion(sheet, row, 5, figure.share().get());
        proportion(sheet, row, 6, interval.lower());
        proportion(sheet, row, 7, interval.upper());
      } else if (figure.withheld() || answered.isEmpty()) {
        for (int col = 5; col <= 7; col++) {
          sheet.value(row, col, Figures.WITHHELD);
        }
      }
      count(sheet, row, 8, answered);
      count(sheet, row, 9, eligible);
    }

    private void tallies(Worksheet sheet) {
      header(sheet, TALLY_COLUMNS);
      Map<String, Block> blocks = content.blocks();
      Optional<ItemId> priorityQuestion = instrument.priorityQuestion();
      int row = 1;
      for (Question question : instrument.survey().questions()) {
        if (priorityQuestion.filter(question.id()::equals).isPresent() && content.priorities().isPresent()) {
          ReportContent.Priorities p = content.priorities().get();
          for (PriorityRow priority : p.rows()) {
            tally(sheet, row++, p.id(), p.question().text(), priority.code(), priority.label().text(),
                priority.chosen(), p.respondents(), p.eligible());
          }
          continue;
        }
        Block block = blocks.get(question.id().value());
        if (block instanceof Choice choice) {
          for (Category category : choice.categories()) {
            tally(sheet, row++, choice.id(), choice.text().text(), category.code(), category.label().text(),
                category.figure(), choice.answered(), choice.eligible());
          }
        } else if (block instanceof GridBlock grid) {
          for (Statement statement : grid.statements()) {
            String text = grid.text().text() + " \u2014 " + statement.text().text();
            for (int c = 0; c < grid.points().size(); c++) {
              Point point = grid.points().get(c);
              tally(sheet, row++, statement.item().value(), text, point.code(), point.label().text(),
                  statement.figures().get(c), statement.answered(), statement.eligible());
            }
          }
        } else if (block instanceof Ranked ranked) {
          for (int o = 0; o < ranked.codes().size(); o++) {
            tally(sheet, row++, ranked.id(), ranked.text().text(), ranked.codes().get(o),
                ranked.options().get(o).text(), ranked.timesRanked().get(o), ranked.answered(), ranked.eligible());
          }
        } else if (block instanceof Texts texts) {
          text(sheet, row, 0, texts.id());
          text(sheet, row, 1, texts.text().text());
          count(sheet, row, 8, OptionalInt.of(texts.answered()));
          count(sheet, row, 9, texts.eligible());
          row++;
        }
      }
      widths(sheet, 9, 50, 24, 36, 8, 8, 8, 8, 9, 9);
    }

    private void indicators(Worksheet sheet) {
      header(sheet, INDICATOR_COLUMNS);
      int row = 1;
      for (Area area : content.areas()) {
        for (CriterionRow criterion : area.criteria()) {
          for (IndicatorCell cell : criterion.cells()) {
            text(sheet, row, 0, cell.id().toString());
            text(sheet, row, 1, area.id().value());
            text(sheet, row, 2, criterion.id().value());
            text(sheet, row, 3, criterion.title().text());
            text(sheet, row, 4, cell.id().dimension().name().toLowerCase(Locale.ROOT));
            sheet.value(row, 5, cell.id().level().number());
            text(sheet, row, 6, cell.statement().text());
            text(sheet, row, 7, cell.status().map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse("not judged"));
            text(sheet, row, 8, cell.flagged() ? Figures.GAP : "");
            sheet.value(row, 9, cell.evidence());
            if (cell.flagged()) {
              sheet.style(row, 8).fillColor("FDE0C5").bold().set();
            }
            row++;
          }
        }
      }
      widths(sheet, 9, 5, 9, 36, 11, 6, 60, 13, 8, 9);
    }

    private void priorities(Worksheet sheet) {
      if (content.priorities().isEmpty()) {
        header(sheet, List.of("priority"));
        text(sheet, 1, 0, "The instrument asks no priority question.");
        return;
      }
      ReportContent.Priorities p = content.priorities().get();
      int ranks = p.weights().size();
      List<String> columns = new ArrayList<>(List.of("priority", "label", "survey respondents"));
      for (int r = 1; r <= ranks; r++) {
        columns.add("rank " + r);
      }
      columns.addAll(List.of("score", "workshop groups"));
      header(sheet, columns);
      int row = 1;
      for (PriorityRow priority : p.rows()) {
        text(sheet, row, 0, priority.code());
        text(sheet, row, 1, priority.label().text());
        count(sheet, row, 2, priority.chosen().count());
        for (int r = 0; r < ranks; r++) {
          count(sheet, row, 3 + r, priority.byRank().get(r));
        }
        count(sheet, row, 3 + ranks, priority.score());
        sheet.value(row, 4 + ranks, priority.groups());
        row++;
      }
      widths(sheet, 9, 70, 11, 8, 8, 8, 8, 10);
    }

    private void about(Worksheet sheet) {
      ReportContent.Overview overview = content.overview();
      int row = 0;
      sheet.value(row, 0, "CT-NAT data analysis worksheet");
      sheet.style(row, 0).bold().fontSize(14).set();
      row += 2;
      row = fact(sheet, row, "assessment", assessment.id().value());
      row = fact(sheet, row, "country or region", content.header().country());
      row = fact(sheet, row, "period", content.header().period());
      row = fact(sheet, row, "instrument", instrument.id() + " " + instrument.version());
      row = fact(sheet, row, "disclosure control", options.disclosureControl()
          ? "on: counts from 1 to " + (options.k() - 1) + " are withheld (x), with those that would reveal them; "
              + "overall sample sizes are published"
          : "OFF: INTERNAL DRAFT, every count shown; do not publish");
      if (options.disclosureControl()) {
        sheet.value(row, 0, "k");
        sheet.value(row, 1, options.k());
        row++;
      } else {
        sheet.style(row - 1, 1).fontColor("B00020").bold().set();
      }
      row = fact(sheet, row, "intervals", Figures.level(options.level()) + " "
          + options.intervalMethod().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      row = number(sheet, row, "survey responses", overview.responses());
      row = number(sheet, row, "interviews", overview.interviews());
      row = number(sheet, row, "interview participants", overview.participants());
      row = number(sheet, row, "workshop groups", overview.groups());
      row = number(sheet, row, "documents reviewed", overview.sources());
      row = number(sheet, row, "indicators judged", overview.judgements());
      row = fact(sheet, row, "computed", "every number is computed from the assessment's data; shares are of those "
          + "who answered");
      row++;
      List<Disclosure.Withheld> withheld = content.limitations().withheld();
      if (options.disclosureControl()) {
        sheet.value(row, 0, withheld.isEmpty() ? "No figure had to be withheld." : "Withheld figures");
        sheet.style(row, 0).bold().set();
        row++;
        for (Disclosure.Withheld w : withheld) {
          List<String> all = new ArrayList<>(w.cells());
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
