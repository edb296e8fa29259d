package org.ctnat.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.ctnat.core.response.WorkshopResult;

/**
 * Reads and writes the priorities one group chose at a validation workshop.
 *
 * <pre>{@code
 * WorkshopResult group = WorkshopResults.parse(text, "group1.yaml", DocumentFormat.YAML);
 * String json = WorkshopResults.toString(group, DocumentFormat.JSON);
 * }</pre>
 *
 * <p>Documents are JSON or YAML in the versioned envelope {@code {format: ctnat, formatVersion: 1,
 * kind: workshopResult, workshopResult: {group, priorities, ranked}}} ({@code docs/formats.md}
 * in the repository, and the JSON Schema {@value #SCHEMA_RESOURCE}). A workshop result holds no
 * personal data. Priority codes are kept as given; whether they exist is for validation.
 *
 * <p>Errors: every reader fails with {@link CtnatReadException} (source, line and column, JSON
 * pointer, what was expected); members this format version does not define are refused. The
 * limits of every document apply: {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH}, strings of {@value DocumentLimits#DEFAULT_MAX_STRING_LENGTH}
 * characters by default; pass {@link DocumentLimits} to a {@code read} method to change them.
 *
 * <p>Stateless and thread-safe.
 */
public final class WorkshopResults {

  /** The classpath resource holding the JSON Schema of workshop-result documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/workshopResult.schema.json";

  private WorkshopResults() {}

  /**
   * The JSON Schema (draft 2020-12) of workshop-result documents, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * Reads a workshop-result document; the format follows the file name ({@code .yaml}/{@code
   * .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @return the result
   * @throws CtnatReadException if the file is not a valid workshop-result document
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static WorkshopResult read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a workshop-result document with other limits than the defaults; the format follows the file name
   * ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the result
   * @throws CtnatReadException if the file is not valid a workshop-result document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static WorkshopResult read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, WorkshopResults::read, limits);
  }

  /**
   * Reads a workshop-result document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the result
   * @throws CtnatReadException if the input is not a valid workshop-result document
   */
  public static WorkshopResult read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a workshop-result document from a stream (which is not closed) with other limits than the
   * defaults.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the limits of size, nesting and string length
   * @return the result
   * @throws CtnatReadException if the input is not valid a workshop-result document, or exceeds a limit
   */
  public static WorkshopResult read(InputStream in, String source, DocumentFormat format, DocumentLimits limits) {
    return parse(Documents.readStream(in, source, format, limits), source, format, limits);
  }

  /**
   * Reads a workshop-result document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the result
   * @throws CtnatReadException if the text is not a valid workshop-result document
   */
  public static WorkshopResult parse(String document, String source, DocumentFormat format) {
    Objects.requireNonNull(document, "document");
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT);
  }

  private static WorkshopResult parse(byte[] bytes, String source, DocumentFormat format, DocumentLimits limits) {
    Node payload = Documents.parseEnvelope(bytes, source, format, ResponseCodec.WORKSHOP_RESULT, limits);
    return payload.build(ResponseCodec::readWorkshop);
  }

  /**
   * Writes a workshop result as a document.
   *
   * @param result the result
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(WorkshopResult result, DocumentFormat format) {
    return ResponseCodec.write(Documents.envelope(ResponseCodec.WORKSHOP_RESULT, ResponseCodec.writeWorkshop(result)),
        format);
  }

  /**
   * Writes a workshop result to a stream (which is not closed), in UTF-8.
   *
   * @param result the result
   * @param out the stream
   * @param format JSON or YAML
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(WorkshopResult result, OutputStream out, DocumentFormat format) {
    ResponseCodec.writeTo(toString(result, format), out);
  }

  /**
   * Writes a workshop result to a file; the format follows the file name.
   *
   * @param result the result
   * @param file the file, created or replaced
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(WorkshopResult result, Path file) {
    ResponseCodec.writeTo(toString(result, DocumentFormat.ofFileName(file.getFileName().toString())), file);
  }
}
