package org.ctnat.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.DocumentKinds;
import org.ctnat.io.Instruments;
import org.ctnat.io.SurveyResponses;

/** Reading the files a command names: the instrument and survey responses in any format. */
final class Inputs {

  private Inputs() {}

  /** The instrument of {@code --instrument}, or the standard one. */
  static Instrument instrument(Arguments arguments) {
    return arguments.option("instrument").map(f -> Instruments.read(existing(f))).orElseGet(Instruments::ctnat2016);
  }

  /** A path that must exist, as a usage error otherwise. */
  static Path existing(String name) {
    Path path = Path.of(name);
    if (!Files.isRegularFile(path)) {
      throw new UsageException("no such file: " + name);
    }
    return path;
  }

  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * All responses of a file: wide CSV, JSON lines, or one response document. Rows of a CSV that
   * do not validate are reported on {@code problems} and left out.
   */
  static List<SurveyResponse> responses(Instrument instrument, Path file, List<String> problems) {
    String kind = DocumentKinds.of(file);
    switch (kind) {
      case DocumentKinds.CSV_RESPONSES: {
        CsvReadResult<List<SurveyResponse>> result = CsvResponses.read(instrument, file, CsvLayout.WIDE);
        result.report().problems().forEach(p -> problems.add(p.toString()));
        return result.value();
      }
      case DocumentKinds.SURVEY_RESPONSES: {
        List<SurveyResponse> responses = new ArrayList<>();
        SurveyResponses.readLines(file, responses::add);
        return responses;
      }
      case DocumentKinds.SURVEY_RESPONSE:
        return List.of(SurveyResponses.read(file));
      default:
        throw new UsageException(file + " holds a " + kind + ", not survey responses");
    }
  }
}
