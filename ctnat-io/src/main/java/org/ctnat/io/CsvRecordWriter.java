package org.ctnat.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 records in the SDK's canonical form: UTF-8 without a byte order mark, comma
 * separated, every record ended by {@code \n}, a field quoted only when it holds a comma, a
 * quote, {@code \n} or {@code \r} (quotes inside doubled), and every field {@linkplain
 * CsvCells#neutralise(String) neutralised} against spreadsheet formulas. Package-private.
 *
 * <p>Records are collected until {@link #commit()}, so a record that breaks a limit of the
 * readers ({@link CsvResponses#MAX_FIELD_LENGTH}, {@link CsvResponses#MAX_RECORD_LENGTH}) is
 * refused with an {@link IllegalArgumentException} and nothing of it, nor of the records
 * collected with it (the rows of one response), is written.
 *
 * <p>A mutable builder over one stream: not thread-safe. {@link #finish()} flushes; the stream
 * is not closed.
 */
final class CsvRecordWriter {

  private final Writer out;
  private final StringBuilder record = new StringBuilder();
  private final StringBuilder pending = new StringBuilder();
  private boolean empty = true;
  private String context = "";

  private CsvRecordWriter(Writer out) {
    this.out = out;
  }

  /** A writer to a stream, in UTF-8; text that is not valid Unicode is refused, never replaced. */
  static CsvRecordWriter to(OutputStream out) {
    return new CsvRecordWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
  }

  /** A writer to a character sink. */
  static CsvRecordWriter to(Writer out) {
    return new CsvRecordWriter(out);
  }

  /** Names the record being written in messages, e.g. "respondent AZEsur1". */
  CsvRecordWriter context(String what) {
    this.context = what;
    return this;
  }

  /** Appends a field. */
  CsvRecordWriter cell(String value) {
    String text = CsvCells.neutralise(value);
    if (text.length() > CsvResponses.MAX_FIELD_LENGTH) {
      discard();
      throw new IllegalArgumentException(where() + "a cell of " + text.length()
          + " characters is longer than the limit of " + CsvResponses.MAX_FIELD_LENGTH
          + " that the CSV readers accept");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        discard();
        throw new IllegalArgumentException(where() + "a text is not valid Unicode (an unpaired surrogate at "
            + "character " + (i + 1) + "); it cannot be written as UTF-8");
      }
    }
    if (!empty) {
      record.append(',');
    }
    empty = false;
    if (needsQuotes(text)) {
      record.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      record.append(text);
    }
    return this;
  }

  /** Appends an empty field. */
  CsvRecordWriter blank() {
    return cell("");
  }

  /** Appends every field of a list. */
  CsvRecordWriter cells(List<String> values) {
    values.forEach(this::cell);
    return this;
  }

  /** Ends the record; it is written with the others collected at the next {@link #commit()}. */
  void end() {
    if (record.length() + 1 > CsvResponses.MAX_RECORD_LENGTH) { // + 1 for the line end
      int length = record.length();
      discard();
      throw new IllegalArgumentException(where() + "a row of " + length + " characters is longer than the limit of "
          + CsvResponses.MAX_RECORD_LENGTH + " that the CSV readers accept");
    }
    pending.append(record).append('\n');
    record.setLength(0);
    empty = true;
  }

  /** Writes the records collected since the last commit. */
  void commit() {
    try {
      out.write(pending.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pending.setLength(0);
    }
  }

  /**
   * Drops what was not committed and flushes what was, after a refusal: the stream then holds
   * the records before the refused one, whole.
   */
  void abandon(RuntimeException refusal) {
    discard();
    try {
      out.flush();
    } catch (IOException e) {
      refusal.addSuppressed(e);
    }
  }

  private void discard() {
    record.setLength(0);
    pending.setLength(0);
    empty = true;
  }

  /** Writes what was collected and flushes. */
  void finish() {
    commit();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String where() {
    return context.isEmpty() ? "" : context + ": ";
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
