package org.ctnat.io;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.assessment.AssessmentId;
import org.ctnat.core.assessment.AssessmentPeriod;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.assessment.SourceId;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.WorkshopResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Explicit mapping between {@link Assessment} and the assessment file format
 * ({@code docs/formats.md}). The survey responses, interview records and workshop results it
 * embeds are written as in their own documents ({@link ResponseCodec}), except that they leave
 * out the instrument when it is the assessment's. Package-private; stateless.
 */
final class AssessmentCodec {

  static final String KIND = "assessment";

  private static final String DOCUMENT = "document";
  private static final String SURVEY = "survey";
  private static final String INTERVIEW = "interview";

  private AssessmentCodec() {}

  // ---------------------------------------------------------------- reading

  static Assessment read(Node n, int maxResponses) {
    n.allowOnly("id", "country", "period", "instrument", "sources", "surveyResponses", "interviews",
        "workshopResults", "judgements", "recommendations");
    AssessmentId id = n.required("id").build(i -> AssessmentId.of(i.string()));
    String country = n.required("country").string();
    AssessmentPeriod period = n.required("period").build(AssessmentCodec::period);
    ResponseCodec.InstrumentRef instrument = n.required("instrument").build(ResponseCodec::instrumentRef);
    Optional<ResponseCodec.InstrumentRef> enclosing = Optional.of(instrument);
    List<Source> sources = n.each("sources", AssessmentCodec::source);
    int responses = n.optionalList("surveyResponses").size();
    if (responses > maxResponses) {
      throw n.required("surveyResponses").problem("an assessment may hold at most " + maxResponses
          + " survey responses, but this one holds " + responses + " (the limit can be raised with "
          + "SurveyResponses.Limits)");
    }
    List<SurveyResponse> surveyResponses = n.each("surveyResponses",
        r -> ResponseCodec.readResponse(r, enclosing));
    List<InterviewRecord> interviews = n.each("interviews", r -> ResponseCodec.readInterview(r, enclosing));
    List<WorkshopResult> workshops = n.each("workshopResults", ResponseCodec::readWorkshop);
    List<IndicatorJudgement> judgements = n.each("judgements", AssessmentCodec::judgement);
    List<Recommendation> recommendations = n.each("recommendations", AssessmentCodec::recommendation);
    return n.build(x -> Assessment.builder().id(id).country(country).period(period)
        .instrumentId(instrument.id()).instrumentVersion(instrument.version())
        .sources(sources).surveyResponses(surveyResponses).interviews(interviews).workshopResults(workshops)
        .judgements(judgements).recommendations(recommendations).build());
  }

  private static AssessmentPeriod period(Node n) {
    n.allowOnly("start", "end");
    YearMonth start = n.required("start").build(AssessmentCodec::month);
    YearMonth end = n.required("end").build(AssessmentCodec::month);
    return AssessmentPeriod.of(start, end);
  }

  private static YearMonth month(Node n) {
    String text = n.string();
    String problem = "expected a month written yyyy-mm, such as \"2016-03\", but found '" + text + "'";
    if (!text.matches("[0-9]{4}-[0-9]{2}")) {
      throw n.problem(problem);
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw n.problem(problem, e);
    }
  }

  private static Source source(Node n) {
    n.allowOnly("id", "title", "author", "year", "url");
    SourceId id = n.required("id").build(i -> SourceId.of(i.string()));
    String title = n.required("title").string();
    Optional<String> author = n.optionalString("author");
    Optional<Integer> year = n.optional("year").map(Node::integer);
    Optional<String> url = n.optionalString("url");
    var source = Source.builder().id(id).title(title).author(author).url(url);
    year.ifPresent(source::year);
    return source.build();
  }

  /** Reads one judgement, as in assessments and judgements documents. */
  static IndicatorJudgement judgement(Node n) {
    n.allowOnly("indicator", "status", "rationale", "assessor", "evidence");
    IndicatorId indicator = n.required("indicator").build(i -> IndicatorId.parse(i.string()));
    JudgementStatus status = n.required("status")
        .build(s -> Enums.parse(JudgementStatus.class, s.string(), "status"));
    String rationale = n.optionalString("rationale").orElse("");
    String assessor = n.required("assessor").string();
    List<EvidenceReference> evidence = n.each("evidence", AssessmentCodec::evidence);
    return IndicatorJudgement.builder().indicator(indicator).status(status).rationale(rationale)
        .assessor(assessor).evidence(evidence).build();
  }

