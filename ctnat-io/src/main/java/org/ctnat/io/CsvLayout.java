package org.ctnat.io;

import java.util.List;
import org.ctnat.core.instrument.Instrument;

/**
 * The two layouts of survey responses in CSV ({@code docs/csv.md} in the repository describes
 * both in full).
 *
 * <p>Both have a header row with stable names, a comma separator, RFC 4180 quoting, {@code \n}
 * line ends and UTF-8 without byte order mark, so that R's {@code read.csv} and pandas' {@code
 * read_csv} read them without arguments; an empty cell is a missing value.
 */
public enum CsvLayout {

  /**
   * One row per respondent, the way survey platforms export: {@code respondent}, then the
   * columns of each item in survey order — a single choice or grid statement one column named by
   * the item ({@code 1.6}) holding the code; a multiple choice one 0/1 column per option ({@code
   * 2.2/forced_marriage}); a ranking one column per option holding its rank ({@code 8.1/J}); a
   * free text one column; and for each "Other – please specify" option a text column ({@code
   * 2.2/other_specify/text}).
   */
  WIDE,

  /**
   * One row per value, for tidy analysis: {@code respondent,item,option,value}. A single
   * choice, grid statement or free text is one row with an empty option; a multiple choice one
   * row per option chosen with value {@code 1}; a ranking one row per option ranked with its
   * rank; a specified text one row with option {@code <code>/text}. Each row is a non-empty
   * cell of the wide layout, its column name split at the first {@code /} into item and option.
   */
  LONG;

  /**
   * The header row of this layout for an instrument.
   *
   * @param instrument the instrument
   * @return the column names, in order
   */
  public List<String> header(Instrument instrument) {
    return this == WIDE ? CsvColumns.of(instrument).names() : CsvLong.HEADER;
  }
}
