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
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.SurveyResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
    /** The current line: {@code lineLength} bytes of {@code lineArray} from {@code lineOffset}. */
    private byte[] lineArray = line;
    private int lineOffset;
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
      byte[] bytes = currentLine();
      Node payload = Documents.parseEnvelope(bytes, source, DocumentFormat.JSON, KIND);
      payload.allowOnly("instrument");
      header = payload.required("instrument").build(ResponseCodec::instrumentRef);
    }

    /** The name of the source in errors. */
    String source() {
      return source;
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
      SurveyResponse response = parse(currentLine());
      count++;
      return response;
    }

    /** A copy of the current line's bytes. */
    private byte[] currentLine() {
      return Arrays.copyOfRange(lineArray, lineOffset, lineOffset + lineLength);
    }

    /**
     * Tallies the rest of the stream: each line is decoded straight from its tokens onto the
     * recorder when it is an ordinary response (see {@link Decoder}), and read as a {@link
     * SurveyResponse} otherwise, with the same result and the same errors as reading every line
     * as a response and recording it with {@link Plan#record}.
     *
     * @param decoder the decoder of the instrument tallied against
     * @param sink where each response goes: decoded in {@code decoder}, or read as {@code response}
     * @param check called with each response read the slow way, before it goes to the sink
     */
    void decodeRemaining(Decoder decoder, DecodedSink sink, java.util.function.Consumer<SurveyResponse> check) {
      if (next != null) {
        SurveyResponse response = next;
        next = null;
        check.accept(response);
        sink.accept(null, response);
      }
      while (readLine()) {
        if (count >= limits.maxResponses()) {
          throw new CtnatReadException(source, "", lineNumber, 0, "more than " + limits.maxResponses()
              + " responses; the limit is " + limits.maxResponses() + " per stream (raise it with "
              + "SurveyResponses.Limits)" + readBefore(), null);
        }
        if (decoder.decode(lineArray, lineOffset, lineLength)) {
          count++;
          sink.accept(decoder, null);
        } else {
          SurveyResponse response = parse(currentLine());
          count++;
          check.accept(response);
          sink.accept(null, response);
        }
      }
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
        return root.build(r -> ResponseCodec.readResponse(r,
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
      lineArray = line;
      lineOffset = 0;
      boolean any = false;
      boolean copied = false;
      while (true) {
        if (position == limit) {
          if (endOfInput || !fill()) {
            break;
          }
        }
        any = true;
        int end = position;
        byte[] b = buffer;
        int stop = limit;
        while (end < stop && b[end] != '\n') {
          end++;
        }
        boolean found = end < limit;
        if (found && !copied) {
          // the whole line is in the buffer: use it where it is
          checkLength(end - position);
          lineArray = buffer;
          lineOffset = position;
          lineLength = end - position;
          position = end + 1;
          break;
        }
        append(position, end);
        copied = true;
        position = found ? end + 1 : end;
        if (found) {
          break;
        }
      }
      if (!any) {
        return false;
      }
      if (copied) {
        lineArray = line; // grown while appending
      }
      lineNumber++;
      if (lineLength > 0 && lineArray[lineOffset + lineLength - 1] == '\r') {
        lineLength--;
      }
      return true;
    }

    private void checkLength(int length) {
      if (length > limits.maxLineBytes()) {
        throw new CtnatReadException(source, "", lineNumber + 1, 0, "the line is longer than the limit of "
            + limits.maxLineBytes() + " bytes (raise it with SurveyResponses.Limits)" + readBefore(), null);
      }
    }

    private void append(int from, int to) {
      int length = to - from;
      checkLength(lineLength + length);
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
    enum Kind { SINGLE, MULTIPLE, RANKED, POINT, TEXT }

    final Map<ItemId, Integer> items = new HashMap<>();
    final List<Kind> kinds = new ArrayList<>();
    final List<Map<String, Integer>> categories = new ArrayList<>();
    /** For each ranking item, how many ranks it allows (absent for other items). */
    final Map<Integer, Integer> maxRanks = new HashMap<>();
    /** The profile attribute each profile question records. */
    final Map<ItemId, ProfileAttribute> profiles = new HashMap<>();
    private final boolean fitsMasks;

    Plan(Instrument instrument) {
      SurveyTally.Recorder probe = SurveyTally.recorder(instrument);
      boolean fits = true;
      for (Question question : instrument.survey().questions()) {
        if (question instanceof SingleChoice q) {
          add(probe, q.id(), Kind.SINGLE, codes(q.options()));
          q.profile().ifPresent(attribute -> profiles.put(q.id(), attribute));
        } else if (question instanceof MultipleChoice q) {
          fits &= add(probe, q.id(), Kind.MULTIPLE, codes(q.options())) <= 64;
        } else if (question instanceof Ranking q) {
          fits &= add(probe, q.id(), Kind.RANKED, codes(q.options())) <= 64;
          maxRanks.put(items.get(q.id()), q.maxRanked());
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

    /** Records one response read the slow way, exactly as the collector counts it. */
    void record(SurveyTally.Recorder recorder, SurveyResponse response) {
      recorder.add(response);
    }
  }

  /** Where {@link Reader#decodeRemaining} sends each response: exactly one argument is not null. */
  @FunctionalInterface
  interface DecodedSink {
    /**
     * Takes one response.
     *
     * @param decoded the decoder holding the response decoded from tokens, or null
     * @param response the response read the slow way, or null
     */
    void accept(Decoder decoded, SurveyResponse response);
  }

  /**
   * Decodes an ordinary response line straight from Jackson's tokens into per-item categories,
   * without a tree or a {@link SurveyResponse}: the fast path of the streaming tallies.
   *
   * <p>It only accepts what it can decode exactly as {@link ResponseCodec#readResponse} followed
   * by {@link Plan#record} would count it: an object with a {@code respondent} (a valid id and
   * known profile attributes, no personal data) and {@code answers}, each answer of its item's
   * kind with codes the item has, no {@code instrument} member. Anything else — malformed JSON,
   * an unknown member or code, a wrong kind, an item the survey lacks — makes {@link #decode}
   * return false, and the caller reads the line the slow way, which either counts it or throws
   * the located error. Nothing is recorded for a line until it has been decoded completely.
   * Not thread-safe; one per stream.
   */
  static final class Decoder {
    private static final byte NONE = 0;
    private static final byte SINGLE = 1;
    private static final byte MULTIPLE = 2;
    private static final byte TEXT = 3;
    private static final byte INVALID = 4;
    private static final ProfileAttribute[] ATTRIBUTES = ProfileAttribute.values();

    private final Map<String, Integer> itemNumbers = new HashMap<>();
    private final Plan.Kind[] kinds;
    private final char[][][] codes;
    private final String[][] codeStrings;
    private final int[][] profileItems = new int[ATTRIBUTES.length][];
    private final int[] maxRank;
    private final byte[] state;
    private final int[] category;
    private final long[] mask;
    private final int[] touched;
    private int touchedCount;
    private final String[] profile = new String[ATTRIBUTES.length];

    Decoder(Plan plan) {
      int size = plan.kinds.size();
      kinds = new Plan.Kind[size];
      maxRank = new int[size];
      plan.maxRanks.forEach((item, limit) -> maxRank[item] = limit);
      codes = new char[size][][];
      codeStrings = new String[size][];
      for (Map.Entry<ItemId, Integer> entry : plan.items.entrySet()) {
        int item = entry.getValue();
        itemNumbers.put(entry.getKey().value(), item);
        kinds[item] = plan.kinds.get(item);
        Map<String, Integer> byCode = plan.categories.get(item);
        codes[item] = new char[byCode.size()][];
        codeStrings[item] = new String[byCode.size()];
        byCode.forEach((code, number) -> {
          codes[item][number] = code.toCharArray();
          codeStrings[item][number] = code;
        });
      }
      for (ProfileAttribute attribute : ATTRIBUTES) {
        profileItems[attribute.ordinal()] = plan.profiles.entrySet().stream()
            .filter(e -> e.getValue() == attribute).mapToInt(e -> plan.items.get(e.getKey())).sorted().toArray();
      }
      state = new byte[size];
      category = new int[size];
      mask = new long[size];
      touched = new int[size];
    }

    /**
     * Decodes one line.
     *
     * @return true if the line is an ordinary response, now held by this decoder; false if it
     *     must be read the slow way
     */
    boolean decode(byte[] bytes, int offset, int length) {
      for (int i = 0; i < touchedCount; i++) {
        state[touched[i]] = NONE;
      }
      touchedCount = 0;
      Arrays.fill(profile, null);
      try (JsonParser parser = Documents.mapper(DocumentFormat.JSON).createParser(bytes, offset, length)) {
        return root(parser) && parser.nextToken() == null;
      } catch (JacksonException e) {
        return false;
      }
    }

    private boolean root(JsonParser p) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean respondent = false;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if ("answers".equals(name)) {
          if (!answers(p)) {
            return false;
          }
        } else if ("respondent".equals(name)) {
          if (!respondent(p)) {
            return false;
          }
          respondent = true;
        } else {
          return false;
        }
      }
      return respondent && p.currentToken() == JsonToken.END_OBJECT;
    }

    private boolean respondent(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean id = false;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        if ("id".equals(name)) {
          if (token != JsonToken.VALUE_STRING || !isId(p.getStringCharacters(), p.getStringOffset(),
              p.getStringLength())) {
            return false;
          }
          id = true;
        } else if ("profile".equals(name)) {
          if (token != JsonToken.START_OBJECT) {
            return false;
          }
          for (String key = p.nextName(); key != null; key = p.nextName()) {
            int attribute = attribute(key);
            if (attribute < 0 || p.nextToken() != JsonToken.VALUE_STRING) {
              return false;
            }
            profile[attribute] = p.getString();
          }
        } else {
          return false; // personal data and anything unexpected: the slow way
        }
      }
      return id;
    }

    private static int attribute(String key) {
      for (ProfileAttribute attribute : ATTRIBUTES) {
        if (attribute.key().equals(key)) {
          return attribute.ordinal();
        }
      }
      return -1;
    }

    /** Whether the characters match {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, as ids must. */
    private static boolean isId(char[] chars, int offset, int length) {
      if (length < 1 || length > 64) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char c = chars[offset + i];
        boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != '-')) {
          return false;
        }
      }
      return true;
    }

    private boolean answers(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        Integer item = itemNumbers.get(name);
        if (item == null || state[item] != NONE || p.nextToken() != JsonToken.START_OBJECT
            || !answer(p, item)) {
          return false;
        }
        touched[touchedCount++] = item;
      }
      return true;
    }

    private boolean answer(JsonParser p, int item) {
      Plan.Kind kind = kinds[item];
      boolean given = false;
      boolean other = false;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        if ("other".equals(name)) {
          if (token != JsonToken.VALUE_STRING || other) {
            return false;
          }
          other = true;
          continue;
        }
        if (given) {
          return false;
        }
        given = true;
        boolean decoded = switch (kind) {
          case SINGLE -> "choice".equals(name) && single(p, token, item);
          case POINT -> "point".equals(name) && single(p, token, item);
          case MULTIPLE -> "selection".equals(name) && selection(p, token, item);
          case RANKED -> "ranking".equals(name) && ranking(p, token, item);
          case TEXT -> "text".equals(name) && text(p, token, item);
        };
        if (!decoded) {
          return false;
        }
      }
      return given && !(other && (kind == Plan.Kind.POINT || kind == Plan.Kind.TEXT));
    }

    private boolean single(JsonParser p, JsonToken token, int item) {
      int c = token == JsonToken.VALUE_STRING ? code(p, item) : -1;
      if (c < 0) {
        return false;
      }
      state[item] = SINGLE;
      category[item] = c;
      return true;
    }

    private boolean selection(JsonParser p, JsonToken token, int item) {
      if (token != JsonToken.START_ARRAY) {
        return false;
      }
      long chosen = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        int c = t == JsonToken.VALUE_STRING ? code(p, item) : -1;
        if (c < 0) {
          return false;
        }
        chosen |= 1L << c;
      }
      return multiple(item, chosen);
    }

    private boolean ranking(JsonParser p, JsonToken token, int item) {
      if (token != JsonToken.START_OBJECT) {
        return false;
      }
      long ranked = 0;
      long ranks = 0;
      int given = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        int c = code(name, item);
        if (c < 0 || p.nextToken() != JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() != JsonParser.NumberType.INT) {
          return false;
        }
        int rank = p.getIntValue();
        if (rank < 1 || rank > 64 || (ranks & (1L << (rank - 1))) != 0 || (ranked & (1L << c)) != 0) {
          return false; // a rank out of range or repeated: the slow way counts it invalid
        }
        ranks |= 1L << (rank - 1);
        ranked |= 1L << c;
        given++;
      }
      if (given > maxRank[item] || ranks != (given == 64 ? -1L : (1L << given) - 1)) {
        return false; // a rank left out, or more ranks than the question allows
      }
      return multiple(item, ranked);
    }

    private boolean multiple(int item, long chosen) {
      state[item] = MULTIPLE; // the recorder judges the question's limits, an empty choice too
      mask[item] = chosen;
      return true;
    }

    private boolean text(JsonParser p, JsonToken token, int item) {
      if (token != JsonToken.VALUE_STRING) {
        return false;
      }
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      int end = offset + p.getStringLength();
      state[item] = INVALID; // blank
      for (int i = offset; i < end; i++) {
        if (!Character.isWhitespace(chars[i])) {
          state[item] = TEXT;
          break;
        }
      }
      return true;
    }

    /** The category of the current string value, or -1 if the item has no such code. */
    private int code(JsonParser p, int item) {
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      int length = p.getStringLength();
      char[][] known = codes[item];
      for (int c = 0; c < known.length; c++) {
        char[] code = known[c];
        if (code.length == length && Arrays.equals(code, 0, length, chars, offset, offset + length)) {
          return c;
        }
      }
      return -1;
    }

    private int code(String name, int item) {
      String[] known = codeStrings[item];
      for (int c = 0; c < known.length; c++) {
        if (known[c].equals(name)) {
          return c;
        }
      }
      return -1;
    }

    /** Records the decoded response on a recorder of the instrument. */
    void record(SurveyTally.Recorder recorder) {
      recorder.response();
      for (int i = 0; i < touchedCount; i++) {
        int item = touched[i];
        switch (state[item]) {
          case SINGLE -> recorder.single(item, category[item]);
          case MULTIPLE -> recorder.multiple(item, mask[item]);
          case TEXT -> recorder.text(item);
          default -> recorder.invalid(item);
        }
      }
    }

    /**
     * The decoded response's value of a profile attribute, as {@link
     * SurveyResponse#profile(Instrument)} gives it: the answer to the attribute's question, else
     * the respondent's profile.
     *
     * @return the code, or null if there is none
     */
    String profile(ProfileAttribute attribute) {
      String value = profile[attribute.ordinal()];
      for (int item : profileItems[attribute.ordinal()]) { // in survey order: the last answer wins
        if (state[item] == SINGLE) {
          value = codeStrings[item][category[item]];
        }
      }
      return value;
    }
  }
}
