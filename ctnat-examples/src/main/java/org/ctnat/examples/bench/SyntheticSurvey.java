package org.ctnat.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ctnat.core.instrument.Instrument;
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
 * <p>Each item takes a fixed number of bytes: a single choice, grid statement or free text one
 * byte (0 = missing, otherwise 1 + the option or point index; for free text 1 = answered), a
 * multiple choice or ranking as many bytes as its options need as a bit mask (0 = missing).
 * About one answer in ten is left missing. The same seed always gives the same rows.
 *
 * <p>Immutable after construction; thread-safe for reading.
 */
public final class SyntheticSurvey {

  /** How an item is packed. */
  enum Kind { SINGLE, POINT, MASK, RANKED, TEXT }

  private final Instrument instrument;
  private final List<ItemId> items = new ArrayList<>();
  private final List<Kind> kinds = new ArrayList<>();
  private final List<List<String>> codes = new ArrayList<>();
  private final int[] offsets;
  private final int[] widths;
  private final int rowWidth;
  private final int rows;
  private final byte[] data;

  /**
   * Generates the rows.
   *
   * @param instrument the instrument whose survey is answered
   * @param rows how many respondents
   * @param seed the random seed
   */
  public SyntheticSurvey(Instrument instrument, int rows, long seed) {
    this.instrument = instrument;
    this.rows = rows;
    List<Integer> widthList = new ArrayList<>();
    for (Question question : instrument.survey().questions()) {
      if (question instanceof Grid grid) {
        List<String> points = instrument.scale(grid.scale()).orElseThrow().points().stream()
            .map(p -> p.code()).toList();
        for (GridStatement statement : grid.statements()) {
          add(statement.id(), Kind.POINT, points, 1, widthList);
        }
      } else if (question instanceof SingleChoice q) {
        add(q.id(), Kind.SINGLE, codes(q), 1, widthList);
      } else if (question instanceof MultipleChoice q) {
        add(q.id(), Kind.MASK, codes(q), (q.options().size() + 7) / 8, widthList);
      } else if (question instanceof Ranking q) {
        add(q.id(), Kind.RANKED, codes(q), (q.options().size() + 7) / 8, widthList);
      } else if (question instanceof FreeText q) {
        add(q.id(), Kind.TEXT, List.of(), 1, widthList);
      }
    }
    offsets = new int[items.size()];
    widths = new int[items.size()];
    int offset = 0;
    for (int i = 0; i < items.size(); i++) {
      offsets[i] = offset;
      widths[i] = widthList.get(i);
      offset += widths[i];
    }
    rowWidth = offset;
    data = new byte[Math.multiplyExact(rows, rowWidth)];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      fill(r, random);
    }
  }

  private static List<String> codes(ChoiceQuestion question) {
    return question.options().stream().map(o -> o.code()).toList();
  }

  private void add(ItemId id, Kind kind, List<String> itemCodes, int width, List<Integer> widthList) {
    items.add(id);
    kinds.add(kind);
    codes.add(itemCodes);
    widthList.add(width);
  }

  private void fill(int row, SplittableRandom random) {
    int base = row * rowWidth;
    for (int i = 0; i < items.size(); i++) {
      if (random.nextInt(10) == 0) {
        continue; // missing
      }
      int n = codes.get(i).size();
      switch (kinds.get(i)) {
        case SINGLE, POINT -> data[base + offsets[i]] = (byte) (1 + random.nextInt(n));
        case TEXT -> data[base + offsets[i]] = 1;
        case MASK, RANKED -> {
          int chosen = Math.min(n, 3);
          long mask = 0;
          while (Long.bitCount(mask) < chosen) {
            mask |= 1L << random.nextInt(n);
          }
          for (int b = 0; b < widths[i]; b++) {
            data[base + offsets[i] + b] = (byte) (mask >>> (8 * b));
          }
        }
        default -> throw new IllegalStateException("unknown kind " + kinds.get(i));
      }
    }
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

  /** The width of a row in bytes. */
  int rowWidth() {
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
    long mask = 0;
    int at = row * rowWidth + offsets[item];
    for (int b = 0; b < widths[item]; b++) {
      mask |= (data[at + b] & 0xFFL) << (8 * b);
    }
    return mask;
  }

  /**
   * One row as a response object, as a reader that materialises responses would produce it.
   * Rankings are given in option order.
   *
   * @param row the row number
   * @return the response
   */
  public SurveyResponse response(int row) {
    var builder = SurveyResponse.to(instrument, Respondent.of("SYN" + row));
    int base = row * rowWidth;
    for (int i = 0; i < items.size(); i++) {
      Answer answer = null;
      switch (kinds.get(i)) {
        case SINGLE, POINT -> {
          int v = data[base + offsets[i]];
          if (v > 0) {
            String code = codes.get(i).get(v - 1);
            answer = kinds.get(i) == Kind.SINGLE ? ChoiceAnswer.of(code) : PointAnswer.of(code);
          }
        }
        case TEXT -> answer = data[base + offsets[i]] > 0 ? TextAnswer.of("text") : null;
        case MASK, RANKED -> {
          long mask = mask(row, i);
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
