package org.ctnat.core.analysis;

import java.util.ArrayList;
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
  /** For each ranking, how many ranks it allows; 0 for other items. */
  final int[] maxRanks;
  final int slots;
  private final Map<ItemId, Integer> index = new HashMap<>();
  private final List<Map<String, Integer>> codes = new ArrayList<>();

  Layout(Instrument instrument) {
    this.instrument = instrument.id() + " " + instrument.version();
    List<ItemId> parentIds = new ArrayList<>();
    List<Integer> rankLimits = new ArrayList<>();
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q) {
        add(q.id(), Kind.SINGLE, codes(q.options()));
        parentIds.add(q.optionsFrom().orElse(null));
      } else if (question instanceof MultipleChoice q) {
        add(q.id(), Kind.MULTIPLE, codes(q.options()));
        parentIds.add(null);
      } else if (question instanceof Ranking q) {
        add(q.id(), Kind.RANKED, codes(q.options()));
        parentIds.add(null);
        rankLimits.add(items.size() - 1);
        rankLimits.add(q.maxRanked());
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
    maxRanks = new int[items.size()];
    for (int r = 0; r < rankLimits.size(); r += 2) {
      maxRanks[rankLimits.get(r)] = rankLimits.get(r + 1);
    }
    int slot = 0;
    for (int i = 0; i < items.size(); i++) {
      offsets[i] = slot;
      slot += categories.get(i).size();
      ItemId parent = parentIds.get(i);
      parents[i] = parent == null ? -1 : index.getOrDefault(parent, -1);
    }
    followUps = new int[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      int item = i;
      followUps[i] = java.util.stream.IntStream.range(0, items.size()).filter(f -> parents[f] == item).toArray();
    }
    slots = slot;
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

  /** The position of an item, or -1. */
  int index(ItemId item) {
    return index.getOrDefault(item, -1);
  }

  /** The category position of a code within an item, or -1. */
  int category(int item, String code) {
    return codes.get(item).getOrDefault(code, -1);
  }
}
