package org.ctnat.io.odk;

import static org.ctnat.io.odk.ReportedValues.abbreviate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.io.CtnatReadException;

/**
 * Decodes the rows of a submission export into validated survey responses, cell by cell, with
 * every cell that cannot be read and every rule broken as a problem at its row and column.
 * Package-private; {@link Submissions} is the entry point.
 *
 * <p>A mutable, single-threaded reader of one export.
 */
final class SubmissionRows {

  /** Stands in for an unreadable respondent id while the rest of the row is checked. */
  private static final RespondentId UNREADABLE = RespondentId.of("unreadable");

  private final Instrument instrument;
  private final SubmissionSheet sheet;
  private final SubmissionColumns columns;
  private final SubmissionOptions options;
  private final boolean strictWidth;
  private final List<SubmissionProblem> problems = new ArrayList<>();
  private final Set<RespondentId> kept = new HashSet<>();

  private int row;
  private RespondentId respondent;
  private int rowProblems;
  private final boolean[] bad;

  private SubmissionRows(Instrument instrument, SubmissionSheet sheet, SubmissionColumns columns,
      SubmissionOptions options, boolean strictWidth) {
    this.instrument = instrument;
    this.sheet = sheet;
    this.columns = columns;
    this.options = options;
    this.strictWidth = strictWidth;
    this.bad = new boolean[columns.items.size()];
    problems.addAll(columns.warnings);
  }

  /**
   * Reads a whole export.
   *
   * @param strictWidth whether every row must have as many cells as the header (CSV), or may
   *     leave out empty cells at its end (XLSX)
   */
  static SubmissionReadResult read(Instrument instrument, SubmissionSheet sheet, SubmissionOptions options,
      SubmissionLayout.Format format, Optional<Character> delimiter) {
    if (!sheet.next()) {
      throw new CtnatReadException(sheet.source(), "", 1, 1, "the export is empty; expected a header row of "
          + "field names, such as respondent" + (delimiter.orElse(',')) + "s1-q1.1" + delimiter.orElse(',') + "…",
          null);
    }
    SubmissionColumns columns = SubmissionColumns.read(instrument, sheet, options);
    SubmissionRows rows = new SubmissionRows(instrument, sheet, columns, options,
        format == SubmissionLayout.Format.CSV);
    List<Submission> submissions = new ArrayList<>();
    int count = 0;
    while (sheet.next()) {
      count++;
      Submission submission = rows.decode();
      if (submission != null) {
        submissions.add(submission);
      }
    }
    SubmissionReport report = SubmissionReport.of(sheet.source(), columns.layout(format, delimiter), count,
        submissions.size(), count - submissions.size(), rows.problems);
    return new SubmissionReadResult(submissions, report);
  }

  /** The submission of the current row, or null if it has a problem (then reported). */
  private Submission decode() {
    row = sheet.row();
    respondent = null;
    rowProblems = 0;
    Arrays.fill(bad, false);
    int size = sheet.size();
    if (size > columns.width || (strictWidth && size < columns.width)) {
      readRespondent(true);
      int at = Math.min(size, columns.width);
      problem(at, Optional.empty(), "row " + row + " has " + size + " cell" + (size == 1 ? "" : "s")
          + ", but the header has " + columns.width + "; expected " + columns.width + (size < columns.width
          ? " (the row ends before this column: is the file truncated, or a line break in a text not quoted?)"
          : " (a separator inside a text that is not quoted?)"));
      return null;
    }
    for (int c = 0; c < columns.width; c++) {
      SubmissionColumns.Kind kind = columns.roles[c].kind();
      if (sheet.defect(c) != null && kind != SubmissionColumns.Kind.IGNORED
          && kind != SubmissionColumns.Kind.UNKNOWN) {
        problem(c, Optional.empty(), "the cell holds " + sheet.defect(c));
        SubmissionColumns.Item item = columns.roles[c].item();
        if (item != null) {
          bad[item.index] = true;
        }
      }
    }
    readRespondent(false);
    SubmissionMetadata metadata = metadata();
    Map<ItemId, Answer> answers = new LinkedHashMap<>();
    for (SubmissionColumns.Item item : columns.items) {
      if (!item.inFile()) {
        continue;
      }
      Answer answer = switch (item.kind) {
        case SINGLE -> single(item);
        case POINT -> cell(item.value).isEmpty() ? null : PointAnswer.of(cell(item.value));
        case TEXT -> cell(item.value).isEmpty() ? null : TextAnswer.of(cell(item.value));
        case MULTIPLE -> multiple(item);
        case RANKED -> ranked(item);
      };
      if (answer != null && !bad[item.index]) {
        answers.put(item.id, answer);
      }
    }
    for (int c = 0; c < columns.width; c++) {
      if (columns.roles[c].kind() == SubmissionColumns.Kind.FOREIGN && !cell(c).isEmpty()) {
        problem(c, Optional.of(ViolationRule.UNKNOWN_ITEM), "'" + columns.names[c] + "' is named like a field of a "
            + "CT-NAT form, but " + instrument.id() + " " + instrument.version() + " has no such item; expected "
            + "the export of the form of this instrument (or an empty cell)");
      }
    }
    SurveyResponse response = SurveyResponse.to(instrument, Respondent.builder()
        .id(respondent != null ? respondent : UNREADABLE).build()).answers(answers).build();
    for (Violation violation : ResponseValidation.validate(instrument, response).violations()) {
      violation(violation);
    }
    if (rowProblems == 0 && !kept.add(respondent)) {
      problem(columns.respondent, Optional.of(ViolationRule.DUPLICATE_RESPONDENT), "respondent " + respondent
          + " was already read from an earlier row; expected each respondent once (a submission sent twice, or "
          + "an edited one exported with its original?)");
    }
    return rowProblems == 0 ? new Submission(row, response, metadata) : null;
  }

