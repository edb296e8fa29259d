package org.ctnat.io.odk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;

/**
 * The survey of an instrument planned as an ODK form: the rows of an XLSForm's {@code survey}
 * sheet and the lists of its {@code choices} sheet, with every text in every language of the
 * instrument. {@link XlsForms} writes the plan as a spreadsheet and {@link XForms} as XML, so
 * the two exports carry the same fields, rules and messages.
 *
 * <p>Expressions are written the XLSForm way, referring to other fields as {@code ${name}}; the
 * XForm writer replaces each reference with the field's absolute path. Names follow {@link
 * OdkNames}.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class OdkForm {

  /** The root element of the form's primary instance. */
  static final String ROOT = "data";

  /** The field that holds the respondent's pseudonymous id, first in the form. */
  static final String RESPONDENT = "respondent";

  /** The XPath pattern every respondent id matches (the rule of {@code RespondentId}). */
  static final String RESPONDENT_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  /** What a row of the {@code survey} sheet is. */
  enum Type {
    BEGIN_GROUP("begin_group"),
    END_GROUP("end_group"),
    SELECT_ONE("select_one"),
    SELECT_MULTIPLE("select_multiple"),
    TEXT("text");

    private final String xlsForm;

    Type(String xlsForm) {
      this.xlsForm = xlsForm;
    }

    /** The type as the XLSForm {@code type} column spells it, without a list name. */
    String xlsForm() {
      return xlsForm;
    }
  }

  /**
   * One row of the {@code survey} sheet. Texts are by language tag, one for every language of
   * the form; empty maps for texts the row does not have; {@code null} for absent expressions.
   */
  record Row(
      Type type,
      String name,
      Map<String, String> label,
      Map<String, String> hint,
      String relevant,
      String constraint,
      Map<String, String> constraintMessage,
      boolean required,
      Map<String, String> requiredMessage,
      String appearance,
      String listName,
      String choiceFilter) {

    Row {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      label = Collections.unmodifiableMap(new LinkedHashMap<>(label));
      hint = Collections.unmodifiableMap(new LinkedHashMap<>(hint));
      constraintMessage = Collections.unmodifiableMap(new LinkedHashMap<>(constraintMessage));
      requiredMessage = Collections.unmodifiableMap(new LinkedHashMap<>(requiredMessage));
    }

    /** Whether the row is a field (holds a value) rather than a group boundary. */
    boolean isField() {
      return type != Type.BEGIN_GROUP && type != Type.END_GROUP;
    }
  }

  /** One choice of a list: the value stored and its label by language. */
  record Choice(String name, Map<String, String> label) {
    Choice {
      label = Collections.unmodifiableMap(new LinkedHashMap<>(label));
    }
  }

  /** One list of the {@code choices} sheet. */
  record ChoiceList(String name, List<Choice> choices) {
    ChoiceList {
      choices = List.copyOf(choices);
    }
  }

  private final Instrument instrument;
  private final List<String> languages;
  private final List<Row> rows;
  private final List<ChoiceList> lists;

  private OdkForm(Instrument instrument, List<String> languages, List<Row> rows, List<ChoiceList> lists) {
    this.instrument = instrument;
    this.languages = List.copyOf(languages);
    this.rows = List.copyOf(rows);
    this.lists = List.copyOf(lists);
  }

  /** Plans the form of an instrument's survey. */
  static OdkForm of(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return new Planner(instrument).plan();
  }

  Instrument instrument() {
    return instrument;
  }

  /** The form's languages, the instrument's default first. */
  List<String> languages() {
    return languages;
  }

  String defaultLanguage() {
    return instrument.defaultLanguage();
  }

  List<Row> rows() {
    return rows;
  }

  List<ChoiceList> lists() {
    return lists;
  }

  /** The title of the form: the instrument's title in its default language. */
  String title() {
    return instrument.title().in(defaultLanguage(), defaultLanguage());
  }

  /**
   * A language as XLSForm column suffixes and XForm translations name it: its English name and
   * its tag, {@code English (en)}, so that ODK Collect and Enketo recognise the code.
   */
  static String languageName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return (name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name) + " (" + tag + ")";
  }

  /** Builds the plan, section by section. Not thread-safe; used once. */
  private static final class Planner {
    private final Instrument instrument;
    private final List<String> languages;
    private final String defaultLanguage;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, ChoiceList> lists = new LinkedHashMap<>();

    Planner(Instrument instrument) {
      this.instrument = instrument;
      this.defaultLanguage = instrument.defaultLanguage();
      List<String> all = new ArrayList<>();
      all.add(defaultLanguage);
      instrument.languages().stream().filter(l -> !all.contains(l)).forEach(all::add);
      this.languages = all;
    }

    OdkForm plan() {
      rows.add(field(Type.TEXT, RESPONDENT, english(OdkMessages.respondentLabel()),
          instrument.survey().respondentCode().map(this::texts).orElse(Map.of()))
          .constraint("regex(., '" + RESPONDENT_PATTERN + "')", english(OdkMessages.respondentRule()))
          .required(english(OdkMessages.respondentRequired()))
          .build());
      for (SurveySection section : instrument.survey().sections()) {
        String group = OdkNames.section(section.id());
        rows.add(group(Type.BEGIN_GROUP, group, texts(section.title()), null));
        for (Question question : section.questions()) {
          question(question);
        }
        rows.add(group(Type.END_GROUP, group, Map.of(), null));
      }
      return new OdkForm(instrument, languages, rows, new ArrayList<>(lists.values()));
    }

    private void question(Question question) {
      if (question instanceof SingleChoice q) {
        singleChoice(q);
      } else if (question instanceof MultipleChoice q) {
        multipleChoice(q);
      } else if (question instanceof Ranking q) {
        ranking(q);
      } else if (question instanceof Grid q) {
        grid(q);
      } else if (question instanceof FreeText q) {
        rows.add(field(Type.TEXT, OdkNames.field(q.id()), texts(q.text()), hint(q)).build());
      } else {
        throw new IllegalStateException("unknown question kind " + question.kind());
      }
    }

    private void singleChoice(SingleChoice q) {
      String name = OdkNames.field(q.id());
      RowBuilder row = field(Type.SELECT_ONE, name, texts(q.text()), hint(q))
          .list(optionList(q.id(), q.options()));
      if (q.optionsFrom().isPresent()) {
        ItemId parent = q.optionsFrom().get();
        String parentField = ref(OdkNames.field(parent));
        row.relevant("count-selected(" + parentField + ") > 0")
            .choiceFilter("selected(" + parentField + ", name)")
            .constraint("selected(" + parentField + ", .)", english(OdkMessages.followUp(parent)));
      }
      rows.add(row.build());
      specifyTexts(q.id(), q.options(), code -> ref(name) + " = '" + code + "'");
    }

    private void multipleChoice(MultipleChoice q) {
      String name = OdkNames.field(q.id());
      List<String> rules = new ArrayList<>();
      Map<String, String> messages = new LinkedHashMap<>();
      int min = q.minSelections();
      int max = q.effectiveMaxSelections();
      boolean limited = min > 1 || max < q.options().size();
      if (limited) {
        rules.add(min == max ? "count-selected(.) = " + min
            : min > 1 && max < q.options().size()
                ? "count-selected(.) >= " + min + " and count-selected(.) <= " + max
                : min > 1 ? "count-selected(.) >= " + min : "count-selected(.) <= " + max);
      }
      List<ChoiceOption> exclusive = q.options().stream().filter(ChoiceOption::exclusive).toList();
      for (ChoiceOption option : exclusive) {
        rules.add("(not(selected(., '" + option.code() + "')) or count-selected(.) = 1)");
      }
      for (String language : languages) {
        List<String> parts = new ArrayList<>();
        if (limited) {
          parts.add(OdkMessages.selectionCount(min, max, q.options().size()));
        }
        for (ChoiceOption option : exclusive) {
          parts.add(OdkMessages.exclusive(option.label().in(language, defaultLanguage)));
        }
        messages.put(language, String.join(" ", parts));
      }
      RowBuilder row = field(Type.SELECT_MULTIPLE, name, texts(q.text()), hint(q))
          .list(optionList(q.id(), q.options()));
      if (!rules.isEmpty()) {
        row.constraint(String.join(" and ", rules), messages);
      }
      rows.add(row.build());
      specifyTexts(q.id(), q.options(), code -> "selected(" + ref(name) + ", '" + code + "')");
    }

    private void ranking(Ranking q) {
      String list = optionList(q.id(), q.options());
      int positions = q.maxRanked();
      for (int k = 1; k <= positions; k++) {
        Map<String, String> label = new LinkedHashMap<>();
        for (String language : languages) {
          label.put(language, OdkMessages.rankLabel(q.text().in(language, defaultLanguage), k));
        }
        Optional<LocalizedText> hintText = q.rankHeading().or(q::instruction);
        RowBuilder row = field(Type.SELECT_ONE, OdkNames.rank(q.id(), k), label,
            hintText.map(this::texts).orElse(Map.of())).list(list);
        if (k > 1) {
          row.relevant(ref(OdkNames.rank(q.id(), k - 1)) + " != ''");
        }
        if (positions > 1) {
          List<String> others = new ArrayList<>();
          for (int j = 1; j <= positions; j++) {
            if (j != k) {
              others.add(". != " + ref(OdkNames.rank(q.id(), j)));
            }
          }
          row.constraint(String.join(" and ", others), english(OdkMessages.rankedTwice()));
        }
        if (k > 1 && k <= q.minRanked()) {
          row.required(english(OdkMessages.rankCount(q.minRanked(), q.maxRanked())));
        }
        rows.add(row.build());
      }
      specifyTexts(q.id(), q.options(), code -> {
        List<String> any = new ArrayList<>();
        for (int k = 1; k <= positions; k++) {
          any.add(ref(OdkNames.rank(q.id(), k)) + " = '" + code + "'");
        }
        return String.join(" or ", any);
      });
    }

    private void grid(Grid q) {
      Scale scale = instrument.scale(q.scale()).orElseThrow(() -> new IllegalStateException(
          "grid " + q.id() + ": scale " + q.scale() + " is not in the instrument"));
      String list = scaleList(scale);
      String group = OdkNames.grid(q.id());
      rows.add(group(Type.BEGIN_GROUP, group, texts(q.text()), "field-list"));
      boolean first = true;
      for (GridStatement statement : q.statements()) {
        rows.add(field(Type.SELECT_ONE, OdkNames.field(statement.id()), texts(statement.text()),
            first ? hint(q) : Map.of()).list(list).build());
        first = false;
      }
      rows.add(group(Type.END_GROUP, group, Map.of(), null));
    }

    /** A text field after a question for each of its "Other – please specify" options. */
    private void specifyTexts(ItemId item, List<ChoiceOption> options,
        java.util.function.Function<String, String> chosen) {
      for (ChoiceOption option : options) {
        if (option.specify()) {
          rows.add(field(Type.TEXT, OdkNames.specify(item, option.code()), texts(option.label()), Map.of())
              .relevant(chosen.apply(option.code())).build());
        }
      }
    }

    private String optionList(ItemId item, List<ChoiceOption> options) {
      String name = OdkNames.choices(item);
      lists.put(name, new ChoiceList(name, options.stream()
          .map(o -> new Choice(o.code(), texts(o.label()))).collect(Collectors.toList())));
      return name;
    }

    private String scaleList(Scale scale) {
      ScaleId id = scale.id();
      String name = OdkNames.scale(id);
      lists.computeIfAbsent(name, n -> new ChoiceList(n, scale.points().stream()
          .map(p -> new Choice(p.code(), texts(p.label()))).collect(Collectors.toList())));
      return name;
    }

    private Map<String, String> hint(Question q) {
      return q.instruction().map(this::texts).orElse(Map.of());
    }

    /** A text in every language of the form; a language it lacks shows the default language's text. */
    private Map<String, String> texts(LocalizedText text) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String language : languages) {
        out.put(language, text.in(language, defaultLanguage));
      }
      return out;
    }

    /** A text the SDK words, in English, used for every language of the form. */
    private Map<String, String> english(String text) {
      Map<String, String> out = new LinkedHashMap<>();
      languages.forEach(l -> out.put(l, text));
      return out;
    }

    private static String ref(String name) {
      return "${" + name + "}";
    }

    private static Row group(Type type, String name, Map<String, String> label, String appearance) {
      return new Row(type, name, label, Map.of(), null, null, Map.of(), false, Map.of(), appearance, null, null);
    }

    private static RowBuilder field(Type type, String name, Map<String, String> label, Map<String, String> hint) {
      return new RowBuilder(type, name, label, hint);
    }
  }

  /** Assembles one field row. */
  private static final class RowBuilder {
    private final Type type;
    private final String name;
    private final Map<String, String> label;
    private final Map<String, String> hint;
    private String relevant;
    private String constraint;
    private Map<String, String> constraintMessage = Map.of();
    private boolean required;
    private Map<String, String> requiredMessage = Map.of();
    private String listName;
    private String choiceFilter;

    RowBuilder(Type type, String name, Map<String, String> label, Map<String, String> hint) {
      this.type = type;
      this.name = name;
      this.label = label;
      this.hint = hint;
    }

    RowBuilder relevant(String expression) {
      this.relevant = expression;
      return this;
    }

    RowBuilder constraint(String expression, Map<String, String> message) {
      this.constraint = expression;
      this.constraintMessage = message;
      return this;
    }

    RowBuilder required(Map<String, String> message) {
      this.required = true;
      this.requiredMessage = message;
      return this;
    }

    RowBuilder list(String name) {
      this.listName = name;
      return this;
    }

    RowBuilder choiceFilter(String expression) {
      this.choiceFilter = expression;
      return this;
    }

    Row build() {
      return new Row(type, name, label, hint, relevant, constraint, constraintMessage, required,
          requiredMessage, null, listName, choiceFilter);
    }
  }
}
