package org.ctnat.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.io.internal.CsvRecordReader;

/**
 * The long layout of responses ({@link CsvLayout#LONG}): {@code respondent,item,option,value},
 * one row per non-empty cell of the wide layout. Package-private; {@link CsvResponses} is the
 * entry point.
 *
 * <p>Stateless.
 */
final class CsvLong {

  /** The header of the long layout. */
  static final List<String> HEADER = List.of(CsvColumns.RESPONDENT, "item", "option", "value");

  private static final String TEXT = "/text";
  private static final int RESPONDENT = 0;
  private static final int ITEM = 1;
  private static final int OPTION = 2;
  private static final int VALUE = 3;
  private static final Pattern FLAG = Pattern.compile("[01](\\.0+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}(\\.0+)?");

  private CsvLong() {}

  // ---------------------------------------------------------------- writing

  static void write(Instrument instrument, Iterable<SurveyResponse> responses, CsvRecordWriter out) {
    CsvColumns columns = CsvColumns.of(instrument);
    out.context("the header").cells(HEADER).end();
    out.commit();
    for (SurveyResponse response : responses) {
      String who = "respondent " + response.respondent().id();
      CsvResponses.checkInstrument(instrument, response, who);
      response.answers().keySet().forEach(id -> CsvResponses.item(columns, id, who));
      String id = response.respondent().id().value();
      out.context(who);
      boolean any = false;
      for (CsvColumns.Item item : columns.items()) {
        Answer answer = response.answers().get(item.id);
        if (answer != null) {
          rows(item, answer, id, out, who + ", item " + item.id + ": ");
          any = true;
        }
      }
      if (!any) {
        out.cell(id).blank().blank().blank().end(); // a respondent who answered nothing
      }
      out.commit();
    }
    out.finish();
  }

