package org.ctnat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-lines form of survey responses: a header line, an envelope whose payload names the
 * instrument, then one response payload per line (the instrument left out when it is the
 * header's). Package-private; the public entry points are in {@link SurveyResponses}.
 *
 * <p>The reader holds one line at a time, never more than the line limit, so memory is bounded
 * by the longest line allowed, however long the stream. It stops at the first bad line with a
 * {@link CtnatReadException} that names the line and says how many responses were read before.
 */
final class JsonLines {

  /** The kind of the header line's envelope. */
  static final String KIND = "surveyResponses";

  private static final ObjectWriter COMPACT =
      Documents.mapper(DocumentFormat.JSON).writer().without(SerializationFeature.INDENT_OUTPUT);

  private JsonLines() {}

  // ---------------------------------------------------------------- writing

  /** Writes the header and one line per response, in UTF-8; returns the number of responses. */
  static int write(Instrument instrument, Iterable<SurveyResponse> responses, OutputStream out,
      WriteOptions options) {
    ResponseCodec.InstrumentRef header = new ResponseCodec.InstrumentRef(instrument.id(), instrument.version());
    ObjectNode payload = Documents.newObject();
    payload.set("instrument", ResponseCodec.instrumentRef(header));
    int count = 0;
    try {
      out.write(line(Documents.envelope(KIND, payload)));
      for (SurveyResponse response : responses) {
        out.write(line(ResponseCodec.writeResponse(response, Optional.of(header), options)));
        count++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON lines: " + e.getMessage(), e);
    }
    return count;
  }

  private static byte[] line(JsonNode tree) {
    // JSON escapes line feeds inside strings, so the compact form is always one line
    return (COMPACT.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a JSON-lines stream line by line: the header on construction, then one response per
   * {@link #next()}. Not thread-safe; does not close the stream.
   */
  static final class Reader implements Iterator<SurveyResponse> {
    private final InputStream in;
    private final String source;
    private final SurveyResponses.Limits limits;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private byte[] line = new byte[1024];
    private int lineLength;
    private int lineNumber;
    private int count;
    private final ResponseCodec.InstrumentRef header;
    private SurveyResponse next;

    Reader(InputStream in, String source, SurveyResponses.Limits limits) {
      this.in = in;
      this.source = source;
      this.limits = limits;
      if (!readLine()) {
        throw new CtnatReadException(source, "", 1, 1, "the stream is empty; expected a header line "
            + "{\"format\":\"ctnat\",\"formatVersion\":1,\"kind\":\"" + KIND + "\",\"" + KIND
            + "\":{\"instrument\":{\"id\":...,\"version\":...}}}", null);
      }
      byte[] bytes = Arrays.copyOf(line, lineLength);
      Node payload = Documents.parseEnvelope(bytes, source, DocumentFormat.JSON, KIND);
      payload.allowOnly("instrument");
      header = payload.required("instrument").build(ResponseCodec::instrumentRef);
    }

    /** The instrument the header names. */
    ResponseCodec.InstrumentRef header() {
      return header;
    }

    /** The number of the line read last, counted from 1 (the header). */
    int lineNumber() {
      return lineNumber;
    }

    /** How many responses were read so far. */
    int count() {
      return count;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = read();
      }
      return next != null;
    }

    @Override
    public SurveyResponse next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more responses in " + source);
      }
      SurveyResponse response = next;
      next = null;
      return response;
    }

    /** The next response, or null at the end of the stream. */
    private SurveyResponse read() {
      if (!readLine()) {
        return null;
      }
      if (count >= limits.maxResponses()) {
        throw new CtnatReadException(source, "", lineNumber, 0, "more than " + limits.maxResponses()
            + " responses; the limit is " + limits.maxResponses() + " per stream (raise it with "
            + "SurveyResponses.Limits)" + readBefore(), null);
      }
      SurveyResponse response = parse(Arrays.copyOf(line, lineLength));
      count++;
      return response;
    }

    private SurveyResponse parse(byte[] bytes) {
      if (isBlank(bytes)) {
        throw new CtnatReadException(source, "", lineNumber, 0, "the line is blank; every line after the "
            + "header holds one response" + readBefore(), null);
      }
      JsonNode tree;
      JsonParser parser = Documents.mapper(DocumentFormat.JSON).createParser(bytes);
      try (parser) {
        tree = Documents.mapper(DocumentFormat.JSON).readTree(parser);
        if (parser.nextToken() != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          throw new CtnatReadException(source, "", lineNumber, Math.max(0, at.getColumnNr()),
              "more than one JSON value on the line; each line holds exactly one response" + readBefore(), null);
        }
      } catch (JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
          at = parser.currentLocation();
        }
        throw new CtnatReadException(source, "", lineNumber, Math.max(0, at.getColumnNr()),
            "malformed JSON: " + e.getOriginalMessage() + readBefore(), e);
      }
      Documents.Locator locator = new Documents.Locator(bytes, source, DocumentFormat.JSON);
      Node root = new Node(tree, "", locator);
      try {
        return root.build(r -> ResponseCodec.readResponse(r, new ResponseCodec.Tree(tree, locator),
            Optional.of(header)));
      } catch (CtnatReadException e) {
        // the node located the problem within the line; report it at the line of the stream
        throw new CtnatReadException(source, e.pointer(), lineNumber, e.column().orElse(0),
            e.problem() + readBefore(), e);
      }
    }

    /** Problems on a line say how many responses came before, so that none is lost silently. */
    String readBefore() {
      return " (" + count + (count == 1 ? " response was" : " responses were") + " read before this line)";
    }

    private static boolean isBlank(byte[] bytes) {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }

    /**
     * Reads the next line into {@code line}, without its line end ({@code \n} or {@code \r\n}).
     *
     * @return false at the end of the stream
     */
    private boolean readLine() {
      lineLength = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          if (endOfInput || !fill()) {
            break;
          }
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        append(position, end);
        boolean found = end < limit;
        position = found ? end + 1 : end;
        if (found) {
          break;
        }
      }
      if (!any) {
        return false;
      }
      lineNumber++;
      if (lineLength > 0 && line[lineLength - 1] == '\r') {
        lineLength--;
      }
      return true;
    }

    private void append(int from, int to) {
      int length = to - from;
      if (lineLength + length > limits.maxLineBytes()) {
        throw new CtnatReadException(source, "", lineNumber + 1, 0, "the line is longer than the limit of "
            + limits.maxLineBytes() + " bytes (raise it with SurveyResponses.Limits)" + readBefore(), null);
      }
      if (lineLength + length > line.length) {
        line = Arrays.copyOf(line, Math.min(limits.maxLineBytes() + 1,
            Math.max(line.length * 2, lineLength + length)));
      }
      System.arraycopy(buffer, from, line, lineLength, length);
      lineLength += length;
    }

    private boolean fill() {
      try {
        int n = in.read(buffer);
        while (n == 0) {
          n = in.read(buffer);
        }
        if (n < 0) {
          endOfInput = true;
          return false;
        }
        position = 0;
        limit = n;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + " at line " + (lineNumber + 1) + ": "
            + e.getMessage(), e);
      }
    }
  }

  // ---------------------------------------------------------------- tallying

  /**
   * Records responses on a {@link SurveyTally.Recorder}, resolving item and category numbers
   * once; counts exactly as {@link SurveyTally#of} does (answers of the wrong kind or with codes
   * the item lacks are invalid, answers to items the survey lacks are ignored, a code chosen
   * twice counts once). Immutable after construction.
   */
  static final class Plan {
    private enum Kind { SINGLE, MULTIPLE, RANKED, POINT, TEXT }

    private final Map<ItemId, Integer> items = new HashMap<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Map<String, Integer>> categories = new ArrayList<>();
    private final boolean fitsMasks;

    Plan(Instrument instrument) {
      SurveyTally.Recorder probe = SurveyTally.recorder(instrument);
      boolean fits = true;
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q) {
          add(probe, q.id(), Kind.SINGLE, codes(q.options()));
        } else if (question instanceof MultipleChoice q) {
          fits &= add(probe, q.id(), Kind.MULTIPLE, codes(q.options())) <= 64;
        } else if (question instanceof Ranking q) {
          fits &= add(probe, q.id(), Kind.RANKED, codes(q.options())) <= 64;
        } else if (question instanceof Grid q) {
          List<String> points = instrument.scale(q.scale()).orElseThrow().points().stream()
              .map(ScalePoint::code).toList();
          for (GridStatement statement : q.statements()) {
            add(probe, statement.id(), Kind.POINT, points);
          }
        } else if (question instanceof FreeText q) {
          add(probe, q.id(), Kind.TEXT, List.of());
        }
      }
      fitsMasks = fits;
    }

    private static List<String> codes(List<ChoiceOption> options) {
      return options.stream().map(ChoiceOption::code).toList();
    }

    private int add(SurveyTally.Recorder probe, ItemId item, Kind kind, List<String> codes) {
      int number = probe.item(item);
      while (kinds.size() <= number) {
        kinds.add(null);
        categories.add(null);
      }
      Map<String, Integer> byCode = new HashMap<>();
      for (String code : codes) {
        byCode.put(code, probe.category(number, code));
      }
      items.put(item, number);
      kinds.set(number, kind);
      categories.set(number, byCode);
      return codes.size();
    }

    /**
     * Whether every multiple-response item has at most 64 categories, as the recorder's bit masks
     * require; if not, callers tally with the collector instead.
     */
    boolean fitsMasks() {
      return fitsMasks;
    }

    /** Records one response. */
    void record(SurveyTally.Recorder recorder, SurveyResponse response) {
      recorder.response();
      for (Map.Entry<ItemId, Answer> entry : response.answers().entrySet()) {
        Integer item = items.get(entry.getKey());
        if (item != null) {
          record(recorder, item, entry.getValue());
        }
      }
    }

    private void record(SurveyTally.Recorder recorder, int item, Answer answer) {
      switch (kinds.get(item)) {
        case SINGLE -> single(recorder, item, answer instanceof ChoiceAnswer c ? c.code() : null);
        case POINT -> single(recorder, item, answer instanceof PointAnswer p ? p.code() : null);
        case MULTIPLE -> multiple(recorder, item, answer instanceof SelectionAnswer s ? s.codes() : null);
        case RANKED -> multiple(recorder, item,
            answer instanceof RankingAnswer r ? List.copyOf(r.ranks().keySet()) : null);
        default -> {
          if (answer instanceof TextAnswer t && !t.text().isBlank()) {
            recorder.text(item);
          } else {
            recorder.invalid(item);
          }
        }
      }
    }

    /** Records one code, or an invalid answer if there is none (wrong kind) or the item lacks it. */
    private void single(SurveyTally.Recorder recorder, int item, String code) {
      Integer category = code == null ? null : categories.get(item).get(code);
      if (category == null) {
        recorder.invalid(item);
      } else {
        recorder.single(item, category);
      }
    }

    /** Records codes chosen or ranked, or an invalid answer if there are none (wrong kind) or one is unknown. */
    private void multiple(SurveyTally.Recorder recorder, int item, List<String> codes) {
      Map<String, Integer> byCode = categories.get(item);
      if (codes == null || !byCode.keySet().containsAll(codes)) {
        recorder.invalid(item);
      } else if (codes.isEmpty()) {
        recorder.text(item); // an empty selection is answered but names no category
      } else {
        long mask = 0;
        for (String code : codes) {
          mask |= 1L << byCode.get(code);
        }
        recorder.multiple(item, mask);
      }
    }
  }
}
