package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;

/**
 * The texts respondents wrote with "Other – please specify" options, collected per question so
 * that they can be read and, if need be, coded — e.g. the other forms of exploitation named in
 * 2.2 or the other priority named under Q in 8.1.
 *
 * <p>A text is collected only where the tally counts it: with an answer that {@link
 * SurveyTally} counts (validation finds nothing wrong with what it says) and that chose or
 * ranked an option asking for a text. So a question never has more texts than respondents in
 * its "Other" categories; a text given with an uncountable answer, or without an "Other"
 * option, is left out (validation reports both).
 *
 * <p>Questions come in instrument order, each question's texts ordered by respondent and then
 * text, so the result does not depend on the order of the responses. Texts of the same
 * instrument combine with {@link #plus(OtherTexts)}, which is associative and commutative, with
 * {@link #empty(Instrument)} as its identity; {@link #collector(Instrument)} collects a stream,
 * sequential or parallel. Unlike the counts, the texts themselves are kept, so this grows with
 * the number of texts written.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OtherTexts {

  private static final Comparator<OtherText> ORDER = Comparator.comparing(OtherText::respondent)
      .thenComparing(OtherText::text);

  private final String instrument;
  private final List<ItemId> questions;
  private final Map<ItemId, List<OtherText>> texts;

  /**
   * One respondent's text.
   *
   * @param respondent who wrote it (pseudonymous)
   * @param text what was written
   */
  public record OtherText(RespondentId respondent, String text) {

    /** Checks for nulls. */
    public OtherText {
      Objects.requireNonNull(respondent, "other text: respondent");
      Objects.requireNonNull(text, "other text: text");
    }
  }

  private OtherTexts(String instrument, List<ItemId> questions, Map<ItemId, List<OtherText>> texts) {
    this.instrument = instrument;
    this.questions = questions;
    this.texts = texts;
  }

  /**
   * No texts: the identity of {@link #plus(OtherTexts)}.
   *
   * @param instrument the instrument
   * @return the empty collection of texts
   */
  public static OtherTexts empty(Instrument instrument) {
    return new OtherTexts(instrument.id() + " " + instrument.version(),
        instrument.survey().questions().stream().map(Question::id).toList(), Map.of());
  }

  /**
   * Collects the non-blank "other" texts of some responses.
   *
   * @param instrument the instrument
   * @param responses the responses
   * @return the texts
   */
  public static OtherTexts of(Instrument instrument, Iterable<SurveyResponse> responses) {
    Builder builder = new Builder(empty(instrument), new Layout(instrument));
    responses.forEach(builder::add);
    return builder.build();
  }

  /**
   * A collector of the "other" texts of a stream of responses, sequential or parallel.
   *
   * @param instrument the instrument
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, OtherTexts> collector(Instrument instrument) {
    OtherTexts empty = empty(instrument);
    Layout layout = new Layout(instrument);
    return Collector.of(() -> new Builder(empty, layout), Builder::add, Builder::combine, Builder::build,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The texts by question: questions with at least one text, in instrument order; each
   * question's texts by respondent, then text.
   *
   * @return the texts by question
   */
  public Map<ItemId, List<OtherText>> texts() {
    return texts;
  }

  /**
   * The texts written for one question.
   *
   * @param question the question id
   * @return its texts, by respondent, then text; empty if none
   */
  public List<OtherText> texts(ItemId question) {
    return texts.getOrDefault(question, List.of());
  }

  /**
   * How many texts there are in all.
   *
   * @return the number of texts
   */
  public int size() {
    return texts.values().stream().mapToInt(List::size).sum();
  }

  /**
   * These texts with those of other responses to the same instrument.
   *
   * @param other texts of other responses
   * @return the texts of both
   * @throws IllegalArgumentException if the other texts are of another instrument
   */
  public OtherTexts plus(OtherTexts other) {
    if (!instrument.equals(other.instrument)) {
      throw new IllegalArgumentException("cannot add the other texts of " + other.instrument
          + " to those of " + instrument);
    }
    Builder builder = new Builder(this, null);
    builder.addAll(other);
    return builder.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OtherTexts t && instrument.equals(t.instrument) && texts.equals(t.texts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, texts);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Other texts of " + instrument + ": " + size());
    texts.forEach((question, list) -> list.forEach(t -> out.append(System.lineSeparator()).append("  ")
        .append(question).append("  ").append(t.respondent()).append(": ").append(t.text())));
    return out.toString();
  }

  private static Optional<String> other(Answer answer) {
    if (answer instanceof ChoiceAnswer a) {
      return a.otherText();
    } else if (answer instanceof SelectionAnswer a) {
      return a.otherText();
    } else if (answer instanceof RankingAnswer a) {
      return a.otherText();
    }
    return Optional.empty();
  }

  /** The mutable state of a collection being built. */
  private static final class Builder {
    private final OtherTexts base;
    /** What decides which answers count; null for a builder that only merges. */
    private final Layout layout;
    private final java.util.BitSet chosen = new java.util.BitSet();
    private final Map<ItemId, List<OtherText>> texts = new LinkedHashMap<>();

    Builder(OtherTexts base, Layout layout) {
      this.base = base;
      this.layout = layout;
      base.questions.forEach(q -> texts.put(q, new ArrayList<>()));
      addAll(base);
    }

    void add(SurveyResponse response) {
      Map<ItemId, Answer> answers = response.answers();
      answers.forEach((item, answer) -> other(answer).filter(t -> !t.isBlank()).ifPresent(text -> {
        List<OtherText> list = texts.get(item);
        int i = layout.index(item);
        if (list != null && i >= 0 && layout.specify[i] != null && layout.countable(i, answer, answers, chosen)
            && chosen.intersects(layout.specify[i])) {
          list.add(new OtherText(response.respondent().id(), text));
        }
      }));
    }

    void addAll(OtherTexts other) {
      other.texts.forEach((question, list) -> texts.get(question).addAll(list));
    }

    Builder combine(Builder other) {
      other.texts.forEach((question, list) -> texts.get(question).addAll(list));
      return this;
    }

    OtherTexts build() {
      Map<ItemId, List<OtherText>> result = new LinkedHashMap<>();
      texts.forEach((question, list) -> {
        if (!list.isEmpty()) {
          List<OtherText> sorted = new ArrayList<>(list);
          sorted.sort(ORDER);
          result.put(question, List.copyOf(sorted));
        }
      });
      return new OtherTexts(base.instrument, base.questions, Collections.unmodifiableMap(result));
    }
  }
}
