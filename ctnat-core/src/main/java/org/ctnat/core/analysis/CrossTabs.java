package org.ctnat.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * Cross-tabulations of single-valued items (single choices and grid statements): respondents
 * counted by their answer to one item (rows) and to another (columns), or by a profile
 * attribute and an item — e.g. the adequacy of identification tools (3.1.5) by position
 * category. The result is a {@link CountTable}, ready for {@link DisclosureControl} before it is
 * published.
 *
 * <p>Only respondents with a countable answer to both are counted, so the table's grand total is
 * the number who answered both; every category appears, zeros included, in instrument order.
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
    List<String> rowCodes = categories(instrument, rows);
    List<String> columnCodes = categories(instrument, columns);
    int[][] cells = new int[rowCodes.size()][columnCodes.size()];
    for (SurveyResponse response : responses) {
      int r = rowCodes.indexOf(code(response.answers().get(rows)).orElse(""));
      int c = columnCodes.indexOf(code(response.answers().get(columns)).orElse(""));
      if (r >= 0 && c >= 0) {
        cells[r][c]++;
      }
    }
    return CountTable.of(rowCodes, columnCodes, cells);
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
    SingleChoice profileQuestion = instrument.survey().questions().stream()
        .filter(q -> q instanceof SingleChoice s && s.profile().filter(attribute::equals).isPresent())
        .map(q -> (SingleChoice) q).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question of " + instrument.id() + " "
            + instrument.version() + " records the profile attribute " + attribute.key()));
    List<String> rowCodes = profileQuestion.options().stream().map(ChoiceOption::code).toList();
    List<String> columnCodes = categories(instrument, columns);
    int[][] cells = new int[rowCodes.size()][columnCodes.size()];
    for (SurveyResponse response : responses) {
      Map<ProfileAttribute, String> profile = response.profile(instrument);
      int r = rowCodes.indexOf(profile.getOrDefault(attribute, ""));
      int c = columnCodes.indexOf(code(response.answers().get(columns)).orElse(""));
      if (r >= 0 && c >= 0) {
        cells[r][c]++;
      }
    }
    return CountTable.of(rowCodes, columnCodes, cells);
  }

  private static List<String> categories(Instrument instrument, ItemId item) {
    Question question = instrument.survey().question(item).or(() -> instrument.questionOf(item)).orElseThrow(() -> new IllegalArgumentException(
        "the survey of " + instrument.id() + " " + instrument.version() + " has no item " + item));
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

  private static Optional<String> code(Answer answer) {
    if (answer instanceof ChoiceAnswer a) {
      return Optional.of(a.code());
    }
    if (answer instanceof PointAnswer a) {
      return Optional.of(a.code());
    }
    return Optional.empty();
  }
}
