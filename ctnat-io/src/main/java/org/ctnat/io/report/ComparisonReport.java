package org.ctnat.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.ComparisonStep;
import org.ctnat.core.analysis.Comparisons;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;

/**
 * The comparative report of several assessments made with one instrument — countries side by
 * side, or rounds in one country — from {@link Comparisons}: the indicator matrix (indicator ×
 * assessment, each status with its gap marker), the number of indicators identified for potential
 * improvement per area and assessment, and what changed between consecutive assessments.
 *
 * <p>The comparison holds judgements only, no counts of respondents, so nothing in it needs
 * disclosure control; the sample sizes of each assessment are stated as totals.
 *
 * <p>Stateless and thread-safe.
 */
final class ComparisonReport {

  private ComparisonReport() {}

  /** One column: an assessment. */
  private record Column(String id, String country, String period, int responses, int interviews, int groups) {}

  /** The content shared by both renderers. */
  private record Content(String title, String instrument, List<Column> columns, Comparison comparison,
      Instrument framework, String language) {

    String text(LocalizedText text) {
      return text.in(language, framework.defaultLanguage());
    }
  }

  private static Content content(List<Assessment> assessments, Instrument instrument, ReportOptions options) {
    Comparison comparison = Comparisons.of(instrument, assessments);
    List<Column> columns = assessments.stream().map(a -> new Column(a.id().value(), a.country(),
        a.period().toString(), a.surveyResponses().size(), a.interviews().size(), a.workshopResults().size())).toList();
    String language = options.language().orElse(instrument.defaultLanguage());
    String title = options.title().orElse("Counter-trafficking needs assessments compared: " + String.join(", ",
        columns.stream().map(c -> c.country() + " " + c.period()).toList()));
    return new Content(title, instrument.title().in(language, instrument.defaultLanguage()) + " (" + instrument.id()
        + " " + instrument.version() + ")", columns, comparison, instrument, language);
  }

  private static String status(Optional<JudgementStatus> status) {
    return Figures.status(status);
  }

  private static int flagged(GapReport report, ThematicArea area) {
    return report.area(area.id()).map(a -> a.indicators() - a.met()).orElse(0);
  }

  private static String mean(OptionalDouble mean) {
    return mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : "\u2013";
  }

