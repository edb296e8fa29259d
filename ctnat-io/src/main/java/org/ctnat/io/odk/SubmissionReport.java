package org.ctnat.io.odk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ctnat.io.internal.TextTable;

/**
 * The report of reading a submission export: what layout was recognised, how many rows were
 * read, how many submissions were kept and how many left out, and every problem found, in file
 * order — the warnings about the header first, then the errors of the rows, cell by cell.
 *
 * <p>A submission with any error is left out whole — never partly kept, never repaired — and
 * every other submission is kept. Warnings leave nothing out.
 *
 * <p>{@code toString()} prints a table of the problems, one per line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SubmissionReport {

  private final String source;
  private final SubmissionLayout layout;
  private final int rows;
  private final int kept;
  private final int leftOut;
  private final List<SubmissionProblem> problems;

  private SubmissionReport(String source, SubmissionLayout layout, int rows, int kept, int leftOut,
      List<SubmissionProblem> problems) {
    this.source = Objects.requireNonNull(source, "source");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.rows = rows;
    this.kept = kept;
    this.leftOut = leftOut;
    this.problems = List.copyOf(problems);
  }

  /**
   * A report.
   *
   * @param source the source read
   * @param layout the layout recognised
   * @param rows the rows read after the header
   * @param kept the submissions kept
   * @param leftOut the submissions left out
   * @param problems every problem, in file order
   * @return the report
   * @throws IllegalArgumentException if a count is negative or kept and left out do not add up
   *     to the rows
   */
  public static SubmissionReport of(String source, SubmissionLayout layout, int rows, int kept, int leftOut,
      List<SubmissionProblem> problems) {
    if (rows < 0 || kept < 0 || leftOut < 0 || kept + leftOut != rows) {
      throw new IllegalArgumentException("submission report: kept (" + kept + ") and left out (" + leftOut
          + ") must be at least 0 and add up to the rows (" + rows + ")");
    }
    return new SubmissionReport(source, layout, rows, kept, leftOut, problems);
  }

  /**
   * The source read: a file name or a description.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * What the reader recognised in the header.
   *
   * @return the layout
   */
  public SubmissionLayout layout() {
    return layout;
  }

  /**
   * How many rows were read after the header, empty rows not included.
   *
   * @return the rows
   */
  public int rows() {
    return rows;
  }

  /**
   * How many submissions were kept: every row without an error.
   *
   * @return the submissions kept
   */
  public int submissionsKept() {
    return kept;
  }

  /**
   * How many submissions were left out because of an error.
   *
   * @return the submissions left out
   */
  public int submissionsLeftOut() {
    return leftOut;
  }

  /**
   * Every problem, warnings and errors, in file order.
   *
   * @return the problems
   */
  public List<SubmissionProblem> problems() {
    return problems;
  }

  /**
   * The errors: the problems that left a submission out.
   *
   * @return the errors, in file order
   */
  public List<SubmissionProblem> errors() {
    return problems.stream().filter(SubmissionProblem::isError).toList();
  }

  /**
   * The warnings: columns the reader did not use.
   *
   * @return the warnings, in file order
   */
  public List<SubmissionProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Whether every submission was kept: there is no error (there may be warnings).
   *
   * @return true if there are no errors
   */
  public boolean isClean() {
    return problems.stream().noneMatch(SubmissionProblem::isError);
  }

  /**
   * The problems of one row.
   *
   * @param row the row, from 1 at the header
   * @return its problems, in order; empty if it has none
   */
  public List<SubmissionProblem> problemsInRow(int row) {
    return problems.stream().filter(p -> p.row() == row).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubmissionReport r && source.equals(r.source) && layout.equals(r.layout) && rows == r.rows
        && kept == r.kept && leftOut == r.leftOut && problems.equals(r.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, layout, rows, kept, leftOut, problems);
  }

  @Override
  public String toString() {
    long errors = problems.stream().filter(SubmissionProblem::isError).count();
    long warnings = problems.size() - errors;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%s (%s): %d row%s, %d submission%s kept, %d left out, %d error%s, %d warning%s", source, layout, rows,
        rows == 1 ? "" : "s", kept, kept == 1 ? "" : "s", leftOut, errors, errors == 1 ? "" : "s", warnings,
        warnings == 1 ? "" : "s"));
    if (problems.isEmpty()) {
      return out.toString();
    }
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"row", "column", "header", "respondent", "problem"});
    for (SubmissionProblem p : problems) {
      table.add(new String[] {String.valueOf(p.row()), String.valueOf(p.column()), p.header(),
          p.respondent().map(String::valueOf).orElse(""),
          (p.isError() ? "" : "warning: ") + p.rule().map(r -> r + ": ").orElse("") + p.detail()});
    }
    TextTable.appendRows(out, table);
    return out.toString();
  }
}
