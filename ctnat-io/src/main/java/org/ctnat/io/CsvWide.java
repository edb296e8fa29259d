package org.ctnat.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
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
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;

/**
 * The wide layout of responses ({@link CsvLayout#WIDE}): writing, the header, and decoding rows
 * for both the reader that builds responses and the streaming reader that feeds tally recorders
 * without building them. Package-private; {@link CsvResponses} is the entry point.
 *
 * <p>Stateless; the row decoder it creates is a mutable, single-threaded cursor.
 */
final class CsvWide {

  private static final Pattern FLAG = Pattern.compile("[01](\\.0+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}(\\.0+)?");
  /** Stands in for an unreadable respondent id while the rest of the row is checked. */
  private static final RespondentId UNREADABLE = RespondentId.of("unreadable");

  private CsvWide() {}

  // ---------------------------------------------------------------- writing

  static void write(Instrument instrument, Iterable<SurveyResponse> responses, CsvRecordWriter out) {
    CsvColumns columns = CsvColumns.of(instrument);
    out.context("the header").cells(columns.names()).end();
    out.commit();
    String[] cells = new String[columns.size()];
    for (SurveyResponse response : responses) {
      String who = "respondent " + response.respondent().id();
      CsvResponses.checkInstrument(instrument, response, who);
      Arrays.fill(cells, "");
      cells[0] = response.respondent().id().value();
      for (Map.Entry<ItemId, Answer> entry : response.answers().entrySet()) {
        fill(columns, entry.getKey(), entry.getValue(), cells, who);
      }
      out.context(who);
      for (String cell : cells) {
        out.cell(cell);
      }
      out.end();
      out.commit();
    }
    out.finish();
  }

  private static void fill(CsvColumns columns, ItemId id, Answer answer, String[] cells, String who) {
    CsvColumns.Item item = CsvResponses.item(columns, id, who);
    String where = who + ", item " + id + ": ";
    switch (item.kind) {
      case SINGLE -> {
        ChoiceAnswer a = CsvResponses.expect(answer, ChoiceAnswer.class, item, where);
        cells[item.valueColumn] = CsvResponses.code(a.code(), where);
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(text -> {
          int o = item.code(a.code());
          if (o < 0 || !item.specify[o]) {
            throw new IllegalArgumentException(where + "a specified text goes with an 'Other – please specify' "
                + "option, but '" + a.code() + "' is not one; the CSV has no column for it");
          }
          cells[item.textColumns[o]] = text;
        });
      }
      case POINT -> cells[item.valueColumn] =
          CsvResponses.code(CsvResponses.expect(answer, PointAnswer.class, item, where).code(), where);
      case TEXT -> cells[item.valueColumn] =
          CsvResponses.text(CsvResponses.expect(answer, TextAnswer.class, item, where).text(), where);
      case MULTIPLE -> {
        SelectionAnswer a = CsvResponses.expect(answer, SelectionAnswer.class, item, where);
        boolean[] chosen = CsvResponses.chosen(item, a.codes(), where);
        for (int o = 0; o < chosen.length; o++) {
          cells[item.optionColumns[o]] = chosen[o] ? "1" : "0";
        }
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(t -> cells[item.textColumns[
            CsvResponses.otherOption(item, chosen, where)]] = t);
      }
      case RANKED -> {
        RankingAnswer a = CsvResponses.expect(answer, RankingAnswer.class, item, where);
        int[] ranks = CsvResponses.ranks(item, a, where);
        boolean[] ranked = new boolean[ranks.length];
        for (int o = 0; o < ranks.length; o++) {
          ranked[o] = ranks[o] > 0;
          cells[item.optionColumns[o]] = ranks[o] > 0 ? String.valueOf(ranks[o]) : "";
        }
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(t -> cells[item.textColumns[
            CsvResponses.otherOption(item, ranked, where)]] = t);
      }
      default -> throw new IllegalStateException("unknown item kind " + item.kind);
    }
  }

  // ---------------------------------------------------------------- the header

  /** Where each column of the layout is in the file. */
  static final class Header {
    final int width;
    final int[] canonical;
    final int[] file;
    final String[] names;

