package org.ctnat.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;

/**
 * The numbers a tally of the survey holds, in one fixed order, so that paths that know nothing
 * of each other (the SDK, a hand-written byte loop, SQL) can be compared: measure 0 is the
 * number of responses, then for every item in survey order the number who answered it followed
 * by the count of each of its categories (none for a free text).
 *
 * <p>A disaggregation is a map from the group's values (country and gender codes, {@link
 * GroupKey#MISSING} for an unanswered attribute) to its measures; groups without responses are
 * left out.
 *
 * <p>Immutable; thread-safe.
 */
final class TallyCounts {

  /** How an item's cells are counted in the wide CSV layout. */
  enum Kind {
    /** One column holding a code: a single choice or grid statement. */
    SINGLE,
    /** One 0/1 column per option: a multiple choice. */
    SELECTION,
    /** One rank column per option, empty if not ranked: a ranking. */
    RANKING,
    /** One column of text: a free text. */
    TEXT
  }

  /** One item: its kind, categories and the index of its "answered" measure. */
  record Item(ItemId id, Kind kind, List<String> categories, int answered) {}

  private final List<Item> items;
  private final int size;

  private TallyCounts(List<Item> items, int size) {
    this.items = items;
    this.size = size;
  }

  static TallyCounts of(Instrument instrument) {
    List<Item> items = new ArrayList<>();
    int next = 1;
    for (Question question : instrument.survey().questions()) {
      if (question instanceof Grid grid) {
        List<String> points = instrument.scale(grid.scale()).orElseThrow().points().stream()
            .map(p -> p.code()).toList();
        for (GridStatement statement : grid.statements()) {
          items.add(new Item(statement.id(), Kind.SINGLE, points, next));
          next += 1 + points.size();
        }
      } else {
        Kind kind = question instanceof SingleChoice ? Kind.SINGLE
            : question instanceof MultipleChoice ? Kind.SELECTION
            : question instanceof Ranking ? Kind.RANKING
            : question instanceof FreeText ? Kind.TEXT : null;
        if (kind == null) {
          throw new IllegalArgumentException("question " + question.id() + " of kind " + question.kind()
              + " is not counted");
        }
        List<String> categories = question instanceof SingleChoice q ? codes(q.options())
            : question instanceof MultipleChoice q ? codes(q.options())
            : question instanceof Ranking q ? codes(q.options()) : List.of();
        items.add(new Item(question.id(), kind, categories, next));
        next += 1 + categories.size();
      }
    }
    return new TallyCounts(List.copyOf(items), next);
  }

  private static List<String> codes(List<ChoiceOption> options) {
    return options.stream().map(ChoiceOption::code).toList();
  }

  /** The items in survey order. */
  List<Item> items() {
    return items;
  }

  /** The number of measures. */
  int size() {
    return size;
  }

  /** The measures of a tally. */
  long[] of(SurveyTally tally) {
    long[] measures = new long[size];
    measures[0] = tally.responses();
    for (Item item : items) {
      Tally t = tally.tally(item.id());
      measures[item.answered()] = t.answered();
      for (int c = 0; c < item.categories().size(); c++) {
        measures[item.answered() + 1 + c] = t.count(item.categories().get(c));
      }
    }
    return measures;
  }

  /** The measures of every group of a disaggregation with responses. */
  Map<List<String>, long[]> of(Disaggregation disaggregation) {
    Map<List<String>, long[]> groups = new TreeMap<>(TallyCounts::compare);
    disaggregation.groups().forEach((key, tally) -> {
      if (tally.responses() > 0) {
        groups.put(key.values(), of(tally));
      }
    });
    return groups;
  }

  /** The sum of the groups' measures: the tally of the whole. */
  long[] whole(Map<List<String>, long[]> groups) {
    long[] sum = new long[size];
    for (long[] measures : groups.values()) {
      for (int m = 0; m < size; m++) {
        sum[m] += measures[m];
      }
    }
    return sum;
  }

  /** Orders group values as text, element by element. */
  static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Groups with their measures as lists, for equality and readable test failures. */
  static Map<List<String>, List<Long>> comparable(Map<List<String>, long[]> groups) {
    Map<List<String>, List<Long>> copy = new TreeMap<>(TallyCounts::compare);
    groups.forEach((key, measures) -> copy.put(key, Arrays.stream(measures).boxed().toList()));
    return copy;
  }
}
