package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.SurveyResponses;
import org.ctnat.io.odk.SubmissionOptions;
import org.ctnat.io.odk.SubmissionReadResult;
import org.ctnat.io.odk.Submissions;

/**
 * {@code import <export> --out responses.jsonl|.json|.csv [--instrument file] [--respondent-field
 * name]}: reads submissions exported by KoboToolbox or ODK Central (CSV or XLSX) into validated
 * survey responses, writes the valid ones, and prints the report of every row left out.
 */
final class ImportCommand {

  private ImportCommand() {}

  static int run(Arguments arguments, PrintStream out) {
    Path file = Inputs.existing(arguments.single("export file to import"));
    Path target = Path.of(arguments.option("out")
        .orElseThrow(() -> new UsageException("import needs --out responses.jsonl, .json or .csv")));
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".json") && !name.endsWith(".ndjson")) {
      throw new UsageException("--out " + target + ": expected a .jsonl or .json file (JSON lines) or a .csv file "
          + "(wide CSV)");
    }
    Instrument instrument = Inputs.instrument(arguments);
    SubmissionOptions options = SubmissionOptions.defaults();
    if (arguments.option("respondent-field").isPresent()) {
      options = options.withRespondentField(arguments.option("respondent-field").get());
    }
    SubmissionReadResult result = Submissions.read(instrument, file, options);
    List<SurveyResponse> responses = result.responses();
    if (csv) {
      CsvResponses.write(instrument, responses, CsvLayout.WIDE, target);
    } else {
      SurveyResponses.writeLines(instrument, responses, target);
    }
    out.println(result.report());
    out.println(target + ": " + responses.size() + " response" + (responses.size() == 1 ? "" : "s") + " written");
    return result.report().errors().isEmpty() ? Ctnat.OK : Ctnat.FAILED;
  }
}
