package org.ctnat.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
import org.ctnat.io.internal.CsvRecordReader;

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
   *
   * <p>Cells are read where the reader keeps them: codes, 0/1 flags and ranks are decided from
   * their bytes, and a cell's string is made only when an answer or a message needs it (texts,
   * problems, the in-memory reader's answers). The state of every item is set as the item is
   * decoded, so a row resets only what it reads.
   */
  static final class Row {
    final CsvColumns columns;
    final Header header;
    final CsvRecordReader reader;
    final CsvColumns.Item[] items;
    final boolean[] answered;
    final boolean[] bad;
    final int[] category;
    final boolean[][] chosen;
    final int[][] ranks;
    final int[] other;
    final List<CsvProblem> problems = new ArrayList<>();
    /** The problems of the row: those listed in {@link #problems}, and those only counted. */
    int problemCount;
    /** How many problems of a row are listed; more are counted (the streaming report's listing is full). */
    int room = Integer.MAX_VALUE;
    private RespondentId respondent;
    /** Whether the respondent cell holds a valid id, not yet made into {@link #respondent}. */
    private boolean respondentPending;
    private final boolean[] seen;
    /** For each item, the options with a column for a specified text. */
    private final int[][] specified;
    /** The items with a column for a specified text. */
    private final CsvColumns.Item[] textItems;
    /** For each item, the field of its value column in the file, or -1. */
    private final int[] valueField;
    /** For each item, the fields of its option columns in the file, or -1 each. */
    private final int[][] optionFields;
    /** For each multiple choice, how many options are chosen (set as it is decoded). */
    private final int[] chosenCount;
    boolean structural;
    int row;

    Row(CsvColumns columns, Header header, CsvRecordReader reader) {
      this.columns = columns;
      this.header = header;
      this.reader = reader;
      this.items = columns.items().toArray(new CsvColumns.Item[0]);
      int items = this.items.length;
      this.answered = new boolean[items];
      this.bad = new boolean[items];
      this.category = new int[items];
      this.chosen = new boolean[items][];
      this.ranks = new int[items][];
      this.other = new int[items];
      this.specified = new int[items][];
      this.valueField = new int[items];
      this.optionFields = new int[items][];
      this.chosenCount = new int[items];
      int most = 0;
      for (CsvColumns.Item item : columns.items()) {
        chosen[item.index] = new boolean[item.codes.size()];
        ranks[item.index] = new int[item.codes.size()];
        specified[item.index] = IntStream.range(0, item.codes.size()).filter(o -> item.textColumns[o] >= 0).toArray();
        valueField[item.index] = item.valueColumn >= 0 ? header.file[item.valueColumn] : -1;
        optionFields[item.index] = Arrays.stream(item.optionColumns).map(c -> header.file[c]).toArray();
        most = Math.max(most, item.codes.size());
      }
      this.seen = new boolean[most + 1];
      this.textItems = Arrays.stream(this.items).filter(item -> specified[item.index].length > 0)
          .toArray(CsvColumns.Item[]::new);
    }

    /** Whether the row is kept: it has no problem. */
    boolean valid() {
      return problemCount == 0;
    }

    /** The respondent of the row, or null if the id cannot be read. */
    RespondentId respondent() {
      if (respondentPending) {
        respondentPending = false;
        respondent = RespondentId.of(cell(0));
      }
      return respondent;
    }

    void read() {
      problems.clear();
      problemCount = 0;
      respondent = null;
      respondentPending = false;
      structural = false;
      row = reader.record();
      if (reader.size() != header.width) {
        structural = true;
        Arrays.fill(answered, false);
        Arrays.fill(bad, false);
        Arrays.fill(category, -1);
        Arrays.fill(other, -1);
        for (int i = 0; i < chosen.length; i++) {
          Arrays.fill(chosen[i], false);
          Arrays.fill(ranks[i], 0);
        }
        if (header.file[0] < reader.stored()) {
          try {
            respondent = RespondentId.of(reader.field(header.file[0]));
          } catch (IllegalArgumentException e) {
            respondent = null; // the count of fields is the problem to report
          }
        }
        fieldCount();
        return;
      }
      readRespondent();
      for (CsvColumns.Item item : items) {
        decode(item);
      }
      for (CsvColumns.Item item : textItems) {
        texts(item);
      }
    }

    /** The cell of a column of the layout: "" if the file has no such column. Made once per row. */
    String cell(int column) {
      int f = header.file[column];
      return f < 0 ? "" : reader.field(f);
    }

    /** The length in bytes of the cell of a column; 0 for an empty cell or a column the file has not. */
    private int length(int column) {
      int f = header.file[column];
      return f < 0 ? 0 : reader.fieldLength(f);
    }

    /** The line where the cell of a column starts, or the row's line if the file has no such column. */
    private int line(int column) {
      int f = header.file[column];
      return f >= 0 && (!structural || column == 0 && f < reader.stored()) ? reader.line(f) : reader.recordLine();
    }

    /** Whether the cell of a column is blank, as {@link String#isBlank()} says, mostly from its bytes. */
    private boolean blank(int column) {
      int f = header.file[column];
      for (int k = 0, n = f < 0 ? 0 : reader.fieldLength(f); k < n; k++) {
        int b = reader.fieldByte(f, k);
        if (b >= 0x80) {
          return cell(column).isBlank(); // Unicode spaces
        }
        if (!(b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1c && b <= 0x1f)) { // Character.isWhitespace, in ASCII
          return false;
        }
      }
      return true;
    }

    private void fieldCount() {
      int size = reader.size();
      String detail = "row " + row + " has " + size + " field" + (size == 1 ? "" : "s") + ", but the header has "
          + header.width + "; expected " + header.width;
      if (size < header.width) {
        String name = header.names[size];
        problemCount++;
        problems.add(new CsvProblem(row, size + 1, name, reader.currentLine(), Optional.ofNullable(respondent),
            Optional.empty(),
            detail + " (the row ends before column '" + name + "': is the file truncated, or a text's line break "
                + "not quoted?)"));
      } else {
        problemCount++;
        problems.add(new CsvProblem(row, header.width + 1, "", reader.line(header.width),
            Optional.ofNullable(respondent), Optional.empty(),
            detail + " (a comma inside a text that is not quoted?)"));
      }
    }

    private void readRespondent() {
      int f = header.file[0];
      int n = reader.fieldLength(f);
      if (n == 0) {
        if (listing()) {
          problem(0, Optional.empty(), "the respondent id is empty; expected the respondent's pseudonymous id, "
              + "such as AZEsur1");
        }
        return;
      }
      if (n <= 64 && idCharacter(reader.fieldByte(f, 0), false)) {
        boolean id = true;
        for (int k = 1; k < n && id; k++) {
          id = idCharacter(reader.fieldByte(f, k), true);
        }
        if (id) {
          respondentPending = true; // RespondentId.of will accept it: made when needed
          return;
        }
      }
      String id = cell(0);
      try {
        respondent = RespondentId.of(id);
      } catch (IllegalArgumentException e) {
        if (listing()) {
          problem(0, Optional.empty(), "'" + id + "' is not a respondent id; expected letters, digits, '.', '_' or "
              + "'-', at most 64, starting with a letter or digit, such as AZEsur1");
        }
      }
    }

    /** Whether a byte may be in a respondent id ({@code Checks.ID}): an ASCII letter or digit, or . _ - later. */
    private static boolean idCharacter(int b, boolean later) {
      return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
          || later && (b == '.' || b == '_' || b == '-');
    }

    private void decode(CsvColumns.Item item) {
      int i = item.index;
      answered[i] = false;
      bad[i] = false;
      category[i] = -1;
      other[i] = -1;
      switch (item.kind) {
        case SINGLE, POINT -> {
          int f = valueField[i];
          if (f >= 0 && reader.fieldLength(f) > 0) {
            answered[i] = true;
            category[i] = item.code(reader, f);
          }
        }
        case TEXT -> answered[i] = valueField[i] >= 0 && reader.fieldLength(valueField[i]) > 0;
        case MULTIPLE -> decodeFlags(item);
        case RANKED -> decodeRanks(item);
        default -> throw new IllegalStateException("unknown item kind " + item.kind);
      }
    }

    /** The 0/1 cells of a multiple choice: "0" and "1" from their byte, other spellings by {@link #FLAG}. */
    private void decodeFlags(CsvColumns.Item item) {
      int i = item.index;
      boolean[] chose = chosen[i];
      int[] fields = optionFields[i];
      int firstEmpty = -1;
      int count = 0;
      for (int o = 0; o < chose.length; o++) {
        int f = fields[o];
        int n = f < 0 ? 0 : reader.fieldLength(f);
        int flag = n == 1 ? reader.fieldByte(f, 0) : -1;
        if (flag == '0' || flag == '1') {
          chose[o] = flag == '1';
          count += flag - '0';
          answered[i] = true;
        } else if (n == 0) {
          chose[o] = false;
          firstEmpty = firstEmpty < 0 ? o : firstEmpty;
        } else {
          answered[i] = true;
          chose[o] = spelledFlag(item, o);
          count += chose[o] ? 1 : 0;
        }
      }
      chosenCount[i] = count;
      if (answered[i] && firstEmpty >= 0) {
        bad[i] = true;
        if (listing()) {
          problem(item.optionColumns[firstEmpty], Optional.empty(), "empty, but other option columns of "
              + item.id + " are filled in; expected 0 or 1 in every option column of an answered multiple choice");
        }
      }
    }

    /** Whether an option cell other than "0" and "1" is chosen: "1.0" is; one that is not a flag is a problem. */
    private boolean spelledFlag(CsvColumns.Item item, int o) {
      String value = cell(item.optionColumns[o]);
      if (FLAG.matcher(value).matches()) {
        return value.charAt(0) == '1';
      }
      bad[item.index] = true;
      if (listing()) {
        problem(item.optionColumns[o], Optional.empty(), "'" + value + "' is not 0 or 1; expected 1 if '"
            + item.codes.get(o) + "' was chosen, 0 if not, or an empty cell if " + item.id + " was not answered");
      }
      return false;
    }

    /** The rank cells of a ranking: digits from their bytes, other spellings by {@link #WHOLE}. */
    private void decodeRanks(CsvColumns.Item item) {
      int i = item.index;
      int[] rank = ranks[i];
      int[] fields = optionFields[i];
      int size = rank.length;
      for (int o = 0; o < size; o++) {
        rank[o] = 0;
        int f = fields[o];
        if (f < 0 || reader.fieldLength(f) == 0) {
          continue;
        }
        answered[i] = true;
        int given = reader.fieldDigits(f);
        if (given >= 1 && given <= size) {
          rank[o] = given;
        } else {
          rank[o] = spelledRank(item, o, given);
        }
      }
    }

    /** The rank of a cell that is not plainly one: "2.0" is 2; one that is not a rank is a problem (0). */
    private int spelledRank(CsvColumns.Item item, int o, int digits) {
      int size = item.codes.size();
      int given = digits;
      if (given < 0) {
        String value = cell(item.optionColumns[o]);
        given = WHOLE.matcher(value).matches() ? Integer.parseInt(value.split("\\.", 2)[0]) : -1;
      }
      if (given >= 1 && given <= size) {
        return given;
      }
      bad[item.index] = true;
      if (listing()) {
        problem(item.optionColumns[o], Optional.empty(), "'" + cell(item.optionColumns[o]) + "' is not a rank; "
            + "expected a whole number from 1 to " + size + ", or an empty cell if '" + item.codes.get(o)
            + "' was not ranked");
      }
      return 0;
    }

    private void texts(CsvColumns.Item item) {
      int i = item.index;
      for (int o : specified[i]) {
        int column = item.textColumns[o];
        if (length(column) == 0) {
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
          if (listing()) {
            problem(column, Optional.of(ViolationRule.OTHER_TEXT_WITHOUT_OTHER), "a specified text for '"
                + item.codes.get(o) + "', but " + (answered[i] ? "'" + item.codes.get(o) + "' was not "
                + (item.kind == CsvColumns.Kind.RANKED ? "ranked" : "chosen") : item.id + " was not answered")
                + "; expected the text only with its option");
          }
        } else if (other[i] >= 0) {
          bad[i] = true;
          if (listing()) {
            problem(column, Optional.empty(), "a second specified text for " + item.id + ", besides the one for '"
                + item.codes.get(other[i]) + "'; expected at most one per answer");
          }
        } else {
          other[i] = o;
        }
      }
    }

    /**
     * Whether a problem found now is listed, and so worth its message; if not (the row has listed
     * {@link #room} problems), counts it instead. Keeps the streaming reader from building
     * messages it would not keep.
     */
    private boolean listing() {
      if (problems.size() < room) {
        return true;
      }
      problemCount++;
      return false;
    }

    /** Adds a problem at the cell of a column, or only counts it once {@link #room} problems are listed. */
    void problem(int column, Optional<ViolationRule> rule, String detail) {
      problemCount++;
      if (problems.size() >= room) {
        return;
      }
      int f = header.file[column];
      problems.add(new CsvProblem(row, f + 1, header.names[f], line(column), Optional.ofNullable(respondent()),
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
        Optional<String> text = other[i] >= 0 ? Optional.of(cell(item.textColumns[other[i]])) : Optional.empty();
        Answer answer = switch (item.kind) {
          case SINGLE -> new ChoiceAnswer(cell(item.valueColumn), text);
          case POINT -> PointAnswer.of(cell(item.valueColumn));
          case TEXT -> TextAnswer.of(cell(item.valueColumn));
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
      return SurveyResponse.to(instrument, Respondent.builder().id(respondent() != null ? respondent() : UNREADABLE)
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
      for (CsvColumns.Item item : items) {
        int i = item.index;
        if (!answered[i] || bad[i]) {
          continue;
        }
        switch (item.kind) {
          case SINGLE -> single(item);
          case POINT -> {
            if (category[i] < 0) {
              if (listing()) {
                rule(item, ViolationRule.UNKNOWN_OPTION, "'" + cell(item.valueColumn) + "' is not a point of the "
                    + "scale " + item.codes);
              }
            }
          }
          case TEXT -> {
            if (blank(item.valueColumn)) {
              if (listing()) {
                rule(item, ViolationRule.BLANK_TEXT, "the text is blank");
              }
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
      if (category[i] < 0) {
        if (listing()) {
          rule(item, ViolationRule.UNKNOWN_OPTION, "'" + cell(item.valueColumn) + "' is not an option " + item.codes);
        }
        return;
      }
      int parent = item.parent;
      if (parent < 0 || bad[parent]) {
        return;
      }
      CsvColumns.Item of = items[parent];
      if (!answered[parent]) {
        if (listing()) {
          rule(item, ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "'" + item.codes.get(category[i])
              + "' was given, but question " + of.id + " was not answered");
        }
      } else if (item.parentMultiple) {
        int c = item.parentCategory[category[i]];
        if (c < 0 || !chosen[parent][c]) {
          if (listing()) {
            rule(item, ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT, "'" + item.codes.get(category[i])
                + "' is not one of those chosen in " + of.id);
          }
        }
      }
    }

    private void selection(CsvColumns.Item item) {
      int i = item.index;
      int count = chosenCount[i];
      for (int o = 0; count > 1 && o < item.codes.size(); o++) {
        if (chosen[i][o] && item.exclusive[o] && count > 1) {
          if (listing()) {
            rule(item, ViolationRule.EXCLUSIVE_COMBINED, "'" + item.codes.get(o) + "' excludes the other options, "
                + "but " + count + " were chosen");
          }
        }
      }
      if (count < item.min) {
        if (listing()) {
          rule(item, ViolationRule.TOO_FEW_SELECTIONS, "chose " + count + " option" + (count == 1 ? "" : "s")
              + ", at least " + item.min + " required");
        }
      }
      if (count > item.max) {
        if (listing()) {
          rule(item, ViolationRule.TOO_MANY_SELECTIONS, "chose " + count + " options, at most " + item.max
              + " allowed");
        }
      }
    }

    private void ranking(CsvColumns.Item item) {
      int i = item.index;
      int size = item.codes.size();
      Arrays.fill(seen, 0, size + 1, false);
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
          if (listing()) {
            rule(item, ViolationRule.DUPLICATE_RANK, "rank " + rank + " is given more than once (again to '"
                + item.codes.get(o) + "')");
          }
        } else {
          seen[rank] = true;
          distinct++;
        }
      }
      if (count < item.min || count > item.max) {
        if (listing()) {
          rule(item, ViolationRule.RANKED_COUNT, "ranked " + count + " option" + (count == 1 ? "" : "s") + ", "
              + (item.min == item.max ? "exactly " + item.min : item.min + " to " + item.max) + " required");
        }
      }
      if (highest != distinct) {
        if (listing()) {
          rule(item, ViolationRule.MISSING_RANK, "ranks must run 1, 2, … without gaps");
        }
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
        Integer first = row.respondent() == null ? null : keptAt.get(row.respondent());
        if (first != null) {
          row.problem(0, Optional.of(ViolationRule.DUPLICATE_RESPONDENT), "respondent " + row.respondent()
              + " has more than one row; the first is row " + first);
        }
      }
      if (row.valid()) {
        kept.add(response);
        keptAt.put(row.respondent(), row.row);
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
      row.room = CsvReadReport.MAX_LISTED_PROBLEMS - problems.size(); // the rest are only counted
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
        }
        count += row.problemCount;
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
            int category = row.category[item.index]; // an option code: the row is valid
            values[a] = category >= 0 ? item.codes.get(category) : row.cell(item.valueColumn);
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
    final CsvColumns.Item[] list;

    Numbers(SurveyTally.Recorder recorder, CsvColumns columns) {
      this.columns = columns;
      this.list = columns.items().toArray(new CsvColumns.Item[0]);
      this.items = new int[list.length];
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
      for (CsvColumns.Item item : list) {
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
            recorder.multiple(items[i], mask); // 0: choosing nothing, which a valid row may only where none is allowed
          }
          default -> throw new IllegalStateException("unknown item kind " + item.kind);
        }
      }
    }
  }
}
