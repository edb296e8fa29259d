package org.ctnat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.SurveyResponse;

/**
 * Reads and writes survey responses: one response as a document (JSON or YAML), and many as a
 * stream of JSON lines that can be read, tallied and disaggregated in memory bounded by the
 * longest line.
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * SurveyResponse response = SurveyResponses.read(Path.of("AZEsur1.json"));
 * SurveyResponses.writeLines(ctnat, responses, Path.of("survey.jsonl"));
 * try (InputStream in = Files.newInputStream(Path.of("survey.jsonl"))) {
 *   SurveyTally tally = SurveyResponses.tallyLines(ctnat, in, "survey.jsonl");
 * }
 * }</pre>
 *
 * <p><b>Documents</b> are in the versioned envelope {@code {format: ctnat, formatVersion: 1, kind:
 * surveyResponse, surveyResponse: {instrument, respondent, answers}}}; answers are objects with
 * an explicit kind, by item id: {@code "2.2": {"selection": ["forced_marriage"], "other": "..."}}
 * ({@code docs/formats.md} in the repository, and the JSON Schema {@value #SCHEMA_RESOURCE}).
 * Answers are read and written as given, even those that break the question's rules:
 * {@link org.ctnat.core.response.ResponseValidation} reports those.
 *
 * <p><b>JSON lines</b> ({@code .jsonl}) start with a header line, the envelope of kind {@value
 * JsonLines#KIND} naming the instrument, followed by one response per line, each the payload of a
 * response document on one line (its {@code instrument} left out when it is the header's). A
 * reader stops at the first bad line with a {@link CtnatReadException} that gives the line
 * number, what is wrong there and how many responses were read before it; no line is skipped
 * silently. A line is at most {@link Limits#maxLineBytes()} bytes and a stream at most {@link
 * Limits#maxResponses()} responses ({@link Limits#DEFAULT}, adjustable).
 *
 * <p><b>Privacy</b>: personal data ({@link org.ctnat.core.response.Respondent#personalData()}) is
 * written only when the caller passes {@link WriteOptions#includingPersonalData()}; readers
 * accept it when present.
 *
 * <p>Errors: every reader fails with {@link CtnatReadException} (source, line and column, JSON
 * pointer, what was expected); members this format version does not define are refused. The
 * limits of every document apply: {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH}, strings of {@value DocumentLimits#DEFAULT_MAX_STRING_LENGTH}
 * characters by default; pass {@link DocumentLimits} to a {@code read} method to change them.
 *
 * <p>Stateless and thread-safe.
 */
public final class SurveyResponses {

  /** The classpath resource holding the JSON Schema of survey-response documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/surveyResponse.schema.json";

  /** The classpath resource holding the JSON Schema of the header line of JSON-lines streams. */
  public static final String LINES_SCHEMA_RESOURCE = "/org/ctnat/io/schema/surveyResponses.schema.json";

  private SurveyResponses() {}

  /**
   * The JSON Schema (draft 2020-12) of survey-response documents, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * The JSON Schema (draft 2020-12) of the header line of JSON-lines streams, as shipped in {@value
   * #LINES_SCHEMA_RESOURCE}; its {@code $defs/line} is the schema of every other line.
   *
   * @return the schema text
   */
  public static String linesSchema() {
    return ResponseCodec.resource(LINES_SCHEMA_RESOURCE);
  }

  /**
   * How much a reader of many responses accepts: the number of survey responses in a stream or
   * assessment document, and the length of one JSON line. They bound what a hostile or broken
   * input can make a reader do; raise them for larger, trusted data.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @param maxResponses the most responses read from one stream or assessment, at least 1
   * @param maxLineBytes the longest line of a JSON-lines stream, in bytes without the line end, at
   *     least 1 and at most the document limit ({@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES})
   */
  public record Limits(int maxResponses, int maxLineBytes) {

    /** The default number of responses: {@value}. */
    public static final int DEFAULT_MAX_RESPONSES = 1_000_000;

