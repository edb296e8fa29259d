package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * The streaming tallies decode ordinary lines straight from tokens and read every other line as a
 * response; whichever path a line takes, the tally and any error are those of reading every line
 * as a response and tallying the responses.
 */
class JsonLinesDecoderTest {

  private static final Instrument CTNAT = ResponseCodecSamples.CTNAT;
  private static final String HEADER = "{\"format\":\"ctnat\",\"formatVersion\":1,\"kind\":\"surveyResponses\","
      + "\"surveyResponses\":{\"instrument\":{\"id\":\"ctnat-2016\",\"version\":\"2016.1\"}}}";
  private static final List<ProfileAttribute> BY = List.of(ProfileAttribute.COUNTRY, ProfileAttribute.GENDER);

  /** Answers, valid and not: each is {@code "item":{...}} as it may appear on a line. */
  private static final List<String> ANSWERS = List.of(
      "\"1.1\":{\"choice\":\"georgia\"}",
      "\"1.1\":{\"choice\":\"armenia\"}",
      "\"1.1\":{\"choice\":\"narnia\"}",
      "\"1.6\":{\"choice\":\"female\"}",
      "\"1.6\":{\"choice\":\"male\"}",
      "\"1.6\":{\"text\":\"prefer not to say\"}",
      "\"1.2\":{\"choice\":\"other_specify\",\"other\":\"Ombudsman\"}",
      "\"1.2\":{\"other\":\"Ombudsman\",\"choice\":\"other_specify\"}",
      "\"1.2\":{\"choice\":\"igo_iom\",\"other\":3}",
      "\"2.1\":{\"selection\":[]}",
      "\"2.1\":{\"selection\":[\"country_of_origin\",\"country_of_origin\"]}",
      "\"2.1\":{\"selection\":[\"country_of_origin\",\"mars\"]}",
      "\"2.1\":{\"selection\":\"country_of_origin\"}",
      "\"2.2\":{\"selection\":[\"forced_marriage\",\"removal_of_organs\",\"forced_labour_or_services\","
          + "\"slavery_or_servitude\"]}",
      "\"2.2\":{\"selection\":[\"forced_marriage\",\"removal_of_organs\",\"slavery_or_servitude\"]}",
      "\"2.2\":{\"selection\":[\"forced_labour_or_services\",\"removal_of_organs\",\"slavery_or_servitude\"]}",
      "\"2.2\":{\"selection\":[]}",
      "\"2.2.1\":{\"choice\":\"forced_marriage\"}",
      "\"2.2.1\":{\"choice\":\"removal_of_organs\"}",
      "\"2.2.1\":{\"choice\":\"other_sexual_exploitation\"}",
      "\"2.4\":{\"ranking\":{\"adult_females\":1,\"male_children\":2}}",
      "\"2.4\":{\"ranking\":{}}",
      "\"2.4\":{\"ranking\":{\"adult_females\":1.0}}",
      "\"2.4\":{\"ranking\":{\"adult_females\":\"1\"}}",
      "\"2.4\":{\"ranking\":{\"adult_females\":99999999999}}",
      "\"2.4\":{\"ranking\":{\"unicorns\":1}}",
      "\"2.6\":{\"text\":\"More labour exploitation abroad.\"}",
      "\"2.6\":{\"text\":\"   \"}",
      "\"2.6\":{\"text\":\"\\u2003\\t\"}",
      "\"2.6\":{\"text\":\"\\u00a0\"}",
      "\"2.6\":{\"text\":null}",
      "\"3.1.4\":{\"point\":\"adequate\"}",
      "\"3.1.4\":{ \"point\" : \"inadequate\" }",
      "\"3.1.4\":{\"point\":\"excellent\"}",
      "\"3.1.4\":{\"point\":\"adequate\",\"other\":\"x\"}",
      "\"3.1.4\":{\"choice\":\"adequate\"}",
      "\"3.1.5\":{}",
      "\"3.1.5\":{\"point\":\"adequate\",\"choice\":\"adequate\"}",
      "\"3.1.5\":{\"colour\":\"red\"}",
      "\"3.2.5\":{\"point\":\"sometimes\"}",
      "\"8.1\":{\"ranking\":{\"J\":1,\"A\":2,\"G\":3}}",
      "\"8.1\":{\"ranking\":{\"J\":1}}",
      "\"8.1\":{\"ranking\":{\"J\":1,\"A\":1,\"G\":3}}",
      "\"8.1\":{\"ranking\":{\"J\":1,\"A\":3}}",
      "\"8.1\":{\"ranking\":{\"J\":0,\"A\":1}}",
      "\"8.1\":{\"ranking\":{\"J\":1,\"A\":2,\"G\":3,\"B\":4}}",
      "\"8.1\":{\"ranking\":{\"J\":65}}",
      "\"2.4\":{\"ranking\":{\"adult_females\":2,\"male_children\":1}}",
      "\"9.9\":{\"choice\":\"yes\"}",
      "\"not an id!\":{\"choice\":\"yes\"}");

