package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disclosure leaks found in review, one test each: "other" texts counted under a withheld
 * count, a withheld "chose it" total recovered from the known grand total, the worksheet
 * publishing what the report withholds, and sample sizes published in one place and withheld in
 * another.
 */
class ReportLeaksTest {

  private static final ItemId PRIORITIES = CTNAT.priorityQuestion().orElseThrow();

  // ------------------------------------------------------------------------- "other" texts

  @Test
  void noOtherTextIsCountedOrQuotedUnderAWithheldCount() {
    Assessment assessment = ReportFixture.assessment();
    Document doc = Jsoup.parse(Reports.html(assessment, CTNAT));
    int underWithheld = 0;
    for (Element table : doc.select("table.choice[data-item]")) {
      Optional<Question> question = CTNAT.survey().question(ItemId.of(table.attr("data-item")));
      if (question.isEmpty() || !(question.get() instanceof ChoiceQuestion choice)) {
        continue;
      }
      boolean withheld = false;
      for (ChoiceOption option : choice.options()) {
        Element count = table.selectFirst("tr[data-category=" + option.code() + "] td.count");
        withheld |= option.specify() && count != null && count.text().equals("x");
      }
      Element next = table.nextElementSibling();
      boolean note = next != null && next.text().startsWith("\u201cOther");
      if (withheld) {
        underWithheld++;
        assertFalse(note, "texts counted under the withheld \"other\" count of " + table.attr("data-item"));
      }
    }
    assertTrue(underWithheld >= 3, "the fixture has \"other\" options with withheld counts: " + underWithheld);
    // respondent 3 chose every single choice's "other" option, alone: the text is nowhere published
    String hostile = "<b onmouseover=alert(3)>NGO</b>";
    assertFalse(doc.text().contains(hostile));
    assertFalse(Reports.markdown(assessment, CTNAT).contains("NGO\\</b"));
    assertTrue(Jsoup.parse(Reports.html(assessment, CTNAT, ReportOptions.internalDraft())).text().contains(hostile));
  }

  @Test
  void anOtherPriorityNamedByOneRespondentIsNeitherCountedNorQuoted() {
    Assessment assessment = withPriorities(ReportFixture.assessment(), List.of("Q", "A", "B"), List.of("C", "A", "B"));
    String html = Reports.html(assessment, CTNAT);
    Document doc = Jsoup.parse(html);
    assertEquals("x", doc.selectFirst("table.priorities tr[data-priority=Q] td.chosen").text());
    Element section = doc.selectFirst("section#priorities");
    assertFalse(section.text().contains("Other \u2013 please specify\u201d: 1 text"), section.text());
    assertFalse(html.contains("A priority of my own"));
    String markdown = Reports.markdown(assessment, CTNAT);
    assertFalse(markdown.contains("A priority of my own"));
    assertFalse(markdown.contains("please specify\u201d: 1 text"));
    assertTrue(Reports.html(assessment, CTNAT, ReportOptions.internalDraft()).contains("A priority of my own"));
  }

  // ------------------------------------------------------------------------- a withheld total

  @Test
  void aWithheldChoseItIsNotThreeTimesTheRespondentsMinusThePublishedOnes() {
    // the reviewer's case: D chosen by two respondents, A, B and C by everyone else
    Assessment assessment = reviewersPriorities();
    Document doc = Jsoup.parse(Reports.html(assessment, CTNAT));
    List<String> chosen = doc.select("table.priorities tbody tr td.chosen").eachText();
    assertEquals("x", doc.selectFirst("table.priorities tr[data-priority=D] td.chosen").text());
    assertFalse(doc.selectFirst("section#priorities p.note").text().contains(": x"), "the respondents are published");
    assertTrue(chosen.stream().filter("x"::equals).count() >= 2,
        "one withheld total would be 3 × respondents − the published ones: " + chosen);
  }

  // ------------------------------------------------------------------------- worksheet vs report

  @Test
  void theWorksheetPublishesEveryFigureAsTheReportDoes() {
    for (Assessment assessment : List.of(ReportFixture.assessment(), reviewersPriorities(),
        ReportDisclosurePropertiesTest.assessment(7, 6, 3))) {
      Document doc = Jsoup.parse(Reports.html(assessment, CTNAT));
      List<List<String>> cells = WorksheetsTest.cells(assessment, ReportOptions.defaults());
      int compared = 0;
      // priorities: the same chose-it, ranks, score and groups in both sheets and the report
      Map<String, String> tallied = new java.util.HashMap<>();
      for (List<String> row : sheet(cells, Worksheets.TALLIES)) {
        if (row.size() > 4 && row.get(0).equals(PRIORITIES.value())) {
          tallied.put(row.get(2), number(row.get(4)));
        }
      }
      for (List<String> row : sheet(cells, Worksheets.PRIORITIES)) {
        Element tr = doc.selectFirst("table.priorities tr[data-priority=" + row.get(0) + "]");
        List<String> report = new ArrayList<>(List.of(tr.selectFirst("td.chosen").text()));
        report.addAll(tr.select("td.rank").eachText());
        report.add(tr.selectFirst("td.score").text());
        report.add(tr.selectFirst("td.groups").text());
        assertEquals(report, row.subList(2, row.size()).stream().map(ReportLeaksTest::number).toList(),
            "priority " + row.get(0));
        assertEquals(report.get(0), tallied.get(row.get(0)), "priority " + row.get(0) + " in the tallies sheet");
        compared++;
      }
      // every item of the tallies sheet: count and answered as the report shows them
      for (List<String> row : sheet(cells, Worksheets.TALLIES)) {
        if (row.size() <= 4 || row.get(0).equals(PRIORITIES.value())) {
          continue;
        }
        String item = row.get(0);
        String code = row.get(2);
        Element choice = doc.selectFirst("table.choice[data-item=" + item + "]");
        Element statement = doc.selectFirst("table.grid tr[data-item=" + item + "]");
        Element ranking = doc.selectFirst("table.ranking[data-item=" + item + "]");
        String count;
        String answered;
        if (choice != null) {
          count = choice.selectFirst("tr[data-category=" + code + "] td.count").text();
          answered = choice.selectFirst("td.answered").text();
        } else if (statement != null) {
          count = statement.selectFirst("td[data-point=" + code + "] span.count").text();
          answered = statement.selectFirst("td.answered").text().split(" ")[0];
        } else if (ranking != null) {
          Ranking question = (Ranking) CTNAT.survey().question(ItemId.of(item)).orElseThrow();
          int option = question.options().stream().map(ChoiceOption::code).toList().indexOf(code);
          Element tr = ranking.select("tbody tr").get(option);
          count = tr.select("td").get(question.maxRanked()).text();
          answered = null;
        } else {
          continue;
        }
        assertEquals(count, number(row.get(4)), item + " " + code);
        if (answered != null) {
          assertEquals(answered, number(row.get(8)), item + " answered");
        }
        compared++;
      }
      assertTrue(compared > 300, "figures compared: " + compared);
    }
  }

