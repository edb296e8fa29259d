package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ctnat.core.instrument.InvalidInstrumentException;
import org.ctnat.io.CtnatReadException;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;

/**
 * The {@code ctnat} command-line tool: {@code java -jar ctnat.jar <command> [options]}.
 *
 * <p>Commands:
 * <ul>
 *   <li>{@code example [--out dir]} — the worked example from end to end;
 *   <li>{@code instrument [--format json|yaml]} — writes the standard CT-NAT 2016 instrument;
 *   <li>{@code validate <file> [--instrument file]} — prints every violation in an instrument,
 *       responses (JSON, JSON lines, wide CSV), an interview record, a workshop result or an
 *       assessment;
 *   <li>{@code tally <responses> [--instrument file] [--by attribute]… [--min-cell k]
 *       [--format text|csv|json]} — tallies every item, optionally disaggregated, with small
 *       cells suppressed;
 *   <li>{@code convert <file> --to json|yaml|csv-wide|csv-long [--out file] [--instrument file]}
 *       — converts between the SDK's formats;
 *   <li>{@code xlsform --out form.xlsx [--instrument file]} and {@code xform [--out form.xml]
 *       [--instrument file]} — the survey as an XLSForm or an ODK XForm;
 *   <li>{@code import <export.csv|.xlsx> --out responses.jsonl|.json|.csv [--instrument file]
 *       [--respondent-field name]} — reads submissions exported by KoboToolbox or ODK Central,
 *       writes the valid ones and reports every row left out;
 *   <li>{@code report <assessment.json>... --out report.html|report.md [--instrument file]
 *       [--min-cell k] [--disclosure on|off]} — the assessment report, or the comparative report
 *       of several assessments;
 *   <li>{@code worksheet <assessment.json> --out worksheet.xlsx [--instrument file] [--min-cell k]
 *       [--disclosure on|off]} — the data analysis worksheet;
 *   <li>{@code help} — lists the commands.
 * </ul>
 *
 * <p>Exit status: 0 on success, 1 when the input cannot be read or breaks a rule, 2 for a usage
 * error.
 */
public final class Ctnat {

  /** Exit status for success. */
  public static final int OK = 0;
  /** Exit status when input cannot be read or is invalid. */
  public static final int FAILED = 1;
  /** Exit status for a command line that cannot be understood. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "usage: java -jar ctnat.jar <command> [options]",
      "",
      "commands:",
      "  example [--out dir]               the worked example end to end: validate a fictional country's",
      "                                    data, print gaps and priorities, write reports (default dir",
      "                                    ctnat-example)",
      "  instrument [--format json|yaml]   write the standard CT-NAT 2016 instrument to standard output",
      "  validate <file> [--instrument file]",
      "                                    print every violation in an instrument, responses (.json, .yaml,",
      "                                    .jsonl, wide .csv), an interview record, a workshop result or an",
      "                                    assessment; exit 1 if there is any",
      "  tally <responses> [--instrument file] [--by attribute]... [--min-cell k] [--format text|csv|json]",
      "                                    tally every item, by country, gender, position... with cells",
      "                                    below k suppressed",
      "  convert <file> --to json|yaml|csv-wide|csv-long [--out file] [--instrument file]",
      "                                    convert an instrument, responses, judgements or an assessment",
      "  xlsform --out form.xlsx [--instrument file]",
      "                                    the survey as an XLSForm for KoboToolbox and ODK Central",
      "  xform [--out form.xml] [--instrument file]",
      "                                    the survey as an ODK XForm (to standard output without --out)",
      "  import <export.csv|.xlsx> --out responses.jsonl|.json|.csv [--instrument file]",
      "         [--respondent-field name]  read submissions exported by KoboToolbox or ODK Central, write",
      "                                    the valid ones and report every row left out; exit 1 if any",
      "  report <assessment.json>... --out report.html|report.md [--instrument file] [--min-cell k]",
      "         [--disclosure on|off]      the assessment report (several assessments: the comparative",
      "                                    report), cells below k (default 5) suppressed unless off",
      "  worksheet <assessment.json> --out worksheet.xlsx [--instrument file] [--min-cell k]",
      "         [--disclosure on|off]      the data analysis worksheet: tallies, indicators, priorities",
      "  help                              show this help");

  private Ctnat() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "instrument":
          return instrument(new Arguments(rest, Set.of("format")), out);
        case "validate":
          return ValidateCommand.run(new Arguments(rest, Set.of("instrument")), out);
        case "tally":
          return TallyCommand.run(new Arguments(rest, Set.of("instrument", "by", "min-cell", "format")), out);
        case "convert":
          return ConvertCommand.run(new Arguments(rest, Set.of("to", "out", "instrument")), out);
        case "example":
          return ExampleCommand.run(new Arguments(rest, Set.of("out")), out);
        case "xlsform":
          return FormCommand.xlsform(new Arguments(rest, Set.of("out", "instrument")), out);
        case "xform":
          return FormCommand.xform(new Arguments(rest, Set.of("out", "instrument")), out);
        case "report":
          return ReportCommand.report(new Arguments(rest, Set.of("out", "instrument", "min-cell", "disclosure")), out);
        case "worksheet":
          return ReportCommand.worksheet(new Arguments(rest, Set.of("out", "instrument", "min-cell", "disclosure")),
              out);
        case "import":
          return ImportCommand.run(new Arguments(rest, Set.of("out", "instrument", "respondent-field")), out);
        case "help":
        case "--help":
        case "-h":
          out.println(USAGE_TEXT);
          return OK;
        default:
          throw new UsageException("unknown command '" + args[0] + "'");
      }
    } catch (UsageException e) {
      err.println("ctnat: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (CtnatReadException | InvalidInstrumentException | UncheckedIOException | InputRefusedException e) {
      err.println("ctnat: " + e.getMessage());
      return FAILED;
    }
  }

  private static int instrument(Arguments arguments, PrintStream out) {
    if (!arguments.positional().isEmpty()) {
      throw new UsageException("instrument: unexpected argument '" + arguments.positional().get(0) + "'");
    }
    DocumentFormat format = DocumentFormat.of(arguments.choice("format", List.of("json", "yaml")).orElse("json"));
    out.print(Instruments.toString(Instruments.ctnat2016(), format));
    out.flush();
    return OK;
  }
}
