/**
 * The assessment report as one self-contained HTML file or as Markdown, the comparative report
 * for several assessments, and the data analysis worksheet as an {@code .xlsx} workbook. Every
 * number is computed from the assessment's data, with disclosure control on by default.
 *
 * <p>Entry points: {@link org.ctnat.io.report.Reports} (assessment and comparative reports),
 * {@link org.ctnat.io.report.Worksheets} (the worksheet) and {@link
 * org.ctnat.io.report.ReportOptions} (threshold {@code k}, intervals, language, title, free
 * texts, internal drafts). Personal data is never rendered and every text is escaped; {@code
 * docs/report.md} in the repository describes the contents.
 */
package org.ctnat.io.report;
