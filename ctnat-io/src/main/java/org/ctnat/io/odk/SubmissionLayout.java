package org.ctnat.io.odk;

import java.util.Objects;
import java.util.Optional;

/**
 * What a reader recognised in a submission export's header: which platform wrote it, in which
 * format, with which separators, how multiple choices are laid out and where the respondent ids
 * come from. It describes the file; the reader needs no layout from the caller.
 *
 * <p>Immutable and thread-safe.
 *
 * @param platform the platform, from its metadata columns
 * @param format CSV or XLSX
 * @param delimiter the CSV field separator ({@code ;} or {@code ,}); empty for XLSX
 * @param groupSeparator the separator of group paths in the headers ({@code /} as KoboToolbox
 *     writes them, {@code -} as ODK Central does); empty when the headers carry no group path
 * @param listColumns whether multiple choices have their one column of space-separated codes
 * @param flagColumns whether multiple choices have a 0/1 column per option
 * @param respondentColumn the header of the column the respondent ids are read from: the form's
 *     respondent field, or the instance id when the form has none
 */
public record SubmissionLayout(SubmissionPlatform platform, Format format, Optional<Character> delimiter,
    Optional<String> groupSeparator, boolean listColumns, boolean flagColumns, String respondentColumn) {

  /** The file formats read. */
  public enum Format {
    /** Comma- or semicolon-separated text, UTF-8. */
    CSV,
    /** An Office Open XML workbook; its first sheet is read. */
    XLSX
  }

  /** Checks for nulls. */
  public SubmissionLayout {
    Objects.requireNonNull(platform, "submission layout: platform");
    Objects.requireNonNull(format, "submission layout: format");
    Objects.requireNonNull(delimiter, "submission layout: delimiter");
    Objects.requireNonNull(groupSeparator, "submission layout: groupSeparator");
    Objects.requireNonNull(respondentColumn, "submission layout: respondentColumn");
  }

  @Override
  public String toString() {
    return platform + " " + format + delimiter.map(d -> " separated by '" + d + "'").orElse("")
        + groupSeparator.map(s -> ", groups joined by '" + s + "'").orElse(", no group paths")
        + ", multiple choices as " + (listColumns && flagColumns ? "lists and 0/1 columns"
        : listColumns ? "lists" : flagColumns ? "0/1 columns" : "-")
        + ", respondents from '" + respondentColumn + "'";
  }
}
