package org.ctnat.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.io.report.ReportContent.Area;
import org.ctnat.io.report.ReportContent.Block;
import org.ctnat.io.report.ReportContent.Category;
import org.ctnat.io.report.ReportContent.Choice;
import org.ctnat.io.report.ReportContent.CriterionRow;
import org.ctnat.io.report.ReportContent.Figure;
import org.ctnat.io.report.ReportContent.GridBlock;
import org.ctnat.io.report.ReportContent.IndicatorCell;
import org.ctnat.io.report.ReportContent.Others;
import org.ctnat.io.report.ReportContent.Point;
import org.ctnat.io.report.ReportContent.PriorityRow;
import org.ctnat.io.report.ReportContent.Ranked;
import org.ctnat.io.report.ReportContent.Statement;
import org.ctnat.io.report.ReportContent.Texts;
import org.ctnat.io.report.ReportContent.ThemeRow;

/**
 * Renders {@link ReportContent} as GitHub-flavoured Markdown: the same sections and numbers as
 * the HTML report, charts replaced by their tables (a grid's diverging chart becomes the
 * statement's shares of negative, neutral and positive answers). Every text goes through {@link
 * Escapes#markdown(String)}, so no inline HTML, link or image can be smuggled in.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(ReportContent content) {
    return new Writer(content).write();
  }

  /** The state of one rendering. */
  private static final class Writer {
    private final ReportContent content;
    private final StringBuilder out = new StringBuilder(32 * 1024);
    private int section;

    Writer(ReportContent content) {
      this.content = content;
    }

    String write() {
      ReportContent.Header header = content.header();
      if (header.draft()) {
        out.append("> **").append(md(HtmlReport.draftBanner())).append("**\n\n");
      }
      out.append("# ").append(md(header.title())).append("\n\n").append(md(header.country())).append(" \u00b7 ")
          .append(md(header.period())).append(" \u00b7 ").append(md(header.instrument())).append("\n\n> ")
          .append(md(HtmlReport.disclosureSummary(content))).append("\n\n");
      methodology();
      if (!content.context().isEmpty()) {
        heading("Trafficking situation and trends");
        out.append("_Context: asked and analysed, never scored against the indicators._\n\n");
        content.context().forEach(this::block);
      }
      content.areas().forEach(this::area);
      content.priorities().ifPresent(this::priorities);
      if (!content.other().isEmpty()) {
        heading("Other survey questions");
        content.other().forEach(this::block);
      }
      limitations();
      out.append("---\n\nEvery number in this report is computed from the assessment's data by the CT-NAT SDK; no "
          + "figure is typed in. Shares are of those who answered; intervals are ")
          .append(md(Figures.level(header.level()))).append(' ').append(md(header.intervalMethod()))
          .append(" confidence intervals.\n");
      return out.toString();
    }

    private void heading(String title) {
      section++;
      out.append("## ").append(section).append(". ").append(md(title)).append("\n\n");
    }

    private void row(List<String> cells) {
      out.append('|');
      cells.forEach(c -> out.append(' ').append(c).append(" |"));
      out.append('\n');
    }

    private void header(List<String> cells, List<Boolean> numeric) {
      row(cells);
      out.append('|');
      for (Boolean n : numeric) {
        out.append(n ? " ---: |" : " --- |");
      }
      out.append('\n');
    }

    private void methodology() {
      ReportContent.Overview o = content.overview();
      heading("Methodology and respondent profile");
      out.append(md(HtmlReport.overviewSentence(o))).append("\n\n**Evidence collected**\n\n");
      header(List.of("Source of evidence", "Number"), List.of(false, true));
      row(List.of("Documents in the desk review", Integer.toString(o.sources())));
      row(List.of("Survey responses", Integer.toString(o.responses())));
      row(List.of("In-depth interviews", Integer.toString(o.interviews())));
      row(List.of("Interview participants", Integer.toString(o.participants())));
      row(List.of("Validation workshop groups", Integer.toString(o.groups())));
      row(List.of("Indicators judged (of " + o.indicators() + ")", Integer.toString(o.judgements())));
      out.append('\n');
      if (!content.profile().isEmpty()) {
        out.append("### Survey respondents\n\n");
        content.profile().forEach(this::block);
      }
      out.append("### Interview participants\n\n");
      block(content.participants());
      if (!o.sourceList().isEmpty()) {
        out.append("### Desk review sources\n\n");
        for (Source source : o.sourceList()) {
          out.append("- **").append(md(source.id().value())).append("** ").append(md(source.title()));
          source.author().ifPresent(a -> out.append(", ").append(md(a)));
          if (source.year().isPresent()) {
            out.append(" (").append(source.year().getAsInt()).append(')');
          }
          source.url().ifPresent(u -> out.append(". `").append(u.replace("`", "'")).append('`'));
          out.append('\n');
        }
        out.append('\n');
      }
    }

    private void block(Block block) {
      if (block instanceof Choice choice) {
        choice(choice);
      } else if (block instanceof GridBlock grid) {
        grid(grid);
      } else if (block instanceof Ranked ranked) {
        ranked(ranked);
      } else if (block instanceof Texts texts) {
        texts(texts);
      }
    }

    private String title(String id, String text) {
      return "**" + (id.equals("participants") ? "" : md(id) + " ") + md(text) + "**";
    }

    private void choice(Choice choice) {
      out.append(title(choice.id(), choice.text().text())).append("\n\n_Answered: ")
          .append(Figures.count(choice.answered())).append(" of ").append(Figures.count(choice.eligible()))
          .append(" asked.").append(choice.multiple() ? " Several answers possible." : "")
          .append(choice.smallSample() ? " Fewer than " + Tally.SMALL_SAMPLE + " answers." : "").append("_\n\n");
      header(List.of("Answer", "Count", "Share", intervalHeading()), List.of(false, true, true, true));
      for (Category category : choice.categories()) {
        Figure f = category.figure();
        row(List.of(md(category.label().text()), Figures.count(f.count()), Figures.share(f.share()),
            Figures.interval(f.interval())));
      }
      row(List.of("**Answered**", "**" + Figures.count(choice.answered()) + "**", "", ""));
      out.append('\n');
      others(choice.others());
    }

    private void grid(GridBlock grid) {
      out.append(title(grid.id(), grid.text().text())).append("\n\n_Scale: ").append(md(grid.scale().text()))
          .append(". Each cell: count, share of those who answered, ").append(md(intervalHeading())).append("._\n\n");
      List<String> head = new ArrayList<>(List.of("Statement"));
      List<Boolean> numeric = new ArrayList<>(List.of(false));
      for (Point p : grid.points()) {
        head.add(md(p.label().text()));
        numeric.add(true);
      }
      head.addAll(List.of("Answered", "Positive", "Negative", "Median"));
      numeric.addAll(List.of(true, true, true, false));
      header(head, numeric);
      for (Statement s : grid.statements()) {
        List<String> cells = new ArrayList<>(List.of(md(s.item().value() + " " + s.text().text())));
        for (Figure f : s.figures()) {
          cells.add(f.withheld() ? Figures.WITHHELD : Figures.count(f.count()) + " \u00b7 " + Figures.share(f.share())
              + " (" + Figures.interval(f.interval()) + ")");
        }
        cells.add(Figures.count(s.answered()) + " of " + Figures.count(s.eligible()));
        if (s.summary().isPresent()) {
          var summary = s.summary().get();
          cells.add(Figures.share(summary.positiveShare().proportion()));
          cells.add(Figures.share(summary.negativeShare().proportion()));
          cells.add(md(summary.median().flatMap(m -> grid.points().stream().filter(p -> p.code().equals(m))
              .findFirst()).map(p -> p.label().text()).orElse("\u2013")));
        } else {
          cells.addAll(List.of(Figures.WITHHELD, Figures.WITHHELD, Figures.WITHHELD));
        }
        row(cells);
      }
      out.append("\n_Chart as a table: shares of those who answered, by side of the scale "
          + "(negative \u2190 0 \u2192 positive); \u2265 where a point of the side is withheld._\n\n");
      header(List.of("Statement", "Negative", "Neutral", "Positive", "No side", "Withheld"),
          List.of(false, true, true, true, true, true));
      for (Statement s : grid.statements()) {
        double[] sides = new double[4];
        boolean[] partial = new boolean[4];
        boolean anyShare = false;
        for (int c = 0; c < grid.points().size(); c++) {
          var share = s.figures().get(c).share();
          int side = side(grid.points().get(c));
          if (share.isPresent()) {
            anyShare = true;
            sides[side] += share.get();
          } else {
            partial[side] = true;
          }
        }
        boolean withheld = s.figures().stream().anyMatch(Figure::withheld);
        double published = sides[0] + sides[1] + sides[2] + sides[3];
        row(List.of(md(s.item().value()), sideCell(anyShare, sides[0], partial[0]),
            sideCell(anyShare, sides[1], partial[1]), sideCell(anyShare, sides[2], partial[2]),
            sideCell(anyShare, sides[3], partial[3]),
            withheld && s.answered().isPresent() ? Figures.percent(Math.max(0, 1 - published))
                : withheld ? Figures.WITHHELD : "0%"));
      }
      out.append('\n');
    }

    /**
     * A side's share: the published points' sum; with a withheld point on the side, "at least"
     * that sum, or {@code x} if nothing on the side is published.
     */
    private static String sideCell(boolean any, double share, boolean partial) {
      if (!any || (partial && share == 0)) {
        return Figures.WITHHELD;
      }
      return (partial ? "\u2265 " : "") + Figures.percent(share);
    }

    /** 0 negative, 1 neutral, 2 positive, 3 no side. */
    private static int side(Point point) {
      if (point.polarity().isEmpty()) {
        return 3;
      }
      return point.polarity().get() == Polarity.NEGATIVE ? 0 : point.polarity().get() == Polarity.NEUTRAL ? 1 : 2;
    }

    private void ranked(Ranked ranked) {
      out.append(title(ranked.id(), ranked.text().text())).append("\n\n_Answered: ")
          .append(Figures.count(ranked.answered())).append(". Mean rank over those who ranked the option._\n\n");
      List<String> head = new ArrayList<>(List.of("Option"));
      List<Boolean> numeric = new ArrayList<>(List.of(false));
      for (int r = 1; r <= ranked.maxRank(); r++) {
        head.add("Rank " + r);
        numeric.add(true);
      }
      head.addAll(List.of("Ranked", "Mean rank"));
      numeric.addAll(List.of(true, true));
      header(head, numeric);
      for (int o = 0; o < ranked.options().size(); o++) {
        List<String> cells = new ArrayList<>(List.of(md(ranked.options().get(o).text())));
        ranked.byRank().get(o).forEach(c -> cells.add(Figures.count(c)));
        cells.add(Figures.count(ranked.timesRanked().get(o).count()));
        cells.add(Figures.mean(ranked.meanRank().get(o)));
        row(cells);
      }
      out.append('\n');
      others(ranked.others());
    }

    private void texts(Texts texts) {
      out.append(title(texts.id(), texts.text().text())).append("\n\n_")
          .append(md(Figures.plural(texts.answered(), "answer", "answers")))
          .append(texts.quoted() ? (texts.answered() > 0 ? ", quoted without attribution, in alphabetical order:"
              : ".") : " (not quoted in this report).").append("_\n\n");
      quotes(texts.answers());
    }

    private void others(Others others) {
      if (others.count() == 0) {
        return;
      }
      out.append("_\u201cOther \u2013 please specify\u201d: ").append(Figures.plural(others.count(), "text", "texts"))
          .append(others.quoted() ? ", in alphabetical order:" : " (not quoted in this report).").append("_\n\n");
      quotes(others.texts());
    }

    private void quotes(List<String> texts) {
      if (texts.isEmpty()) {
        return;
      }
      texts.forEach(t -> out.append("- ").append(mdLine(t)).append('\n'));
      out.append('\n');
    }

    private void area(Area area) {
      heading("Area " + area.id().value() + ": " + area.title().text());
      out.append(area.met()).append(" of ").append(area.indicators()).append(" indicators met; ")
          .append(Figures.plural(area.flagged().size(), "indicator", "indicators"))
          .append(" identified for potential improvement.\n\n### Survey results\n\n");
      if (area.survey().isEmpty()) {
        out.append("_The survey asks nothing about this area._\n\n");
      }
      area.survey().forEach(this::block);
      out.append("### Interview themes\n\n");
      if (area.themes().rows().isEmpty()) {
        out.append("_").append(Figures.plural(area.themes().interviews(), "interview", "interviews"))
            .append(" covered this area; no theme was coded under its questions._\n\n");
      } else {
        out.append("_").append(Figures.plural(area.themes().interviews(), "interview", "interviews"))
            .append(" covered a section of this area._\n\n");
        header(List.of("Theme", "Interviews", "Share", intervalHeading(), "Mentions"),
            List.of(false, true, true, true, true));
        for (ThemeRow t : area.themes().rows()) {
          row(List.of(md(t.theme()), Figures.count(t.interviews().count()), Figures.share(t.interviews().share()),
              Figures.interval(t.interviews().interval()), Figures.count(t.mentions())));
        }
        out.append('\n');
      }
      out.append("### Indicators\n\n_").append(md(Figures.GAP)).append(" marks an area identified for potential "
          + "improvement: an indicator not met, undetermined or not judged. ").append(area.met()).append(" of ")
          .append(area.indicators()).append(" met._\n\n");
      header(List.of("Criterion", "Framework level 1", "Framework level 2", "Operational level 1",
          "Operational level 2", "Met", "Kinds of gap"), List.of(false, false, false, false, false, true, false));
      for (CriterionRow row : area.criteria()) {
        List<String> cells = new ArrayList<>(List.of(md(row.id().value() + " " + row.title().text())));
        for (IndicatorCell cell : row.cells()) {
          String status = md(Figures.status(cell.status()));
          cells.add(md(cell.statement().text()) + " \u2014 " + (cell.flagged() ? "**" + status + "**" : status));
        }
        cells.add(row.score() + "/4");
        cells.add(md(Figures.gaps(row.gaps())));
        row(cells);
      }
      out.append("\n### Areas identified for potential improvement\n\n");
      if (area.flagged().isEmpty()) {
        out.append("Every indicator of this area is met.\n\n");
      } else {
        for (IndicatorCell cell : area.flagged()) {
          out.append("- **").append(md(cell.id().toString())).append("** ").append(md(cell.statement().text()))
              .append(" \u2014 ").append(md(Figures.status(cell.status()))).append('\n');
        }
        out.append('\n');
      }
      out.append("### Recommendations\n\n");
      if (area.recommendations().isEmpty()) {
        out.append("_No recommendation was recorded for this area._\n\n");
      } else {
        int n = 0;
        for (Recommendation recommendation : area.recommendations()) {
          out.append(++n).append(". ").append(mdLine(recommendation.text()));
          if (!recommendation.criteria().isEmpty()) {
            out.append(" _(criteria ").append(md(String.join(", ", recommendation.criteria().stream()
                .map(CriterionId::value).toList()))).append(")_");
          }
          out.append('\n');
        }
        out.append('\n');
      }
    }

    private void priorities(ReportContent.Priorities p) {
      heading("Priorities for action");
      out.append(mdLine(p.question().text())).append("\n\n_Survey respondents who ranked priorities: ")
          .append(Figures.count(p.respondents()))
          .append(p.invalid() > 0 ? " (" + Figures.plural(p.invalid(), "ranking", "rankings") + " could not be counted)"
              : "").append("; validation workshop groups: ").append(p.groups())
          .append(". Workshop groups are not individuals: their counts are not withheld._\n\n");
      List<String> head = new ArrayList<>(List.of("Priority", "Survey: chose it"));
      List<Boolean> numeric = new ArrayList<>(List.of(false, true));
      for (int r = 1; r <= p.weights().size(); r++) {
        head.add("Rank " + r);
        numeric.add(true);
      }
      head.addAll(List.of("Score", "Workshop groups"));
      numeric.addAll(List.of(true, true));
      header(head, numeric);
      for (PriorityRow row : p.rows()) {
        List<String> cells = new ArrayList<>(List.of(md(row.code() + ". " + row.label().text()),
            Figures.count(row.chosen().count())));
        for (OptionalInt count : row.byRank()) {
          cells.add(Figures.count(count));
        }
        cells.add(Figures.count(row.score()));
        cells.add(Integer.toString(row.groups()));
        row(cells);
      }
      out.append('\n');
      others(p.others());
      p.questions().forEach(this::block);
    }

    private void limitations() {
      ReportContent.Limitations l = content.limitations();
      heading("Limitations");
      out.append(md(HtmlReport.sampleSentence(l))).append("\n\n").append(md(HtmlReport.judgementSentence(l)))
          .append("\n\nThe survey and the interviews record the views of the stakeholders who took part, chosen by "
              + "convenience rather than at random; the findings describe their perspective on the response.\n\n"
              + "### Disclosure control\n\n").append(md(HtmlReport.disclosureSummary(content))).append("\n\n");
      if (!content.header().draft()) {
        if (l.withheld().isEmpty()) {
          out.append("No count had to be withheld.\n\n");
        } else {
          header(List.of("Table", "Withheld figures"), List.of(false, false));
          for (Disclosure.Withheld w : l.withheld()) {
            List<String> all = new ArrayList<>(w.cells());
            all.addAll(w.totals());
            row(List.of(md(w.table()), md(String.join("; ", all))));
          }
          out.append('\n');
        }
      }
      out.append(md(HtmlReport.freeTextSentence(l))).append("\n\n");
    }

    private String intervalHeading() {
      return Figures.level(content.header().level()) + " interval";
    }

    private static String md(String text) {
      return Escapes.markdown(text);
    }

    private static String mdLine(String text) {
      return Escapes.markdownLine(text);
    }
  }
}
