package org.ctnat.io;

import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.SingleChoice;

/**
 * The data dictionary of an instrument's survey as CSV: one row per item — every question, and
 * every statement of a grid in place of the grid — saying what the codes in a response file
 * mean.
 *
 * <pre>
 * item,question,kind,scale,options
 * 1.6,What is your gender?,singleChoice,,female=Female|male=Male
 * 3.1.4,Capacity of competent authorities to accurately identify victims,grid,adequacy,adequate=Adequate|…
 * </pre>
 *
 * <p>{@code question} is the question text, or for a grid statement the statement's text;
 * {@code kind} is {@code singleChoice}, {@code multipleChoice}, {@code ranking}, {@code grid}
 * or {@code freeText}, as in the instrument file format; {@code scale} is the scale id of a grid
 * statement, empty otherwise; {@code options} lists the options (or scale points) in order as
 * {@code code=label}, separated by {@code |}. In a label a {@code |} is written {@code \|} and a
 * {@code \} is written {@code \\}; codes never hold {@code =}, {@code |} or {@code \}. Texts are
 * in the instrument's default language unless another is asked for; a text not yet translated
 * is given in the default language.
 *
 * <p>Files are UTF-8 without byte order mark, comma separated, with {@code \n} line ends, every
 * cell {@linkplain CsvCells neutralised}, as {@link CsvResponses} writes them.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvDictionary {

  /** The columns of the dictionary. */
  public static final List<String> HEADER = List.of("item", "question", "kind", "scale", "options");

  private CsvDictionary() {}

  /**
   * The dictionary in the instrument's default language.
   *
   * @param instrument the instrument
   * @return the CSV text
   */
  public static String toString(Instrument instrument) {
    return toString(instrument, instrument.defaultLanguage());
  }

  /**
   * The dictionary in one of the instrument's languages.
   *
   * @param instrument the instrument
   * @param language one of the instrument's {@linkplain Instrument#languages() languages}
   * @return the CSV text
   * @throws IllegalArgumentException if the instrument does not list the language
   */
  public static String toString(Instrument instrument, String language) {
    StringWriter out = new StringWriter();
    write(instrument, language, CsvRecordWriter.to(out));
    return out.toString();
  }

  /**
   * Writes the dictionary to a stream (which is not closed), in UTF-8.
   *
   * @param instrument the instrument
   * @param language one of the instrument's {@linkplain Instrument#languages() languages}
   * @param out the stream
   * @throws IllegalArgumentException if the instrument does not list the language
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, String language, OutputStream out) {
    write(instrument, language, CsvRecordWriter.to(Objects.requireNonNull(out, "out")));
  }

  private static void write(Instrument instrument, String language, CsvRecordWriter out) {
    Objects.requireNonNull(language, "language");
    if (!instrument.languages().contains(language)) {
      throw new IllegalArgumentException("instrument " + instrument.id() + " " + instrument.version()
          + " has texts in " + instrument.languages() + ", not in '" + language + "'");
    }
    String fallback = instrument.defaultLanguage();
    out.cells(HEADER).end();
    for (Question question : instrument.survey().questions()) {
      String text = in(question.text(), language, fallback);
      if (question instanceof Grid grid) {
        Scale scale = instrument.scale(grid.scale()).orElseThrow();
        String points = scale.points().stream().map(p -> entry(p.code(), p.label(), language, fallback))
            .collect(Collectors.joining("|"));
        for (GridStatement statement : grid.statements()) {
          out.cell(statement.id().value()).cell(in(statement.text(), language, fallback)).cell("grid")
              .cell(scale.id().value()).cell(points).end();
        }
      } else {
        String options = question instanceof ChoiceQuestion choice ? choice.options().stream()
            .map(o -> entry(o.code(), o.label(), language, fallback)).collect(Collectors.joining("|")) : "";
        out.cell(question.id().value()).cell(text).cell(kind(question)).blank().cell(options).end();
      }
    }
    out.finish();
  }

  private static String kind(Question question) {
    if (question instanceof SingleChoice) {
      return "singleChoice";
    }
    if (question instanceof MultipleChoice) {
      return "multipleChoice";
    }
    if (question instanceof Ranking) {
      return "ranking";
    }
    if (question instanceof FreeText) {
      return "freeText";
    }
    return "grid";
  }

  private static String entry(String code, LocalizedText label, String language, String fallback) {
    return code + "=" + in(label, language, fallback).replace("\\", "\\\\").replace("|", "\\|");
  }

  private static String in(LocalizedText text, String language, String fallback) {
    return text.in(language, fallback);
  }
}
