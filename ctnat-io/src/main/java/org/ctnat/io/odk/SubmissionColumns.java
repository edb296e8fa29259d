package org.ctnat.io.odk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

/**
 * The columns of a submission export, recognised from its header by the names of {@link
 * OdkNames}: what each column holds, and where each item's columns are. Package-private; {@link
 * Submissions} is the entry point.
 *
 * <p>A field is recognised by its name alone ({@code q2.2}), or with its group path joined by
 * {@code /} as KoboToolbox writes it ({@code s2/q2.2}) or by {@code -} as ODK Central does
 * ({@code s2-q2.2}); a grid statement's path is its section and its grid ({@code
 * s3/g3.1/q3.1.4}). The 0/1 column of an option is the field's header, {@code /} (or the group
 * separator) and the code ({@code s2-q2.2/forced_marriage}).
 *
 * <p>Built once per file; not thread-safe while the header is being read, immutable after.
 */
final class SubmissionColumns {

  /** What a column holds. */
  enum Kind {
    RESPONDENT, VALUE, FLAG, UNKNOWN_FLAG, RANK, SPECIFY, FOREIGN,
    INSTANCE_ID, KEY, UUID, SUBMISSION_TIME, FORM_VERSION, PLATFORM_VERSION, FORM_ID, REVIEW_STATE,
    IGNORED, UNKNOWN
  }

  /** How an item's answer is read. */
  enum ItemKind { SINGLE, MULTIPLE, RANKED, POINT, TEXT }

  /** The role of one column. */
  record Role(Kind kind, Item item, int option, String code, String separator) {}

  /** One item of the survey and its columns in the file (-1 where absent). */
  static final class Item {
    final ItemId id;
    final ItemKind kind;
    final int index;
    final List<String> codes;
    final boolean[] specify;
    final ItemId parent;
    int value = -1;
    final int[] flags;
    final int[] ranks;
    final int[] texts;
    final List<Integer> unknownFlags = new ArrayList<>();

    Item(ItemId id, ItemKind kind, int index, List<String> codes, boolean[] specify, ItemId parent) {
      this.id = id;
      this.kind = kind;
      this.index = index;
      this.codes = codes;
      this.specify = specify;
      this.parent = parent;
      this.flags = new int[codes.size()];
      this.ranks = new int[kind == ItemKind.RANKED ? codes.size() : 0];
      this.texts = new int[codes.size()];
      Arrays.fill(flags, -1);
      Arrays.fill(ranks, -1);
      Arrays.fill(texts, -1);
    }

    int code(String code) {
      return codes.indexOf(code);
    }

    boolean hasFlags() {
      return Arrays.stream(flags).anyMatch(c -> c >= 0);
    }

    /** The first column the item has in the file, where its rule violations are reported. */
    int firstColumn() {
      if (value >= 0) {
        return value;
      }
      for (int c : kind == ItemKind.RANKED ? ranks : flags) {
        if (c >= 0) {
          return c;
        }
      }
      return Arrays.stream(texts).filter(c -> c >= 0).findFirst().orElse(-1);
    }

    boolean inFile() {
      return value >= 0 || hasFlags() || Arrays.stream(ranks).anyMatch(c -> c >= 0);
    }
  }

  private static final Map<String, Kind> METADATA = new HashMap<>();
  private static final Pattern FOREIGN = Pattern.compile(
      "(?:s[0-9][A-Za-z0-9._]*[/-])?(?:g[0-9][A-Za-z0-9._]*[/-])?q[0-9][A-Za-z0-9._/-]*");

  static {
    for (String prefix : List.of("meta/", "meta-", "")) {
      METADATA.put(prefix + "instanceID", Kind.INSTANCE_ID);
      for (String ignored : List.of("deprecatedID", "rootUuid", "instanceName", "audit", "entity")) {
        METADATA.put(prefix + ignored, Kind.IGNORED);
      }
    }
    METADATA.put("KEY", Kind.KEY);
    METADATA.put("_uuid", Kind.UUID);
    METADATA.put("SubmissionDate", Kind.SUBMISSION_TIME);
    METADATA.put("_submission_time", Kind.SUBMISSION_TIME);
    METADATA.put("FormVersion", Kind.FORM_VERSION);
    METADATA.put("__version__", Kind.PLATFORM_VERSION);
    METADATA.put("_xform_id_string", Kind.FORM_ID);
    METADATA.put("ReviewState", Kind.REVIEW_STATE);
    METADATA.put("_validation_status", Kind.REVIEW_STATE);
    for (String ignored : List.of(
        // ODK Central
        "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "DeviceID", "Edits",
        "PARENT_KEY",
        // KoboToolbox
        "_id", "_index", "_notes", "_status", "_submitted_by", "_tags", "_attachments", "_geolocation",
        "_parent_table_name", "_parent_index", "_media_all_received", "_total_media", "_media_count",
        "formhub/uuid", "formhub-uuid", "uuid",
        // metadata questions of XLSForm
        "start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "email",
        "audit")) {
      METADATA.put(ignored, Kind.IGNORED);
    }
  }

