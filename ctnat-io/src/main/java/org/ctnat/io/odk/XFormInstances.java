package org.ctnat.io.odk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.io.CtnatReadException;

/**
 * Reads a filled instance of a form that {@link XForms} or {@link XlsForms} exported — the XML
 * that ODK Collect and Enketo submit and ODK Central stores as a submission — back into a
 * {@link SurveyResponse}, checked against the instrument.
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * SurveyResponse response = XFormInstances.read(ctnat, Path.of("submission.xml"));
 * }</pre>
 *
 * <p><b>What is read.</b> The root element (of any name) must carry the instrument's id and
 * version as its {@code id} and {@code version} attributes. Its children are the field {@code
 * respondent} (required: the respondent's pseudonymous id), the section groups and
 * {@code meta}; the groups and fields are named by {@link OdkNames}. An empty element is an
 * unanswered item, and so is an element left out. A single choice and a grid statement hold one
 * code, a multiple choice a space-separated list of codes (white space around codes is XML
 * layout and is ignored), each rank position of a ranking one code (position {@code k} gives
 * rank {@code k}), a free text and an "Other – please specify" text their text exactly as
 * written. {@code meta} (instance id, instance name and the like) and the {@code formhub} and
 * {@code __version__} elements that KoboToolbox adds are skipped.
 *
 * <p><b>What is refused.</b> Nothing is repaired or dropped: every problem is a {@link
 * CtnatReadException} that names the source, the line and column, the element path (such as
 * {@code /data/s2/q2.2}) and what was expected — an element the form does not have or one
 * given twice, elements inside a field, a single choice with two codes, one option ranked at
 * two positions, more than one "please specify" text for a question or one for an unanswered
 * question, another instrument or version, and every rule of {@link ResponseValidation} the
 * answers break (all of them listed, located at the first). Respondent profile attributes are
 * not set directly: the profile questions' answers carry them.
 *
 * <p><b>Hostile input.</b> The reader accepts plain XML only, in UTF-8: a document type
 * declaration is refused, so no entity is ever declared, expanded or fetched (no XXE, no
 * "billion laughs"), and so are processing instructions and undefined entities. Limits: {@value
 * #MAX_BYTES} bytes, {@value #MAX_ELEMENTS} elements, nesting depth {@value #MAX_DEPTH}, texts of
 * {@value #MAX_TEXT_LENGTH} characters.
 *
 * <p>Stateless and thread-safe.
 */
public final class XFormInstances {

