package org.ctnat.io;

import java.util.Objects;

/**
 * What a CSV reader returns: the value read from every good row — responses, a tally — and the
 * report of every problem found in the other rows. A reader never drops a good row because of a
 * bad one, and never repairs a bad one: check {@link CsvReadReport#isClean()} before trusting the
 * value as the whole file.
 *
 * <pre>{@code
 * CsvReadResult<List<SurveyResponse>> read = CsvResponses.read(instrument, Path.of("survey.csv"), CsvLayout.WIDE);
 * if (!read.report().isClean()) {
 *   System.err.println(read.report());
 * }
 * SurveyTally tally = SurveyTally.of(instrument, read.value());
 * }</pre>
 *
 * <p>Instances are immutable (when the value is) and thread-safe.
 *
 * @param value what was read from the good rows
 * @param report the problems of the other rows
 * @param <T> the type of value read
 */
public record CsvReadResult<T>(T value, CsvReadReport report) {

  /** Checks for nulls. */
  public CsvReadResult {
    Objects.requireNonNull(value, "csv read result: value");
    Objects.requireNonNull(report, "csv read result: report");
  }
}