  private static final List<String> KOBO_NAMES = List.of("_id", "_uuid", "_submission_time", "_index",
      "__version__", "_xform_id_string", "_validation_status", "_submitted_by", "_notes", "_status", "_tags");
  private static final List<String> CENTRAL_NAMES = List.of("SubmissionDate", "KEY", "SubmitterID",
      "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "ReviewState", "DeviceID", "Edits",
      "FormVersion");

  final Instrument instrument;
  final List<Item> items = new ArrayList<>();
  final Map<ItemId, Item> byId = new LinkedHashMap<>();
  final Role[] roles;
  final String[] names;
  final int width;
  final int respondent;
  final int instanceId;
  final int submissionTime;
  final int formVersion;
  final int platformVersion;
  final int formId;
  final int reviewState;
  final SubmissionPlatform platform;
  final Optional<String> groupSeparator;
  final boolean listColumns;
  final boolean flagColumns;
  final List<SubmissionProblem> warnings = new ArrayList<>();

  private SubmissionColumns(Instrument instrument, SubmissionSheet sheet, SubmissionOptions options) {
    this.instrument = instrument;
    Map<String, Role> known = known(instrument);
    width = sheet.size();
    if (width > org.ctnat.io.CsvResponses.MAX_COLUMNS) {
      throw sheet.problem(0, "the header has " + width + " columns, more than the limit of "
          + org.ctnat.io.CsvResponses.MAX_COLUMNS);
    }
    roles = new Role[width];
    names = new String[width];
    Map<String, Integer> seen = new HashMap<>();
    int[] meta = new int[Kind.values().length];
    Arrays.fill(meta, -1);
    int respondentColumn = -1;
    String separator = null;
    boolean kobo = false;
    boolean central = false;
    for (int i = 0; i < width; i++) {
      if (sheet.defect(i) != null) {
        throw sheet.problem(i + 1, "the header cell holds " + sheet.defect(i) + "; expected a column name");
      }
      String name = sheet.cell(i);
      names[i] = name;
      kobo |= KOBO_NAMES.contains(name);
      central |= CENTRAL_NAMES.contains(name);
      Role role = known.get(name);
      if (role == null && isRespondent(name, options.respondentField())) {
        role = new Role(Kind.RESPONDENT, null, -1, null, null);
      }
      if (role == null) {
        Kind kind = METADATA.get(name);
        if (kind != null) {
          role = new Role(kind, null, -1, null, null);
        }
      }
      if (role == null) {
        role = unknownFlag(name, known);
      }
      if (role == null && FOREIGN.matcher(name).matches()) {
        role = new Role(Kind.FOREIGN, null, -1, null, null);
      }
      if (role == null) {
        role = new Role(Kind.UNKNOWN, null, -1, null, null);
        warnings.add(new SubmissionProblem(1, i + 1, name, Optional.empty(), Optional.empty(),
            SubmissionProblem.Severity.WARNING, name.isEmpty() ? "a column without a name; its values are not read"
            : "'" + name + "' is neither a field of the form of " + instrument.id() + " " + instrument.version()
            + " nor a metadata column of KoboToolbox or ODK Central; its values are not read" + hint(name)));
      }
      roles[i] = role;
      if (role.kind() == Kind.IGNORED || role.kind() == Kind.UNKNOWN || role.kind() == Kind.FOREIGN) {
        continue;
      }
      String key = role.kind() + "|" + (role.item() == null ? "" : role.item().id.value()) + "|" + role.option()
          + "|" + role.code();
      Integer before = seen.putIfAbsent(key, i);
      if (before != null) {
        throw sheet.problem(i + 1, "column '" + name + "' holds the same " + describe(role) + " as column "
            + (before + 1) + " ('" + names[before] + "'); expected each field once (was the export made with "
            + "group names and without, and the two pasted together?)");
      }
      if (role.separator() != null && separator == null) {
        separator = role.separator();
      }
      switch (role.kind()) {
        case VALUE -> role.item().value = i;
        case FLAG -> role.item().flags[role.option()] = i;
        case UNKNOWN_FLAG -> role.item().unknownFlags.add(i);
        case RANK -> role.item().ranks[role.option()] = i;
        case SPECIFY -> role.item().texts[role.option()] = i;
        case RESPONDENT -> respondentColumn = i;
        default -> meta[role.kind().ordinal()] = i;
      }
    }
    if (items.stream().noneMatch(Item::inFile)) {
      throw sheet.problem(0, "none of the " + width + " columns is a field of the form of " + instrument.id() + " "
          + instrument.version() + " (such as " + example() + "); expected the export of that form with "
          + "\"XML values and headers\" (KoboToolbox) or the CSV download of ODK Central");
    }
    for (Item item : items) {
      if (item.kind == ItemKind.MULTIPLE && item.value < 0 && item.hasFlags()) {
        List<String> missing = new ArrayList<>();
        for (int o = 0; o < item.codes.size(); o++) {
          if (item.flags[o] < 0) {
            missing.add(item.codes.get(o));
          }
        }
        if (!missing.isEmpty()) {
          int first = Arrays.stream(item.flags).filter(c -> c >= 0).min().orElseThrow();
          throw sheet.problem(first + 1, "multiple choice " + item.id + " has 0/1 columns but none for the options "
              + missing + " and no column of its space-separated codes; expected a 0/1 column for every option, "
              + "or the codes column");
        }
      }
      if (!item.inFile()) {
        for (int c : item.texts) {
          if (c >= 0) {
            throw sheet.problem(c + 1, "column '" + names[c] + "' holds the specified text of an option of "
                + item.id + ", but the export has no column of " + item.id + " itself; expected the text with "
                + "its question");
          }
        }
      }
    }
    instanceId = first(meta, Kind.INSTANCE_ID, Kind.KEY, Kind.UUID);
    if (respondentColumn < 0 && instanceId < 0) {
      throw sheet.problem(0, "the export has neither a '" + options.respondentField() + "' column nor an instance "
          + "id column (meta/instanceID, meta-instanceID, instanceID, KEY or _uuid); expected one to identify the "
          + "respondents");
    }
    respondent = respondentColumn >= 0 ? respondentColumn : instanceId;
    submissionTime = meta[Kind.SUBMISSION_TIME.ordinal()];
    formVersion = meta[Kind.FORM_VERSION.ordinal()];
    platformVersion = meta[Kind.PLATFORM_VERSION.ordinal()];
    formId = meta[Kind.FORM_ID.ordinal()];
    reviewState = meta[Kind.REVIEW_STATE.ordinal()];
    platform = central && !kobo ? SubmissionPlatform.ODK_CENTRAL
        : kobo && !central ? SubmissionPlatform.KOBOTOOLBOX : SubmissionPlatform.UNKNOWN;
    groupSeparator = Optional.ofNullable(separator);
    listColumns = items.stream().anyMatch(i -> i.kind == ItemKind.MULTIPLE && i.value >= 0);
    flagColumns = items.stream().anyMatch(Item::hasFlags);
  }