  private static void rows(CsvColumns.Item item, Answer answer, String id, CsvRecordWriter out, String where) {
    String itemId = item.id.value();
    switch (item.kind) {
      case SINGLE -> {
        ChoiceAnswer a = CsvResponses.expect(answer, ChoiceAnswer.class, item, where);
        out.cell(id).cell(itemId).blank().cell(CsvResponses.code(a.code(), where)).end();
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(text -> {
          int o = item.code(a.code());
          if (o < 0 || !item.specify[o]) {
            throw new IllegalArgumentException(where + "a specified text goes with an 'Other – please specify' "
                + "option, but '" + a.code() + "' is not one");
          }
          out.cell(id).cell(itemId).cell(a.code() + TEXT).cell(text).end();
        });
      }
      case POINT -> out.cell(id).cell(itemId).blank()
          .cell(CsvResponses.code(CsvResponses.expect(answer, PointAnswer.class, item, where).code(), where)).end();
      case TEXT -> out.cell(id).cell(itemId).blank()
          .cell(CsvResponses.text(CsvResponses.expect(answer, TextAnswer.class, item, where).text(), where)).end();
      case MULTIPLE -> {
        SelectionAnswer a = CsvResponses.expect(answer, SelectionAnswer.class, item, where);
        boolean[] chosen = CsvResponses.chosen(item, a.codes(), where);
        if (a.codes().isEmpty()) {
          item.codes.forEach(code -> out.cell(id).cell(itemId).cell(code).cell("0").end()); // none chosen
        }
        a.codes().forEach(code -> out.cell(id).cell(itemId).cell(code).cell("1").end());
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(text -> out.cell(id).cell(itemId)
            .cell(item.codes.get(CsvResponses.otherOption(item, chosen, where)) + TEXT).cell(text).end());
      }
      case RANKED -> {
        RankingAnswer a = CsvResponses.expect(answer, RankingAnswer.class, item, where);
        int[] ranks = CsvResponses.ranks(item, a, where);
        boolean[] ranked = new boolean[ranks.length];
        for (int o = 0; o < ranks.length; o++) {
          ranked[o] = ranks[o] > 0;
        }
        a.ranks().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
            .forEach(e -> out.cell(id).cell(itemId).cell(e.getKey()).cell(String.valueOf(e.getValue())).end());
        a.otherText().filter(t -> !t.isEmpty()).ifPresent(text -> out.cell(id).cell(itemId)
            .cell(item.codes.get(CsvResponses.otherOption(item, ranked, where)) + TEXT).cell(text).end());
      }
      default -> throw new IllegalStateException("unknown item kind " + item.kind);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Where a row is, for problems. */
  private record At(int row, int[] lines) {
    int line(int column) {
      return lines[column];
    }
  }

  /** What the rows of one respondent say about one item. */
  private static final class Partial {
    final CsvColumns.Item item;
    final At first;
    boolean bad;
    String value;
    final Map<String, Boolean> flags = new LinkedHashMap<>();
    final Map<String, Integer> ranks = new LinkedHashMap<>();
    int other = -1;
    String otherText;
    At otherAt;

    Partial(CsvColumns.Item item, At first) {
      this.item = item;
      this.first = first;
    }

    boolean answered() {
      return value != null || !flags.isEmpty() || !ranks.isEmpty();
    }

    boolean picked(int o) {
      String code = item.codes.get(o);
      return switch (item.kind) {
        case SINGLE -> code.equals(value);
        case MULTIPLE -> Boolean.TRUE.equals(flags.get(code));
        case RANKED -> ranks.containsKey(code);
        default -> false;
      };
    }
  }

  /** Everything read about one respondent. */
  private static final class Group {
    final RespondentId id;
    final At first;
    final Map<CsvColumns.Item, Partial> partials = new HashMap<>();
    final Map<String, Integer> seen = new HashMap<>();
    final List<CsvProblem> problems = new ArrayList<>();

    Group(RespondentId id, At first) {
      this.id = id;
      this.first = first;
    }

    void problem(At at, int column, Optional<ViolationRule> rule, String detail) {
      problems.add(new CsvProblem(at.row(), column + 1, HEADER.get(column), at.line(column), Optional.of(id), rule,
          detail));
    }
  }

  static CsvReadResult<List<SurveyResponse>> read(Instrument instrument, CsvRecordReader reader) {
    CsvColumns columns = CsvColumns.of(instrument);
    header(reader);
    Map<RespondentId, Group> groups = new LinkedHashMap<>();
    List<CsvProblem> problems = new ArrayList<>();
    int rows = 0;
    int orphans = 0;
    while (reader.next()) {
      rows++;
      int[] lines = new int[HEADER.size()];
      for (int f = 0; f < lines.length; f++) {
        lines[f] = f < reader.stored() ? reader.line(f) : reader.currentLine();
      }
      At at = new At(reader.record(), lines);
      RespondentId id = null;
      String who = reader.field(RESPONDENT);
      try {
        id = RespondentId.of(who);
      } catch (IllegalArgumentException e) {
        // reported below, with the field count if that is wrong too
      }
      if (reader.size() != HEADER.size()) {
        int column = Math.min(reader.size(), HEADER.size());
        CsvProblem problem = new CsvProblem(at.row(), column + 1, column < HEADER.size() ? HEADER.get(column) : "",
            reader.size() > column ? reader.line(column) : reader.currentLine(), Optional.ofNullable(id),
            Optional.empty(), "row " + at.row() + " has " + reader.size() + " field" + (reader.size() == 1 ? "" : "s")
            + ", but the header has 4; expected respondent,item,option,value (is the file truncated, or a text's "
            + "comma or line break not quoted?)");
        if (id == null) {
          problems.add(problem);
          orphans++;
        } else {
          groups.computeIfAbsent(id, key -> new Group(key, at)).problems.add(problem);
        }
        continue;
      }
      if (id == null) {
        problems.add(new CsvProblem(at.row(), 1, HEADER.get(RESPONDENT), at.line(RESPONDENT), Optional.empty(),
            Optional.empty(), who.isEmpty() ? "the respondent id is empty; expected the respondent's pseudonymous id, "
            + "such as AZEsur1" : "'" + who + "' is not a respondent id; expected letters, digits, '.', '_' or '-', "
            + "at most 64, starting with a letter or digit, such as AZEsur1"));
        orphans++;
        continue;
      }
      row(columns, groups.computeIfAbsent(id, key -> new Group(key, at)), at, reader.field(ITEM), reader.field(OPTION),
          reader.field(VALUE));
    }
    List<SurveyResponse> kept = new ArrayList<>();
    int leftOut = orphans;
    for (Group group : groups.values()) {
      SurveyResponse response = finish(instrument, columns, group);
      if (group.problems.isEmpty()) {
        kept.add(response);
      } else {
        problems.addAll(group.problems);
        leftOut++;
      }
    }
    problems.sort(Comparator.comparingInt(CsvProblem::row).thenComparingInt(CsvProblem::column));
    return new CsvReadResult<>(List.copyOf(kept), CsvReadReport.of(reader.source(), rows, kept.size(), leftOut,
        problems, problems.size()));
  }

  private static void header(CsvRecordReader reader) {
    String expected = "; expected the header row " + String.join(",", HEADER);
    if (!reader.next()) {
      throw reader.problem(1, 1, "the file is empty" + expected);
    }
    for (int i = 0; i < HEADER.size(); i++) {
      if (i >= reader.size()) {
        throw reader.problem(reader.currentLine(), 0, "the header has " + reader.size() + " column"
            + (reader.size() == 1 ? "" : "s") + expected);
      }
      if (!HEADER.get(i).equals(reader.field(i))) {
        boolean wide = i == 1 && reader.field(0).equals(CsvColumns.RESPONDENT);
        throw reader.problem(reader.line(i), reader.column(i), "column " + (i + 1) + " of the header is '"
            + reader.field(i) + "'" + expected + (wide ? " (this looks like a wide file: read it as CsvLayout.WIDE)"
            : ""));
      }
    }
    if (reader.size() > HEADER.size()) {
      throw reader.problem(reader.line(HEADER.size()), reader.column(HEADER.size()), "unknown column '"
          + reader.field(HEADER.size()) + "' after the four columns" + expected);
    }
    reader.storeLimit(HEADER.size() + 1);
  }

  private static void row(CsvColumns columns, Group group, At at, String itemId, String option, String value) {
    if (itemId.isEmpty()) {
      if (!option.isEmpty() || !value.isEmpty()) {
        group.problem(at, ITEM, Optional.empty(), "the item is empty; expected an item id such as 1.6 (an empty "
            + "item, option and value mark a respondent who answered nothing)");
      }
      return;
    }
    CsvColumns.Item item = columns.item(itemId);
    if (item == null) {
      group.problem(at, ITEM, Optional.of(ViolationRule.UNKNOWN_ITEM), columns.isGrid(itemId)
          ? itemId + " is a grid, whose statements are the items: " + columns.statementsOf(itemId)
          : "the survey of " + columns.instrument() + " has no item '" + itemId + "'");
      return;
    }
    Partial partial = group.partials.computeIfAbsent(item, i -> new Partial(i, at));
    Integer earlier = group.seen.putIfAbsent(itemId + "/" + option, at.row());
    if (earlier != null) {
      partial.bad = true;
      group.problem(at, option.isEmpty() ? VALUE : OPTION, Optional.empty(), "a second row for " + itemId
          + (option.isEmpty() ? "" : " option '" + option + "'") + "; the first is row " + earlier
          + "; expected one row per value");
      return;
    }
    if (option.endsWith(TEXT) && item.kind != CsvColumns.Kind.TEXT && item.kind != CsvColumns.Kind.POINT) {
      specified(group, partial, at, option.substring(0, option.length() - TEXT.length()), option, value);
      return;
    }
    switch (item.kind) {
      case SINGLE, POINT, TEXT -> {
        String what = item.kind == CsvColumns.Kind.TEXT ? "the text" : "the code";
        if (!option.isEmpty()) {
          bad(group, partial, at, OPTION, "item " + itemId + " has no options in the long layout; expected an empty "
              + "option and " + what + " in value");
        } else if (value.isEmpty()) {
          bad(group, partial, at, VALUE, "the value is empty; expected " + what + " (leave the row out for a "
              + "missing answer)");
        } else {
          partial.value = value;
        }
      }
      case MULTIPLE, RANKED -> {
        int o = item.code(option);
        if (option.isEmpty()) {
          bad(group, partial, at, OPTION, "the option is empty; expected the code of an option of " + itemId + " "
              + item.codes);
        } else if (o < 0) {
          partial.bad = true;
          group.problem(at, OPTION, Optional.of(ViolationRule.UNKNOWN_OPTION), "'" + option + "' is not an option "
              + item.codes);
        } else if (item.kind == CsvColumns.Kind.MULTIPLE) {
          if (FLAG.matcher(value).matches()) {
            partial.flags.put(option, value.charAt(0) == '1');
          } else {
            bad(group, partial, at, VALUE, "'" + value + "' is not 0 or 1; expected 1 for an option chosen");
          }
        } else {
          int rank = WHOLE.matcher(value).matches() ? Integer.parseInt(value.split("\\.", 2)[0]) : -1;
          if (rank >= 1 && rank <= item.codes.size()) {
            partial.ranks.put(option, rank);
          } else {
            bad(group, partial, at, VALUE, "'" + value + "' is not a rank; expected a whole number from 1 to "
                + item.codes.size());
          }
        }
      }
      default -> throw new IllegalStateException("unknown item kind " + item.kind);
    }
  }

  private static void specified(Group group, Partial partial, At at, String code, String option, String value) {
    int o = partial.item.code(code);
    if (o < 0 || !partial.item.specify[o]) {
      bad(group, partial, at, OPTION, "'" + option + "' is not the text of an 'Other – please specify' option of "
          + partial.item.id + "; expected one of " + java.util.stream.IntStream.range(0, partial.item.codes.size())
          .filter(i -> partial.item.specify[i]).mapToObj(i -> partial.item.codes.get(i) + TEXT).toList());
    } else if (value.isEmpty()) {
      bad(group, partial, at, VALUE, "the specified text is empty; expected a text (leave the row out if there is "
          + "none)");
    } else if (partial.other >= 0) {
      bad(group, partial, at, OPTION, "a second specified text for " + partial.item.id + ", besides the one for '"
          + partial.item.codes.get(partial.other) + "'; expected at most one per answer");
    } else {
      partial.other = o;
      partial.otherText = value;
      partial.otherAt = at;
    }
  }

  private static void bad(Group group, Partial partial, At at, int column, String detail) {
    partial.bad = true;
    group.problem(at, column, Optional.empty(), detail);
  }

  /** Builds the response of a group and checks it; the problems go to the group. */
  private static SurveyResponse finish(Instrument instrument, CsvColumns columns, Group group) {
    Map<ItemId, Answer> answers = new LinkedHashMap<>();
    for (CsvColumns.Item item : columns.items()) {
      Partial partial = group.partials.get(item);
      if (partial == null || partial.bad) {
        continue;
      }
      if (partial.other >= 0 && (!partial.answered() || !partial.picked(partial.other))) {
        partial.bad = true;
        String code = item.codes.get(partial.other);
        group.problem(partial.otherAt, VALUE, Optional.of(ViolationRule.OTHER_TEXT_WITHOUT_OTHER), "a specified "
            + "text for '" + code + "', but " + (partial.answered() ? "'" + code + "' was not "
            + (item.kind == CsvColumns.Kind.RANKED ? "ranked" : "chosen") : item.id + " was not answered")
            + "; expected the text only with its option");
        continue;
      }
      Optional<String> text = Optional.ofNullable(partial.otherText);
      Answer answer = switch (item.kind) {
        case SINGLE -> new ChoiceAnswer(partial.value, text);
        case POINT -> PointAnswer.of(partial.value);
        case TEXT -> TextAnswer.of(partial.value);
        case MULTIPLE -> new SelectionAnswer(partial.flags.entrySet().stream().filter(Map.Entry::getValue)
            .map(Map.Entry::getKey).toList(), text);
        case RANKED -> new RankingAnswer(partial.ranks, text);
      };
      answers.put(item.id, answer);
    }
    SurveyResponse response = SurveyResponse.to(instrument, Respondent.builder().id(group.id).build())
        .answers(answers).build();
    for (Violation violation : ResponseValidation.validate(instrument, response).violations()) {
      CsvColumns.Item item = violation.element().map(columns::item).orElse(null);
      Partial partial = item == null ? null : group.partials.get(item);
      if (partial == null) {
        group.problem(group.first, RESPONDENT, Optional.of(violation.rule()), violation.detail());
        continue;
      }
      if (violation.rule() == ViolationRule.FOLLOW_UP_CONTRADICTS_PARENT && item.parent >= 0) {
        Partial parent = group.partials.get(columns.items().get(item.parent));
        if (parent != null && parent.bad) {
          continue; // the parent's own problem is reported; "not answered" would mislead
        }
      }
      boolean options = item.kind == CsvColumns.Kind.MULTIPLE || item.kind == CsvColumns.Kind.RANKED;
      group.problem(partial.first, options ? OPTION : VALUE, Optional.of(violation.rule()),
          item.id + ": " + violation.detail());
    }
    return response;
  }
}
