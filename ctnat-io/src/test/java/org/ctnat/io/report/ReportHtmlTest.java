package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctnat.core.analysis.ConfidenceInterval;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.IntervalMethod;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML assessment report, read back with jsoup: its numbers against tallies and gap analysis
 * computed here independently, its markers, its escaping, its self-containment and its privacy.
 */
class ReportHtmlTest {

  private static final Assessment ASSESSMENT = ReportFixture.assessment();
  private static final String HTML = Reports.html(ASSESSMENT, CTNAT);
  private static final Document DOC = Jsoup.parse(HTML);
  private static final SurveyTally TALLY = SurveyTally.of(CTNAT, ASSESSMENT.surveyResponses());
  private static final int K = ReportOptions.DEFAULT_K;

  @Test
  void isOneHtml5DocumentInEnglishWithTheTitle() {
    assertTrue(HTML.startsWith("<!DOCTYPE html>"));
    assertEquals("en", DOC.selectFirst("html").attr("lang"));
    assertEquals("Counter-trafficking needs assessment: Testland, 2015-10 \u2013 2016-03", DOC.title());
    assertNotNull(DOC.selectFirst("meta[charset=utf-8]"));
    assertNotNull(DOC.selectFirst("head style"), "inline CSS");
    assertTrue(DOC.selectFirst("head style").data().contains("@media print"), "a print stylesheet");
  }

  @Test
  void followsTheStructureOfThe2016Report() {
    List<String> sections = DOC.select("main > section").eachAttr("id");
    assertEquals(List.of("methodology", "context", "area-1", "area-2", "area-3", "area-4", "area-5", "priorities",
        "limitations"), sections);
    for (int area = 1; area <= 5; area++) {
      List<String> headings = DOC.select("#area-" + area + " > h3").eachText();
      assertEquals(List.of("Survey results", "Interview themes", "Indicators",
          "Areas identified for potential improvement", "Recommendations"), headings, "area " + area);
    }
  }

  @Test
  void gridCountsSharesAndIntervalsAreThoseOfTheTallyWithSmallCellsWithheld() {
    int checked = 0;
    int withheld = 0;
    for (Question question : CTNAT.survey().questions()) {
      if (!(question instanceof Grid grid)) {
        continue;
      }
      List<String> points = CTNAT.scale(grid.scale()).orElseThrow().points().stream().map(p -> p.code()).toList();
      for (GridStatement statement : grid.statements()) {
        Tally tally = TALLY.tally(statement.id());
        SuppressedTable published = DisclosureControl.suppress(CountTable.of(tally), K);
        Element row = DOC.selectFirst("table.grid tr[data-item=" + statement.id() + "]");
        assertNotNull(row, "row of " + statement.id());
        OptionalInt answered = published.rowTotal(0);
        assertEquals(text(answered) + " of " + tally.eligible(), row.selectFirst("td.answered").text(),
            statement.id() + " answered");
        for (int c = 0; c < points.size(); c++) {
          Element cell = row.selectFirst("td[data-point=" + points.get(c) + "]");
          OptionalInt count = published.published(0, c);
          assertEquals(text(count), cell.selectFirst(".count").text(), statement.id() + " " + points.get(c));
          if (count.isEmpty()) {
            withheld++;
            assertEquals(1, cell.children().size(), "a withheld cell shows neither share nor interval");
          } else if (answered.isPresent()) {
            int n = answered.getAsInt();
            assertEquals(percent((double) count.getAsInt() / n), cell.selectFirst(".share").text());
            ConfidenceInterval ci = IntervalMethod.WILSON.interval(count.getAsInt(), n, 0.95);
            assertEquals(String.format(Locale.ROOT, "%.0f\u2013%.0f%%", ci.lower() * 100, ci.upper() * 100),
                cell.selectFirst(".ci").text());
          }
          checked++;
        }
        boolean anyWithheld = published.suppressedCount() > 0;
        assertEquals(anyWithheld, "x".equals(row.selectFirst("td.positive").text()),
            statement.id() + ": the Likert summary is withheld exactly when a count is");
      }
    }
    assertTrue(checked > 200, "every cell of every grid was checked: " + checked);
    assertTrue(withheld > 0 && withheld < checked, "the fixture has both withheld and published cells");
  }

  @Test
  void multipleChoiceSharesAreOfThoseWhoAnswered() {
    MultipleChoice question = (MultipleChoice) CTNAT.survey().question(ItemId.of("2.1")).orElseThrow();
    Tally tally = TALLY.tally(question.id());
    SuppressedTable published = DisclosureControl.suppress(CountTable.of(tally), K);
    Element table = DOC.selectFirst("table.choice[data-item=2.1]");
    assertEquals(Integer.toString(tally.answered()), table.selectFirst("td.answered").text());
    for (int c = 0; c < tally.categories().size(); c++) {
      Element row = table.selectFirst("tr[data-category=" + tally.categories().get(c) + "]");
      OptionalInt count = published.published(0, c);
      assertEquals(text(count), row.selectFirst("td.count").text());
      assertEquals(count.isPresent() ? percent((double) count.getAsInt() / tally.answered()) : "x",
          row.selectFirst("td.share").text());
    }
  }

