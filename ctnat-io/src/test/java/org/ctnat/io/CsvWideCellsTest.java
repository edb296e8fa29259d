package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/**
 * The wide readers decide codes, 0/1 flags, ranks, respondent ids and blank texts from a cell's
 * bytes, making its string only when they must. Every spelling of a cell means what its string
 * means by the rules: a code by exact match, a flag by {@code [01](\.0+)?}, a rank by {@code
 * [0-9]{1,9}(\.0+)?}, an id by {@link RespondentId}, a blank text by {@link String#isBlank()} —
 * however the cell is quoted, neutralised or ended.
 */
class CsvWideCellsTest {

  private static final Pattern FLAG = Pattern.compile("[01](\\.0+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}(\\.0+)?");
  private static final CsvColumns COLUMNS = CsvColumns.of(STANDARD);

  /** The kind of item each column of the wide layout belongs to, by column name. */
  private static final Map<String, CsvColumns.Kind> KINDS = kinds();

  private static Map<String, CsvColumns.Kind> kinds() {
    Map<String, CsvColumns.Kind> kinds = new HashMap<>();
    for (CsvColumns.Item item : COLUMNS.items()) {
      for (int column : item.optionColumns) {
        kinds.put(COLUMNS.name(column), item.kind);
      }
      if (item.valueColumn >= 0) {
        kinds.put(COLUMNS.name(item.valueColumn), item.kind);
      }
    }
    return kinds;
  }

  private static List<String[]> records(String csv) {
    CsvReferenceReader reader = new CsvReferenceReader(new ByteArrayInputStream(csv.getBytes(
        StandardCharsets.UTF_8)), "c.csv", CsvResponses.MAX_FIELD_LENGTH, CsvResponses.MAX_RECORD_LENGTH,
        CsvResponses.MAX_ROWS);
    List<String[]> records = new ArrayList<>();
    while (reader.next()) {
      String[] fields = new String[reader.size()];
      Arrays.setAll(fields, reader::field);
      records.add(fields);
    }
    return records;
  }

