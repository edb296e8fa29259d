package org.ctnat.io.odk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CtnatReadException;

/**
 * Reads the records of an RFC 4180 file in UTF-8 separated by {@code ,}, {@code ;} or tab, as
 * KoboToolbox (semicolons by default) and ODK Central (commas) export them. Package-private.
 *
 * <p>It follows {@code org.ctnat.io.CsvRecordReader} — strict about quotes, carriage returns and
 * UTF-8; a byte order mark skipped, {@code \r\n} and a missing last line end accepted, empty lines
 * skipped but counted as rows — with two differences: the separator is a parameter (or
 * recognised from the header row), and cells are taken as they stand, since the platforms do not
 * neutralise formulas. The limits are those of {@link CsvResponses}.
 *
 * <p>A mutable cursor over one stream: not thread-safe. It does not close the stream.
 */
final class SubmissionCsvReader implements SubmissionSheet {

  private static final int EOF = -1;
  private static final int MALFORMED = -2;
  private static final int NONE = -3;

  private final InputStream in;
  private final String source;
  private final char delimiter;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean inputEnded;
  private boolean flushed;
  private boolean malformed;
  private int badByte;
  private boolean started;

  private int ahead = NONE;
  private int line = 1;
  private int column;
  private boolean afterNewline;

  private final StringBuilder field = new StringBuilder();
  private int storeLimit = CsvResponses.MAX_COLUMNS + 1;
  private String[] fields = new String[16];
  private int size;
  private boolean firstQuoted;
  private int record;
  private int recordLine;
  private int recordLength;
  private boolean inRecord;

  private SubmissionCsvReader(InputStream in, String source, char delimiter) {
    this.in = in;
    this.source = source;
    this.delimiter = delimiter;
    bytes.flip();
    chars.flip();
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
    return source;
  }

  @Override
  public boolean next() {
    while (readRecord()) {
      if (size == 1 && !firstQuoted && fields[0].isEmpty()) {
        continue; // an empty line
      }
      if (record == 1) {
        storeLimit = Math.min(size, CsvResponses.MAX_COLUMNS) + 1;
      }
      return true;
    }
    return false;
  }

