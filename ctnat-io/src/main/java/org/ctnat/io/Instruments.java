package org.ctnat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctnat.core.instrument.Instrument;

/**
 * Reads and writes instruments, and loads the standard CT-NAT 2016 instrument.
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * Instrument adapted = Instruments.read(Path.of("ctnat-2016-geo.yaml"));
 * Instruments.write(adapted, Path.of("adapted.json"));
 * }</pre>
 *
 * <p>Files are in the instrument format ({@code docs/instrument-format.md} in the repository),
 * JSON or YAML, in the versioned envelope {@code {format: ctnat, formatVersion: 1, kind:
 * instrument, instrument: {...}}}. Reading validates the instrument; any problem is reported
 * as a {@link CtnatReadException} with the source, line, column and JSON pointer. Members this
 * format version does not define are refused (with their location) rather than silently
 * dropped. Documents are limited to {@value DocumentLimits#DEFAULT_MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value DocumentLimits#DEFAULT_MAX_NESTING_DEPTH} and strings of {@value DocumentLimits#DEFAULT_MAX_STRING_LENGTH}
 * characters by default; pass {@link DocumentLimits} to a {@code read} method to change them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Instruments {

  /** The classpath resource holding the standard 2016 instrument. */
  public static final String CTNAT_2016_RESOURCE = "/org/ctnat/io/instrument/ctnat-2016.yaml";

  /** The classpath resource holding the JSON Schema of instrument documents. */
  public static final String SCHEMA_RESOURCE = "/org/ctnat/io/schema/instrument.schema.json";

  private Instruments() {}

  /**
   * The JSON Schema (draft 2020-12) of instrument documents, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    return ResponseCodec.resource(SCHEMA_RESOURCE);
  }

  /**
   * The complete standard CT-NAT instrument of 2016: 5 thematic areas, 25 criteria and 100
   * indicators (Annex E), the whole survey (Annex D), the whole interview guide (Annex C),
   * priorities A–Q and the links between items and criteria, with notes on every
   * reconstruction.
   *
   * <p>Each call reads the bundled file afresh and returns an equal instrument.
   *
   * @return the standard instrument {@code ctnat-2016}
   * @throws IllegalStateException if the bundled file is missing (a broken build)
   */
  public static Instrument ctnat2016() {
    try (InputStream in = Instruments.class.getResourceAsStream(CTNAT_2016_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the standard instrument " + CTNAT_2016_RESOURCE
            + " is missing from the ctnat-io jar");
      }
      return read(in, "ctnat-2016.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an instrument file; the format follows the file name ({@code .yaml}/{@code .yml}
   * is YAML, anything else JSON).
   *
   * @param file the file
   * @return the instrument
   * @throws CtnatReadException if the file is not a valid instrument document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Instrument read(Path file) {
    return read(file, DocumentLimits.DEFAULT);
  }

  /**
   * Reads an instrument document with other limits than the defaults; the format follows the file name
   * ({@code .yaml}/{@code .yml} is YAML, anything else JSON).
   *
   * @param file the file
   * @param limits the limits of size, nesting and string length
   * @return the instrument
   * @throws CtnatReadException if the file is not valid an instrument document, or exceeds a limit
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Instrument read(Path file, DocumentLimits limits) {
    return Documents.readFile(file, Instruments::read, limits);
  }

  /**
   * Reads an instrument document from a stream (which is not closed).
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @return the instrument
   * @throws CtnatReadException if the input is not a valid instrument document
   */
  public static Instrument read(InputStream in, String source, DocumentFormat format) {
    return read(in, source, format, DocumentLimits.DEFAULT);
  }

  /**
   * Reads an instrument document from a stream (which is not closed) with other limits than the
   * defaults.
   *
   * @param in the stream
   * @param source a name for the source in error messages, e.g. the file name
   * @param format JSON or YAML
   * @param limits the limits of size, nesting and string length
   * @return the instrument
   * @throws CtnatReadException if the input is not valid an instrument document, or exceeds a limit
   */
  public static Instrument read(InputStream in, String source, DocumentFormat format, DocumentLimits limits) {
    return parse(Documents.readStream(in, source, format, limits), source, format, limits);
  }

  /**
   * Reads an instrument document from a string.
   *
   * @param document the document
   * @param source a name for the source in error messages
   * @param format JSON or YAML
   * @return the instrument
   * @throws CtnatReadException if the text is not a valid instrument document
   */
  public static Instrument parse(String document, String source, DocumentFormat format) {
    return parse(document.getBytes(StandardCharsets.UTF_8), source, format, DocumentLimits.DEFAULT);
  }

  private static Instrument parse(byte[] bytes, String source, DocumentFormat format, DocumentLimits limits) {
    Node payload = Documents.parseEnvelope(bytes, source, format, InstrumentCodec.KIND, limits);
    return payload.build(InstrumentCodec::read);
  }

  /**
   * Writes an instrument as a document.
   *
   * @param instrument the instrument
   * @param format JSON or YAML
   * @return the document, ending in a newline
   */
  public static String toString(Instrument instrument, DocumentFormat format) {
    return Documents.write(Documents.envelope(InstrumentCodec.KIND, InstrumentCodec.write(instrument)), format);
  }

  /**
   * Writes an instrument to a stream (which is not closed), in UTF-8.
   *
   * @param instrument the instrument
   * @param out the stream
   * @param format JSON or YAML
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, OutputStream out, DocumentFormat format) {
    try {
      out.write(toString(instrument, format).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an instrument to a file; the format follows the file name.
   *
   * @param instrument the instrument
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, Path file) {
    try {
      Files.writeString(file, toString(instrument, DocumentFormat.ofFileName(file.getFileName().toString())),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
