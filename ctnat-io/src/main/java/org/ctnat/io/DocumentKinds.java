package org.ctnat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Tells what a file holds before it is read, so that a tool can pick the right reader: the
 * envelope's {@code kind} for JSON and YAML documents, the header's kind for JSON lines, and
 * "wide CSV responses" for a {@code .csv} file.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentKinds {

  /** The kind of an instrument document. */
  public static final String INSTRUMENT = "instrument";
  /** The kind of a single survey response document. */
  public static final String SURVEY_RESPONSE = "surveyResponse";
  /** The kind of a JSON-lines file of survey responses (its header line). */
  public static final String SURVEY_RESPONSES = "surveyResponses";
  /** The kind of an interview record document. */
  public static final String INTERVIEW_RECORD = "interviewRecord";
  /** The kind of a workshop result document. */
  public static final String WORKSHOP_RESULT = "workshopResult";
  /** The kind of a judgements document: the indicator judgements of one assessment. */
  public static final String JUDGEMENTS = "judgements";
  /** The kind of an assessment document. */
  public static final String ASSESSMENT = "assessment";
  /** The kind of a wide CSV file of survey responses (by extension, not by content). */
  public static final String CSV_RESPONSES = "csvResponses";

  private DocumentKinds() {}

  /**
   * The kind of a file: by extension for {@code .csv} ({@value #CSV_RESPONSES}) and
   * {@code .jsonl}/{@code .ndjson} (the header line's kind), otherwise the envelope's kind. A
   * {@code .json} file whose first line is on its own the header of a JSON-lines stream is
   * {@value #SURVEY_RESPONSES}: JSON lines under a {@code .json} name.
   *
   * @param file the file
   * @return the kind, e.g. {@value #INSTRUMENT}
   * @throws CtnatReadException if the file is not a CT-NAT document, with its location
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV_RESPONSES;
    }
    try {
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return kind(firstLine(file), file.toString() + ":1", DocumentFormat.JSON);
      }
      DocumentFormat format = DocumentFormat.ofFileName(name);
      if (format == DocumentFormat.JSON && isLinesHeader(firstLine(file))) {
        return SURVEY_RESPONSES; // JSON lines under a .json name, as some tools name them
      }
      if (Files.size(file) > Documents.MAX_DOCUMENT_BYTES) {
        throw new CtnatReadException(file.toString(), "", 0, 0,
            "document is larger than the limit of " + Documents.MAX_DOCUMENT_BYTES + " bytes", null);
      }
      return kind(Files.readString(file, StandardCharsets.UTF_8), file.toString(), format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The first line of a file, read no further than the JSON-lines line limit. */
  private static String firstLine(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SurveyResponses.Limits.DEFAULT_MAX_LINE_BYTES + 1);
      int end = 0;
      while (end < head.length && head[end] != '\n') {
        end++;
      }
      return new String(head, 0, end, StandardCharsets.UTF_8).strip();
    }
  }

  /** Whether a line is, on its own, the header envelope of a JSON-lines stream. */
  private static boolean isLinesHeader(String line) {
    if (!line.startsWith("{") || !line.endsWith("}")) {
      return false;
    }
    try {
      return SURVEY_RESPONSES.equals(kind(line, "", DocumentFormat.JSON));
    } catch (CtnatReadException e) {
      return false;
    }
  }

  private static String kind(String text, String source, DocumentFormat format) {
    JsonNode root;
    try {
      root = Documents.mapper(format).readTree(text);
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new CtnatReadException(source, "", at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()), "malformed " + format + ": " + e.getOriginalMessage(), e);
    }
    JsonNode kind = root == null ? null : root.get("kind");
    if (kind == null || !kind.isString() || !Documents.FORMAT.equals(root.path("format").asString(""))) {
      throw new CtnatReadException(source, "", 1, 1,
          "not a CT-NAT document: expected an envelope {format: ctnat, formatVersion, kind, ...}", null);
    }
    return kind.stringValue();
  }
}