    Header(int width, int[] canonical, int[] file, String[] names) {
      this.width = width;
      this.canonical = canonical;
      this.file = file;
      this.names = names;
    }
  }

  static Header header(CsvColumns columns, CsvRecordReader reader) {
    if (!reader.next()) {
      throw reader.problem(1, 1, "the file is empty; expected a header row: " + preview(columns));
    }
    int width = reader.size();
    if (width > CsvResponses.MAX_COLUMNS) {
      throw reader.problem(reader.recordLine(), 1, "the header has " + width + " columns, more than the limit of "
          + CsvResponses.MAX_COLUMNS);
    }
    int[] canonical = new int[width];
    int[] file = new int[columns.size()];
    Arrays.fill(file, -1);
    String[] names = new String[width];
    for (int i = 0; i < width; i++) {
      String name = reader.field(i);
      names[i] = name;
      int c = columns.index(name);
      if (c < 0) {
        throw reader.problem(reader.line(i), reader.column(i), "unknown column '" + name + "' in the header (column "
            + (i + 1) + "); expected '" + CsvColumns.RESPONDENT + "' or a column of the wide layout of "
            + columns.instrument() + hint(columns, name));
      }
      if (file[c] >= 0) {
        throw reader.problem(reader.line(i), reader.column(i), "column '" + name + "' appears twice in the header, "
            + "as columns " + (file[c] + 1) + " and " + (i + 1) + "; expected each column once");
      }
      canonical[i] = c;
      file[c] = i;
    }
    if (file[0] < 0) {
      throw reader.problem(reader.recordLine(), 1, "the header has no '" + CsvColumns.RESPONDENT
          + "' column; expected a header row: " + preview(columns));
    }
    for (CsvColumns.Item item : columns.items()) {
      int present = 0;
      List<String> missing = new ArrayList<>();
      for (int column : item.optionColumns) {
        if (file[column] >= 0) {
          present++;
        } else {
          missing.add(columns.name(column));
        }
      }
      if (present > 0 && !missing.isEmpty()) {
        int first = Arrays.stream(item.optionColumns).filter(c -> file[c] >= 0).map(c -> file[c]).min().orElseThrow();
        throw reader.problem(reader.line(first), reader.column(first), "the header has " + present + " of the "
            + item.optionColumns.length + " option columns of item " + item.id + "; missing " + missing
            + "; expected every option column of an item, or none");
      }
      int main = item.kind == CsvColumns.Kind.MULTIPLE || item.kind == CsvColumns.Kind.RANKED
          ? item.optionColumns[0] : item.valueColumn;
      for (int column : item.textColumns) {
        if (column >= 0 && file[column] >= 0 && file[main] < 0) {
          int at = file[column];
          throw reader.problem(reader.line(at), reader.column(at), "column '" + names[at] + "' without the "
              + (item.valueColumn >= 0 ? "column '" + item.id + "'" : "columns of item " + item.id)
              + "; expected the text of an 'Other – please specify' option with its item");
        }
      }
    }
    reader.storeLimit(width + 1);
    return new Header(width, canonical, file, names);
  }

  private static String preview(CsvColumns columns) {
    List<String> names = columns.names();
    return String.join(",", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ",… ("
        + names.size() + " columns for " + columns.instrument() + "; CsvLayout.WIDE.header(instrument) lists them)"
        : "");
  }

  private static String hint(CsvColumns columns, String name) {
    for (String known : columns.names()) {
      if (known.equals(name.strip())) {
        return "; did you mean '" + known + "'? (spaces around a name count)";
      }
    }
    for (String known : columns.names()) {
      if (known.equalsIgnoreCase(name)) {
        return "; did you mean '" + known + "'? (names are case-sensitive)";
      }
    }
    for (String known : columns.names()) {
      if (rName(known).equals(name)) {
        return "; it looks like '" + known + "' renamed by R: read with read.csv(..., check.names = FALSE) "
            + "and write with write.csv(..., row.names = FALSE, na = \"\")";
      }
    }
    if (List.of("item", "option", "value").contains(name)) {
      return "; this looks like a long file: read it as CsvLayout.LONG";
    }
    if (columns.isGrid(name)) {
      return "; " + name + " is a grid, whose statements are the columns: " + columns.statementsOf(name);
    }
    int slash = name.indexOf('/');
    if (slash > 0) {
      CsvColumns.Item item = columns.item(name.substring(0, slash));
      if (item != null) {
        List<String> own = columns.names().stream().filter(n -> n.startsWith(item.id.value() + "/")).toList();
        return "; item " + item.id + (own.isEmpty() ? " has a single column, '" + item.id + "'"
            : " has the columns " + own);
      }
    }
    return ", such as 1.6, 2.2/forced_marriage or 8.1/J (CsvLayout.WIDE.header(instrument) lists them)";
  }