  @Override
  public int row() {
    return record;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String cell(int i) {
    return i < Math.min(size, storeLimit) ? fields[i] : "";
  }

  @Override
  public String defect(int i) {
    return null;
  }

  @Override
  public CtnatReadException problem(int atColumn, String message) {
    return new CtnatReadException(source, "", recordLine, 0, (atColumn > 0 ? "column " + atColumn + ": " : "")
        + message, null);
  }

  private CtnatReadException problemAt(int atLine, int atColumn, String message) {
    return new CtnatReadException(source, "", atLine, atColumn, message, null);
  }

  private boolean readRecord() {
    int c = next0();
    if (c == EOF) {
      return false;
    }
    if (record > CsvResponses.MAX_ROWS) {
      throw problemAt(line, column, "the file has more than " + CsvResponses.MAX_ROWS
          + " rows after the header, the limit; split the export into several files");
    }
    record++;
    recordLine = line;
    recordLength = 1;
    inRecord = true;
    size = 0;
    firstQuoted = false;
    while (true) {
      int fieldLine = line;
      int fieldColumn = column;
      field.setLength(0);
      boolean quoted = c == '"';
      if (quoted) {
        while (true) {
          c = next0();
          if (c == EOF) {
            throw problemAt(fieldLine, fieldColumn, "unbalanced quote: the file ends inside the quoted field that "
                + "starts here; expected a closing \" (a quote inside a quoted field is written \"\"), or the file "
                + "is truncated");
          }
          if (c == '"') {
            if (peek() == '"') {
              next0();
            } else {
              break;
            }
          }
          append(c, fieldLine, fieldColumn);
        }
        c = next0();
        if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          throw problemAt(line, column, "unexpected " + describe(c) + " after the closing quote of the field that "
              + "starts at line " + fieldLine + ", column " + fieldColumn + "; expected '" + describe(delimiter)
              + "' or the end of the line (a quote inside a quoted field is written \"\")");
        }
      } else {
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"') {
            throw problemAt(line, column, "a quote inside an unquoted field; expected the whole field quoted, with "
                + "the quotes inside it doubled, e.g. \"say \"\"yes\"\"\"");
          }
          append(c, fieldLine, fieldColumn);
          c = next0();
        }
      }
      addField(quoted);
      if (c == delimiter) {
        if (size > CsvResponses.MAX_COLUMNS) {
          throw problemAt(recordLine, 1, "row " + record + " has more than " + CsvResponses.MAX_COLUMNS
              + " columns, the limit");
        }
        c = next0();
        continue;
      }
      if (c == '\r') {
        if (peek() == MALFORMED) {
          next0(); // reports the bytes that are not UTF-8
        }
        if (peek() != '\n') {
          throw problemAt(line, column, "a carriage return that does not end a line; expected \\n or \\r\\n at "
              + "the end of a line, and a carriage return inside a text only in a quoted field");
        }
        next0();
      }
      inRecord = false;
      return true;
    }
  }

  private void append(int c, int fieldLine, int fieldColumn) {
    if (field.length() >= CsvResponses.MAX_FIELD_LENGTH) {
      throw problemAt(fieldLine, fieldColumn, "the field that starts here (row " + record + ", column "
          + (size + 1) + ") is longer than the limit of " + CsvResponses.MAX_FIELD_LENGTH + " characters");
    }
    field.append((char) c);
  }

  private void addField(boolean quoted) {
    if (size == 0) {
      firstQuoted = quoted;
    }
    if (size < storeLimit) {
      if (size == fields.length) {
        fields = Arrays.copyOf(fields, Math.min(storeLimit, size * 2));
      }
      fields[size] = field.toString();
    }
    size++;
  }

  private static String describe(int c) {
    return c >= 0x20 && c != 0x7f ? "'" + (char) c + "'" : c == '\t' ? "tab"
        : String.format(Locale.ROOT, "character U+%04X", c);
  }

  private int peek() {
    if (ahead == NONE) {
      ahead = decode();
    }
    return ahead;
  }

  private int next0() {
    int c;
    if (ahead != NONE) {
      c = ahead;
      ahead = NONE;
    } else {
      c = decode();
    }
    if (c == EOF) {
      return EOF;
    }
    if (afterNewline) {
      line++;
      column = 1;
    } else {
      column++;
    }
    afterNewline = c == '\n';
    if (c == MALFORMED) {
      throw problemAt(line, column, String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X cannot be "
          + "decoded; expected UTF-8 (the platforms export UTF-8; a spreadsheet must save as \"CSV UTF-8\")",
          badByte));
    }
    if (inRecord && ++recordLength > CsvResponses.MAX_RECORD_LENGTH) {
      throw problemAt(recordLine, 1, "row " + record + ", which starts on this line, is longer than the limit of "
          + CsvResponses.MAX_RECORD_LENGTH + " characters");
    }
    return c;
  }

  private int decode() {
    int c = decode0();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = decode0();
      }
    }
    return c;
  }

  private int decode0() {
    if (!chars.hasRemaining() && !fill()) {
      return malformed ? MALFORMED : EOF;
    }
    return chars.get();
  }

  private boolean fill() {
    if (malformed || flushed) {
      return false;
    }
    chars.clear();
    try {
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, inputEnded);
        if (result.isError()) {
          if (chars.position() > 0) {
            break;
          }
          malformed = true;
          badByte = bytes.get(bytes.position()) & 0xff;
          break;
        }
        if (result.isOverflow() || chars.position() > 0) {
          break;
        }
        if (inputEnded) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          inputEnded = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    chars.flip();
    return chars.hasRemaining();
  }
}