  /** Another spelling of a cell that means the same: more zeros and decimals, quotes, a quote prefix. */
  private static String respell(String cell, CsvColumns.Kind kind, Random random) {
    String value = cell;
    if (kind == CsvColumns.Kind.MULTIPLE && !value.isEmpty() && random.nextBoolean()) {
      value = value + "." + "0".repeat(1 + random.nextInt(3));
    } else if (kind == CsvColumns.Kind.RANKED && !value.isEmpty() && random.nextBoolean()) {
      value = "0".repeat(random.nextInt(9 - value.length())) + value + (random.nextBoolean() ? ".0" : "");
    }
    String text = CsvCells.neutralise(value);
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || random.nextInt(4) == 0;
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /** The file with every cell respelled, CRLF or LF line ends, maybe a byte order mark and empty lines. */
  private static String respell(String csv, Random random) {
    List<String[]> records = records(csv);
    String[] header = records.get(0);
    String end = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder out = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
    for (int r = 0; r < records.size(); r++) {
      String[] record = records.get(r);
      for (int f = 0; f < record.length; f++) {
        out.append(f == 0 ? "" : ",").append(r == 0 ? respell(record[f], null, random)
            : respell(record[f], KINDS.get(header[f]), random));
      }
      out.append(r == records.size() - 1 && random.nextBoolean() ? "" : end);
      if (random.nextInt(8) == 0) {
        out.append(end); // an empty line, skipped
      }
    }
    return out.toString();
  }

  private static ByteArrayInputStream stream(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void respelledCellsReadAndTallyAsTheCellsTheyStandFor() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<SurveyResponse> responses = CsvSamples.responses(seed, 1 + random.nextInt(10), true);
      String canonical = CsvResponses.toString(STANDARD, responses, CsvLayout.WIDE);
      String respelled = respell(canonical, random);
      CsvReadResult<List<SurveyResponse>> expected = CsvResponses.parse(STANDARD, canonical, "c.csv",
          CsvLayout.WIDE);
      CsvReadResult<List<SurveyResponse>> read = CsvResponses.parse(STANDARD, respelled, "r.csv", CsvLayout.WIDE);
      assertTrue(read.report().isClean(), () -> read.report() + "\n" + respelled);
      assertEquals(expected.value(), read.value(), respelled);
      CsvReadResult<SurveyTally> tally = CsvResponses.tally(STANDARD, stream(respelled), "r.csv");
      assertTrue(tally.report().isClean(), () -> tally.report() + "\n" + respelled);
      assertEquals(SurveyTally.of(STANDARD, responses), tally.value(), respelled);
      ProfileAttribute[] by = {ProfileAttribute.GENDER, ProfileAttribute.COUNTRY};
      assertEquals(Disaggregation.of(STANDARD, responses, by),
          CsvResponses.disaggregate(STANDARD, stream(respelled), "r.csv", by).value(), respelled);
    });
  }

  /** One row of a file with the given columns, each cell written by the writer (neutralised, quoted). */
  private static String file(List<String> header, List<String> row) {
    StringWriter out = new StringWriter();
    CsvRecordWriter writer = CsvRecordWriter.to(out);
    header.forEach(writer::cell);
    writer.end();
    row.forEach(writer::cell);
    writer.end();
    writer.finish();
    return out.toString();
  }

  /**
   * The problems of a one-row file from the streaming reader, which must find them where the
   * reader finds them (the wording of rule violations may differ: the reader's come from {@code
   * ResponseValidation}).
   */
  private static List<CsvProblem> problems(String csv) {
    List<CsvProblem> read = CsvResponses.parse(STANDARD, csv, "c.csv", CsvLayout.WIDE).report().problems();
    List<CsvProblem> streamed = CsvResponses.tally(STANDARD, stream(csv), "c.csv").report().problems();
    Function<CsvProblem, String> where = p -> p.row() + " " + p.column() + " " + p.header() + " " + p.line() + " "
        + p.respondent() + " " + p.rule();
    assertEquals(read.stream().map(where).sorted().toList(), streamed.stream().map(where).sorted().toList(), csv);
    return streamed;
  }

  private static CsvColumns.Item first(CsvColumns.Kind kind) {
    return COLUMNS.items().stream().filter(item -> item.kind == kind).findFirst().orElseThrow();
  }

  private static List<String> optionColumns(CsvColumns.Item item) {
    List<String> names = new ArrayList<>(List.of(CsvColumns.RESPONDENT));
    Arrays.stream(item.optionColumns).mapToObj(COLUMNS::name).forEach(names::add);
    return names;
  }

  @Test
  void flagsAreReadAsTheirPatternReadsThem() {
    CsvColumns.Item multiple = first(CsvColumns.Kind.MULTIPLE);
    List<String> header = optionColumns(multiple);
    for (String flag : List.of("0", "1", "1.0", "0.000", "1.", "01", "10", "2", "١", "１", " 1", "1 ", "'1", "-1",
        "+1", "1e0", "o", "l", "0x1", "'=1")) {
      List<String> row = new ArrayList<>(List.of("AZEsur1", flag));
      while (row.size() < header.size()) {
        row.add("0");
      }
      boolean notAFlag = problems(file(header, row)).stream().anyMatch(p -> p.detail().contains("is not 0 or 1"));
      assertEquals(!FLAG.matcher(flag).matches(), notAFlag, flag);
    }
  }

  @Test
  void ranksAreReadAsTheirPatternReadsThem() {
    CsvColumns.Item ranked = first(CsvColumns.Kind.RANKED);
    List<String> header = optionColumns(ranked);
    int options = ranked.codes.size();
    for (String rank : List.of("1", "01", "000000001", "0000000001", "1.0", "1.00", "1.", "2", "0", "-1", "+1",
        " 1", "١", "１", String.valueOf(options), String.valueOf(options + 1), "999999999", "1234567890", "1e0",
        "'1", "'-1")) {
      List<String> row = new ArrayList<>(List.of("AZEsur1", rank));
      while (row.size() < header.size()) {
        row.add("");
      }
      boolean notARank = problems(file(header, row)).stream().anyMatch(p -> p.detail().contains("is not a rank"));
      int value = WHOLE.matcher(rank).matches() ? Integer.parseInt(rank.split("\\.", 2)[0]) : -1;
      assertEquals(value < 1 || value > options, notARank, rank);
    }
  }

  @Test
  void codesAreFoundOnlyWhenTheyAreExactlyACode() {
    CsvColumns.Item single = first(CsvColumns.Kind.SINGLE);
    List<String> header = List.of(CsvColumns.RESPONDENT, COLUMNS.name(single.valueColumn));
    List<String> spellings = new ArrayList<>();
    for (String code : single.codes) {
      spellings.addAll(List.of(code, code + " ", " " + code, code.toUpperCase(java.util.Locale.ROOT),
          code.substring(0, code.length() - 1), code + "x", "'" + code, "=" + code));
    }
    for (String spelling : spellings) {
      boolean unknown = problems(file(header, List.of("AZEsur1", spelling))).stream()
          .anyMatch(p -> p.rule().equals(Optional.of(ViolationRule.UNKNOWN_OPTION)));
      assertEquals(!single.codes.contains(spelling), unknown, spelling);
    }
  }

  @Test
  void respondentIdsAreCheckedAsRespondentIdChecksThem() {
    CsvColumns.Item single = first(CsvColumns.Kind.SINGLE);
    List<String> header = List.of(CsvColumns.RESPONDENT, COLUMNS.name(single.valueColumn));
    for (String id : List.of("AZEsur1", "a", "9", "A.b_c-d", ".a", "_a", "-a", "a b", "Ä1", "aÄ", "a".repeat(64),
        "a".repeat(65), "a/b", "ａ1", "1" + "-".repeat(63), "=a", "'a", "a'", "a\tb", "")) {
      Function<String, RespondentId> parse = text -> {
        try {
          return RespondentId.of(text);
        } catch (IllegalArgumentException e) {
          return null;
        }
      };
      RespondentId expected = parse.apply(id);
      List<CsvProblem> problems = problems(file(header, List.of(id, "no_such_code")));
      assertEquals(Optional.ofNullable(expected), problems.get(problems.size() - 1).respondent(), id);
      boolean refused = problems.stream().anyMatch(p -> p.column() == 1);
      assertEquals(expected == null, refused, id);
    }
  }

  @Test
  void blankTextsAreFoundAsStringIsBlankFindsThem() {
    CsvColumns.Item text = first(CsvColumns.Kind.TEXT);
    List<String> header = List.of(CsvColumns.RESPONDENT, COLUMNS.name(text.valueColumn));
    for (String value : List.of(" ", "  ", "\t", "\u000B\f", "\u001C\u001F", "\r", " \n ", "\u2003", "\u3000",
        " \u2003 ", "\u00A0", "\u200B", " x", "x ", "\u2003x", "é", "\u0000", "\u007F")) {
      boolean blank = problems(file(header, List.of("AZEsur1", value))).stream()
          .anyMatch(p -> p.rule().equals(Optional.of(ViolationRule.BLANK_TEXT)));
      assertEquals(value.isBlank(), blank, () -> value.codePoints().mapToObj(Integer::toHexString).toList()
          .toString());
    }
  }
}
