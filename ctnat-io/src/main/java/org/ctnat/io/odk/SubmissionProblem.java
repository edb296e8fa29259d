package org.ctnat.io.odk;

import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ViolationRule;

/**
 * One problem found in a submission export: where it is — the row and column as a spreadsheet
 * numbers them and the column's header — whose submission it is, which rule of the instrument
 * it breaks, if any, how serious it is, and what exactly is wrong.
 *
 * <p>Rows count from 1 at the header, so the first submission is row 2, as a spreadsheet shows
 * the file. A problem of the header itself (an unknown column) is in row 1.
 *
 * <p>An {@linkplain Severity#ERROR error} in a row leaves that submission out; a {@linkplain
 * Severity#WARNING warning} leaves nothing out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row, from 1 at the header
 * @param column the column, from 1 at the first
 * @param header the column's header, such as {@code s2-q2.2/forced_marriage}; {@code ""} for a
 *     cell beyond the header
 * @param respondent the row's respondent, if its id could be read
 * @param rule the rule of the instrument broken ({@link
 *     org.ctnat.core.response.ResponseValidation}), or empty for a cell that cannot be read at
 *     all (a {@code yes} where 0 or 1 belongs, a formula, a row with too few cells)
 * @param severity whether the problem leaves the submission out
 * @param detail what is wrong and what was expected
 */
public record SubmissionProblem(int row, int column, String header, Optional<RespondentId> respondent,
    Optional<ViolationRule> rule, Severity severity, String detail) {

  /** How serious a problem is. */
  public enum Severity {
    /** The submission of the row is left out. */
    ERROR,
    /** Nothing is left out; the file has something the reader does not use. */
    WARNING
  }

  /** Checks the location and nulls. */
  public SubmissionProblem {
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException("submission problem: row and column count from 1, but were " + row
          + " and " + column);
    }
    Objects.requireNonNull(header, "submission problem: header");
    Objects.requireNonNull(respondent, "submission problem: respondent");
    Objects.requireNonNull(rule, "submission problem: rule");
    Objects.requireNonNull(severity, "submission problem: severity");
    Objects.requireNonNull(detail, "submission problem: detail");
  }

  /**
   * Whether this problem leaves its submission out.
   *
   * @return true for an error
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + "row " + row + ", column " + column
        + (header.isEmpty() ? "" : " (" + header + ")") + respondent.map(r -> ", " + r).orElse("") + ": "
        + rule.map(r -> r + ": ").orElse("") + detail;
  }
}
