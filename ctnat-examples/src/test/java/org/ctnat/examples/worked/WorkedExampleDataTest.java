package org.ctnat.examples.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentValidation;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Indicator;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the two rounds hold, and that they hold it the way the method asks: complete, valid,
 * pseudonymous, and with every judgement's evidence pointing at something the round has.
 */
class WorkedExampleDataTest {

  private static final Instrument CTNAT = WorkedExample.instrument();
  private static final Assessment R2024 = WorkedExample.load2024();
  private static final Assessment R2028 = WorkedExample.load2028();

  private static Assessment round(int year) {
    return year == 2024 ? R2024 : R2028;
  }

  @Test
  void round2024HoldsEveryKindOfEvidence() {
    assertEquals("VLD-2024", R2024.id().value());
    assertEquals("Valdoria", R2024.country());
    assertEquals(17, R2024.sources().size());
    assertEquals(42, R2024.surveyResponses().size());
    assertEquals(12, R2024.interviews().size());
    assertEquals(2, R2024.workshopResults().size());
    assertEquals(100, R2024.judgements().size());
    assertEquals(CTNAT.framework().indicators().stream().map(Indicator::id).toList(),
        R2024.judgements().stream().map(IndicatorJudgement::indicator).toList());
  }

  @Test
  void round2028IsANewSampleOfTheSameCountry() {
    assertEquals("VLD-2028", R2028.id().value());
    assertEquals(R2024.country(), R2028.country());
    assertTrue(R2028.period().start().isAfter(R2024.period().end()));
    assertEquals(36, R2028.surveyResponses().size());
    assertEquals(7, R2028.interviews().size());
    assertEquals(2, R2028.workshopResults().size());
    assertEquals(100, R2028.judgements().size());
    assertTrue(R2028.sources().containsAll(R2024.sources()), "2028 keeps the 2024 desk review");
    assertEquals(25, R2028.sources().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void theAssessmentHasNoViolations(int year) {
    assertEquals("valid", AssessmentValidation.validate(CTNAT, round(year)).toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void everyAreaHasTwoOrThreeRecommendationsNamingItsCriteria(int year) {
    for (ThematicArea area : CTNAT.framework().areas()) {
      List<Recommendation> recommendations = round(year).recommendations().stream()
          .filter(r -> r.area().equals(area.id())).toList();
      assertTrue(recommendations.size() >= 2 && recommendations.size() <= 3,
          year + " area " + area.id() + ": " + recommendations.size() + " recommendations");
      recommendations.forEach(r -> assertFalse(r.criteria().isEmpty(), year + ": " + r));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void everyRecommendationAddressesACriterionWithAGap(int year) {
    Assessment assessment = round(year);
    for (Recommendation recommendation : assessment.recommendations()) {
      boolean gap = recommendation.criteria().stream()
          .flatMap(c -> CTNAT.framework().criterion(c).orElseThrow().indicators().stream())
          .anyMatch(i -> assessment.judgement(i.id()).filter(j -> j.status().isMet()).isEmpty());
      assertTrue(gap, year + ": every criterion of \"" + recommendation + "\" is fully met");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void everyInterviewCoversTheAlwaysSectionsAndTwoOrThreeElectives(int year) {
    Set<SectionId> always = CTNAT.interviewGuide().sections(SectionRule.ALWAYS).stream().map(InterviewSection::id)
        .collect(Collectors.toSet());
    Set<SectionId> electives = CTNAT.interviewGuide().sections(SectionRule.ELECTIVE).stream()
        .map(InterviewSection::id).collect(Collectors.toSet());
    Set<SectionId> electivesCovered = new HashSet<>();
    for (InterviewRecord record : round(year).interviews()) {
      assertTrue(record.sectionsCovered().containsAll(always), record.toString());
      List<SectionId> chosen = record.sectionsCovered().stream().filter(electives::contains).toList();
      assertTrue(chosen.size() == 2 || chosen.size() == 3, record.toString());
      electivesCovered.addAll(chosen);
      assertFalse(record.notes().isEmpty(), record.toString());
      assertFalse(record.themes().isEmpty(), record.toString());
    }
    assertEquals(electives, electivesCovered, year + ": every elective section is asked by someone");
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void evidenceFromOneInterviewCitesAQuestionItsNotesAnswer(int year) {
    Assessment assessment = round(year);
    for (IndicatorJudgement judgement : assessment.judgements()) {
      for (EvidenceReference evidence : judgement.evidence()) {
        if (evidence instanceof InterviewEvidence cited && cited.interview().isPresent()) {
          InterviewRecord record = assessment.interview(cited.interview().get()).orElseThrow();
          assertTrue(record.notes().containsKey(cited.question()),
              year + " " + judgement.indicator() + " cites " + cited + ", but its notes do not answer "
                  + cited.question());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void evidenceFromTheInterviewsInGeneralCitesAQuestionSomeoneWasAsked(int year) {
    Assessment assessment = round(year);
    for (IndicatorJudgement judgement : assessment.judgements()) {
      for (EvidenceReference evidence : judgement.evidence()) {
        if (evidence instanceof InterviewEvidence cited && cited.interview().isEmpty()) {
          SectionId section = CTNAT.interviewGuide().sections().stream()
              .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(cited.question())))
              .findFirst().orElseThrow().id();
          assertTrue(assessment.interviews().stream().anyMatch(r -> r.sectionsCovered().contains(section)),
              year + " " + judgement.indicator() + " cites " + cited + ", but no interview covered section "
                  + section);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void everyJudgementGivesARationaleAndEvidence(int year) {
    for (IndicatorJudgement judgement : round(year).judgements()) {
      assertFalse(judgement.rationale().isBlank(), judgement.toString());
      assertFalse(judgement.evidence().isEmpty(), judgement.toString());
    }
  }

  @Test
  void everySourceIsCitedInTheRoundThatListsIt() {
    for (Assessment assessment : List.of(R2024, R2028)) {
      Set<String> cited = assessment.judgements().stream().flatMap(j -> j.evidence().stream())
          .filter(e -> e instanceof DocumentEvidence).map(e -> ((DocumentEvidence) e).source().value())
          .collect(Collectors.toSet());
      List<String> uncited = assessment.sources().stream().map(s -> s.id().value()).filter(id -> !cited.contains(id))
          .toList();
      assertEquals(List.of(), uncited, assessment.id() + ": sources no judgement cites");
    }
  }

  @Test
  void carriedOverJudgementsKeepTheir2024StatusAndChangedOnesAreWrittenAnew() {
    for (IndicatorJudgement after : R2028.judgements()) {
      IndicatorJudgement before = R2024.judgement(after.indicator()).orElseThrow();
      if (after.rationale().startsWith(ValdoriaJudgements.UNCHANGED)) {
        assertEquals(before.status(), after.status(), after.toString());
        assertEquals(ValdoriaJudgements.UNCHANGED + before.rationale(), after.rationale());
      } else {
        assertFalse(after.rationale().equals(before.rationale()), after.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void workshopGroupsEachRankThreePriorities(int year) {
    for (WorkshopResult group : round(year).workshopResults()) {
      assertTrue(group.ranked(), group.toString());
      assertEquals(3, Set.copyOf(group.priorities()).size(), group.toString());
    }
  }

  // ---------------------------------------------------------------- privacy

  private static final Pattern SURVEY_ID = Pattern.compile("VLDsur[1-9][0-9]*");
  private static final Pattern INTERVIEW_ID = Pattern.compile("VLDint[1-9][0-9]*");
  private static final Pattern GROUP_ID = Pattern.compile("VLDws-group[1-9]");
  private static final Pattern ASSESSOR = Pattern.compile("A[1-9]");

  @ParameterizedTest
  @ValueSource(ints = {2024, 2028})
  void noRespondentHasPersonalDataAndEveryIdIsPseudonymous(int year) {
    Assessment assessment = round(year);
    for (SurveyResponse response : assessment.surveyResponses()) {
      assertTrue(SURVEY_ID.matcher(response.respondent().id().value()).matches(), response.respondent().toString());
      assertTrue(response.respondent().personalData().isEmpty(), response.respondent().toString());
      assertTrue(response.respondent().profile().isEmpty(), "the profile comes from the answers only");
    }
    for (InterviewRecord record : assessment.interviews()) {
      assertTrue(INTERVIEW_ID.matcher(record.id().value()).matches(), record.toString());
      assertTrue(record.personalData().isEmpty(), record.toString());
      assertTrue(ASSESSOR.matcher(record.metadata().get("interviewer_name")).matches(),
          "the interviewer is recorded by code: " + record.metadata().get("interviewer_name"));
    }
    for (WorkshopResult group : assessment.workshopResults()) {
      assertTrue(GROUP_ID.matcher(group.group().value()).matches(), group.toString());
    }
    for (IndicatorJudgement judgement : assessment.judgements()) {
      assertTrue(ASSESSOR.matcher(judgement.assessor()).matches(), judgement.toString());
    }
  }

  @Test
  void noPersonalFieldOfTheGuideIsFilledIn() {
    List<String> personal = CTNAT.interviewGuide().metadataFields().stream().filter(MetadataField::personal)
        .map(MetadataField::id).toList();
    assertEquals(List.of("respondent_name"), personal);
    for (Assessment assessment : List.of(R2024, R2028)) {
      for (InterviewRecord record : assessment.interviews()) {
        personal.forEach(field -> assertFalse(record.metadata().containsKey(field), record.toString()));
      }
    }
    for (String file : List.of(WorkedExample.ROUND_2024, WorkedExample.ROUND_2028)) {
      String text = WorkedExample.resourceText(file);
      assertFalse(text.contains("personalData"), file);
      assertFalse(text.contains("respondent_name"), file);
    }
  }

  @Test
  void theDataNamesNoRealCountryOfTheStudyNorARealOrganisation() {
    List<String> real = List.of("Azerbaijan", "Georgia", "Armenia", "Baku", "IOM", "International Organization for "
        + "Migration", "United Nations", "UNODC", "OSCE", "GRETA", "ICMPD", "igo_iom", "igo_un_multilateral");
    for (String file : List.of(WorkedExample.ROUND_2024, WorkedExample.SURVEY_2024, WorkedExample.ROUND_2028)) {
      String text = WorkedExample.resourceText(file);
      for (String name : real) {
        assertFalse(Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text)
            .find(), file + " mentions " + name);
      }
    }
  }

  @Test
  void everyAreaIdInTheRecommendationsExists() {
    Set<AreaId> areas = CTNAT.framework().areas().stream().map(ThematicArea::id).collect(Collectors.toSet());
    for (Assessment assessment : List.of(R2024, R2028)) {
      assertEquals(areas, assessment.recommendations().stream().map(Recommendation::area).collect(Collectors.toSet()));
    }
  }

  @Test
  void undeterminedJudgementsSayWhyTheEvidenceFellShort() {
    List<IndicatorJudgement> undetermined = R2024.judgements().stream()
        .filter(j -> j.status() == JudgementStatus.UNDETERMINED).toList();
    assertEquals(8, undetermined.size());
    undetermined.forEach(j -> assertTrue(j.rationale().length() > 40, j.toString()));
  }
}
