package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
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
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.TextAnswer;

/**
 * Where each item's counts live in the flat arrays of a {@link SurveyTally}: one slot per
 * category of each countable item, in instrument order. Built once per instrument; its size
 * grows with the instrument, never with the number of responses.
 *
 * <p>Immutable and thread-safe.
 */
final class Layout {

  /** How an item's answers are counted. */
  enum Kind { SINGLE, MULTIPLE, RANKED, POINT, TEXT }

  final String instrument;
  final List<ItemId> items = new ArrayList<>();
  final List<Kind> kinds = new ArrayList<>();
  final List<List<String>> categories = new ArrayList<>();
  final int[] offsets;
  final int[] parents;
  /** For each item, the follow-ups whose options come from it (empty for most). */
  final int[][] followUps;
  /**
   * For each multiple choice and ranking, the fewest options an answer may choose or rank; 0
   * for other items.
   */
  final int[] minChosen;
  /** For each multiple choice and ranking, the most options an answer may choose or rank. */
  final int[] maxChosen;
  /** For each multiple choice, its exclusive options' categories; null for other items. */
  final BitSet[] exclusive;
  /** For each choice question, the categories whose option asks for a text; null for other items. */
  final BitSet[] specify;
  /** {@link #exclusive} as bit masks, for the first 64 categories. */
  final long[] exclusiveMask;
  /**
   * For each follow-up whose parent is a multiple choice, the parent's category of each of its
   * own categories (-1 where the parent lacks the code); null for other items.
   */
  final int[][] parentCategory;
  final int slots;
  private final Map<ItemId, Integer> index = new HashMap<>();
  private final List<Map<String, Integer>> codes = new ArrayList<>();

