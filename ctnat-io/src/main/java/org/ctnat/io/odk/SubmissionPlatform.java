package org.ctnat.io.odk;

/**
 * The server a submission export came from, as recognised from its metadata columns: the
 * platforms add their own columns to the form's fields ({@code _uuid}, {@code _submission_time}
 * on KoboToolbox; {@code SubmissionDate}, {@code KEY} on ODK Central).
 *
 * <p>The platform changes nothing in how answers are read; it is reported so that a reader of
 * the report can tell which export was read, and it decides which version column is checked
 * (see {@code docs/odk-import.md}).
 */
public enum SubmissionPlatform {

  /** KoboToolbox: {@code _id}, {@code _uuid}, {@code _submission_time}, {@code __version__}, … */
  KOBOTOOLBOX,

  /** ODK Central: {@code SubmissionDate}, {@code KEY}, {@code ReviewState}, {@code FormVersion}, … */
  ODK_CENTRAL,

  /** Neither platform's metadata columns were found (a hand-made or trimmed export). */
  UNKNOWN
}
