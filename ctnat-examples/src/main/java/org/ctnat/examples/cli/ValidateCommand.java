package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctnat.core.assessment.AssessmentValidation;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.io.Assessments;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.DocumentKinds;
import org.ctnat.io.InterviewRecords;
import org.ctnat.io.Instruments;
import org.ctnat.io.Judgements;
import org.ctnat.io.SurveyResponses;
import org.ctnat.io.WorkshopResults;

/** {@code validate <file>}: prints every violation, exits 1 if there is any. */
final class ValidateCommand {

  private ValidateCommand() {}

  static int run(Arguments arguments, PrintStream out) {
    Path file = Inputs.existing(arguments.single("file to validate"));
    String kind = DocumentKinds.of(file);
    if (kind.equals(DocumentKinds.INSTRUMENT)) {
      Instrument instrument = Instruments.read(file);
      out.println(file + ": valid " + instrument);
      return Ctnat.OK;
    }
    Instrument instrument = Inputs.instrument(arguments);
    List<String> problems = new ArrayList<>();
    int records;
    switch (kind) {
      case DocumentKinds.SURVEY_RESPONSE:
        records = 1;
        report(ResponseValidation.validate(instrument, SurveyResponses.read(file)), problems);
        break;
      case DocumentKinds.SURVEY_RESPONSES: {
        Set<String> seen = new HashSet<>();
        records = SurveyResponses.readLines(file, response -> {
          report(ResponseValidation.validate(instrument, response), problems);
          if (!seen.add(response.respondent().id().value())) {
            problems.add(Violation.of(response.respondent().id(), "respondent", ViolationRule.DUPLICATE_RESPONDENT,
                "respondent " + response.respondent().id() + " has more than one response").toString());
          }
        });
        break;
      }
      case DocumentKinds.CSV_RESPONSES: {
        var result = CsvResponses.read(instrument, file, CsvLayout.WIDE);
        result.report().problems().forEach(p -> problems.add(p.toString()));
        records = result.report().rows();
        break;
      }
      case DocumentKinds.INTERVIEW_RECORD:
        records = 1;
        report(ResponseValidation.validate(instrument, InterviewRecords.read(file)), problems);
        break;
      case DocumentKinds.WORKSHOP_RESULT:
        records = 1;
        report(ResponseValidation.validate(instrument, WorkshopResults.read(file)), problems);
        break;
      case DocumentKinds.JUDGEMENTS: {
        var judgements = Judgements.read(file);
        records = judgements.size();
        report(AssessmentValidation.validateJudgements(instrument, RespondentId.of("judgements"), judgements),
            problems);
        break;
      }
      case DocumentKinds.ASSESSMENT:
        records = 1;
        report(AssessmentValidation.validate(instrument, Assessments.read(file)), problems);
        break;
      default:
        throw new UsageException(file + " holds a '" + kind + "', which validate does not know");
    }
    problems.forEach(out::println);
    out.println(file + ": " + records + " record" + (records == 1 ? "" : "s") + " checked against "
        + instrument.id() + " " + instrument.version() + ", " + problems.size() + " violation"
        + (problems.size() == 1 ? "" : "s"));
    return problems.isEmpty() ? Ctnat.OK : Ctnat.FAILED;
  }

  private static void report(ValidationReport report, List<String> problems) {
    report.violations().forEach(v -> problems.add(v.toString()));
  }
}
