// CT-NAT SDK: JShell start-up script. Open JShell with
//   jshell --class-path ctnat-examples/target/ctnat.jar --startup DEFAULT --startup ctnat-examples/ctnat.jsh
// It imports the SDK's packages and defines a few helpers; everything else is the plain API.

import java.nio.file.*;
import org.ctnat.core.framework.*;
import org.ctnat.core.questionbank.*;
import org.ctnat.core.instrument.*;
import org.ctnat.core.response.*;
import org.ctnat.core.assessment.*;
import org.ctnat.core.analysis.*;
import org.ctnat.io.*;
import org.ctnat.io.report.*;
import org.ctnat.examples.worked.WorkedExample;

/** The survey responses of a file: JSON lines (.jsonl), wide CSV (.csv) or an assessment (.json, .yaml). */
List<SurveyResponse> responses(String file) {
  Path path = Path.of(file);
  String kind = DocumentKinds.of(path);
  if (kind.equals(DocumentKinds.CSV_RESPONSES)) {
    var read = CsvResponses.read(Instruments.ctnat2016(), path, CsvLayout.WIDE);
    if (!read.report().isClean()) System.out.println(read.report());
    return read.value();
  }
  if (kind.equals(DocumentKinds.SURVEY_RESPONSES)) {
    List<SurveyResponse> all = new ArrayList<>();
    SurveyResponses.readLines(path, all::add);
    return all;
  }
  return Assessments.read(path).surveyResponses();
}

/** Prints the tally of every statement of a grid, with its agreement summary. */
void grid(SurveyTally tally, String gridId) {
  Instrument instrument = Instruments.ctnat2016();
  Grid grid = (Grid) instrument.survey().question(ItemId.of(gridId)).orElseThrow();
  Scale scale = instrument.scale(grid.scale()).orElseThrow();
  for (GridStatement statement : grid.statements()) {
    System.out.println(LikertSummary.of(scale, tally.tally(statement.id())));
  }
}

/** Prints any result: its toString() is a small table. */
void show(Object result) {
  System.out.println(result);
}
