package org.ctnat.io;

import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ViolationRule;

/**
 * One bad cell (or row) of a CSV file of responses: where it is — the row and column as a
 * spreadsheet numbers them, the column's header and the line of the file — whose row it is,
 * which rule of the instrument it breaks, if any, and what exactly is wrong.
 *
 * <p>Rows count from 1 at the header, so the first respondent is row 2, exactly as a
 * spreadsheet shows the file (empty lines count too). {@link #line()} differs from the row only
 * when a text earlier in the file spans several lines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row, from 1 at the header
 * @param column the column, from 1 at the first
 * @param header the column's header, such as {@code 2.2/forced_marriage}; {@code ""} for a field
 *     beyond the header
 * @param line the line of the file where the cell starts, from 1
 * @param respondent the row's respondent, if its id could be read
 * @param rule the rule of the instrument broken ({@link
 *     org.ctnat.core.response.ResponseValidation}), or empty for a cell that cannot be read at
 *     all (a {@code yes} where 0 or 1 belongs, a row with too few cells)
 * @param detail what is wrong and what was expected
 */
public record CsvProblem(int row, int column, String header, int line, Optional<RespondentId> respondent,
    Optional<ViolationRule> rule, String detail) {

  /** Checks the location and nulls. */
  public CsvProblem {
    if (row < 1 || column < 1 || line < 1) {
      throw new IllegalArgumentException("csv problem: row, column and line count from 1, but were " + row + ", "
          + column + " and " + line);
    }
    Objects.requireNonNull(header, "csv problem: header");
    Objects.requireNonNull(respondent, "csv problem: respondent");
    Objects.requireNonNull(rule, "csv problem: rule");
    Objects.requireNonNull(detail, "csv problem: detail");
  }

  @Override
  public String toString() {
    return "row " + row + ", column " + column + (header.isEmpty() ? "" : " (" + header + ")") + ", line " + line
        + respondent.map(r -> ", " + r).orElse("") + ": " + rule.map(r -> r + ": ").orElse("") + detail;
  }
}
