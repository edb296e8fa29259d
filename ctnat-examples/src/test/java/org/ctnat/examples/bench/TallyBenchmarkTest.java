package org.ctnat.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.io.Instruments;
import org.junit.jupiter.api.Test;

/** The benchmark's three paths compute the same tallies (correctness only; no timing here). */
class TallyBenchmarkTest {

  @Test
  void recorderCollectorAndBaselineAgreeOnTheSameRows() {
    Instrument instrument = Instruments.ctnat2016();
    SyntheticSurvey survey = new SyntheticSurvey(instrument, 3000, 7);
    int country = survey.items().indexOf(ItemId.of("1.1"));
    int gender = survey.items().indexOf(ItemId.of("1.6"));
    Disaggregation recorded = TallyBenchmark.recorder(instrument, survey, country, gender);
    TallyBenchmark bench = new TallyBenchmark();
    bench.responses = 3000;
    bench.instrument = instrument;
    bench.survey = survey;
    assertEquals(recorded, bench.sdkCollector());
    assertEquals(3000, recorded.whole().responses());

    int[][][] baseline = TallyBenchmark.baseline(survey, country, gender);
    int genders = survey.codes(gender).size() + 1;
    SurveyTally azerbaijanWomen = recorded.groups().entrySet().stream()
        .filter(e -> e.getKey().values().equals(List.of("azerbaijan", "female"))).findFirst().orElseThrow()
        .getValue();
    int group = (1 + survey.codes(country).indexOf("azerbaijan")) * genders
        + 1 + survey.codes(gender).indexOf("female");
    int slot = 0;
    for (int i = 0; i < survey.items().size(); i++) {
      Tally tally = azerbaijanWomen.tally(survey.items().get(i));
      for (int c = 0; c < tally.counts().size(); c++) {
        assertEquals(baseline[0][group][slot + c], tally.counts().get(c), tally.item() + " " + c);
      }
      assertEquals(baseline[1][group][i], tally.answered(), tally.item().toString());
      slot += tally.counts().size();
    }
    assertEquals(baseline[1][group][survey.items().size()], azerbaijanWomen.responses());
    assertEquals(List.of(GroupKey.MISSING, GroupKey.MISSING), recorded.groups().firstKey().values(),
        "about one respondent in a hundred misses both country and gender");
  }
}
