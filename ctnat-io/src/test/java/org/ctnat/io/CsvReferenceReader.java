package org.ctnat.io;

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
import org.ctnat.io.internal.CsvRecordReader;

/**
 * The character-by-character CSV reader that {@link CsvRecordReader} replaced, kept word for word
 * (with its limits, its separator and whether it restores cells as parameters) as the reference
 * that the byte reader must agree with on every input: the same records, fields, lines, columns
 * and errors. Test-only.
 *
 * <p>It decodes UTF-8 with a {@link CharsetDecoder} that reports malformed input, and builds
 * every field in a {@link StringBuilder}, restored from formula neutralisation by {@link
 * CsvCells#restore(String)} unless it takes cells verbatim.
 *
 * <p>A mutable cursor over one stream: not thread-safe. It does not close the stream.
 */
final class CsvReferenceReader {

  private static final int EOF = -1;
  private static final int MALFORMED = -2;
  private static final int NONE = -3;

  private final InputStream in;
  private final String source;
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
  private int storeLimit = CsvResponses.MAX_COLUMNS;
  private String[] fields = new String[16];
  private int[] fieldLines = new int[16];
  private int[] fieldColumns = new int[16];
  private int size;
  private boolean firstQuoted;
  private int record;
  private int recordLine;
  private int recordLength;
  private boolean inRecord;

  private final int maxFieldLength;
  private final int maxRecordLength;
  private final int maxRows;
  private final char separator;
  private final boolean restore;

  CsvReferenceReader(InputStream in, String source, int maxFieldLength, int maxRecordLength, int maxRows) {
    this(in, source, ',', true, maxFieldLength, maxRecordLength, maxRows);
  }

  CsvReferenceReader(InputStream in, String source, char separator, boolean restore, int maxFieldLength,
      int maxRecordLength, int maxRows) {
    this.in = in;
    this.separator = separator;
    this.restore = restore;
    this.source = source;
    this.maxFieldLength = maxFieldLength;
    this.maxRecordLength = maxRecordLength;
    this.maxRows = maxRows;
    bytes.flip();
    chars.flip();
  }

  String source() {
    return source;
  }

  /** Keeps at most {@code limit} fields of each record from now on; more are only counted. */
  void storeLimit(int limit) {
    storeLimit = limit;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws CtnatReadException if the input is malformed or exceeds a limit
   */
  boolean next() {
    while (readRecord()) {
      if (size == 1 && !firstQuoted && fields[0].isEmpty()) {
        continue; // an empty line
      }
      return true;
    }
    return false;
  }

  /** The number of fields of the record, including any beyond the store limit. */
  int size() {
    return size;
  }

  /** The number of fields kept. */
  int stored() {
    return Math.min(size, storeLimit);
  }

  /** Field {@code i} (0-based, below {@link #stored()}), restored from formula neutralisation if asked. */
  String field(int i) {
    return fields[i];
  }

  /** The line where field {@code i} starts. */
  int line(int i) {
    return fieldLines[i];
  }

  /** The column (character in its line, from 1) where field {@code i} starts. */
  int column(int i) {
    return fieldColumns[i];
  }

  /** The record number, counting from 1 at the first record (the header). */
  int record() {
    return record;
  }

  /** The line where the record starts. */
  int recordLine() {
    return recordLine;
  }

  /** The line of the last character read (the end of the record). */
  int currentLine() {
    return line;
  }

  CtnatReadException problem(int atLine, int atColumn, String message) {
    return new CtnatReadException(source, "", atLine, atColumn, message, null);
  }

  private boolean readRecord() {
    int c = next0();
    if (c == EOF) {
      return false;
    }
    if (record > maxRows) {
      throw problem(line, column, "the file has more than " + maxRows
          + " rows after the header, the limit; split it into several files");
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
            throw problem(fieldLine, fieldColumn, "unbalanced quote: the file ends inside the quoted field that "
                + "starts here; expected a closing \" (a quote inside a quoted field is written \"\"), "
                + "or the file is truncated");
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
        if (c != separator && c != '\n' && c != '\r' && c != EOF) {
          throw problem(line, column, "unexpected " + describe(c) + " after the closing quote of the field that "
              + "starts at line " + fieldLine + ", column " + fieldColumn + "; expected " + (separator == ','
              ? "a comma" : separator == ';' ? "a semicolon" : separator == '\t' ? "a tab" : describe(separator))
              + " or the end of the line (a quote inside a quoted field is written \"\")");
        }
      } else {
        while (c != separator && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"') {
            throw problem(line, column, "a quote inside an unquoted field; expected the whole field quoted, with "
                + "the quotes inside it doubled, e.g. \"say \"\"yes\"\"\"");
          }
          append(c, fieldLine, fieldColumn);
          c = next0();
        }
      }
      addField(fieldLine, fieldColumn, quoted);
      if (c == separator) {
        c = next0();
        continue;
      }
      if (c == '\r') {
        if (peek() == MALFORMED) {
          next0(); // reports the bytes that are not UTF-8
        }
        if (peek() != '\n') {
          throw problem(line, column, "a carriage return that does not end a line; expected \\n or \\r\\n at "
              + "the end of a line, and a carriage return inside a text only in a quoted field");
        }
        next0();
      }
      inRecord = false;
      return true;
    }
  }

  private void append(int c, int fieldLine, int fieldColumn) {
    if (field.length() >= maxFieldLength) {
      throw problem(fieldLine, fieldColumn, "the field that starts here (row " + record + ", column "
          + (size + 1) + ") is longer than the limit of " + maxFieldLength + " characters");
    }
    field.append((char) c);
  }

  private void addField(int fieldLine, int fieldColumn, boolean quoted) {
    if (size == 0) {
      firstQuoted = quoted;
    }
    if (size < storeLimit) {
      if (size == fields.length) {
        int grown = Math.min(storeLimit, size * 2);
        fields = Arrays.copyOf(fields, grown);
        fieldLines = Arrays.copyOf(fieldLines, grown);
        fieldColumns = Arrays.copyOf(fieldColumns, grown);
      }
      fields[size] = restore ? CsvCells.restore(field.toString()) : field.toString();
      fieldLines[size] = fieldLine;
      fieldColumns[size] = fieldColumn;
    }
    size++;
  }

  private static String describe(int c) {
    return c >= 0x20 && c != 0x7f ? "'" + (char) c + "'" : String.format(Locale.ROOT, "character U+%04X", c);
  }

  /** The next character without consuming it. */
  private int peek() {
    if (ahead == NONE) {
      ahead = decode();
    }
    return ahead == MALFORMED ? MALFORMED : ahead;
  }

  /** Consumes the next character, keeping track of its line and column. */
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
      throw problem(line, column, String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X cannot be "
          + "decoded; expected UTF-8 (save as \"CSV UTF-8\" in spreadsheets)", badByte));
    }
    if (inRecord && ++recordLength > maxRecordLength) {
      throw problem(recordLine, 1, "row " + record + ", which starts on this line, is longer than the limit of "
          + maxRecordLength + " characters");
    }
    return c;
  }

  /** The next character of the input, skipping a byte order mark at the start. */
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

  /** Decodes more characters; false if there are none (end of input, or bytes that are not UTF-8). */
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
            break; // hand out what decoded; the error comes back on the next fill
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