  private String cell(int column) {
    return column < 0 || sheet.defect(column) != null ? "" : sheet.cell(column);
  }

  private void readRespondent(boolean quiet) {
    int c = columns.respondent;
    if (sheet.defect(c) != null) {
      return; // reported as a defect
    }
    String value = sheet.cell(c);
    boolean instance = columns.roles[c].kind() != SubmissionColumns.Kind.RESPONDENT;
    String id = instance && value.startsWith("uuid:") ? value.substring("uuid:".length()) : value;
    if (id.isEmpty()) {
      if (!quiet) {
        problem(c, Optional.empty(), "the " + (instance ? "instance id" : "respondent id") + " is empty; expected "
            + (instance ? "the submission's instance id, such as uuid:4e0b6a4c-7d5b-4c5e-9a37-0c8a2f3e1d11"
            : "the respondent's pseudonymous id, such as AZEsur1"));
      }
      return;
    }
    try {
      respondent = RespondentId.of(id);
    } catch (IllegalArgumentException e) {
      if (!quiet) {
        // the value is not repeated: an enumerator may have typed a person's name here
        problem(c, Optional.empty(), "the " + (instance ? "instance id cannot serve as a respondent id"
            : "value is not a respondent id") + ": " + ReportedValues.describeId(id) + "; expected letters, "
            + "digits, '.', '_' or '-', at most 64, starting with a letter or digit" + (instance
            ? " (a uuid: prefix is left out)" : ", such as AZEsur1"));
      }
    }
  }

  private SubmissionMetadata metadata() {
    String version = columns.formVersion >= 0 ? cell(columns.formVersion) : "";
    String expectedVersion = options.formVersion().orElse(instrument.version());
    if (!version.isEmpty() && !version.equals(expectedVersion)) {
      problem(columns.formVersion, Optional.of(ViolationRule.WRONG_INSTRUMENT), "form version '"
          + abbreviate(version) + "', but the form of " + instrument.id() + " " + instrument.version()
          + " is version '" + expectedVersion + "'; expected submissions of that version (or set "
          + "SubmissionOptions.withFormVersion)");
    }
    String formId = columns.formId >= 0 ? cell(columns.formId) : "";
    String expectedId = options.formId().orElse(instrument.id().toString());
    // KoboToolbox replaces the XLSForm's form_id with the project's asset uid when it deploys the
    // form, so its _xform_id_string is checked only against an id the caller gave
    boolean checkId = columns.platform != SubmissionPlatform.KOBOTOOLBOX || options.formId().isPresent();
    if (checkId && !formId.isEmpty() && !formId.equals(expectedId)) {
      problem(columns.formId, Optional.of(ViolationRule.WRONG_INSTRUMENT), "form id '" + abbreviate(formId)
          + "', but the form of " + instrument.id() + " " + instrument.version() + " is '" + expectedId
          + "'; expected submissions of that form (or set SubmissionOptions.withFormId)");
    }
    if (version.isEmpty() && columns.platformVersion >= 0) {
      version = cell(columns.platformVersion);
    }
    return new SubmissionMetadata(text(columns.instanceId), text(columns.submissionTime),
        formId.isEmpty() ? Optional.empty() : Optional.of(formId),
        version.isEmpty() ? Optional.empty() : Optional.of(version), text(columns.reviewState));
  }

