package org.ctnat.io;

import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.IntervalMethod;
import org.ctnat.core.analysis.Share;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.questionbank.ProfileAttribute;

/**
 * Survey tallies as CSV, one row per category of each item, for R, pandas and spreadsheets:
 *
 * <pre>
 * item,category,count,share,lower,upper,answered,eligible,missing,invalid,method,level
 * 3.1.4,adequate,4,0.5714,0.2505,0.8418,7,7,0,0,wilson,0.95
 * </pre>
 *
 * <p>{@code share} is the count out of those who {@code answered}; {@code lower} and {@code
 * upper} bound its confidence interval, computed by {@code method} ({@code wilson}, {@code
 * jeffreys}, {@code clopper_pearson}, {@code agresti_coull}, {@code normal_approximation}) at
 * {@code level} — 95% Wilson unless another is asked for. Shares and bounds are proportions
 * from 0 to 1 with {@value #DECIMALS} decimals (rounded half up), empty when nobody answered.
 * A respondent counts in several categories of a multiple choice or ranking, so their shares may
 * add up to more than 1. A free-text item is one row with an empty category, count and share:
 * it counts who answered. Categories are in instrument order, zeros included; items in survey
 * order.
 *
 * <p>A {@link Disaggregation} is written with one column per attribute first, named by its key
 * ({@code country}, {@code gender}), holding the group's option code — empty for respondents who
 * did not give the attribute — then the columns above, group by group. The counts are not
 * suppressed: apply {@link org.ctnat.core.analysis.DisclosureControl} before publishing small
 * groups.
 *
 * <p>Files are UTF-8 without byte order mark, comma separated, with {@code \n} line ends, as
 * {@link CsvResponses} writes them.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvTallies {

  /** The decimals of shares and interval bounds. */
  public static final int DECIMALS = 4;

  /** The columns after any group columns. */
  public static final List<String> HEADER = List.of("item", "category", "count", "share", "lower", "upper",
      "answered", "eligible", "missing", "invalid", "method", "level");

  private CsvTallies() {}

  /**
   * The tallies of a survey with 95% Wilson intervals.
   *
   * @param tally the tallies
   * @return the CSV text
   */
  public static String toString(SurveyTally tally) {
    return toString(tally, IntervalMethod.WILSON, Share.DEFAULT_LEVEL);
  }

  /**
   * The tallies of a survey.
   *
   * @param tally the tallies
   * @param method how the intervals are computed
   * @param level the confidence level, strictly between 0 and 1
   * @return the CSV text
   * @throws IllegalArgumentException if the level is out of range
   */
  public static String toString(SurveyTally tally, IntervalMethod method, double level) {
    StringWriter out = new StringWriter();
    write(tally, method, level, CsvRecordWriter.to(out));
    return out.toString();
  }

  /**
   * Writes the tallies of a survey to a stream (which is not closed), in UTF-8.
   *
   * @param tally the tallies
   * @param method how the intervals are computed
   * @param level the confidence level, strictly between 0 and 1
   * @param out the stream
   * @throws IllegalArgumentException if the level is out of range
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(SurveyTally tally, IntervalMethod method, double level, OutputStream out) {
    write(tally, method, level, CsvRecordWriter.to(Objects.requireNonNull(out, "out")));
  }

  /**
   * The tallies of each group of a disaggregation with 95% Wilson intervals.
   *
   * @param disaggregation the disaggregation
   * @return the CSV text
   */
  public static String toString(Disaggregation disaggregation) {
    return toString(disaggregation, IntervalMethod.WILSON, Share.DEFAULT_LEVEL);
  }

  /**
   * The tallies of each group of a disaggregation.
   *
   * @param disaggregation the disaggregation
   * @param method how the intervals are computed
   * @param level the confidence level, strictly between 0 and 1
   * @return the CSV text
   * @throws IllegalArgumentException if the level is out of range
   */
  public static String toString(Disaggregation disaggregation, IntervalMethod method, double level) {
    StringWriter out = new StringWriter();
    write(disaggregation, method, level, CsvRecordWriter.to(out));
    return out.toString();
  }

  /**
   * Writes the tallies of each group of a disaggregation to a stream (which is not closed), in
   * UTF-8.
   *
   * @param disaggregation the disaggregation
   * @param method how the intervals are computed
   * @param level the confidence level, strictly between 0 and 1
   * @param out the stream
   * @throws IllegalArgumentException if the level is out of range
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Disaggregation disaggregation, IntervalMethod method, double level, OutputStream out) {
    write(disaggregation, method, level, CsvRecordWriter.to(Objects.requireNonNull(out, "out")));
  }

  private static void write(SurveyTally tally, IntervalMethod method, double level, CsvRecordWriter out) {
    check(method, level);
    out.cells(HEADER).end();
    rows(List.of(), tally, method, level, out);
    out.finish();
  }

  private static void write(Disaggregation disaggregation, IntervalMethod method, double level,
      CsvRecordWriter out) {
    check(method, level);
    disaggregation.attributes().forEach(a -> out.cell(a.key()));
    out.cells(HEADER).end();
    for (Map.Entry<GroupKey, SurveyTally> group : disaggregation.groups().entrySet()) {
      List<String> values = new ArrayList<>();
      for (ProfileAttribute attribute : disaggregation.attributes()) {
        String value = group.getKey().value(attribute);
        values.add(GroupKey.MISSING.equals(value) ? "" : value);
      }
      rows(values, group.getValue(), method, level, out);
    }
    out.finish();
  }

  private static void check(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, but was " + level);
    }
  }

  private static void rows(List<String> group, SurveyTally tally, IntervalMethod method, double level,
      CsvRecordWriter out) {
    String methodName = Enums.write(method);
    String levelText = BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
    for (Tally item : tally.tallies()) {
      if (item.categories().isEmpty()) {
        out.cells(group).cell(item.item().value()).blank().blank().blank().blank().blank();
        totals(item, out).cell(methodName).cell(levelText).end();
        continue;
      }
      for (int c = 0; c < item.categories().size(); c++) {
        int count = item.counts().get(c);
        Share share = new Share(count, item.answered());
        Optional<ConfidenceInterval> interval = share.interval(method, level);
        out.cells(group).cell(item.item().value()).cell(item.categories().get(c)).cell(String.valueOf(count))
            .cell(share.proportion().map(CsvTallies::decimal).orElse(""))
            .cell(interval.map(i -> decimal(i.lower())).orElse(""))
            .cell(interval.map(i -> decimal(i.upper())).orElse(""));
        totals(item, out).cell(methodName).cell(levelText).end();
      }
    }
  }

  private static CsvRecordWriter totals(Tally item, CsvRecordWriter out) {
    return out.cell(String.valueOf(item.answered())).cell(String.valueOf(item.eligible()))
        .cell(String.valueOf(item.missing())).cell(String.valueOf(item.invalid()));
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
  }
}
