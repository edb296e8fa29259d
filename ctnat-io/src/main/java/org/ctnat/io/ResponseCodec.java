package org.ctnat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.ImmutableWorkshopResult;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;
import org.ctnat.core.response.PersonalData;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.WorkshopResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Explicit mapping between the collected data — {@link SurveyResponse}, {@link InterviewRecord},
 * {@link WorkshopResult} — and their file formats ({@code docs/formats.md}). Package-private;
 * stateless.
 *
 * <p>An answer is an object with exactly one kind member — {@code choice}, {@code selection},
 * {@code ranking}, {@code point} or {@code text} — and, beside a choice, selection or ranking,
 * an optional {@code other} text. Answers are kept as given: codes the item does not have, a
 * fourth choice in a "choose three", a duplicate rank are data for validation, not read errors.
 */
final class ResponseCodec {

  static final String SURVEY_RESPONSE = "surveyResponse";
  static final String INTERVIEW_RECORD = "interviewRecord";
  static final String WORKSHOP_RESULT = "workshopResult";

  private static final String CHOICE = "choice";
  private static final String SELECTION = "selection";
  private static final String RANKING = "ranking";
  private static final String POINT = "point";
  private static final String TEXT = "text";
  private static final String OTHER = "other";
  private static final List<String> ANSWER_KINDS = List.of(CHOICE, SELECTION, RANKING, POINT, TEXT);

  private ResponseCodec() {}

  /** The instrument a response or record answers: its id and version, as written in files. */
  record InstrumentRef(InstrumentId id, String version) {

    static InstrumentRef of(SurveyResponse response) {
      return new InstrumentRef(response.instrumentId(), response.instrumentVersion());
    }

    static InstrumentRef of(InterviewRecord record) {
      return new InstrumentRef(record.instrumentId(), record.instrumentVersion());
    }

    @Override
    public String toString() {
      return id + " " + version;
    }
  }

  /**
   * Parses an envelope document and reads its payload with {@code reader}; every problem is a
   * located {@link CtnatReadException}.
   */
  static <T> T readDocument(byte[] bytes, String source, DocumentFormat format, String kind,
      Function<Node, T> reader, DocumentLimits limits) {
    return Documents.parseEnvelope(bytes, source, format, kind, limits).build(reader);
  }

  /** Writes a tree as a document in the format, ending in a newline. */
  static String write(JsonNode tree, DocumentFormat format) {
    return Documents.write(tree, format);
  }

