package org.ctnat.io.report;

import static org.ctnat.io.report.ReportFixture.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.PriorityTally;
import org.ctnat.core.analysis.Profiles;
import org.ctnat.core.analysis.RankingSummary;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.ThemeFrequencies;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * The disclosure guarantee of every published output, for random assessments: move one answer
 * between two cells that are withheld in the same published table, so that every figure the
 * table publishes stays the same (the same cells and totals published, with the same values),
 * and the HTML, the Markdown and every cell of the worksheet stay byte-identical. The moves
 * cover grid statements, single choices (profile attributes and "other – please specify"
 * options included), multiple choices, the 2.4 ranking, the 8.1 priorities, interview
 * participants by sex and interview themes.
 *
 * <p>Whether a move keeps the table's published figures is decided here, from the core tallies
 * and {@link DisclosureControl}, independently of the report code under test.
 */
class ReportDisclosurePropertiesTest {

  private static final int K = ReportOptions.DEFAULT_K;

  /** One answer moved, and the table it moves in, before and after. */
  private record Move(String what, Assessment changed, List<?> before, List<?> after) {}

  @Test
  void movingAnAnswerBetweenWithheldCellsChangesNoPublishedByte() {
    AtomicInteger checked = new AtomicInteger();
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    qt().withExamples(80).withShrinkCycles(20)
        .forAll(integers().between(1, 100_000), integers().between(3, 20), integers().between(1, 8),
            integers().between(0, 10_000))
        .checkAssert((seed, responses, interviews, pick) -> {
          Assessment assessment = assessment(seed, responses, interviews);
          // a kind of move first, then a move of that kind, so that every kind is tried often
          Map<String, List<Move>> byKind = moves(assessment, new Random(seed + 31L * pick)).stream()
              .collect(Collectors.groupingBy(m -> m.what().substring(0, m.what().indexOf(' ')),
                  java.util.TreeMap::new, Collectors.toList()));
          if (byKind.isEmpty()) {
            return;
          }
          List<String> names = new ArrayList<>(byKind.keySet());
          String kind = names.get(pick % names.size());
          List<Move> ofKind = byKind.get(kind);
          Move move = ofKind.get(pick / names.size() % ofKind.size());
          checked.incrementAndGet();
          kinds.merge(kind, 1, Integer::sum);
          String where = move.what() + " (seed " + seed + ", " + responses + " responses, " + interviews
              + " interviews)";
          assertEquals(Reports.html(assessment, CTNAT), Reports.html(move.changed(), CTNAT), "HTML: " + where);
          assertEquals(Reports.markdown(assessment, CTNAT), Reports.markdown(move.changed(), CTNAT),
              "Markdown: " + where);
          assertEquals(WorksheetsTest.cells(assessment, ReportOptions.defaults()),
              WorksheetsTest.cells(move.changed(), ReportOptions.defaults()), "worksheet: " + where);
          assertNotEquals(Reports.html(assessment, CTNAT, ReportOptions.internalDraft()),
              Reports.html(move.changed(), CTNAT, ReportOptions.internalDraft()), "the move changes the data: " + where);
        });
    assertTrue(checked.get() >= 60, "moves checked: " + checked.get() + " " + kinds);
    assertTrue(kinds.size() >= 6, "kinds of move checked: " + kinds);
  }

  /** The fixture's kind of assessment with fewer respondents and interviews. */
  static Assessment assessment(long seed, int responses, int interviews) {
    Assessment full = ReportFixture.builder(seed).build();
    return Assessment.builder().from(full)
        .surveyResponses(full.surveyResponses().subList(0, Math.min(responses, full.surveyResponses().size())))
        .interviews(full.interviews().subList(0, Math.min(interviews, full.interviews().size()))).build();
  }

  // ------------------------------------------------------------------------------------ moves

