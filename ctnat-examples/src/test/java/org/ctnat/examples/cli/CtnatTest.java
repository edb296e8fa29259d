package org.ctnat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;
import org.junit.jupiter.api.Test;

class CtnatTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Ctnat.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void instrumentCommandPrintsTheStandardInstrumentAsJson() {
    assertEquals(Ctnat.OK, run("instrument"));
    assertEquals(Instruments.ctnat2016(), Instruments.parse(out(), "stdout", DocumentFormat.JSON));
    assertTrue(out().startsWith("{"), out().substring(0, 20));
  }

  @Test
  void instrumentCommandPrintsYamlWhenAsked() {
    assertEquals(Ctnat.OK, run("instrument", "--format", "yaml"));
    assertTrue(out().startsWith("format: ctnat"), out().substring(0, 40));
    assertEquals(Instruments.ctnat2016(), Instruments.parse(out(), "stdout", DocumentFormat.YAML));
  }

  @Test
  void unknownFormatIsAUsageErrorThatNamesTheValue() {
    assertEquals(Ctnat.USAGE, run("instrument", "--format", "xml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'xml'"));
    assertEquals("", out());
  }

  @Test
  void missingFormatValueIsAUsageError() {
    assertEquals(Ctnat.USAGE, run("instrument", "--format"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--format needs a value"));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(Ctnat.USAGE, run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
  }

  @Test
  void noArgumentsPrintsUsage() {
    assertEquals(Ctnat.USAGE, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar ctnat.jar"));
  }

  @Test
  void helpListsTheInstrumentCommand() {
    assertEquals(Ctnat.OK, run("help"));
    assertTrue(out().contains("instrument [--format json|yaml]"));
  }
}
