package org.ctnat.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ctnat.io.internal.TextTable;

/**
 * The report of reading a CSV file of responses: how many rows were read, how many responses
 * were kept and how many left out, and every problem found, cell by cell, in file order.
 *
 * <p>A response with any problem is left out whole — never partly kept, never repaired — and
 * every other response is kept. In the wide layout a response is a row; in the long layout it
 * is all the rows of one respondent. The streaming readers ({@link
 * CsvResponses#tally(org.ctnat.core.instrument.Instrument, java.io.InputStream, String)}) keep
 * the first {@value #MAX_LISTED_PROBLEMS} problems and count the rest, so that their memory
 * does not grow with the file; the other readers list every problem.
 *
 * <p>{@code toString()} prints a table of the problems, one per line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvReadReport {

  /** The most problems a streaming reader lists; the rest are only counted. */
  public static final int MAX_LISTED_PROBLEMS = 1000;

  private final String source;
  private final int rows;
  private final int kept;
  private final int leftOut;
  private final List<CsvProblem> problems;
  private final int problemCount;

  private CsvReadReport(String source, int rows, int kept, int leftOut, List<CsvProblem> problems,
      int problemCount) {
    this.source = Objects.requireNonNull(source, "source");
    this.rows = rows;
    this.kept = kept;
    this.leftOut = leftOut;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  static CsvReadReport of(String source, int rows, int kept, int leftOut, List<CsvProblem> problems,
      int problemCount) {
    return new CsvReadReport(source, rows, kept, leftOut, problems, problemCount);
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
   * How many rows were read after the header, empty lines not included.
   *
   * @return the rows
   */
  public int rows() {
    return rows;
  }

  /**
   * How many responses were kept: every response without a problem.
   *
   * @return the responses kept
   */
  public int responsesKept() {
    return kept;
  }

  /**
   * How many responses were left out because of a problem. In the wide layout these are rows;
   * in the long layout respondents (with a row that has no readable respondent counting as
   * one).
   *
   * @return the responses left out
   */
  public int responsesLeftOut() {
    return leftOut;
  }

  /**
   * The problems, in file order (row by row, and within a row by column as far as they were
   * found cell by cell; problems of rules follow the cells that could not be read).
   *
   * @return every problem, or for a streaming reader the first {@value #MAX_LISTED_PROBLEMS}
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * How many problems were found, including any a streaming reader did not list.
   *
   * @return the number of problems
   */
  public int problemCount() {
    return problemCount;
  }

  /**
   * Whether the file had no problem at all: every row was kept.
   *
   * @return true if there are no problems
   */
  public boolean isClean() {
    return problemCount == 0;
  }

  /**
   * The problems of one row.
   *
   * @param row the row, from 1 at the header
   * @return its problems, in order; empty if it has none (or none was listed)
   */
  public List<CsvProblem> problemsInRow(int row) {
    return problems.stream().filter(p -> p.row() == row).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsvReadReport r && source.equals(r.source) && rows == r.rows && kept == r.kept
        && leftOut == r.leftOut && problems.equals(r.problems) && problemCount == r.problemCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, rows, kept, leftOut, problems, problemCount);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d row%s, %d response%s kept, %d left out",
        source, rows, rows == 1 ? "" : "s", kept, kept == 1 ? "" : "s", leftOut));
    if (problemCount == 0) {
      return out.append(", no problems").toString();
    }
    out.append(", ").append(problemCount).append(problemCount == 1 ? " problem" : " problems");
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"row", "column", "header", "respondent", "problem"});
    for (CsvProblem p : problems) {
      table.add(new String[] {String.valueOf(p.row()), String.valueOf(p.column()), p.header(),
          p.respondent().map(String::valueOf).orElse(""),
          p.rule().map(r -> r + ": ").orElse("") + p.detail()});
    }
    TextTable.appendRows(out, table);
    if (problems.size() < problemCount) {
      out.append(System.lineSeparator()).append("  … and ").append(problemCount - problems.size())
          .append(" more not listed");
    }
    return out.toString();
  }
}
