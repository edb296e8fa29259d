package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.ctnat.core.instrument.Instrument;
import org.junit.jupiter.api.Test;

/** Malformed and hostile instrument documents fail with a CtnatReadException that says where and what. */
class InstrumentReadErrorsTest {

  private static final Instrument STANDARD = Instruments.ctnat2016();
  private static final String YAML = Instruments.toString(STANDARD, DocumentFormat.YAML);
  private static final String JSON = Instruments.toString(STANDARD, DocumentFormat.JSON);

  private static CtnatReadException yamlFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> Instruments.parse(document, "broken.yaml", DocumentFormat.YAML));
  }

  private static CtnatReadException jsonFails(String document) {
    return assertThrows(CtnatReadException.class,
        () -> Instruments.parse(document, "broken.json", DocumentFormat.JSON));
  }

  @Test
  void malformedYamlReportsLineAndColumn() {
    CtnatReadException e = yamlFails("format: ctnat\nformatVersion: [1\nkind: instrument\n");
    assertEquals("broken.yaml", e.source());
    assertTrue(e.line().isPresent(), e.getMessage());
    assertTrue(e.problem().startsWith("malformed YAML"), e.problem());
  }

  @Test
  void emptyDocumentIsRefused() {
    assertTrue(yamlFails("").problem().contains("document is empty"));
    assertTrue(jsonFails("").problem().contains("document is empty"));
  }

  @Test
  void wrongFormatNameVersionOrKindIsRefused() {
    assertTrue(yamlFails(YAML.replace("format: ctnat", "format: other")).problem()
        .contains("format must be 'ctnat'"));
    CtnatReadException version = yamlFails(YAML.replace("formatVersion: 1", "formatVersion: 99"));
    assertTrue(version.problem().contains("formatVersion 99 is not supported"));
    assertEquals("/formatVersion", version.pointer());
    assertEquals(2, version.line().orElseThrow());
    CtnatReadException kind = yamlFails(YAML.replace("kind: instrument", "kind: assessment"));
    assertTrue(kind.problem().contains("kind must be 'instrument', but was 'assessment'"));
  }

  @Test
  void missingMemberNamesTheMemberAndWhereItWasExpected() {
    CtnatReadException e = jsonFails(JSON.replaceFirst("\"version\" : \"2016.1\",", ""));
    assertTrue(e.problem().contains("missing required member 'version'"), e.problem());
    assertEquals("/instrument", e.pointer());
  }

  @Test
  void unknownMemberIsRefusedAtItsLine() {
    String document = YAML.replace("  defaultLanguage: en\n", "  defaultLanguage: en\n  colour: green\n");
    CtnatReadException e = yamlFails(document);
    assertEquals("/instrument/colour", e.pointer());
    assertTrue(e.problem().contains("unknown member 'colour'"), e.problem());
    assertEquals(lineOf(document, "colour: green"), e.line().orElseThrow());
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    CtnatReadException e = yamlFails(YAML.replace("electiveMin: 2", "electiveMin: two"));
    assertTrue(e.problem().contains("expected a whole number"), e.problem());
    assertEquals("/instrument/interviewGuide/electiveMin", e.pointer());
  }

  @Test
  void duplicateKeysAreRefused() {
    CtnatReadException e = jsonFails(JSON.replaceFirst("\"version\" : \"2016.1\",",
        "\"version\" : \"2016.1\", \"version\" : \"evil\","));
    assertTrue(e.problem().toLowerCase().contains("duplicate"), e.problem());
  }

  @Test
  void brokenCriterionIsReportedAtTheCriterion() {
    String document = YAML.replaceFirst("(?s)(- id: \"1.3\".*?)operational2:", "$1operational9:");
    CtnatReadException e = yamlFails(document);
    assertEquals("/instrument/framework/areas/0/criteria/2/indicators/operational9", e.pointer());
    assertEquals(lineOf(document, "operational9:"), e.line().orElseThrow());
  }

  @Test
  void ruleOfTheModelIsReportedWithTheElementAndTheRule() {
    String document = YAML.replace("criterion: \"1.3\"", "criterion: \"9.9\"");
    CtnatReadException e = yamlFails(document);
    assertEquals("/instrument/links/2", e.pointer());
    assertEquals(lineOf(document, "criterion: \"9.9\""), e.line().orElseThrow(),
        "the line of the link, as a person editing the file needs it");
    assertTrue(e.problem().contains("link of criterion 9.9: criterion 9.9 does not exist"), e.problem());
  }

  @Test
  void aGridOnAMissingScaleIsReportedAtTheGrid() {
    String document = YAML.replaceFirst("scale: \"?adequacy\"?\n", "scale: \"quality\"\n");
    CtnatReadException e = yamlFails(document);
    assertTrue(e.problem().contains("grid 3.1: scale 'quality' does not exist"), e.problem());
    assertTrue(e.pointer().startsWith("/instrument/survey/sections/2/questions/0"), e.pointer());
  }

  @Test
  void aTextWithoutTheDefaultLanguageIsReportedAtItsElement() {
    String document = YAML.replaceFirst("en: \"?NRM specific to THB is in place\"?", "ru: \"НПМ\"");
    CtnatReadException e = yamlFails(document);
    assertTrue(e.problem().contains("text 'indicator[1.1-F1]' has no 'en' text"), e.problem());
    assertEquals("/instrument/framework/areas/0/criteria/0", e.pointer());
  }

  @Test
  void badScalePolarityNamesTheAllowedValues() {
    CtnatReadException e = yamlFails(YAML.replaceFirst("polarity: positive", "polarity: sideways"));
    assertTrue(e.problem().contains("polarity must be one of positive, neutral, negative, but was 'sideways'"),
        e.problem());
    assertEquals("/instrument/scales/0/points/0/polarity", e.pointer());
  }

  @Test
  void deepNestingIsRefusedQuickly() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    CtnatReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> jsonFails(deep));
    assertTrue(e.problem().contains("malformed JSON"), e.problem());
  }

  @Test
  void overlongNameIsRefusedWithItsLocation() {
    CtnatReadException e = jsonFails("{\n  \"" + "n".repeat(2000) + "\": 1}");
    assertTrue(e.problem().contains("Name length"), e.problem());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void hugeStringIsRefused() {
    String huge = "{\"format\":\"" + "x".repeat(Documents.MAX_STRING_LENGTH + 1) + "\"}";
    assertTrue(jsonFails(huge).problem().contains("malformed JSON"));
  }

  @Test
  void documentOverTheSizeLimitIsRefusedBeforeParsing() {
    byte[] big = new byte[Documents.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> Instruments.read(new ByteArrayInputStream(big), "big.json", DocumentFormat.JSON));
    assertTrue(e.problem().contains("larger than the limit"));
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = "{\"format\": \"ct\u00e9nat\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThrows(CtnatReadException.class,
        () -> Instruments.read(new ByteArrayInputStream(bytes), "latin1.json", DocumentFormat.JSON));
  }

  @Test
  void yamlAliasesAreRefusedAtTheirLocation() {
    String document = YAML.replaceFirst("  source: \"", "  source: &src \"")
        .replaceFirst("(?m)^(    text: )\"Scales reconstructed[^\n]*$", "$1*src");
    CtnatReadException e = yamlFails(document);
    assertTrue(e.problem().contains("YAML aliases (*src) are not allowed"), e.problem());
    assertEquals("/instrument/notes/0/text", e.pointer());
    assertEquals(lineOf(document, "*src"), e.line().orElseThrow());
  }

  @Test
  void yamlAliasBombIsRefusedQuickly() {
    StringBuilder bomb = new StringBuilder("format: ctnat\nformatVersion: 1\nkind: instrument\n"
        + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = c;
    }
    bomb.append("instrument: *j\n");
    CtnatReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> yamlFails(bomb.toString()));
    assertTrue(e.problem().contains("not allowed"), e.problem());
  }

  @Test
  void unknownEnvelopeMemberIsRefused() {
    CtnatReadException e = yamlFails("extra: 1\n" + YAML);
    assertEquals("/extra", e.pointer());
    assertTrue(e.problem().contains("unknown member 'extra'"), e.problem());
    assertEquals(1, e.line().orElseThrow());
  }

  @Test
  void unquotedNumericIdSaysHowToFixIt() {
    CtnatReadException e = yamlFails(YAML.replaceFirst("- id: \"1.3\"", "- id: 1.3"));
    assertTrue(e.problem().contains("expected a string, but found number 1.3 (quote ids"), e.problem());
  }

  /** Random damage to a valid file: only CtnatReadException escapes, and it always says where. */
  @Test
  void mutatedDocumentsFailOnlyWithLocatedReadErrors() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String valid = format == DocumentFormat.JSON ? JSON : YAML;
      qt().withExamples(300).forAll(
              integers().between(0, valid.length() - 1),
              integers().between(0, 40),
              integers().between(0, 3))
          .checkAssert((at, length, kind) -> {
            String mutated = mutate(valid, at, length, kind);
            try {
              Instruments.parse(mutated, "mutated", format);
            } catch (CtnatReadException e) {
              assertFalse(e.problem().isBlank());
              assertTrue(e.line().isPresent() || !e.pointer().isEmpty(),
                  "no location for: " + e.getMessage());
            }
          });
    }
  }

  private static String mutate(String valid, int at, int length, int kind) {
    int end = Math.min(valid.length(), at + length);
    switch (kind) {
      case 0:
        return valid.substring(0, at); // truncated
      case 1:
        return valid.substring(0, at) + valid.substring(end); // a piece cut out
      case 2:
        return valid.substring(0, at) + "{[\":-&*!\n\t" .substring(0, Math.min(10, length % 11))
            + valid.substring(at); // junk inserted
      default:
        return valid.substring(0, at) + valid.substring(end, Math.min(valid.length(), end + length))
            + valid.substring(at); // a piece duplicated
    }
  }

  private static int lineOf(String document, String text) {
    String before = document.substring(0, document.indexOf(text));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
