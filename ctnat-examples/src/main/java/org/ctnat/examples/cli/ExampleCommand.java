package org.ctnat.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ctnat.core.analysis.AreaProfile;
import org.ctnat.core.analysis.GapReport;
import org.ctnat.core.analysis.Gaps;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentValidation;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.odk.XlsForms;
import org.ctnat.io.report.ReportOptions;
import org.ctnat.io.report.Reports;
import org.ctnat.io.report.Worksheets;
import org.ctnat.examples.worked.WorkedExample;

/**
 * {@code example [--out dir]}: the worked example from end to end. It validates the fictional
 * country's data (the survey export, with its invalid rows, and both assessment rounds), prints a
 * short summary — respondents, violations, gaps per area, top priorities — and writes the
 * reports, the comparison, the worksheet, the XLSForm and the data itself into the folder.
 */
final class ExampleCommand {

  /** The folder written when {@code --out} is not given. */
  static final String DEFAULT_FOLDER = "ctnat-example";

  private ExampleCommand() {}

  static int run(Arguments arguments, PrintStream out) {
    if (!arguments.positional().isEmpty()) {
      throw new UsageException("example: unexpected argument '" + arguments.positional().get(0) + "' (use --out dir)");
    }
    Path folder = Path.of(arguments.option("out").orElse(DEFAULT_FOLDER));
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    Instrument instrument = WorkedExample.instrument();
    out.println("CT-NAT worked example: " + WorkedExample.COUNTRY + ", a fictional country, assessed in two rounds");
    out.println();

    CsvReadResult<List<SurveyResponse>> survey = WorkedExample.loadSurvey2024();
    out.println("1. The survey export (" + WorkedExample.SURVEY_2024 + "): " + survey.report().rows() + " rows, "
        + survey.report().responsesKept() + " valid responses, " + survey.report().responsesLeftOut()
        + " rows left out by validation:");
    survey.report().problems().forEach(problem -> out.println("     " + problem));

    Assessment first = WorkedExample.load2024();
    Assessment second = WorkedExample.load2028();
    out.println();
    out.println("2. The assessments");
    for (Assessment assessment : List.of(first, second)) {
      ValidationReport report = AssessmentValidation.validate(instrument, assessment);
      out.println("   " + assessment.id() + ": " + assessment.surveyResponses().size() + " survey respondents, "
          + assessment.interviews().size() + " interviews, " + assessment.workshopResults().size()
          + " workshop groups, " + assessment.judgements().size() + " judgements, " + report.violations().size()
          + " violation" + (report.violations().size() == 1 ? "" : "s"));
      report.violations().forEach(violation -> out.println("     " + violation));
    }

    out.println();
    out.println("3. Gaps: indicators not met, undetermined or not judged, per thematic area");
    GapReport gaps2024 = Gaps.of(instrument, first);
    GapReport gaps2028 = Gaps.of(instrument, second);
    out.println(String.format(Locale.ROOT, "   %-48s %8s %8s", "area", first.id(), second.id()));
    for (AreaProfile area : gaps2024.areas()) {
      int later = gaps2028.area(area.area()).map(a -> a.flagged().size()).orElse(0);
      out.println(String.format(Locale.ROOT, "   %-48s %5d/%-2d %5d/%-2d", area.area() + " " + shorten(area.title().english(), 44),
          area.flagged().size(), area.indicators(), later, area.indicators()));
    }

    out.println();
    out.println("4. Top priorities in " + first.id() + " (survey score, and workshop groups choosing each)");
    PriorityTally priorities = PriorityTally.of(instrument, first.surveyResponses(), first.workshopResults());
    priorities.rows().stream().sorted(Comparator.comparingInt(PriorityTally.Row::score).reversed()
            .thenComparing(PriorityTally.Row::code)).limit(5)
        .forEach(row -> out.println(String.format(Locale.ROOT, "   %-2s %-60s score %3d, groups %d", row.code(),
            shorten(row.label(), 60), row.score(), row.groups())));

    ReportOptions published = ReportOptions.defaults();
    List<Path> written = new java.util.ArrayList<>(WorkedExample.write(folder));
    written.add(write(folder, "valdoria-2024-report.html",
        file -> Reports.writeHtml(first, instrument, published, file)));
    written.add(write(folder, "valdoria-2024-report.md",
        file -> Reports.writeMarkdown(first, instrument, published, file)));
    written.add(write(folder, "valdoria-2028-report.html",
        file -> Reports.writeHtml(second, instrument, published, file)));
    written.add(write(folder, "valdoria-comparison.html",
        file -> Reports.writeComparisonHtml(List.of(first, second), instrument, published, file)));
    written.add(write(folder, "valdoria-comparison.md",
        file -> Reports.writeComparisonMarkdown(List.of(first, second), instrument, published, file)));
    written.add(write(folder, "valdoria-2024-worksheet.xlsx",
        file -> Worksheets.write(first, instrument, published, file)));
    written.add(write(folder, "ctnat-2016-xlsform.xlsx", file -> XlsForms.write(instrument, file)));
    out.println();
    out.println("5. Written to " + folder + " (reports with cells below " + published.k() + " suppressed):");
    written.forEach(file -> out.println("   " + file));
    out.println();
    out.println("Open " + folder.resolve("valdoria-2024-report.html") + " in a browser; try "
        + "'java -jar ctnat-examples/target/ctnat.jar tally " + folder.resolve(WorkedExample.SURVEY_2024)
        + " --by gender' next.");
    return Ctnat.OK;
  }

  private interface Writer {
    void write(Path file);
  }

  private static Path write(Path folder, String name, Writer writer) {
    Path file = folder.resolve(name);
    writer.write(file);
    return file;
  }

  private static String shorten(String label, int width) {
    return label.length() <= width ? label : label.substring(0, width - 3) + "...";
  }
}