  private static EvidenceReference evidence(Node n) {
    n.expectObject();
    boolean document = n.optional(DOCUMENT).isPresent();
    boolean survey = n.optional(SURVEY).isPresent();
    boolean interview = n.optional(INTERVIEW).isPresent();
    int kinds = (document ? 1 : 0) + (survey ? 1 : 0) + (interview ? 1 : 0);
    if (kinds != 1) {
      throw n.problem("a piece of evidence is exactly one of {document: source id, pages}, {survey: item id} "
          + "or {interview: question id, record}, but this one has " + (kinds == 0 ? "none" : kinds + " kinds"));
    }
    if (document) {
      n.allowOnly(DOCUMENT, "pages");
      SourceId source = n.required(DOCUMENT).build(s -> SourceId.of(s.string()));
      return new DocumentEvidence(source, n.optionalString("pages"));
    }
    if (survey) {
      n.allowOnly(SURVEY);
      return new SurveyEvidence(n.required(SURVEY).build(s -> ItemId.of(s.string())));
    }
    n.allowOnly(INTERVIEW, "record");
    InterviewQuestionId question = n.required(INTERVIEW).build(q -> InterviewQuestionId.of(q.string()));
    Optional<RespondentId> record = n.optional("record").map(r -> r.build(x -> RespondentId.of(x.string())));
    return new InterviewEvidence(question, record);
  }

  private static Recommendation recommendation(Node n) {
    n.allowOnly("area", "text", "criteria");
    AreaId area = n.required("area").build(a -> AreaId.of(a.string()));
    String text = n.required("text").string();
    List<CriterionId> criteria = n.each("criteria", c -> CriterionId.of(c.string()));
    return Recommendation.builder().area(area).text(text).criteria(criteria).build();
  }

  // ---------------------------------------------------------------- writing

  static ObjectNode write(Assessment assessment, WriteOptions options) {
    ObjectNode o = Documents.newObject();
    o.put("id", assessment.id().value());
    o.put("country", assessment.country());
    ObjectNode period = o.putObject("period");
    period.put("start", assessment.period().start().toString());
    period.put("end", assessment.period().end().toString());
    ResponseCodec.InstrumentRef instrument =
        new ResponseCodec.InstrumentRef(assessment.instrumentId(), assessment.instrumentVersion());
    Optional<ResponseCodec.InstrumentRef> enclosing = Optional.of(instrument);
    o.set("instrument", ResponseCodec.instrumentRef(instrument));
    ArrayNode sources = o.putArray("sources");
    for (Source source : assessment.sources()) {
      ObjectNode s = sources.addObject();
      s.put("id", source.id().value());
      s.put("title", source.title());
      source.author().ifPresent(a -> s.put("author", a));
      source.year().ifPresent(y -> s.put("year", y));
      source.url().ifPresent(u -> s.put("url", u));
    }
    ArrayNode responses = o.putArray("surveyResponses");
    assessment.surveyResponses().forEach(r -> responses.add(ResponseCodec.writeResponse(r, enclosing, options)));
    ArrayNode interviews = o.putArray("interviews");
    assessment.interviews().forEach(r -> interviews.add(ResponseCodec.writeInterview(r, enclosing, options)));
    ArrayNode workshops = o.putArray("workshopResults");
    assessment.workshopResults().forEach(r -> workshops.add(ResponseCodec.writeWorkshop(r)));
    ArrayNode judgements = o.putArray("judgements");
    assessment.judgements().forEach(j -> judgements.add(judgement(j)));
    ArrayNode recommendations = o.putArray("recommendations");
    for (Recommendation recommendation : assessment.recommendations()) {
      ObjectNode r = recommendations.addObject();
      r.put("area", recommendation.area().value());
      r.put("text", recommendation.text());
      ArrayNode criteria = r.putArray("criteria");
      recommendation.criteria().forEach(c -> criteria.add(c.value()));
    }
    return o;
  }

  /** Writes one judgement, as in assessments and judgements documents. */
  static ObjectNode judgement(IndicatorJudgement judgement) {
    ObjectNode j = Documents.newObject();
    j.put("indicator", judgement.indicator().toString());
    j.put("status", Enums.write(judgement.status()));
    j.put("rationale", judgement.rationale());
    j.put("assessor", judgement.assessor());
    ArrayNode evidence = j.putArray("evidence");
    judgement.evidence().forEach(e -> evidence.add(evidence(e)));
    return j;
  }

  private static ObjectNode evidence(EvidenceReference reference) {
    ObjectNode e = Documents.newObject();
    if (reference instanceof DocumentEvidence d) {
      e.put(DOCUMENT, d.source().value());
      d.pages().ifPresent(p -> e.put("pages", p));
    } else if (reference instanceof SurveyEvidence s) {
      e.put(SURVEY, s.item().value());
    } else {
      InterviewEvidence i = (InterviewEvidence) reference;
      e.put(INTERVIEW, i.question().value());
      i.interview().ifPresent(r -> e.put("record", r.value()));
    }
    return e;
  }
}
