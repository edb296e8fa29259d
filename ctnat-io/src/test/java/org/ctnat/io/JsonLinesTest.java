package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey responses as JSON lines: a header, one response per line, read lazily in bounded memory,
 * tallied straight into recorders, and every bad line reported with its number.
 */
class JsonLinesTest {

  private static final Instrument CTNAT = ResponseCodecSamples.CTNAT;
  private static final String HEADER = "{\"format\":\"ctnat\",\"formatVersion\":1,\"kind\":\"surveyResponses\","
      + "\"surveyResponses\":{\"instrument\":{\"id\":\"ctnat-2016\",\"version\":\"2016.1\"}}}";

  private static List<SurveyResponse> responses(long seed, int count) {
    Random random = new Random(seed);
    return IntStream.range(0, count).mapToObj(i -> ResponseCodecSamples.surveyResponse(random)).toList();
  }

  private static String lines(List<SurveyResponse> responses, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(responses.size(), SurveyResponses.writeLines(CTNAT, responses, out, options));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<SurveyResponse> read(String text) {
    List<SurveyResponse> read = new ArrayList<>();
    int count = SurveyResponses.readLines(in(text), "lines.jsonl", read::add);
    assertEquals(read.size(), count);
    return read;
  }

  private static CtnatReadException fails(String text) {
    return assertThrows(CtnatReadException.class, () -> read(text));
  }

  @Test
  void theHeaderIsAnEnvelopeAndEachResponseIsOneLineWithoutTheInstrument() {
    String text = lines(List.of(ResponseCodecSamples.surveyResponse(), ResponseCodecSamples.invalidSurveyResponse()),
        WriteOptions.DEFAULT);
    List<String> lines = text.lines().toList();
    assertEquals(3, lines.size());
    assertEquals(HEADER, lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"respondent\":{\"id\":\"AZEsur1\""), lines.get(1));
    assertTrue(lines.stream().skip(1).noneMatch(line -> line.contains("\"instrument\"")), text);
    assertTrue(text.endsWith("}\n"));
  }

