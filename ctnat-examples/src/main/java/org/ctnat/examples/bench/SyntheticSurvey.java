package org.ctnat.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentDerivation;
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
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;

/**
 * Seeded synthetic answers to every item of an instrument's survey, packed compactly: one row of
 * bytes per respondent, the way a columnar file or a database cursor would hand them over, so
 * that a million responses fit in well under 256 MiB.
 *
 * <p><b>The answers.</b> Every response is valid ({@link
 * org.ctnat.core.response.ResponseValidation} finds nothing, so a reader keeps every row).
 * About one answer in ten is left missing (drawn per item); the others are drawn uniformly: a
 * single choice or grid statement one of its options or scale points; a multiple choice a
 * uniform number of options between its minimum and maximum (at least one), never an
 * exclusive option; a ranking a uniform number of options between its minimum and maximum
 * ranked, ranked in the order of the options; a follow-up (2.2.1) one of the options chosen in
 * its parent, and missing whenever its parent is; a free text the word {@code text}. No
 * "Other – please specify" text is given. Respondent ids are {@code SYN0}, {@code SYN1}, …
 *
 * <p><b>The seed.</b> Rows are drawn in order from one {@link SplittableRandom} of the seed, so
 * the same instrument, seed and row number always give the same answers, whether the rows are
 * packed ({@link #SyntheticSurvey(Instrument, int, long)}) or streamed without being kept
 * ({@link #responses(Instrument, int, long)}); a smaller run is a prefix of a larger one.
 *
 * <p><b>Countries.</b> The standard survey's country question (1.1) offers three countries;
 * {@link #instrument(Instrument, int)} adapts it to any number from 1 to {@value #MAX_COUNTRIES}, so that the
 * same generator covers a regional or global survey.
 *
 * <p><b>Packing.</b> Each item takes a fixed number of bytes: a single choice, grid statement
 * or free text one byte (0 = missing, otherwise 1 + the option or point index; for free text 1 =
 * answered), a multiple choice or ranking as many bytes as its options need as a bit mask (0 =
 * missing). Memory is {@link #rowWidth()} bytes per row (81 for the standard survey).
 *
 * <p>Immutable after construction; thread-safe for reading.
 */
public final class SyntheticSurvey {

  /** The most countries {@link #instrument(Instrument, int)} offers (a single choice is packed in a byte). */
  public static final int MAX_COUNTRIES = 250;

  /** How an item is packed. */
  enum Kind { SINGLE, POINT, MASK, RANKED, TEXT }

  private final Instrument instrument;
  private final List<ItemId> items = new ArrayList<>();
  private final List<Kind> kinds = new ArrayList<>();
  private final List<List<String>> codes = new ArrayList<>();
  /** Per item: the fewest and most options chosen or ranked (multiple choice, ranking). */
  private final List<int[]> limits = new ArrayList<>();
  /** Per item: the index of the parent item of a follow-up, or -1. */
  private final int[] parents;
  /** Per item: the exclusive options of a multiple choice, as bits. */
  private final long[] exclusive;
  private final int[] offsets;
  private final int[] widths;
  private final int rowWidth;
  private final int rows;
  private final byte[] data;

  /**
   * Generates the rows and keeps them packed in memory.
   *
   * @param instrument the instrument whose survey is answered
   * @param rows how many respondents, 0 or more
   * @param seed the random seed
   * @throws IllegalArgumentException if rows is negative, or the packed rows would exceed 2 GiB
   */
  public SyntheticSurvey(Instrument instrument, int rows, long seed) {
    this(instrument, rows, seed, true);
  }

