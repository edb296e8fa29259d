package org.ctnat.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.response.InterviewRecord;

/**
 * Reads and writes the records of in-depth interviews.
 *
 * <pre>{@code
 * InterviewRecord record = InterviewRecords.read(Path.of("AZEint3.yaml"));
 * InterviewRecords.write(record, Path.of("AZEint3.json"));   // without the respondent's name
 * }</pre>
 *
 * <p>Documents are JSON or YAML in the versioned envelope {@code {format: ctnat, formatVersion: 1,
 * kind: interviewRecord, interviewRecord: {id, instrument, metadata, participants,
 * sectionsCovered, notes, themes}}} ({@code docs/formats.md} in the repository, and the JSON
 * Schema {@value #SCHEMA_RESOURCE}).
 *
 * <p><b>Privacy</b>: the record's personal metadata ({@link InterviewRecord#personalData()}, such
 * as the respondent's name) is written only when the caller passes {@link
 * WriteOptions#includingPersonalData()}; readers accept it when present.
 *
 * <p>Errors: every reader fails with {@link CtnatReadException} (source, line and column, JSON
 * pointer, what was expected); members this format version does not define are refused. The
 * limits of every document apply: {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH}, strings of {@value DocumentLimits#DEFAULT_MAX_STRING_LENGTH}
 * characters by default; pass {@link DocumentLimits} to a {@code read} method to change them.
 *
 * <p>Stateless and thread-safe.
 */
public final class InterviewRecords {

  /** The classpath resource holding the JSON Schema of interview-record documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/interviewRecord.schema.json";

  private InterviewRecords() {}

  /**
   * The JSON Schema (draft 2020-12) of interview-record documents, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * Reads an interview-record document; the format follows the file name ({@code .yaml}/{@code
   * .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @return the record, with personal data if the file holds it
   * @throws CtnatReadException if the file is not a valid interview-record document
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static InterviewRecord read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads an interview-record document with other limits than the defaults; the format follows the file name
   * ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the record
   * @throws CtnatReadException if the file is not valid an interview-record document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static InterviewRecord read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, InterviewRecords::read, limits);
  }

  /**
   * Reads an interview-record document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the record
   * @throws CtnatReadException if the input is not a valid interview-record document
   */
  public static InterviewRecord read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, DocumentLimits.DEFAULT);
  }

  /**
   * Reads an interview-record document from a stream (which is not closed) with other limits than the
   * defaults.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the limits of size, nesting and string length
   * @return the record
   * @throws CtnatReadException if the input is not valid an interview-record document, or exceeds a limit
   */
  public static InterviewRecord read(InputStream in, String source, DocumentFormat format, DocumentLimits limits) {
    return parse(Documents.readStream(in, source, format, limits), source, format, limits);
  }

  /**
   * Reads an interview-record document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the record
   * @throws CtnatReadException if the text is not a valid interview-record document
   */
  public static InterviewRecord parse(String document, String source, DocumentFormat format) {
    Objects.requireNonNull(document, "document");
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT);
  }

  private static InterviewRecord parse(byte[] bytes, String source, DocumentFormat format, DocumentLimits limits) {
    return ResponseCodec.readDocument(bytes, source, format, ResponseCodec.INTERVIEW_RECORD,
        payload -> ResponseCodec.readInterview(payload, Optional.empty()), limits);
  }

  /**
   * Writes an interview record as a document, without personal data.
   *
   * @param record the record
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(InterviewRecord record, DocumentFormat format) {
    return toString(record, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes an interview record as a document.
   *
   * @param record the record
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @return the document, ending in a newline
   */
  public static String toString(InterviewRecord record, DocumentFormat format, WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return ResponseCodec.write(Documents.envelope(ResponseCodec.INTERVIEW_RECORD,
        ResponseCodec.writeInterview(record, Optional.empty(), options)), format);
  }

  /**
   * Writes an interview record to a stream (which is not closed), in UTF-8, without personal data.
   *
   * @param record the record
   * @param out the stream
   * @param format JSON or YAML
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(InterviewRecord record, OutputStream out, DocumentFormat format) {
    write(record, out, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes an interview record to a stream (which is not closed), in UTF-8.
   *
   * @param record the record
   * @param out the stream
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(InterviewRecord record, OutputStream out, DocumentFormat format, WriteOptions options) {
    ResponseCodec.writeTo(toString(record, format, options), out);
  }

  /**
   * Writes an interview record to a file, without personal data; the format follows the file name.
   *
   * @param record the record
   * @param file the file, created or replaced
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(InterviewRecord record, Path file) {
    write(record, file, WriteOptions.DEFAULT);
  }

  /**
   * Writes an interview record to a file; the format follows the file name.
   *
   * @param record the record
   * @param file the file, created or replaced
   * @param options whether to include personal data
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(InterviewRecord record, Path file, WriteOptions options) {
    ResponseCodec.writeTo(toString(record, DocumentFormat.ofFileName(file.getFileName().toString()), options),
        file);
  }
}
