package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.SurveyResponse;

/**
 * Cross-tabulations of single-valued items (single choices and grid statements): respondents
 * counted by their answer to one item (rows) and to another (columns), or by a profile
 * attribute and an item — e.g. the adequacy of identification tools (3.1.5) by gender. The
 * result is a {@link CountTable}, ready for {@link DisclosureControl} before it is published.
 *
 * <p>Every respondent is counted once: the rows and columns are the categories in instrument
 * order, zeros included, followed by a {@value GroupKey#MISSING} row and column for those who
 * did not give a countable answer (no answer, an answer of the wrong kind or with a code the
 * item does not have, or a follow-up's answer not chosen in its parent: what {@link SurveyTally}
 * counts as missing), so the grand
 * total is the number of respondents. Tables of the same items combine with {@link
 * CountTable#plus(CountTable)}, and {@link #collector(Instrument, ItemId, ItemId)} builds one
 * from a stream in one pass.
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossTabs {

  private CrossTabs() {}

  /**
   * Cross-tabulates two items.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @param rows the item whose answers are the rows
   * @param columns the item whose answers are the columns
   * @return the table of counts
   * @throws IllegalArgumentException if an item does not exist or is not single-valued
   */
  public static CountTable of(Instrument instrument, Iterable<SurveyResponse> responses, ItemId rows,
      ItemId columns) {
    Shape shape = Shape.of(instrument, rows, columns);
    int[][] cells = shape.cells();
    responses.forEach(response -> shape.add(cells, response));
    return shape.table(cells);
  }

  /**
   * Cross-tabulates a profile attribute (rows) and an item (columns).
   *
   * @param instrument the instrument, with a profile question for the attribute
   * @param responses the responses
   * @param attribute the profile attribute, e.g. gender
   * @param columns the item whose answers are the columns
   * @return the table of counts
   * @throws IllegalArgumentException if no question records the attribute, or the item does not
   *     exist or is not single-valued
   */
  public static CountTable of(Instrument instrument, Iterable<SurveyResponse> responses,
      ProfileAttribute attribute, ItemId columns) {
    Shape shape = Shape.of(instrument, attribute, columns);
    int[][] cells = shape.cells();
    responses.forEach(response -> shape.add(cells, response));
    return shape.table(cells);
  }

  /**
   * A collector that cross-tabulates two items over a stream of responses.
   *
   * @param instrument the instrument
   * @param rows the item whose answers are the rows
   * @param columns the item whose answers are the columns
   * @return the collector
   * @throws IllegalArgumentException if an item does not exist or is not single-valued
   */
  public static Collector<SurveyResponse, ?, CountTable> collector(Instrument instrument, ItemId rows, ItemId columns) {
    return collector(Shape.of(instrument, rows, columns));
  }

  /**
   * A collector that cross-tabulates a profile attribute and an item over a stream of responses.
   *
   * @param instrument the instrument
   * @param attribute the profile attribute
   * @param columns the item whose answers are the columns
   * @return the collector
   * @throws IllegalArgumentException if no question records the attribute, or the item is not
   *     single-valued
   */
  public static Collector<SurveyResponse, ?, CountTable> collector(Instrument instrument, ProfileAttribute attribute,
      ItemId columns) {
    return collector(Shape.of(instrument, attribute, columns));
  }

  private static Collector<SurveyResponse, int[][], CountTable> collector(Shape shape) {
    return Collector.of(shape::cells, shape::add, (a, b) -> {
      for (int r = 0; r < a.length; r++) {
        for (int c = 0; c < a[r].length; c++) {
          a[r][c] += b[r][c];
        }
      }
      return a;
    }, shape::table, Collector.Characteristics.UNORDERED);
  }

  /** The labels of a cross-tabulation and how to read a response's row and column. */
  private record Shape(List<String> rows, List<String> columns, Function<SurveyResponse, Optional<String>> row,
      Function<SurveyResponse, Optional<String>> column) {

    static Shape of(Instrument instrument, ItemId rows, ItemId columns) {
      List<String> rowLabels = categories(instrument, rows);
      List<String> columnLabels = categories(instrument, columns);
      Layout layout = new Layout(instrument);
      return new Shape(rowLabels, columnLabels, reader(layout, rows), reader(layout, columns));
    }

    static Shape of(Instrument instrument, ProfileAttribute attribute, ItemId columns) {
      SingleChoice profileQuestion = instrument.survey().questions().stream()
          .filter(q -> q instanceof SingleChoice s && s.profile().filter(attribute::equals).isPresent())
          .map(q -> (SingleChoice) q).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no question of " + instrument.id() + " "
              + instrument.version() + " records the profile attribute " + attribute.key()));
      List<String> columnLabels = categories(instrument, columns);
      return new Shape(profileQuestion.options().stream().map(ChoiceOption::code).toList(), columnLabels,
          response -> Optional.ofNullable(response.profile(instrument).get(attribute)),
          reader(new Layout(instrument), columns));
    }

    int[][] cells() {
      return new int[rows.size() + 1][columns.size() + 1];
    }

    void add(int[][] cells, SurveyResponse response) {
      cells[index(rows, row.apply(response))][index(columns, column.apply(response))]++;
    }

    private static int index(List<String> labels, Optional<String> code) {
      int i = code.map(labels::indexOf).orElse(-1);
      return i >= 0 ? i : labels.size();
    }

    CountTable table(int[][] cells) {
      List<String> rowLabels = new ArrayList<>(rows);
      rowLabels.add(GroupKey.MISSING);
      List<String> columnLabels = new ArrayList<>(columns);
      columnLabels.add(GroupKey.MISSING);
      return CountTable.of(rowLabels, columnLabels, cells);
    }
  }

  private static List<String> categories(Instrument instrument, ItemId item) {
    Question question = instrument.survey().question(item).or(() -> instrument.questionOf(item))
        .orElseThrow(() -> new IllegalArgumentException("the survey of " + instrument.id() + " "
            + instrument.version() + " has no item " + item));
    if (question instanceof SingleChoice q) {
      return q.options().stream().map(ChoiceOption::code).toList();
    }
    if (question instanceof Grid g && !g.id().equals(item)) {
      return instrument.scale(g.scale()).orElseThrow().points().stream().map(ScalePoint::code).toList();
    }
    throw new IllegalArgumentException("item " + item + " is a " + question.kind().name().toLowerCase(
        java.util.Locale.ROOT).replace('_', ' ') + (question instanceof Grid ? " (cross-tabulate its statements)" : "")
        + "; only single choices and grid statements can be cross-tabulated");
  }

  /** A response's countable answer to a single-valued item, as {@link SurveyTally} counts it. */
  private static Function<SurveyResponse, Optional<String>> reader(Layout layout, ItemId item) {
    int i = layout.index(item);
    List<String> codes = layout.categories.get(i);
    return response -> {
      int c = layout.single(i, response.answers().get(item), response.answers());
      return c < 0 ? Optional.empty() : Optional.of(codes.get(c));
    };
  }
}
