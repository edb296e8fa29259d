package org.ctnat.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
import org.ctnat.io.report.ReportContent.Label;
import org.ctnat.io.report.ReportContent.Others;
import org.ctnat.io.report.ReportContent.Point;
import org.ctnat.io.report.ReportContent.PriorityRow;
import org.ctnat.io.report.ReportContent.Ranked;
import org.ctnat.io.report.ReportContent.Statement;
import org.ctnat.io.report.ReportContent.Texts;
import org.ctnat.io.report.ReportContent.ThemeRow;

/**
 * Renders {@link ReportContent} as one self-contained HTML5 document: inline CSS with a print
 * stylesheet, inline SVG charts, no script, no external font, image or link target. Every text
 * goes through {@link Escapes#html(String)}.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlReport {

  private HtmlReport() {}

  static String render(ReportContent content) {
    return new Writer(content).write();
  }

  /** The CSS shared by the assessment and the comparative report. */
  static final String CSS = """
      :root { --ink: #1d1d1d; --muted: #5a5a5a; --rule: #c9c9c9; --gap: #fde0c5; --gap-edge: #b35900;
        --met: #e3f1e3; --head: #eef1f5; --draft: #b00020; }
      * { box-sizing: border-box; }
      body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45;
        margin: 0 auto; max-width: 60rem; padding: 1.5rem; font-size: 15px; }
      h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
      h2 { font-size: 1.45rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.4rem; }
      h3 { font-size: 1.15rem; margin-top: 1.8rem; }
      h4 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
      .subtitle, .muted, caption .note, .note { color: var(--muted); }
      .draft { border: 3px solid var(--draft); color: var(--draft); padding: .6rem .9rem; font-weight: 600; }
      .disclosure { border-left: 4px solid var(--ink); background: var(--head); padding: .5rem .8rem; }
      nav ol { columns: 2; padding-left: 1.4rem; }
      table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .86rem; }
      caption { caption-side: top; text-align: left; font-weight: 600; padding: .3rem 0; }
      caption .note { display: block; font-weight: normal; font-size: .82rem; }
      th, td { border: 1px solid var(--rule); padding: .3rem .4rem; vertical-align: top; text-align: left; }
      thead th { background: var(--head); }
      td.num, th.num, td.cell { text-align: right; }
      td.num, td.cell { white-space: nowrap; }
      table.grid th[scope=row] { min-width: 12rem; }
      td.cell .share, td.cell .ci { display: block; color: var(--muted); font-size: .78rem; }
      tr.total th, tr.total td { font-weight: 600; background: #fafafa; }
      td.indicator { width: 19%; }
      td.indicator .status { display: block; margin-top: .3rem; font-weight: 600; }
      td.indicator.gap { background: var(--gap); border-left: 4px solid var(--gap-edge); }
      td.indicator.met { background: var(--met); }
      .marker { color: var(--gap-edge); }
      ul.free-text li, ul.gaps li { margin-bottom: .3rem; }
      ul.free-text { list-style: "\\201C  "; }
      svg.chart { display: block; max-width: 100%; height: auto; margin: .4rem 0 1.2rem; }
      svg.chart text { font-family: inherit; font-size: 11px; fill: var(--ink); }
      svg.chart text.in { font-size: 10px; }
      svg.chart text.note { fill: var(--muted); font-style: italic; }
      footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .6rem; font-size: .8rem; }
      @media print {
        @page { size: A4; margin: 16mm 14mm; }
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        nav { display: none; }
        h2 { break-after: avoid; page-break-after: avoid; }
        h3, h4, caption { break-after: avoid; page-break-after: avoid; }
        section.area, #limitations, #priorities { break-before: page; page-break-before: always; }
        table, svg.chart, figure { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        table { font-size: 8.5pt; }
      }
      """;

  /** The state of one rendering. */
  private static final class Writer {
    private final ReportContent content;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int section;

    Writer(ReportContent content) {
      this.content = content;
    }

    String write() {
      ReportContent.Header header = content.header();
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"CT-NAT SDK\">\n")
          .append("<title>").append(h(header.title())).append("</title>\n<style>\n").append(CSS)
          .append("</style>\n</head>\n<body>\n<header>\n");
      if (header.draft()) {
        out.append("<p class=\"draft\" role=\"note\">").append(h(draftBanner())).append("</p>\n");
      }
      out.append("<h1>").append(h(header.title())).append("</h1>\n<p class=\"subtitle\">")
          .append(h(header.country())).append(" \u00b7 ").append(h(header.period())).append(" \u00b7 ")
          .append(h(header.instrument())).append("</p>\n<p class=\"disclosure\">")
          .append(h(disclosureSummary(content))).append("</p>\n</header>\n");
      contents();
      out.append("<main>\n");
      methodology();
      if (!content.context().isEmpty()) {
        open("context", "Trafficking situation and trends", "context");
        out.append("<p class=\"note\">Context: asked and analysed, never scored against the indicators.</p>\n");
        content.context().forEach(this::block);
        close();
      }
      content.areas().forEach(this::area);
      content.priorities().ifPresent(this::priorities);
      if (!content.other().isEmpty()) {
        open("other", "Other survey questions", "other");
        content.other().forEach(this::block);
        close();
      }
      limitations();
      out.append("</main>\n<footer><p>Every number in this report is computed from the assessment's data by the "
          + "CT-NAT SDK; no figure is typed in. Shares are of those who answered; intervals are ")
          .append(h(Figures.level(header.level()))).append(' ').append(h(header.intervalMethod()))
          .append(" confidence intervals.</p></footer>\n</body>\n</html>\n");
      return out.toString();
    }

    private void contents() {
      out.append("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
      item("methodology", "Methodology and respondent profile");
      if (!content.context().isEmpty()) {
        item("context", "Trafficking situation and trends");
      }
      for (Area area : content.areas()) {
        item("area-" + area.id().value(), "Area " + area.id().value() + ": " + area.title().text());
      }
      if (content.priorities().isPresent()) {
        item("priorities", "Priorities for action");
      }
      if (!content.other().isEmpty()) {
        item("other", "Other survey questions");
      }
      item("limitations", "Limitations");
      out.append("</ol>\n</nav>\n");
    }

    private void item(String id, String title) {
      out.append("<li><a href=\"#").append(h(id)).append("\">").append(h(title)).append("</a></li>\n");
    }

    private void open(String id, String title, String cls) {
      section++;
      out.append("<section id=\"").append(h(id)).append("\" class=\"").append(cls).append("\" aria-labelledby=\"")
          .append(h(id)).append("-h\">\n<h2 id=\"").append(h(id)).append("-h\">").append(section).append(". ")
          .append(h(title)).append("</h2>\n");
    }

    private void close() {
      out.append("</section>\n");
    }

    // ------------------------------------------------------------------------ methodology

    private void methodology() {
      ReportContent.Overview o = content.overview();
      open("methodology", "Methodology and respondent profile", "methodology");
      out.append("<p>").append(h(overviewSentence(o))).append("</p>\n");
      out.append("<table class=\"evidence\">\n<caption>Evidence collected</caption>\n<thead><tr><th scope=\"col\">"
          + "Source of evidence</th><th scope=\"col\" class=\"num\">Number</th></tr></thead>\n<tbody>\n");
      evidenceRow("sources", "Documents in the desk review", o.sources());
      evidenceRow("responses", "Survey responses", o.responses());
      evidenceRow("interviews", "In-depth interviews", o.interviews());
      evidenceRow("participants", "Interview participants", o.participants());
      evidenceRow("groups", "Validation workshop groups", o.groups());
      evidenceRow("judgements", "Indicators judged (of " + o.indicators() + ")", o.judgements());
      out.append("</tbody>\n</table>\n");
      if (!content.profile().isEmpty()) {
        out.append("<h3>Survey respondents</h3>\n");
        content.profile().forEach(this::block);
      }
      out.append("<h3>Interview participants</h3>\n");
      block(content.participants());
      if (!o.sourceList().isEmpty()) {
        out.append("<h3>Desk review sources</h3>\n<ul class=\"sources\">\n");
        for (Source source : o.sourceList()) {
          out.append("<li><strong>").append(h(source.id().value())).append("</strong> ").append(h(source.title()));
          source.author().ifPresent(a -> out.append(", ").append(h(a)));
          if (source.year().isPresent()) {
            out.append(" (").append(source.year().getAsInt()).append(')');
          }
          source.url().ifPresent(u -> out.append(". <span class=\"address\">").append(h(u)).append("</span>"));
          out.append("</li>\n");
        }
        out.append("</ul>\n");
      }
      close();
    }

    private void evidenceRow(String key, String label, int n) {
      out.append("<tr data-evidence=\"").append(key).append("\"><th scope=\"row\">").append(h(label))
          .append("</th><td class=\"num\">").append(n).append("</td></tr>\n");
    }

    // ------------------------------------------------------------------------ blocks

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

    private void caption(String id, Label text, String note) {
      out.append("<caption>");
      if (!id.equals("participants")) {
        out.append(h(id)).append(' ');
      }
      out.append(label(text)).append("<span class=\"note\">").append(h(note)).append("</span></caption>\n");
    }

    private void choice(Choice choice) {
      out.append("<table class=\"choice\" data-item=\"").append(h(choice.id())).append("\">\n");
      caption(choice.id(), choice.text(), answeredNote(choice.answered(), choice.eligible(), choice.smallSample())
          + (choice.multiple() ? " Several answers possible: shares add up to more than 100%." : ""));
      out.append("<thead><tr><th scope=\"col\">Answer</th><th scope=\"col\" class=\"num\">Count</th>"
          + "<th scope=\"col\" class=\"num\">Share</th><th scope=\"col\" class=\"num\">")
          .append(h(intervalHeading())).append("</th></tr></thead>\n<tbody>\n");
      for (Category category : choice.categories()) {
        Figure f = category.figure();
        out.append("<tr data-category=\"").append(h(category.code())).append("\"><th scope=\"row\">")
            .append(label(category.label())).append("</th><td class=\"num count\">").append(h(Figures.count(f.count())))
            .append("</td><td class=\"num share\">").append(h(Figures.share(f.share()))).append("</td><td class=\"num ci\">")
            .append(h(Figures.interval(f.interval()))).append("</td></tr>\n");
      }
      out.append("<tr class=\"total\"><th scope=\"row\">Answered</th><td class=\"num answered\">")
          .append(h(Figures.count(choice.answered()))).append("</td><td colspan=\"2\">of ")
          .append(h(Figures.count(choice.eligible()))).append(" asked</td></tr>\n</tbody>\n</table>\n");
      others(choice.others());
    }

    private void grid(GridBlock grid) {
      out.append("<h4>").append(h(grid.id())).append(' ').append(label(grid.text())).append("</h4>\n");
      List<SvgCharts.Level> levels = grid.points().stream().map(p -> new SvgCharts.Level(p.code(), p.label().text(),
          side(p.polarity()))).toList();
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (Statement s : grid.statements()) {
        List<OptionalDouble> shares = s.figures().stream()
            .map(f -> f.share().map(OptionalDouble::of).orElse(OptionalDouble.empty())).toList();
        boolean anyWithheld = s.figures().stream().anyMatch(Figure::withheld);
        double published = shares.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
            .sum();
        double withheld = anyWithheld && s.answered().isPresent() ? Math.max(0, 1 - published) : 0;
        bars.add(new SvgCharts.Bar(s.item().value() + " " + s.text().text(), shares, withheld));
      }
      String chartId = "chart-" + grid.id().replaceAll("[^A-Za-z0-9_-]", "-");
      out.append("<figure>\n").append(SvgCharts.diverging(chartId, "Answers to " + grid.id() + " on the "
          + grid.scale().text().toLowerCase(java.util.Locale.ROOT) + " scale",
          "Diverging stacked bars, one per statement: negative answers to the left of zero, positive to the right, "
              + "neutral centred on zero, as shares of those who answered. The numbers are in the table "
              + grid.id() + " below.", levels, bars));
      out.append("\n<figcaption class=\"note\">Figure: answers to ").append(h(grid.id()))
          .append(" (shares of those who answered). The same numbers are in the table below.</figcaption>\n")
          .append("</figure>\n");
      out.append("<table class=\"grid\" data-item=\"").append(h(grid.id())).append("\">\n");
      caption(grid.id(), grid.text(), "Scale: " + grid.scale().text() + ". Each cell: count, share of those who "
          + "answered, " + intervalHeading() + ". Positive and negative: shares of the answers that take a side.");
      out.append("<thead><tr><th scope=\"col\">Statement</th>");
      for (Point p : grid.points()) {
        out.append("<th scope=\"col\" class=\"num\">").append(label(p.label())).append("</th>");
      }
      out.append("<th scope=\"col\" class=\"num\">Answered</th><th scope=\"col\" class=\"num\">Positive</th>"
          + "<th scope=\"col\" class=\"num\">Negative</th><th scope=\"col\">Median</th></tr></thead>\n<tbody>\n");
      for (Statement s : grid.statements()) {
        out.append("<tr data-item=\"").append(h(s.item().value())).append("\"><th scope=\"row\">")
            .append(h(s.item().value())).append(' ').append(label(s.text())).append("</th>");
        for (int c = 0; c < grid.points().size(); c++) {
          Figure f = s.figures().get(c);
          out.append("<td class=\"cell\" data-point=\"").append(h(grid.points().get(c).code())).append("\">")
              .append("<span class=\"count\">").append(h(Figures.count(f.count()))).append("</span>");
          if (!f.withheld()) {
            out.append(" <span class=\"share\">").append(h(Figures.share(f.share()))).append("</span> <span class=\"ci\">")
                .append(h(Figures.interval(f.interval()))).append("</span>");
          }
          out.append("</td>");
        }
        out.append("<td class=\"num answered\">").append(h(Figures.count(s.answered()))).append(" of ")
            .append(h(Figures.count(s.eligible()))).append("</td>");
        if (s.summary().isPresent()) {
          var summary = s.summary().get();
          out.append("<td class=\"num positive\">").append(h(Figures.share(summary.positiveShare().proportion())))
              .append("</td><td class=\"num negative\">").append(h(Figures.share(summary.negativeShare().proportion())))
              .append("</td><td class=\"median\">").append(h(summary.median().map(m -> pointLabel(grid, m))
                  .orElse("\u2013"))).append("</td>");
        } else {
          out.append("<td class=\"num positive\">x</td><td class=\"num negative\">x</td><td class=\"median\">x</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      if (grid.statements().stream().anyMatch(Statement::smallSample)) {
        out.append("<p class=\"note\">Fewer than ").append(Tally.SMALL_SAMPLE).append(" answers: read the shares "
            + "with their intervals.</p>\n");
      }
    }

    private static String pointLabel(GridBlock grid, String code) {
      return grid.points().stream().filter(p -> p.code().equals(code)).findFirst().map(p -> p.label().text())
          .orElse(code);
    }

    private static SvgCharts.Side side(Optional<Polarity> polarity) {
      if (polarity.isEmpty()) {
        return SvgCharts.Side.ASIDE;
      }
      return switch (polarity.get()) {
        case POSITIVE -> SvgCharts.Side.POSITIVE;
        case NEUTRAL -> SvgCharts.Side.NEUTRAL;
        case NEGATIVE -> SvgCharts.Side.NEGATIVE;
      };
    }

    private void ranked(Ranked ranked) {
      out.append("<table class=\"ranking\" data-item=\"").append(h(ranked.id())).append("\">\n");
      caption(ranked.id(), ranked.text(), answeredNote(ranked.answered(), Optional.empty(), false)
          + " Mean rank over those who ranked the option (1 is highest).");
      out.append("<thead><tr><th scope=\"col\">Option</th>");
      for (int r = 1; r <= ranked.maxRank(); r++) {
        out.append("<th scope=\"col\" class=\"num\">Rank ").append(r).append("</th>");
      }
      out.append("<th scope=\"col\" class=\"num\">Ranked</th><th scope=\"col\" class=\"num\">Mean rank</th></tr>"
          + "</thead>\n<tbody>\n");
      for (int o = 0; o < ranked.options().size(); o++) {
        out.append("<tr><th scope=\"row\">").append(label(ranked.options().get(o))).append("</th>");
        for (OptionalInt count : ranked.byRank().get(o)) {
          out.append("<td class=\"num count\">").append(h(Figures.count(count))).append("</td>");
        }
        out.append("<td class=\"num\">").append(h(Figures.count(ranked.timesRanked().get(o).count())))
            .append("</td><td class=\"num\">").append(h(Figures.mean(ranked.meanRank().get(o)))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      others(ranked.others());
    }

    private void texts(Texts texts) {
      out.append("<h4>").append(h(texts.id())).append(' ').append(label(texts.text())).append("</h4>\n<p class=\"note\">")
          .append(h(Figures.plural(texts.answered(), "answer", "answers")))
          .append(texts.quoted() ? (texts.answered() > 0 ? ", quoted without attribution, in alphabetical order:"
              : ".") : " (not quoted in this report).").append("</p>\n");
      quotes(texts.answers());
    }

    private void others(Others others) {
      if (others.count() == 0) {
        return;
      }
      out.append("<p class=\"note\">\u201cOther \u2013 please specify\u201d: ")
          .append(h(Figures.plural(others.count(), "text", "texts")))
          .append(others.quoted() ? ", in alphabetical order:" : " (not quoted in this report).").append("</p>\n");
      quotes(others.texts());
    }

    private void quotes(List<String> texts) {
      if (texts.isEmpty()) {
        return;
      }
      out.append("<ul class=\"free-text\">\n");
      texts.forEach(t -> out.append("<li>").append(h(t)).append("</li>\n"));
      out.append("</ul>\n");
    }

    // ------------------------------------------------------------------------ areas

    private void area(Area area) {
      String id = "area-" + area.id().value();
      open(id, "Area " + area.id().value() + ": " + area.title().text(), "area");
      out.append("<p>").append(h(area.met() + " of " + area.indicators() + " indicators met; "
          + Figures.plural(area.flagged().size(), "indicator", "indicators") + " identified for potential improvement."))
          .append("</p>\n<h3>Survey results</h3>\n");
      if (area.survey().isEmpty()) {
        out.append("<p class=\"note\">The survey asks nothing about this area.</p>\n");
      }
      area.survey().forEach(this::block);
      themes(area);
      indicators(area);
      improvements(area);
      recommendations(area);
      close();
    }

    private void themes(Area area) {
      out.append("<h3>Interview themes</h3>\n");
      if (area.themes().rows().isEmpty()) {
        out.append("<p class=\"note\">").append(h(Figures.plural(area.themes().interviews(), "interview",
            "interviews"))).append(" covered this area; no theme was coded under its questions.</p>\n");
        return;
      }
      out.append("<table class=\"themes\" data-area=\"").append(h(area.id().value())).append("\">\n<caption>Themes "
          + "coded in the interviews on area ").append(h(area.id().value())).append("<span class=\"note\">")
          .append(h(Figures.plural(area.themes().interviews(), "interview", "interviews")))
          .append(" covered a section of this area; share of those interviews, ").append(h(intervalHeading()))
          .append(".</span></caption>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">"
              + "Interviews</th><th scope=\"col\" class=\"num\">Share</th><th scope=\"col\" class=\"num\">")
          .append(h(intervalHeading())).append("</th><th scope=\"col\" class=\"num\">Mentions</th></tr></thead>\n"
              + "<tbody>\n");
      for (ThemeRow row : area.themes().rows()) {
        out.append("<tr data-theme=\"").append(h(row.theme())).append("\"><th scope=\"row\">").append(h(row.theme()))
            .append("</th><td class=\"num count\">").append(h(Figures.count(row.interviews().count())))
            .append("</td><td class=\"num\">").append(h(Figures.share(row.interviews().share())))
            .append("</td><td class=\"num\">").append(h(Figures.interval(row.interviews().interval())))
            .append("</td><td class=\"num\">").append(h(Figures.count(row.mentions()))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    private void indicators(Area area) {
      out.append("<h3>Indicators</h3>\n<table class=\"indicators\" data-area=\"").append(h(area.id().value()))
          .append("\">\n<caption>").append(h(area.title().text())).append(" indicators<span class=\"note\">")
          .append(h(Figures.GAP)).append(" (shaded) marks an area identified for potential improvement: an indicator "
              + "not met, undetermined or not judged. ").append(h(area.met() + " of " + area.indicators()))
          .append(" met.</span></caption>\n<thead><tr><th scope=\"col\" rowspan=\"2\">Criterion</th>"
              + "<th scope=\"colgroup\" colspan=\"2\">Framework indicators</th>"
              + "<th scope=\"colgroup\" colspan=\"2\">Operational indicators</th>"
              + "<th scope=\"col\" rowspan=\"2\" class=\"num\">Met</th><th scope=\"col\" rowspan=\"2\">Kinds of gap</th>"
              + "</tr>\n<tr><th scope=\"col\">Level 1</th><th scope=\"col\">Level 2</th><th scope=\"col\">Level 1</th>"
              + "<th scope=\"col\">Level 2</th></tr></thead>\n<tbody>\n");
      for (CriterionRow row : area.criteria()) {
        out.append("<tr data-criterion=\"").append(h(row.id().value())).append("\"><th scope=\"row\">")
            .append(h(row.id().value())).append(' ').append(label(row.title())).append("</th>");
        for (IndicatorCell cell : row.cells()) {
          out.append("<td class=\"indicator ").append(cell.flagged() ? "gap" : "met").append("\" data-indicator=\"")
              .append(h(cell.id().toString())).append("\" data-status=\"").append(Figures.statusClass(cell.status()))
              .append("\"><span class=\"statement\">").append(label(cell.statement()))
              .append("</span><span class=\"status\">");
          String status = Figures.status(cell.status());
          if (cell.flagged()) {
            out.append("<span class=\"marker\" aria-hidden=\"true\">").append(h(Figures.GAP.substring(0, 1)))
                .append("</span>").append(h(status.substring(1)));
          } else {
            out.append(h(status));
          }
          out.append("</span></td>");
        }
        out.append("<td class=\"num\">").append(row.score()).append("/4</td><td>").append(h(Figures.gaps(row.gaps())))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    private void improvements(Area area) {
      out.append("<h3>Areas identified for potential improvement</h3>\n");
      List<IndicatorCell> flagged = area.flagged();
      if (flagged.isEmpty()) {
        out.append("<p>Every indicator of this area is met.</p>\n");
        return;
      }
      out.append("<ul class=\"gaps\">\n");
      for (IndicatorCell cell : flagged) {
        out.append("<li data-indicator=\"").append(h(cell.id().toString())).append("\"><strong>")
            .append(h(cell.id().toString())).append("</strong> ").append(label(cell.statement())).append(" \u2014 ")
            .append(h(Figures.status(cell.status()))).append("</li>\n");
      }
      out.append("</ul>\n");
    }

    private void recommendations(Area area) {
      out.append("<h3>Recommendations</h3>\n");
      if (area.recommendations().isEmpty()) {
        out.append("<p class=\"note\">No recommendation was recorded for this area.</p>\n");
        return;
      }
      out.append("<ol class=\"recommendations\">\n");
      for (Recommendation recommendation : area.recommendations()) {
        out.append("<li>").append(h(recommendation.text()));
        if (!recommendation.criteria().isEmpty()) {
          out.append(" <span class=\"note\">(criteria ").append(h(String.join(", ",
              recommendation.criteria().stream().map(CriterionId::value).toList()))).append(")</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }

    // ------------------------------------------------------------------------ priorities

    private void priorities(ReportContent.Priorities p) {
      open("priorities", "Priorities for action", "priorities");
      out.append("<p>").append(label(p.question())).append("</p>\n<p class=\"note\">")
          .append(h("Survey respondents who ranked priorities: " + Figures.count(p.respondents())
              + (p.invalid() > 0 ? " (" + Figures.plural(p.invalid(), "ranking", "rankings")
                  + " could not be counted)" : "") + "; validation workshop groups: " + p.groups()
              + ". Score: rank 1 earns " + p.weights().get(0) + " points" + (p.weights().size() > 1
                  ? ", rank " + p.weights().size() + " earns " + p.weights().get(p.weights().size() - 1) : "")
              + ". Workshop groups are not individuals: their counts are not withheld.")).append("</p>\n");
      List<SvgCharts.Group> groups = new ArrayList<>();
      for (PriorityRow row : p.rows()) {
        groups.add(new SvgCharts.Group(row.code(), List.of(row.chosen().count(), OptionalInt.of(row.groups()))));
      }
      out.append("<figure>\n").append(SvgCharts.bars("chart-priorities", "Priorities chosen by survey respondents and "
          + "by workshop groups", "Two panels of horizontal bars, one row per priority A to " + p.rows().get(
              p.rows().size() - 1).code() + ": on the left how many survey respondents ranked it among their top "
          + p.weights().size() + ", on the right how many workshop groups chose it. Withheld counts are marked x. "
          + "The numbers are in the table below.", List.of("Survey respondents", "Workshop groups"), groups))
          .append("\n<figcaption class=\"note\">Figure: priorities, survey respondents and workshop groups side by "
              + "side. The same numbers are in the table below.</figcaption>\n</figure>\n");
      out.append("<table class=\"priorities\">\n<caption>Priorities for action: survey respondents and workshop groups"
          + "<span class=\"note\">Chose it: survey respondents who ranked it among their top ")
          .append(p.weights().size()).append(".</span></caption>\n<thead><tr><th scope=\"col\" rowspan=\"2\">Priority"
              + "</th><th scope=\"colgroup\" colspan=\"").append(p.weights().size() + 2).append("\">Survey respondents"
              + "</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Workshop groups</th></tr>\n<tr>"
              + "<th scope=\"col\" class=\"num\">Chose it</th>");
      for (int r = 1; r <= p.weights().size(); r++) {
        out.append("<th scope=\"col\" class=\"num\">Rank ").append(r).append("</th>");
      }
      out.append("<th scope=\"col\" class=\"num\">Score</th></tr></thead>\n<tbody>\n");
      for (PriorityRow row : p.rows()) {
        out.append("<tr data-priority=\"").append(h(row.code())).append("\"><th scope=\"row\">").append(h(row.code()))
            .append(". ").append(label(row.label())).append("</th><td class=\"num chosen\">")
            .append(h(Figures.count(row.chosen().count()))).append("</td>");
        for (OptionalInt count : row.byRank()) {
          out.append("<td class=\"num rank\">").append(h(Figures.count(count))).append("</td>");
        }
        out.append("<td class=\"num score\">").append(h(Figures.count(row.score()))).append("</td><td class=\"num groups\">")
            .append(row.groups()).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      others(p.others());
      p.questions().forEach(this::block);
      close();
    }

    // ------------------------------------------------------------------------ limitations

    private void limitations() {
      ReportContent.Limitations l = content.limitations();
      open("limitations", "Limitations", "limitations");
      out.append("<p>").append(h(sampleSentence(l))).append("</p>\n<p>").append(h(judgementSentence(l)))
          .append("</p>\n<p>The survey and the interviews record the views of the stakeholders who took part, chosen "
              + "by convenience rather than at random; the findings describe their perspective on the response.</p>\n");
      out.append("<h3>Disclosure control</h3>\n<p>").append(h(disclosureSummary(content))).append("</p>\n");
      if (!content.header().draft()) {
        if (l.withheld().isEmpty()) {
          out.append("<p>No count had to be withheld.</p>\n");
        } else {
          out.append("<table class=\"withheld\">\n<caption>What was withheld<span class=\"note\">Each table with "
              + "withheld figures, and which. Withheld figures are shown as x.</span></caption>\n<thead><tr>"
              + "<th scope=\"col\">Table</th><th scope=\"col\">Withheld figures</th></tr></thead>\n<tbody>\n");
          for (Disclosure.Withheld w : l.withheld()) {
            List<String> all = new ArrayList<>(w.cells());
            all.addAll(w.totals());
            out.append("<tr><th scope=\"row\">").append(h(w.table())).append("</th><td>").append(h(String.join("; ",
                all))).append("</td></tr>\n");
          }
          out.append("</tbody>\n</table>\n");
        }
      }
      out.append("<p>").append(h(freeTextSentence(l))).append("</p>\n");
      close();
    }

    // ------------------------------------------------------------------------ helpers

    private String intervalHeading() {
      return Figures.level(content.header().level()) + " interval";
    }

    private static String answeredNote(OptionalInt answered, Optional<OptionalInt> eligible, boolean small) {
      return "Answered: " + Figures.count(answered) + (eligible.isPresent() ? " of " + Figures.count(eligible.get())
          + " asked" : "") + "." + (small ? " Fewer than " + Tally.SMALL_SAMPLE + " answers: read shares with their "
          + "intervals." : "");
    }

    private static String answeredNote(OptionalInt answered, OptionalInt eligible, boolean small) {
      return answeredNote(answered, Optional.of(eligible), small);
    }

    private static String label(Label label) {
      String text = Escapes.html(label.text());
      return "en".equals(label.lang()) ? text : "<span lang=\"" + Escapes.html(label.lang()) + "\">" + text + "</span>";
    }

    private static String h(String text) {
      return Escapes.html(text);
    }
  }

  // ------------------------------------------------------------------------ sentences (shared with Markdown)

  static String draftBanner() {
    return "INTERNAL DRAFT \u2014 NOT FOR PUBLICATION. Disclosure control is off: every count is shown, however "
        + "small, and small groups of respondents may be recognisable.";
  }

  static String disclosureSummary(ReportContent content) {
    ReportContent.Header h = content.header();
    if (h.draft()) {
      return "Disclosure control: OFF (internal draft). No count is withheld.";
    }
    return "Disclosure control: on, k = " + h.k() + ". Counts from 1 to " + (h.k() - 1) + (h.zerosSensitive()
        ? ", and zeros not shown by a published total," : "") + " are withheld and shown as "
        + Figures.WITHHELD + ", together with the counts, totals, shares, intervals, summaries and scores that would "
        + "reveal them. Overall sample sizes (survey responses, interviews and their participants, workshop groups, "
        + "documents) are published; the counts within them follow this rule. Personal data is never shown.";
  }

  static String overviewSentence(ReportContent.Overview o) {
    return "The assessment combined a desk review of " + Figures.plural(o.sources(), "document", "documents")
        + ", an electronic survey with " + Figures.plural(o.responses(), "response", "responses") + ", "
        + Figures.plural(o.interviews(), "in-depth interview", "in-depth interviews") + " with "
        + Figures.plural(o.participants(), "participant", "participants") + " and a validation workshop with "
        + Figures.plural(o.groups(), "group", "groups") + ". " + o.judgements() + " of the " + o.indicators()
        + " indicators were judged from this evidence.";
  }

  static String sampleSentence(ReportContent.Limitations l) {
    return "Sample sizes: " + Figures.plural(l.responses(), "survey response", "survey responses") + "; "
        + Figures.plural(l.interviews(), "interview", "interviews") + " with "
        + Figures.plural(l.participants(), "participant", "participants") + "; "
        + Figures.plural(l.groups(), "workshop group", "workshop groups") + "; "
        + Figures.plural(l.sources(), "document", "documents") + " reviewed. " + l.smallSamples() + " of the "
        + l.items() + " survey items with answer options rest on fewer than " + Tally.SMALL_SAMPLE
        + " answers, so their shares are uncertain, as the intervals show."
        + (l.invalidAnswers() > 0 ? " " + Figures.plural(l.invalidAnswers(), "answer", "answers")
            + " could not be counted (they break a rule of their question: validation says which) and are left out of the shares." : "");
  }

  static String judgementSentence(ReportContent.Limitations l) {
    return "Judgements: " + Figures.plural(l.unjudged(), "indicator was", "indicators were") + " not judged and "
        + Figures.plural(l.undetermined(), "was", "were") + " judged undetermined (both count as areas for potential "
        + "improvement, though they call for more evidence first); " + Figures.plural(l.withoutEvidence(),
            "judgement cites", "judgements cite") + " no evidence; " + Figures.plural(l.level2WithoutLevel1(),
            "level 2 indicator is", "level 2 indicators are") + " met without level 1.";
  }

  static String freeTextSentence(ReportContent.Limitations l) {
    return (l.freeText() ? "Free-text answers are quoted as written, without attribution and in alphabetical order, "
        + "so that neither their order nor an id links them to a respondent. "
        : "Free-text answers are not quoted in this report; only their number is given. ")
        + "\u201cOther \u2013 please specify\u201d texts are " + (l.freeText() ? "quoted and " : "")
        + "counted only under a question whose specify options have a published count; where such a count is "
        + "withheld, they are left out, with their number, which could reveal it.";
  }
}
