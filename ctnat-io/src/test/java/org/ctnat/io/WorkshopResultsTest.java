package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;
import org.ctnat.core.response.WorkshopResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workshop-result documents: shape, round trips and located errors. */
class WorkshopResultsTest {

  private static final WorkshopResult SAMPLE = ResponseCodecSamples.workshopResult();

  @Test
  void aGroupsPrioritiesAreAListInRankOrder() {
    assertEquals("format: ctnat\nformatVersion: 1\nkind: workshopResult\nworkshopResult:\n  group: AZEws-group1\n"
        + "  priorities:\n  - A\n  - J\n  - G\n  ranked: true\n", WorkshopResults.toString(SAMPLE, DocumentFormat.YAML));
  }

  @Test
  void randomResultsRoundTrip() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      WorkshopResult result = ResponseCodecSamples.workshopResult(new Random(seed));
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = WorkshopResults.toString(result, format);
        WorkshopResult read = WorkshopResults.parse(written, "seed " + seed, format);
        assertEquals(result, read);
        assertEquals(written, WorkshopResults.toString(read, format));
      }
    });
  }

  @Test
  void rankedDefaultsToFalseAndPrioritiesToNone() {
    String document = "format: ctnat\nformatVersion: 1\nkind: workshopResult\nworkshopResult:\n  group: g1\n";
    assertEquals(WorkshopResult.of("g1"), WorkshopResults.parse(document, "short.yaml", DocumentFormat.YAML));
  }

  @Test
  void filesAndStreams(@TempDir Path dir) {
    Path file = dir.resolve("group1.json");
    WorkshopResults.write(SAMPLE, file);
    assertEquals(SAMPLE, WorkshopResults.read(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkshopResults.write(SAMPLE, out, DocumentFormat.YAML);
    assertEquals(SAMPLE, WorkshopResults.read(new ByteArrayInputStream(out.toByteArray()), "b", DocumentFormat.YAML));
  }

  @Test
  void errorsSayWhereAndWhat() {
    String yaml = WorkshopResults.toString(SAMPLE, DocumentFormat.YAML);
    CtnatReadException ranked = assertThrows(CtnatReadException.class,
        () -> WorkshopResults.parse(yaml.replace("ranked: true", "ranked: yes please"), "w", DocumentFormat.YAML));
    assertEquals("/workshopResult/ranked", ranked.pointer());
    assertEquals(10, ranked.line().orElseThrow());
    assertTrue(ranked.problem().contains("expected true or false"), ranked.problem());
    CtnatReadException group = assertThrows(CtnatReadException.class,
        () -> WorkshopResults.parse(yaml.replace("AZEws-group1", "group one"), "w", DocumentFormat.YAML));
    assertEquals("/workshopResult/group", group.pointer());
    assertTrue(group.problem().contains("respondent id must match"), group.problem());
    CtnatReadException priority = assertThrows(CtnatReadException.class,
        () -> WorkshopResults.parse(yaml.replace("  - J\n", "  - {code: J}\n"), "w", DocumentFormat.YAML));
    assertEquals("/workshopResult/priorities/1", priority.pointer());
  }
}
