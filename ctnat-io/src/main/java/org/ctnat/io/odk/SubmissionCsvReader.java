package org.ctnat.io.odk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CtnatReadException;
import org.ctnat.io.internal.CsvRecordReader;

/**
 * The rows of an RFC 4180 file in UTF-8 separated by {@code ,}, {@code ;} or tab, as
 * KoboToolbox (semicolons by default) and ODK Central (commas) export them. Package-private.
 *
 * <p>The records are read by {@link CsvRecordReader} — strict about quotes, carriage returns and
 * UTF-8; a byte order mark skipped, {@code \r\n} and a missing last line end accepted, empty lines
 * skipped but counted as rows — with the separator given (or recognised from the header row here)
 * and cells taken as they stand, since the platforms do not neutralise formulas. The limits are
 * those of {@link CsvResponses}; a row may have one column more than the limit, so that the
 * header's width can be reported as such.
 *
 * <p>A mutable cursor over one stream: not thread-safe. It does not close the stream.
 */
final class SubmissionCsvReader implements SubmissionSheet {

  /** Cells as the platforms export them: there is no formula neutralisation to undo. */
  private static final boolean VERBATIM = false;

  private final CsvRecordReader reader;
  private final char delimiter;

  private SubmissionCsvReader(InputStream in, String source, char delimiter) {
    this.reader = new CsvRecordReader(in, source, delimiter, VERBATIM);
    this.delimiter = delimiter;
    reader.storeLimit(CsvResponses.MAX_COLUMNS + 1);
  }

  /**
   * A reader of a stream, with a fixed separator or one recognised from the header row: the
   * most frequent of {@code ;}, {@code ,} and tab outside quotes ({@code ,} if none occurs).
   */
  static SubmissionCsvReader open(InputStream in, String source, Character delimiter) {
    if (delimiter != null) {
      return new SubmissionCsvReader(in, source, delimiter);
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 65_536);
    return new SubmissionCsvReader(buffered, source, sniff(buffered, source));
  }

  private static char sniff(BufferedInputStream in, String source) {
    int limit = CsvResponses.MAX_RECORD_LENGTH * 4;
    in.mark(limit + 1);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    try {
      for (int i = 0; i < limit; i++) {
        int b = in.read();
        if (b < 0 || (!quoted && (b == '\n' || b == '\r'))) {
          break;
        }
        if (b == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          commas += b == ',' ? 1 : 0;
          semicolons += b == ';' ? 1 : 0;
          tabs += b == '\t' ? 1 : 0;
        }
      }
      in.reset();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  char delimiter() {
    return delimiter;
  }

  @Override
  public String source() {
    return reader.source();
  }

  @Override
  public boolean next() {
    if (!reader.next()) {
      return false;
    }
    if (reader.size() > CsvResponses.MAX_COLUMNS + 1) {
      throw reader.problem(reader.recordLine(), 1, "row " + reader.record() + " has more than "
          + CsvResponses.MAX_COLUMNS + " columns, the limit");
    }
    if (reader.record() == 1) {
      reader.storeLimit(Math.min(reader.size(), CsvResponses.MAX_COLUMNS) + 1);
    }
    return true;
  }

  @Override
  public int row() {
    return reader.record();
  }

  @Override
  public int size() {
    return reader.size();
  }

  @Override
  public String cell(int i) {
    return i < reader.stored() ? reader.field(i) : "";
  }

  @Override
  public String defect(int i) {
    return null;
  }

  @Override
  public CtnatReadException problem(int atColumn, String message) {
    return reader.problem(reader.recordLine(), 0, (atColumn > 0 ? "column " + atColumn + ": " : "") + message);
  }
}
