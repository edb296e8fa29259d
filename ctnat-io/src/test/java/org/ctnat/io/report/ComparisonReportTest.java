package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.Comparisons;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.ThematicArea;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The comparative report of two rounds: matrix, gap counts per area and changes. */
class ComparisonReportTest {

  private static final Assessment FIRST = ReportFixture.assessment();
  private static final Assessment LATER = ReportFixture.laterRound();
  private static final Comparison COMPARISON = Comparisons.of(CTNAT, List.of(FIRST, LATER));
  private static final Document DOC = Jsoup.parse(Reports.comparisonHtml(List.of(FIRST, LATER), CTNAT,
      ReportOptions.defaults()));

  @Test
  void theMatrixHasEveryIndicatorWithItsStatusInEachAssessment() {
    List<Element> rows = DOC.select("table.matrix tr[data-indicator]");
    assertEquals(100, rows.size());
    for (Element row : rows) {
      IndicatorId id = IndicatorId.parse(row.attr("data-indicator"));
      List<Element> cells = row.select("td.status");
      assertEquals(2, cells.size());
      for (int a = 0; a < 2; a++) {
        boolean met = COMPARISON.statuses(id).get(a).filter(JudgementStatus::isMet).isPresent();
        assertEquals(!met, cells.get(a).hasClass("gap"), id + " column " + a);
        assertEquals(!met, cells.get(a).text().startsWith("\u25b2 Gap"), id + " marker");
      }
    }
  }

  @Test
  void gapCountsPerAreaAreThoseNotMet() {
    for (ThematicArea area : CTNAT.framework().areas()) {
      List<String> cells = DOC.select("table.gap-counts tr[data-area=" + area.id() + "] td.gap-count").eachText();
      List<Integer> met = COMPARISON.areaMet(area.id());
      for (int a = 0; a < 2; a++) {
        int flagged = 4 * area.criteria().size() - met.get(a);
        assertTrue(cells.get(a).startsWith(flagged + " "), area.id() + ": " + cells.get(a));
      }
    }
  }

  @Test
  void changesListTheIndicatorsNewlyMetAndRegressed() {
    var step = COMPARISON.steps().get(0);
    assertTrue(!step.newlyMet().isEmpty() && !step.regressed().isEmpty(), "the later round differs both ways");
    assertEquals(String.join(", ", step.newlyMet().stream().map(IndicatorId::toString).toList()),
        DOC.selectFirst("table.changes td.newly-met").text());
    assertEquals(String.join(", ", step.regressed().stream().map(IndicatorId::toString).toList()),
        DOC.selectFirst("table.changes td.regressed").text());
  }

  @Test
  void markdownHasTheSameMatrix() {
    String markdown = Reports.comparisonMarkdown(List.of(FIRST, LATER), CTNAT, ReportOptions.defaults());
    long rows = markdown.lines().filter(l -> l.matches("\\| \\d\\.\\d-[FO][12] .*")).count();
    assertEquals(100, rows);
    String line = markdown.lines().filter(l -> l.startsWith("| 1.1-F1 ")).findFirst().orElseThrow();
    List<String> cells = List.of(line.split("\\|"));
    for (int a = 0; a < 2; a++) {
      boolean met = COMPARISON.statuses(IndicatorId.parse("1.1-F1")).get(a).filter(JudgementStatus::isMet).isPresent();
      assertEquals(met ? "Met" : "**", cells.get(2 + a).strip().substring(0, met ? 3 : 2));
    }
  }

  @Test
  void anEmptyListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Reports.comparisonHtml(List.of(), CTNAT,
        ReportOptions.defaults()));
  }
}
