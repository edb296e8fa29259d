package org.ctnat.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.internal.CsvRecordReader;

/**
 * Survey responses as CSV, for R ({@code read.csv}), pandas ({@code read_csv}) and spreadsheets,
 * in the {@linkplain CsvLayout#WIDE wide} layout of survey platforms or the {@linkplain
 * CsvLayout#LONG long} layout of tidy analysis ({@code docs/csv.md} in the repository describes
 * both).
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * CsvResponses.write(ctnat, responses, CsvLayout.WIDE, Path.of("survey.csv"));
 *
 * CsvReadResult<List<SurveyResponse>> read = CsvResponses.read(ctnat, Path.of("survey.csv"), CsvLayout.WIDE);
 * read.report().problems().forEach(System.err::println); // "row 5, column 12 (2.2/forced_marriage), ..."
 *
 * CsvReadResult<SurveyTally> tally = CsvResponses.tally(ctnat, in, "survey.csv"); // streaming
 * }</pre>
 *
 * <p><b>Files.</b> UTF-8 without byte order mark (one is skipped when read), a header row,
 * comma separator, RFC 4180 quoting, {@code \n} line ends ({@code \r\n} is read too), an empty
 * cell for a missing value. Every cell is {@linkplain CsvCells neutralised} against spreadsheet
 * formulas when written and restored when read. The file does not name the instrument: the
 * caller gives it to the writer and the reader alike.
 *
 * <p><b>Writing.</b> The respondent column holds the pseudonymous id only: names and contacts
 * ({@link org.ctnat.core.response.Respondent#personalData()}) are never written, and neither are
 * profile attributes set directly on a respondent (the answers to the profile questions are).
 * Every answer is written as given, valid or not, when the layout has cells for it; an answer it
 * has no cells for is refused with an {@link IllegalArgumentException} naming the respondent
 * and item, rather than dropped: an answer to an item the survey lacks or of the wrong kind, a
 * code a multiple choice or ranking lacks, a code chosen twice, a rank outside 1 to the number
 * of options, an empty code, text, selection of a ranking, or a specified text without its
 * option. Valid responses ({@link org.ctnat.core.response.ResponseValidation}) are always
 * written. An empty specified text is written as an empty cell, so it reads back as none.
 *
 * <p><b>Reading.</b> Every row is checked cell by cell and against the instrument's rules
 * ({@link org.ctnat.core.response.ResponseValidation}); a response with any problem is left out
 * whole and every problem is reported by row, column, header and line in the {@link
 * CsvReadReport}; every other response is kept, nothing is repaired. A file that is not CSV —
 * an unbalanced quote, a stray quote, bytes that are not UTF-8, an unknown or repeated column, a
 * limit exceeded — is a {@link CtnatReadException} with its line and column. The limits: at most
 * {@value #MAX_ROWS} rows, {@value #MAX_COLUMNS} columns, {@value #MAX_FIELD_LENGTH} characters
 * in a cell and {@value #MAX_RECORD_LENGTH} in a row.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvResponses {

  /** The most rows after the header that a reader accepts. */
  public static final int MAX_ROWS = 10_000_000;
  /** The most columns a header may have. */
  public static final int MAX_COLUMNS = 10_000;
  /** The longest cell, in characters (as written, after formula neutralisation). */
  public static final int MAX_FIELD_LENGTH = 100_000;
  /** The longest row, in characters of the file, quotes, commas and line end included. */
  public static final int MAX_RECORD_LENGTH = 2_000_000;

  private CsvResponses() {}

  // ---------------------------------------------------------------- writing

  /**
   * Writes responses to a stream (which is not closed), in UTF-8.
   *
   * @param instrument the instrument the responses answer
   * @param responses the responses, written in this order
   * @param layout wide or long
   * @param out the stream
   * @throws IllegalArgumentException if a response is for another instrument or version, or
   *     has an answer the layout has no cells for (nothing of that response is written, but the
   *     responses before it are)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, Iterable<SurveyResponse> responses, CsvLayout layout,
      OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(instrument, responses, layout, CsvRecordWriter.to(out));
  }

  /**
   * Writes responses to a file, created or replaced.
   *
   * @param instrument the instrument the responses answer
   * @param responses the responses, written in this order
   * @param layout wide or long
   * @param file the file
   * @throws IllegalArgumentException as {@link #write(Instrument, Iterable, CsvLayout, OutputStream)}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, Iterable<SurveyResponse> responses, CsvLayout layout, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(instrument, responses, layout, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes responses as a string.
   *
   * @param instrument the instrument the responses answer
   * @param responses the responses, written in this order
   * @param layout wide or long
   * @return the CSV text, a header row first, every row ending in {@code \n}
   * @throws IllegalArgumentException as {@link #write(Instrument, Iterable, CsvLayout, OutputStream)}
   */
  public static String toString(Instrument instrument, Iterable<SurveyResponse> responses, CsvLayout layout) {
    StringWriter out = new StringWriter();
    write(instrument, responses, layout, CsvRecordWriter.to(out));
    return out.toString();
  }

  private static void write(Instrument instrument, Iterable<SurveyResponse> responses, CsvLayout layout,
      CsvRecordWriter out) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(layout, "layout");
    try {
      if (layout == CsvLayout.WIDE) {
        CsvWide.write(instrument, responses, out);
      } else {
        CsvLong.write(instrument, responses, out);
      }
    } catch (IllegalArgumentException e) {
      out.abandon(e);
      throw e;
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads responses from a stream (which is not closed).
   *
   * @param instrument the instrument the file's responses answer
   * @param in the stream, UTF-8
   * @param source a name for the source in reports and errors, e.g. the file name
   * @param layout wide or long
   * @return the responses of every good row (in the long layout, every good respondent) in file
   *     order, and the report of the others
   * @throws CtnatReadException if the input is not a CSV file of this layout (with its line and
   *     column), or exceeds a limit
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static CsvReadResult<List<SurveyResponse>> read(Instrument instrument, InputStream in, String source,
      CsvLayout layout) {
    Objects.requireNonNull(instrument, "instrument");
    CsvRecordReader reader = new CsvRecordReader(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"));
    return Objects.requireNonNull(layout, "layout") == CsvLayout.WIDE
        ? CsvWide.read(instrument, reader) : CsvLong.read(instrument, reader);
  }

  /**
   * Reads responses from a file.
   *
   * @param instrument the instrument the file's responses answer
   * @param file the file, UTF-8
   * @param layout wide or long
   * @return the responses of every good row and the report of the others
   * @throws CtnatReadException if the file is not a CSV file of this layout, or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvReadResult<List<SurveyResponse>> read(Instrument instrument, Path file, CsvLayout layout) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(instrument, in, file.toString(), layout);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads responses from a string.
   *
   * @param instrument the instrument the responses answer
   * @param csv the CSV text
   * @param source a name for the source in reports and errors
   * @param layout wide or long
   * @return the responses of every good row and the report of the others
   * @throws CtnatReadException if the text is not a CSV file of this layout, or exceeds a limit
   */
  public static CsvReadResult<List<SurveyResponse>> parse(Instrument instrument, String csv, String source,
      CsvLayout layout) {
    return read(instrument, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source, layout);
  }

  // ---------------------------------------------------------------- streaming

  /**
   * Tallies a wide file row by row, without building a response per row: memory grows with the
   * instrument, not with the file. Rows are checked as {@link #read(Instrument, InputStream,
   * String, CsvLayout)} checks them, and only good rows are counted, so the tally equals {@code
   * SurveyTally.of} of the responses that reader keeps — except that the streaming reader
   * remembers no respondent ids, and so counts a repeated respondent again where the other
   * reader leaves the repeat out. The report lists the first {@value
   * CsvReadReport#MAX_LISTED_PROBLEMS} problems.
   *
   * @param instrument the instrument the file's responses answer
   * @param in the stream, UTF-8 (not closed)
   * @param source a name for the source in reports and errors
   * @return the tally of the good rows, and the report of the others
   * @throws CtnatReadException if the input is not a wide CSV file, or exceeds a limit
   * @throws IllegalArgumentException if a multiple choice or ranking of the instrument has more
   *     than 64 options (the recorder's limit)
   */
  public static CsvReadResult<SurveyTally> tally(Instrument instrument, InputStream in, String source) {
    SurveyTally.Recorder recorder = SurveyTally.recorder(instrument);
    CsvReadReport report = record(instrument, in, source, recorder);
    return new CsvReadResult<>(recorder.toTally(), report);
  }

  /**
   * Tallies a wide file row by row by groups of respondents, without building a response per
   * row, as {@link #tally(Instrument, InputStream, String)} does. A respondent's group is read
   * from the answers to the profile questions (1.1 to 1.6 in the standard survey); an attribute
   * left unanswered puts the respondent in the group {@link
   * org.ctnat.core.analysis.GroupKey#MISSING}.
   *
   * @param instrument the instrument the file's responses answer
   * @param in the stream, UTF-8 (not closed)
   * @param source a name for the source in reports and errors
   * @param attributes the attributes to disaggregate by, at least one, each once
   * @return the disaggregation of the good rows, and the report of the others
   * @throws CtnatReadException if the input is not a wide CSV file, or exceeds a limit
   * @throws IllegalArgumentException if the attributes are empty or repeated, or as {@link
   *     #tally(Instrument, InputStream, String)}
   */
  public static CsvReadResult<Disaggregation> disaggregate(Instrument instrument, InputStream in, String source,
      ProfileAttribute... attributes) {
    Disaggregation.Recorder recorder = Disaggregation.recorder(instrument, List.of(attributes));
    CsvReadReport report = record(instrument, in, source, recorder, List.of(attributes));
    return new CsvReadResult<>(recorder.toDisaggregation(), report);
  }

  /**
   * Records the good rows of a wide file on a tally recorder, row by row, without building a
   * response per row; several files can be recorded on one recorder.
   *
   * @param instrument the instrument the file's responses answer, and the recorder's
   * @param in the stream, UTF-8 (not closed)
   * @param source a name for the source in reports and errors
   * @param recorder a recorder of the same instrument
   * @return the report of the rows left out
   * @throws CtnatReadException if the input is not a wide CSV file, or exceeds a limit
   * @throws IllegalArgumentException as {@link #tally(Instrument, InputStream, String)}, or if
   *     the recorder is of another instrument
   */
  public static CsvReadReport record(Instrument instrument, InputStream in, String source,
      SurveyTally.Recorder recorder) {
    Objects.requireNonNull(recorder, "recorder");
    return CsvWide.stream(Objects.requireNonNull(instrument, "instrument"), reader(in, source),
        columns -> CsvWide.tallySink(recorder, columns));
  }

  /**
   * Records the good rows of a wide file on a disaggregation recorder, each on its group's
   * tally, row by row, without building a response per row.
   *
   * @param instrument the instrument the file's responses answer, and the recorder's
   * @param in the stream, UTF-8 (not closed)
   * @param source a name for the source in reports and errors
   * @param recorder a recorder of the same instrument
   * @param attributes the recorder's attributes, in its order
   * @return the report of the rows left out
   * @throws CtnatReadException if the input is not a wide CSV file, or exceeds a limit
   * @throws IllegalArgumentException as {@link #record(Instrument, InputStream, String,
   *     SurveyTally.Recorder)}, or if the attributes are not the recorder's
   */
  public static CsvReadReport record(Instrument instrument, InputStream in, String source,
      Disaggregation.Recorder recorder, List<ProfileAttribute> attributes) {
    Objects.requireNonNull(recorder, "recorder");
    List<ProfileAttribute> copy = List.copyOf(attributes);
    return CsvWide.stream(Objects.requireNonNull(instrument, "instrument"), reader(in, source),
        columns -> CsvWide.groupSink(recorder, copy, instrument, columns));
  }

  private static CsvRecordReader reader(InputStream in, String source) {
    return new CsvRecordReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  // ---------------------------------------------------------------- shared by the writers

  static void checkInstrument(Instrument instrument, SurveyResponse response, String who) {
    if (!instrument.id().equals(response.instrumentId())
        || !instrument.version().equals(response.instrumentVersion())) {
      throw new IllegalArgumentException(who + ": the response is for " + response.instrumentId() + " "
          + response.instrumentVersion() + ", but the file is written for " + instrument.id() + " "
          + instrument.version() + "; the CSV does not name the instrument, so it would be read as the wrong one");
    }
  }

  static CsvColumns.Item item(CsvColumns columns, ItemId id, String who) {
    CsvColumns.Item item = columns.item(id);
    if (item == null) {
      throw new IllegalArgumentException(who + ", item " + id + ": " + (columns.isGrid(id.value())
          ? "a grid has no answer of its own; answer its statements " + columns.statementsOf(id.value())
          : "the survey of " + columns.instrument() + " has no such item") + ", so the CSV has no column for it");
    }
    return item;
  }

  static <A extends Answer> A expect(Answer answer, Class<A> type, CsvColumns.Item item, String where) {
    if (!type.isInstance(answer)) {
      String expected = switch (item.kind) {
        case SINGLE -> "choice";
        case POINT -> "point";
        case MULTIPLE -> "selection";
        case RANKED -> "ranking";
        case TEXT -> "text";
      };
      throw new IllegalArgumentException(where + "a " + answer.kindName() + " answer, but the item takes a "
          + expected + " answer; the CSV has no cells for it");
    }
    return type.cast(answer);
  }

  static String code(String code, String where) {
    if (code.isEmpty()) {
      throw new IllegalArgumentException(where + "an empty code cannot be told from a missing answer in CSV; "
          + "leave the item out instead");
    }
    return code;
  }

  static String text(String text, String where) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(where + "an empty text cannot be told from a missing answer in CSV; "
          + "leave the item out instead");
    }
    return text;
  }

  /** The options chosen, by option number; refuses codes the item lacks and codes chosen twice. */
  static boolean[] chosen(CsvColumns.Item item, List<String> codes, String where) {
    boolean[] chosen = new boolean[item.codes.size()];
    for (String code : codes) {
      int o = item.code(code);
      if (o < 0) {
        throw new IllegalArgumentException(where + "'" + code + "' is not an option " + item.codes
            + ", so the CSV has no column for it");
      }
      if (chosen[o]) {
        throw new IllegalArgumentException(where + "'" + code + "' is chosen twice; a 0/1 column holds it once");
      }
      chosen[o] = true;
    }
    return chosen;
  }

  /** The rank of each option, 0 if not ranked; refuses what the rank columns cannot hold. */
  static int[] ranks(CsvColumns.Item item, RankingAnswer answer, String where) {
    if (answer.ranks().isEmpty()) {
      throw new IllegalArgumentException(where + "a ranking of no option cannot be told from a missing answer in "
          + "CSV; leave the item out instead");
    }
    int[] ranks = new int[item.codes.size()];
    answer.ranks().forEach((code, rank) -> {
      int o = item.code(code);
      if (o < 0) {
        throw new IllegalArgumentException(where + "'" + code + "' is not an option " + item.codes
            + ", so the CSV has no column for it");
      }
      if (rank < 1 || rank > ranks.length) {
        throw new IllegalArgumentException(where + "rank " + rank + " of '" + code + "' is outside 1 to "
            + ranks.length + ", which the CSV readers accept");
      }
      ranks[o] = rank;
    });
    return ranks;
  }

  /** The first option picked that asks for a text: where a specified text is written. */
  static int otherOption(CsvColumns.Item item, boolean[] picked, String where) {
    for (int o = 0; o < picked.length; o++) {
      if (picked[o] && item.specify[o]) {
        return o;
      }
    }
    throw new IllegalArgumentException(where + "a specified text, but no 'Other – please specify' option was "
        + (item.kind == CsvColumns.Kind.RANKED ? "ranked" : "chosen") + "; the CSV has no column for it");
  }
}
