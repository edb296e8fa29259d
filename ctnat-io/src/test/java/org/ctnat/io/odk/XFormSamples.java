package org.ctnat.io.odk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentTexts;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.io.Instruments;

/** Instruments and responses shared by the ODK export, import and JavaRosa tests. */
final class XFormSamples {

  /** The standard 2016 instrument. */
  static final Instrument CTNAT = Instruments.ctnat2016();

  /** The language name of English in forms. */
  static final String ENGLISH = "English (en)";

  /** The language name of Russian in forms. */
  static final String RUSSIAN = "Russian (ru)";

  /**
   * The standard instrument adapted: every text translated into Russian (marked "[ru] "), 2.6
   * and grid 3.2 dropped, and an exclusive "None of these" option added to 2.1.
   */
  static final Instrument ADAPTED = adapted();

  private XFormSamples() {}

  private static Instrument adapted() {
    Instrument shortened = CTNAT.derive().id("ctnat-2016-ru").version("2016.1-ru.1")
        .dropQuestion(ItemId.of("2.6"))
        .dropQuestion(ItemId.of("3.2"))
        .addOption(ItemId.of("2.1"), ChoiceOption.builder().code("none_of_these")
            .label(LocalizedText.of("None of these")).exclusive(true).build())
        .build();
    Map<String, String> russian = new LinkedHashMap<>();
    InstrumentTexts.of(shortened).forEach((key, text) -> russian.put(key, "[ru] " + text.english()));
    return shortened.derive().translate("ru", russian).build();
  }

  /** An instrument with one ranking's limits changed, such as a top-3 that accepts 1 to 3. */
  static Instrument withRankingLimits(Instrument instrument, ItemId ranking, int min, int max) {
    List<org.ctnat.core.questionbank.SurveySection> sections = instrument.survey().sections().stream()
        .map(s -> s.withQuestions(s.questions().stream()
            .map(q -> q.id().equals(ranking) ? Ranking.builder().from((Ranking) q).minRanked(min).maxRanked(max).build() : q)
            .toList()))
        .toList();
    return Instrument.builder().from(instrument).id(org.ctnat.core.instrument.InstrumentId.of(instrument.id() + "-top"))
        .survey(instrument.survey().withSections(sections)).build();
  }

  /** AZEsur1: every kind of answer, with "please specify" texts, a follow-up and both rankings. */
  static SurveyResponse fullResponse() {
    return SurveyResponse.to(CTNAT, Respondent.of("AZEsur1"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"))
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "Journalist & <editor>"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.1"), SelectionAnswer.of("country_of_origin", "country_of_destination"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.withOther("forced begging", "forced_labour_or_services",
            "forced_marriage", "other_specify"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("forced_marriage"))
        .putAnswer(ItemId.of("2.3"), SelectionAnswer.of("agriculture", "construction"))
        .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("adult_females", "female_children", "adult_males",
            "male_children"))
        .putAnswer(ItemId.of("2.5"), ChoiceAnswer.of("growing"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("More labour exploitation abroad;\nfewer cases reported "
            + "at home – «так»."))
        .putAnswer(ItemId.of("3.1.4"), PointAnswer.of("adequate"))
        .putAnswer(ItemId.of("3.2.5"), PointAnswer.of("sometimes"))
        .putAnswer(ItemId.of("7.3.6"), PointAnswer.of("difficult"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(List.of("Q", "A", "G"), Optional.of("Shelters for men")))
        .putAnswer(ItemId.of("8.3"), TextAnswer.of("None."))
        .build();
  }

  /**
   * A random response that keeps every rule of the instrument: each item answered or not at
   * random, within the question's limits; follow-ups among the parent's choices; "please
   * specify" texts only with their option.
   */
  static SurveyResponse randomValidResponse(Instrument instrument, long seed) {
    Random random = new Random(seed);
    var builder = SurveyResponse.to(instrument, Respondent.of("R" + Long.toHexString(seed & 0xFFFFFFFL)));
    Map<ItemId, Answer> given = new LinkedHashMap<>();
    for (Question question : instrument.survey().questions()) {
      Answer answer = null;
      boolean answered = random.nextInt(4) > 0;
      if (question instanceof SingleChoice q) {
        List<ChoiceOption> options = q.options();
        if (q.optionsFrom().isPresent()) {
          Answer parent = given.get(q.optionsFrom().get());
          if (!(parent instanceof SelectionAnswer selection)) {
            continue;
          }
          List<ChoiceOption> chosen = new ArrayList<>();
          options.stream().filter(o -> selection.codes().contains(o.code())).forEach(chosen::add);
          options = chosen;
        }
        if (answered) {
          ChoiceOption option = options.get(random.nextInt(options.size()));
          answer = new ChoiceAnswer(option.code(), otherText(random, List.of(option)));
        }
      } else if (question instanceof MultipleChoice q) {
        if (answered) {
          List<ChoiceOption> options = new ArrayList<>(q.options());
          Collections.shuffle(options, random);
          int count = Math.max(1, q.minSelections())
              + random.nextInt(q.effectiveMaxSelections() - Math.max(1, q.minSelections()) + 1);
          List<ChoiceOption> chosen = options.subList(0, count);
          if (chosen.stream().anyMatch(ChoiceOption::exclusive) && chosen.size() > 1) {
            chosen = chosen.stream().filter(o -> !o.exclusive()).toList();
            if (chosen.size() < q.minSelections()) {
              chosen = options.stream().filter(o -> !o.exclusive()).limit(q.minSelections()).toList();
            }
          }
          answer = new SelectionAnswer(chosen.stream().map(ChoiceOption::code).toList(), otherText(random, chosen));
        }
      } else if (question instanceof Ranking q) {
        if (answered) {
          List<ChoiceOption> options = new ArrayList<>(q.options());
          Collections.shuffle(options, random);
          List<ChoiceOption> ranked = options.subList(0, q.minRanked() + random.nextInt(q.maxRanked() - q.minRanked() + 1));
          answer = RankingAnswer.inOrder(ranked.stream().map(ChoiceOption::code).toList(), otherText(random, ranked));
        }
      } else if (question instanceof Grid q) {
        Scale scale = instrument.scale(q.scale()).orElseThrow();
        for (GridStatement statement : q.statements()) {
          if (random.nextInt(3) > 0) {
            given.put(statement.id(), PointAnswer.of(scale.points().get(random.nextInt(scale.points().size())).code()));
          }
        }
      } else if (question instanceof FreeText && answered) {
        answer = TextAnswer.of(text(random));
      }
      if (answer != null) {
        given.put(question.id(), answer);
      }
    }
    return builder.answers(given).build();
  }

  /** A text for a "please specify" option among those chosen, or none. */
  private static Optional<String> otherText(Random random, List<ChoiceOption> chosen) {
    return chosen.stream().anyMatch(ChoiceOption::specify) && random.nextBoolean()
        ? Optional.of(text(random)) : Optional.empty();
  }

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCXYZ0189 &<>\"'\n\t;:/–«»ёжщ中文ğüş";

  /** A non-blank text that starts and ends with a letter, with XML's special characters inside. */
  static String text(Random random) {
    StringBuilder out = new StringBuilder("T");
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.append('z').toString();
  }
}
