package org.ctnat.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CtnatReadException;

/**
 * Reads the records of an RFC 4180 CSV file in UTF-8, one at a time, with the line and column
 * where each field starts, so that every problem can say where it is. Internal: the public
 * readers are {@link CsvResponses}' methods (files the SDK writes: commas, cells restored) and
 * {@code org.ctnat.io.odk.Submissions}' (platform exports: a comma, semicolon or tab, cells
 * verbatim).
 *
 * <p>The separator is a comma unless another is given: any ASCII character but {@code "},
 * {@code \r} and {@code \n} (a semicolon or a tab, as KoboToolbox exports). A comma, when it is
 * not the separator, is text like any other character.
 *
 * <p>Strict where a lenient reader would guess: a quote inside an unquoted field, text after a
 * closing quote, a carriage return that does not end a line, a file ending inside a quoted
 * field and bytes that are not UTF-8 are all {@link CtnatReadException}s. Tolerant where no
 * meaning is lost: a UTF-8 byte order mark is skipped, lines may end with {@code \r\n}, the
 * last line needs no line end, and empty lines are skipped (as R and pandas do). Cells are
 * {@linkplain org.ctnat.io.CsvCells#restore(String) restored} from formula neutralisation, unless
 * the reader is made to take them verbatim.
 *
 * <p>Memory is bounded by the limits: a field of at most {@link CsvResponses#MAX_FIELD_LENGTH}
 * characters, a record of at most {@link CsvResponses#MAX_RECORD_LENGTH} characters, at most
 * {@link #storeLimit(int)} fields kept per record (more are counted, not kept), and at most
 * {@link CsvResponses#MAX_ROWS} rows after the header. Lengths and columns count UTF-16
 * characters, as {@link String#length()} does.
 *
 * <p>How it reads: the bytes of the current record stay in one buffer (grown up to the record
 * limit), and a field is kept as the offsets of its bytes — a field's {@link String} is made
 * only when {@link #field(int)} asks for it, and the line and column of a field are counted only
 * when {@link #line(int)} or {@link #column(int)} asks. A record is first scanned byte by byte,
 * checking UTF-8 as it goes; a record that breaks a rule, or that could be near a limit, is read
 * again from its first byte character by character, exactly as the rules are stated, so that
 * every error names the same place and says the same as the character reader this one
 * replaced. Fields whose bytes differ from the file's (quoted fields with doubled quotes, and
 * every field of a record read character by character) are copied to a second buffer.
 *
 * <p>A mutable cursor over one stream: not thread-safe. It does not close the stream.
 */
public final class CsvRecordReader {

  private static final int EOF = -1;
  private static final int MALFORMED = -2;
  private static final int NONE = -3;
  private static final int INITIAL_BUFFER = 1 << 16;
  /** Reads eight bytes of an array at once, little-endian (the first byte lowest). */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long LINE_FEEDS = ONES * '\n';
  private static final long CARRIAGE_RETURNS = ONES * '\r';

  /** The bytes that stop the scan of a quoted field: {@code " \n} and every non-ASCII byte. */
  private static final boolean[] QUOTED_STOP = new boolean[256];

  static {
    for (int b = 0x80; b < 0x100; b++) {
      QUOTED_STOP[b] = true;
    }
    QUOTED_STOP['"'] = true;
    QUOTED_STOP['\n'] = true;
  }

  private final InputStream in;
  private final String source;
  private final char separator;
  /** The separator in each byte of a word, for {@link #stops(long, long)}. */
  private final long separators;
  /** The bytes that stop the scan of an unquoted field: the separator, {@code " \n \r}, and all non-ASCII. */
  private final boolean[] unquotedStop;
  private final boolean restore;
  private final int maxFieldLength;
  private final int maxRecordLength;
  private final int maxRows;

  // the input: bytes [start, limit) of buffer are read and not yet passed; start is the current record's first
  private byte[] buffer;
  private int start;
  private int limit;
  private boolean inputEnded;
  private boolean started;