  /** The name R's {@code make.names} gives a column, as {@code read.csv} does by default. */
  private static String rName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(Character.isLetterOrDigit(c) || c == '.' || c == '_' ? c : '.');
    }
    char first = out.length() == 0 ? '.' : out.charAt(0);
    boolean dotDigit = first == '.' && out.length() > 1 && Character.isDigit(out.charAt(1));
    return Character.isDigit(first) || first == '_' || dotDigit || out.length() == 0 ? "X" + out : out.toString();
  }

  // ---------------------------------------------------------------- decoding rows

  /**
   * Decodes the current record of a reader into answers, item by item, with every cell that
   * cannot be read as a problem. Reused for every row: nothing here grows with the file.
   */
  static final class Row {
    final CsvColumns columns;
    final Header header;
    final CsvRecordReader reader;
    final String[] cells;
    final int[] lines;
    final boolean[] answered;
    final boolean[] bad;
    final int[] category;
    final boolean[][] chosen;
    final int[][] ranks;
    final int[] other;
    final List<CsvProblem> problems = new ArrayList<>();
    RespondentId respondent;
    boolean structural;
    int row;

    Row(CsvColumns columns, Header header, CsvRecordReader reader) {
      this.columns = columns;
      this.header = header;
      this.reader = reader;
      this.cells = new String[columns.size()];
      this.lines = new int[columns.size()];
      int items = columns.items().size();
      this.answered = new boolean[items];
      this.bad = new boolean[items];
      this.category = new int[items];
      this.chosen = new boolean[items][];
      this.ranks = new int[items][];
      this.other = new int[items];
      for (CsvColumns.Item item : columns.items()) {
        chosen[item.index] = new boolean[item.codes.size()];
        ranks[item.index] = new int[item.codes.size()];
      }
    }

    /** Whether the row is kept: it has no problem. */
    boolean valid() {
      return problems.isEmpty();
    }

    void read() {
      Arrays.fill(cells, "");
      Arrays.fill(lines, reader.recordLine());
      Arrays.fill(answered, false);
      Arrays.fill(bad, false);
      Arrays.fill(category, -1);
      Arrays.fill(other, -1);
      for (int i = 0; i < chosen.length; i++) {
        Arrays.fill(chosen[i], false);
        Arrays.fill(ranks[i], 0);
      }
      problems.clear();
      respondent = null;
      structural = false;
      row = reader.record();
      if (reader.size() != header.width) {
        structural = true;
        if (header.file[0] < reader.stored()) {
          cells[0] = reader.field(header.file[0]);
          lines[0] = reader.line(header.file[0]);
          try {
            respondent = RespondentId.of(cells[0]);
          } catch (IllegalArgumentException e) {
            respondent = null; // the count of fields is the problem to report
          }
        }
        fieldCount();
        return;
      }
      for (int f = 0; f < header.width; f++) {
        cells[header.canonical[f]] = reader.field(f);
        lines[header.canonical[f]] = reader.line(f);
      }
      respondent();
      for (CsvColumns.Item item : columns.items()) {
        decode(item);
      }
      for (CsvColumns.Item item : columns.items()) {
        texts(item);
      }
    }

    private void fieldCount() {
      int size = reader.size();
      String detail = "row " + row + " has " + size + " field" + (size == 1 ? "" : "s") + ", but the header has "
          + header.width + "; expected " + header.width;
      if (size < header.width) {
        String name = header.names[size];
        problems.add(new CsvProblem(row, size + 1, name, reader.currentLine(), Optional.ofNullable(respondent),
            Optional.empty(),
            detail + " (the row ends before column '" + name + "': is the file truncated, or a text's line break "
                + "not quoted?)"));
      } else {
        problems.add(new CsvProblem(row, header.width + 1, "", reader.line(header.width),
            Optional.ofNullable(respondent), Optional.empty(),
            detail + " (a comma inside a text that is not quoted?)"));
      }
    }

    private void respondent() {
      String id = cells[0];
      if (id.isEmpty()) {
        problem(0, Optional.empty(), "the respondent id is empty; expected the respondent's pseudonymous id, "
            + "such as AZEsur1");
        return;
      }
      try {
        respondent = RespondentId.of(id);
      } catch (IllegalArgumentException e) {
        problem(0, Optional.empty(), "'" + id + "' is not a respondent id; expected letters, digits, '.', '_' or "
            + "'-', at most 64, starting with a letter or digit, such as AZEsur1");
      }
    }

    private void decode(CsvColumns.Item item) {
      int i = item.index;
      switch (item.kind) {
        case SINGLE, POINT -> {
          String value = cells[item.valueColumn];
          if (!value.isEmpty()) {
            answered[i] = true;
            category[i] = item.code(value);
          }
        }
        case TEXT -> answered[i] = !cells[item.valueColumn].isEmpty();
        case MULTIPLE -> {
          int firstEmpty = -1;
          for (int o = 0; o < item.codes.size(); o++) {
            String value = cells[item.optionColumns[o]];
            if (value.isEmpty()) {
              firstEmpty = firstEmpty < 0 ? o : firstEmpty;
              continue;
            }
            answered[i] = true;
            if (FLAG.matcher(value).matches()) {
              chosen[i][o] = value.charAt(0) == '1';
            } else {
              bad[i] = true;
              problem(item.optionColumns[o], Optional.empty(), "'" + value + "' is not 0 or 1; expected 1 if '"
                  + item.codes.get(o) + "' was chosen, 0 if not, or an empty cell if " + item.id + " was not answered");
            }
          }
          if (answered[i] && firstEmpty >= 0) {
            bad[i] = true;
            problem(item.optionColumns[firstEmpty], Optional.empty(), "empty, but other option columns of "
                + item.id + " are filled in; expected 0 or 1 in every option column of an answered multiple choice");
          }
        }
        case RANKED -> {
          int size = item.codes.size();
          for (int o = 0; o < size; o++) {
            String value = cells[item.optionColumns[o]];
            if (value.isEmpty()) {
              continue;
            }
            answered[i] = true;
            int rank = WHOLE.matcher(value).matches() ? Integer.parseInt(value.split("\\.", 2)[0]) : -1;
            if (rank >= 1 && rank <= size) {
              ranks[i][o] = rank;
            } else {
              bad[i] = true;
              problem(item.optionColumns[o], Optional.empty(), "'" + value + "' is not a rank; expected a whole "
                  + "number from 1 to " + size + ", or an empty cell if '" + item.codes.get(o) + "' was not ranked");
            }
          }
        }
        default -> throw new IllegalStateException("unknown item kind " + item.kind);
      }
    }

    private void texts(CsvColumns.Item item) {
      int i = item.index;
      for (int o = 0; o < item.codes.size(); o++) {
        int column = item.textColumns[o];
        if (column < 0 || cells[column].isEmpty()) {
          continue;
        }
        boolean picked = answered[i] && switch (item.kind) {
          case SINGLE -> category[i] == o;
          case MULTIPLE -> chosen[i][o];
          case RANKED -> ranks[i][o] > 0;
          default -> false;
        };
        if (!picked) {
          bad[i] = true;
          problem(column, Optional.of(ViolationRule.OTHER_TEXT_WITHOUT_OTHER), "a specified text for '"
              + item.codes.get(o) + "', but " + (answered[i] ? "'" + item.codes.get(o) + "' was not "
              + (item.kind == CsvColumns.Kind.RANKED ? "ranked" : "chosen") : item.id + " was not answered")
              + "; expected the text only with its option");
        } else if (other[i] >= 0) {
          bad[i] = true;
          problem(column, Optional.empty(), "a second specified text for " + item.id + ", besides the one for '"
              + item.codes.get(other[i]) + "'; expected at most one per answer");
        } else {
          other[i] = o;
        }
      }
    }

    void problem(int column, Optional<ViolationRule> rule, String detail) {
      int f = header.file[column];
      problems.add(new CsvProblem(row, f + 1, header.names[f], lines[column], Optional.ofNullable(respondent),
          rule, detail));
    }

    /** The answers of the items that could be read, as given (rules unchecked). */
    Map<ItemId, Answer> answers() {
      Map<ItemId, Answer> answers = new LinkedHashMap<>();
      for (CsvColumns.Item item : columns.items()) {
        int i = item.index;
        if (!answered[i] || bad[i]) {
          continue;
        }
        Optional<String> text = other[i] >= 0 ? Optional.of(cells[item.textColumns[other[i]]]) : Optional.empty();
        Answer answer = switch (item.kind) {
          case SINGLE -> new ChoiceAnswer(cells[item.valueColumn], text);
          case POINT -> PointAnswer.of(cells[item.valueColumn]);
          case TEXT -> TextAnswer.of(cells[item.valueColumn]);
          case MULTIPLE -> {
            List<String> codes = new ArrayList<>();
            for (int o = 0; o < item.codes.size(); o++) {
              if (chosen[i][o]) {
                codes.add(item.codes.get(o));
              }
            }
            yield new SelectionAnswer(codes, text);
          }
          case RANKED -> {
            Map<String, Integer> given = new LinkedHashMap<>();
            for (int o = 0; o < item.codes.size(); o++) {
              if (ranks[i][o] > 0) {
                given.put(item.codes.get(o), ranks[i][o]);
              }
            }
            yield new RankingAnswer(given, text);
          }
        };
        answers.put(item.id, answer);
      }
      return answers;
    }

    /** The response of this row, for validation: an unreadable respondent id stands in as a placeholder. */
    SurveyResponse response(Instrument instrument) {
      return SurveyResponse.to(instrument, Respondent.builder().id(respondent != null ? respondent : UNREADABLE)
          .build()).answers(answers()).build();
    }

    /** Adds the violations of the rules found by {@link ResponseValidation}, each at its item's column. */
    void violations(ValidationReport report) {
      for (Violation violation : report.violations()) {
        CsvColumns.Item item = violation.element().map(columns::item).orElse(null);
        if (item == null) {
          problem(0, Optional.of(violation.rule()), violation.detail());
          continue;
        }
        if (violation.rule() == ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT && item.parent >= 0 && bad[item.parent]) {
          continue; // the parent's own problem is reported; "not answered" would mislead
        }
        int column = violation.rule() == ViolationRule.OTHER_TEXT_WITHOUT_OTHER && other[item.index] >= 0
            ? item.textColumns[other[item.index]] : item.firstColumn();
        problem(column, Optional.of(violation.rule()), item.id + ": " + violation.detail());
      }
    }

    /**
     * Checks the rules of the instrument on the decoded answers, as {@link ResponseValidation}
     * does on responses, without building any: the streaming path. The in-memory path uses
     * {@link #violations(ValidationReport)}; tests keep the two in step.
     */
    void checkRules() {
      for (CsvColumns.Item item : columns.items()) {
        int i = item.index;
        if (!answered[i] || bad[i]) {
          continue;
        }
        switch (item.kind) {
          case SINGLE -> single(item);
          case POINT -> {
            if (category[i] < 0) {
              rule(item, ViolationRule.UNKNOWN_OPTION, "'" + cells[item.valueColumn] + "' is not a point of the "
                  + "scale " + item.codes);
            }
          }
          case TEXT -> {
            if (cells[item.valueColumn].isBlank()) {
              rule(item, ViolationRule.BLANK_TEXT, "the text is blank");
            }
          }
          case MULTIPLE -> selection(item);
          case RANKED -> ranking(item);
          default -> throw new IllegalStateException("unknown item kind " + item.kind);
        }
      }
    }

    private void single(CsvColumns.Item item) {
      int i = item.index;
      String code = cells[item.valueColumn];
      if (category[i] < 0) {
        rule(item, ViolationRule.UNKNOWN_OPTION, "'" + code + "' is not an option " + item.codes);
        return;
      }
      int parent = item.parent;
      if (parent < 0 || bad[parent]) {
        return;
      }
      CsvColumns.Item of = columns.items().get(parent);
      if (!answered[parent]) {
        rule(item, ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "'" + code + "' was given, but question " + of.id
            + " was not answered");
      } else if (item.parentMultiple) {
        int c = item.parentCategory[category[i]];
        if (c < 0 || !chosen[parent][c]) {
          rule(item, ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "'" + code + "' is not one of those chosen in "
              + of.id);
        }
      }
    }

    private void selection(CsvColumns.Item item) {
      int i = item.index;
      int count = 0;
      for (boolean c : chosen[i]) {
        count += c ? 1 : 0;
      }
      for (int o = 0; o < item.codes.size(); o++) {
        if (chosen[i][o] && item.exclusive[o] && count > 1) {
          rule(item, ViolationRule.EXCLUSIVE_COMBINED, "'" + item.codes.get(o) + "' excludes the other options, "
              + "but " + count + " were chosen");
        }
      }
      if (count < item.min) {
        rule(item, ViolationRule.TOO_FEW_SELECTIONS, "chose " + count + " option" + (count == 1 ? "" : "s")
            + ", at least " + item.min + " required");
      }
      if (count > item.max) {
        rule(item, ViolationRule.TOO_MANY_SELECTIONS, "chose " + count + " options, at most " + item.max
            + " allowed");
      }
    }

    private void ranking(CsvColumns.Item item) {
      int i = item.index;
      int size = item.codes.size();
      boolean[] seen = new boolean[size + 1];
      int count = 0;
      int distinct = 0;
      int highest = 0;
      for (int o = 0; o < size; o++) {
        int rank = ranks[i][o];
        if (rank == 0) {
          continue;
        }
        count++;
        highest = Math.max(highest, rank);
        if (seen[rank]) {
          rule(item, ViolationRule.DUPLICATE_RANK, "rank " + rank + " is given more than once (again to '"
              + item.codes.get(o) + "')");
        } else {
          seen[rank] = true;
          distinct++;
        }
      }
      if (count < item.min || count > item.max) {
        rule(item, ViolationRule.RANKED_COUNT, "ranked " + count + " option" + (count == 1 ? "" : "s") + ", "
            + (item.min == item.max ? "exactly " + item.min : item.min + " to " + item.max) + " required");
      }
      if (highest != distinct) {
        rule(item, ViolationRule.MISSING_RANK, "ranks must run 1, 2, … without gaps");
      }
    }

    private void rule(CsvColumns.Item item, ViolationRule rule, String detail) {
      problem(item.firstColumn(), Optional.of(rule), item.id + ": " + detail);
    }
  }

  // ---------------------------------------------------------------- reading responses

  static CsvReadResult<List<SurveyResponse>> read(Instrument instrument, CsvRecordReader reader) {
    CsvColumns columns = CsvColumns.of(instrument);
    Row row = new Row(columns, header(columns, reader), reader);
    List<SurveyResponse> kept = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    Map<RespondentId, Integer> keptAt = new HashMap<>();
    int rows = 0;
    while (reader.next()) {
      rows++;
      row.read();
      SurveyResponse response = null;
      if (!row.structural) {
        response = row.response(instrument);
        row.violations(ResponseValidation.validate(instrument, response));
        Integer first = row.respondent == null ? null : keptAt.get(row.respondent);
        if (first != null) {
          row.problem(0, Optional.of(ViolationRule.DUPLICATE_RESPONDENT), "respondent " + row.respondent
              + " has more than one row; the first is row " + first);
        }
      }
      if (row.valid()) {
        kept.add(response);
        keptAt.put(row.respondent, row.row);
      } else {
        problems.addAll(row.problems);
      }
    }
    return new CsvReadResult<>(List.copyOf(kept), CsvReadReport.of(reader.source(), rows, kept.size(),
        rows - kept.size(), problems, problems.size()));
  }

  // ---------------------------------------------------------------- streaming

  /** Where the streaming reader puts each valid row. */
  interface Sink {
    void accept(Row row);
  }

  static CsvReadReport stream(Instrument instrument, CsvRecordReader reader, java.util.function.Function<CsvColumns,
      Sink> sinkFor) {
    CsvColumns columns = CsvColumns.of(instrument);
    for (CsvColumns.Item item : columns.items()) {
      if (item.codes.size() > 64 && (item.kind == CsvColumns.Kind.MULTIPLE || item.kind == CsvColumns.Kind.RANKED)) {
        throw new IllegalArgumentException("item " + item.id + " has " + item.codes.size() + " options; the "
            + "streaming tally records at most 64 per multiple choice or ranking; read the responses instead");
      }
    }
    Sink sink = sinkFor.apply(columns);
    Row row = new Row(columns, header(columns, reader), reader);
    List<CsvProblem> problems = new ArrayList<>();
    int count = 0;
    int rows = 0;
    int kept = 0;
    while (reader.next()) {
      rows++;
      row.read();
      if (!row.structural) {
        row.checkRules();
      }
      if (row.valid()) {
        sink.accept(row);
        kept++;
      } else {
        for (CsvProblem problem : row.problems) {
          if (problems.size() < CsvReadReport.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
          }
          count++;
        }
      }
    }
    return CsvReadReport.of(reader.source(), rows, kept, rows - kept, problems, count);
  }

  /** Records valid rows on a tally recorder, by the recorder's item and category numbers. */
  static Sink tallySink(SurveyTally.Recorder recorder, CsvColumns columns) {
    Numbers numbers = new Numbers(recorder, columns);
    return row -> numbers.record(recorder, row);
  }

  /** Records valid rows on the recorder of their group. */
  static Sink groupSink(Disaggregation.Recorder recorder, List<ProfileAttribute> attributes, Instrument instrument,
      CsvColumns columns) {
    Numbers numbers = new Numbers(SurveyTally.recorder(instrument), columns);
    List<List<CsvColumns.Item>> sources = attributes.stream().map(columns::profileItems).toList();
    Map<List<String>, SurveyTally.Recorder> groups = new HashMap<>();
    String[] values = new String[attributes.size()];
    return row -> {
      for (int a = 0; a < sources.size(); a++) {
        values[a] = GroupKey.MISSING;
        for (CsvColumns.Item item : sources.get(a)) {
          if (row.answered[item.index]) {
            values[a] = row.cells[item.valueColumn]; // an option code: the row is valid
          }
        }
      }
      SurveyTally.Recorder group = groups.computeIfAbsent(List.of(values), key -> recorder.group(values.clone()));
      numbers.record(group, row);
    };
  }

  /** A recorder's numbers of items and categories, looked up once. */
  private static final class Numbers {
    final int[] items;
    final int[][] categories;
    final CsvColumns columns;

    Numbers(SurveyTally.Recorder recorder, CsvColumns columns) {
      this.columns = columns;
      this.items = new int[columns.items().size()];
      this.categories = new int[items.length][];
      for (CsvColumns.Item item : columns.items()) {
        items[item.index] = recorder.item(item.id);
        categories[item.index] = new int[item.codes.size()];
        for (int c = 0; c < item.codes.size(); c++) {
          categories[item.index][c] = recorder.category(items[item.index], item.codes.get(c));
        }
      }
    }

    void record(SurveyTally.Recorder recorder, Row row) {
      recorder.response();
      for (CsvColumns.Item item : columns.items()) {
        int i = item.index;
        if (!row.answered[i]) {
          continue;
        }
        switch (item.kind) {
          case SINGLE, POINT -> recorder.single(items[i], categories[i][row.category[i]]);
          case TEXT -> recorder.text(items[i]);
          case MULTIPLE, RANKED -> {
            long mask = 0;
            for (int o = 0; o < item.codes.size(); o++) {
              if (item.kind == CsvColumns.Kind.MULTIPLE ? row.chosen[i][o] : row.ranks[i][o] > 0) {
                mask |= 1L << categories[i][o];
              }
            }
            if (mask == 0) {
              recorder.text(items[i]); // answered, choosing nothing (a minimum of 0): counts as answered only
            } else {
              recorder.multiple(items[i], mask);
            }
          }
          default -> throw new IllegalStateException("unknown item kind " + item.kind);
        }
      }
    }
  }
}
