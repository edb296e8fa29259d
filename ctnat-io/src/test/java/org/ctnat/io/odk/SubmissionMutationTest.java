package org.ctnat.io.odk;

import static org.ctnat.io.odk.SubmissionSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.io.CtnatReadException;
import org.ctnat.io.odk.SubmissionSamples.Style;
import org.junit.jupiter.api.Test;

/**
 * Valid exports damaged at random — separators, quotes, line ends, digits and words inserted,
 * bytes deleted, duplicated or replaced by ones that are not UTF-8, the file cut short. Whatever
 * the damage, only a {@link CtnatReadException} escapes a reader; an export that reads reports
 * every problem with its row and column, and keeps only valid responses.
 */
class SubmissionMutationTest {

  private static final byte[][] INSERTS = {{'"'}, {','}, {';'}, {'\t'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'='},
      {' '}, {'/'}, {'-'}, {(byte) 0xFF}, {(byte) 0xC3}, {'x'}, {'0'}, {'1'}, {'y', 'e', 's'}, {'P', 'K', 3, 4}};

  private static final List<String> FIXTURES = List.of("kobo-semicolon.csv", "kobo-comma-nogroups.csv",
      "central-split.csv", "central-plain.csv");

  static byte[] mutate(byte[] file, Random random) {
    byte[] bytes = file;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(6)) {
        case 0, 1 -> {
          out.write(bytes, 0, at);
          out.writeBytes(INSERTS[random.nextInt(INSERTS.length)]);
          out.write(bytes, at, bytes.length - at);
        }
        case 2 -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(3));
          out.write(bytes, 0, at);
          out.write(bytes, end, bytes.length - end);
        }
        case 3 -> {
          out.write(bytes, 0, bytes.length);
          byte[] replaced = out.toByteArray();
          if (at < replaced.length) {
            replaced[at] = INSERTS[random.nextInt(INSERTS.length)][0];
          }
          bytes = replaced;
          continue;
        }
        case 4 -> {
          int end = Math.min(bytes.length, at + random.nextInt(200));
          out.write(bytes, 0, end);
          out.write(bytes, at, bytes.length - at);
        }
        default -> out.write(bytes, 0, at);
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private static void check(byte[] bytes, boolean xlsx) {
    try {
      SubmissionReadResult read = xlsx
          ? Submissions.readXlsx(STANDARD, new ByteArrayInputStream(bytes), "mutated.xlsx")
          : Submissions.readCsv(STANDARD, new ByteArrayInputStream(bytes), "mutated.csv");
      SubmissionReport report = read.report();
      for (SubmissionProblem problem : report.problems()) {
        assertTrue(problem.row() >= (problem.isError() ? 2 : 1) && problem.column() >= 1, problem::toString);
        assertTrue(!problem.detail().isBlank(), problem::toString);
      }
      assertTrue(report.submissionsKept() + report.submissionsLeftOut() == report.rows(), report::toString);
      assertTrue(report.isClean() == (report.submissionsLeftOut() == 0), report::toString);
      for (int row : read.submissions().stream().map(Submission::row).toList()) {
        assertTrue(report.problemsInRow(row).isEmpty(), report::toString);
      }
      assertTrue(ResponseValidation.validateAll(STANDARD, read.responses()).isValid(), "only valid responses are kept");
    } catch (CtnatReadException e) {
      assertTrue(e.problem().contains("expected") || e.problem().contains("limit"),
          () -> "says what was expected: " + e.getMessage());
    } catch (RuntimeException e) {
      fail("a " + e.getClass().getName() + " escaped the " + (xlsx ? "XLSX" : "CSV") + " reader: " + e.getMessage(), e);
    }
  }

  @Test
  void onlyCtnatReadExceptionsEscapeTheCsvReader() {
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] valid = random.nextBoolean()
          ? SubmissionSamples.resource(FIXTURES.get(random.nextInt(FIXTURES.size()))).getBytes(StandardCharsets.UTF_8)
          : SubmissionSamples.csv(SubmissionSamples.export(SubmissionSamples.responses(seed, 1 + random.nextInt(4),
              false), Style.KOBO_DEFAULT), random.nextBoolean() ? ';' : ',').getBytes(StandardCharsets.UTF_8);
      check(mutate(valid, random), false);
    });
  }

  @Test
  void onlyCtnatReadExceptionsEscapeTheXlsxReader() {
    qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] valid = SubmissionSamples.xlsx(SubmissionSamples.export(SubmissionSamples.responses(seed,
          1 + random.nextInt(3), true), Style.CENTRAL_SPLIT), random.nextBoolean());
      check(mutate(valid, random), true);
    });
  }
}