  /** Reads the header (the sheet's current row). */
  static SubmissionColumns read(Instrument instrument, SubmissionSheet sheet, SubmissionOptions options) {
    return new SubmissionColumns(instrument, sheet, options);
  }

  private static int first(int[] meta, Kind... kinds) {
    for (Kind kind : kinds) {
      if (meta[kind.ordinal()] >= 0) {
        return meta[kind.ordinal()];
      }
    }
    return -1;
  }

  private static boolean isRespondent(String name, String field) {
    return name.equals(field) || name.endsWith("/" + field) || name.endsWith("-" + field);
  }

  private String example() {
    Item item = items.get(Math.min(1, items.size() - 1));
    return "'" + OdkNames.field(item.id) + "'";
  }

  private static String describe(Role role) {
    return switch (role.kind()) {
      case VALUE -> "field of item " + role.item().id;
      case FLAG -> "0/1 column of option '" + role.code() + "' of " + role.item().id;
      case UNKNOWN_FLAG -> "0/1 column of '" + role.code() + "' of " + role.item().id;
      case RANK -> "rank " + (role.option() + 1) + " of " + role.item().id;
      case SPECIFY -> "specified text of option '" + role.code() + "' of " + role.item().id;
      case RESPONDENT -> "respondent id";
      default -> "metadata (" + role.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    };
  }