  /** read(write(xs)) equals xs; without the option, personal data is left out of every line. */
  @Test
  void randomStreamsRoundTrip() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, count) -> {
      List<SurveyResponse> responses = responses(seed, count);
      assertEquals(responses, read(lines(responses, WriteOptions.includingPersonalData())));
      assertEquals(responses.stream().map(SurveyResponsesTest::withoutPersonalData).toList(),
          read(lines(responses, WriteOptions.DEFAULT)));
    });
  }

  /** Tallying the lines gives the tally of the responses, invalid answers included. */
  @Test
  void tallyAndDisaggregationOfTheLinesEqualThoseOfTheResponses() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, count) -> {
      List<SurveyResponse> responses = new ArrayList<>(responses(seed, count));
      responses.add(ResponseCodecSamples.surveyResponse());
      responses.add(ResponseCodecSamples.invalidSurveyResponse());
      responses.add(SurveyResponse.to(CTNAT, Respondent.of("AZEsur0"))
          .putAnswer(ItemId.of("2.1"), SelectionAnswer.of()).build());
      String text = lines(responses, WriteOptions.DEFAULT);
      assertEquals(SurveyTally.of(CTNAT, responses), SurveyResponses.tallyLines(CTNAT, in(text), "lines"));
      List<ProfileAttribute> by = List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);
      assertEquals(Disaggregation.of(CTNAT, responses, ProfileAttribute.COUNTRY, ProfileAttribute.GENDER),
          SurveyResponses.disaggregateLines(CTNAT, in(text), "lines", by));
    });
  }

  /** An item with more than 64 options cannot use the recorder's bit masks; the tally is still exact. */
  @Test
  void itemsWithManyOptionsAreTalliedExactly() {
    var question = MultipleChoice.builder().id(ItemId.of("2.7")).text(LocalizedText.of("Which of these?"));
    IntStream.range(0, 70).forEach(i -> question.addOption(ChoiceOption.builder().code("o" + i)
        .label(LocalizedText.of("Option " + i)).build()));
    Instrument wide = CTNAT.derive().version("2016.1-wide").addQuestion(SectionId.of("2"), question.build())
        .build();
    List<SurveyResponse> responses = List.of(
        SurveyResponse.to(wide, Respondent.of("AZEsur1")).putAnswer(ItemId.of("2.7"), SelectionAnswer.of("o69", "o1"))
            .putAnswer(ItemId.of("1.6"), org.ctnat.core.response.ChoiceAnswer.of("female")).build(),
        SurveyResponse.to(wide, Respondent.of("AZEsur2")).putAnswer(ItemId.of("2.7"), SelectionAnswer.of("o69"))
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SurveyResponses.writeLines(wide, responses, out);
    SurveyTally tally = SurveyResponses.tallyLines(wide, new ByteArrayInputStream(out.toByteArray()), "wide");
    assertEquals(SurveyTally.of(wide, responses), tally);
    assertEquals(2, tally.tally(ItemId.of("2.7")).counts().get(69));
    assertEquals(Disaggregation.of(wide, responses, ProfileAttribute.GENDER), SurveyResponses.disaggregateLines(
        wide, new ByteArrayInputStream(out.toByteArray()), "wide", List.of(ProfileAttribute.GENDER)));
  }

  @Test
  void aBadLineStopsTheReadingWithItsNumberAndTheCountBeforeIt() {
    List<String> lines = new ArrayList<>(lines(responses(7, 5), WriteOptions.DEFAULT).lines().toList());
    lines.set(3, lines.get(3).replace("\"respondent\"", "\"respondant\""));
    List<SurveyResponse> passedOn = new ArrayList<>();
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> SurveyResponses.readLines(
        in(String.join("\n", lines)), "survey.jsonl", passedOn::add));
    assertEquals(2, passedOn.size());
    assertEquals(4, e.line().orElseThrow());
    assertEquals("/respondant", e.pointer());
    assertTrue(e.column().isPresent());
    assertTrue(e.problem().contains("unknown member 'respondant'"), e.problem());
    assertTrue(e.problem().contains("2 responses were read before this line"), e.problem());
    assertTrue(e.getMessage().startsWith("survey.jsonl:4:"), e.getMessage());
  }

  @Test
  void malformedJsonOnALineIsReportedAtThatLine() {
    String text = HEADER + "\n{\"respondent\":{\"id\":\"AZEsur1\"},\"answers\":{}}\n{\"respondent\":{\"id\":\n";
    CtnatReadException e = fails(text);
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
    assertTrue(e.problem().contains("1 response was read before this line"), e.problem());
  }

  @Test
  void aHostileLongLineIsRefusedWithoutReadingItWhole() {
    InputStream endless = new SequenceInputStream(in(HEADER + "\n{\"respondent\":{\"id\":\"AZEsur1\"}}\n"),
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }
        });
    CtnatReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        CtnatReadException.class, () -> SurveyResponses.readLines(endless, "endless", r -> { })));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.problem().contains("longer than the limit of " + SurveyResponses.Limits.DEFAULT_MAX_LINE_BYTES),
        e.problem());
  }

  @Test
  void limitsCanBeLoweredAndRaised() {
    String text = lines(responses(3, 4), WriteOptions.DEFAULT);
    SurveyResponses.Limits three = SurveyResponses.Limits.DEFAULT.withMaxResponses(3);
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> SurveyResponses.readLines(in(text), "four", three, r -> { }));
    assertEquals(5, e.line().orElseThrow());
    assertTrue(e.problem().contains("more than 3 responses"), e.problem());
    assertEquals(4, SurveyResponses.readLines(in(text), "four", three.withMaxResponses(4), r -> { }));
    int longest = text.lines().mapToInt(String::length).max().orElseThrow();
    assertThrows(CtnatReadException.class, () -> SurveyResponses.readLines(in(text), "short",
        SurveyResponses.Limits.DEFAULT.withMaxLineBytes(longest - 1), r -> { }));
    assertThrows(IllegalArgumentException.class, () -> SurveyResponses.Limits.DEFAULT.withMaxResponses(0));
    assertThrows(IllegalArgumentException.class,
        () -> SurveyResponses.Limits.DEFAULT.withMaxLineBytes(Documents.MAX_DOCUMENT_BYTES + 1));
  }

  @Test
  void lineEndsMayBeCrlfAndTheLastLineMayLackOne() {
    List<SurveyResponse> responses = responses(11, 3);
    String text = lines(responses, WriteOptions.DEFAULT);
    assertEquals(read(text), read(text.replace("\n", "\r\n")));
    assertEquals(read(text), read(text.substring(0, text.length() - 1)));
  }

  @Test
  void aBlankLineIsRefusedRatherThanSkipped() {
    String text = lines(responses(5, 2), WriteOptions.DEFAULT).replaceFirst("\n", "\n\n");
    CtnatReadException e = fails(text);
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.problem().contains("the line is blank"), e.problem());
  }

  @Test
  void theHeaderMustComeFirstAndBeOfItsKind() {
    CtnatReadException empty = fails("");
    assertTrue(empty.problem().contains("the stream is empty"), empty.problem());
    CtnatReadException headless = fails("{\"respondent\":{\"id\":\"AZEsur1\"}}\n");
    assertEquals(1, headless.line().orElseThrow());
    assertEquals("", headless.pointer());
    assertTrue(headless.problem().contains("missing required member 'format'"), headless.problem());
    CtnatReadException kind = fails(HEADER.replace("\"kind\":\"surveyResponses\"", "\"kind\":\"surveyResponse\""));
    assertTrue(kind.problem().contains("kind must be 'surveyResponses'"), kind.problem());
    CtnatReadException member = fails(HEADER.replace("{\"instrument\"", "{\"weights\":1,\"instrument\""));
    assertEquals("/surveyResponses/weights", member.pointer());
  }

  @Test
  void twoValuesOnOneLineAreRefused() {
    CtnatReadException e = fails(HEADER + "\n{\"respondent\":{\"id\":\"A\"}} {\"respondent\":{\"id\":\"B\"}}\n");
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.problem().contains("Trailing token"), e.problem());
  }

  @Test
  void aResponseToAnotherInstrumentKeepsItsOwnOnItsLine() {
    SurveyResponse other = ResponseCodecSamples.surveyResponse(new Random(1), "GEOsur1",
        InstrumentId.of("ctnat-2016-geo"), "1");
    String text = lines(List.of(ResponseCodecSamples.surveyResponse(), other), WriteOptions.DEFAULT);
    assertTrue(text.lines().toList().get(2).contains("\"instrument\":{\"id\":\"ctnat-2016-geo\""), text);
    assertEquals(SurveyResponsesTest.withoutPersonalData(other), read(text).get(1));
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> SurveyResponses.tallyLines(CTNAT, in(text), "mixed"));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.problem().contains("the response answers ctnat-2016-geo 1"), e.problem());
  }

  @Test
  void aStreamOfAnotherInstrumentVersionIsNotTallied() {
    String text = lines(responses(2, 2), WriteOptions.DEFAULT).replace("\"2016.1\"", "\"2016.2\"");
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> SurveyResponses.tallyLines(CTNAT, in(text), "v2"));
    assertEquals(1, e.line().orElseThrow());
    assertEquals("/surveyResponses/instrument", e.pointer());
    assertTrue(e.problem().contains("ctnat-2016 2016.2"), e.problem());
  }

  @Test
  void theStreamIsReadLazily() {
    String text = lines(responses(9, 3), WriteOptions.DEFAULT) + "not json\n";
    try (Stream<SurveyResponse> stream = SurveyResponses.lines(in(text), "lazy")) {
      assertEquals(2, stream.limit(2).count());
    }
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> SurveyResponses.lines(in(text), "lazy").count());
    assertEquals(5, e.line().orElseThrow());
  }

  @Test
  void filesAreReadAndWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("survey.jsonl");
    List<SurveyResponse> responses = responses(13, 5);
    assertEquals(5, SurveyResponses.writeLines(CTNAT, responses, file, WriteOptions.includingPersonalData()));
    List<SurveyResponse> read = new ArrayList<>();
    assertEquals(5, SurveyResponses.readLines(file, read::add));
    assertEquals(responses, read);
    try (Stream<SurveyResponse> stream = SurveyResponses.lines(file)) {
      assertEquals(responses, stream.collect(Collectors.toList()));
    }
    SurveyResponses.writeLines(CTNAT, responses, file);
    assertEquals(responses.stream().map(SurveyResponsesTest::withoutPersonalData).toList(), read(Files.readString(file)));
  }

  /** Fifty thousand responses generated on the fly are tallied without ever being held together. */
  @Test
  void longStreamsAreTalliedInOnePass() {
    int count = 50_000;
    String line = "{\"respondent\":{\"id\":\"AZEsur1\"},\"answers\":{\"1.6\":{\"choice\":\"female\"},"
        + "\"3.1.4\":{\"point\":\"adequate\"},\"8.1\":{\"ranking\":{\"J\":1,\"A\":2,\"G\":3}}}}\n";
    InputStream generated = new InputStream() {
      private int lines = -1;
      private byte[] current = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() {
        if (at == current.length) {
          if (++lines >= count) {
            return -1;
          }
          current = line.getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        return current[at++];
      }
    };
    SurveyTally tally = SurveyResponses.tallyLines(CTNAT, generated, "generated");
    assertEquals(count, tally.responses());
    assertEquals(count, tally.tally(ItemId.of("3.1.4")).counts().get(0));
    assertEquals(count, tally.tally(ItemId.of("8.1")).answered());
  }
}
