package org.ctnat.examples.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctnat.io.Assessments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped files are exactly what the generator produces, so that they never drift from it:
 * after a change to the generator, run {@code WorkedExample.main} and commit the files.
 */
class WorkedExampleFilesTest {

  private static final String REGENERATE = " differs from what WorkedExample generates; regenerate it with "
      + "WorkedExample.main(\"ctnat-examples/src/main/resources/org/ctnat/examples/worked\")";

  @Test
  void everyShippedFileIsWhatTheGeneratorWrites() {
    Map<String, String> generated = WorkedExample.generatedTexts();
    assertEquals(List.of(WorkedExample.ROUND_2024, WorkedExample.SURVEY_2024, WorkedExample.ROUND_2028),
        List.copyOf(generated.keySet()));
    generated.forEach((file, text) -> assertEquals(text, WorkedExample.resourceText(file), file + REGENERATE));
  }

  @Test
  void theShippedAssessmentsReadBackAsTheGeneratedOnes() {
    assertEquals(WorkedExample.round2024(), WorkedExample.load2024());
    assertEquals(WorkedExample.round2028(), WorkedExample.load2028());
  }

  @Test
  void generatingTwiceGivesTheSameData() {
    assertEquals(WorkedExample.round2024(), WorkedExample.round2024());
    assertEquals(WorkedExample.round2028(), WorkedExample.round2028());
    assertEquals(WorkedExample.survey2024Csv(), WorkedExample.survey2024Csv());
  }

  @Test
  void writeCreatesTheFolderAndTheThreeFiles(@TempDir Path temp) throws Exception {
    Path folder = temp.resolve("worked");
    List<Path> written = WorkedExample.write(folder);

    assertEquals(List.of(folder.resolve(WorkedExample.ROUND_2024), folder.resolve(WorkedExample.SURVEY_2024),
        folder.resolve(WorkedExample.ROUND_2028)), written);
    for (Map.Entry<String, String> file : WorkedExample.generatedTexts().entrySet()) {
      assertEquals(file.getValue(), Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8),
          file.getKey());
    }
    assertEquals(WorkedExample.round2024(), Assessments.read(folder.resolve(WorkedExample.ROUND_2024)));
  }

  @Test
  void aFileThatIsNotShippedIsNamedInTheError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WorkedExample.resourceText("valdoria-2030.json"));
    assertEquals("the worked example file /org/ctnat/examples/worked/valdoria-2030.json is not on the class path; "
        + "write it with WorkedExample.main", e.getMessage());
  }
}