  private static String hint(String name) {
    if (name.contains(" ") || name.endsWith("?") || name.endsWith(":")) {
      return " (it looks like a label: export with \"XML values and headers\")";
    }
    return "";
  }

  /** A {@code field/code} (or {@code field-code}) column of a multiple choice for a code it lacks. */
  private Role unknownFlag(String name, Map<String, Role> known) {
    for (int cut = name.length() - 1; cut > 0; cut--) {
      char c = name.charAt(cut);
      if (c != '/' && c != '-') {
        continue;
      }
      Role base = known.get(name.substring(0, cut));
      String code = name.substring(cut + 1);
      if (base != null && base.kind() == Kind.VALUE && base.item().kind == ItemKind.MULTIPLE && !code.isEmpty()) {
        return new Role(Kind.UNKNOWN_FLAG, base.item(), -1, code, base.separator());
      }
    }
    return null;
  }

  /** Every header the instrument's fields may have, with its role. */
  private Map<String, Role> known(Instrument instrument) {
    Map<String, Role> known = new HashMap<>();
    for (SurveySection section : instrument.survey().sections()) {
      String s = OdkNames.section(section.id());
      for (Question question : section.questions()) {
        if (question instanceof Grid grid) {
          for (GridStatement statement : grid.statements()) {
            Item item = add(statement.id(), ItemKind.POINT, List.of(), null);
            names(known, List.of(s, OdkNames.grid(grid.id())), OdkNames.field(statement.id()), Kind.VALUE, item, -1,
                null);
          }
          continue;
        }
        List<String> path = List.of(s);
        String field = OdkNames.field(question.id());
        if (question instanceof FreeText) {
          names(known, path, field, Kind.VALUE, add(question.id(), ItemKind.TEXT, List.of(), null), -1, null);
          continue;
        }
        ChoiceQuestion choice = (ChoiceQuestion) question;
        List<String> codes = choice.options().stream().map(ChoiceOption::code).toList();
        ItemKind kind = question instanceof SingleChoice ? ItemKind.SINGLE
            : question instanceof MultipleChoice ? ItemKind.MULTIPLE : ItemKind.RANKED;
        Item item = add(question.id(), kind, codes, question instanceof SingleChoice q ? q.optionsFrom().orElse(null)
            : null);
        for (int o = 0; o < codes.size(); o++) {
          item.specify[o] = choice.options().get(o).specify();
        }
        if (kind == ItemKind.RANKED) {
          for (int k = 1; k <= ((Ranking) question).options().size(); k++) {
            names(known, path, OdkNames.rank(question.id(), k), Kind.RANK, item, k - 1, null);
          }
        } else {
          names(known, path, field, Kind.VALUE, item, -1, null);
        }
        if (kind == ItemKind.MULTIPLE) {
          for (int o = 0; o < codes.size(); o++) {
            for (String sep : List.of("/", "-")) {
              names(known, path, field + sep + codes.get(o), Kind.FLAG, item, o, codes.get(o));
            }
          }
        }
        for (int o = 0; o < codes.size(); o++) {
          if (item.specify[o]) {
            names(known, path, OdkNames.specify(question.id(), codes.get(o)), Kind.SPECIFY, item, o, codes.get(o));
          }
        }
      }
    }
    return known;
  }

  private Item add(ItemId id, ItemKind kind, List<String> codes, ItemId parent) {
    Item item = new Item(id, kind, items.size(), codes, new boolean[codes.size()], parent);
    items.add(item);
    byId.put(id, item);
    return item;
  }

  private static void names(Map<String, Role> known, List<String> path, String leaf, Kind kind, Item item,
      int option, String code) {
    known.putIfAbsent(leaf, new Role(kind, item, option, code, null));
    for (String sep : List.of("/", "-")) {
      known.putIfAbsent(String.join(sep, path) + sep + leaf, new Role(kind, item, option, code, sep));
    }
  }

  /** The column of an item, or null if the instrument has no such item. */
  Item item(String id) {
    try {
      return byId.get(ItemId.of(id));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  SubmissionLayout layout(SubmissionLayout.Format format, Optional<Character> delimiter) {
    return new SubmissionLayout(platform, format, delimiter, groupSeparator, listColumns, flagColumns,
        names[respondent]);
  }
}