    /** The default line length: {@value} bytes (1 MiB). */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /** The defaults: {@value #DEFAULT_MAX_RESPONSES} responses, lines of {@value #DEFAULT_MAX_LINE_BYTES} bytes. */
    public static final Limits DEFAULT = new Limits(DEFAULT_MAX_RESPONSES, DEFAULT_MAX_LINE_BYTES);

    /** Checks the limits. */
    public Limits {
      if (maxResponses < 1) {
        throw new IllegalArgumentException("limits: maxResponses must be at least 1, but was " + maxResponses);
      }
      if (maxLineBytes < 1 || maxLineBytes > Documents.MAX_DOCUMENT_BYTES) {
        throw new IllegalArgumentException("limits: maxLineBytes must be 1 to " + Documents.MAX_DOCUMENT_BYTES
            + ", but was " + maxLineBytes);
      }
    }

    /**
     * A copy with another number of responses.
     *
     * @param maxResponses the most responses read, at least 1
     * @return the limits
     */
    public Limits withMaxResponses(int maxResponses) {
      return new Limits(maxResponses, maxLineBytes);
    }

    /**
     * A copy with another line length.
     *
     * @param maxLineBytes the longest line, in bytes
     * @return the limits
     */
    public Limits withMaxLineBytes(int maxLineBytes) {
      return new Limits(maxResponses, maxLineBytes);
    }
  }

  // ---------------------------------------------------------------- documents

