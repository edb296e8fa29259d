package org.ctnat.core.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.internal.Checks;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;
import org.immutables.value.Value;

/**
 * One CT-NAT assessment of a country or region over a period: the instrument it was made with
 * (id and version), the evidence collected — desk-review sources, survey responses, interview
 * records, validation-workshop results — the assessors' judgements of the indicators, and the
 * recommendations written per thematic area.
 *
 * <p>Rules checked when built: the country and instrument version are not blank, source ids are
 * unique, and there is <em>at most one judgement per indicator</em> (an indicator left out is
 * unjudged; agreement between several assessors of the same evidence is measured on their separate
 * judgements, see {@code org.ctnat.core.analysis.Agreement}). Whether the data fits the instrument —
 * indicators, items, questions and sources that exist — is reported as values by {@link
 * AssessmentValidation}, never thrown. Judgements and the other lists keep the order given;
 * analyses list results in instrument order.
 *
 * <p>{@code toString()} prints a short summary.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /**
   * The assessment's id.
   *
   * @return the id, e.g. {@code AZE-2016}
   */
  public abstract AssessmentId id();

  /**
   * The country or region assessed.
   *
   * @return its name, e.g. {@code Azerbaijan}
   */
  public abstract String country();

  /**
   * The months the assessment covers.
   *
   * @return the period
   */
  public abstract AssessmentPeriod period();

  /**
   * The id of the instrument the assessment was made with.
   *
   * @return the instrument id
   */
  public abstract InstrumentId instrumentId();

  /**
   * The version of that instrument.
   *
   * @return the version, not blank
   */
  public abstract String instrumentVersion();

  /**
   * The desk-review documents, in the order of the reference list.
   *
   * @return the sources, with unique ids
   */
  public abstract List<Source> sources();

  /**
   * The electronic survey's responses.
   *
   * @return the responses
   */
  public abstract List<SurveyResponse> surveyResponses();

  /**
   * The records of the in-depth interviews.
   *
   * @return the interview records
   */
  public abstract List<InterviewRecord> interviews();

  /**
   * The priorities chosen by the groups of the validation workshop.
   *
   * @return the workshop results
   */
  public abstract List<WorkshopResult> workshopResults();

  /**
   * The judgements of the indicators, at most one per indicator, in the order given.
   *
   * @return the judgements
   */
  public abstract List<IndicatorJudgement> judgements();

  /**
   * The recommendations, in the order of the report.
   *
   * @return the recommendations
   */
  public abstract List<Recommendation> recommendations();

  /**
   * A builder for an assessment made with {@code instrument}, with the instrument's id and version
   * and the assessment id filled in.
   *
   * @param instrument the instrument used
   * @param id the assessment id, e.g. {@code "AZE-2016"}
   * @return a builder; country and period are still to be set
   */
  public static ImmutableAssessment.Builder of(Instrument instrument, String id) {
    return builder().id(AssessmentId.of(id)).instrumentId(instrument.id())
        .instrumentVersion(instrument.version());
  }

  /**
   * A builder for an assessment.
   *
   * @return a new builder
   */
  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }

  /**
   * The judgement of one indicator.
   *
   * @param indicator the indicator id
   * @return the judgement, or empty if the indicator is unjudged
   */
  public Optional<IndicatorJudgement> judgement(IndicatorId indicator) {
    return judgements().stream().filter(j -> j.indicator().equals(indicator)).findFirst();
  }

  /**
   * One desk-review source.
   *
   * @param id the source id
   * @return the source, or empty
   */
  public Optional<Source> source(SourceId id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * One interview record.
   *
   * @param id the interview code
   * @return the record, or empty
   */
  public Optional<InterviewRecord> interview(RespondentId id) {
    return interviews().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * A copy with other judgements (checked like a new assessment).
   *
   * @param judgements the judgements
   * @return the copy
   */
  public abstract Assessment withJudgements(Iterable<? extends IndicatorJudgement> judgements);

  /**
   * A copy with other recommendations.
   *
   * @param recommendations the recommendations
   * @return the copy
   */
  public abstract Assessment withRecommendations(Iterable<? extends Recommendation> recommendations);

  /**
   * A copy without the personal data of survey respondents and interviewees, for export and
   * analysis.
   *
   * @return the pseudonymous assessment
   */
  public Assessment withoutPersonalData() {
    return builder().from(this)
        .surveyResponses(surveyResponses().stream()
            .map(r -> r.respondent().personalData().isEmpty() ? r
                : SurveyResponse.builder().from(r).respondent(r.respondent().withoutPersonalData()).build())
            .toList())
        .interviews(interviews().stream().map(InterviewRecord::withoutPersonalData).toList())
        .build();
  }

  @Value.Check
  void check() {
    String where = "assessment " + id();
    Texts.oneLine(where + ": country", country());
    Texts.oneLine(where + ": instrument version", instrumentVersion());
    Checks.unique(where, "source id", sources(), Source::id);
    Set<IndicatorId> judged = new HashSet<>();
    for (IndicatorJudgement judgement : judgements()) {
      if (!judged.add(judgement.indicator())) {
        throw new IllegalArgumentException(where + ": at most one judgement per indicator is allowed, but "
            + judgement.indicator() + " is judged more than once");
      }
    }
  }

  @Override
  public String toString() {
    long met = judgements().stream().filter(j -> j.status() == JudgementStatus.MET).count();
    long notMet = judgements().stream().filter(j -> j.status() == JudgementStatus.NOT_MET).count();
    return String.format(Locale.ROOT, "Assessment %s: %s, %s (%s %s)%n"
            + "  %d sources, %d survey responses, %d interviews, %d workshop groups%n"
            + "  %d judgements (%d met, %d not met, %d undetermined), %d recommendations",
        id(), country(), period(), instrumentId(), instrumentVersion(),
        sources().size(), surveyResponses().size(), interviews().size(), workshopResults().size(),
        judgements().size(), met, notMet, judgements().size() - met - notMet, recommendations().size());
  }
}
