package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judgements of an assessment travel on their own and go back into it unchanged. */
class JudgementsTest {

  private static final List<IndicatorJudgement> SAMPLE = ResponseCodecSamples.assessment().judgements();

  /** read(write(x)) equals x, and write(read(file)) gives the file again, in both formats. */
  @Test
  void randomJudgementsRoundTrip() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      List<IndicatorJudgement> judgements = ResponseCodecSamples.assessment(new Random(seed)).judgements();
      for (DocumentFormat format : DocumentFormat.values()) {
        String text = Judgements.toString(judgements, format);
        List<IndicatorJudgement> read = Judgements.parse(text, "judgements", format);
        assertEquals(judgements, read, format + ", seed " + seed);
        assertEquals(text, Judgements.toString(read, format));
      }
    });
  }

  @Test
  void judgementsGoBackIntoTheirAssessment(@TempDir Path dir) {
    Assessment assessment = ResponseCodecSamples.assessment();
    Path file = dir.resolve("judgements.yaml");
    Judgements.write(assessment.judgements(), file);
    Assessment rejudged = assessment.withJudgements(List.of()).withJudgements(Judgements.read(file));
    assertEquals(assessment, rejudged);
    assertEquals(assessment.judgements(), Judgements.read(file, DocumentLimits.DEFAULT));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Judgements.write(assessment.judgements(), out, DocumentFormat.JSON);
    assertEquals(assessment.judgements(), Judgements.read(new ByteArrayInputStream(out.toByteArray()), "stream",
        DocumentFormat.JSON));
  }

  @Test
  void anEmptyListIsADocumentButAMissingOneIsNot() {
    assertEquals(List.of(), Judgements.parse(Judgements.toString(List.of(), DocumentFormat.JSON), "empty",
        DocumentFormat.JSON));
    String missing = "{\"format\":\"ctnat\",\"formatVersion\":1,\"kind\":\"judgements\",\"judgements\":{}}";
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> Judgements.parse(missing, "j.json", DocumentFormat.JSON));
    assertTrue(e.getMessage().contains("missing required member 'judgements'"), e.getMessage());
  }

  @Test
  void badJudgementsAreReportedWhereTheyAre() {
    String text = Judgements.toString(SAMPLE, DocumentFormat.YAML);
    record Case(String from, String to, String pointer, String message) {}
    for (Case c : List.of(
        new Case("indicator: \"2.2-O1\"", "indicator: \"2.2-X1\"", "/judgements/judgements/1/indicator",
            "2.2-X1"),
        new Case("status: not_met", "status: failed", "/judgements/judgements/1/status", "failed"),
        new Case("assessor: A2", "assessor: A2\n    colour: blue", "/judgements/judgements/2/colour", "colour"),
        new Case("- survey: \"3.1.5\"", "- survey: \"3.1.5\"\n      interview: \"3.3\"",
            "/judgements/judgements/0/evidence/1", "exactly one of"),
        new Case("kind: judgements", "kind: assessment", "/kind", "kind must be 'judgements'"))) {
      assertTrue(text.contains(c.from()), c.from());
      CtnatReadException e = assertThrows(CtnatReadException.class,
          () -> Judgements.parse(text.replace(c.from(), c.to()), "j.yaml", DocumentFormat.YAML), c.to());
      assertEquals(c.pointer(), e.pointer(), e.getMessage());
      assertTrue(e.getMessage().contains(c.message()), e.getMessage());
      assertTrue(e.line().filter(line -> line > 1).isPresent(), e.getMessage());
    }
  }

  @Test
  void theKindIsKnownToDocumentKinds(@TempDir Path dir) {
    Path file = dir.resolve("j.json");
    Judgements.write(SAMPLE, file);
    assertEquals(DocumentKinds.JUDGEMENTS, DocumentKinds.of(file));
  }
}