  // ------------------------------------------------------------------------- sample sizes

  @Test
  void theNumberOfInterviewParticipantsIsPublishedWhereverItIsShown() {
    Assessment full = ReportFixture.assessment();
    InterviewRecord one = InterviewRecord.builder().from(full.interviews().get(0))
        .participants(new Participants(1, 2, 0)).build();
    Assessment small = Assessment.builder().from(full).interviews(List.of(one)).build();
    Document doc = Jsoup.parse(Reports.html(small, CTNAT));
    assertEquals("3", doc.selectFirst("tr[data-evidence=participants] td").text());
    Element table = doc.selectFirst("table.choice[data-item=participants]");
    assertEquals("3", table.selectFirst("td.answered").text(), "the table's total is the same sample size");
    assertEquals("x", table.selectFirst("tr[data-category=female] td.count").text());
    assertEquals("x", table.selectFirst("tr[data-category=male] td.count").text());
    assertTrue(doc.selectFirst("section#limitations").text().contains("3 participants"));
    String markdown = Reports.markdown(small, CTNAT);
    assertTrue(markdown.contains("| Interview participants | 3 |"), markdown);
    assertTrue(markdown.contains("| **Answered** | **3** |"));
    assertTrue(WorksheetsTest.cells(small, ReportOptions.defaults()).contains(
        List.of(Worksheets.ABOUT, "interview participants", "3")));
  }

  // ------------------------------------------------------------------------- API

  @Test
  void writeHtmlAndWriteMarkdownWithoutOptionsUseTheDefaults(@TempDir Path dir) throws IOException {
    Assessment assessment = ReportFixture.assessment();
    Reports.writeHtml(assessment, CTNAT, dir.resolve("r.html"));
    Reports.writeMarkdown(assessment, CTNAT, dir.resolve("r.md"));
    assertEquals(Reports.html(assessment, CTNAT, ReportOptions.defaults()),
        Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8));
    assertEquals(Reports.markdown(assessment, CTNAT, ReportOptions.defaults()),
        Files.readString(dir.resolve("r.md"), StandardCharsets.UTF_8));
    assertNotEquals(Reports.markdown(assessment, CTNAT, ReportOptions.internalDraft()),
        Files.readString(dir.resolve("r.md"), StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------------- helpers

  /** The reviewer's priorities: A, B, C in turn, except D for the first two respondents. */
  private static Assessment reviewersPriorities() {
    Assessment assessment = ReportFixture.assessment();
    List<SurveyResponse> responses = new ArrayList<>();
    int i = 0;
    for (SurveyResponse response : assessment.surveyResponses()) {
      List<String> order = switch (i % 3) {
        case 0 -> List.of("A", "B", "C");
        case 1 -> List.of("B", "C", "A");
        default -> List.of("C", "A", "B");
      };
      if (i == 0) {
        order = List.of("A", "B", "D");
      } else if (i == 1) {
        order = List.of("B", "D", "A");
      }
      responses.add(SurveyResponse.builder().from(response).putAnswer(PRIORITIES,
          RankingAnswer.inOrder(order, Optional.empty())).build());
      i++;
    }
    return Assessment.builder().from(assessment).surveyResponses(responses).build();
  }

  /** Every respondent ranks {@code others}, except the first, who ranks {@code first}. */
  private static Assessment withPriorities(Assessment assessment, List<String> first, List<String> others) {
    List<SurveyResponse> responses = new ArrayList<>();
    for (SurveyResponse response : assessment.surveyResponses()) {
      boolean isFirst = responses.isEmpty();
      Answer answer = RankingAnswer.inOrder(isFirst ? first : others,
          isFirst && first.contains("Q") ? Optional.of("A priority of my own") : Optional.empty());
      responses.add(SurveyResponse.builder().from(response).putAnswer(PRIORITIES, answer).build());
    }
    return Assessment.builder().from(assessment).surveyResponses(responses).build();
  }

  private static List<List<String>> sheet(List<List<String>> cells, String name) {
    return cells.stream().filter(row -> row.get(0).equals(name)).skip(1).map(row -> row.subList(1, row.size()))
        .toList();
  }

  /** A worksheet cell as the report writes it: a whole number without decimals, or x. */
  private static String number(String cell) {
    if (cell.isEmpty() || cell.equals("x")) {
      return cell;
    }
    return new BigDecimal(cell).stripTrailingZeros().toPlainString();
  }
}
