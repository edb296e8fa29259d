package org.ctnat.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.instrument.Instrument;

/**
 * The assessment report and the comparative report, as one self-contained HTML file or as
 * GitHub-flavoured Markdown. Every number is computed from the data; nothing is typed in.
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * Assessment aze = Assessments.read(Path.of("aze-2016.json"));
 * Reports.writeHtml(aze, ctnat, ReportOptions.defaults(), Path.of("aze-2016.html"));   // k = 5
 * String draft = Reports.markdown(aze, ctnat, ReportOptions.internalDraft());          // all counts
 * String compared = Reports.comparisonHtml(List.of(aze2016, aze2018), ctnat, ReportOptions.defaults());
 * }</pre>
 *
 * <h2>What the assessment report contains</h2>
 * In the order of the 2016 CT-NAT report: the methodology and respondent profile (evidence
 * collected, respondents by profile attribute, interview participants by sex, desk review
 * sources); the trafficking situation and trends (context, never scored); then for each thematic
 * area the survey results (each question's counts, shares of those who answered, confidence
 * intervals and denominators; each grid also as a diverging stacked bar chart), the interview
 * themes, the indicator table with the areas identified for potential improvement marked by
 * colour <em>and</em> by the text {@code ▲ Gap}, the list of those indicators, and the area's
 * recommendations; the priorities for action (survey respondents' rankings and workshop groups
 * side by side); and the limitations: sample sizes, judgements to revisit, and exactly which
 * figures disclosure control withheld. {@code docs/report.md} in the repository shows an example.
 *
 * <h2>Disclosure control and personal data</h2>
 * By default ({@link ReportOptions#defaults()}) every count from 1 to {@code k − 1} ({@code k =
 * }{@value ReportOptions#DEFAULT_K}) is withheld and shown as {@code x}, with the counts, totals,
 * shares, intervals, chart segments, summaries and scores that would reveal it, following {@link
 * org.ctnat.core.analysis.DisclosureControl}; the report states {@code k} and lists what was
 * withheld. {@link ReportOptions#internalDraft()} shows every count, and the report then says
 * on its first line that it is an internal draft. Personal data (names, contacts, an interviewee's
 * personal metadata) is never read, respondent and interview ids are never shown, and free texts
 * are quoted without attribution in alphabetical order (or left out, {@link
 * ReportOptions#freeText()}). All text is escaped: no answer can become markup.
 *
 * <h2>Self-contained HTML</h2>
 * One file, UTF-8: inline CSS with a print stylesheet (A4, one area per page), inline SVG charts
 * with {@code role="img"}, title and description, no script, no external font, image or style
 * sheet, so it opens offline and prints to PDF from any browser. Tables have captions and
 * header scopes; the document declares its language.
 *
 * <p>Stateless and thread-safe.
 */
public final class Reports {

  private Reports() {}

  /**
   * The assessment report as HTML, with the default options (disclosure control on, {@code k =
   * }{@value ReportOptions#DEFAULT_K}).
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with (same id; the version may differ)
   * @return the HTML document
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static String html(Assessment assessment, Instrument instrument) {
    return html(assessment, instrument, ReportOptions.defaults());
  }

  /**
   * The assessment report as HTML.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with (same id; the version may differ)
   * @param options the options
   * @return the HTML document
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static String html(Assessment assessment, Instrument instrument, ReportOptions options) {
    return HtmlReport.render(content(assessment, instrument, options));
  }

  /**
   * Writes the assessment report as an HTML file (UTF-8) with the default options (disclosure
   * control on, {@code k = }{@value ReportOptions#DEFAULT_K}), replacing the file if it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with (same id; the version may differ)
   * @param file the file, e.g. {@code aze-2016.html}
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeHtml(Assessment assessment, Instrument instrument, Path file) {
    writeHtml(assessment, instrument, ReportOptions.defaults(), file);
  }

  /**
   * Writes the assessment report as an HTML file (UTF-8), replacing the file if it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @param file the file, e.g. {@code aze-2016.html}
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeHtml(Assessment assessment, Instrument instrument, ReportOptions options, Path file) {
    write(html(assessment, instrument, options), file);
  }

  /**
   * Writes the assessment report as HTML (UTF-8) to a stream, which is flushed but not closed.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @param out the stream
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if writing fails
   */
  public static void writeHtml(Assessment assessment, Instrument instrument, ReportOptions options,
      OutputStream out) {
    write(html(assessment, instrument, options), out);
  }

  /**
   * The assessment report as GitHub-flavoured Markdown, with the default options.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @return the Markdown text
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static String markdown(Assessment assessment, Instrument instrument) {
    return markdown(assessment, instrument, ReportOptions.defaults());
  }

  /**
   * The assessment report as GitHub-flavoured Markdown: the same sections and numbers as the HTML
   * report, charts given as tables.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @return the Markdown text
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   */
  public static String markdown(Assessment assessment, Instrument instrument, ReportOptions options) {
    return MarkdownReport.render(content(assessment, instrument, options));
  }