  // the current record
  private int record;
  private int recordLine;
  private int nextLine = 1;
  private int lastLine = 1;
  private int length;
  private boolean multiline;
  private int storeLimit = CsvResponses.MAX_COLUMNS;
  private int size;
  private boolean firstQuoted;
  /** Each field's first byte, relative to start; or, if negative, ~ its first byte in unescaped. */
  private int[] starts = new int[16];
  /** Each field's end: relative to start, or in unescaped, as starts says. */
  private int[] ends = new int[16];
  /** Where each field starts in the file, relative to start: its first byte, or its opening quote. */
  private int[] positions = new int[16];
  private String[] strings = new String[16];
  private int[] made = new int[16];
  private int madeCount;
  private byte[] unescaped = new byte[256];
  private int unescapedLength;

  // the character reader, for records that break a rule or come near a limit
  private int at;
  private int low = NONE;
  private int decodedAt;
  private int decodedEnd;
  private int ahead = NONE;
  private int aheadAt;
  private int aheadEnd;
  private int charAt;
  private int charEnd;
  private int badByte;
  private int line;
  private int column;
  private boolean afterNewline;
  private int recordLength;
  private boolean inRecord;
  private int fieldChars;

  /**
   * A reader of a file that the SDK writes: separated by commas, cells restored from formula
   * neutralisation, with the limits of {@link CsvResponses}.
   *
   * @param in the stream, UTF-8; read as far as the records are, and not closed
   * @param source a name for the source in errors
   */
  public CsvRecordReader(InputStream in, String source) {
    this(in, source, ',', true);
  }

  /**
   * A reader with another separator, or of cells taken verbatim (as the survey platforms export
   * them, with no formula neutralisation to undo), with the limits of {@link CsvResponses}.
   *
   * @param in the stream, UTF-8; read as far as the records are, and not closed
   * @param source a name for the source in errors
   * @param separator the field separator: {@code ','}, {@code ';'}, {@code '\t'} or another
   *     ASCII character but {@code '"'}, {@code '\r'} and {@code '\n'}
   * @param restore whether cells are {@linkplain org.ctnat.io.CsvCells#restore(String) restored}
   *     from formula neutralisation, or taken as they stand
   * @throws IllegalArgumentException if the separator is not one of those
   */
  public CsvRecordReader(InputStream in, String source, char separator, boolean restore) {
    this(in, source, separator, restore, CsvResponses.MAX_FIELD_LENGTH, CsvResponses.MAX_RECORD_LENGTH,
        CsvResponses.MAX_ROWS, INITIAL_BUFFER);
  }

  /**
   * A reader with other limits and first buffer size, for tests that reach the limits and the
   * buffer's end with small inputs.
   *
   * @param in the stream, UTF-8; read as far as the records are, and not closed
   * @param source a name for the source in errors
   * @param separator the field separator, as {@link #CsvRecordReader(InputStream, String, char, boolean)} takes it
   * @param restore whether cells are restored from formula neutralisation
   * @param maxFieldLength the most characters in a field
   * @param maxRecordLength the most characters in a record
   * @param maxRows the most records after the first
   * @param bufferSize the first size of the buffer in bytes (at least 4 are taken); it grows as a record needs
   * @throws IllegalArgumentException if the separator is not one that the reader takes
   */
  public CsvRecordReader(InputStream in, String source, char separator, boolean restore, int maxFieldLength,
      int maxRecordLength, int maxRows, int bufferSize) {
    if (separator >= 0x80 || separator == '"' || separator == '\r' || separator == '\n') {
      throw new IllegalArgumentException("the CSV separator must be an ASCII character other than '\"', \\r and "
          + "\\n, but was " + describe(separator));
    }
    this.in = in;
    this.source = source;
    this.separator = separator;
    this.separators = ONES * separator;
    this.unquotedStop = QUOTED_STOP.clone();
    unquotedStop[separator] = true;
    unquotedStop['\r'] = true;
    this.restore = restore;
    this.maxFieldLength = maxFieldLength;
    this.maxRecordLength = maxRecordLength;
    this.maxRows = maxRows;
    this.buffer = new byte[Math.max(4, bufferSize)];
  }

  /**
   * The source, as named when the reader was made.
   *
   * @return the name for errors
   */
  public String source() {
    return source;
  }