  private static final List<String> RESPONDENTS = List.of(
      "\"respondent\":{\"id\":\"AZEsur1\",\"profile\":{}}",
      "\"respondent\":{\"id\":\"GEOsur2\"}",
      "\"respondent\":{\"profile\":{\"country\":\"azerbaijan\",\"gender\":\"female\"},\"id\":\"r-3.x_y\"}",
      "\"respondent\":{\"id\":\"AZEsur4\",\"profile\":{\"country\":\"georgia\"}}",
      "\"respondent\":{\"id\":\"AZEsur5\",\"personalData\":{\"name\":\"Leyla\"}}",
      "\"respondent\":{\"id\":\"AZEsur6\",\"profile\":{\"shoeSize\":\"42\"}}",
      "\"respondent\":{\"id\":\"AZEsur7\",\"profile\":{\"country\":7}}",
      "\"respondent\":{\"id\":\"bad id\"}",
      "\"respondent\":{\"id\":\"-leading\"}",
      "\"respondent\":{\"id\":\"AZEsur8\",\"mood\":\"calm\"}",
      "\"respondent\":\"AZEsur9\"");

  private static final List<String> EXTRAS = List.of(
      "\"instrument\":{\"id\":\"ctnat-2016\",\"version\":\"2016.1\"}",
      "\"instrument\":{\"id\":\"ctnat-2016\",\"version\":\"2017.1\"}",
      "\"comment\":\"hello\"");

