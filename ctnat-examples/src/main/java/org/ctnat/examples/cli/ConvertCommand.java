package org.ctnat.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.Assessments;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.DocumentKinds;
import org.ctnat.io.InterviewRecords;
import org.ctnat.io.Instruments;
import org.ctnat.io.Judgements;
import org.ctnat.io.SurveyResponses;
import org.ctnat.io.WorkshopResults;

/**
 * {@code convert <file> --to json|yaml|csv-wide|csv-long}: an instrument, interview record,
 * workshop result or assessment to JSON or YAML; survey responses (one document, JSON lines or
 * wide CSV) to JSON (JSON lines for several), YAML (one response only) or wide or long CSV.
 * Personal data is never written.
 */
final class ConvertCommand {

  private static final List<String> TARGETS = List.of("json", "yaml", "csv-wide", "csv-long");

  private ConvertCommand() {}

  static int run(Arguments arguments, PrintStream out) {
    Path file = Inputs.existing(arguments.single("file to convert"));
    String to = arguments.choice("to", TARGETS)
        .orElseThrow(() -> new UsageException("convert needs --to " + String.join("|", TARGETS)));
    String kind = DocumentKinds.of(file);
    String converted;
    switch (kind) {
      case DocumentKinds.INSTRUMENT:
        converted = Instruments.toString(Instruments.read(file), document(to, kind));
        break;
      case DocumentKinds.INTERVIEW_RECORD:
        converted = InterviewRecords.toString(InterviewRecords.read(file), document(to, kind));
        break;
      case DocumentKinds.WORKSHOP_RESULT:
        converted = WorkshopResults.toString(WorkshopResults.read(file), document(to, kind));
        break;
      case DocumentKinds.ASSESSMENT:
        converted = Assessments.toString(Assessments.read(file), document(to, kind));
        break;
      case DocumentKinds.JUDGEMENTS:
        converted = Judgements.toString(Judgements.read(file), document(to, kind));
        break;
      case DocumentKinds.SURVEY_RESPONSE:
      case DocumentKinds.SURVEY_RESPONSES:
      case DocumentKinds.CSV_RESPONSES:
        converted = responses(Inputs.instrument(arguments), file, kind, to);
        break;
      default:
        throw new UsageException(file + " holds a '" + kind + "', which convert does not know");
    }
    return write(converted, arguments, out);
  }

  private static DocumentFormat document(String to, String kind) {
    if (to.startsWith("csv")) {
      throw new UsageException("--to " + to + " is for survey responses; a " + kind + " converts to json or yaml");
    }
    return DocumentFormat.of(to);
  }

  private static String responses(Instrument instrument, Path file, String kind, String to) {
    List<String> problems = new ArrayList<>();
    List<SurveyResponse> responses = Inputs.responses(instrument, file, problems);
    if (!problems.isEmpty()) {
      throw new InputRefusedException(file + " has " + problems.size() + " problems (run validate for the list); "
          + "convert refuses to drop rows silently");
    }
    switch (to) {
      case "csv-wide":
        return CsvResponses.toString(instrument, responses, CsvLayout.WIDE);
      case "csv-long":
        return CsvResponses.toString(instrument, responses, CsvLayout.LONG);
      case "yaml":
        if (responses.size() != 1) {
          throw new UsageException("--to yaml writes one response; " + file + " has " + responses.size()
              + " (use --to json for JSON lines)");
        }
        return SurveyResponses.toString(responses.get(0), DocumentFormat.YAML);
      default:
        if (kind.equals(DocumentKinds.SURVEY_RESPONSE)) {
          return SurveyResponses.toString(responses.get(0), DocumentFormat.JSON);
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        SurveyResponses.writeLines(instrument, responses, lines);
        return lines.toString(StandardCharsets.UTF_8);
    }
  }

  private static int write(String converted, Arguments arguments, PrintStream out) {
    if (arguments.option("out").isPresent()) {
      Path target = Path.of(arguments.option("out").get());
      try {
        Files.writeString(target, converted, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      }
    } else {
      out.print(converted);
      out.flush();
    }
    return Ctnat.OK;
  }
}