  /** Keeps at most {@code limit} fields of each record from now on; more are only counted. */
  public void storeLimit(int limit) {
    storeLimit = limit;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws CtnatReadException if the input is malformed or exceeds a limit
   */
  public boolean next() {
    while (readRecord()) {
      if (size == 1 && !firstQuoted && storeLimit > 0 && fieldLength(0) == 0) {
        continue; // an empty line
      }
      return true;
    }
    return false;
  }

  /** The number of fields of the record, including any beyond the store limit. */
  public int size() {
    return size;
  }

  /** The number of fields kept. */
  public int stored() {
    return Math.min(size, storeLimit);
  }

  /**
   * Field {@code i} (0-based, below {@link #stored()}), restored from formula neutralisation if
   * the reader restores cells; made once per record, when first asked for.
   */
  public String field(int i) {
    String value = strings[i];
    if (value == null) {
      int s = starts[i];
      value = s >= 0 ? new String(buffer, start + s, ends[i] - s, StandardCharsets.UTF_8)
          : new String(unescaped, ~s, ends[i] - ~s, StandardCharsets.UTF_8);
      strings[i] = value;
      made[madeCount++] = i;
    }
    return value;
  }

  /** The length in bytes (UTF-8) of field {@code i} as {@link #field(int)} gives it; 0 for an empty field. */
  public int fieldLength(int i) {
    int s = starts[i];
    return s >= 0 ? ends[i] - s : ends[i] - ~s;
  }

  /** Byte {@code k} (below {@link #fieldLength(int)}) of field {@code i}, as {@link #field(int)}: 0 to 255. */
  public int fieldByte(int i, int k) {
    int s = starts[i];
    return (s >= 0 ? buffer[start + s + k] : unescaped[~s + k]) & 0xff;
  }

  /**
   * The index among {@code codes} of field {@code i}, or -1 if it is none of them: {@link
   * Codes#index(String)} of {@link #field(int)}, without making the string.
   */
  public int fieldCode(int i, Codes codes) {
    int s = starts[i];
    byte[] field = s >= 0 ? buffer : unescaped;
    int from = s >= 0 ? start + s : ~s;
    int n = (s >= 0 ? start + ends[i] : ends[i]) - from;
    return codes.find(field, from, n);
  }

  /**
   * Field {@code i} as a whole number of one to nine ASCII digits, or -1 if it is anything else
   * (empty, longer, a sign, a decimal point, a space).
   */
  public int fieldDigits(int i) {
    int s = starts[i];
    byte[] bytes = s >= 0 ? buffer : unescaped;
    int from = s >= 0 ? start + s : ~s;
    int to = s >= 0 ? start + ends[i] : ends[i];
    if (to == from || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      int digit = bytes[k] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * A set of codes (option or scale point codes) to find fields among by their bytes. A field of
   * up to 32 bytes is read as four overlapping 8-byte windows (at 0, 8, 16 and the last 8 bytes,
   * each at most at the last); a hash of the windows picks the one code it can be (the hash is
   * chosen to be perfect on the codes), and the code's windows are compared with the field's —
   * without a branch that depends on the bytes. Longer fields are compared byte by byte.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Codes {
    private static final int WINDOWED = 32;
    private static final long[] MULTIPLIERS = {0x9e3779b97f4a7c15L, 0xbf58476d1ce4e5b9L, 0x94d049bb133111ebL,
        0xd6e8feb86659fd93L, 0xa0761d6478bd642fL, 0xe7037ed1a0b428dbL, 0x8ebc6af09c88c6e3L, 0x589965cc75374cc3L};
    private final byte[][] bytes;
    /** The indexes of the codes by their length in bytes; of a repeated code only the last. */
    private final int[][] byLength;
    /**
     * Four windows per code, as {@link #find(byte[], int, int)} reads them from a field, from
     * index 4: code c at 4 * (c + 1). The first four are no code's (zero, and of length 0).
     */
    private final long[] windows;
    /** The length in bytes of each code, from index 1 as the windows; 0 first. */
    private final int[] lengths;
    /** By hash: the index + 1 of the one code of up to 32 bytes with that hash, or 0. */
    private final int[] slots;
    private final long multiplier;
    private final int shift;

    /**
     * The codes, in order.
     *
     * @param codes the codes; a code given twice is found at its last index
     */
    public Codes(List<String> codes) {
      Map<String, Integer> last = new HashMap<>();
      int longest = 0;
      bytes = new byte[codes.size()][];
      windows = new long[(codes.size() + 1) * 4];
      lengths = new int[codes.size() + 1];
      for (int c = 0; c < codes.size(); c++) {
        last.put(codes.get(c), c);
        bytes[c] = codes.get(c).getBytes(StandardCharsets.UTF_8);
        int n = bytes[c].length;
        longest = Math.max(longest, n);
        lengths[c + 1] = n;
        if (n > 0 && n <= WINDOWED) {
          window(Arrays.copyOf(bytes[c], Math.max(8, n)), 0, n, windows, (c + 1) * 4);
        }
      }
      byLength = new int[longest + 1][];
      for (int n = 0; n <= longest; n++) {
        int length = n;
        byLength[n] = last.values().stream().mapToInt(Integer::intValue).filter(c -> bytes[c].length == length)
            .sorted().toArray();
      }
      int[] windowed = last.values().stream().mapToInt(Integer::intValue)
          .filter(c -> bytes[c].length > 0 && bytes[c].length <= WINDOWED).toArray();
      int bits = 2;
      while (1 << bits < windowed.length * 4) {
        bits++;
      }
      int[] table = null;
      long chosen = 0;
      for (int limit = bits + 4; table == null && bits <= limit; bits += table == null ? 1 : 0) {
        for (long candidate : MULTIPLIERS) { // a perfect hash: some multiplier that spreads the codes apart
          int[] filled = new int[1 << bits];
          boolean perfect = true;
          for (int c : windowed) {
            int slot = slot(windows, (c + 1) * 4, bytes[c].length, candidate, 64 - bits);
            perfect &= filled[slot] == 0;
            filled[slot] = c + 1;
          }
          if (perfect) {
            table = filled;
            chosen = candidate;
            break;
          }
        }
      }
      slots = table; // null if none was found: then the codes of the field's length are tried in turn
      multiplier = chosen;
      shift = 64 - bits;
    }

    private static int slot(long[] windows, int at, int n, long multiplier, int shift) {
      long key = windows[at] ^ Long.rotateLeft(windows[at + 1], 17) ^ Long.rotateLeft(windows[at + 2], 31)
          ^ Long.rotateLeft(windows[at + 3], 47) ^ n;
      return (int) ((key * multiplier) >>> shift);
    }

    /** Reads the four windows of n bytes (1 to 32) at from into to[at..at+3]; needs max(n, 8) bytes. */
    private static void window(byte[] field, int from, int n, long[] to, int at) {
      long mask = -1L >>> ((8 - Math.min(n, 8)) << 3);
      int last = Math.max(n - 8, 0);
      to[at] = (long) LONGS.get(field, from) & mask;
      to[at + 1] = (long) LONGS.get(field, from + Math.min(8, last)) & mask;
      to[at + 2] = (long) LONGS.get(field, from + Math.min(16, last)) & mask;
      to[at + 3] = (long) LONGS.get(field, from + last) & mask;
    }

    /**
     * Whether equal bytes in UTF-8 mean equal codes: true unless a code has a lone surrogate
     * (which UTF-8 cannot encode).
     *
     * @param codes the codes
     * @return true if every code survives UTF-8
     */
    public static boolean encodable(List<String> codes) {
      return codes.stream().allMatch(c -> new String(c.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
          .equals(c));
    }

    /**
     * The index of a code, as a string.
     *
     * @param code the code
     * @return its index (the last, if it is given twice), or -1
     */
    public int index(String code) {
      byte[] encoded = code.getBytes(StandardCharsets.UTF_8);
      return find(encoded, 0, encoded.length);
    }

    private int find(byte[] field, int from, int n) {
      if (n == 0 || n > WINDOWED || slots == null || from + Math.max(n, 8) > field.length) {
        if (n >= byLength.length) {
          return -1;
        }
        for (int c : byLength[n]) {
          if (Arrays.equals(field, from, from + n, bytes[c], 0, n)) {
            return c;
          }
        }
        return -1;
      }
      long mask = -1L >>> ((8 - Math.min(n, 8)) << 3);
      int last = Math.max(n - 8, 0);
      long w0 = (long) LONGS.get(field, from) & mask;
      long w1 = (long) LONGS.get(field, from + Math.min(8, last)) & mask;
      long w2 = (long) LONGS.get(field, from + Math.min(16, last)) & mask;
      long w3 = (long) LONGS.get(field, from + last) & mask;
      long key = w0 ^ Long.rotateLeft(w1, 17) ^ Long.rotateLeft(w2, 31) ^ Long.rotateLeft(w3, 47) ^ n;
      int c = slots[(int) ((key * multiplier) >>> shift)];
      int at = c * 4; // slot 0 of windows is a code that matches nothing: all zero, length 0
      return ((w0 ^ windows[at]) | (w1 ^ windows[at + 1]) | (w2 ^ windows[at + 2]) | (w3 ^ windows[at + 3])
          | (n ^ lengths[c])) == 0 ? c - 1 : -1;
    }
  }

  /** The line where field {@code i} starts. */
  public int line(int i) {
    if (!multiline) {
      return recordLine;
    }
    int lines = recordLine;
    for (int k = start, to = start + positions[i]; k < to; k++) {
      if (buffer[k] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** The column (character in its line, from 1) where field {@code i} starts. */
  public int column(int i) {
    int to = start + positions[i];
    int from = to;
    while (from > start && buffer[from - 1] != '\n') {
      from--;
    }
    int characters = 0;
    for (int k = from; k < to; k++) {
      int b = buffer[k] & 0xff;
      if ((b & 0xc0) != 0x80) {
        characters++;
      }
      if ((b & 0xf8) == 0xf0) {
        characters++; // a supplementary character is two UTF-16 characters
      }
    }
    return characters + 1;
  }

  /** The record number, counting from 1 at the first record (the header). */
  public int record() {
    return record;
  }

  /** The line where the record starts. */
  public int recordLine() {
    return recordLine;
  }

  /** The line of the last character read (the end of the record). */
  public int currentLine() {
    return lastLine;
  }

  /**
   * An error in this reader's source at a place.
   *
   * @param atLine the line, from 1
   * @param atColumn the column (character in the line), from 1
   * @param message what is wrong and what was expected
   * @return the exception, to throw
   */
  public CtnatReadException problem(int atLine, int atColumn, String message) {
    return new CtnatReadException(source, "", atLine, atColumn, message, null);
  }

  // ---------------------------------------------------------------- records

  private boolean readRecord() {
    start += length;
    length = 0;
    for (int k = 0; k < madeCount; k++) {
      strings[made[k]] = null;
    }
    madeCount = 0;
    if (!started) {
      started = true;
      if (ensure(2) && buffer[start] == (byte) 0xef && buffer[start + 1] == (byte) 0xbb
          && buffer[start + 2] == (byte) 0xbf) {
        start += 3; // a byte order mark
      }
    }
    if (!ensure(0)) {
      return false;
    }
    if (record > maxRows || !readFast()) {
      readExact();
    }
    return true;
  }

  /**
   * Reads a record byte by byte, for the common case: every field well formed, valid UTF-8, and
   * the record and its fields too short in bytes to reach a limit in characters.
   *
   * @return false if the record breaks a rule or may come near a limit (nothing is kept then;
   *     {@link #readExact()} reads it again)
   */
  private boolean readFast() {
    int separator = this.separator;
    long separators = this.separators;
    boolean[] unquotedStop = this.unquotedStop;
    byte[] b = buffer;
    int base = start;
    int end = limit - base;
    int q = 0;
    int n = 0;
    int newlines = 0;
    boolean quotedFirst = false;
    unescapedLength = 0;
    while (true) {
      if (q == end && q <= maxRecordLength && ensure(q)) { // the field's first byte is in the next read
        b = buffer;
        base = start;
        end = limit - base;
      }
      int position = q;
      int from;
      int to;
      boolean quoted = q < end && b[base + q] == '"';
      if (quoted) {
        quotedFirst |= n == 0;
        q++;
        int segment = q;
        int copied = -1;
        while (true) {
          while (q < end && !QUOTED_STOP[b[base + q] & 0xff]) {
            q++;
          }
          if (q == end) {
            if (q > maxRecordLength || !more()) {
              return false; // too long, or the input ends inside the quotes: the character reader reports it
            }
            b = buffer;
            base = start;
            end = limit - base;
            continue;
          }
          byte x = b[base + q];
          if (x == '\n') {
            newlines++;
            q++;
            continue;
          }
          if (x < 0) {
            int sequence = sequence(q);
            b = buffer;
            base = start;
            end = limit - base;
            if (sequence < 0) {
              return false;
            }
            q += sequence;
            continue;
          }
          boolean more = ensure(q + 1);
          b = buffer;
          base = start;
          end = limit - base;
          if (more && b[base + q + 1] == '"') { // a doubled quote: keep one
            if (copied < 0) {
              copied = unescapedLength;
            }
            unescape(base + segment, q + 1 - segment);
            q += 2;
            segment = q;
            continue;
          }
          if (copied >= 0) {
            unescape(base + segment, q - segment);
            from = ~copied;
            to = unescapedLength;
          } else {
            from = segment;
            to = q;
          }
          q++;
          break;
        }
        if ((from >= 0 ? to - from : to - ~from) > maxFieldLength) {
          return false;
        }
      } else {
        while (true) {
          while (q + 8 <= end) {
            long stops = stops((long) LONGS.get(b, base + q), separators);
            if (stops != 0) {
              q += Long.numberOfTrailingZeros(stops) >>> 3;
              break;
            }
            q += 8;
          }
          while (q < end && !unquotedStop[b[base + q] & 0xff]) {
            q++;
          }
          if (q == end) {
            if (q > maxRecordLength) {
              return false;
            }
            if (!more()) {
              break; // the input ends the field
            }
            b = buffer;
            base = start;
            end = limit - base;
            continue;
          }
          byte x = b[base + q];
          if (x < 0) {
            int sequence = sequence(q);
            b = buffer;
            base = start;
            end = limit - base;
            if (sequence < 0) {
              return false;
            }
            q += sequence;
            continue;
          }
          if (x == '"') {
            return false;
          }
          break;
        }
        from = position;
        to = q;
        if (to - from > maxFieldLength) {
          return false;
        }
        if (position == end) {
          position--; // a field that starts at the end of the input is placed at the separator before it
        }
      }
      if (n < storeLimit) {
        keep(n, from, to, position);
      }
      n++;
      int terminator;
      if (q < end) {
        terminator = b[base + q] & 0xff;
      } else {
        boolean more = q <= maxRecordLength && ensure(q);
        b = buffer;
        base = start;
        end = limit - base;
        if (q > maxRecordLength) {
          return false;
        }
        terminator = more ? b[base + q] & 0xff : EOF;
      }
      if (terminator == separator) {
        q++;
        continue;
      }
      if (terminator == '\n') {
        q++;
        break;
      }
      if (terminator == '\r') {
        boolean more = ensure(q + 1);
        b = buffer;
        base = start;
        end = limit - base;
        if (!more || b[base + q + 1] != '\n') {
          return false;
        }
        q += 2;
        break;
      }
      if (terminator == EOF) {
        break;
      }
      return false; // text after a closing quote
    }
    if (q > maxRecordLength) {
      return false;
    }
    record++;
    recordLine = nextLine;
    lastLine = recordLine + newlines;
    nextLine = lastLine + 1;
    multiline = newlines > 0;
    length = q;
    size = n;
    firstQuoted = quotedFirst;
    return true;
  }

  /**
   * The bytes of an 8-byte word (little-endian) that stop an unquoted field — the separator
   * (given in every byte of {@code separators}), {@code " \n \r} and every non-ASCII byte — each
   * marked by its high bit. The lowest mark is exact (the first stop); marks above it may be
   * false, which the caller never reads.
   */
  private static long stops(long word, long separators) {
    long others = word ^ separators;
    long quotes = word ^ QUOTES;
    long lineFeeds = word ^ LINE_FEEDS;
    long carriageReturns = word ^ CARRIAGE_RETURNS;
    long zeros = (others - ONES) & ~others | (quotes - ONES) & ~quotes | (lineFeeds - ONES) & ~lineFeeds
        | (carriageReturns - ONES) & ~carriageReturns;
    return (zeros | word) & HIGHS;
  }

  /** Keeps field {@code n}: its bytes from..to (as {@link #starts} says), restored if asked, and where it starts. */
  private void keep(int n, int from, int to, int position) {
    if (n == starts.length) {
      grow(n);
    }
    int first = from >= 0 ? start + from : ~from;
    byte[] bytes = from >= 0 ? buffer : unescaped;
    int count = from >= 0 ? to - from : to - first;
    if (restore && first < bytes.length && bytes[first] == '\'' && count >= 2 && escapes(bytes[first + 1])) {
      from = from >= 0 ? from + 1 : ~(first + 1);
    }
    starts[n] = from;
    ends[n] = to;
    positions[n] = position;
  }

  /** Makes room for field {@code n} (below the store limit). */
  private void grow(int n) {
    int grown = Math.min(Math.max(storeLimit, 1), n * 2);
    starts = Arrays.copyOf(starts, grown);
    ends = Arrays.copyOf(ends, grown);
    positions = Arrays.copyOf(positions, grown);
    strings = Arrays.copyOf(strings, grown);
    made = Arrays.copyOf(made, grown);
  }

  /** Whether a byte after a {@code '} at the start of a cell marks formula neutralisation. */
  private static boolean escapes(byte b) {
    return b == '\'' || b == '=' || b == '+' || b == '-' || b == '@' || b == '\t' || b == '\r';
  }

  private void unescape(int from, int count) {
    if (unescapedLength + count > unescaped.length) {
      unescaped = Arrays.copyOf(unescaped, Math.max(unescaped.length * 2, unescapedLength + count));
    }
    System.arraycopy(buffer, from, unescaped, unescapedLength, count);
    unescapedLength += count;
  }

  /**
   * The length of the UTF-8 sequence at {@code q} (relative to start), whose first byte is not
   * ASCII, or -1 if it is not a well-formed sequence (as the Unicode standard's table 3-7, and
   * Java's decoder, define it: no overlong forms, no surrogates, nothing above U+10FFFF).
   */
  private int sequence(int q) {
    int lead = buffer[start + q] & 0xff;
    int length;
    int lowest = 0x80; // the range of the second byte
    int highest = 0xbf;
    if (lead < 0xc2) {
      return -1;
    } else if (lead < 0xe0) {
      length = 2;
    } else if (lead < 0xf0) {
      length = 3;
      if (lead == 0xe0) {
        lowest = 0xa0;
      } else if (lead == 0xed) {
        highest = 0x9f;
      }
    } else if (lead < 0xf5) {
      length = 4;
      if (lead == 0xf0) {
        lowest = 0x90;
      } else if (lead == 0xf4) {
        highest = 0x8f;
      }
    } else {
      return -1;
    }
    if (!ensure(q + 1)) {
      return -1;
    }
    int second = buffer[start + q + 1] & 0xff;
    if (second < lowest || second > highest) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if (!ensure(q + k)) {
        return -1;
      }
      int next = buffer[start + q + k] & 0xff;
      if (next < 0x80 || next > 0xbf) {
        return -1;
      }
    }
    return length;
  }

  // ---------------------------------------------------------------- the input

  /** Whether byte {@code q} (relative to start) is read, reading more if needed; false past the end. */
  private boolean ensure(int q) {
    while (start + q >= limit) {
      if (!more()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads more bytes, keeping the current record: moves it to the front of the buffer, or grows
   * the buffer if the record fills it. May change buffer and start.
   *
   * @return false at the end of the input
   */
  private boolean more() {
    if (inputEnded) {
      return false;
    }
    if (limit == buffer.length) {
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, limit - start);
        limit -= start;
        start = 0;
      } else {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
    }
    try {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        inputEnded = true;
        return false;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- the character reader

  /**
   * Reads the record that starts at start character by character, as the rules are stated: the
   * first rule broken is reported where it is broken. Keeps every field in unescaped.
   */
  private void readExact() {
    at = 0;
    low = NONE;
    ahead = NONE;
    line = nextLine;
    column = 0;
    afterNewline = false;
    inRecord = false;
    unescapedLength = 0;
    int c = next0();
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
      int position = charAt;
      int from = unescapedLength;
      fieldChars = 0;
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
          append(fieldLine, fieldColumn);
        }
        c = next0();
        if (c != separator && c != '\n' && c != '\r' && c != EOF) {
          throw problem(line, column, "unexpected " + describe(c) + " after the closing quote of the field that "
              + "starts at line " + fieldLine + ", column " + fieldColumn + "; expected " + name(separator)
              + " or the end of the line (a quote inside a quoted field is written \"\")");
        }
      } else {
        while (c != separator && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"') {
            throw problem(line, column, "a quote inside an unquoted field; expected the whole field quoted, with "
                + "the quotes inside it doubled, e.g. \"say \"\"yes\"\"\"");
          }
          append(fieldLine, fieldColumn);
          c = next0();
        }
      }
      if (size == 0) {
        firstQuoted = quoted;
      }
      if (size < storeLimit) {
        keep(size, ~from, unescapedLength, position);
      } else {
        unescapedLength = from;
      }
      size++;
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
      length = at;
      lastLine = line;
      nextLine = line + 1;
      multiline = line != recordLine;
      return;
    }
  }

  private void append(int fieldLine, int fieldColumn) {
    if (fieldChars >= maxFieldLength) {
      throw problem(fieldLine, fieldColumn, "the field that starts here (row " + record + ", column "
          + (size + 1) + ") is longer than the limit of " + maxFieldLength + " characters");
    }
    fieldChars++;
    unescape(start + charAt, charEnd - charAt);
  }

  private static String describe(int c) {
    return c >= 0x20 && c != 0x7f ? "'" + (char) c + "'" : String.format(Locale.ROOT, "character U+%04X", c);
  }

  /** The separator as an error names what was expected: "a comma", "a semicolon", "a tab" or the character. */
  private static String name(char separator) {
    return switch (separator) {
      case ',' -> "a comma";
      case ';' -> "a semicolon";
      case '\t' -> "a tab";
      default -> describe(separator);
    };
  }

  /** The next character without consuming it. */
  private int peek() {
    if (ahead == NONE) {
      ahead = decode();
      aheadAt = decodedAt;
      aheadEnd = decodedEnd;
    }
    return ahead;
  }

  /** Consumes the next character, keeping track of its line, column and bytes. */
  private int next0() {
    int c;
    if (ahead != NONE) {
      c = ahead;
      ahead = NONE;
      if (c != EOF) {
        charAt = aheadAt;
        charEnd = aheadEnd;
      }
    } else {
      c = decode();
      if (c != EOF) {
        charAt = decodedAt;
        charEnd = decodedEnd;
      }
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

  /**
   * Decodes the character at {@code at}: a UTF-16 character (a supplementary character gives
   * two, the second with no bytes of its own), {@link #EOF} or {@link #MALFORMED}.
   */
  private int decode() {
    if (low != NONE) {
      int c = low;
      low = NONE;
      decodedAt = at;
      decodedEnd = at;
      return c;
    }
    if (!ensure(at)) {
      return EOF;
    }
    int lead = buffer[start + at] & 0xff;
    decodedAt = at;
    if (lead < 0x80) {
      decodedEnd = ++at;
      return lead;
    }
    int length = sequence(at);
    if (length < 0) {
      badByte = buffer[start + at] & 0xff;
      return MALFORMED;
    }
    int p = start + at;
    int codePoint = switch (length) {
      case 2 -> (lead & 0x1f) << 6 | buffer[p + 1] & 0x3f;
      case 3 -> (lead & 0x0f) << 12 | (buffer[p + 1] & 0x3f) << 6 | buffer[p + 2] & 0x3f;
      default -> (lead & 0x07) << 18 | (buffer[p + 1] & 0x3f) << 12 | (buffer[p + 2] & 0x3f) << 6
          | buffer[p + 3] & 0x3f;
    };
    at += length;
    decodedEnd = at;
    if (codePoint >= 0x10000) {
      low = Character.lowSurrogate(codePoint);
      return Character.highSurrogate(codePoint);
    }
    return codePoint;
  }
}
