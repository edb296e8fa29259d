package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A withheld count leaks nowhere — not in a table, a share, an interval, a Likert summary, a
 * chart segment, its title or description, nor the Markdown or the worksheet: two assessments
 * that differ only inside withheld cells give identical published documents.
 */
class ReportDisclosureTest {

  private static final int K = ReportOptions.DEFAULT_K;

  /** A grid statement and two of its categories whose counts are both withheld as below k. */
  private record Swap(ItemId statement, String from, String to, int fromCount, int toCount) {}

  @Test
  void documentsAreIdenticalWhenOnlyWithheldCountsDiffer() {
    Assessment original = ReportFixture.assessment();
    List<Swap> swaps = swaps(original);
    assertTrue(swaps.size() >= 3, "the fixture has statements with two small cells: " + swaps);
    String html = Reports.html(original, CTNAT);
    String markdown = Reports.markdown(original, CTNAT);
    for (Swap swap : swaps.subList(0, 3)) {
      Assessment changed = moveOneAnswer(original, swap);
      Tally before = SurveyTally.of(CTNAT, original.surveyResponses()).tally(swap.statement());
      Tally after = SurveyTally.of(CTNAT, changed.surveyResponses()).tally(swap.statement());
      assertNotEquals(before.counts(), after.counts(), "the data really differ: " + swap);
      assertEquals(html, Reports.html(changed, CTNAT), "HTML reveals a withheld count of " + swap);
      assertEquals(markdown, Reports.markdown(changed, CTNAT), "Markdown reveals a withheld count of " + swap);
      assertEquals(WorksheetsTest.cells(original, ReportOptions.defaults()),
          WorksheetsTest.cells(changed, ReportOptions.defaults()), "the worksheet reveals a withheld count of " + swap);
      // and the difference shows as soon as disclosure control is off
      assertNotEquals(Reports.html(original, CTNAT, ReportOptions.internalDraft()),
          Reports.html(changed, CTNAT, ReportOptions.internalDraft()));
    }
  }

  @Test
  void aWithheldCellHasNoChartSegmentAndTheWithheldShareIsDrawnOnce() {
    Assessment original = ReportFixture.assessment();
    Swap swap = swaps(original).get(0);
    var doc = Jsoup.parse(Reports.html(original, CTNAT));
    String grid = swap.statement().value().substring(0, swap.statement().value().lastIndexOf('.'));
    var svg = doc.selectFirst("svg#chart-" + grid.replace('.', '-'));
    assertNotNull(svg);
    int row = ((Grid) CTNAT.survey().question(ItemId.of(grid)).orElseThrow()).statements().stream()
        .map(GridStatement::id).toList().indexOf(swap.statement());
    var bar = svg.selectFirst("g.bar[data-row=" + row + "]");
    assertTrue(bar.select("rect.segment[data-point=" + swap.from() + "]").isEmpty());
    assertTrue(bar.select("rect.segment[data-point=" + swap.to() + "]").isEmpty());
    assertEquals(1, bar.select("rect.withheld").size());
  }

  private static List<Swap> swaps(Assessment assessment) {
    SurveyTally tally = SurveyTally.of(CTNAT, assessment.surveyResponses());
    List<Swap> swaps = new ArrayList<>();
    for (Question question : CTNAT.survey().questions()) {
      if (!(question instanceof Grid grid)) {
        continue;
      }
      for (GridStatement statement : grid.statements()) {
        Tally item = tally.tally(statement.id());
        SuppressedTable published = DisclosureControl.suppress(CountTable.of(item), K);
        for (int a = 0; a < item.categories().size(); a++) {
          for (int b = 0; b < item.categories().size(); b++) {
            int from = item.counts().get(a);
            int to = item.counts().get(b);
            if (a != b && from >= 2 && to >= 1 && to + 1 < K && published.mark(0, a).isSuppressed()
                && published.mark(0, b).isSuppressed()) {
              swaps.add(new Swap(statement.id(), item.categories().get(a), item.categories().get(b), from, to));
            }
          }
        }
      }
    }
    return swaps;
  }

  /** The assessment with one respondent's answer to the statement moved from one category to the other. */
  private static Assessment moveOneAnswer(Assessment assessment, Swap swap) {
    List<SurveyResponse> responses = new ArrayList<>();
    boolean moved = false;
    for (SurveyResponse response : assessment.surveyResponses()) {
      Optional<Answer> answer = response.answer(swap.statement());
      if (!moved && answer.isPresent() && answer.get().equals(PointAnswer.of(swap.from()))) {
        responses.add(SurveyResponse.builder().from(response).putAnswer(swap.statement(), PointAnswer.of(swap.to()))
            .build());
        moved = true;
      } else {
        responses.add(response);
      }
    }
    assertTrue(moved);
    return Assessment.builder().from(assessment).surveyResponses(responses).build();
  }

  @Test
  void theWorksheetCellsHelperSeesADifferenceWhenThereIsOne() {
    Assessment original = ReportFixture.assessment();
    Swap swap = swaps(original).get(0);
    assertNotEquals(WorksheetsTest.cells(original, ReportOptions.internalDraft()),
        WorksheetsTest.cells(moveOneAnswer(original, swap), ReportOptions.internalDraft()));
  }
}
