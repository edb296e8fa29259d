package org.ctnat.examples.programs;

import java.util.List;
import org.ctnat.core.analysis.Comparison;
import org.ctnat.core.analysis.Comparisons;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.examples.worked.WorkedExample;
import org.ctnat.io.Instruments;

/**
 * Compares two rounds of one country: which indicators became met, which regressed, and how
 * each area moved — the worked example's 2024 and 2028 assessments of Valdoria.
 */
public final class CompareRounds {

  private CompareRounds() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Instrument ctnat = Instruments.ctnat2016();
    Comparison rounds = Comparisons.of(ctnat, List.of(WorkedExample.load2024(), WorkedExample.load2028()));
    System.out.println(rounds);
  }
}