  /** Every move that keeps its table's published figures, the kinds shuffled together. */
  private static List<Move> moves(Assessment assessment, Random random) {
    List<Move> moves = new ArrayList<>();
    Set<ItemId> parents = CTNAT.survey().questions().stream().filter(SingleChoice.class::isInstance)
        .map(q -> ((SingleChoice) q).optionsFrom()).flatMap(Optional::stream).collect(Collectors.toSet());
    for (Question question : CTNAT.survey().questions()) {
      if (question instanceof Grid grid) {
        List<String> points = CTNAT.scale(grid.scale()).orElseThrow().points().stream().map(ScalePoint::code).toList();
        for (GridStatement statement : grid.statements()) {
          surveyMoves(assessment, statement.id(), points, (answer, to) -> answer instanceof PointAnswer p
              && !p.code().equals(to) ? Optional.of(PointAnswer.of(to)) : Optional.empty(), moves);
        }
      } else if (question instanceof SingleChoice q && q.optionsFrom().isEmpty()) {
        surveyMoves(assessment, q.id(), codes(q.options()), (answer, to) -> answer instanceof ChoiceAnswer c
            && !c.code().equals(to) ? Optional.of(specify(q.options(), to) ? ChoiceAnswer.of(to, "moved, said so")
                : ChoiceAnswer.of(to)) : Optional.empty(), moves);
      } else if (question instanceof MultipleChoice q && !parents.contains(q.id())) {
        List<String> allowed = q.options().stream().filter(o -> !o.exclusive()).map(ChoiceOption::code).toList();
        surveyMoves(assessment, q.id(), allowed, (answer, to) -> {
          if (!(answer instanceof SelectionAnswer s) || s.codes().contains(to) || s.codes().isEmpty()) {
            return Optional.empty();
          }
          List<String> codes = new ArrayList<>(s.codes());
          String from = codes.get(0);
          codes.set(0, to);
          boolean other = codes.stream().anyMatch(c -> specify(q.options(), c));
          Optional<String> text = other ? Optional.of(s.otherText().filter(t -> !specify(q.options(), from))
              .orElse("moved, said so")) : Optional.empty();
          return Optional.of(new SelectionAnswer(List.copyOf(codes), text));
        }, moves);
      } else if (question instanceof Ranking q) {
        surveyMoves(assessment, q.id(), codes(q.options()), (answer, to) -> {
          if (!(answer instanceof RankingAnswer r) || r.ranks().containsKey(to) || r.ranks().isEmpty()) {
            return Optional.empty();
          }
          List<String> order = r.ranks().entrySet().stream().sorted(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
          String from = order.get(0);
          order.set(0, to);
          boolean other = order.stream().anyMatch(c -> specify(q.options(), c));
          Optional<String> text = other ? Optional.of(r.otherText().filter(t -> !specify(q.options(), from))
              .orElse("moved, said so")) : Optional.empty();
          return Optional.of(RankingAnswer.inOrder(order, text));
        }, moves);
      }
    }
    participantMoves(assessment, moves);
    themeMoves(assessment, moves);
    java.util.Collections.shuffle(moves, random);
    return moves;
  }

  private static List<String> codes(List<ChoiceOption> options) {
    return options.stream().map(ChoiceOption::code).toList();
  }

  private static boolean specify(List<ChoiceOption> options, String code) {
    return options.stream().anyMatch(o -> o.code().equals(code) && o.specify());
  }

  /** How one respondent's answer changes so that it counts in category {@code to}. */
  private interface Change {
    Optional<Answer> apply(Answer answer, String to);
  }

  /** For each category, the first respondent whose answer can move there, kept if the table allows. */
  private static void surveyMoves(Assessment assessment, ItemId item, List<String> categories, Change change,
      List<Move> moves) {
    Function<Assessment, List<?>> table = published(item);
    List<?> before = table.apply(assessment);
    for (String to : categories) {
      for (int r = 0; r < assessment.surveyResponses().size(); r++) {
        SurveyResponse response = assessment.surveyResponses().get(r);
        Optional<Answer> moved = response.answer(item).flatMap(a -> change.apply(a, to));
        if (moved.isEmpty()) {
          continue;
        }
        List<SurveyResponse> responses = new ArrayList<>(assessment.surveyResponses());
        responses.set(r, SurveyResponse.builder().from(response).putAnswer(item, moved.get()).build());
        Assessment changed = Assessment.builder().from(assessment).surveyResponses(responses).build();
        keep(new Move(kind(item) + " " + item + " -> " + to, changed, before, table.apply(changed)), moves);
        break;
      }
    }
  }

  private static String kind(ItemId item) {
    Question question = CTNAT.questionOf(item).orElseThrow();
    if (CTNAT.priorityQuestion().filter(item::equals).isPresent()) {
      return "priorities";
    }
    return question instanceof SingleChoice q && q.profile().isPresent() ? "profile" : question.kind().toString();
  }

  /**
   * Keeps a move whose table publishes the same figures before and after, though its counts
   * differ: the two cells it moves between are withheld, and so is every total they change.
   */
  private static void keep(Move move, List<Move> moves) {
    SuppressedTable before = (SuppressedTable) move.before().get(1);
    SuppressedTable after = (SuppressedTable) move.after().get(1);
    if (!move.before().get(0).equals(move.after().get(0)) && before.equals(after)
        && move.before().subList(2, move.before().size()).equals(move.after().subList(2, move.after().size()))) {
      moves.add(move);
    }
  }

  /**
   * The table an item is published in, as the report builds it: [counts, suppressed table,
   * figures published beside it].
   */
  private static Function<Assessment, List<?>> published(ItemId item) {
    Question question = CTNAT.questionOf(item).orElseThrow();
    if (CTNAT.priorityQuestion().filter(item::equals).isPresent()) {
      return a -> {
        PriorityTally tally = PriorityTally.of(CTNAT, a.surveyResponses(), a.workshopResults());
        int[][] cells = tally.rows().stream().map(r -> r.byRank().stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
        List<String> ranks = java.util.stream.IntStream.rangeClosed(1, tally.weights().size())
            .mapToObj(r -> "rank " + r).toList();
        CountTable table = CountTable.of(tally.rows().stream().map(PriorityTally.Row::code).toList(), ranks, cells);
        return List.of(table, DisclosureControl.suppress(table, K), tally.respondents(), tally.invalidRankings());
      };
    }
    if (question instanceof Ranking ranking) {
      return a -> {
        RankingSummary summary = RankingSummary.of(ranking, a.surveyResponses());
        int[][] cells = new int[summary.options().size()][summary.maxRank()];
        for (int o = 0; o < cells.length; o++) {
          for (int r = 0; r < summary.maxRank(); r++) {
            cells[o][r] = summary.count(summary.options().get(o), r + 1);
          }
        }
        List<String> ranks = java.util.stream.IntStream.rangeClosed(1, summary.maxRank())
            .mapToObj(r -> "rank " + r).toList();
        CountTable table = CountTable.of(summary.options(), ranks, cells);
        return List.of(table, DisclosureControl.suppress(table, K), summary.answered(), summary.invalid());
      };
    }
    if (question instanceof SingleChoice q && q.profile().isPresent()) {
      return a -> {
        var tally = Profiles.respondents(CTNAT, a.surveyResponses()).tallies().get(q.profile().get());
        CountTable table = CountTable.of(tally);
        return List.of(table, DisclosureControl.suppress(table, K), tally.answered(), tally.eligible(),
            tally.invalid());
      };
    }
    return a -> {
      var tally = SurveyTally.of(CTNAT, a.surveyResponses()).tally(item);
      CountTable table = CountTable.of(tally);
      return List.of(table, DisclosureControl.suppress(table, K), tally.answered(), tally.eligible(), tally.invalid());
    };
  }

  /** One participant of an interview recorded as a man instead of a woman, or the reverse. */
  private static void participantMoves(Assessment assessment, List<Move> moves) {
    Function<Assessment, List<?>> table = a -> {
      Participants p = Profiles.participants(a.interviews()).participants();
      CountTable counts = CountTable.of(List.of("participants"), List.of("female", "male", "unspecified"),
          new int[][] {{p.female(), p.male(), p.unspecified()}});
      return List.of(counts, DisclosureControl.suppress(counts, K));
    };
    for (int fromFemale = 0; fromFemale <= 1; fromFemale++) {
      for (int i = 0; i < assessment.interviews().size(); i++) {
        InterviewRecord record = assessment.interviews().get(i);
        Participants p = record.participants();
        if ((fromFemale == 1 ? p.female() : p.male()) == 0) {
          continue;
        }
        Participants moved = fromFemale == 1 ? new Participants(p.female() - 1, p.male() + 1, p.unspecified())
            : new Participants(p.female() + 1, p.male() - 1, p.unspecified());
        List<InterviewRecord> records = new ArrayList<>(assessment.interviews());
        records.set(i, InterviewRecord.builder().from(record).participants(moved).build());
        Assessment changed = Assessment.builder().from(assessment).interviews(records).build();
        keep(new Move("participants " + (fromFemale == 1 ? "woman -> man" : "man -> woman"), changed,
            table.apply(assessment), table.apply(changed)), moves);
        break;
      }
    }
  }

  /** One coded theme of an interview replaced by another, area by area. */
  private static void themeMoves(Assessment assessment, List<Move> moves) {
    for (AreaId area : ThemeFrequencies.of(CTNAT, assessment.interviews()).byArea().keySet()) {
      Function<Assessment, List<?>> table = a -> themes(a, area);
      List<?> before = table.apply(assessment);
      List<String> themes = ThemeFrequencies.of(CTNAT, assessment.interviews()).byArea().get(area).stream()
          .map(ThemeFrequencies.ThemeCount::theme).toList();
      for (int i = 0; i < assessment.interviews().size(); i++) {
        InterviewRecord record = assessment.interviews().get(i);
        for (var entry : record.themes().entrySet()) {
          for (String to : themes) {
            if (entry.getValue().contains(to) || entry.getValue().isEmpty()) {
              continue;
            }
            List<String> coded = new ArrayList<>(entry.getValue());
            coded.set(0, to);
            Map<org.ctnat.core.questionbank.InterviewQuestionId, List<String>> all = new LinkedHashMap<>(record.themes());
            all.put(entry.getKey(), List.copyOf(coded));
            List<InterviewRecord> records = new ArrayList<>(assessment.interviews());
            records.set(i, InterviewRecord.builder().from(record).themes(all).build());
            Assessment changed = Assessment.builder().from(assessment).interviews(records).build();
            keep(new Move("themes area " + area + ": " + entry.getValue().get(0) + " -> " + to, changed, before,
                table.apply(changed)), moves);
          }
        }
      }
    }
  }

  /** An area's themes table as the report builds it, and the mentions of its published rows. */
  private static List<?> themes(Assessment assessment, AreaId area) {
    ThemeFrequencies frequencies = ThemeFrequencies.of(CTNAT, assessment.interviews());
    List<ThemeFrequencies.ThemeCount> counts = frequencies.byArea().getOrDefault(area, List.of());
    int[][] cells = counts.stream().map(c -> new int[] {c.interviews()}).toArray(int[][]::new);
    CountTable table = CountTable.of(counts.stream().map(ThemeFrequencies.ThemeCount::theme).toList(),
        List.of("interviews"), cells);
    SuppressedTable suppressed = DisclosureControl.suppress(table, K);
    List<Integer> mentions = new ArrayList<>();
    for (int t = 0; t < counts.size(); t++) {
      mentions.add(suppressed.published(t, 0).isPresent() ? counts.get(t).mentions() : -1);
    }
    return List.of(table, suppressed, mentions, frequencies.areaInterviews().getOrDefault(area, 0),
        frequencies.byArea().keySet());
  }
}
