package org.ctnat.examples.programs;

import java.util.List;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.CrossTabs;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.examples.worked.WorkedExample;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.Instruments;

/**
 * Reads a survey export (the worked example's wide CSV), reports the rows validation left out,
 * checks the kept responses against the instrument's rules, and tallies them: one item with
 * Wilson intervals, and the same item by gender with small cells suppressed for publication.
 */
public final class ValidateAndTally {

  private ValidateAndTally() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Instrument ctnat = Instruments.ctnat2016();
    CsvReadResult<List<SurveyResponse>> read = WorkedExample.loadSurvey2024();
    System.out.println(read.report());
    List<SurveyResponse> responses = read.value();
    ValidationReport rules = ResponseValidation.validateAll(ctnat, responses);
    System.out.println("kept responses breaking a rule: " + rules.violations().size());

    SurveyTally tally = SurveyTally.of(ctnat, responses);
    Tally shelters = tally.tally(ItemId.of("4.1.1")); // short-term shelter services
    System.out.println(shelters);
    System.out.println(DisclosureControl.suppress(
        CrossTabs.of(ctnat, responses, ProfileAttribute.GENDER, ItemId.of("4.1.1")), 5));
  }
}
