package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.io.odk.SubmissionSamples.Style;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * An enumerator may type a person's name where the respondent code belongs: the report says what
 * is wrong with the value and never repeats it, nor a formula that may hold it.
 */
class SubmissionPersonalDataTest {

  private static final List<SurveyResponse> RESPONSES = List.of(KoboCsvTest.fullResponse("AZEsur1"),
      SurveyResponse.to(STANDARD, Respondent.of("AZEsur2")).build());

  /** The test export with the second row's respondent cell replaced. */
  private static List<List<String>> withRespondent(String value) {
    List<List<String>> table = new ArrayList<>(SubmissionSamples.export(RESPONSES, Style.KOBO_DEFAULT));
    int column = table.get(0).indexOf(SubmissionOptions.RESPONDENT_FIELD);
    List<String> row = new ArrayList<>(table.get(2));
    row.set(column, value);
    table.set(2, row);
    return table;
  }

  private static void neverRepeated(SubmissionReadResult read, String... parts) {
    String report = read.report().toString();
    for (String part : parts) {
      assertFalse(report.contains(part), () -> "'" + part + "' in " + report);
      assertTrue(read.report().problems().stream().noneMatch(p -> p.toString().contains(part)), report);
    }
  }

  @Test
  void aNameInTheRespondentFieldOfACsvIsDescribedNotRepeated() {
    SubmissionReadResult read = Submissions.parseCsv(STANDARD, SubmissionSamples.csv(withRespondent(
        "Maria Lopez"), ';'), "kobo.csv");
    assertEquals(List.of(RESPONSES.get(0)), read.responses());
    SubmissionProblem problem = read.report().problemsInRow(3).get(0);
    assertEquals(SubmissionOptions.RESPONDENT_FIELD, problem.header());
    assertTrue(problem.detail().startsWith("the value is not a respondent id: 11 characters, contains a space; "
        + "expected letters, digits"), problem::detail);
    neverRepeated(read, "Maria", "Lopez");
  }

  @Test
  void everyKindOfFaultIsNamed() {
    assertEquals("11 characters, contains a space", ReportedValues.describeId("Maria Lopez"));
    assertEquals("9 characters, contains a tab or line break", ReportedValues.describeId("Maria\tL.b"));
    assertEquals("6 characters, contains a letter or digit outside A-Z, a-z and 0-9 (such as an accented "
        + "letter)", ReportedValues.describeId("Zoë_Ng"));
    assertEquals("7 characters, contains a character other than a letter, a digit, '.', '_' or '-'",
        ReportedValues.describeId("a+b@c.d"));
    assertEquals("6 characters, starts with '_'", ReportedValues.describeId("_maria"));
    assertEquals("65 characters, more than 64", ReportedValues.describeId("x".repeat(65)));
  }

  @Test
  void aNameTypedAsAnInstanceIdIsNotRepeatedEither() {
    String csv = "SubmissionDate,s1-q1.1,meta-instanceID,KEY,FormVersion\n"
        + "2016-05-04T10:23:45.123Z,georgia,uuid:Maria Lopez,uuid:Maria Lopez,2016.1\n";
    SubmissionReadResult read = Submissions.parseCsv(STANDARD, csv, "central.csv");
    assertEquals(List.of(), read.responses());
    assertTrue(read.report().errors().get(0).detail().contains("11 characters, contains a space"),
        read.report()::toString);
    neverRepeated(read, "Maria", "Lopez");
  }

  @Test
  void aFormulaInAnXlsxIsNotQuoted() throws IOException {
    List<List<String>> table = withRespondent("placeholder");
    int respondent = table.get(0).indexOf(SubmissionOptions.RESPONDENT_FIELD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("CT-NAT");
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < table.get(r).size(); c++) {
        if (!table.get(r).get(c).isEmpty()) {
          sheet.value(r, c, table.get(r).get(c));
        }
      }
    }
    sheet.formula(2, respondent, "CONCATENATE(\"Maria\",\" Lopez\")");
    workbook.finish();
    SubmissionReadResult read = Submissions.readXlsx(STANDARD, new ByteArrayInputStream(out.toByteArray()),
        "kobo.xlsx");
    assertEquals(List.of(RESPONSES.get(0)), read.responses());
    assertTrue(read.report().problemsInRow(3).get(0).detail().contains("a formula, which is never evaluated"),
        read.report()::toString);
    neverRepeated(read, "Maria", "Lopez", "CONCATENATE");
  }
}
