package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentValidation;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.io.Assessments;
import org.ctnat.io.report.ReportOptions;
import org.ctnat.io.report.Reports;
import org.ctnat.io.report.Worksheets;

/**
 * {@code report <assessment.json>... --out report.html|report.md} and {@code worksheet
 * <assessment.json> --out worksheet.xlsx}, each with {@code [--instrument file] [--min-cell k]
 * [--disclosure on|off]}: the assessment report (or, for several assessments, the comparative
 * report) and the data analysis worksheet, with small cells suppressed unless disclosure control
 * is turned off for an internal draft.
 */
final class ReportCommand {

  private ReportCommand() {}

  static int report(Arguments arguments, PrintStream out) {
    List<Path> files = arguments.positional().stream().map(Inputs::existing).toList();
    if (files.isEmpty()) {
      throw new UsageException("report needs an assessment file (several for a comparative report)");
    }
    Path target = target(arguments, "report", List.of(".html", ".htm", ".md"));
    boolean markdown = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    Instrument instrument = Inputs.instrument(arguments);
    ReportOptions options = options(arguments);
    List<Assessment> assessments = files.stream().map(file -> read(file, instrument, out)).toList();
    if (assessments.size() == 1) {
      if (markdown) {
        Reports.writeMarkdown(assessments.get(0), instrument, options, target);
      } else {
        Reports.writeHtml(assessments.get(0), instrument, options, target);
      }
      out.println(target + ": report of " + assessments.get(0).id() + described(options));
    } else {
      if (markdown) {
        Reports.writeComparisonMarkdown(assessments, instrument, options, target);
      } else {
        Reports.writeComparisonHtml(assessments, instrument, options, target);
      }
      out.println(target + ": comparison of " + assessments.stream().map(a -> a.id().toString()).toList()
          + described(options));
    }
    return Ctnat.OK;
  }

  static int worksheet(Arguments arguments, PrintStream out) {
    Path file = Inputs.existing(arguments.single("assessment file"));
    Path target = target(arguments, "worksheet", List.of(".xlsx"));
    Instrument instrument = Inputs.instrument(arguments);
    ReportOptions options = options(arguments);
    Assessment assessment = read(file, instrument, out);
    Worksheets.write(assessment, instrument, options, target);
    out.println(target + ": worksheet of " + assessment.id() + described(options));
    return Ctnat.OK;
  }

  private static Path target(Arguments arguments, String command, List<String> extensions) {
    Path target = Path.of(arguments.option("out").orElseThrow(() -> new UsageException(command + " needs --out "
        + command + extensions.get(0))));
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (extensions.stream().noneMatch(name::endsWith)) {
      throw new UsageException("--out " + target + ": " + command + " writes " + String.join(" or ", extensions)
          + " files");
    }
    return target;
  }

  private static ReportOptions options(Arguments arguments) {
    ReportOptions.Builder options = ReportOptions.builder();
    boolean on = !arguments.choice("disclosure", List.of("on", "off")).orElse("on").equals("off");
    options.disclosureControl(on);
    arguments.integer("min-cell").ifPresent(k -> {
      if (!on) {
        throw new UsageException("--min-cell sets the threshold of disclosure control, which --disclosure off "
            + "turns off");
      }
      if (k < ReportOptions.MIN_K) {
        throw new UsageException("--min-cell must be at least " + ReportOptions.MIN_K + ", but was " + k);
      }
      options.k(k);
    });
    return options.build();
  }

  /** Reads an assessment and says on standard output if it breaks rules, which the report does not hide. */
  private static Assessment read(Path file, Instrument instrument, PrintStream out) {
    Assessment assessment = Assessments.read(file);
    if (!assessment.instrumentId().equals(instrument.id())) {
      throw new UsageException(file + " was made with " + assessment.instrumentId() + " "
          + assessment.instrumentVersion() + "; give that instrument with --instrument");
    }
    ValidationReport report = AssessmentValidation.validate(instrument, assessment);
    if (!report.isValid()) {
      out.println(file + ": " + report.violations().size() + " violation" + (report.violations().size() == 1
          ? "" : "s") + " (run validate for the list); the report counts the data as it is");
    }
    return assessment;
  }

  private static String described(ReportOptions options) {
    return options.disclosureControl() ? ", cells below " + options.k() + " suppressed"
        : ", INTERNAL DRAFT without disclosure control: do not publish";
  }
}
