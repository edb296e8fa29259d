package org.ctnat.examples.worked;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;

/**
 * The seeded generator of one round's survey responses: who answered (positions, years, age,
 * gender), and how answers spread over the options and scale points.
 *
 * <p>Only the spread is random. What shapes it is written down in a {@link Plan}: a weight per
 * option of the choice questions, and per grid statement a <em>tendency</em> between 0 (everyone
 * picks the most negative point) and 1 (everyone picks the most positive), which the assessors'
 * judgements of the matching criteria agree with. Respondents from State institutions lean a
 * little more positive and those from NGOs a little more negative, so that answers disaggregated
 * by position differ. Free texts are hand-written; each is given by at most one respondent, except
 * the short "Other – please specify" texts, which several may give.
 *
 * <p>Answers are built valid for the standard instrument, with selections in the instrument's
 * order of options, so that they read back from CSV unchanged. {@link java.util.Random} is used
 * because its algorithm is fixed by its specification: the same seed gives the same responses on
 * every Java version.
 */
final class ValdoriaSurvey {

  /** How much more positive respondents from State institutions are, on the tendency scale. */
  private static final double GOVERNMENT_LEAN = 0.12;
  /** How much more negative respondents from NGOs are. */
  private static final double NGO_LEAN = -0.12;
  /** The standard deviation, in scale points, of answers around the point a tendency sets. */
  private static final double SPREAD = 0.8;
  /** The first section a respondent who drops out no longer answers. */
  private static final SectionId DROP_OUT_FROM = SectionId.of("6");

  private ValdoriaSurvey() {}

  /**
   * What shapes one round's answers.
   *
   * @param rows how many respondents (rows of the export), numbered from 1
   * @param seed the random seed
   * @param positions weight of each option of 1.2
   * @param positionOthers texts of "Other – please specify" in 1.2
   * @param forms weight of each option of 2.2
   * @param formOthers texts of "Other – please specify" in 2.2
   * @param sectors weight of each option of 2.3
   * @param sectorOthers texts of "Other – please specify" in 2.3
   * @param trend weight of each option of 2.5
   * @param trendReasons texts of 2.6, by the option of 2.5 they explain
   * @param tendencies per grid statement, 0 (negative) to 1 (positive)
   * @param priorities weight of each priority A–Q in 8.1
   * @param priorityOthers texts given with priority Q
   * @param priorityReasons texts of 8.2, by the priority ranked first
   * @param comments texts of 8.3
   * @param dropOut probability that a respondent stops after section 5
   */
  record Plan(int rows, long seed, Map<String, Double> positions, List<String> positionOthers,
      Map<String, Double> forms, List<String> formOthers, Map<String, Double> sectors, List<String> sectorOthers,
      Map<String, Double> trend, Map<String, List<String>> trendReasons, Map<String, Double> tendencies,
      Map<String, Double> priorities, List<String> priorityOthers, Map<String, List<String>> priorityReasons,
      List<String> comments, double dropOut) {}

  /**
   * Generates the responses of a plan, {@code VLDsur1} to {@code VLDsur<rows>}.
   *
   * @param instrument the standard instrument
   * @param plan the plan
   * @return the responses, in row order
   */
  static List<SurveyResponse> generate(Instrument instrument, Plan plan) {
    Random random = new Random(plan.seed());
    Texts texts = new Texts(plan);
    List<SurveyResponse> responses = new ArrayList<>();
    for (int row = 1; row <= plan.rows(); row++) {
      responses.add(respondent(instrument, plan, texts, random, "VLDsur" + row));
    }
    return responses;
  }