  private Optional<String> text(int column) {
    String value = cell(column);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private Answer single(SubmissionColumns.Item item) {
    String value = cell(item.value);
    if (value.isEmpty()) {
      texts(item, Set.of(), false);
      return null;
    }
    return new ChoiceAnswer(value, texts(item, Set.of(value), true));
  }

  private Answer multiple(SubmissionColumns.Item item) {
    String list = cell(item.value);
    List<String> listed = list.isBlank() ? List.of() : List.of(list.strip().split("\\s+"));
    Boolean[] flags = new Boolean[item.codes.size()];
    int firstEmpty = -1;
    boolean filled = false;
    for (int o = 0; o < flags.length; o++) {
      int c = item.flags[o];
      if (c < 0 || sheet.defect(c) != null) {
        continue;
      }
      String value = cell(c);
      if (value.isEmpty()) {
        firstEmpty = firstEmpty < 0 ? c : firstEmpty;
        continue;
      }
      filled = true;
      if (value.equals("0") || value.equals("1")) {
        flags[o] = value.equals("1");
      } else {
        bad[item.index] = true;
        problem(c, Optional.empty(), "'" + abbreviate(value) + "' is not 0 or 1; expected 1 if '"
            + item.codes.get(o) + "' was chosen, 0 if not, or an empty cell if " + item.id + " was not answered");
      }
    }
    if (filled && firstEmpty >= 0) {
      bad[item.index] = true;
      problem(firstEmpty, Optional.empty(), "empty, but other 0/1 columns of " + item.id + " are filled in; "
          + "expected 0 or 1 in every 0/1 column of an answered multiple choice");
    }
    for (int c : item.unknownFlags) {
      String value = cell(c);
      String code = columns.roles[c].code();
      if (value.equals("1")) {
        bad[item.index] = true;
        problem(c, Optional.of(ViolationRule.UNKNOWN_OPTION), "'" + code + "' is chosen, but it is not an option "
            + item.codes + " of " + item.id + "; expected only the options of the instrument");
      } else if (!value.isEmpty() && !value.equals("0")) {
        bad[item.index] = true;
        problem(c, Optional.empty(), "'" + abbreviate(value) + "' is not 0 or 1; expected 0, 1 or an empty cell");
      }
    }
    if (item.value >= 0 && sheet.defect(item.value) == null) {
      for (int o = 0; o < flags.length; o++) {
        if (flags[o] != null && flags[o] != listed.contains(item.codes.get(o))) {
          bad[item.index] = true;
          problem(item.flags[o], Optional.empty(), "holds " + (flags[o] ? 1 : 0) + ", but column '"
              + columns.names[item.value] + "' " + (listed.isEmpty() ? "is empty" : "lists '" + abbreviate(list)
              + "'") + "; expected the 0/1 columns and the list of codes to agree");
        }
      }
    }
    List<String> codes = new ArrayList<>(listed);
    if (item.value < 0) {
      for (int o = 0; o < flags.length; o++) {
        if (Boolean.TRUE.equals(flags[o])) {
          codes.add(item.codes.get(o));
        }
      }
    }
    Optional<String> text = texts(item, new HashSet<>(codes), !codes.isEmpty());
    return codes.isEmpty() ? null : new SelectionAnswer(codes, text);
  }

  private Answer ranked(SubmissionColumns.Item item) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (int k = 0; k < item.ranks.length; k++) {
      int c = item.ranks[k];
      String value = cell(c);
      if (value.isEmpty()) {
        continue;
      }
      Integer before = ranks.putIfAbsent(value, k + 1);
      if (before != null) {
        bad[item.index] = true;
        problem(c, Optional.of(ViolationRule.DUPLICATE_SELECTION), "'" + abbreviate(value) + "' is ranked "
            + before + " and again " + (k + 1) + "; expected each option ranked once");
      }
    }
    Optional<String> text = texts(item, ranks.keySet(), !ranks.isEmpty());
    return ranks.isEmpty() ? null : new RankingAnswer(ranks, text);
  }

  /** The specified text of an answer; a text whose option was not picked is a problem. */
  private Optional<String> texts(SubmissionColumns.Item item, Set<String> picked, boolean answered) {
    int chosen = -1;
    for (int o = 0; o < item.codes.size(); o++) {
      int c = item.texts[o];
      if (c < 0 || cell(c).isEmpty()) {
        continue;
      }
      String code = item.codes.get(o);
      if (!picked.contains(code)) {
        bad[item.index] = true;
        problem(c, Optional.of(ViolationRule.OTHER_TEXT_WITHOUT_OTHER), ReportedValues.textWithoutItsOption(item.id,
            code, answered, item.kind == SubmissionColumns.ItemKind.RANKED));
      } else if (chosen >= 0) {
        bad[item.index] = true;
        problem(c, Optional.empty(), ReportedValues.secondSpecifiedText(item.id, item.codes.get(chosen)));
      } else {
        chosen = o;
      }
    }
    return chosen >= 0 ? Optional.of(cell(item.texts[chosen])) : Optional.empty();
  }

  private void violation(Violation violation) {
    SubmissionColumns.Item item = violation.element().map(columns::item).orElse(null);
    if (item == null) {
      problem(columns.respondent, Optional.of(violation.rule()), violation.detail());
      return;
    }
    if (violation.rule() == ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT && item.parent != null) {
      SubmissionColumns.Item parent = columns.byId.get(item.parent);
      if (parent != null && bad[parent.index]) {
        return; // the parent's own problem is reported; "not answered" would mislead
      }
    }
    int column = item.firstColumn();
    if (violation.rule() == ViolationRule.OTHER_TEXT_WITHOUT_OTHER) {
      column = Arrays.stream(item.texts).filter(c -> c >= 0 && !cell(c).isEmpty()).findFirst().orElse(column);
    }
    problem(column >= 0 ? column : columns.respondent, Optional.of(violation.rule()),
        item.id + ": " + violation.detail());
  }

  private void problem(int column, Optional<ViolationRule> rule, String detail) {
    rowProblems++;
    problems.add(new SubmissionProblem(row, column + 1, column < columns.width ? columns.names[column] : "",
        Optional.ofNullable(respondent), rule, SubmissionProblem.Severity.ERROR, detail));
  }
}
