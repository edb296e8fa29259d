package org.ctnat.io.odk;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CtnatReadException;

/**
 * Submissions exported by KoboToolbox or ODK Central, read back as validated survey responses:
 * the way back from the field for a survey deployed as the SDK's XLSForm ({@code
 * docs/odk-import.md} in the repository describes the layouts, with examples).
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * SubmissionReadResult read = Submissions.read(ctnat, Path.of("CT-NAT_2016_-_all_versions_-_2016-05-04.xlsx"));
 * read.report().errors().forEach(System.err::println); // "row 5, column 12 (s2/q2.2/forced_marriage), AZEsur4: 'yes' is not 0 or 1; ..."
 * List<SurveyResponse> responses = read.responses();
 * }</pre>
 *
 * <p><b>Files.</b> CSV in UTF-8 separated by {@code ;} (KoboToolbox's default) or {@code ,} (ODK
 * Central's, and KoboToolbox's option), recognised from the header row unless {@linkplain
 * SubmissionOptions#withDelimiter(char) given}; or the first sheet of an XLSX workbook
 * (KoboToolbox; ODK Central exports no XLSX). The headers are the form's field names ("XML values
 * and headers" on KoboToolbox), with group paths joined by {@code /} or {@code -}, or without
 * them; multiple choices as one column of space-separated codes, one 0/1 column per option, or
 * both. Metadata columns are kept apart ({@link SubmissionMetadata}); personal ones ({@code
 * SubmitterName}, {@code _submitted_by}, device and phone ids) are never read.
 *
 * <p><b>Reading.</b> Every row is checked cell by cell and against the instrument's rules
 * ({@link org.ctnat.core.response.ResponseValidation}); a submission with any error is left out
 * whole and every error is reported by row, column and header in the {@link SubmissionReport};
 * every other submission is kept; nothing is repaired. A column the reader does not know is a
 * warning. A file that cannot be read — not CSV or not XLSX, without any field of the form,
 * without a respondent or instance id column, with a column twice, or over a limit — is a {@link
 * CtnatReadException}; nothing else escapes. The limits: those of {@link CsvResponses} on rows,
 * columns and cells, and for XLSX at most {@value #MAX_XLSX_BYTES} bytes, {@value
 * #MAX_XLSX_ENTRIES} parts and {@value #MAX_XLSX_UNZIPPED_BYTES} bytes unzipped, no part
 * inflating more than {@value #MAX_XLSX_RATIO} times, a worksheet of at most {@value
 * #MAX_XLSX_SHEET_BYTES} bytes and the shared strings (and any other part) of at most {@value
 * #MAX_XLSX_PART_BYTES} bytes unzipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class Submissions {

  /** The largest XLSX file read, in bytes. */
  public static final long MAX_XLSX_BYTES = 100L << 20;
  /** The most parts (ZIP entries) an XLSX file may have. */
  public static final int MAX_XLSX_ENTRIES = 1000;
  /** The most bytes the parts of an XLSX file may unzip to, together. */
  public static final long MAX_XLSX_UNZIPPED_BYTES = 512L << 20;
  /** The most a part of more than a megabyte may inflate, as a multiple of its compressed size. */
  public static final int MAX_XLSX_RATIO = 250;
  /** The most bytes a worksheet of an XLSX file may unzip to (it is streamed, not held in memory). */
  public static final long MAX_XLSX_SHEET_BYTES = 256L << 20;
  /**
   * The most bytes any other part of an XLSX file may unzip to; above all the shared strings,
   * which are held in memory while the sheet is read, so this bounds the memory a workbook takes.
   */
  public static final long MAX_XLSX_PART_BYTES = 64L << 20;

  private Submissions() {}

  /**
   * Reads a CSV export from a stream (which is not closed), with the default options.
   *
   * @param instrument the instrument whose form was filled in
   * @param in the stream, UTF-8
   * @param source a name for the source in reports and errors, e.g. the file name
   * @return the submissions of every good row in file order, and the report of the others
   * @throws CtnatReadException if the input is not a CSV export of the form (with its line and
   *     column), or exceeds a limit
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SubmissionReadResult readCsv(Instrument instrument, InputStream in, String source) {
    return readCsv(instrument, in, source, SubmissionOptions.defaults());
  }

  /**
   * Reads a CSV export from a stream (which is not closed).
   *
   * @param instrument the instrument whose form was filled in
   * @param in the stream, UTF-8
   * @param source a name for the source in reports and errors
   * @param options the respondent field, the form id and version to expect, the separator
   * @return the submissions of every good row in file order, and the report of the others
   * @throws CtnatReadException if the input is not a CSV export of the form, or exceeds a limit
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SubmissionReadResult readCsv(Instrument instrument, InputStream in, String source,
      SubmissionOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(options, "options");
    SubmissionCsvReader reader = SubmissionCsvReader.open(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"), options.delimiter().orElse(null));
    return SubmissionRows.read(instrument, reader, options, SubmissionLayout.Format.CSV,
        Optional.of(reader.delimiter()));
  }

  /**
   * Reads a CSV export from a string, with the default options.
   *
   * @param instrument the instrument whose form was filled in
   * @param csv the CSV text
   * @param source a name for the source in reports and errors
   * @return the submissions of every good row and the report of the others
   * @throws CtnatReadException if the text is not a CSV export of the form, or exceeds a limit
   */
  public static SubmissionReadResult parseCsv(Instrument instrument, String csv, String source) {
    return readCsv(instrument, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source);
  }

  /**
   * Reads an XLSX export from a stream (which is not closed), with the default options.
   *
   * @param instrument the instrument whose form was filled in
   * @param in the workbook
   * @param source a name for the source in reports and errors
   * @return the submissions of every good row of the first sheet, and the report of the others
   * @throws CtnatReadException if the input is not an XLSX export of the form, is damaged, or
   *     exceeds a limit
   * @throws UncheckedIOException if the stream cannot be read or the temporary copy written
   */
  public static SubmissionReadResult readXlsx(Instrument instrument, InputStream in, String source) {
    return readXlsx(instrument, in, source, SubmissionOptions.defaults());
  }

  /**
   * Reads an XLSX export from a stream (which is not closed). The workbook is copied to a
   * temporary file, deleted when read: the ZIP format is read from its end.
   *
   * @param instrument the instrument whose form was filled in
   * @param in the workbook
   * @param source a name for the source in reports and errors
   * @param options the respondent field, the form id and version to expect
   * @return the submissions of every good row of the first sheet, and the report of the others
   * @throws CtnatReadException if the input is not an XLSX export of the form, is damaged, or
   *     exceeds a limit
   * @throws UncheckedIOException if the stream cannot be read or the temporary copy written
   */
  public static SubmissionReadResult readXlsx(Instrument instrument, InputStream in, String source,
      SubmissionOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(options, "options");
    try (SubmissionXlsx sheet = SubmissionXlsx.open(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"))) {
      return SubmissionRows.read(instrument, sheet, options, SubmissionLayout.Format.XLSX, Optional.empty());
    }
  }

  /**
   * Reads an export file, CSV or XLSX as its content shows, with the default options.
   *
   * @param instrument the instrument whose form was filled in
   * @param file the file
   * @return the submissions of every good row and the report of the others
   * @throws CtnatReadException if the file is not an export of the form, or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SubmissionReadResult read(Instrument instrument, Path file) {
    return read(instrument, file, SubmissionOptions.defaults());
  }

  /**
   * Reads an export file, as XLSX if it starts as a ZIP archive and as CSV otherwise.
   *
   * @param instrument the instrument whose form was filled in
   * @param file the file
   * @param options the respondent field, the form id and version to expect, the separator
   * @return the submissions of every good row and the report of the others
   * @throws CtnatReadException if the file is not an export of the form, or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SubmissionReadResult read(Instrument instrument, Path file, SubmissionOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        try (SubmissionXlsx sheet = SubmissionXlsx.open(file, source)) {
          return SubmissionRows.read(instrument, sheet, options, SubmissionLayout.Format.XLSX, Optional.empty());
        }
      }
      return readCsv(instrument, in, source, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