  /**
   * The text of a classpath resource of this module, such as a JSON Schema. Read from here, so
   * that callers in other modules need not open the package.
   */
  static String resource(String name) {
    try (InputStream in = ResponseCodec.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the ctnat-io jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Writes a document to a stream (which is not closed), in UTF-8. */
  static void writeTo(String document, OutputStream out) {
    try {
      out.write(document.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document to a file, created or replaced, in UTF-8. */
  static void writeTo(String document, Path file) {
    try {
      Files.writeString(file, document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- survey responses

  /**
   * Reads a survey response; {@code enclosing} is the instrument of the enclosing assessment or
   * JSON-lines header, which a response may leave out.
   */
  static SurveyResponse readResponse(Node n, Optional<InstrumentRef> enclosing) {
    n.allowOnly("instrument", "respondent", "answers");
    InstrumentRef instrument = instrument(n, enclosing);
    Respondent respondent = n.required("respondent").build(ResponseCodec::respondent);
    Map<ItemId, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Node> member : n.members("answers")) {
      Node answer = member.getValue();
      ItemId item = answer.build(a -> ItemId.of(member.getKey()));
      answers.put(item, answer.build(ResponseCodec::answer));
    }
    return n.build(x -> SurveyResponse.builder().instrumentId(instrument.id())
        .instrumentVersion(instrument.version()).respondent(respondent).answers(answers).build());
  }

  private static InstrumentRef instrument(Node n, Optional<InstrumentRef> enclosing) {
    Optional<Node> given = n.optional("instrument");
    if (given.isEmpty()) {
      return enclosing.orElseThrow(() -> n.problem("missing required member 'instrument'"));
    }
    return given.get().build(ResponseCodec::instrumentRef);
  }

  static InstrumentRef instrumentRef(Node n) {
    n.allowOnly("id", "version");
    InstrumentId id = n.required("id").build(i -> InstrumentId.of(i.string()));
    String version = n.required("version").string();
    if (version.isBlank()) {
      throw n.required("version").problem("the instrument version must not be blank");
    }
    return new InstrumentRef(id, version);
  }

  private static Respondent respondent(Node n) {
    n.allowOnly("id", "profile", "personalData");
    RespondentId id = n.required("id").build(i -> RespondentId.of(i.string()));
    Map<ProfileAttribute, String> profile = new LinkedHashMap<>();
    for (Map.Entry<String, Node> member : n.members("profile")) {
      profile.put(member.getValue().build(v -> attribute(member.getKey())), member.getValue().string());
    }
    Optional<PersonalData> personal = n.optional("personalData").map(p -> {
      p.allowOnly("name", "contact");
      return PersonalData.of(p.optionalString("name").orElse(null), p.optionalString("contact").orElse(null));
    });
    return Respondent.builder().id(id).profile(profile).personalData(personal).build();
  }

  /** The profile attribute with exactly this key (files are case-sensitive). */
  private static ProfileAttribute attribute(String key) {
    for (ProfileAttribute attribute : ProfileAttribute.values()) {
      if (attribute.key().equals(key)) {
        return attribute;
      }
    }
    throw new IllegalArgumentException("unknown profile attribute '" + key + "'; expected one of country, "
        + "position, yearsInOrganisation, yearsOnCounterTrafficking, ageBand, gender");
  }

  private static Answer answer(Node n) {
    n.expectObject();
    String kind = null;
    Node value = null;
    Optional<Node> other = Optional.empty();
    for (Map.Entry<String, Node> member : n.members()) {
      String name = member.getKey();
      if (ANSWER_KINDS.contains(name)) {
        if (kind != null) {
          throw member.getValue().problem("an answer has exactly one kind, but this one has both '" + kind
              + "' and '" + name + "'");
        }
        kind = name;
        value = member.getValue();
      } else if (OTHER.equals(name)) {
        other = Optional.of(member.getValue());
      } else {
        throw member.getValue().problem("unknown answer kind '" + name + "'; an answer is one of {choice: code}, "
            + "{selection: [codes]}, {ranking: {code: rank}}, {point: code} or {text: \"...\"}, "
            + "with an optional 'other' text beside a choice, selection or ranking");
      }
    }
    if (kind == null) {
      throw n.problem("an answer needs its kind: one of choice, selection, ranking, point or text");
    }
    if (other.isPresent() && (POINT.equals(kind) || TEXT.equals(kind))) {
      throw other.get().problem("'other' goes with a choice, selection or ranking, not with a " + kind);
    }
    Optional<String> otherText = other.map(Node::string);
    Node v = value;
    switch (kind) {
      case CHOICE:
        return new ChoiceAnswer(v.string(), otherText);
      case SELECTION:
        return new SelectionAnswer(v.list().stream().map(Node::string).toList(), otherText);
      case RANKING: {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Map.Entry<String, Node> rank : v.members()) {
          ranks.put(rank.getKey(), rank.getValue().integer());
        }
        return new RankingAnswer(ranks, otherText);
      }
      case POINT:
        return PointAnswer.of(v.string());
      default:
        return TextAnswer.of(v.string());
    }
  }

  /** Writes a survey response; the instrument is left out when it is the enclosing one. */
  static ObjectNode writeResponse(SurveyResponse response, Optional<InstrumentRef> enclosing, WriteOptions options) {
    ObjectNode o = Documents.newObject();
    InstrumentRef instrument = InstrumentRef.of(response);
    if (enclosing.filter(instrument::equals).isEmpty()) {
      o.set("instrument", instrumentRef(instrument));
    }
    Respondent respondent = response.respondent();
    ObjectNode r = o.putObject("respondent");
    r.put("id", respondent.id().value());
    ObjectNode profile = r.putObject("profile");
    respondent.profile().forEach((attribute, code) -> profile.put(attribute.key(), code));
    if (options.personalData() && respondent.personalData().isPresent()) {
      PersonalData personal = respondent.personalData().get();
      ObjectNode p = r.putObject("personalData");
      personal.name().ifPresent(name -> p.put("name", name));
      personal.contact().ifPresent(contact -> p.put("contact", contact));
    }
    ObjectNode answers = o.putObject("answers");
    response.answers().forEach((item, answer) -> answers.set(item.value(), answer(answer)));
    return o;
  }

  static ObjectNode instrumentRef(InstrumentRef instrument) {
    ObjectNode i = Documents.newObject();
    i.put("id", instrument.id().value());
    i.put("version", instrument.version());
    return i;
  }

  private static ObjectNode answer(Answer answer) {
    ObjectNode a = Documents.newObject();
    Optional<String> other;
    if (answer instanceof ChoiceAnswer c) {
      a.put(CHOICE, c.code());
      other = c.otherText();
    } else if (answer instanceof SelectionAnswer s) {
      ArrayNode codes = a.putArray(SELECTION);
      s.codes().forEach(codes::add);
      other = s.otherText();
    } else if (answer instanceof RankingAnswer k) {
      ObjectNode ranks = a.putObject(RANKING);
      k.ranks().forEach(ranks::put);
      other = k.otherText();
    } else if (answer instanceof PointAnswer p) {
      a.put(POINT, p.code());
      other = Optional.empty();
    } else {
      a.put(TEXT, ((TextAnswer) answer).text());
      other = Optional.empty();
    }
    other.ifPresent(text -> a.put(OTHER, text));
    return a;
  }

  // ---------------------------------------------------------------- interview records

  /** Reads an interview record; {@code enclosing} is the assessment's instrument, if any. */
  static InterviewRecord readInterview(Node n, Optional<InstrumentRef> enclosing) {
    n.allowOnly("id", "instrument", "metadata", "personalData", "participants", "sectionsCovered", "notes",
        "themes");
    RespondentId id = n.required("id").build(i -> RespondentId.of(i.string()));
    InstrumentRef instrument = instrument(n, enclosing);
    Map<String, String> metadata = strings(n.members("metadata"));
    Map<String, String> personal = strings(n.members("personalData"));
    Participants participants = n.required("participants").build(p -> {
      p.allowOnly("female", "male", "unspecified");
      return new Participants(p.required("female").integer(), p.required("male").integer(),
          p.optional("unspecified").map(Node::integer).orElse(0));
    });
    List<SectionId> sections = n.each("sectionsCovered", s -> SectionId.of(s.string()));
    Map<InterviewQuestionId, String> notes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> note : n.members("notes")) {
      notes.put(note.getValue().build(v -> InterviewQuestionId.of(note.getKey())), note.getValue().string());
    }
    Map<InterviewQuestionId, List<String>> themes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> theme : n.members("themes")) {
      Node codes = theme.getValue();
      themes.put(codes.build(v -> InterviewQuestionId.of(theme.getKey())),
          codes.list().stream().map(Node::string).toList());
    }
    return n.build(x -> InterviewRecord.builder().id(id).instrumentId(instrument.id())
        .instrumentVersion(instrument.version()).metadata(metadata).personalData(personal)
        .participants(participants).sectionsCovered(sections).notes(notes).themes(themes).build());
  }

  private static Map<String, String> strings(List<Map.Entry<String, Node>> members) {
    Map<String, String> values = new LinkedHashMap<>();
    members.forEach(m -> values.put(m.getKey(), m.getValue().string()));
    return values;
  }

  /** Writes an interview record; the instrument is left out when it is the enclosing one. */
  static ObjectNode writeInterview(InterviewRecord record, Optional<InstrumentRef> enclosing, WriteOptions options) {
    ObjectNode o = Documents.newObject();
    o.put("id", record.id().value());
    InstrumentRef instrument = InstrumentRef.of(record);
    if (enclosing.filter(instrument::equals).isEmpty()) {
      o.set("instrument", instrumentRef(instrument));
    }
    ObjectNode metadata = o.putObject("metadata");
    record.metadata().forEach(metadata::put);
    if (options.personalData() && !record.personalData().isEmpty()) {
      ObjectNode personal = o.putObject("personalData");
      record.personalData().forEach(personal::put);
    }
    ObjectNode participants = o.putObject("participants");
    participants.put("female", record.participants().female());
    participants.put("male", record.participants().male());
    participants.put("unspecified", record.participants().unspecified());
    ArrayNode sections = o.putArray("sectionsCovered");
    record.sectionsCovered().forEach(s -> sections.add(s.value()));
    ObjectNode notes = o.putObject("notes");
    record.notes().forEach((question, note) -> notes.put(question.value(), note));
    ObjectNode themes = o.putObject("themes");
    record.themes().forEach((question, codes) -> {
      ArrayNode array = themes.putArray(question.value());
      codes.forEach(array::add);
    });
    return o;
  }

  // ---------------------------------------------------------------- workshop results

  static WorkshopResult readWorkshop(Node n) {
    n.allowOnly("group", "priorities", "ranked");
    RespondentId group = n.required("group").build(g -> RespondentId.of(g.string()));
    List<String> priorities = n.each("priorities", Node::string);
    boolean ranked = n.flag("ranked");
    return n.build(x -> ImmutableWorkshopResult.builder().group(group).priorities(priorities).ranked(ranked)
        .build());
  }

  static ObjectNode writeWorkshop(WorkshopResult result) {
    ObjectNode o = Documents.newObject();
    o.put("group", result.group().value());
    ArrayNode priorities = o.putArray("priorities");
    result.priorities().forEach(priorities::add);
    o.put("ranked", result.ranked());
    return o;
  }
}