  /** A line of the generator: mostly ordinary responses, with every kind of oddity now and then. */
  private static String line(Random random) {
    List<String> members = new ArrayList<>();
    boolean odd = random.nextInt(3) == 0;
    members.add(odd ? RESPONDENTS.get(random.nextInt(RESPONDENTS.size())) : RESPONDENTS.get(random.nextInt(4)));
    List<String> answers = new ArrayList<>();
    List<String> items = new ArrayList<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      String answer = ANSWERS.get(random.nextInt(ANSWERS.size()));
      String item = answer.substring(0, answer.indexOf(':'));
      if (!items.contains(item) || random.nextInt(20) == 0) { // now and then a duplicate key
        items.add(item);
        answers.add(answer);
      }
    }
    if (random.nextInt(10) > 0) {
      members.add("\"answers\":{" + String.join(",", answers) + "}");
    }
    if (odd && random.nextInt(4) == 0) {
      members.add(EXTRAS.get(random.nextInt(EXTRAS.size())));
    }
    if (random.nextBoolean()) {
      java.util.Collections.reverse(members);
    }
    String line = "{" + String.join(",", members) + "}";
    return switch (random.nextInt(40)) {
      case 0 -> line.substring(0, random.nextInt(line.length())); // truncated
      case 1 -> line + " {}";
      case 2 -> "  " + line.replace(",", " , ") + "\t";
      case 3 -> "[" + line + "]";
      case 4 -> "";
      default -> line;
    };
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** What the tallies must give: every line read as a response, checked, and tallied in memory. */
  private static Object expected(String text, boolean disaggregate) {
    List<SurveyResponse> responses = new ArrayList<>();
    try {
      SurveyResponses.readLines(in(text), "lines.jsonl", response -> {
        if (!response.instrumentVersion().equals(CTNAT.version())) {
          throw new IllegalStateException("another instrument");
        }
        responses.add(response);
      });
    } catch (CtnatReadException e) {
      return e.getMessage();
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
    return disaggregate ? Disaggregation.of(CTNAT, responses, BY.toArray(ProfileAttribute[]::new))
        : SurveyTally.of(CTNAT, responses);
  }

  private static Object actual(String text, boolean disaggregate) {
    try {
      return disaggregate ? SurveyResponses.disaggregateLines(CTNAT, in(text), "lines.jsonl", BY)
          : SurveyResponses.tallyLines(CTNAT, in(text), "lines.jsonl");
    } catch (CtnatReadException e) {
      return e.getMessage().contains("the response answers ctnat-2016 2017.1") ? "another instrument" : e.getMessage();
    }
  }

  @Test
  void everyLineCountsAsIfReadAsAResponse() {
    qt().withExamples(400).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, count) -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder(HEADER).append('\n');
      for (int i = 0; i < count; i++) {
        text.append(line(random)).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
      }
      String stream = text.toString();
      assertEquals(expected(stream, false), actual(stream, false), stream);
      assertEquals(expected(stream, true), actual(stream, true), stream);
    });
  }

  @Test
  void ordinaryLinesTakeTheFastPathAndOddOnesTheSlowOne() {
    JsonLines.Decoder decoder = new JsonLines.Decoder(new JsonLines.Plan(CTNAT));
    byte[] ordinary = ("{\"respondent\":{\"id\":\"AZEsur1\",\"profile\":{\"gender\":\"male\"}},\"answers\":{"
        + "\"1.1\":{\"choice\":\"georgia\"},\"2.4\":{\"ranking\":{\"adult_females\":1}},"
        + "\"2.6\":{\"text\":\" \"},\"3.1.4\":{\"point\":\"adequate\"}}}").getBytes(StandardCharsets.UTF_8);
    assertTrue(decoder.decode(ordinary, 0, ordinary.length));
    assertEquals("georgia", decoder.profile(ProfileAttribute.COUNTRY));
    assertEquals("male", decoder.profile(ProfileAttribute.GENDER));
    assertEquals(null, decoder.profile(ProfileAttribute.AGE_BAND));
    SurveyTally.Recorder recorder = SurveyTally.recorder(CTNAT);
    decoder.record(recorder);
    SurveyTally tally = recorder.toTally();
    assertEquals(1, tally.responses());
    for (String odd : List.of("{\"respondent\":{\"id\":\"AZEsur5\",\"personalData\":{\"name\":\"Leyla\"}}}",
        "{\"respondent\":{\"id\":\"A\"},\"answers\":{\"3.1.4\":{\"point\":\"excellent\"}}}",
        "{\"respondent\":{\"id\":\"A\"},\"instrument\":{\"id\":\"ctnat-2016\",\"version\":\"2016.1\"}}",
        "{\"respondent\":{\"id\":\"A\"}} {}", "")) {
      byte[] bytes = ("xx" + odd + "yy").getBytes(StandardCharsets.UTF_8);
      assertFalse(decoder.decode(bytes, 2, bytes.length - 4), odd);
    }
    // after refusing lines, the decoder holds nothing of them
    byte[] minimal = "{\"respondent\":{\"id\":\"B\"}}".getBytes(StandardCharsets.UTF_8);
    assertTrue(decoder.decode(minimal, 0, minimal.length));
    assertEquals(null, decoder.profile(ProfileAttribute.COUNTRY));
  }

  @Test
  void aLineOverTheLimitIsRefusedWhetherOrNotItFitsTheBuffer() {
    String line = "{\"respondent\":{\"id\":\"AZEsur1\"},\"answers\":{\"2.6\":{\"text\":\"" + "x".repeat(200_000)
        + "\"}}}";
    String text = HEADER + "\n" + line + "\n";
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> SurveyResponses.tallyLines(CTNAT, in(text),
        "lines.jsonl", SurveyResponses.Limits.DEFAULT.withMaxLineBytes(100)));
    assertTrue(e.getMessage().contains("longer than the limit of 100 bytes"), e.getMessage());
    assertEquals(1, SurveyResponses.tallyLines(CTNAT, in(text), "lines.jsonl").responses());
  }
}
