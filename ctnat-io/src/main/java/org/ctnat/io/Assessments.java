package org.ctnat.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.ctnat.core.assessment.Assessment;

/**
 * Reads and writes whole assessments: the country and period, the instrument used, and
 * everything collected and concluded — desk-review sources, survey responses, interview records,
 * workshop results, indicator judgements with their evidence, and recommendations — in one
 * document.
 *
 * <pre>{@code
 * Assessment aze = Assessments.read(Path.of("AZE-2016.json"));
 * Assessments.write(aze, Path.of("AZE-2016-shared.json"));           // pseudonymous
 * Assessments.write(aze, Path.of("AZE-2016-archive.json"), WriteOptions.includingPersonalData());
 * }</pre>
 *
 * <p>Documents are JSON or YAML in the versioned envelope {@code {format: ctnat, formatVersion: 1,
 * kind: assessment, assessment: {...}}} ({@code docs/formats.md} in the repository, and the JSON
 * Schema {@value #SCHEMA_RESOURCE}). The responses and records it embeds have the form of their
 * own documents, without the instrument when it is the assessment's. Reading checks the rules of
 * the model (one judgement per indicator, unique source ids, a rationale for every met or not-met
 * judgement); whether the data fits the instrument is for {@link
 * org.ctnat.core.assessment.AssessmentValidation}.
 *
 * <p><b>Privacy</b>: the personal data of survey respondents and interviewees is written only
 * when the caller passes {@link WriteOptions#includingPersonalData()}; readers accept it when
 * present.
 *
 * <p>Errors: every reader fails with {@link CtnatReadException} (source, line and column, JSON
 * pointer, what was expected); members this format version does not define are refused. The
 * limits of every document apply — {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH}, strings of {@value DocumentLimits#DEFAULT_MAX_STRING_LENGTH}
 * characters by default, changed by passing {@link DocumentLimits} — and an assessment holds at most {@link SurveyResponses.Limits#maxResponses()}
 * survey responses ({@value SurveyResponses.Limits#DEFAULT_MAX_RESPONSES} by default).
 *
 * <p>Stateless and thread-safe.
 */
public final class Assessments {

  /** The classpath resource holding the JSON Schema of assessment documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/assessment.schema.json";

  private Assessments() {}

  /**
   * The JSON Schema (draft 2020-12) of assessment documents (it refers to the schemas of survey responses, interview records and workshop results by their {@code $id}), as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * Reads an assessment document; the format follows the file name ({@code .yaml}/{@code .yml}
   * is YAML, anything else JSON).
   *
   * @param file the file
   * @return the assessment, with personal data if the file holds it
   * @throws CtnatReadException if the file is not a valid assessment document
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Assessment read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads an assessment document with other document limits than the defaults; the format
   * follows the file name ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the assessment, with personal data if the file holds it
   * @throws CtnatReadException if the file is not a valid assessment document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Assessment read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, (in, source, format, l) -> read(in, source, format, l,
        SurveyResponses.Limits.DEFAULT), limits);
  }

  /**
   * Reads an assessment document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the assessment
   * @throws CtnatReadException if the input is not a valid assessment document
   */
  public static Assessment read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, SurveyResponses.Limits.DEFAULT);
  }

  /**
   * Reads an assessment document from a stream (which is not closed), with another limit on the
   * number of survey responses.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the most survey responses accepted ({@link SurveyResponses.Limits#maxResponses()})
   * @return the assessment
   * @throws CtnatReadException if the input is not a valid assessment document
   */
  public static Assessment read(InputStream in, String source, DocumentFormat format,
      SurveyResponses.Limits limits) {
    return read(in, source, format, DocumentLimits.DEFAULT, limits);
  }

  /**
   * Reads an assessment document from a stream (which is not closed), with other limits than
   * the defaults: on the document, and on the number of survey responses.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param documentLimits the limits of size, nesting and string length
   * @param responseLimits the most survey responses accepted ({@link SurveyResponses.Limits#maxResponses()})
   * @return the assessment
   * @throws CtnatReadException if the input is not a valid assessment document, or exceeds a limit
   */
  public static Assessment read(InputStream in, String source, DocumentFormat format,
      DocumentLimits documentLimits, SurveyResponses.Limits responseLimits) {
    Objects.requireNonNull(responseLimits, "responseLimits");
    return parse(Documents.readStream(in, source, format, documentLimits), source, format, documentLimits,
        responseLimits);
  }

  /**
   * Reads an assessment document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the assessment
   * @throws CtnatReadException if the text is not a valid assessment document
   */
  public static Assessment parse(String document, String source, DocumentFormat format) {
    Objects.requireNonNull(document, "document");
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT,
        SurveyResponses.Limits.DEFAULT);
  }

  private static Assessment parse(byte[] bytes, String source, DocumentFormat format,
      DocumentLimits documentLimits, SurveyResponses.Limits limits) {
    return ResponseCodec.readDocument(bytes, source, format, AssessmentCodec.KIND,
        payload -> AssessmentCodec.read(payload, limits.maxResponses()), documentLimits);
  }

  /**
   * Writes an assessment as a document, without personal data.
   *
   * @param assessment the assessment
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(Assessment assessment, DocumentFormat format) {
    return toString(assessment, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes an assessment as a document.
   *
   * @param assessment the assessment
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @return the document, ending in a newline
   */
  public static String toString(Assessment assessment, DocumentFormat format, WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return ResponseCodec.write(Documents.envelope(AssessmentCodec.KIND, AssessmentCodec.write(assessment, options)),
        format);
  }

  /**
   * Writes an assessment to a stream (which is not closed), in UTF-8, without personal data.
   *
   * @param assessment the assessment
   * @param out the stream
   * @param format JSON or YAML
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, OutputStream out, DocumentFormat format) {
    write(assessment, out, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes an assessment to a stream (which is not closed), in UTF-8.
   *
   * @param assessment the assessment
   * @param out the stream
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, OutputStream out, DocumentFormat format, WriteOptions options) {
    ResponseCodec.writeTo(toString(assessment, format, options), out);
  }

  /**
   * Writes an assessment to a file, without personal data; the format follows the file name.
   *
   * @param assessment the assessment
   * @param file the file, created or replaced
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, Path file) {
    write(assessment, file, WriteOptions.DEFAULT);
  }

  /**
   * Writes an assessment to a file; the format follows the file name.
   *
   * @param assessment the assessment
   * @param file the file, created or replaced
   * @param options whether to include personal data
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, Path file, WriteOptions options) {
    ResponseCodec.writeTo(toString(assessment, DocumentFormat.ofFileName(file.getFileName().toString()),
        options), file);
  }
}
