package org.ctnat.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the indicator judgements of an assessment on their own, for the step where
 * the assessment team judges the indicators apart from the data collection: the team's file
 * goes back into the assessment with {@link Assessment#withJudgements(Iterable)}.
 *
 * <pre>{@code
 * List<IndicatorJudgement> judged = Judgements.read(Path.of("judgements.yaml"));
 * Assessment judgedAssessment = assessment.withJudgements(judged);
 * Judgements.write(judgedAssessment.judgements(), Path.of("judgements.json"));
 * }</pre>
 *
 * <p>Documents are JSON or YAML in the versioned envelope {@code {format: ctnat, formatVersion: 1,
 * kind: judgements, judgements: {judgements: [...]}}}, each judgement written exactly as in an
 * assessment document ({@code docs/formats.md} in the repository, and the JSON Schema {@value
 * #SCHEMA_RESOURCE}). Judgements hold no personal data. Evidence names sources and interview
 * records by id; whether they exist is checked when the judgements join an assessment ({@link
 * org.ctnat.core.assessment.AssessmentValidation}), not here.
 *
 * <p>Errors: every reader fails with {@link CtnatReadException} (source, line and column, JSON
 * pointer, what was expected); members this format version does not define are refused. The
 * limits of every document apply: {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting
 * depth {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH}, strings of {@value
 * DocumentLimits#DEFAULT_MAX_STRING_LENGTH} characters by default; pass {@link DocumentLimits} to a
 * {@code read} method to change them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Judgements {

  /** The classpath resource holding the JSON Schema of judgements documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/judgements.schema.json";

  private Judgements() {}

  /**
   * The JSON Schema (draft 2020-12) of judgements documents, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * Reads a judgements document; the format follows the file name ({@code .yaml}/{@code .yml}
   * is YAML, anything else JSON).
   *
   * @param file the file
   * @return the judgements, in file order
   * @throws CtnatReadException if the file is not a valid judgements document
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static List<IndicatorJudgement> read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a judgements document with other limits than the defaults; the format follows the
   * file name ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the judgements, in file order
   * @throws CtnatReadException if the file is not a valid judgements document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static List<IndicatorJudgement> read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, Judgements::read, limits);
  }

  /**
   * Reads a judgements document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the judgements, in document order
   * @throws CtnatReadException if the input is not a valid judgements document
   */
  public static List<IndicatorJudgement> read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a judgements document from a stream (which is not closed) with other limits than the
   * defaults.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the limits of size, nesting and string length
   * @return the judgements, in document order
   * @throws CtnatReadException if the input is not a valid judgements document, or exceeds a limit
   */
  public static List<IndicatorJudgement> read(InputStream in, String source, DocumentFormat format,
      DocumentLimits limits) {
    return parse(Documents.readStream(in, source, format, limits), source, format, limits);
  }

  /**
   * Reads a judgements document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the judgements, in document order
   * @throws CtnatReadException if the text is not a valid judgements document
   */
  public static List<IndicatorJudgement> parse(String document, String source, DocumentFormat format) {
    Objects.requireNonNull(document, "document");
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT);
  }

  private static List<IndicatorJudgement> parse(byte[] bytes, String source, DocumentFormat format,
      DocumentLimits limits) {
    Node payload = Documents.parseEnvelope(bytes, source, format, DocumentKinds.JUDGEMENTS, limits);
    payload.allowOnly("judgements");
    payload.required("judgements").list();
    return List.copyOf(payload.each("judgements", AssessmentCodec::judgement));
  }

  /**
   * Writes judgements as a document.
   *
   * @param judgements the judgements, written in this order
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(List<IndicatorJudgement> judgements, DocumentFormat format) {
    Objects.requireNonNull(format, "format");
    ObjectNode payload = Documents.newObject();
    ArrayNode array = payload.putArray("judgements");
    for (IndicatorJudgement judgement : judgements) {
      array.add(AssessmentCodec.judgement(Objects.requireNonNull(judgement, "judgement")));
    }
    return Documents.write(Documents.envelope(DocumentKinds.JUDGEMENTS, payload), format);
  }

  /**
   * Writes judgements as a document to a stream (which is not closed), in UTF-8.
   *
   * @param judgements the judgements
   * @param out the stream
   * @param format JSON or YAML
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(List<IndicatorJudgement> judgements, OutputStream out, DocumentFormat format) {
    ResponseCodec.writeTo(toString(judgements, format), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes judgements to a file, created or replaced; the format follows the file name.
   *
   * @param judgements the judgements
   * @param file the file
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(List<IndicatorJudgement> judgements, Path file) {
    ResponseCodec.writeTo(toString(judgements, DocumentFormat.ofFileName(file.getFileName().toString())), file);
  }
}
