package org.ctnat.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.CriterionProfile;
import org.ctnat.core.analysis.GapKind;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.assessment.JudgementStatus;

/**
 * How figures and statuses are written in every report, HTML and Markdown alike: counts, a
 * withheld count as {@value #WITHHELD}, shares as whole percentages, intervals as {@code 25–84%},
 * and the status of an indicator with its gap marker.
 *
 * <p>Stateless and thread-safe.
 */
final class Figures {

  /** A withheld count, share, interval or total; the symbol of {@link SuppressedTable}. */
  static final String WITHHELD = SuppressedTable.SYMBOL;

  /** The text marker of an indicator identified for potential improvement. */
  static final String GAP = CriterionProfile.MARKER + " Gap";

  private Figures() {}

  static String count(OptionalInt count) {
    return count.isPresent() ? Integer.toString(count.getAsInt()) : WITHHELD;
  }

  static String share(Optional<Double> share) {
    return share.map(Figures::percent).orElse(WITHHELD);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String interval(Optional<ConfidenceInterval> interval) {
    return interval.map(i -> String.format(Locale.ROOT, "%.0f\u2013%.0f%%", i.lower() * 100, i.upper() * 100))
        .orElse(WITHHELD);
  }

  static String mean(OptionalDouble mean) {
    return mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : WITHHELD;
  }

  static String level(double level) {
    return String.format(Locale.ROOT, "%.0f%%", level * 100);
  }

  /** The status of an indicator in words, with the gap marker when it is not met. */
  static String status(Optional<JudgementStatus> status) {
    if (status.isEmpty()) {
      return GAP + ": not judged";
    }
    return switch (status.get()) {
      case MET -> "Met";
      case NOT_MET -> GAP + ": not met";
      case UNDETERMINED -> GAP + ": undetermined";
    };
  }

  /** A class name for a status: {@code met}, {@code not-met}, {@code undetermined} or {@code not-judged}. */
  static String statusClass(Optional<JudgementStatus> status) {
    return status.map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("not-judged");
  }

  static String gaps(List<GapKind> gaps) {
    return gaps.isEmpty() ? "none" : gaps.stream().map(GapKind::description).collect(Collectors.joining("; "));
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