  /** The largest instance read, in bytes (16 MiB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;
  /** The most elements an instance may have. */
  public static final int MAX_ELEMENTS = 100_000;
  /** The deepest nesting of elements. */
  public static final int MAX_DEPTH = 32;
  /** The longest text of one element, in characters. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  private static final XmlTree.Limits LIMITS = new XmlTree.Limits(MAX_ELEMENTS, MAX_DEPTH, MAX_TEXT_LENGTH);

  private XFormInstances() {}

  /**
   * Reads an instance file; its name is the source in error messages.
   *
   * @param instrument the instrument whose form was filled in
   * @param file the instance XML
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SurveyResponse read(Instrument instrument, Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(instrument, in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an instance from a stream (which is not closed).
   *
   * @param instrument the instrument whose form was filled in
   * @param in the instance XML, in UTF-8
   * @param source the name to use in error messages, such as a file name or submission id
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SurveyResponse read(Instrument instrument, InputStream in, String source) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return read(instrument, readAll(in, source), source);
  }

  /**
   * Reads an instance from a string.
   *
   * @param instrument the instrument whose form was filled in
   * @param xml the instance XML
   * @param source the name to use in error messages
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   */
  public static SurveyResponse parse(Instrument instrument, String xml, String source) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(source, "source");
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new CtnatReadException(source, "", 0, 0, "the instance is larger than the limit of " + MAX_BYTES
          + " bytes", null);
    }
    return read(instrument, bytes, source);
  }

  private static SurveyResponse read(Instrument instrument, byte[] bytes, String source) {
    XmlTree.Node root = XmlTree.parse(bytes, source, LIMITS);
    return new Reader(instrument, source).response(root);
  }

  private static byte[] readAll(InputStream in, String source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > MAX_BYTES) {
          throw new CtnatReadException(source, "", 0, 0, "the instance is larger than the limit of " + MAX_BYTES
              + " bytes", null);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Reads one instance tree. Not thread-safe; used once. */
  private static final class Reader {
    private final Instrument instrument;
    private final String source;
    /** The element that answered each item, for locating violations. */
    private final Map<ItemId, XmlTree.Node> at = new HashMap<>();

    Reader(Instrument instrument, String source) {
      this.instrument = instrument;
      this.source = source;
    }

    SurveyResponse response(XmlTree.Node root) {
      String id = root.attributes().get("id");
      if (!instrument.id().value().equals(id)) {
        throw problem(root, id == null
            ? "the root element <" + root.name() + "> has no id attribute; expected id=\"" + instrument.id() + "\""
            : "the instance is of form '" + id + "'; expected '" + instrument.id() + "'");
      }
      String version = root.attributes().get("version");
      if (!instrument.version().equals(version)) {
        throw problem(root, version == null
            ? "the root element <" + root.name() + "> has no version attribute; expected version=\""
                + instrument.version() + "\""
            : "the instance is of version '" + version + "' of form " + id + "; expected version '"
                + instrument.version() + "'");
      }
      Map<String, SurveySection> sections = new LinkedHashMap<>();
      instrument.survey().sections().forEach(s -> sections.put(OdkNames.section(s.id()), s));
      XmlTree.Node respondent = null;
      Map<SurveySection, XmlTree.Node> given = new LinkedHashMap<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (XmlTree.Node child : root.children()) {
        String name = child.localName();
        if (!seen.add(name)) {
          throw problem(child, "the element <" + name + "> is given twice");
        }
        if (name.equals(OdkForm.RESPONDENT)) {
          respondent = child;
        } else if (sections.containsKey(name)) {
          given.put(sections.get(name), child);
        } else if (!name.equals("meta") && !name.equals("formhub") && !name.equals("__version__")) {
          throw problem(child, "the form has no element <" + name + "> here; expected " + OdkForm.RESPONDENT
              + ", " + String.join(", ", sections.keySet()) + " or meta");
        }
      }
      if (respondent == null) {
        throw problem(root, "the respondent code <" + OdkForm.RESPONDENT + "> is missing; expected the "
            + "respondent's pseudonymous id");
      }
      String code = value(respondent).trim();
      if (code.isEmpty()) {
        throw problem(respondent, "the respondent code is empty; expected the respondent's pseudonymous id");
      }
      RespondentId who;
      try {
        who = RespondentId.of(code);
      } catch (IllegalArgumentException e) {
        throw problem(respondent, e.getMessage());
      }
      Map<ItemId, Answer> answers = new LinkedHashMap<>();
      for (SurveySection section : instrument.survey().sections()) {
        XmlTree.Node group = given.get(section);
        if (group != null) {
          if (group.hasText() && !group.text().isBlank()) {
            throw problem(group, "the group <" + group.localName() + "> holds text; expected only the fields of section "
                + section.id());
          }
          section(section, group, answers);
        }
      }
      SurveyResponse response = SurveyResponse.to(instrument, Respondent.builder().id(who).build())
          .answers(answers).build();
      ValidationReport report = ResponseValidation.validate(instrument, response);
      if (!report.isValid()) {
        Violation first = report.violations().get(0);
        XmlTree.Node where = first.element().flatMap(e -> at.entrySet().stream()
            .filter(a -> a.getKey().value().equals(e)).map(Map.Entry::getValue).findFirst()).orElse(root);
        throw problem(where, "the answers break the rules of " + instrument.id() + " " + instrument.version() + ": "
            + report.violations().stream().map(v -> v.element().map(e -> e + " ").orElse("") + v.rule() + ": "
                + v.detail()).collect(Collectors.joining("; ")));
      }
      return response;
    }

    private void section(SurveySection section, XmlTree.Node group, Map<ItemId, Answer> answers) {
      Map<String, XmlTree.Node> fields = fields(group, "section " + section.id());
      List<String> expected = new ArrayList<>();
      for (Question question : section.questions()) {
        if (question instanceof Grid grid) {
          String name = OdkNames.grid(grid.id());
          expected.add(name);
          XmlTree.Node g = fields.remove(name);
          if (g != null) {
            grid(grid, g, answers);
          }
          continue;
        }
        List<String> names = new ArrayList<>();
        if (question instanceof Ranking ranking) {
          for (int k = 1; k <= ranking.maxRanked(); k++) {
            names.add(OdkNames.rank(ranking.id(), k));
          }
        } else {
          names.add(OdkNames.field(question.id()));
        }
        if (question instanceof ChoiceQuestion choice) {
          choice.options().stream().filter(ChoiceOption::specify)
              .forEach(o -> names.add(OdkNames.specify(question.id(), o.code())));
        }
        expected.addAll(names);
        Map<String, XmlTree.Node> mine = new LinkedHashMap<>();
        for (String name : names) {
          XmlTree.Node node = fields.remove(name);
          if (node != null) {
            mine.put(name, node);
          }
        }
        if (!mine.isEmpty()) {
          question(question, mine, answers);
        }
      }
      if (!fields.isEmpty()) {
        XmlTree.Node stray = fields.values().iterator().next();
        throw problem(stray, "section " + section.id() + " has no field <" + stray.localName() + ">; expected "
            + String.join(", ", expected));
      }
    }

    /** The child elements by name, each a field without elements of its own (grids excepted). */
    private Map<String, XmlTree.Node> fields(XmlTree.Node group, String what) {
      Map<String, XmlTree.Node> fields = new LinkedHashMap<>();
      for (XmlTree.Node child : group.children()) {
        if (fields.put(child.localName(), child) != null) {
          throw problem(child, "the element <" + child.localName() + "> is given twice in " + what);
        }
      }
      return fields;
    }

    private void grid(Grid grid, XmlTree.Node group, Map<ItemId, Answer> answers) {
      Map<String, XmlTree.Node> fields = fields(group, "grid " + grid.id());
      if (group.hasText() && !group.text().isBlank()) {
        throw problem(group, "the grid <" + group.localName() + "> holds text; expected only its statements");
      }
      for (GridStatement statement : grid.statements()) {
        XmlTree.Node node = fields.remove(OdkNames.field(statement.id()));
        if (node != null) {
          String code = value(node).trim();
          if (!code.isEmpty()) {
            single(node, code);
            at.put(statement.id(), node);
            answers.put(statement.id(), PointAnswer.of(code));
          }
        }
      }
      if (!fields.isEmpty()) {
        XmlTree.Node stray = fields.values().iterator().next();
        throw problem(stray, "grid " + grid.id() + " has no statement <" + stray.localName() + ">; expected "
            + grid.statements().stream().map(s -> OdkNames.field(s.id())).collect(Collectors.joining(", ")));
      }
    }

    private void question(Question question, Map<String, XmlTree.Node> nodes, Map<ItemId, Answer> answers) {
      ItemId id = question.id();
      Optional<String> otherText = Optional.empty();
      XmlTree.Node otherNode = null;
      if (question instanceof ChoiceQuestion choice) {
        for (ChoiceOption option : choice.options()) {
          XmlTree.Node node = nodes.get(OdkNames.specify(id, option.code()));
          if (node == null || value(node).isEmpty()) {
            continue;
          }
          if (otherNode != null) {
            throw problem(node, "question " + id + " has texts for two \"please specify\" options (<"
                + otherNode.localName() + "> and <" + node.localName() + ">); a response records one");
          }
          otherNode = node;
          otherText = Optional.of(value(node));
        }
      }
      Answer answer = null;
      XmlTree.Node where = null;
      if (question instanceof SingleChoice) {
        where = nodes.get(OdkNames.field(id));
        String code = where == null ? "" : value(where).trim();
        if (!code.isEmpty()) {
          single(where, code);
          answer = new ChoiceAnswer(code, otherText);
        }
      } else if (question instanceof MultipleChoice) {
        where = nodes.get(OdkNames.field(id));
        String codes = where == null ? "" : value(where).trim();
        if (!codes.isEmpty()) {
          answer = new SelectionAnswer(List.of(codes.split("[ \t\r\n]+")), otherText);
        }
      } else if (question instanceof Ranking ranking) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        Map<String, XmlTree.Node> rankedAt = new HashMap<>();
        for (int k = 1; k <= ranking.maxRanked(); k++) {
          XmlTree.Node node = nodes.get(OdkNames.rank(id, k));
          String code = node == null ? "" : value(node).trim();
          if (code.isEmpty()) {
            continue;
          }
          single(node, code);
          if (where == null) {
            where = node;
          }
          if (ranks.containsKey(code)) {
            throw problem(node, "option '" + code + "' is ranked at positions " + ranks.get(code) + " (<"
                + rankedAt.get(code).localName() + ">) and " + k + "; each option may be ranked once");
          }
          ranks.put(code, k);
          rankedAt.put(code, node);
        }
        if (!ranks.isEmpty()) {
          answer = new RankingAnswer(ranks, otherText);
        }
      } else if (question instanceof FreeText) {
        where = nodes.get(OdkNames.field(id));
        String text = where == null ? "" : value(where);
        if (!text.isEmpty()) {
          answer = TextAnswer.of(text);
        }
      } else {
        throw new IllegalStateException("question " + id + " is a " + question.kind() + " outside a grid");
      }
      if (answer == null) {
        if (otherNode != null) {
          throw problem(otherNode, "a \"please specify\" text is given, but question " + id + " is not answered");
        }
        return;
      }
      at.put(id, where);
      answers.put(id, answer);
    }

    /** Checks that a single-code field holds one code. */
    private void single(XmlTree.Node node, String code) {
      if (code.chars().anyMatch(Character::isWhitespace)) {
        throw problem(node, "expected one option code, but found '" + code + "'");
      }
    }

    /** The text of a field, which must hold no elements. */
    private String value(XmlTree.Node node) {
      if (!node.children().isEmpty()) {
        throw problem(node.children().get(0), "the field <" + node.localName()
            + "> holds an element; expected only its value");
      }
      return node.text();
    }

    private CtnatReadException problem(XmlTree.Node node, String what) {
      return new CtnatReadException(source, node.path(), node.line(), node.column(), what, null);
    }
  }
}