  private static SurveyResponse respondent(Instrument instrument, Plan plan, Texts texts, Random random,
      String id) {
    Map<ItemId, Answer> answers = new LinkedHashMap<>();
    String position = pick(random, plan.positions());
    double lean = lean(position) + random.nextGaussian() * 0.08;
    boolean dropsOut = random.nextDouble() < plan.dropOut();

    // Section 1: the profile. 1.1 lists Armenia, Azerbaijan and Georgia only; it stays unanswered.
    if (random.nextDouble() >= 0.02) {
      answers.put(ItemId.of("1.2"), position.equals("other_specify")
          ? ChoiceAnswer.of(position, texts.positionOthers.next()) : ChoiceAnswer.of(position));
    }
    single(answers, random, "1.3", 0.03, Map.of("years_less_than_1", 1.0, "years_1_to_3", 3.0,
        "years_3_to_5", 2.5, "years_5_to_10", 2.0, "years_more_than_10", 1.5));
    single(answers, random, "1.4", 0.03, Map.of("years_less_than_1", 1.0, "years_1_to_3", 2.5,
        "years_3_to_5", 2.5, "years_5_to_10", 2.0, "years_more_than_10", 1.0));
    single(answers, random, "1.5", 0.08, Map.of("age_18_34", 3.0, "age_35_50", 4.5, "age_51_65", 2.2,
        "age_66_plus", 0.3));
    single(answers, random, "1.6", 0.05, Map.of("female", 5.8, "male", 4.2));

    // Section 2: the trafficking situation (context, never scored).
    if (random.nextDouble() >= 0.04) {
      List<String> roles = new ArrayList<>();
      for (Map.Entry<String, Double> role : List.of(Map.entry("country_of_origin", 0.92),
          Map.entry("country_of_transit", 0.5), Map.entry("country_of_destination", 0.22))) {
        if (random.nextDouble() < role.getValue()) {
          roles.add(role.getKey());
        }
      }
      if (roles.isEmpty()) {
        roles.add("country_of_origin");
      }
      answers.put(ItemId.of("2.1"), new SelectionAnswer(roles, Optional.empty()));
    }
    if (random.nextDouble() >= 0.05) {
      List<String> forms = inOptionOrder(instrument, "2.2", pickDistinct(random, plan.forms(), 3));
      answers.put(ItemId.of("2.2"), selection(forms, texts.formOthers));
      if (random.nextDouble() >= 0.1) {
        Map<String, Double> chosen = new LinkedHashMap<>();
        forms.forEach(f -> chosen.put(f, plan.forms().get(f)));
        answers.put(ItemId.of("2.2.1"), ChoiceAnswer.of(pick(random, chosen)));
      }
    }
    if (random.nextDouble() >= 0.06) {
      double r = random.nextDouble();
      int count = r < 0.06 ? 1 : r < 0.26 ? 2 : 3;
      answers.put(ItemId.of("2.3"), selection(inOptionOrder(instrument, "2.3",
          pickDistinct(random, plan.sectors(), count)), texts.sectorOthers));
    }
    if (random.nextDouble() >= 0.1) {
      answers.put(ItemId.of("2.4"), RankingAnswer.inOrder(pickDistinct(random, Map.of("adult_females", 4.0,
          "adult_males", 3.0, "female_children", 1.5, "male_children", 0.8), 4), Optional.empty()));
    }
    Optional<String> trend = Optional.empty();
    if (random.nextDouble() >= 0.08) {
      trend = Optional.of(pick(random, plan.trend()));
      answers.put(ItemId.of("2.5"), ChoiceAnswer.of(trend.get()));
    }
    if (trend.isPresent() && random.nextDouble() < 0.5) {
      texts.trendReason(trend.get()).ifPresent(t -> answers.put(ItemId.of("2.6"), TextAnswer.of(t)));
    }

    // Sections 3 to 7: the grids, one per thematic area and scale.
    for (SurveySection section : instrument.survey().sections()) {
      for (Question question : section.questions()) {
        if (!(question instanceof Grid grid)
            || (dropsOut && section.id().compareTo(DROP_OUT_FROM) >= 0) || random.nextDouble() < 0.05) {
          continue;
        }
        List<ScalePoint> points = instrument.scale(grid.scale()).orElseThrow().points();
        for (GridStatement statement : grid.statements()) {
          if (random.nextDouble() < 0.04) {
            continue;
          }
          Double tendency = plan.tendencies().get(statement.id().value());
          if (tendency == null) {
            throw new IllegalStateException("plan: no tendency for grid statement " + statement.id());
          }
          int point = point(random, tendency + lean, points);
          answers.put(statement.id(), PointAnswer.of(points.get(point).code()));
        }
      }
    }

    // Section 8: priorities.
    if (!dropsOut && random.nextDouble() >= 0.05) {
      List<String> top = pickDistinct(random, plan.priorities(), 3);
      answers.put(ItemId.of("8.1"), RankingAnswer.inOrder(top,
          top.contains("Q") ? Optional.of(texts.priorityOthers.next()) : Optional.empty()));
      if (random.nextDouble() < 0.5) {
        texts.priorityReason(top.get(0)).ifPresent(t -> answers.put(ItemId.of("8.2"), TextAnswer.of(t)));
      }
    }
    if (!dropsOut && random.nextDouble() < 0.15 && !texts.comments.isEmpty()) {
      answers.put(ItemId.of("8.3"), TextAnswer.of(texts.comments.poll()));
    }
    return SurveyResponse.to(instrument, Respondent.of(id)).answers(answers).build();
  }