  /**
   * Writes the assessment report as a Markdown file (UTF-8) with the default options (disclosure
   * control on, {@code k = }{@value ReportOptions#DEFAULT_K}), replacing the file if it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with (same id; the version may differ)
   * @param file the file, e.g. {@code aze-2016.md}
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeMarkdown(Assessment assessment, Instrument instrument, Path file) {
    writeMarkdown(assessment, instrument, ReportOptions.defaults(), file);
  }

  /**
   * Writes the assessment report as a Markdown file (UTF-8), replacing the file if it exists.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @param file the file, e.g. {@code aze-2016.md}
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeMarkdown(Assessment assessment, Instrument instrument, ReportOptions options, Path file) {
    write(markdown(assessment, instrument, options), file);
  }

  /**
   * Writes the assessment report as Markdown (UTF-8) to a stream, which is flushed but not closed.
   *
   * @param assessment the assessment
   * @param instrument the instrument it was made with
   * @param options the options
   * @param out the stream
   * @throws IllegalArgumentException if the assessment was made with an instrument of another id
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMarkdown(Assessment assessment, Instrument instrument, ReportOptions options,
      OutputStream out) {
    write(markdown(assessment, instrument, options), out);
  }

  /**
   * The comparative report of several assessments as HTML: the assessments and their sample
   * sizes, the number of indicators identified for potential improvement per area and
   * assessment, the indicator matrix (indicator × assessment, with gap markers), and the
   * indicators newly met or regressed between consecutive assessments. Only the options' title
   * and language apply: the comparison holds no counts of respondents.
   *
   * @param assessments the assessments, in column order (earliest round or first country first)
   * @param instrument the instrument whose framework gives the rows
   * @param options the options
   * @return the HTML document
   * @throws IllegalArgumentException if the list is empty or an assessment was made with an
   *     instrument of another id
   */
  public static String comparisonHtml(List<Assessment> assessments, Instrument instrument, ReportOptions options) {
    check(assessments, instrument, options);
    return ComparisonReport.html(assessments, instrument, options);
  }

  /**
   * The comparative report of several assessments as GitHub-flavoured Markdown; see {@link
   * #comparisonHtml(List, Instrument, ReportOptions)}.
   *
   * @param assessments the assessments, in column order
   * @param instrument the instrument whose framework gives the rows
   * @param options the options
   * @return the Markdown text
   * @throws IllegalArgumentException if the list is empty or an assessment was made with an
   *     instrument of another id
   */
  public static String comparisonMarkdown(List<Assessment> assessments, Instrument instrument,
      ReportOptions options) {
    check(assessments, instrument, options);
    return ComparisonReport.markdown(assessments, instrument, options);
  }

  /**
   * Writes the comparative report as an HTML file (UTF-8), replacing the file if it exists.
   *
   * @param assessments the assessments, in column order
   * @param instrument the instrument whose framework gives the rows
   * @param options the options
   * @param file the file
   * @throws IllegalArgumentException if the list is empty or an assessment was made with an
   *     instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeComparisonHtml(List<Assessment> assessments, Instrument instrument, ReportOptions options,
      Path file) {
    write(comparisonHtml(assessments, instrument, options), file);
  }

  /**
   * Writes the comparative report as a Markdown file (UTF-8), replacing the file if it exists.
   *
   * @param assessments the assessments, in column order
   * @param instrument the instrument whose framework gives the rows
   * @param options the options
   * @param file the file
   * @throws IllegalArgumentException if the list is empty or an assessment was made with an
   *     instrument of another id
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeComparisonMarkdown(List<Assessment> assessments, Instrument instrument,
      ReportOptions options, Path file) {
    write(comparisonMarkdown(assessments, instrument, options), file);
  }

  static ReportContent content(Assessment assessment, Instrument instrument, ReportOptions options) {
    Objects.requireNonNull(assessment, "report: assessment");
    Objects.requireNonNull(instrument, "report: instrument");
    Objects.requireNonNull(options, "report: options");
    return ReportContent.of(assessment, instrument, options);
  }

  private static void check(List<Assessment> assessments, Instrument instrument, ReportOptions options) {
    Objects.requireNonNull(assessments, "comparative report: assessments");
    assessments.forEach(a -> Objects.requireNonNull(a, "comparative report: an assessment is null"));
    Objects.requireNonNull(instrument, "comparative report: instrument");
    Objects.requireNonNull(options, "comparative report: options");
  }

  private static void write(String document, Path file) {
    Objects.requireNonNull(file, "report: file");
    try {
      Files.writeString(file, document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + file, e);
    }
  }

  private static void write(String document, OutputStream out) {
    Objects.requireNonNull(out, "report: out");
    try {
      out.write(document.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to the stream", e);
    }
  }
}