  private static String indicators(List<IndicatorId> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(IndicatorId::toString).toList());
  }

  // ------------------------------------------------------------------------------------ HTML

  static String html(List<Assessment> assessments, Instrument instrument, ReportOptions options) {
    Content c = content(assessments, instrument, options);
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"CT-NAT SDK\">\n<title>").append(h(c.title()))
        .append("</title>\n<style>\n").append(HtmlReport.CSS)
        .append("td.status { white-space: nowrap; }\ntd.status.gap { background: var(--gap); border-left: 4px solid "
            + "var(--gap-edge); }\ntd.status.met { background: var(--met); }\n")
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(h(c.title())).append("</h1>\n<p class=\"subtitle\">")
        .append(h(c.instrument())).append("</p>\n</header>\n<main>\n");
    // assessments
    out.append("<section id=\"assessments\" aria-labelledby=\"assessments-h\">\n<h2 id=\"assessments-h\">1. "
        + "Assessments compared</h2>\n<table class=\"assessments\">\n<caption>Assessments, in column order"
        + "</caption>\n<thead><tr><th scope=\"col\">Assessment</th><th scope=\"col\">Country or region</th>"
        + "<th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Survey responses</th><th scope=\"col\" "
        + "class=\"num\">Interviews</th><th scope=\"col\" class=\"num\">Workshop groups</th><th scope=\"col\" "
        + "class=\"num\">Indicators met</th></tr></thead>\n<tbody>\n");
    for (int a = 0; a < c.columns().size(); a++) {
      Column col = c.columns().get(a);
      GapReport report = c.comparison().reports().get(a);
      out.append("<tr><th scope=\"row\">").append(h(col.id())).append("</th><td>").append(h(col.country()))
          .append("</td><td>").append(h(col.period())).append("</td><td class=\"num\">").append(col.responses())
          .append("</td><td class=\"num\">").append(col.interviews()).append("</td><td class=\"num\">")
          .append(col.groups()).append("</td><td class=\"num\">").append(report.met()).append(" of ")
          .append(report.indicators()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
    // gap counts
    out.append("<section id=\"gaps\" aria-labelledby=\"gaps-h\">\n<h2 id=\"gaps-h\">2. Areas for potential improvement"
        + "</h2>\n<table class=\"gap-counts\">\n<caption>Indicators identified for potential improvement per area"
        + "<span class=\"note\">Not met, undetermined or not judged; mean criterion score (0 to 4) in brackets."
        + "</span></caption>\n<thead><tr><th scope=\"col\">Area</th>");
    c.columns().forEach(col -> out.append("<th scope=\"col\" class=\"num\">").append(h(col.id())).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (ThematicArea area : instrument.framework().areas()) {
      out.append("<tr data-area=\"").append(h(area.id().value())).append("\"><th scope=\"row\">")
          .append(h(area.id().value() + " " + c.text(area.title()))).append("</th>");
      List<OptionalDouble> means = c.comparison().areaMeanScores(area.id());
      for (int a = 0; a < c.columns().size(); a++) {
        out.append("<td class=\"num gap-count\">").append(flagged(c.comparison().reports().get(a), area))
            .append(" <span class=\"note\">(").append(mean(means.get(a))).append(")</span></td>");
      }
      out.append("</tr>\n");
    }
    out.append("<tr class=\"total\"><th scope=\"row\">All areas</th>");
    for (GapReport report : c.comparison().reports()) {
      out.append("<td class=\"num\">").append(report.indicators() - report.met()).append("</td>");
    }
    out.append("</tr>\n</tbody>\n</table>\n</section>\n");
    // matrix
    out.append("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">3. Indicator matrix</h2>\n"
        + "<table class=\"matrix\">\n<caption>Status of every indicator in each assessment<span class=\"note\">")
        .append(h(Figures.GAP)).append(" (shaded) marks an area identified for potential improvement.</span>"
            + "</caption>\n<thead><tr><th scope=\"col\">Indicator</th>");
    c.columns().forEach(col -> out.append("<th scope=\"col\">").append(h(col.id())).append("</th>"));
    out.append("</tr></thead>\n");
    for (ThematicArea area : instrument.framework().areas()) {
      out.append("<tbody data-area=\"").append(h(area.id().value())).append("\">\n<tr class=\"area\"><th scope=\"rowgroup\""
          + " colspan=\"").append(c.columns().size() + 1).append("\">Area ").append(h(area.id().value() + ": "
          + c.text(area.title()))).append("</th></tr>\n");
      for (Criterion criterion : area.criteria()) {
        for (Indicator indicator : criterion.indicators()) {
          IndicatorId id = indicator.id();
          out.append("<tr data-indicator=\"").append(h(id.toString())).append("\"><th scope=\"row\"><strong>")
              .append(h(id.toString())).append("</strong> ").append(h(c.text(indicator.statement()))).append("</th>");
          List<Optional<JudgementStatus>> statuses = c.comparison().statuses(id);
          for (int a = 0; a < statuses.size(); a++) {
            boolean met = statuses.get(a).filter(JudgementStatus::isMet).isPresent();
            out.append("<td class=\"status ").append(met ? "met" : "gap").append("\" data-assessment=\"")
                .append(h(c.columns().get(a).id())).append("\">").append(h(status(statuses.get(a)))).append("</td>");
          }
          out.append("</tr>\n");
        }
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n</section>\n");
    // changes
    out.append("<section id=\"changes\" aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">4. Changes between "
        + "consecutive assessments</h2>\n");
    if (c.comparison().steps().isEmpty()) {
      out.append("<p>Only one assessment: nothing to compare it with.</p>\n");
    } else {
      out.append("<table class=\"changes\">\n<caption>Indicators newly met and indicators that regressed<span "
          + "class=\"note\">Between rounds: progress and backsliding; between countries: where the second is ahead "
          + "and behind.</span></caption>\n<thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th>"
          + "<th scope=\"col\">Newly met</th><th scope=\"col\">Regressed</th></tr></thead>\n<tbody>\n");
      for (ComparisonStep step : c.comparison().steps()) {
        out.append("<tr><td>").append(h(step.from().value())).append("</td><td>").append(h(step.to().value()))
            .append("</td><td class=\"newly-met\">").append(h(indicators(step.newlyMet())))
            .append("</td><td class=\"regressed\">").append(h(indicators(step.regressed()))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n</main>\n<footer><p>Every status and count in this report is computed from the "
        + "assessments' judgements by the CT-NAT SDK.</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  // ------------------------------------------------------------------------------------ Markdown

  static String markdown(List<Assessment> assessments, Instrument instrument, ReportOptions options) {
    Content c = content(assessments, instrument, options);
    StringBuilder out = new StringBuilder(32 * 1024);
    out.append("# ").append(md(c.title())).append("\n\n").append(md(c.instrument())).append("\n\n");
    out.append("## 1. Assessments compared\n\n| Assessment | Country or region | Period | Survey responses | "
        + "Interviews | Workshop groups | Indicators met |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
    for (int a = 0; a < c.columns().size(); a++) {
      Column col = c.columns().get(a);
      GapReport report = c.comparison().reports().get(a);
      out.append("| ").append(md(col.id())).append(" | ").append(md(col.country())).append(" | ").append(md(col.period()))
          .append(" | ").append(col.responses()).append(" | ").append(col.interviews()).append(" | ")
          .append(col.groups()).append(" | ").append(report.met()).append(" of ").append(report.indicators())
          .append(" |\n");
    }
    out.append("\n## 2. Areas for potential improvement\n\n_Indicators not met, undetermined or not judged; mean "
        + "criterion score (0 to 4) in brackets._\n\n| Area |");
    c.columns().forEach(col -> out.append(' ').append(md(col.id())).append(" |"));
    out.append("\n| --- |").append(" ---: |".repeat(c.columns().size())).append('\n');
    for (ThematicArea area : instrument.framework().areas()) {
      out.append("| ").append(md(area.id().value() + " " + c.text(area.title()))).append(" |");
      List<OptionalDouble> means = c.comparison().areaMeanScores(area.id());
      for (int a = 0; a < c.columns().size(); a++) {
        out.append(' ').append(flagged(c.comparison().reports().get(a), area)).append(" (").append(mean(means.get(a)))
            .append(") |");
      }
      out.append('\n');
    }
    out.append("| **All areas** |");
    c.comparison().reports().forEach(r -> out.append(" **").append(r.indicators() - r.met()).append("** |"));
    out.append("\n\n## 3. Indicator matrix\n\n_").append(md(Figures.GAP))
        .append(" marks an area identified for potential improvement._\n\n| Indicator |");
    c.columns().forEach(col -> out.append(' ').append(md(col.id())).append(" |"));
    out.append("\n| --- |").append(" --- |".repeat(c.columns().size())).append('\n');
    for (ThematicArea area : instrument.framework().areas()) {
      out.append("| **Area ").append(md(area.id().value() + ": " + c.text(area.title()))).append("** |")
          .append(" |".repeat(c.columns().size())).append('\n');
      for (Criterion criterion : area.criteria()) {
        for (Indicator indicator : criterion.indicators()) {
          out.append("| ").append(md(indicator.id().toString())).append(' ').append(md(c.text(indicator.statement())))
              .append(" |");
          for (Optional<JudgementStatus> status : c.comparison().statuses(indicator.id())) {
            boolean met = status.filter(JudgementStatus::isMet).isPresent();
            out.append(' ').append(met ? md(status(status)) : "**" + md(status(status)) + "**").append(" |");
          }
          out.append('\n');
        }
      }
    }
    out.append("\n## 4. Changes between consecutive assessments\n\n");
    if (c.comparison().steps().isEmpty()) {
      out.append("Only one assessment: nothing to compare it with.\n");
    } else {
      out.append("| From | To | Newly met | Regressed |\n| --- | --- | --- | --- |\n");
      for (ComparisonStep step : c.comparison().steps()) {
        out.append("| ").append(md(step.from().value())).append(" | ").append(md(step.to().value())).append(" | ")
            .append(md(indicators(step.newlyMet()))).append(" | ").append(md(indicators(step.regressed())))
            .append(" |\n");
      }
    }
    out.append("\n---\n\nEvery status and count in this report is computed from the assessments' judgements by the "
        + "CT-NAT SDK.\n");
    return out.toString();
  }

  private static String h(String text) {
    return Escapes.html(text);
  }

  private static String md(String text) {
    return Escapes.markdown(text);
  }
}
