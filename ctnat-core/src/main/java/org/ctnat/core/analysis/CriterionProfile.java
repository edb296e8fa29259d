package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.Level;

/**
 * One row of the report's indicator table: the status of a criterion's four indicators —
 * framework level 1 and 2, operational level 1 and 2 — its score, the indicators flagged for
 * potential improvement, and the {@linkplain GapKind kinds of gap} they show.
 *
 * <p>An empty status means the indicator was not judged. An indicator is <em>flagged</em> when
 * it is not met: not met, undetermined or not judged. The <em>score</em> is the number of the four
 * indicators that are met, 0 to 4, each counting the same; it is a count for comparing criteria
 * and rounds, not a maturity level (a criterion meeting only the two level 2 indicators scores 2,
 * like one meeting both level 1 indicators).
 *
 * <p>{@code toString()} is one row: {@code 1.1  met   ▲ no  met   ▲ ?   2/4  LEVEL_2_GAP}, where
 * {@value #MARKER} marks a flagged cell.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param framework1 the status of framework level 1, empty if not judged
 * @param framework2 the status of framework level 2, empty if not judged
 * @param operational1 the status of operational level 1, empty if not judged
 * @param operational2 the status of operational level 2, empty if not judged
 */
public record CriterionProfile(CriterionId criterion, Optional<JudgementStatus> framework1,
    Optional<JudgementStatus> framework2, Optional<JudgementStatus> operational1,
    Optional<JudgementStatus> operational2) {

  /** The marker of a cell identified for potential improvement. */
  public static final String MARKER = "\u25b2";

  /** The highest score: all four indicators met. */
  public static final int MAX_SCORE = 4;

  /** Checks for nulls. */
  public CriterionProfile {
    Objects.requireNonNull(criterion, "criterion profile: criterion");
    Objects.requireNonNull(framework1, "criterion profile " + criterion + ": framework1");
    Objects.requireNonNull(framework2, "criterion profile " + criterion + ": framework2");
    Objects.requireNonNull(operational1, "criterion profile " + criterion + ": operational1");
    Objects.requireNonNull(operational2, "criterion profile " + criterion + ": operational2");
  }

  /**
   * The profile of one criterion in an assessment.
   *
   * @param criterion the criterion
   * @param assessment the assessment; its judgements of the criterion's four indicators are read
   * @return the profile
   */
  public static CriterionProfile of(CriterionId criterion, Assessment assessment) {
    return new CriterionProfile(criterion,
        status(assessment, criterion, Dimension.FRAMEWORK, Level.ONE),
        status(assessment, criterion, Dimension.FRAMEWORK, Level.TWO),
        status(assessment, criterion, Dimension.OPERATIONAL, Level.ONE),
        status(assessment, criterion, Dimension.OPERATIONAL, Level.TWO));
  }

  private static Optional<JudgementStatus> status(Assessment assessment, CriterionId criterion,
      Dimension dimension, Level level) {
    return assessment.judgement(IndicatorId.of(criterion, dimension, level)).map(IndicatorJudgement::status);
  }

  /**
   * The id of the indicator in one cell.
   *
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @return the indicator id
   */
  public IndicatorId indicator(Dimension dimension, Level level) {
    return IndicatorId.of(criterion, dimension, level);
  }

  /**
   * The ids of the four indicators.
   *
   * @return the indicator ids, in the order F1, F2, O1, O2
   */
  public List<IndicatorId> indicators() {
    return List.of(indicator(Dimension.FRAMEWORK, Level.ONE), indicator(Dimension.FRAMEWORK, Level.TWO),
        indicator(Dimension.OPERATIONAL, Level.ONE), indicator(Dimension.OPERATIONAL, Level.TWO));
  }

  /**
   * The status of one cell.
   *
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @return the status, or empty if not judged
   */
  public Optional<JudgementStatus> status(Dimension dimension, Level level) {
    if (dimension == Dimension.FRAMEWORK) {
      return level == Level.ONE ? framework1 : framework2;
    }
    return level == Level.ONE ? operational1 : operational2;
  }

  /**
   * The four statuses in the order F1, F2, O1, O2.
   *
   * @return the statuses, each empty if not judged
   */
  public List<Optional<JudgementStatus>> statuses() {
    return List.of(framework1, framework2, operational1, operational2);
  }

  /**
   * Whether one cell is met.
   *
   * @param dimension framework or operational
   * @param level level 1 or 2
   * @return true only if judged met
   */
  public boolean isMet(Dimension dimension, Level level) {
    return status(dimension, level).filter(JudgementStatus::isMet).isPresent();
  }

  /**
   * How many of the four indicators are met.
   *
   * @return 0 to {@value #MAX_SCORE}
   */
  public int score() {
    return (int) statuses().stream().filter(s -> s.filter(JudgementStatus::isMet).isPresent()).count();
  }

  /**
   * The indicators identified for potential improvement: every one not met.
   *
   * @return the indicator ids, in the order F1, F2, O1, O2
   */
  public List<IndicatorId> flagged() {
    return indicators().stream().filter(i -> !isMet(i.dimension(), i.level())).toList();
  }

  /**
   * The kinds of gap the criterion shows: {@link GapKind#NO_FRAMEWORK} if framework level 1 is
   * not met; {@link GapKind#IMPLEMENTATION_GAP} if framework level 1 is met and operational level 1
   * not; {@link GapKind#LEVEL_2_GAP} if framework or operational level 1 is met and the level 2 of
   * the same dimension not.
   *
   * @return the kinds, in {@link GapKind} order; empty when all four indicators are met
   */
  public List<GapKind> gaps() {
    boolean f1 = isMet(Dimension.FRAMEWORK, Level.ONE);
    boolean f2 = isMet(Dimension.FRAMEWORK, Level.TWO);
    boolean o1 = isMet(Dimension.OPERATIONAL, Level.ONE);
    boolean o2 = isMet(Dimension.OPERATIONAL, Level.TWO);
    List<GapKind> gaps = new ArrayList<>(3);
    if (!f1) {
      gaps.add(GapKind.NO_FRAMEWORK);
    }
    if (f1 && !o1) {
      gaps.add(GapKind.IMPLEMENTATION_GAP);
    }
    if ((f1 && !f2) || (o1 && !o2)) {
      gaps.add(GapKind.LEVEL_2_GAP);
    }
    return List.copyOf(gaps);
  }

  /** The text of one cell: {@code met}, or the marker and {@code no}, {@code ?} or {@code -}. */
  static String cell(Optional<JudgementStatus> status) {
    if (status.isEmpty()) {
      return MARKER + " -";
    }
    return switch (status.get()) {
      case MET -> "met";
      case NOT_MET -> MARKER + " no";
      case UNDETERMINED -> MARKER + " ?";
    };
  }

  /** The legend of the cells. */
  static String legend() {
    return MARKER + " = identified for potential improvement (no = not met, ? = undetermined, - = not judged)";
  }

  /** The cells of the row, each padded to the same width. */
  String cells() {
    return statuses().stream().map(s -> String.format(Locale.ROOT, "%-5s", cell(s)))
        .collect(Collectors.joining(" "));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-9s %s  %-5s  %s", criterion, cells(), score() + "/" + MAX_SCORE,
        gaps().stream().map(Enum::name).collect(Collectors.joining(", "))).stripTrailing();
  }
}