  @Test
  void theIndicatorTableMarksExactlyTheFlaggedIndicatorsByClassAndByText() {
    GapReport gaps = Gaps.of(CTNAT, ASSESSMENT);
    Elements cells = DOC.select("table.indicators td.indicator");
    assertEquals(100, cells.size());
    for (Element cell : cells) {
      IndicatorId id = IndicatorId.parse(cell.attr("data-indicator"));
      boolean flagged = gaps.isFlagged(id);
      assertEquals(flagged, cell.hasClass("gap"), id + " class");
      assertEquals(flagged, cell.selectFirst(".status").text().startsWith("\u25b2 Gap"), id + " text marker");
      if (!flagged) {
        assertEquals("Met", cell.selectFirst(".status").text(), id + " status text");
      }
    }
    assertEquals(gaps.flagged().size(), DOC.select("td.indicator.gap").size());
    assertEquals(gaps.flagged().stream().map(IndicatorId::toString).toList(),
        DOC.select("ul.gaps li").eachAttr("data-indicator"), "the list of areas for improvement");
    assertTrue(DOC.selectFirst("head style").data().contains("td.indicator.gap { background"), "and by colour");
  }

  @Test
  void prioritiesShowSurveyRespondentsAndWorkshopGroupsSideBySide() {
    PriorityTally tally = PriorityTally.of(CTNAT, ASSESSMENT.surveyResponses(), ASSESSMENT.workshopResults());
    List<String> codes = tally.rows().stream().map(PriorityTally.Row::code).toList();
    int[][] cells = new int[codes.size()][3];
    for (int p = 0; p < codes.size(); p++) {
      for (int r = 0; r < 3; r++) {
        cells[p][r] = tally.rows().get(p).byRank().get(r);
      }
    }
    SuppressedTable published = DisclosureControl.suppress(CountTable.of(codes, List.of("1", "2", "3"), cells), K);
    for (int p = 0; p < codes.size(); p++) {
      Element row = DOC.selectFirst("table.priorities tr[data-priority=" + codes.get(p) + "]");
      assertEquals(text(published.rowTotal(p)), row.selectFirst("td.chosen").text(), codes.get(p));
      assertEquals(Integer.toString(tally.rows().get(p).groups()), row.selectFirst("td.groups").text());
      boolean whole = published.published(p, 0).isPresent() && published.published(p, 1).isPresent()
          && published.published(p, 2).isPresent();
      assertEquals(whole ? Integer.toString(tally.rows().get(p).score()) : "x", row.selectFirst("td.score").text());
    }
    assertEquals("2", DOC.selectFirst("table.priorities tr[data-priority=J] td.groups").text(), "both groups chose J");
  }