  /**
   * Reads a survey-response document; the format follows the file name ({@code .yaml}/{@code
   * .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @return the response, with personal data if the file holds it
   * @throws CtnatReadException if the file is not a valid survey-response document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SurveyResponse read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a survey-response document with other limits than the defaults; the format follows the file name
   * ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the response
   * @throws CtnatReadException if the file is not valid a survey-response document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static SurveyResponse read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, SurveyResponses::read, limits);
  }

  /**
   * Reads a survey-response document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the response
   * @throws CtnatReadException if the input is not a valid survey-response document
   */
  public static SurveyResponse read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, DocumentLimits.DEFAULT);
  }

  /**
   * Reads a survey-response document from a stream (which is not closed) with other limits than the
   * defaults.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the limits of size, nesting and string length
   * @return the response
   * @throws CtnatReadException if the input is not valid a survey-response document, or exceeds a limit
   */
  public static SurveyResponse read(InputStream in, String source, DocumentFormat format, DocumentLimits limits) {
    return parse(Documents.readStream(in, source, format, limits), source, format, limits);
  }

  /**
   * Reads a survey-response document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the response
   * @throws CtnatReadException if the text is not a valid survey-response document
   */
  public static SurveyResponse parse(String document, String source, DocumentFormat format) {
    Objects.requireNonNull(document, "document");
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT);
  }

  private static SurveyResponse parse(byte[] bytes, String source, DocumentFormat format, DocumentLimits limits) {
    return ResponseCodec.readDocument(bytes, source, format, ResponseCodec.SURVEY_RESPONSE,
        payload -> ResponseCodec.readResponse(payload, Optional.empty()), limits);
  }

  /**
   * Writes a survey response as a document, without personal data.
   *
   * @param response the response
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(SurveyResponse response, DocumentFormat format) {
    return toString(response, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes a survey response as a document.
   *
   * @param response the response
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @return the document, ending in a newline
   */
  public static String toString(SurveyResponse response, DocumentFormat format, WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return ResponseCodec.write(Documents.envelope(ResponseCodec.SURVEY_RESPONSE,
        ResponseCodec.writeResponse(response, Optional.empty(), options)), format);
  }

  /**
   * Writes a survey response to a stream (which is not closed), in UTF-8, without personal data.
   *
   * @param response the response
   * @param out the stream
   * @param format JSON or YAML
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SurveyResponse response, OutputStream out, DocumentFormat format) {
    write(response, out, format, WriteOptions.DEFAULT);
  }

  /**
   * Writes a survey response to a stream (which is not closed), in UTF-8.
   *
   * @param response the response
   * @param out the stream
   * @param format JSON or YAML
   * @param options whether to include personal data
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SurveyResponse response, OutputStream out, DocumentFormat format, WriteOptions options) {
    ResponseCodec.writeTo(toString(response, format, options), out);
  }

  /**
   * Writes a survey response to a file, without personal data; the format follows the file name.
   *
   * @param response the response
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SurveyResponse response, Path file) {
    write(response, file, WriteOptions.DEFAULT);
  }

  /**
   * Writes a survey response to a file; the format follows the file name.
   *
   * @param response the response
   * @param file the file, created or replaced
   * @param options whether to include personal data
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SurveyResponse response, Path file, WriteOptions options) {
    ResponseCodec.writeTo(toString(response, DocumentFormat.ofFileName(file.getFileName().toString()), options), file);
  }

  // ---------------------------------------------------------------- JSON lines: writing

  /**
   * Writes responses as JSON lines, without personal data: the header naming {@code instrument},
   * then one line per response, in the order given.
   *
   * @param instrument the instrument the responses answer; a response to another instrument
   *     records its own on its line
   * @param responses the responses, read once (a lazily computed iterable is fine)
   * @param out the stream, not closed
   * @return the number of responses written
   * @throws UncheckedIOException if writing fails
   */
  public static int writeLines(Instrument instrument, Iterable<SurveyResponse> responses, OutputStream out) {
    return writeLines(instrument, responses, out, WriteOptions.DEFAULT);
  }

  /**
   * Writes responses as JSON lines: the header naming {@code instrument}, then one line per
   * response, in the order given.
   *
   * @param instrument the instrument the responses answer; a response to another instrument
   *     records its own on its line
   * @param responses the responses, read once (a lazily computed iterable is fine)
   * @param out the stream, not closed
   * @param options whether to include personal data
   * @return the number of responses written
   * @throws UncheckedIOException if writing fails
   */
  public static int writeLines(Instrument instrument, Iterable<SurveyResponse> responses, OutputStream out,
      WriteOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    return JsonLines.write(instrument, responses, out, options);
  }

  /**
   * Writes responses as a JSON-lines file, without personal data.
   *
   * @param instrument the instrument the responses answer
   * @param responses the responses, read once
   * @param file the file, created or replaced
   * @return the number of responses written
   * @throws UncheckedIOException if writing fails
   */
  public static int writeLines(Instrument instrument, Iterable<SurveyResponse> responses, Path file) {
    return writeLines(instrument, responses, file, WriteOptions.DEFAULT);
  }

  /**
   * Writes responses as a JSON-lines file.
   *
   * @param instrument the instrument the responses answer
   * @param responses the responses, read once
   * @param file the file, created or replaced
   * @param options whether to include personal data
   * @return the number of responses written
   * @throws UncheckedIOException if writing fails
   */
  public static int writeLines(Instrument instrument, Iterable<SurveyResponse> responses, Path file,
      WriteOptions options) {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      return writeLines(instrument, responses, out, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- JSON lines: reading

  /**
   * The responses of a JSON-lines stream, read lazily, one line at a time, as the returned stream
   * is consumed. The header is read at once.
   *
   * <p>A bad line ends the stream with a {@link CtnatReadException} thrown from the terminal
   * operation, after the responses of the lines before it were passed on.
   *
   * @param in the input, not closed (closing the returned stream does not close it)
   * @param source a name for the source in error messages
   * @return the responses, in line order; a sequential stream
   * @throws CtnatReadException if the header is missing or not valid
   */
  public static Stream<SurveyResponse> lines(InputStream in, String source) {
    return lines(in, source, Limits.DEFAULT);
  }

  /**
   * The responses of a JSON-lines stream, read lazily within the given limits.
   *
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param limits the most responses and the longest line accepted
   * @return the responses, in line order; a sequential stream
   * @throws CtnatReadException if the header is missing or not valid
   */
  public static Stream<SurveyResponse> lines(InputStream in, String source, Limits limits) {
    return stream(reader(in, source, limits));
  }

  /**
   * The responses of a JSON-lines file, read lazily. Close the returned stream (try-with-resources)
   * to close the file, as with {@link Files#lines(Path)}.
   *
   * @param file the file
   * @return the responses, in line order; a sequential stream that closes the file when closed
   * @throws CtnatReadException if the header is missing or not valid
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static Stream<SurveyResponse> lines(Path file) {
    InputStream in = open(file);
    try {
      return stream(reader(in, file.toString(), Limits.DEFAULT)).onClose(() -> close(in, file));
    } catch (RuntimeException e) {
      close(in, file);
      throw e;
    }
  }

  /**
   * Reads a JSON-lines file and passes each response to {@code action}, in line order.
   *
   * @param file the file
   * @param action what to do with each response
   * @return the number of responses read
   * @throws CtnatReadException at the first bad line, after the lines before it were passed on
   * @throws UncheckedIOException if the file cannot be read
   */
  public static int readLines(Path file, Consumer<? super SurveyResponse> action) {
    try (InputStream in = open(file)) {
      return readLines(in, file.toString(), Limits.DEFAULT, action);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON-lines stream and passes each response to {@code action}, in line order.
   *
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param action what to do with each response
   * @return the number of responses read
   * @throws CtnatReadException at the first bad line, after the lines before it were passed on
   */
  public static int readLines(InputStream in, String source, Consumer<? super SurveyResponse> action) {
    return readLines(in, source, Limits.DEFAULT, action);
  }

  /**
   * Reads a JSON-lines stream within the given limits and passes each response to {@code action}.
   *
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param limits the most responses and the longest line accepted
   * @param action what to do with each response
   * @return the number of responses read
   * @throws CtnatReadException at the first bad line, after the lines before it were passed on
   */
  public static int readLines(InputStream in, String source, Limits limits,
      Consumer<? super SurveyResponse> action) {
    Objects.requireNonNull(action, "action");
    JsonLines.Reader reader = reader(in, source, limits);
    reader.forEachRemaining(action);
    return reader.count();
  }

  /**
   * Tallies a JSON-lines stream in one pass, in memory bounded by the longest line and the size
   * of the instrument: each response is recorded on a {@link SurveyTally#recorder(Instrument)
   * recorder} and dropped. The result equals {@link SurveyTally#of(Instrument, Iterable)} of the
   * same responses.
   *
   * @param instrument the instrument; the stream's header must name its id and version
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @return the tally
   * @throws CtnatReadException at the first bad line, or if the stream or one of its responses
   *     answers another instrument (tallying by item id across versions would mix items)
   */
  public static SurveyTally tallyLines(Instrument instrument, InputStream in, String source) {
    return tallyLines(instrument, in, source, Limits.DEFAULT);
  }

  /**
   * Tallies a JSON-lines stream in one pass, within the given limits.
   *
   * @param instrument the instrument; the stream's header must name its id and version
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param limits the most responses and the longest line accepted
   * @return the tally
   * @throws CtnatReadException at the first bad line, or if the stream or one of its responses
   *     answers another instrument
   */
  public static SurveyTally tallyLines(Instrument instrument, InputStream in, String source, Limits limits) {
    Objects.requireNonNull(instrument, "instrument");
    JsonLines.Reader reader = reader(in, source, limits);
    JsonLines.Plan plan = new JsonLines.Plan(instrument);
    if (!plan.fitsMasks()) {
      return collect(instrument, reader, source, SurveyTally.collector(instrument));
    }
    SurveyTally.Recorder recorder = SurveyTally.recorder(instrument);
    decodeEach(instrument, reader, source, plan, (decoded, response) -> {
      if (decoded != null) {
        decoded.record(recorder);
      } else {
        plan.record(recorder, response);
      }
    });
    return recorder.toTally();
  }

  /**
   * Disaggregates a JSON-lines stream by profile attributes in one pass, in memory bounded by the
   * longest line and the number of groups. The result equals {@link Disaggregation#collector}
   * applied to the same responses.
   *
   * @param instrument the instrument; the stream's header must name its id and version
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return the disaggregation
   * @throws CtnatReadException at the first bad line, or if the stream or one of its responses
   *     answers another instrument
   */
  public static Disaggregation disaggregateLines(Instrument instrument, InputStream in, String source,
      List<ProfileAttribute> attributes) {
    return disaggregateLines(instrument, in, source, attributes, Limits.DEFAULT);
  }

  /**
   * Disaggregates a JSON-lines stream by profile attributes in one pass, within the given limits.
   *
   * @param instrument the instrument; the stream's header must name its id and version
   * @param in the input, not closed
   * @param source a name for the source in error messages
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @param limits the most responses and the longest line accepted
   * @return the disaggregation
   * @throws CtnatReadException at the first bad line, or if the stream or one of its responses
   *     answers another instrument
   */
  public static Disaggregation disaggregateLines(Instrument instrument, InputStream in, String source,
      List<ProfileAttribute> attributes, Limits limits) {
    Objects.requireNonNull(instrument, "instrument");
    List<ProfileAttribute> by = List.copyOf(attributes);
    Disaggregation.Recorder recorder = Disaggregation.recorder(instrument, by); // checks the attributes
    JsonLines.Reader reader = reader(in, source, limits);
    JsonLines.Plan plan = new JsonLines.Plan(instrument);
    if (!plan.fitsMasks()) {
      return collect(instrument, reader, source, Disaggregation.collector(instrument, by));
    }
    String[] values = new String[by.size()];
    decodeEach(instrument, reader, source, plan, (decoded, response) -> {
      if (decoded != null) {
        for (int i = 0; i < values.length; i++) {
          String value = decoded.profile(by.get(i));
          values[i] = value == null ? GroupKey.MISSING : value;
        }
        decoded.record(recorder.group(values));
      } else {
        var profile = response.profile(instrument);
        for (int i = 0; i < values.length; i++) {
          values[i] = profile.getOrDefault(by.get(i), GroupKey.MISSING);
        }
        plan.record(recorder.group(values), response);
      }
    });
    return recorder.toDisaggregation();
  }

  /**
   * Passes each response on, decoded from tokens where it can be (see {@link JsonLines.Decoder}),
   * refusing a stream or a response that answers another instrument.
   */
  private static void decodeEach(Instrument instrument, JsonLines.Reader reader, String source, JsonLines.Plan plan,
      JsonLines.DecodedSink sink) {
    ResponseCodec.InstrumentRef expected = expectHeader(instrument, reader, source);
    reader.decodeRemaining(new JsonLines.Decoder(plan), sink, response -> expectAnswered(expected, response,
        reader));
  }

  private static ResponseCodec.InstrumentRef expectHeader(Instrument instrument, JsonLines.Reader reader,
      String source) {
    ResponseCodec.InstrumentRef expected = new ResponseCodec.InstrumentRef(instrument.id(), instrument.version());
    if (!reader.header().equals(expected)) {
      throw new CtnatReadException(source, "/" + JsonLines.KIND + "/instrument", 1, 0, "the responses answer "
          + reader.header() + ", but they are tallied against " + expected, null);
    }
    return expected;
  }

  private static void expectAnswered(ResponseCodec.InstrumentRef expected, SurveyResponse response,
      JsonLines.Reader reader) {
    ResponseCodec.InstrumentRef answered = ResponseCodec.InstrumentRef.of(response);
    if (!answered.equals(expected)) {
      throw new CtnatReadException(reader.source(), "/instrument", reader.lineNumber(), 0, "the response answers "
          + answered + ", but the responses are tallied against " + expected + reader.readBefore(), null);
    }
  }

  private static <A, R> R collect(Instrument instrument, JsonLines.Reader reader, String source,
      Collector<SurveyResponse, A, R> collector) {
    A container = collector.supplier().get();
    forEachOf(instrument, reader, source, response -> collector.accumulator().accept(container, response));
    return collector.finisher().apply(container);
  }

  /** Passes each response on, refusing a stream or a response that answers another instrument. */
  private static void forEachOf(Instrument instrument, JsonLines.Reader reader, String source,
      Consumer<SurveyResponse> action) {
    ResponseCodec.InstrumentRef expected = expectHeader(instrument, reader, source);
    while (reader.hasNext()) {
      SurveyResponse response = reader.next();
      expectAnswered(expected, response, reader);
      action.accept(response);
    }
  }

  private static JsonLines.Reader reader(InputStream in, String source, Limits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(limits, "limits");
    return new JsonLines.Reader(in, source, limits);
  }

  private static Stream<SurveyResponse> stream(JsonLines.Reader reader) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void close(InputStream in, Path file) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