  Layout(Instrument instrument) {
    this.instrument = instrument.id() + " " + instrument.version();
    List<ItemId> parentIds = new ArrayList<>();
    List<int[]> limits = new ArrayList<>();
    Map<Integer, BitSet> exclusives = new HashMap<>();
    Map<Integer, BitSet> specifying = new HashMap<>();
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q) {
        add(q.id(), Kind.SINGLE, codes(q.options()));
        parentIds.add(q.optionsFrom().orElse(null));
        specifying.put(items.size() - 1, specifying(q.options()));
      } else if (question instanceof MultipleChoice q) {
        add(q.id(), Kind.MULTIPLE, codes(q.options()));
        parentIds.add(null);
        limits.add(new int[] {items.size() - 1, q.minSelections(), q.effectiveMaxSelections()});
        BitSet alone = new BitSet();
        for (int o = 0; o < q.options().size(); o++) {
          if (q.options().get(o).exclusive()) {
            alone.set(o);
          }
        }
        exclusives.put(items.size() - 1, alone);
        specifying.put(items.size() - 1, specifying(q.options()));
      } else if (question instanceof Ranking q) {
        add(q.id(), Kind.RANKED, codes(q.options()));
        parentIds.add(null);
        limits.add(new int[] {items.size() - 1, q.minRanked(), q.maxRanked()});
        specifying.put(items.size() - 1, specifying(q.options()));
      } else if (question instanceof Grid q) {
        List<String> points = instrument.scale(q.scale()).orElseThrow().points().stream()
            .map(ScalePoint::code).toList();
        for (GridStatement statement : q.statements()) {
          add(statement.id(), Kind.POINT, points);
          parentIds.add(null);
        }
      } else if (question instanceof FreeText q) {
        add(q.id(), Kind.TEXT, List.of());
        parentIds.add(null);
      }
    }
    offsets = new int[items.size()];
    parents = new int[items.size()];
    minChosen = new int[items.size()];
    maxChosen = new int[items.size()];
    exclusive = new BitSet[items.size()];
    for (int[] limit : limits) {
      minChosen[limit[0]] = limit[1];
      maxChosen[limit[0]] = limit[2];
    }
    specify = new BitSet[items.size()];
    specifying.forEach((item, options) -> specify[item] = options);
    exclusiveMask = new long[items.size()];
    exclusives.forEach((item, alone) -> {
      exclusive[item] = alone;
      exclusiveMask[item] = alone.isEmpty() ? 0 : alone.toLongArray()[0];
    });
    int slot = 0;
    for (int i = 0; i < items.size(); i++) {
      offsets[i] = slot;
      slot += categories.get(i).size();
      ItemId parent = parentIds.get(i);
      parents[i] = parent == null ? -1 : index.getOrDefault(parent, -1);
    }
    parentCategory = new int[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      if (parents[i] >= 0 && kinds.get(parents[i]) == Kind.MULTIPLE) {
        parentCategory[i] = new int[categories.get(i).size()];
        for (int c = 0; c < parentCategory[i].length; c++) {
          parentCategory[i][c] = category(parents[i], categories.get(i).get(c));
        }
      }
    }
    followUps = new int[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      int item = i;
      followUps[i] = java.util.stream.IntStream.range(0, items.size()).filter(f -> parents[f] == item).toArray();
    }
    slots = slot;
  }

  private static BitSet specifying(List<ChoiceOption> options) {
    BitSet found = new BitSet();
    for (int o = 0; o < options.size(); o++) {
      if (options.get(o).specify()) {
        found.set(o);
      }
    }
    return found;
  }

  private static List<String> codes(List<ChoiceOption> options) {
    return options.stream().map(ChoiceOption::code).toList();
  }

  private void add(ItemId item, Kind kind, List<String> itemCategories) {
    index.put(item, items.size());
    items.add(item);
    kinds.add(kind);
    categories.add(itemCategories);
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < itemCategories.size(); i++) {
      byCode.put(itemCategories.get(i), i);
    }
    codes.add(byCode);
  }

  /**
   * Whether a multiple choice's or ranking's distinct categories chosen or ranked keep the
   * question's limits: as many as it asks for, and an exclusive option only alone — the rules
   * {@code TOO_FEW_SELECTIONS}, {@code TOO_MANY_SELECTIONS}, {@code EXCLUSIVE_COMBINED} and
   * {@code RANKED_COUNT} of validation.
   */
  boolean withinLimits(int item, BitSet chosen) {
    int count = chosen.cardinality();
    return count >= minChosen[item] && count <= maxChosen[item]
        && (count <= 1 || exclusive[item] == null || !exclusive[item].intersects(chosen));
  }

  /** {@link #withinLimits(int, BitSet)} for categories as the bits of a mask. */
  boolean withinLimits(int item, long chosen) {
    int count = Long.bitCount(chosen);
    return count >= minChosen[item] && count <= maxChosen[item]
        && (count <= 1 || (exclusiveMask[item] & chosen) == 0);
  }

  /**
   * The category of a single-valued item's answer (a single choice or grid statement), given
   * the response's answers, or -1 if it has none that counts: no answer, an answer of the wrong kind, a code
   * the item lacks, or a follow-up's code not chosen in its parent (as validation judges it:
   * not when the parent was not answered; any code when the parent's answer is not a
   * selection).
   */
  int single(int item, Answer answer, Map<ItemId, Answer> answers) {
    String code;
    if (kinds.get(item) == Kind.SINGLE && answer instanceof ChoiceAnswer a) {
      code = a.code();
    } else if (kinds.get(item) == Kind.POINT && answer instanceof PointAnswer a) {
      code = a.code();
    } else {
      return -1;
    }
    int c = category(item, code);
    if (c < 0 || parents[item] < 0) {
      return c;
    }
    Answer parentAnswer = answers.get(items.get(parents[item]));
    boolean follows = parentAnswer != null
        && (!(parentAnswer instanceof SelectionAnswer selection) || selection.codes().contains(code));
    return follows ? c : -1;
  }

  /**
   * Whether a response's answer to an item counts in a tally — exactly when validation finds
   * nothing wrong with it that changes what it says — and if so, its categories.
   *
   * @param item the item number
   * @param answer the answer
   * @param answers all answers of the response (a follow-up is judged against its parent's)
   * @param into cleared, then given the categories the answer counts in (none for a text)
   * @return whether it counts
   */
  boolean countable(int item, Answer answer, Map<ItemId, Answer> answers, BitSet into) {
    into.clear();
    switch (kinds.get(item)) {
      case SINGLE, POINT -> {
        int c = single(item, answer, answers);
        if (c < 0) {
          return false;
        }
        into.set(c);
        return true;
      }
      case MULTIPLE -> {
        return answer instanceof SelectionAnswer a && within(item, a.codes(), into);
      }
      case RANKED -> {
        return answer instanceof RankingAnswer a && a.ranksInOrder() && within(item, a.ranks().keySet(), into);
      }
      case TEXT -> {
        return answer instanceof TextAnswer a && !a.text().isBlank();
      }
      default -> throw new IllegalStateException("unknown item kind " + kinds.get(item));
    }
  }

  /** Sets the categories of the codes; whether all are known and they keep the limits. */
  private boolean within(int item, java.util.Collection<String> codes, BitSet into) {
    for (String code : codes) {
      int c = category(item, code);
      if (c < 0) {
        return false;
      }
      into.set(c);
    }
    return withinLimits(item, into);
  }

  /** The position of an item, or -1. */
  int index(ItemId item) {
    return index.getOrDefault(item, -1);
  }

  /** The category position of a code within an item, or -1. */
  int category(int item, String code) {
    return codes.get(item).getOrDefault(code, -1);
  }
}