  @Test
  void injectedMarkupInAnswersAndRecommendationsIsTextNotMarkup() {
    assertTrue(DOC.select("script").isEmpty(), "no script element");
    for (Element element : DOC.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
            "no event handler attribute: " + element.tagName() + " " + attribute);
      }
    }
    assertTrue(DOC.select("img, b").isEmpty(), "no injected element");
    assertTrue(DOC.select("ul.free-text li").eachText().contains(ReportFixture.SCRIPT), "the script is shown as text");
    assertTrue(DOC.select("ul.free-text li").eachText().contains(ReportFixture.IMG.strip()));
    assertTrue(DOC.select("ol.recommendations li").text().contains(ReportFixture.SCRIPT));
    // the fixture's hostile "other" texts stand under withheld counts, so the published report
    // leaves them out; the internal draft quotes them, as text
    Document draft = Jsoup.parse(Reports.html(ReportFixture.assessment(), CTNAT, ReportOptions.internalDraft()));
    assertTrue(draft.select("script, img, b").isEmpty(), "no injected element in the draft");
    assertTrue(draft.select("ul.free-text li").eachText().contains("<b onmouseover=alert(3)>NGO</b>"),
        "an \"other\" text is shown as text");
  }

  @Test
  void isSelfContainedWithoutAnyNetworkReference() {
    assertTrue(DOC.select("script, link, iframe, object, embed, img, video, audio, source").isEmpty());
    for (Element element : DOC.getAllElements()) {
      for (String name : List.of("src", "href", "xlink:href", "srcset", "action", "data", "poster")) {
        String value = element.attr(name);
        assertTrue(value.isEmpty() || value.startsWith("#"), element.tagName() + " " + name + "=" + value);
      }
      String style = element.attr("style") + (element.tagName().equals("style") ? element.data() : "");
      assertFalse(style.contains("@import"), "no imported style sheet");
      Matcher url = Pattern.compile("url\\(\\s*([^)]*)\\)").matcher(style + element.attr("fill"));
      while (url.find()) {
        assertTrue(url.group(1).startsWith("#"), "only fragment references: " + url.group());
      }
    }
  }

  @Test
  void personalDataAndIdsNeverAppear() {
    for (String secret : List.of(ReportFixture.NAME, ReportFixture.EMAIL, ReportFixture.INTERVIEWEE,
        ReportFixture.RESPONDENT_PREFIX, ReportFixture.INTERVIEW_PREFIX, "Ministry 1")) {
      assertFalse(HTML.contains(secret), secret);
      assertFalse(Reports.html(ASSESSMENT, CTNAT, ReportOptions.internalDraft()).contains(secret),
          secret + " (draft)");
    }
  }

  @Test
  void everyTableHasACaptionAndEveryHeaderAScope() {
    for (Element table : DOC.select("table")) {
      assertNotNull(table.selectFirst("> caption"), "caption of " + table.className());
    }
    for (Element th : DOC.select("th")) {
      assertFalse(th.attr("scope").isEmpty(), "scope of " + th.text());
    }
  }

  @Test
  void everyChartIsAnAccessibleImageWithItsNumbersInATable() {
    Elements charts = DOC.select("svg.chart");
    long grids = CTNAT.survey().questions().stream().filter(q -> q instanceof Grid).count();
    assertEquals(grids + 1, charts.size(), "one chart per grid and one for the priorities");
    for (Element svg : charts) {
      assertEquals("img", svg.attr("role"));
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        Element labelling = svg.selectFirst("[id=" + id + "]");
        assertNotNull(labelling, id);
        assertFalse(labelling.text().isBlank(), id);
      }
      assertNotNull(svg.selectFirst("> title"));
      assertNotNull(svg.selectFirst("> desc"));
    }
    assertEquals(charts.size(), charts.eachAttr("id").stream().distinct().count(), "unique chart ids");
    for (Element grid : DOC.select("table.grid")) {
      assertNotNull(DOC.selectFirst("svg#chart-" + grid.attr("data-item").replace('.', '-')), grid.attr("data-item"));
    }
  }

  @Test
  void statesKAndWhatWasWithheld() {
    assertTrue(DOC.selectFirst("header .disclosure").text().contains("k = 5"));
    Elements withheld = DOC.select("#limitations table.withheld tbody tr");
    assertFalse(withheld.isEmpty());
    assertTrue(withheld.eachText().stream().anyMatch(t -> t.startsWith("survey 3.1.")), "grid statements listed");
    assertTrue(DOC.selectFirst("#limitations").text().contains(ReportFixture.RESPONSES + " survey responses"));
    assertTrue(DOC.select(".draft").isEmpty(), "not a draft");
  }

  @Test
  void anInternalDraftShowsEveryCountAndSaysSo() {
    Document draft = Jsoup.parse(Reports.html(ASSESSMENT, CTNAT, ReportOptions.internalDraft()));
    assertTrue(draft.selectFirst("header .draft").text().startsWith("INTERNAL DRAFT"));
    assertTrue(draft.selectFirst("header .disclosure").text().contains("OFF"));
    Tally tally = TALLY.tally(ItemId.of("3.1.1"));
    Element row = draft.selectFirst("table.grid tr[data-item=3.1.1]");
    for (int c = 0; c < tally.categories().size(); c++) {
      assertEquals(Integer.toString(tally.counts().get(c)),
          row.selectFirst("td[data-point=" + tally.categories().get(c) + "] .count").text());
    }
    assertTrue(draft.select("td .count").eachText().stream().noneMatch("x"::equals), "nothing withheld");
  }

  @Test
  void aLargerKWithholdsMore() {
    long at5 = DOC.select("td.cell .count").eachText().stream().filter("x"::equals).count();
    Document at10 = Jsoup.parse(Reports.html(ASSESSMENT, CTNAT, ReportOptions.builder().k(10).build()));
    long more = at10.select("td.cell .count").eachText().stream().filter("x"::equals).count();
    assertTrue(more > at5, at5 + " withheld with k = 5, " + more + " with k = 10");
    assertTrue(at10.selectFirst("header .disclosure").text().contains("k = 10"));
  }

  @Test
  void writesTheSameDocumentToFilesAndStreams(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    Reports.writeHtml(ASSESSMENT, CTNAT, ReportOptions.defaults(), file);
    assertEquals(HTML, Files.readString(file, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.writeHtml(ASSESSMENT, CTNAT, ReportOptions.defaults(), out);
    assertEquals(HTML, out.toString(StandardCharsets.UTF_8));
    assertEquals(HTML, Reports.html(ASSESSMENT, CTNAT), "deterministic");
  }

  @Test
  void refusesAnAssessmentOfAnotherInstrument() {
    Assessment other = Assessment.builder().from(ASSESSMENT).instrumentId(InstrumentId.of("other-tool")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reports.html(other, CTNAT));
    assertTrue(e.getMessage().contains("other-tool"), e.getMessage());
  }

  private static String text(OptionalInt count) {
    return count.isPresent() ? Integer.toString(count.getAsInt()) : "x";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
