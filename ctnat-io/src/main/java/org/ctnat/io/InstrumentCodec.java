package org.ctnat.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Dimension;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.Level;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.framework.ThematicArea;
import org.ctnat.core.instrument.CriterionLink;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentId;
import org.ctnat.core.instrument.InstrumentNote;
import org.ctnat.core.instrument.InvalidInstrumentException;
import org.ctnat.core.instrument.PriorityOption;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestion;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MetadataField;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Polarity;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.questionbank.SectionRule;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.Survey;
import org.ctnat.core.questionbank.SurveySection;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Explicit mapping between {@link Instrument} and the instrument file format
 * ({@code docs/instrument-format.md}). Package-private; stateless.
 */
final class InstrumentCodec {

  static final String KIND = "instrument";

  private static final String PRIORITIES = "priorities";

  private InstrumentCodec() {}

  // ---------------------------------------------------------------- reading

  static Instrument read(Node n) {
    n.allowOnly("id", "version", "title", "defaultLanguage", "languages", "source", "notes",
        "framework", "scales", "survey", "priorities", "priorityQuestion", "interviewGuide", "links");
    List<PriorityOption> priorities = n.each("priorities", InstrumentCodec::priority);
    Optional<ItemId> priorityQuestion = n.optionalString("priorityQuestion").map(ItemId::of);
    try {
      return build(n, priorities, priorityQuestion);
    } catch (InvalidInstrumentException e) {
      Node at = e.findings().isEmpty() ? n : locate(n, e.findings().get(0).element());
      throw at.problem(e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw n.problem(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  private static Instrument build(Node n, List<PriorityOption> priorities, Optional<ItemId> priorityQuestion) {
    Node id = n.required("id");
    String defaultLanguage = n.optionalString("defaultLanguage").orElse(LocalizedText.ENGLISH);
    List<String> languages = n.optional("languages").isPresent()
        ? n.each("languages", Node::string) : List.of(defaultLanguage);
    return Instrument.builder()
        .id(id.build(i -> InstrumentId.of(i.string())))
        .version(n.required("version").string())
        .title(n.required("title").text())
        .defaultLanguage(defaultLanguage)
        .languages(languages)
        .source(n.optionalString("source"))
        .notes(n.each("notes", InstrumentCodec::note))
        .framework(n.required("framework").build(InstrumentCodec::framework))
        .scales(n.each("scales", InstrumentCodec::scale))
        .survey(n.required("survey").build(s -> survey(s, priorities)))
        .priorities(priorities)
        .priorityQuestion(priorityQuestion)
        .interviewGuide(n.required("interviewGuide").build(InstrumentCodec::guide))
        .links(n.each("links", InstrumentCodec::link))
        .build();
  }

  /**
   * The node of the element a finding of {@link org.ctnat.core.instrument.InstrumentValidation}
   * names (see {@link org.ctnat.core.instrument.InstrumentValidation.Finding#element()}), or the
   * instrument itself when it cannot be found.
   */
  private static Node locate(Node instrument, String element) {
    int colon = element.indexOf(':');
    String kind = colon < 0 ? element : element.substring(0, colon);
    String id = colon < 0 ? "" : element.substring(colon + 1);
    Optional<Node> found;
    switch (kind) {
      case "version" -> found = instrument.optional("version");
      case "languages" -> found = instrument.optional("languages");
      case "question" -> found = question(instrument, id);
      case "priority", "prioritycode" -> found = find(instrument.optionalList("priorities"), "code", id);
      case "scaleid" -> found = find(instrument.optionalList("scales"), "id", id);
      case "noteid" -> found = find(instrument.optionalList("notes"), "id", id);
      case "link" -> found = find(instrument.optionalList("links"), "criterion", id);
      case "surveySection" -> found = instrument.optional("survey")
          .flatMap(s -> find(s.optionalList("sections"), "id", id));
      case "guideSection" -> found = instrument.optional("interviewGuide")
          .flatMap(g -> find(g.optionalList("sections"), "id", id));
      case "text" -> found = text(instrument, id);
      default -> found = Optional.empty();
    }
    return found.orElse(instrument);
  }

  /** The node of a text key of {@link org.ctnat.core.instrument.InstrumentTexts}: its element. */
  private static Optional<Node> text(Node instrument, String key) {
    int open = key.indexOf('[');
    int close = key.indexOf(']');
    if (open < 0 || close < open) {
      return Optional.empty();
    }
    String kind = key.substring(0, open);
    String id = key.substring(open + 1, close);
    switch (kind) {
      case "criterion", "indicator": {
        String criterion = kind.equals("indicator") ? id.substring(0, Math.max(0, id.lastIndexOf('-'))) : id;
        for (Node area : instrument.optional("framework").map(f -> f.optionalList("areas")).orElse(List.of())) {
          Optional<Node> found = find(area.optionalList("criteria"), "id", criterion);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      }
      case "area":
        return instrument.optional("framework").flatMap(f -> find(f.optionalList("areas"), "id", id));
      case "scale":
        return find(instrument.optionalList("scales"), "id", id);
      case "priority":
        return find(instrument.optionalList("priorities"), "code", id);
      case "survey.section":
        return instrument.optional("survey").flatMap(s -> find(s.optionalList("sections"), "id", id));
      case "survey.question":
        return question(instrument, id);
      case "guide.section":
        return instrument.optional("interviewGuide").flatMap(g -> find(g.optionalList("sections"), "id", id));
      case "guide.question":
        for (Node section : instrument.optional("interviewGuide").map(g -> g.optionalList("sections"))
            .orElse(List.of())) {
          Optional<Node> found = find(section.optionalList("questions"), "id", id);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<Node> question(Node instrument, String id) {
    for (Node section : instrument.optional("survey").map(s -> s.optionalList("sections")).orElse(List.of())) {
      Optional<Node> found = find(section.optionalList("questions"), "id", id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Node> find(List<Node> nodes, String member, String value) {
    return nodes.stream().filter(node -> node.isObject()
        && node.optional(member).filter(Node::isString).map(Node::string).filter(value::equals).isPresent())
        .findFirst();
  }

  private static InstrumentNote note(Node n) {
    n.allowOnly("id", "text");
    return InstrumentNote.of(n.required("id").string(), n.required("text").string());
  }

  private static Framework framework(Node n) {
    n.allowOnly("areas");
    return Framework.of(n.each("areas", InstrumentCodec::area));
  }

  private static ThematicArea area(Node n) {
    n.allowOnly("id", "title", "criteria");
    return ThematicArea.of(AreaId.of(n.required("id").string()), n.required("title").text(),
        n.each("criteria", InstrumentCodec::criterion));
  }

  private static Criterion criterion(Node n) {
    n.allowOnly("id", "title", "indicators");
    Node indicators = n.required("indicators");
    indicators.allowOnly("framework1", "framework2", "operational1", "operational2");
    return Criterion.of(CriterionId.of(n.required("id").string()), n.required("title").text(),
        indicators.required("framework1").text(), indicators.required("framework2").text(),
        indicators.required("operational1").text(), indicators.required("operational2").text());
  }

  private static Scale scale(Node n) {
    n.allowOnly("id", "title", "points");
    return Scale.of(ScaleId.of(n.required("id").string()), n.required("title").text(),
        n.each("points", InstrumentCodec::point));
  }

  private static ScalePoint point(Node n) {
    n.allowOnly("code", "label", "polarity", "substantive");
    String code = n.required("code").string();
    LocalizedText label = n.required("label").text();
    boolean substantive = n.optional("substantive").map(Node::bool).orElse(true);
    if (!substantive) {
      if (n.optional("polarity").isPresent()) {
        throw n.required("polarity").problem("a non-substantive point has no polarity");
      }
      return ScalePoint.nonSubstantive(code, label);
    }
    Node polarity = n.required("polarity");
    return ScalePoint.of(code, label, polarity.build(p -> Enums.parse(Polarity.class, p.string(), "polarity")));
  }

  private static Survey survey(Node n, List<PriorityOption> priorities) {
    n.allowOnly("title", "respondentCode", "introduction", "closing", "sections");
    List<Node> sectionNodes = n.optionalList("sections");
    // follow-ups copy the options of an earlier question: collect options as we go
    Map<String, List<ChoiceOption>> optionsById = new java.util.HashMap<>();
    List<SurveySection> sections = new ArrayList<>();
    for (Node section : sectionNodes) {
      sections.add(section.build(s -> surveySection(s, priorities, optionsById)));
    }
    return Survey.builder()
        .title(n.required("title").text())
        .respondentCode(n.optionalText("respondentCode"))
        .introduction(n.optionalText("introduction"))
        .closing(n.optionalText("closing"))
        .sections(sections)
        .build();
  }

  private static SurveySection surveySection(
      Node n, List<PriorityOption> priorities, Map<String, List<ChoiceOption>> optionsById) {
    n.allowOnly("id", "title", "description", "area", "context", "questions");
    List<Question> questions = new ArrayList<>();
    for (Node q : n.optionalList("questions")) {
      questions.add(q.build(x -> question(x, priorities, optionsById)));
    }
    return SurveySection.builder()
        .id(SectionId.of(n.required("id").string()))
        .title(n.required("title").text())
        .description(n.optionalText("description"))
        .area(n.optionalString("area").map(AreaId::of))
        .context(n.flag("context"))
        .questions(questions)
        .build();
  }

  private static Question question(
      Node n, List<PriorityOption> priorities, Map<String, List<ChoiceOption>> optionsById) {
    ItemId id = ItemId.of(n.required("id").string());
    String kind = n.required("kind").string();
    LocalizedText text = n.required("text").text();
    Optional<LocalizedText> instruction = n.optionalText("instruction");
    Question question;
    switch (kind) {
      case "singleChoice" -> {
        n.allowOnly("id", "kind", "text", "instruction", "options", "optionsFrom", "profile");
        Optional<ItemId> from = n.optionalString("optionsFrom").map(ItemId::of);
        List<ChoiceOption> options;
        if (from.isPresent()) {
          if (n.optional("options").isPresent()) {
            throw n.required("options").problem("a follow-up takes its options from question "
                + from.get() + "; give either options or optionsFrom, not both");
          }
          options = optionsById.get(from.get().value());
          if (options == null) {
            throw n.required("optionsFrom").problem("optionsFrom '" + from.get()
                + "' must name an earlier multiple-choice question");
          }
        } else {
          options = options(n);
        }
        question = SingleChoice.builder().id(id).text(text).instruction(instruction)
            .options(options).optionsFrom(from)
            .profile(n.optional("profile").map(p -> p.build(x -> ProfileAttribute.ofKey(x.string()))))
            .build();
      }
      case "multipleChoice" -> {
        n.allowOnly("id", "kind", "text", "instruction", "options", "minSelections", "maxSelections");
        question = MultipleChoice.builder().id(id).text(text).instruction(instruction)
            .options(options(n))
            .minSelections(n.optional("minSelections").map(Node::integer).orElse(1))
            .maxSelections(n.optional("maxSelections").map(Node::integer))
            .build();
      }
      case "ranking" -> {
        n.allowOnly("id", "kind", "text", "instruction", "options", "optionsFrom", "minRanked",
            "maxRanked", "optionHeading", "rankHeading");
        List<ChoiceOption> options;
        Optional<Node> from = n.optional("optionsFrom");
        if (from.isPresent()) {
          if (!PRIORITIES.equals(from.get().string())) {
            throw from.get().problem("a ranking's optionsFrom must be 'priorities', but was '"
                + from.get().string() + "'");
          }
          options = priorities.stream().map(PriorityOption::toOption).toList();
        } else {
          options = options(n);
        }
        question = Ranking.builder().id(id).text(text).instruction(instruction).options(options)
            .minRanked(n.required("minRanked").integer())
            .maxRanked(n.required("maxRanked").integer())
            .optionHeading(n.optionalText("optionHeading"))
            .rankHeading(n.optionalText("rankHeading"))
            .build();
      }
      case "grid" -> {
        n.allowOnly("id", "kind", "text", "instruction", "scale", "rowHeading", "statements");
        question = Grid.builder().id(id).text(text).instruction(instruction)
            .scale(ScaleId.of(n.required("scale").string()))
            .rowHeading(n.optionalText("rowHeading"))
            .statements(n.each("statements", s -> {
              s.allowOnly("id", "text");
              return GridStatement.of(ItemId.of(s.required("id").string()), s.required("text").text());
            }))
            .build();
      }
      case "freeText" -> {
        n.allowOnly("id", "kind", "text", "instruction");
        question = FreeText.builder().id(id).text(text).instruction(instruction).build();
      }
      default -> throw n.required("kind").problem("unknown question kind '" + kind
          + "'; expected singleChoice, multipleChoice, ranking, grid or freeText");
    }
    if (question instanceof MultipleChoice m) {
      optionsById.put(id.value(), m.options());
    }
    return question;
  }

  private static List<ChoiceOption> options(Node n) {
    n.required("options");
    return n.each("options", o -> {
      o.allowOnly("code", "label", "specify", "exclusive");
      return ChoiceOption.builder().code(o.required("code").string()).label(o.required("label").text())
          .specify(o.flag("specify")).exclusive(o.flag("exclusive")).build();
    });
  }

  private static PriorityOption priority(Node n) {
    n.allowOnly("code", "label", "areas", "specify");
    return PriorityOption.builder().code(n.required("code").string()).label(n.required("label").text())
        .areas(n.each("areas", a -> AreaId.of(a.string()))).specify(n.flag("specify")).build();
  }

  private static InterviewGuide guide(Node n) {
    n.allowOnly("title", "interviewCode", "instructions", "informationNote", "metadataFields",
        "planInstruction", "electiveMin", "electiveMax", "sections", "closingInstructions");
    return InterviewGuide.builder()
        .title(n.required("title").text())
        .interviewCode(n.optionalText("interviewCode"))
        .instructions(n.optionalText("instructions"))
        .informationNote(n.optionalText("informationNote"))
        .metadataFields(n.each("metadataFields", f -> {
          f.allowOnly("id", "label", "required", "personal");
          return MetadataField.builder().id(f.required("id").string()).label(f.required("label").text())
              .required(f.flag("required")).personal(f.flag("personal")).build();
        }))
        .planInstruction(n.optionalText("planInstruction"))
        .electiveMin(n.required("electiveMin").integer())
        .electiveMax(n.required("electiveMax").integer())
        .sections(n.each("sections", InstrumentCodec::guideSection))
        .closingInstructions(n.optionalText("closingInstructions"))
        .build();
  }

  private static InterviewSection guideSection(Node n) {
    n.allowOnly("id", "title", "heading", "rule", "area", "context", "questions");
    return InterviewSection.builder()
        .id(SectionId.of(n.required("id").string()))
        .title(n.required("title").text())
        .heading(n.optionalText("heading"))
        .rule(n.required("rule").build(r -> Enums.parse(SectionRule.class, r.string(), "rule")))
        .area(n.optionalString("area").map(AreaId::of))
        .context(n.flag("context"))
        .questions(n.each("questions", q -> {
          q.allowOnly("id", "text", "prompts");
          return InterviewQuestion.of(InterviewQuestionId.of(q.required("id").string()),
              q.required("text").text(), q.each("prompts", Node::text));
        }))
        .build();
  }

  private static CriterionLink link(Node n) {
    n.allowOnly("criterion", "survey", "interview");
    return CriterionLink.of(CriterionId.of(n.required("criterion").string()),
        n.each("survey", s -> ItemId.of(s.string())),
        n.each("interview", s -> InterviewQuestionId.of(s.string())));
  }

  // ---------------------------------------------------------------- writing

  static ObjectNode write(Instrument instrument) {
    ObjectNode o = Documents.newObject();
    o.put("id", instrument.id().value());
    o.put("version", instrument.version());
    o.set("title", text(instrument.title()));
    o.put("defaultLanguage", instrument.defaultLanguage());
    strings(o, "languages", instrument.languages(), Function.identity());
    instrument.source().ifPresent(s -> o.put("source", s));
    ArrayNode notes = o.putArray("notes");
    instrument.notes().forEach(note -> notes.addObject().put("id", note.id()).put("text", note.text()));

    ArrayNode areas = o.putObject("framework").putArray("areas");
    for (ThematicArea area : instrument.framework().areas()) {
      ObjectNode a = areas.addObject();
      a.put("id", area.id().value());
      a.set("title", text(area.title()));
      ArrayNode criteria = a.putArray("criteria");
      for (Criterion criterion : area.criteria()) {
        ObjectNode c = criteria.addObject();
        c.put("id", criterion.id().value());
        c.set("title", text(criterion.title()));
        ObjectNode indicators = c.putObject("indicators");
        indicators.set("framework1", text(criterion.indicator(Dimension.FRAMEWORK, Level.ONE).statement()));
        indicators.set("framework2", text(criterion.indicator(Dimension.FRAMEWORK, Level.TWO).statement()));
        indicators.set("operational1", text(criterion.indicator(Dimension.OPERATIONAL, Level.ONE).statement()));
        indicators.set("operational2", text(criterion.indicator(Dimension.OPERATIONAL, Level.TWO).statement()));
      }
    }

    ArrayNode scales = o.putArray("scales");
    for (Scale scale : instrument.scales()) {
      ObjectNode s = scales.addObject();
      s.put("id", scale.id().value());
      s.set("title", text(scale.title()));
      ArrayNode points = s.putArray("points");
      for (ScalePoint point : scale.points()) {
        ObjectNode p = points.addObject();
        p.put("code", point.code());
        p.set("label", text(point.label()));
        if (point.substantive()) {
          p.put("polarity", Enums.write(point.polarity().orElseThrow()));
        } else {
          p.put("substantive", false);
        }
      }
    }

    o.set("survey", survey(instrument));
    ArrayNode priorities = o.putArray("priorities");
    for (PriorityOption priority : instrument.priorities()) {
      ObjectNode p = priorities.addObject();
      p.put("code", priority.code());
      p.set("label", text(priority.label()));
      strings(p, "areas", priority.areas(), AreaId::value);
      if (priority.specify()) {
        p.put("specify", true);
      }
    }
    instrument.priorityQuestion().ifPresent(q -> o.put("priorityQuestion", q.value()));
    o.set("interviewGuide", guide(instrument.interviewGuide()));
    ArrayNode links = o.putArray("links");
    for (CriterionLink link : instrument.links()) {
      ObjectNode l = links.addObject();
      l.put("criterion", link.criterion().value());
      strings(l, "survey", link.surveyItems(), ItemId::value);
      strings(l, "interview", link.interviewQuestions(), InterviewQuestionId::value);
    }
    return o;
  }

  private static ObjectNode survey(Instrument instrument) {
    Survey survey = instrument.survey();
    ObjectNode s = Documents.newObject();
    s.set("title", text(survey.title()));
    survey.respondentCode().ifPresent(t -> s.set("respondentCode", text(t)));
    survey.introduction().ifPresent(t -> s.set("introduction", text(t)));
    survey.closing().ifPresent(t -> s.set("closing", text(t)));
    ArrayNode sections = s.putArray("sections");
    for (SurveySection section : survey.sections()) {
      ObjectNode x = sections.addObject();
      x.put("id", section.id().value());
      x.set("title", text(section.title()));
      section.description().ifPresent(t -> x.set("description", text(t)));
      section.area().ifPresent(a -> x.put("area", a.value()));
      if (section.context()) {
        x.put("context", true);
      }
      ArrayNode questions = x.putArray("questions");
      for (Question question : section.questions()) {
        questions.add(question(instrument, question));
      }
    }
    return s;
  }

  private static ObjectNode question(Instrument instrument, Question question) {
    ObjectNode q = Documents.newObject();
    q.put("id", question.id().value());
    q.put("kind", switch (question.kind()) {
      case SINGLE_CHOICE -> "singleChoice";
      case MULTIPLE_CHOICE -> "multipleChoice";
      case RANKING -> "ranking";
      case GRID -> "grid";
      case FREE_TEXT -> "freeText";
    });
    q.set("text", text(question.text()));
    question.instruction().ifPresent(t -> q.set("instruction", text(t)));
    if (question instanceof SingleChoice c) {
      if (c.optionsFrom().isPresent()) {
        q.put("optionsFrom", c.optionsFrom().get().value());
      } else {
        options(q, c.options());
      }
      c.profile().ifPresent(p -> q.put("profile", p.key()));
    } else if (question instanceof MultipleChoice c) {
      options(q, c.options());
      q.put("minSelections", c.minSelections());
      c.maxSelections().ifPresent(max -> q.put("maxSelections", max));
    } else if (question instanceof Ranking c) {
      if (instrument.priorityQuestion().filter(c.id()::equals).isPresent()) {
        q.put("optionsFrom", PRIORITIES);
      } else {
        options(q, c.options());
      }
      q.put("minRanked", c.minRanked());
      q.put("maxRanked", c.maxRanked());
      c.optionHeading().ifPresent(t -> q.set("optionHeading", text(t)));
      c.rankHeading().ifPresent(t -> q.set("rankHeading", text(t)));
    } else if (question instanceof Grid g) {
      q.put("scale", g.scale().value());
      g.rowHeading().ifPresent(t -> q.set("rowHeading", text(t)));
      ArrayNode statements = q.putArray("statements");
      for (GridStatement statement : g.statements()) {
        statements.addObject().put("id", statement.id().value()).set("text", text(statement.text()));
      }
    }
    return q;
  }

  private static void options(ObjectNode q, List<ChoiceOption> options) {
    ArrayNode array = q.putArray("options");
    for (ChoiceOption option : options) {
      ObjectNode o = array.addObject();
      o.put("code", option.code());
      o.set("label", text(option.label()));
      if (option.specify()) {
        o.put("specify", true);
      }
      if (option.exclusive()) {
        o.put("exclusive", true);
      }
    }
  }

  private static ObjectNode guide(InterviewGuide guide) {
    ObjectNode g = Documents.newObject();
    g.set("title", text(guide.title()));
    guide.interviewCode().ifPresent(t -> g.set("interviewCode", text(t)));
    guide.instructions().ifPresent(t -> g.set("instructions", text(t)));
    guide.informationNote().ifPresent(t -> g.set("informationNote", text(t)));
    ArrayNode fields = g.putArray("metadataFields");
    for (MetadataField field : guide.metadataFields()) {
      ObjectNode f = fields.addObject();
      f.put("id", field.id());
      f.set("label", text(field.label()));
      f.put("required", field.required());
      f.put("personal", field.personal());
    }
    guide.planInstruction().ifPresent(t -> g.set("planInstruction", text(t)));
    g.put("electiveMin", guide.electiveMin());
    g.put("electiveMax", guide.electiveMax());
    ArrayNode sections = g.putArray("sections");
    for (InterviewSection section : guide.sections()) {
      ObjectNode s = sections.addObject();
      s.put("id", section.id().value());
      s.set("title", text(section.title()));
      section.heading().ifPresent(t -> s.set("heading", text(t)));
      s.put("rule", Enums.write(section.rule()));
      section.area().ifPresent(a -> s.put("area", a.value()));
      if (section.context()) {
        s.put("context", true);
      }
      ArrayNode questions = s.putArray("questions");
      for (InterviewQuestion question : section.questions()) {
        ObjectNode q = questions.addObject();
        q.put("id", question.id().value());
        q.set("text", text(question.text()));
        if (!question.prompts().isEmpty()) {
          ArrayNode prompts = q.putArray("prompts");
          question.prompts().forEach(p -> prompts.add(text(p)));
        }
      }
    }
    guide.closingInstructions().ifPresent(t -> g.set("closingInstructions", text(t)));
    return g;
  }

  private static ObjectNode text(LocalizedText text) {
    ObjectNode t = Documents.newObject();
    text.texts().forEach(t::put);
    return t;
  }

  private static <T> void strings(ObjectNode o, String name, List<T> values, Function<T, String> f) {
    ArrayNode array = o.putArray(name);
    values.forEach(v -> array.add(f.apply(v)));
  }
}
