package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Valid files damaged at random, byte by byte — quotes, commas and line ends inserted, bytes
 * deleted, duplicated or replaced by ones that are not UTF-8, the file cut short. Whatever the
 * damage, only a {@link CtnatReadException} escapes a reader, and it says on which line; a file
 * that reads reports every problem with its row, column and line, and keeps only valid
 * responses.
 */
class CsvMutationTest {

  private static final byte[][] INSERTS = {{'"'}, {','}, {'\n'}, {'\r'}, {'\r', '\n'}, {'\''}, {'='},
      {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {'"', '"'}, {'x'}, {'0'}, {'1'}, {(byte) 0xEF,
          (byte) 0xBB, (byte) 0xBF}};

  static byte[] mutate(byte[] file, Random random) {
    byte[] bytes = file;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(6)) {
        case 0, 1 -> { // insert
          out.write(bytes, 0, at);
          out.writeBytes(INSERTS[random.nextInt(INSERTS.length)]);
          out.write(bytes, at, bytes.length - at);
        }
        case 2 -> { // delete a few bytes
          int end = Math.min(bytes.length, at + 1 + random.nextInt(3));
          out.write(bytes, 0, at);
          out.write(bytes, end, bytes.length - end);
        }
        case 3 -> { // replace one byte
          out.write(bytes, 0, bytes.length);
          byte[] replaced = out.toByteArray();
          if (at < replaced.length) {
            replaced[at] = INSERTS[random.nextInt(INSERTS.length)][0];
          }
          bytes = replaced;
          continue;
        }
        case 4 -> { // duplicate a stretch
          int end = Math.min(bytes.length, at + random.nextInt(200));
          out.write(bytes, 0, end);
          out.write(bytes, at, bytes.length - at);
        }
        default -> out.write(bytes, 0, at); // cut short
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private static void check(byte[] bytes, CsvLayout layout) {
    try {
      CsvReadResult<List<SurveyResponse>> read = CsvResponses.read(STANDARD, new ByteArrayInputStream(bytes),
          "mutated.csv", layout);
      wellFormed(read.report(), layout);
      assertTrue(ResponseValidation.validateAll(STANDARD, read.value()).isValid(), "only valid responses are kept");
    } catch (CtnatReadException e) {
      assertTrue(e.line().isPresent(), () -> "no line in: " + e.getMessage());
      assertTrue(e.problem().contains("expected") || e.problem().contains("limit"),
          () -> "says what was expected: " + e.getMessage());
    } catch (RuntimeException e) {
      fail("a " + e.getClass().getName() + " escaped the " + layout + " reader: " + e.getMessage(), e);
    }
    if (layout == CsvLayout.WIDE) {
      try {
        wellFormed(CsvResponses.tally(STANDARD, new ByteArrayInputStream(bytes), "mutated.csv").report(), layout);
      } catch (CtnatReadException e) {
        assertTrue(e.line().isPresent(), () -> "no line in: " + e.getMessage());
      } catch (RuntimeException e) {
        fail("a " + e.getClass().getName() + " escaped the streaming reader: " + e.getMessage(), e);
      }
    }
  }

  private static void wellFormed(CsvReadReport report, CsvLayout layout) {
    for (CsvProblem problem : report.problems()) {
      assertTrue(problem.row() >= 2 && problem.line() >= problem.row() && problem.column() >= 1,
          problem::toString);
      assertTrue(!problem.detail().isBlank(), problem::toString);
    }
    int responses = report.responsesKept() + report.responsesLeftOut();
    assertTrue(layout == CsvLayout.WIDE ? responses == report.rows() : responses <= report.rows(),
        report::toString);
    assertTrue(report.isClean() == (report.responsesLeftOut() == 0), report::toString);
  }

  @Test
  void onlyCtnatReadExceptionsEscapeTheWideReaders() {
    byte[] fixture = CsvSamples.utf8(CsvSamples.resource("fixture-wide.csv"));
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] valid = random.nextBoolean() ? fixture : CsvSamples.utf8(CsvResponses.toString(STANDARD,
          CsvSamples.responses(seed, 1 + random.nextInt(6), true), CsvLayout.WIDE));
      check(mutate(valid, random), CsvLayout.WIDE);
    });
  }

  @Test
  void onlyCtnatReadExceptionsEscapeTheLongReader() {
    byte[] fixture = CsvSamples.utf8(CsvSamples.resource("fixture-long.csv"));
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] valid = random.nextBoolean() ? fixture : CsvSamples.utf8(CsvResponses.toString(STANDARD,
          CsvSamples.responses(seed, 1 + random.nextInt(6), false), CsvLayout.LONG));
      check(mutate(valid, random), CsvLayout.LONG);
    });
  }
}
