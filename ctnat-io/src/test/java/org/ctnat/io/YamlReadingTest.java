package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Documents holding characters outside the Basic Multilingual Plane (emoji, CJK extension B, ...)
 * read back wherever their surrogate pairs fall. SnakeYAML reads its input in chunks of 1,025
 * {@code char}s and, when a chunk ends on the high half of a pair, reads one more {@code char}
 * into its buffer, which a full chunk has no room for; a document whose {@code char} 1024 (or
 * 2049, 3074, ...) was a high surrogate failed with an {@link IndexOutOfBoundsException}. Found by
 * AssessmentsTest.randomAssessmentsRoundTrip (assessment seed 338383889905).
 */
class YamlReadingTest {

  private static final String EMOJI = "\uD83D\uDE00"; // U+1F600

  /** A response whose only text is {@code text}. */
  private static SurveyResponse holding(String text) {
    return SurveyResponse.to(ResponseCodecSamples.CTNAT, Respondent.of("AZEsur9"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of(text))
        .build();
  }

  /**
   * A response whose document, in the format, has the high half of {@link #EMOJI} at
   * {@code index}, counted in {@code char}s.
   */
  private static SurveyResponse withEmojiAt(int index, DocumentFormat format) {
    int start = SurveyResponses.toString(holding(EMOJI), format).indexOf(EMOJI);
    assertTrue(index >= start, "cannot place the emoji at " + index);
    SurveyResponse response = holding("a".repeat(index - start) + EMOJI + "z");
    String document = SurveyResponses.toString(response, format);
    assertEquals(index, document.indexOf(EMOJI), document);
    return response;
  }

  /** Where SnakeYAML's chunks of 1,025 chars end (1020 to 1030, ...), and the powers of two, a few chars either side. */
  private static List<Integer> boundaries() {
    TreeSet<Integer> indexes = new TreeSet<>();
    for (int k = 1; k <= 8; k++) {
      for (int d = -4; d <= 6; d++) {
        indexes.add(1025 * k - 1 + d);
      }
    }
    for (int power = 1024; power <= 8192; power *= 2) {
      for (int d = -2; d <= 2; d++) {
        indexes.add(power + d);
      }
    }
    return new ArrayList<>(indexes);
  }

  /** Reads the document in every way the SDK offers, and as a tree the ways Jackson offers. */
  private static void assertReadsBack(SurveyResponse response, DocumentFormat format, Path dir) throws IOException {
    String document = SurveyResponses.toString(response, format);
    String label = format + " with U+1F600 at " + document.indexOf(EMOJI);
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    assertEquals(response, SurveyResponses.parse(document, "string", format), label);
    assertEquals(response, SurveyResponses.read(new ByteArrayInputStream(bytes), "stream", format), label);
    Path file = dir.resolve("response." + (format == DocumentFormat.YAML ? "yaml" : "json"));
    Files.writeString(file, document, StandardCharsets.UTF_8);
    assertEquals(response, SurveyResponses.read(file), label);
    assertEquals(DocumentKinds.SURVEY_RESPONSE, DocumentKinds.of(file), label); // parses the file as a String
    ObjectMapper mapper = Documents.mapper(format);
    JsonNode tree = mapper.readTree(bytes);
    assertEquals(tree, mapper.readTree(document), label);
    assertEquals(tree, mapper.readTree(new ByteArrayInputStream(bytes)), label);
    assertEquals(tree, mapper.readTree(new StringReader(document)), label);
    char[] chars = document.toCharArray();
    try (JsonParser parser = mapper.createParser(chars)) {
      assertEquals(tree, mapper.readTree(parser), label);
    }
  }

  @Test
  void anEmojiReadsBackWhereverItFalls(@TempDir Path dir) throws IOException {
    for (DocumentFormat format : DocumentFormat.values()) {
      for (int index : boundaries()) {
        assertReadsBack(withEmojiAt(index, format), format, dir);
      }
    }
  }

  @Test
  void aTextOfEmojiReadsBackWhereverItEnds(@TempDir Path dir) throws IOException {
    // pairs all the way, so that one of every two chars at a boundary is a high surrogate
    for (DocumentFormat format : DocumentFormat.values()) {
      int start = SurveyResponses.toString(holding(EMOJI), format).indexOf(EMOJI);
      for (int index : boundaries()) {
        int pairs = Math.max(0, index - start) / 2;
        assertReadsBack(holding(EMOJI.repeat(pairs) + "\uD840\uDC00" + EMOJI.repeat(3)), format, dir);
      }
    }
  }

  /** Pieces of the random texts: mostly pairs, and characters of one, two and three UTF-8 bytes. */
  private static final List<String> PIECES = List.of(EMOJI, "\uD840\uDC00", "\uD834\uDD1E", "\uDBFF\uDFFD",
      "\uD83C\uDDE6\uD83C\uDDFF", "a", "Z", " ", "\u00e9", "\u0259", "\u4e2d", "\uFFFD", "\n", ": ", "#");

  private static final Gen<String> TEXTS = lists().of(integers().between(0, PIECES.size() - 1))
      .ofSizeBetween(0, 3000)
      .map(pieces -> pieces.stream().map(PIECES::get).collect(Collectors.joining()))
      .describedAs(text -> text.length() + " chars: " + text);

  @Test
  void randomTextsRichInPairsReadBack() {
    qt().withExamples(300).forAll(integers().between(0, 1100), TEXTS).checkAssert((padding, text) -> {
      SurveyResponse response = holding("a".repeat(padding) + text);
      for (DocumentFormat format : DocumentFormat.values()) {
        String document = SurveyResponses.toString(response, format);
        assertEquals(response, SurveyResponses.parse(document, "random", format), format.toString());
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        assertEquals(response, SurveyResponses.read(new ByteArrayInputStream(bytes), "random", format));
        ObjectMapper mapper = Documents.mapper(format);
        assertEquals(mapper.readTree(bytes), mapper.readTree(document), format.toString());
      }
    });
  }

  /**
   * Assessments whose YAML documents failed: those AssessmentsTest.randomAssessmentsRoundTrip found
   * in the run with QuickTheories seed 31768267774540 (338383889905 the smallest) that still fail
   * without the fix with today's sample data, the smallest the same run finds now (260937718002),
   * and one more found by another run (-356862773889).
   */
  private static final long[] FOUND = {338383889905L, 934884869769L, 1437896955596L, 22664579643048L,
      34267292758999L, 48614361316641L, 247380734685479L, 327350919360800L, 784712205592521L, 836466753057409L,
      260937718002L, -356862773889L};

  private static void assertAssessmentRoundTrips(long seed) {
    AssessmentsTest.roundTrips(seed);
  }

  @Test
  void theAssessmentsFoundReadBack() {
    for (long seed : FOUND) {
      assertAssessmentRoundTrips(seed);
    }
  }

  @Test
  void theRunThatFoundThemPasses() {
    // the first 92 examples of that run held a failure; with the sample data of today too
    qt().withFixedSeed(31768267774540L).withExamples(100).forAll(longs().all())
        .checkAssert(YamlReadingTest::assertAssessmentRoundTrips);
  }

  // ---------------------------------------------------------------- the reader SnakeYAML reads through

  /**
   * The chunks SnakeYAML 3.0.1's StreamReader.update takes from a reader: a read into its whole
   * buffer of {@code bufferSize + 1} chars, and one char more after a high surrogate; after a
   * chunk ending in an unpaired high surrogate at the end of the input, where SnakeYAML fails, the
   * list ends with "EOF".
   */
  private static List<String> snakeYamlChunks(Reader reader, int bufferSize) throws IOException {
    char[] buffer = new char[bufferSize + 1];
    List<String> chunks = new ArrayList<>();
    for (int n = reader.read(buffer); n > 0; n = reader.read(buffer)) {
      if (Character.isHighSurrogate(buffer[n - 1])) {
        if (reader.read(buffer, n, 1) == -1) {
          chunks.add(new String(buffer, 0, n));
          chunks.add("EOF");
          return chunks;
        }
        n++;
      }
      chunks.add(new String(buffer, 0, n));
    }
    return chunks;
  }

  /** SnakeYAML's chunks from a reader of its own, or null where the reader fails as in the bug. */
  private static List<String> snakeYamlRawChunks(Reader reader, int bufferSize) throws IOException {
    try {
      return snakeYamlChunks(reader, bufferSize);
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static void assertSameWhereRawReads(List<String> raw, List<String> paired) {
    if (raw != null) {
      assertEquals(raw, paired);
    }
  }

  /** A reader that returns at most a few chars a read, as a network stream might. */
  private static final class Trickle extends Reader {
    private final Reader in;
    private final Random random;

    Trickle(String text, long seed) {
      this.in = new StringReader(text);
      this.random = new Random(seed);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, 1 + random.nextInt(4)));
    }

    @Override
    public void close() {}
  }

  /** Pieces of texts for the reader alone: pairs, unpaired halves of pairs, and other chars. */
  private static final List<String> HALVES = List.of(EMOJI, "\uD840\uDC00", "\uD83D", "\uDE00", "a", "\u00e9",
      "\u4e2d", "\n");

  /**
   * Read through the SDK's reader, SnakeYAML finds room for the char after a high surrogate
   * whatever the chunks the reader under it returns, and takes the same chunks as from that reader
   * itself wherever that one did not fail; an unpaired high surrogate at the end still fails.
   */
  @Test
  void theReaderGivesSnakeYamlTheSameChunksWhereverTheReaderDidNotFail() {
    Gen<String> texts = lists().of(integers().between(0, HALVES.size() - 1)).ofSizeBetween(0, 2500)
        .map(pieces -> pieces.stream().map(HALVES::get).collect(Collectors.joining()));
    qt().withExamples(400).forAll(texts, integers().between(0, 5), longs().all())
        .checkAssert((text, size, seed) -> {
          int bufferSize = new int[] {1, 2, 3, 7, 64, 1024}[size];
          try {
            List<String> paired = snakeYamlChunks(new YamlStyles.PairSafeReader(new StringReader(text)), bufferSize);
            List<String> trickled = snakeYamlChunks(new YamlStyles.PairSafeReader(new Trickle(text, seed)), bufferSize);
            int last = text.length() - 1;
            boolean highAtEnd = last >= 0 && Character.isHighSurrogate(text.charAt(last));
            // SnakeYAML takes one char after a high surrogate: after "\uD83D\uD83D" at the end it finds no end
            boolean alone = highAtEnd && (last == 0 || !Character.isHighSurrogate(text.charAt(last - 1)));
            for (List<String> chunks : List.of(paired, trickled)) {
              boolean failed = !chunks.isEmpty() && chunks.get(chunks.size() - 1).equals("EOF");
              assertTrue(failed ? highAtEnd : !alone, "EOF");
              assertEquals(text, String.join("", failed ? chunks.subList(0, chunks.size() - 1) : chunks));
            }
            assertSameWhereRawReads(snakeYamlRawChunks(new StringReader(text), bufferSize), paired);
            assertSameWhereRawReads(snakeYamlRawChunks(new Trickle(text, seed), bufferSize), trickled);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  // ---------------------------------------------------------------- malformed input, as before

  private static JacksonException yamlFails(String document) {
    return assertThrows(JacksonException.class, () -> Documents.mapper(DocumentFormat.YAML).readTree(document));
  }

  @Test
  void anUnpairedHighSurrogateIsStillRefused() {
    for (int length : new int[] {0, 1, 100, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 2048, 2049, 2050}) {
      String padding = "a: " + "b".repeat(length);
      JacksonException atEnd = yamlFails(padding + "\uD83D");
      assertTrue(atEnd.getOriginalMessage().contains("The last char is HighSurrogate (no LowSurrogate detected)"),
          atEnd.getOriginalMessage());
      JacksonException inside = yamlFails(padding + "\uD83Dc");
      assertTrue(inside.getOriginalMessage().contains("special characters are not allowed"),
          inside.getOriginalMessage());
      JacksonException twice = yamlFails(padding + "\uD83D\uD83D\uDE00");
      assertTrue(twice.getOriginalMessage().contains("special characters are not allowed"),
          twice.getOriginalMessage());
      JacksonException low = yamlFails(padding + "\uDE00c");
      assertTrue(low.getOriginalMessage().contains("special characters are not allowed"), low.getOriginalMessage());
    }
  }

  @Test
  void malformedUtf8IsStillRefused() {
    byte[] document = "a: b\u00e9\n".getBytes(StandardCharsets.UTF_8);
    document[document.length - 2] = (byte) 0xC3; // 0xC3 0xC3: a lead byte where a continuation byte belongs
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> SurveyResponses.read(new ByteArrayInputStream(document), "bad.yaml", DocumentFormat.YAML));
    assertTrue(e.problem().startsWith("malformed YAML: "), e.problem());
  }

  // ---------------------------------------------------------------- failures inside SnakeYAML

  /** A reader failing as the SnakeYAML bug did: with an unchecked exception, not an IOException. */
  private static final class FailingReader extends Reader {
    private final Reader in;
    private final int failAfter;
    private int read;

    FailingReader(String text, int failAfter) {
      this.in = new StringReader(text);
      this.failAfter = failAfter;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (read >= failAfter) {
        throw new IndexOutOfBoundsException("Range [1025, 1025 + 1) out of bounds for length 1025");
      }
      int n = in.read(buffer, offset, Math.min(length, failAfter - read));
      read += Math.max(0, n);
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void anUncheckedFailureInsideSnakeYamlIsALocatedReadError() {
    ObjectMapper mapper = Documents.mapper(DocumentFormat.YAML);
    String document = "format: ctnat\nformatVersion: 1\nkind: surveyResponse\n";
    JacksonException e = assertThrows(JacksonException.class,
        () -> mapper.readTree(new FailingReader(document, 20)));
    assertInstanceOf(IndexOutOfBoundsException.class, e.getCause());
    assertTrue(e.getOriginalMessage().contains("IndexOutOfBoundsException"), e.getOriginalMessage());
    assertTrue(e.getLocation() != null && e.getLocation().getLineNr() >= 1, String.valueOf(e.getLocation()));
  }
}
