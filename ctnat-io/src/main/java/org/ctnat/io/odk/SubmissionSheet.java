package org.ctnat.io.odk;

import org.ctnat.io.CtnatReadException;

/**
 * The rows of an export, CSV or XLSX, one at a time: the first row read is the header. Each
 * cell is text; a cell that holds no plain value (a spreadsheet formula, an error, a boolean)
 * has a {@linkplain #defect(int) defect} instead. Package-private.
 *
 * <p>A mutable cursor over one input: not thread-safe.
 */
interface SubmissionSheet {

  /**
   * The source, for reports and errors.
   *
   * @return the source name
   */
  String source();

  /**
   * Moves to the next non-empty row.
   *
   * @return false at the end of the input
   * @throws CtnatReadException if the input is malformed or exceeds a limit
   */
  boolean next();

  /** The current row, from 1 at the first row of the file, as a spreadsheet numbers it. */
  int row();

  /** The number of cells of the current row, including any beyond the header's width. */
  int size();

  /** Cell {@code i} (from 0) of the current row; {@code ""} if empty or beyond the row. */
  String cell(int i);

  /** Why cell {@code i} holds no plain value, or null if it does. */
  String defect(int i);

  /** A read exception at the current row and a column (from 1; 0 for the whole row). */
  CtnatReadException problem(int column, String message);
}