  /** How a respondent's position leans the grid answers. */
  private static double lean(String position) {
    if (position.startsWith("law_enforcement") || position.startsWith("justice_system")
        || position.startsWith("government_official")) {
      return GOVERNMENT_LEAN;
    }
    return position.startsWith("ngo_") ? NGO_LEAN : 0;
  }

  /**
   * A scale point index. Points run from the most positive (0) to the most negative; a tendency
   * of 1 aims at the first, 0.5 at the neutral point, 0 at the last, linearly in between, so that
   * scales with more positive than negative points (adequacy) are not tilted. Neighbours of the
   * aimed point are chosen less often.
   */
  private static int point(Random random, double tendency, List<ScalePoint> points) {
    double clamped = Math.max(0.02, Math.min(0.98, tendency));
    int last = points.size() - 1;
    int neutral = 0;
    while (neutral < last && points.get(neutral).polarity().filter(p -> p == Polarity.NEUTRAL).isEmpty()) {
      neutral++;
    }
    double target = clamped >= 0.5 ? neutral * (1 - clamped) * 2 : neutral + (last - neutral) * (0.5 - clamped) * 2;
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i <= last; i++) {
      weights.put(Integer.toString(i), Math.exp(-(i - target) * (i - target) / (2 * SPREAD * SPREAD)));
    }
    return Integer.parseInt(pick(random, weights));
  }

  private static void single(Map<ItemId, Answer> answers, Random random, String item, double missing,
      Map<String, Double> weights) {
    if (random.nextDouble() >= missing) {
      answers.put(ItemId.of(item), ChoiceAnswer.of(pick(random, weights)));
    }
  }

  private static SelectionAnswer selection(List<String> codes, Cycle others) {
    return new SelectionAnswer(codes, codes.contains("other_specify") ? Optional.of(others.next())
        : Optional.empty());
  }

  /** The codes of a multiple choice in the instrument's order of its options. */
  static List<String> inOptionOrder(Instrument instrument, String item, List<String> codes) {
    MultipleChoice question = (MultipleChoice) instrument.survey().question(ItemId.of(item)).orElseThrow();
    return question.options().stream().map(ChoiceOption::code).filter(codes::contains).toList();
  }

  /**
   * One key, with probability proportional to its weight. Keys are tried in their natural order,
   * so that the result does not depend on the map's iteration order ({@code Map.of} has none).
   */
  static String pick(Random random, Map<String, Double> weights) {
    SortedMap<String, Double> sorted = new TreeMap<>(weights);
    double total = sorted.values().stream().mapToDouble(Double::doubleValue).sum();
    double r = random.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Double> entry : sorted.entrySet()) {
      last = entry.getKey();
      r -= entry.getValue();
      if (r < 0) {
        return last;
      }
    }
    return last;
  }

  /** {@code count} distinct keys, each drawn like {@link #pick} from those not yet drawn, in the order drawn. */
  static List<String> pickDistinct(Random random, Map<String, Double> weights, int count) {
    Map<String, Double> left = new TreeMap<>(weights);
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < count && !left.isEmpty()) {
      String key = pick(random, left);
      chosen.add(key);
      left.remove(key);
    }
    return chosen;
  }

  // ---------------------------------------------------------------- the two rounds

  /** The seed of the 2024 sample. */
  static final long SEED_2024 = 2024_03_01L;

  /** The seed of the 2028 sample. */
  static final long SEED_2028 = 2028_03_01L;

  /**
   * The 2024 sample: 46 rows of the survey platform's export (four of which the example then
   * breaks, see {@code WorkedExample.invalidCsvRows()}). Protection and assistance (grid 4) is the
   * weakest area; the legal framework of investigation and prosecution (5.1.1–5.1.3) the strongest.
   */
  static Plan plan2024() {
    return new Plan(46, SEED_2024, positions(), List.of("Municipal social worker",
        "Trade union legal adviser", "Journalist covering migration"),
        weights("exploitation_in_prostitution", 5.0, "other_sexual_exploitation", 1.5,
            "forced_labour_or_services", 6.0, "slavery_or_servitude", 1.5, "removal_of_organs", 0.2,
            "forced_marriage", 1.5, "other_specify", 0.8),
        List.of("Forced begging of children", "Forced criminality (drug couriers)"),
        weights("sex_industry", 5.0, "agriculture", 5.0, "cattle_breeding", 1.0, "construction", 4.0,
            "producing_and_packaging", 1.0, "oil_extraction", 0.2, "service_sector", 3.0, "private_homes", 2.5,
            "on_the_streets", 2.0, "other_specify", 0.5),
        List.of("Fishing and fish processing", "Car washes"),
        weights("growing", 4.5, "declining", 1.5, "neither_growing_nor_declining", 3.0),
        Map.of("growing", List.of(
                "Unemployment in the eastern provinces pushes young people to accept job offers abroad without "
                    + "checking them.",
                "Recruitment has moved online; offers of work abroad on social media reach people the campaigns "
                    + "do not reach.",
                "More people leave for seasonal work, and informal intermediaries charge fees that turn into debts.",
                "Identification has improved a little, so more cases come to light, but I think the problem itself "
                    + "is growing too.",
                "Rising prices make families in rural areas more willing to send their children to work in the city.",
                "Construction sites near the capital employ migrant workers through subcontractors that nobody "
                    + "checks."),
            "declining", List.of(
                "Police controls of bars in the port city have reduced visible sexual exploitation.",
                "Visa-free travel to neighbouring countries means fewer people depend on smugglers.",
                "Awareness sessions in schools have made young women more careful about job offers abroad."),
            "neither_growing_nor_declining", List.of(
                "The number of identified victims is stable, but it reflects police activity more than the real "
                    + "situation.",
                "Some forms decline while labour exploitation increases, so overall it is hard to say.",
                "Without reliable data nobody can say whether trafficking is growing or declining.",
                "Cases are few and the same patterns repeat every year.")),
        tendencies2024(),
        weights("A", 5.0, "B", 7.0, "C", 2.0, "D", 1.0, "E", 4.0, "F", 1.0, "G", 3.0, "H", 2.0, "I", 2.0,
            "J", 4.0, "K", 1.0, "L", 3.0, "M", 2.0, "N", 5.0, "O", 1.0, "P", 1.0, "Q", 0.6),
        List.of("Sustainable State funding for NGO shelters", "Protection of victims who testify in court"),
        Map.of(
            "A", List.of(
                "Identification depends on the police; labour inspectors, social workers and NGOs should be able "
                    + "to refer people formally.",
                "The indicators are about sexual exploitation; we need indicators for labour exploitation and "
                    + "for children."),
            "B", List.of(
                "Victims leave the shelter after a few weeks with nowhere to go; reintegration support and "
                    + "long-term housing are missing.",
                "Men and foreign victims have almost nowhere to go; the range of services has to grow first.",
                "Legal aid and psychological support outside the capital exist only when a donor project pays "
                    + "for them."),
            "E", List.of("Shelter staff change often and have no supervision; the standards exist on paper only."),
            "J", List.of("Young people in rural areas still do not know the hotline; messages should reach them "
                + "online and in schools."),
            "L", List.of("We do not know how many victims there are or where; police, prosecution and service "
                + "data should be brought together."),
            "N", List.of(
                "NGOs do most of the assistance but are not at the table when cases are discussed.",
                "Cooperation works when people know each other; it should not depend on personal contacts."),
            "G", List.of("Investigations rely on the victim's statement; financial investigations and a specialised "
                + "unit in each region would reduce that burden."),
            "H", List.of("Prosecutors requalify trafficking as pimping because it is easier to prove, and "
                + "sentences stay low.")),
        List.of(
            "Thank you for including NGOs in this assessment.",
            "The survey should also be available in the minority languages of the eastern provinces.",
            "Some questions were hard to answer from a court's point of view; a \"don't know\" option would help.",
            "The results should be discussed in the regions too, not only in the capital."),
        0.05);
  }

  /**
   * The 2028 sample: 36 rows. NGO shelters now receive State grants, a child protocol is in use
   * and returns to Brasca are assisted, so grid 4 and the child and tool statements of grid 3 move
   * up; the hotline was cut, the National Coordinator's post is vacant and training stopped, so the
   * awareness, coordination and training statements move down.
   */
  static Plan plan2028() {
    Map<String, Double> tendencies = new LinkedHashMap<>(tendencies2024());
    Map<String, Double> change = weights(
        "3.1.5", 0.2, "3.2.4", 0.15, "3.2.5", 0.2, "3.1.7", 0.1,
        "4.1.2", 0.15, "4.1.4", 0.15, "4.1.6", 0.1, "4.1.9", 0.1, "4.2.1", 0.2, "4.2.3", 0.2, "4.2.5", 0.1,
        "5.1.4", -0.05, "5.1.6", -0.15, "5.1.9", -0.1,
        "6.1.3", -0.2, "6.1.5", 0.25, "6.1.7", 0.2,
        "7.1.3", 0.15, "7.2.1", -0.2, "7.2.5", 0.15, "7.3.1", -0.15, "7.3.2", 0.1);
    change.forEach((statement, delta) -> tendencies.merge(statement, delta, Double::sum));
    return new Plan(36, SEED_2028, positions(), List.of("Municipal social worker", "School counsellor"),
        weights("exploitation_in_prostitution", 4.0, "other_sexual_exploitation", 1.5,
            "forced_labour_or_services", 6.5, "slavery_or_servitude", 1.5, "removal_of_organs", 0.2,
            "forced_marriage", 1.2, "other_specify", 1.0),
        List.of("Forced criminality in online fraud", "Forced begging of children"),
        weights("sex_industry", 4.0, "agriculture", 5.0, "cattle_breeding", 1.0, "construction", 4.5,
            "producing_and_packaging", 1.0, "oil_extraction", 0.2, "service_sector", 3.5, "private_homes", 2.5,
            "on_the_streets", 1.5, "other_specify", 0.8),
        List.of("Online fraud call centres", "Fishing and fish processing"),
        weights("growing", 5.0, "declining", 1.5, "neither_growing_nor_declining", 2.5),
        Map.of("growing", List.of(
                "Recruiters now use messaging apps and fake agencies; people are exploited in online fraud abroad.",
                "Labour exploitation in construction and agriculture keeps growing with the seasonal migration.",
                "More victims are identified since labour inspectors can visit without notice, and the cases show "
                    + "how widespread it is.",
                "Without the hotline fewer people ask before they leave, so more fall into the traps.",
                "Prices went up again and families in the eastern provinces depend on work abroad."),
            "declining", List.of(
                "Sexual exploitation in the port city is less visible than a few years ago.",
                "The new agreement with Brasca makes it harder for agencies to place workers irregularly."),
            "neither_growing_nor_declining", List.of(
                "The numbers move with the inspections and the police priorities, not with the real situation.",
                "The new data system is too young to tell a trend.")),
        tendencies,
        weights("A", 3.0, "B", 3.0, "C", 2.0, "D", 1.0, "E", 4.0, "F", 1.0, "G", 4.0, "H", 2.0, "I", 2.0,
            "J", 6.0, "K", 2.0, "L", 2.0, "M", 6.0, "N", 3.0, "O", 1.0, "P", 1.0, "Q", 0.5),
        List.of("Appoint a National Coordinator with a budget of their own"),
        Map.of(
            "M", List.of(
                "Since the post of National Coordinator became vacant nobody convenes the ministries; decisions of "
                    + "the Commission are not followed up.",
                "Each ministry has its own plan and its own data; coordination must be restored at a senior "
                    + "level."),
            "J", List.of(
                "The hotline was the first contact for many victims; it must be restored and advertised online.",
                "Awareness work stopped when the campaign budget was cut; schools and social media should be "
                    + "used again."),
            "G", List.of("Investigators changed after the restructuring and the new ones have not been trained; "
                + "financial investigations are almost never used."),
            "E", List.of("The new grants keep the NGO shelters open, but quality differs a lot between them."),
            "B", List.of("Reintegration is still the weakest link: vocational training and housing after the "
                + "shelter are missing.")),
        List.of(
            "The questions on cooperation should distinguish between the capital and the regions.",
            "It would help to see the results of the 2024 assessment next to this one."),
        0.06);
  }

  /** The positions of the respondents: the institutions Valdoria's survey was sent to. */
  private static Map<String, Double> positions() {
    return weights("law_enforcement_government_official", 1.0, "law_enforcement_police", 5.0,
        "law_enforcement_border_guard", 2.0, "law_enforcement_state_migration_service", 2.0,
        "justice_system_judge", 1.0, "justice_system_prosecutor", 3.0, "justice_system_other", 1.0,
        "government_official_trafficking_victim_support", 3.0,
        "government_official_social_protection_health_care", 3.0, "government_official_labour_inspector", 2.0,
        "government_official_other", 1.0, "ngo_victim_support_worker", 6.0, "ngo_other_local_ngo", 5.0,
        "ngo_other_international_ngo", 2.0, "igo_international_development_agency", 1.0,
        "other_independent_expert", 1.0, "other_academic", 2.0, "other_specify", 3.0);
  }

  /** The 2024 tendency of every grid statement: 1 all positive, 0 all negative. */
  private static Map<String, Double> tendencies2024() {
    return weights(
        // 3.1 identification and referral mechanisms (adequacy)
        "3.1.1", 0.6, "3.1.2", 0.3, "3.1.3", 0.55, "3.1.4", 0.45, "3.1.5", 0.4, "3.1.6", 0.35, "3.1.7", 0.5,
        // 3.2 identification and referral in practice (frequency)
        "3.2.1", 0.45, "3.2.2", 0.55, "3.2.3", 0.6, "3.2.4", 0.25, "3.2.5", 0.35, "3.2.6", 0.25,
        // 4.1 protection and assistance services (adequacy)
        "4.1.1", 0.45, "4.1.2", 0.15, "4.1.3", 0.4, "4.1.4", 0.3, "4.1.5", 0.25, "4.1.6", 0.25, "4.1.7", 0.2,
        "4.1.8", 0.2, "4.1.9", 0.3, "4.1.10", 0.15,
        // 4.2 equal access to services (agreement)
        "4.2.1", 0.2, "4.2.2", 0.25, "4.2.3", 0.15, "4.2.4", 0.3, "4.2.5", 0.25,
        // 5.1 investigation and prosecution (agreement)
        "5.1.1", 0.8, "5.1.2", 0.7, "5.1.3", 0.65, "5.1.4", 0.4, "5.1.5", 0.45, "5.1.6", 0.4, "5.1.7", 0.3,
        "5.1.8", 0.4, "5.1.9", 0.35, "5.1.10", 0.45,
        // 6.1 prevention (agreement)
        "6.1.1", 0.45, "6.1.2", 0.35, "6.1.3", 0.65, "6.1.4", 0.45, "6.1.5", 0.2, "6.1.6", 0.5, "6.1.7", 0.2,
        "6.1.8", 0.3,
        // 7.1 cooperation (agreement), 7.2 its frequency, 7.3 its ease
        "7.1.1", 0.6, "7.1.2", 0.45, "7.1.3", 0.4, "7.1.4", 0.35,
        "7.2.1", 0.6, "7.2.2", 0.55, "7.2.3", 0.65, "7.2.4", 0.35, "7.2.5", 0.35, "7.2.6", 0.45,
        "7.3.1", 0.6, "7.3.2", 0.35, "7.3.3", 0.3, "7.3.4", 0.5, "7.3.5", 0.3, "7.3.6", 0.25);
  }

  /** An ordered map from alternating keys and weights. */
  private static Map<String, Double> weights(Object... keysAndWeights) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < keysAndWeights.length; i += 2) {
      weights.put((String) keysAndWeights[i], (Double) keysAndWeights[i + 1]);
    }
    return weights;
  }

  /** Short texts that several respondents may give, handed out in turn. */
  private static final class Cycle {
    private final List<String> texts;
    private int next;

    Cycle(List<String> texts) {
      this.texts = texts;
    }

    String next() {
      return texts.get(next++ % texts.size());
    }
  }

  /** The hand-written texts of one round, each long text given at most once. */
  private static final class Texts {
    final Cycle positionOthers;
    final Cycle formOthers;
    final Cycle sectorOthers;
    final Cycle priorityOthers;
    final Map<String, Deque<String>> trendReasons = new LinkedHashMap<>();
    final Map<String, Deque<String>> priorityReasons = new LinkedHashMap<>();
    final Deque<String> comments;

    Texts(Plan plan) {
      positionOthers = new Cycle(plan.positionOthers());
      formOthers = new Cycle(plan.formOthers());
      sectorOthers = new Cycle(plan.sectorOthers());
      priorityOthers = new Cycle(plan.priorityOthers());
      plan.trendReasons().forEach((k, v) -> trendReasons.put(k, new ArrayDeque<>(v)));
      plan.priorityReasons().forEach((k, v) -> priorityReasons.put(k, new ArrayDeque<>(v)));
      comments = new ArrayDeque<>(plan.comments());
    }

    Optional<String> trendReason(String trend) {
      return Optional.ofNullable(trendReasons.getOrDefault(trend, new ArrayDeque<>()).poll());
    }

    Optional<String> priorityReason(String priority) {
      return Optional.ofNullable(priorityReasons.getOrDefault(priority, new ArrayDeque<>()).poll());
    }
  }
}