  private SyntheticSurvey(Instrument instrument, int rows, long seed, boolean pack) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, but was " + rows);
    }
    this.instrument = instrument;
    this.rows = rows;
    List<Integer> widthList = new ArrayList<>();
    List<ItemId> parentIds = new ArrayList<>();
    for (Question question : instrument.survey().questions()) {
      if (question instanceof Grid grid) {
        List<String> points = instrument.scale(grid.scale()).orElseThrow().points().stream()
            .map(p -> p.code()).toList();
        for (GridStatement statement : grid.statements()) {
          add(statement.id(), Kind.POINT, points, 1, null, widthList);
          parentIds.add(null);
        }
      } else if (question instanceof SingleChoice q) {
        add(q.id(), Kind.SINGLE, codes(q), 1, null, widthList);
        parentIds.add(q.optionsFrom().orElse(null));
      } else if (question instanceof MultipleChoice q) {
        add(q.id(), Kind.MASK, codes(q), (q.options().size() + 7) / 8,
            new int[] {Math.max(1, q.minSelections()), Math.min(q.effectiveMaxSelections(),
                (int) q.options().stream().filter(o -> !o.exclusive()).count())}, widthList);
        parentIds.add(null);
      } else if (question instanceof Ranking q) {
        add(q.id(), Kind.RANKED, codes(q), (q.options().size() + 7) / 8,
            new int[] {Math.max(1, q.minRanked()), q.maxRanked()}, widthList);
        parentIds.add(null);
      } else if (question instanceof FreeText q) {
        add(q.id(), Kind.TEXT, List.of(), 1, null, widthList);
        parentIds.add(null);
      }
    }
    parents = new int[items.size()];
    exclusive = new long[items.size()];
    offsets = new int[items.size()];
    widths = new int[items.size()];
    int offset = 0;
    for (int i = 0; i < items.size(); i++) {
      parents[i] = parentIds.get(i) == null ? -1 : items.indexOf(parentIds.get(i));
      if (kinds.get(i) == Kind.MASK) {
        List<ChoiceOption> options = ((ChoiceQuestion) instrument.survey().question(items.get(i)).orElseThrow())
            .options();
        for (int o = 0; o < options.size() && o < 64; o++) {
          exclusive[i] |= options.get(o).exclusive() ? 1L << o : 0;
        }
      }
      offsets[i] = offset;
      widths[i] = widthList.get(i);
      offset += widths[i];
      boolean selection = kinds.get(i) == Kind.MASK || kinds.get(i) == Kind.RANKED;
      if (codes.get(i).size() > (selection ? 64 : 254)) {
        throw new IllegalArgumentException("item " + items.get(i) + " has " + codes.get(i).size()
            + " options; the generator packs at most 254 for a single choice and 64 for a selection");
      }
    }
    rowWidth = offset;
    if (!pack) {
      data = new byte[0];
      return;
    }
    long bytes = (long) rows * rowWidth;
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(rows + " rows of " + rowWidth + " bytes do not fit in one array;"
          + " stream them with SyntheticSurvey.responses instead");
    }
    data = new byte[(int) bytes];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      fill(data, r * rowWidth, random);
    }
  }

  /**
   * The standard instrument adapted to a number of countries: its country question (1.1)
   * offers {@code countries} options. Three gives the standard instrument itself (Armenia,
   * Azerbaijan, Georgia); fewer keeps the first ones; more adds {@code country_004}, {@code
   * country_005}, … (labelled "Country 4", …) after the three, through {@link
   * InstrumentDerivation}, with the id {@code ctnat-2016-synthetic} and a version naming the
   * number of countries. Nothing else changes.
   *
   * @param standard the standard instrument ({@code Instruments.ctnat2016()})
   * @param countries how many countries, 1 to {@value #MAX_COUNTRIES}
   * @return the instrument
   * @throws IllegalArgumentException if countries is outside 1 to {@value #MAX_COUNTRIES}
   */
  public static Instrument instrument(Instrument standard, int countries) {
    if (countries < 1 || countries > MAX_COUNTRIES) {
      throw new IllegalArgumentException("countries must be 1 to " + MAX_COUNTRIES + ", but was " + countries);
    }
    ItemId country = ItemId.of("1.1");
    List<String> existing = ((SingleChoice) standard.survey().question(country).orElseThrow()).options().stream()
        .map(ChoiceOption::code).toList();
    if (countries == existing.size()) {
      return standard;
    }
    InstrumentDerivation derivation = standard.derive().id("ctnat-2016-synthetic")
        .version(standard.version() + "-countries-" + countries);
    for (int c = existing.size(); c < countries; c++) {
      derivation.addOption(country, ChoiceOption.of(countryCode(c), LocalizedText.of("Country " + (c + 1))));
    }
    for (int c = existing.size() - 1; c >= countries; c--) {
      derivation.dropOption(country, existing.get(c));
    }
    return derivation.build();
  }

  /** The code of the added country number {@code index} (from 0): {@code country_004}, …. */
  static String countryCode(int index) {
    return String.format("country_%03d", index + 1);
  }

  /**
   * The same responses as {@code new SyntheticSurvey(instrument, rows, seed)} gives, generated
   * one at a time as they are iterated and not kept: memory does not grow with the number of
   * rows, so any number can be written to a file. Each iteration starts again from the seed.
   *
   * @param instrument the instrument whose survey is answered
   * @param rows how many respondents, 0 or more
   * @param seed the random seed
   * @return the responses, in row order
   * @throws IllegalArgumentException if rows is negative
   */
  public static Iterable<SurveyResponse> responses(Instrument instrument, int rows, long seed) {
    SyntheticSurvey layout = new SyntheticSurvey(instrument, rows, seed, false);
    return () -> new Iterator<>() {
      private final SplittableRandom random = new SplittableRandom(seed);
      private final byte[] row = new byte[layout.rowWidth];
      private int next;

      @Override
      public boolean hasNext() {
        return next < rows;
      }

      @Override
      public SurveyResponse next() {
        if (next >= rows) {
          throw new NoSuchElementException();
        }
        Arrays.fill(row, (byte) 0);
        layout.fill(row, 0, random);
        return layout.response(row, 0, next++);
      }
    };
  }

  private static List<String> codes(ChoiceQuestion question) {
    return question.options().stream().map(o -> o.code()).toList();
  }

  private void add(ItemId id, Kind kind, List<String> itemCodes, int width, int[] itemLimits,
      List<Integer> widthList) {
    items.add(id);
    kinds.add(kind);
    codes.add(itemCodes);
    limits.add(itemLimits);
    widthList.add(width);
  }

  private void fill(byte[] target, int base, SplittableRandom random) {
    for (int i = 0; i < items.size(); i++) {
      if (random.nextInt(10) == 0) {
        continue; // missing
      }
      int n = codes.get(i).size();
      switch (kinds.get(i)) {
        case SINGLE, POINT -> {
          if (parents[i] < 0) {
            target[base + offsets[i]] = (byte) (1 + random.nextInt(n));
          } else {
            long chosen = mask(target, base, parents[i]);
            if (chosen != 0) { // one of the parent's choices; missing with the parent
              int pick = random.nextInt(Long.bitCount(chosen));
              for (int k = 0; k < pick; k++) {
                chosen &= chosen - 1;
              }
              target[base + offsets[i]] = (byte) (1 + Long.numberOfTrailingZeros(chosen));
            }
          }
        }
        case TEXT -> target[base + offsets[i]] = 1;
        case MASK, RANKED -> {
          int[] range = limits.get(i);
          int count = range[0] + random.nextInt(range[1] - range[0] + 1);
          long mask = 0;
          while (Long.bitCount(mask) < count) {
            mask |= (1L << random.nextInt(n)) & ~exclusive[i];
          }
          for (int b = 0; b < widths[i]; b++) {
            target[base + offsets[i] + b] = (byte) (mask >>> (8 * b));
          }
        }
        default -> throw new IllegalStateException("unknown kind " + kinds.get(i));
      }
    }
  }

  /**
   * The instrument whose survey the rows answer.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * How many respondents were generated.
   *
   * @return the number of rows
   */
  public int rows() {
    return rows;
  }

  /** The bytes of every row, row after row (shared, not to be modified). */
  byte[] data() {
    return data;
  }

  /**
   * The width of a packed row in bytes.
   *
   * @return the bytes per row
   */
  public int rowWidth() {
    return rowWidth;
  }

  List<ItemId> items() {
    return items;
  }

  /** The kind of every item, in item order (a copy). */
  Kind[] kinds() {
    return kinds.toArray(Kind[]::new);
  }

  /** The byte offset of every item within a row, in item order (a copy). */
  int[] offsets() {
    return offsets.clone();
  }

  Kind kind(int item) {
    return kinds.get(item);
  }

  List<String> codes(int item) {
    return codes.get(item);
  }

  int offset(int item) {
    return offsets[item];
  }

  int width(int item) {
    return widths[item];
  }

  /** The bit mask stored for a multiple-choice or ranking item of a row. */
  long mask(int row, int item) {
    return mask(data, row * rowWidth, item);
  }

  private long mask(byte[] bytes, int base, int item) {
    long mask = 0;
    int at = base + offsets[item];
    for (int b = 0; b < widths[item]; b++) {
      mask |= (bytes[at + b] & 0xFFL) << (8 * b);
    }
    return mask;
  }

  /**
   * One row as a response object, as a reader that materialises responses would produce it.
   * Rankings are given in option order.
   *
   * @param row the row number
   * @return the response
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public SurveyResponse response(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row must be 0 to " + (rows - 1) + ", but was " + row);
    }
    return response(data, row * rowWidth, row);
  }

  private SurveyResponse response(byte[] bytes, int base, int row) {
    var builder = SurveyResponse.to(instrument, Respondent.of("SYN" + row));
    for (int i = 0; i < items.size(); i++) {
      Answer answer = null;
      switch (kinds.get(i)) {
        case SINGLE, POINT -> {
          int v = bytes[base + offsets[i]] & 0xFF;
          if (v > 0) {
            String code = codes.get(i).get(v - 1);
            answer = kinds.get(i) == Kind.SINGLE ? ChoiceAnswer.of(code) : PointAnswer.of(code);
          }
        }
        case TEXT -> answer = bytes[base + offsets[i]] != 0 ? TextAnswer.of("text") : null;
        case MASK, RANKED -> {
          long mask = mask(bytes, base, i);
          if (mask != 0) {
            List<String> chosen = new ArrayList<>();
            for (long bits = mask; bits != 0; bits &= bits - 1) {
              chosen.add(codes.get(i).get(Long.numberOfTrailingZeros(bits)));
            }
            answer = kinds.get(i) == Kind.MASK ? new SelectionAnswer(chosen, Optional.empty())
                : RankingAnswer.inOrder(chosen, Optional.empty());
          }
        }
        default -> throw new IllegalStateException("unknown kind " + kinds.get(i));
      }
      if (answer != null) {
        builder.putAnswer(items.get(i), answer);
      }
    }
    return builder.build();
  }
}
