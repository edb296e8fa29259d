package org.ctnat.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.Tally;

/**
 * The one gate every count of a report passes: tables go through {@link DisclosureControl} when
 * the options ask for it, and what was withheld is logged for the limitations section. With
 * disclosure control off, every count is published as it is.
 *
 * <p>A mutable log used by one report build on one thread.
 */
final class Disclosure {

  /** What one table withheld, in words: the table's name, its withheld cells and totals. */
  record Withheld(String table, List<String> cells, List<String> totals) {
    Withheld {
      cells = List.copyOf(cells);
      totals = List.copyOf(totals);
    }
  }

  /** A table as published: counts and totals, empty where withheld. */
  static final class Published {
    private final CountTable table;
    private final SuppressedTable suppressed;

    private Published(CountTable table, SuppressedTable suppressed) {
      this.table = table;
      this.suppressed = suppressed;
    }

    OptionalInt cell(int row, int column) {
      return suppressed == null ? OptionalInt.of(table.count(row, column)) : suppressed.published(row, column);
    }

    OptionalInt rowTotal(int row) {
      return suppressed == null ? OptionalInt.of(table.rowTotal(row)) : suppressed.rowTotal(row);
    }

    boolean rowWithholds(int row) {
      for (int c = 0; c < table.columns(); c++) {
        if (cell(row, c).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  private final ReportOptions options;
  private final List<Withheld> log = new ArrayList<>();

  Disclosure(ReportOptions options) {
    this.options = options;
  }

  boolean on() {
    return options.disclosureControl();
  }

  int k() {
    return options.k();
  }

  /**
   * A count that stands alone (a denominator, a group size): withheld when disclosure control is
   * on and it is from 1 to k − 1.
   */
  OptionalInt total(int count) {
    return on() && count > 0 && count < k() ? OptionalInt.empty() : OptionalInt.of(count);
  }

  /**
   * The number who answered an item whose one-row table was published: the table's row total for
   * a single answer (the counts add up to it), a stand-alone {@link #total(int)} for a multiple
   * choice (whose counts add up to the choices made).
   */
  OptionalInt answered(Tally item, Published published) {
    return item.multipleResponse() ? total(item.answered()) : published.rowTotal(0);
  }

  /**
   * Publishes a table. Labels name rows and columns in the log; they need not be the table's own
   * (which must be unique codes).
   */
  Published table(String name, CountTable table, List<String> rowNames, List<String> columnNames) {
    if (!on()) {
      return new Published(table, null);
    }
    SuppressedTable suppressed = DisclosureControl.suppress(table, k(), options.zeroCells());
    List<String> cells = new ArrayList<>();
    List<String> totals = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      for (int c = 0; c < table.columns(); c++) {
        if (suppressed.mark(r, c).isSuppressed()) {
          cells.add(table.rows() == 1 ? columnNames.get(c) : table.columns() == 1 ? rowNames.get(r)
              : rowNames.get(r) + " / " + columnNames.get(c));
        }
      }
    }
    for (int r = 0; r < table.rows(); r++) {
      // the total of a one-column table's row is its cell, already listed
      if (suppressed.rowTotal(r).isEmpty() && table.rows() > 1 && table.columns() > 1) {
        totals.add("total of " + rowNames.get(r));
      }
    }
    if (!cells.isEmpty() || !totals.isEmpty()) {
      log.add(new Withheld(name, cells, totals));
    }
    return new Published(table, suppressed);
  }

  /** Logs a withheld figure that is not a table cell (a denominator, a summary). */
  void note(String name, String what) {
    log.add(new Withheld(name, List.of(what), List.of()));
  }

  List<Withheld> log() {
    return List.copyOf(log);
  }
}
