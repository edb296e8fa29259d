/**
 * The assessment report as one self-contained HTML file or as Markdown, the comparative report
 * for several assessments, and the data analysis worksheet as an {@code .xlsx} workbook. Every
 * number is computed from the assessment's data, with disclosure control on by default.
 */
package org.ctnat.io.report;
