package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Markdown report: the same numbers as the HTML report, and text that cannot become markup. */
class ReportMarkdownTest {

  private static final Assessment ASSESSMENT = ReportFixture.assessment();
  private static final String MARKDOWN = Reports.markdown(ASSESSMENT, CTNAT);
  private static final int K = ReportOptions.DEFAULT_K;

  @Test
  void gridRowsHoldTheSameNumbersAsTheTallyAndTheHtmlReport() {
    SurveyTally tally = SurveyTally.of(CTNAT, ASSESSMENT.surveyResponses());
    Document html = Jsoup.parse(Reports.html(ASSESSMENT, CTNAT));
    int rows = 0;
    for (Question question : CTNAT.survey().questions()) {
      if (!(question instanceof Grid grid)) {
        continue;
      }
      for (GridStatement statement : grid.statements()) {
        Tally item = tally.tally(statement.id());
        SuppressedTable published = DisclosureControl.suppress(CountTable.of(item), K);
        List<String> cells = row(statement.id().value() + " ");
        Element htmlRow = html.selectFirst("table.grid tr[data-item=" + statement.id() + "]");
        for (int c = 0; c < item.categories().size(); c++) {
          OptionalInt count = published.published(0, c);
          String cell = cells.get(1 + c);
          String expected = count.isPresent() ? count.getAsInt() + " \u00b7 " : "x";
          assertTrue(cell.startsWith(expected), statement.id() + " " + item.categories().get(c) + ": " + cell);
          Element htmlCell = htmlRow.selectFirst("td[data-point=" + item.categories().get(c) + "]");
          String htmlText = htmlCell.select("span").eachText().get(0);
          if (count.isPresent()) {
            String share = htmlCell.selectFirst(".share").text();
            String ci = htmlCell.selectFirst(".ci").text();
            assertEquals(htmlText + " \u00b7 " + share + " (" + ci + ")", cell, "same as HTML");
          } else {
            assertEquals("x", htmlText);
          }
        }
        rows++;
      }
    }
    assertTrue(rows > 50);
  }

  @Test
  void theIndicatorTableMarksExactlyTheFlaggedIndicators() {
    GapReport gaps = Gaps.of(CTNAT, ASSESSMENT);
    long markers = Pattern.compile("\\*\\*\u25b2 Gap: ").matcher(MARKDOWN).results().count();
    assertEquals(gaps.flagged().size(), markers, "one bold marker per flagged indicator in the tables");
    for (String line : MARKDOWN.lines().filter(l -> l.startsWith("| 1.1 ")).toList()) {
      List<String> cells = cells(line);
      assertEquals(gaps.isFlagged(org.ctnat.core.framework.IndicatorId.parse("1.1-F1")), cells.get(1).contains("Gap"));
    }
  }

  @Test
  void noTextBecomesMarkup() {
    assertFalse(Pattern.compile("(?<!\\\\)<").matcher(MARKDOWN).find(), "every < is escaped");
    assertFalse(Pattern.compile("(?<!\\\\)\\[").matcher(MARKDOWN).find(), "no link or image can start");
    assertTrue(MARKDOWN.contains("\\<script\\>alert(1)\\</script\\>"));
    assertTrue(MARKDOWN.contains("\\=HYPERLINK") || MARKDOWN.contains("- =HYPERLINK"));
  }

  @Test
  void personalDataNeverAppears() {
    for (String secret : List.of(ReportFixture.NAME, ReportFixture.EMAIL, ReportFixture.INTERVIEWEE,
        ReportFixture.RESPONDENT_PREFIX, ReportFixture.INTERVIEW_PREFIX)) {
      assertFalse(MARKDOWN.contains(secret), secret);
    }
  }

  @Test
  void aDraftSaysSoOnItsFirstLine() {
    String draft = Reports.markdown(ASSESSMENT, CTNAT, ReportOptions.internalDraft());
    assertTrue(draft.lines().findFirst().orElseThrow().contains("INTERNAL DRAFT"));
    assertFalse(MARKDOWN.contains("INTERNAL DRAFT"));
    assertTrue(MARKDOWN.contains("k = 5"));
  }

  @Test
  void hasTheSameSectionsAsTheHtmlReport() {
    List<String> headings = MARKDOWN.lines().filter(l -> l.startsWith("## ")).map(l -> l.replaceFirst("## \\d+\\. ", ""))
        .toList();
    Document html = Jsoup.parse(Reports.html(ASSESSMENT, CTNAT));
    List<String> htmlHeadings = html.select("main > section > h2").eachText().stream()
        .map(t -> t.replaceFirst("\\d+\\. ", "")).toList();
    assertEquals(htmlHeadings, headings);
  }

  @Test
  void freeTextCanBeLeftOut() {
    String without = Reports.markdown(ASSESSMENT, CTNAT, ReportOptions.builder().freeText(false).build());
    assertFalse(without.contains("more coordination is needed"));
    assertTrue(without.toLowerCase(Locale.ROOT).contains("not quoted"));
  }

  private static List<String> row(String start) {
    String line = MARKDOWN.lines().filter(l -> l.startsWith("| " + start)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + start));
    return cells(line);
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>(Arrays.asList(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")));
    cells.replaceAll(String::strip);
    return cells;
  }
}
