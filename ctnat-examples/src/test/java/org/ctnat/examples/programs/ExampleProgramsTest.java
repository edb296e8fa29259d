package org.ctnat.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.io.Instruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program runs in the build and prints what it promises. */
class ExampleProgramsTest {

  /** Runs a program's main and returns what it printed. */
  private interface Main {
    void run() throws Exception;
  }

  private static String printed(Main main) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void adaptInstrument(@TempDir Path dir) throws Exception {
    String out = printed(() -> AdaptInstrument.main(new String[] {dir.toString()}));
    assertTrue(out.contains("standard: 25 criteria, 100 indicators, languages [en]"), out);
    assertTrue(out.contains("adapted:  24 criteria, 96 indicators, languages [en, fr]"), out);
    assertTrue(out.contains("1.1 in French: Dans quel pays travaillez-vous principalement ?"), out);
    assertTrue(out.contains("(read back equal: true)"), out);
    var adapted = Instruments.read(dir.resolve("ctnat-2016-vld.yaml"));
    var country = (SingleChoice) adapted.survey().question(ItemId.of("1.1")).orElseThrow();
    assertEquals(1, country.options().size());
    assertEquals("valdoria", country.options().get(0).code());
    assertTrue(adapted.framework().criterion(CriterionId.of("4.5")).isEmpty());
  }

  @Test
  void validateAndTally() throws Exception {
    String out = printed(() -> ValidateAndTally.main(new String[0]));
    assertTrue(out.contains("46 rows, 42 responses kept, 4 left out"), out);
    assertTrue(out.contains("kept responses breaking a rule: 0"), out);
    assertTrue(out.contains("4.1.1: answered"), out);
    assertTrue(out.contains("Suppressed table, k=5"), out);
  }

  @Test
  void judgeAndFlagGaps() throws Exception {
    String out = printed(() -> JudgeAndFlagGaps.main(new String[0]));
    assertTrue(out.contains("area 2 Protection and assistance"), out);
    assertTrue(out.contains("flagged in all: "), out);
  }

  @Test
  void compareRounds() throws Exception {
    String out = printed(() -> CompareRounds.main(new String[0]));
    assertTrue(out.contains("VLD-2024") && out.contains("VLD-2028"), out);
  }

  @Test
  void exportToOdk(@TempDir Path dir) throws Exception {
    String out = printed(() -> ExportToOdk.main(new String[] {dir.toString()}));
    assertTrue(out.contains("form id ctnat-2016-vld, version 2016.1-vld.1, languages [en, fr]"), out);
    assertTrue(Files.readString(dir.resolve("ctnat-2016-vld.xml")).contains("Valdorie"));
    assertTrue(Files.size(dir.resolve("ctnat-2016-vld.xlsx")) > 1000);
  }
}
