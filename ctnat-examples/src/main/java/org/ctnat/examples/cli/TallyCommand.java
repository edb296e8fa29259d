package org.ctnat.examples.cli;

import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ctnat.core.analysis.CountTable;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.analysis.SuppressedTable;
import org.ctnat.core.analysis.SurveyTally;
import org.ctnat.core.analysis.Tally;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CsvTallies;
import org.ctnat.io.DocumentKinds;
import org.ctnat.io.SurveyResponses;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tally <responses>}: the tally of every item, optionally disaggregated by profile
 * attributes, with cells below {@code --min-cell} suppressed (and their complements) before
 * anything is printed.
 */
final class TallyCommand {

  private TallyCommand() {}

  static int run(Arguments arguments, PrintStream out) {
    Path file = Inputs.existing(arguments.single("responses file"));
    Instrument instrument = Inputs.instrument(arguments);
    List<ProfileAttribute> by = new ArrayList<>();
    for (String key : arguments.options("by")) {
      try {
        by.add(ProfileAttribute.ofKey(key));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--by: " + e.getMessage());
      }
    }
    OptionalInt minCell = arguments.integer("min-cell").map(OptionalInt::of).orElse(OptionalInt.empty());
    if (minCell.isPresent() && minCell.getAsInt() < 1) {
      throw new UsageException("--min-cell must be at least 1, but was " + minCell.getAsInt());
    }
    String format = arguments.choice("format", List.of("text", "csv", "json")).orElse("text");
    Disaggregation groups = read(instrument, file, by.isEmpty() ? List.of(ProfileAttribute.COUNTRY) : by, out);
    boolean grouped = !by.isEmpty();
    switch (format) {
      case "csv":
        if (minCell.isPresent()) {
          throw new UsageException("--format csv writes exact counts for further analysis; it cannot be combined "
              + "with --min-cell (use text or json for a publishable table)");
        }
        out.print(grouped ? CsvTallies.toString(groups) : CsvTallies.toString(groups.whole()));
        break;
      case "json":
        out.println(json(instrument, groups, grouped, minCell));
        break;
      default:
        text(instrument, groups, grouped, minCell, out);
    }
    return Ctnat.OK;
  }

  private static Disaggregation read(Instrument instrument, Path file, List<ProfileAttribute> by, PrintStream out) {
    String kind = DocumentKinds.of(file);
    try (InputStream in = Inputs.open(file)) {
      switch (kind) {
        case DocumentKinds.SURVEY_RESPONSES:
          return SurveyResponses.disaggregateLines(instrument, in, file.toString(), by);
        case DocumentKinds.CSV_RESPONSES: {
          var result = CsvResponses.disaggregate(instrument, in, file.toString(), by.toArray(ProfileAttribute[]::new));
          if (!result.report().isClean()) {
            out.println("# " + result.report().problemCount() + " problems in " + file
                + "; rows that could not be read are left out (run validate for the list)");
          }
          return result.value();
        }
        case DocumentKinds.SURVEY_RESPONSE:
          return Disaggregation.of(instrument, List.of(SurveyResponses.read(file)), by.toArray(ProfileAttribute[]::new));
        default:
          throw new UsageException(file + " holds a " + kind + ", not survey responses");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One table per item: the groups (or all respondents) by the item's categories. */
  private static CountTable table(Disaggregation groups, boolean grouped, ItemId item) {
    List<String> rows = new ArrayList<>();
    List<int[]> cells = new ArrayList<>();
    if (grouped) {
      groups.groups().forEach((key, tally) -> {
        rows.add(key.toString());
        cells.add(tally.tally(item).counts().stream().mapToInt(Integer::intValue).toArray());
      });
    } else {
      rows.add("all");
      cells.add(groups.whole().tally(item).counts().stream().mapToInt(Integer::intValue).toArray());
    }
    return CountTable.of(rows, groups.whole().tally(item).categories(), cells.toArray(int[][]::new));
  }

  private static void text(Instrument instrument, Disaggregation groups, boolean grouped, OptionalInt minCell,
      PrintStream out) {
    SurveyTally whole = groups.whole();
    out.println("Tally of " + whole.responses() + " responses to " + instrument.id() + " " + instrument.version()
        + (grouped ? " by " + groups.attributes().stream().map(ProfileAttribute::key).toList() : "")
        + (minCell.isPresent() ? ", cells below " + minCell.getAsInt() + " suppressed" : ""));
    for (Tally tally : whole.tallies()) {
      out.println();
      if (tally.categories().isEmpty()) {
        out.println(tally.item() + ": free text, answered " + tally.answered() + " of " + tally.eligible());
        continue;
      }
      if (!grouped && minCell.isEmpty()) {
        out.println(tally);
        continue;
      }
      out.println(tally.item() + ": answered " + tally.answered() + " of " + tally.eligible());
      CountTable table = table(groups, grouped, tally.item());
      out.println(minCell.isPresent() ? DisclosureControl.suppress(table, minCell.getAsInt()) : table);
    }
  }

  private static String json(Instrument instrument, Disaggregation groups, boolean grouped, OptionalInt minCell) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("instrument", instrument.id().value());
    root.put("version", instrument.version());
    root.put("responses", groups.whole().responses());
    ArrayNode attributes = root.putArray("by");
    if (grouped) {
      groups.attributes().forEach(a -> attributes.add(a.key()));
    }
    if (minCell.isPresent()) {
      root.put("minCell", minCell.getAsInt());
    }
    ArrayNode items = root.putArray("items");
    for (Tally tally : groups.whole().tallies()) {
      ObjectNode item = items.addObject();
      item.put("item", tally.item().value());
      item.put("eligible", tally.eligible());
      item.put("answered", tally.answered());
      item.put("missing", tally.missing());
      item.put("invalid", tally.invalid());
      ArrayNode categories = item.putArray("categories");
      tally.categories().forEach(categories::add);
      if (tally.categories().isEmpty()) {
        continue;
      }
      CountTable table = table(groups, grouped, tally.item());
      SuppressedTable suppressed = minCell.isPresent() ? DisclosureControl.suppress(table, minCell.getAsInt()) : null;
      ArrayNode rows = item.putArray("groups");
      List<GroupKey> keys = new ArrayList<>(groups.groups().keySet());
      for (int r = 0; r < table.rows(); r++) {
        ObjectNode row = rows.addObject();
        if (grouped) {
          ObjectNode group = row.putObject("group");
          GroupKey key = keys.get(r);
          for (int a = 0; a < key.attributes().size(); a++) {
            group.put(key.attributes().get(a).key(), key.values().get(a));
          }
        }
        ArrayNode counts = row.putArray("counts");
        for (int c = 0; c < table.columns(); c++) {
          if (suppressed == null) {
            counts.add(table.count(r, c));
          } else {
            OptionalInt shown = suppressed.published(r, c);
            if (shown.isPresent()) {
              counts.add(shown.getAsInt());
            } else {
              counts.addNull();
            }
          }
        }
      }
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

}
