package org.ctnat.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.io.internal.CsvRecordReader;

/**
 * The items of an instrument's survey and the columns of its wide CSV layout, resolved once:
 * each item's kind, codes, limits and columns. Built per read or write; its size grows with the
 * instrument only. Package-private.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CsvColumns {

  /** The name of the first column. */
  static final String RESPONDENT = "respondent";

  /** How an item is answered, and so how its cells are read. */
  enum Kind {
    /** A single choice: one column with an option code. */
    SINGLE,
    /** A grid statement: one column with a scale point code. */
    POINT,
    /** A multiple choice: one 0/1 column per option. */
    MULTIPLE,
    /** A ranking: one rank column per option. */
    RANKED,
    /** A free text: one column. */
    TEXT
  }

  /** One item of the survey (a question, or a grid statement). */
  static final class Item {
    final int index;
    final ItemId id;
    final Kind kind;
    final Question question;
    final List<String> codes;
    final boolean[] specify;
    final boolean[] exclusive;
    final int min;
    final int max;
    final Optional<ProfileAttribute> profile;
    private final Map<String, Integer> codeIndex = new HashMap<>();
    /**
     * The codes to find by bytes, shared by the items with the same codes (the statements of a
     * grid); null if a code does not survive UTF-8, and so is found as a string.
     */
    private CsvRecordReader.Codes byteCodes;
    int valueColumn = -1;
    int[] optionColumns = new int[0];
    int[] textColumns;
    int parent = -1;
    boolean parentMultiple;
    int[] parentCategory = new int[0];

    Item(int index, ItemId id, Kind kind, Question question, List<ChoiceOption> options, List<String> codes,
        int min, int max, Optional<ProfileAttribute> profile) {
      this.index = index;
      this.id = id;
      this.kind = kind;
      this.question = question;
      this.codes = List.copyOf(codes);
      this.specify = new boolean[codes.size()];
      this.exclusive = new boolean[codes.size()];
      for (int i = 0; i < options.size(); i++) {
        specify[i] = options.get(i).specify();
        exclusive[i] = options.get(i).exclusive();
      }
      for (int i = 0; i < codes.size(); i++) {
        codeIndex.put(codes.get(i), i);
      }
      this.textColumns = new int[codes.size()];
      Arrays.fill(textColumns, -1);
      this.min = min;
      this.max = max;
      this.profile = profile;
    }

    /** The index of a code among the item's options or points, or -1. */
    int code(String code) {
      return codeIndex.getOrDefault(code, -1);
    }

    /**
     * The index among the item's options or points of the code in field {@code field} of the
     * reader's record, or -1: {@link #code(String)} of the field, without making its string.
     */
    int code(CsvRecordReader reader, int field) {
      return byteCodes == null ? code(reader.field(field)) : reader.fieldCode(field, byteCodes);
    }

    /** The column that stands for the whole item in messages: its value or first option column. */
    int firstColumn() {
      return valueColumn >= 0 ? valueColumn : optionColumns[0];
    }
  }

  private final String instrument;
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> byName = new HashMap<>();
  private final List<Item> items = new ArrayList<>();
  private final Map<ItemId, Item> byId = new LinkedHashMap<>();
  private final Map<String, Item> byValue = new HashMap<>();
  private final Map<ItemId, Question> grids = new HashMap<>();
  private final Map<List<String>, CsvRecordReader.Codes> codes = new HashMap<>();

  private CsvColumns(Instrument instrument) {
    this.instrument = instrument.id() + " " + instrument.version();
    add(RESPONDENT);
    for (Question question : instrument.survey().questions()) {
      if (question instanceof SingleChoice q) {
        Item item = item(q.id(), Kind.SINGLE, q, q.options(), 1, 1, q.profile());
        item.valueColumn = add(q.id().value());
        texts(item);
      } else if (question instanceof MultipleChoice q) {
        Item item = item(q.id(), Kind.MULTIPLE, q, q.options(), q.minSelections(), q.effectiveMaxSelections(),
            Optional.empty());
        options(item);
        texts(item);
      } else if (question instanceof Ranking q) {
        Item item = item(q.id(), Kind.RANKED, q, q.options(), q.minRanked(), q.maxRanked(), Optional.empty());
        options(item);
        texts(item);
      } else if (question instanceof Grid q) {
        grids.put(q.id(), q);
        List<String> points = instrument.scale(q.scale()).orElseThrow().points().stream()
            .map(ScalePoint::code).toList();
        for (GridStatement statement : q.statements()) {
          Item item = new Item(items.size(), statement.id(), Kind.POINT, q, List.of(), points, 1, 1,
              Optional.empty());
          register(item);
          item.valueColumn = add(statement.id().value());
        }
      } else if (question instanceof FreeText q) {
        Item item = item(q.id(), Kind.TEXT, q, List.of(), 1, 1, Optional.empty());
        item.valueColumn = add(q.id().value());
      }
    }
    for (Item item : items) {
      if (item.question instanceof SingleChoice q && q.optionsFrom().isPresent()) {
        Item parent = byId.get(q.optionsFrom().get());
        if (parent != null) {
          item.parent = parent.index;
          item.parentMultiple = parent.kind == Kind.MULTIPLE;
          item.parentCategory = new int[item.codes.size()];
          for (int c = 0; c < item.codes.size(); c++) {
            item.parentCategory[c] = parent.code(item.codes.get(c));
          }
        }
      }
    }
  }

  /** The layout of an instrument. */
  static CsvColumns of(Instrument instrument) {
    return new CsvColumns(instrument);
  }

  private Item item(ItemId id, Kind kind, Question question, List<ChoiceOption> options, int min, int max,
      Optional<ProfileAttribute> profile) {
    Item item = new Item(items.size(), id, kind, question, options,
        options.stream().map(ChoiceOption::code).toList(), min, max, profile);
    register(item);
    return item;
  }

  private void register(Item item) {
    if (CsvRecordReader.Codes.encodable(item.codes)) {
      item.byteCodes = codes.computeIfAbsent(item.codes, CsvRecordReader.Codes::new);
    }
    items.add(item);
    byId.put(item.id, item);
    byValue.put(item.id.value(), item);
  }

  private void options(Item item) {
    item.optionColumns = new int[item.codes.size()];
    for (int o = 0; o < item.codes.size(); o++) {
      item.optionColumns[o] = add(item.id.value() + "/" + item.codes.get(o));
    }
  }

  private void texts(Item item) {
    for (int o = 0; o < item.codes.size(); o++) {
      if (item.specify[o]) {
        item.textColumns[o] = add(item.id.value() + "/" + item.codes.get(o) + "/text");
      }
    }
  }

  private int add(String name) {
    int index = names.size();
    names.add(name);
    byName.put(name, index);
    return index;
  }

  /** "ctnat-2016 2016.1", for messages. */
  String instrument() {
    return instrument;
  }

  /** The column names, in order. */
  List<String> names() {
    return Collections.unmodifiableList(names);
  }

  /** The number of columns. */
  int size() {
    return names.size();
  }

  /** The name of a column. */
  String name(int index) {
    return names.get(index);
  }

  /** The index of a column by name, or -1. */
  int index(String name) {
    return byName.getOrDefault(name, -1);
  }

  List<Item> items() {
    return Collections.unmodifiableList(items);
  }

  /** An item by id, or null. */
  Item item(ItemId id) {
    return byId.get(id);
  }

  /** An item by id string, or null. */
  Item item(String id) {
    return byValue.get(id);
  }

  /** Whether the id is a grid's (whose statements are the items). */
  boolean isGrid(String id) {
    return grids.keySet().stream().anyMatch(g -> g.value().equals(id));
  }

  /** The statement ids of a grid, for messages. */
  List<ItemId> statementsOf(String grid) {
    return grids.entrySet().stream().filter(e -> e.getKey().value().equals(grid)).findFirst()
        .map(e -> e.getValue().itemIds()).orElse(List.of());
  }

  /** The items whose answers record a profile attribute, in survey order (the last answered wins). */
  List<Item> profileItems(ProfileAttribute attribute) {
    return items.stream().filter(item -> item.profile.filter(attribute::equals).isPresent()).toList();
  }
}
