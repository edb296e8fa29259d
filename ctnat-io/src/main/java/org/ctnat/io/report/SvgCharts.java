package org.ctnat.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The report's charts as inline SVG, written by hand: a diverging stacked bar chart for the
 * statements of a grid, and side-by-side horizontal bars for the priorities. No chart library
 * (none fits without a browser, and the GPL ones are out); no script, font or image is
 * referenced, so the charts print and work offline.
 *
 * <p>Every chart is accessible: {@code role="img"} with a {@code <title>} and {@code <desc>}
 * referenced by {@code aria-labelledby}; the numbers are always also in a table beside it. A
 * chart draws only what it is given: withheld counts have no geometry of their own (a grid's
 * withheld cells are drawn as one hatched segment whose width is what the published figures
 * already imply), so a chart can never reveal more than its table.
 *
 * <p>Stateless and thread-safe.
 */
final class SvgCharts {

  /** Which side of zero a level of a diverging chart is drawn on. */
  enum Side {
    /** Left of zero, the first level nearest zero. */
    NEGATIVE,
    /** Centred on zero. */
    NEUTRAL,
    /** Right of zero, the last level nearest zero. */
    POSITIVE,
    /** In the panel beside the chart (answers that take no side, such as "don't know"). */
    ASIDE
  }

  /** A level (scale point) of a diverging chart, in scale order. */
  record Level(String code, String label, Side side) {}

  /**
   * One bar of a diverging chart: its label, the published share of each level (empty where
   * withheld) and the share of all withheld levels together, or nothing at all when no share can
   * be published.
   */
  record Bar(String label, List<OptionalDouble> shares, double withheld) {}

  /** One row of a bar chart: a label and one value per series (empty where withheld). */
  record Group(String label, List<OptionalInt> values) {}

  private static final String[] BLUES = {"#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef"};
  private static final String[] REDS = {"#a50f15", "#de2d26", "#fb6a4a", "#fc9272", "#fcbba1"};
  private static final String NEUTRAL = "#bdbdbd";
  private static final String ASIDE = "#e0e0e0";
  private static final String INK = "#222222";
  private static final double CHAR_WIDTH = 6.2;

  private static final int WIDTH = 720;
  private static final int LABEL_WIDTH = 250;
  private static final int PLOT_WIDTH = 340;
  private static final int ASIDE_GAP = 16;
  private static final int ASIDE_WIDTH = 100;
  private static final int ROW_HEIGHT = 22;
  private static final int ROW_GAP = 8;
  private static final int TOP = 8;

  private SvgCharts() {}

  /**
   * A diverging stacked bar chart: negative levels left of zero, positive right, neutral
   * centred on zero, levels that take no side and withheld answers in a panel on the right; one
   * bar per statement, as shares from −100% to 100% of those who answered.
   *
   * @param id a prefix for the ids inside the chart, unique in the document
   */
  static String diverging(String id, String title, String description, List<Level> levels, List<Bar> bars) {
    List<String> colours = colours(levels);
    boolean anyWithheld = bars.stream().anyMatch(b -> b.withheld() > 0);
    int plotTop = TOP;
    int plotHeight = bars.size() * (ROW_HEIGHT + ROW_GAP);
    int axisY = plotTop + plotHeight + 4;
    List<String> legendItems = new ArrayList<>();
    List<String> legendColours = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      legendItems.add(levels.get(l).label());
      legendColours.add(colours.get(l));
    }
    if (anyWithheld) {
      legendItems.add("withheld (disclosure control)");
      legendColours.add("url(#" + id + "-hatch)");
    }
    int legendTop = axisY + 24;
    List<double[]> legendPositions = legendLayout(legendItems, legendTop);
    int height = (int) (legendPositions.isEmpty() ? legendTop : legendPositions.get(legendPositions.size() - 1)[1])
        + 22;
    StringBuilder svg = open(id, title, description, height);
    svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" "
        + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"")
        .append(ASIDE).append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#555555\" stroke-width=\"2\"/>"
        + "</pattern></defs>\n");
    double centre = LABEL_WIDTH + PLOT_WIDTH / 2.0;
    double scale = PLOT_WIDTH / 2.0;
    // grid lines and axis
    for (int tick = -100; tick <= 100; tick += 50) {
      double x = centre + scale * tick / 100.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
          + "stroke-width=\"%s\"/>", x, plotTop, x, axisY, tick == 0 ? INK : "#cccccc", tick == 0 ? "1.5" : "1"));
      svg.append(text(x, axisY + 14, "middle", tick == 0 ? "0" : Math.abs(tick) + "%", "axis"));
    }
    double asideX = LABEL_WIDTH + PLOT_WIDTH + ASIDE_GAP;
    svg.append(text(asideX, axisY + 14, "start", "no side / withheld", "axis"));
    for (int b = 0; b < bars.size(); b++) {
      Bar bar = bars.get(b);
      double y = plotTop + b * (ROW_HEIGHT + ROW_GAP) + ROW_GAP / 2.0;
      svg.append("<g class=\"bar\" data-row=\"").append(b).append("\">");
      svg.append(text(LABEL_WIDTH - 8, y + ROW_HEIGHT / 2.0 + 4, "end", clip(bar.label(), LABEL_WIDTH - 12), "label"));
      if (bar.shares().stream().allMatch(OptionalDouble::isEmpty) && bar.withheld() == 0) {
        svg.append(text(centre, y + ROW_HEIGHT / 2.0 + 4, "middle", "no shares published", "note"));
        svg.append("</g>\n");
        continue;
      }
      double neutral = 0;
      for (int l = 0; l < levels.size(); l++) {
        if (levels.get(l).side() == Side.NEUTRAL) {
          neutral += bar.shares().get(l).orElse(0);
        }
      }
      double left = centre - scale * neutral / 2;
      for (int l = 0; l < levels.size(); l++) {
        if (levels.get(l).side() == Side.NEUTRAL && bar.shares().get(l).isPresent()) {
          left = segment(svg, levels.get(l), colours.get(l), bar.shares().get(l).getAsDouble(), left, y, scale);
        }
      }
      double right = centre + scale * neutral / 2;
      for (int l = levels.size() - 1; l >= 0; l--) {
        if (levels.get(l).side() == Side.POSITIVE && bar.shares().get(l).isPresent()) {
          right = segment(svg, levels.get(l), colours.get(l), bar.shares().get(l).getAsDouble(), right, y, scale);
        }
      }
      double leftEdge = centre - scale * neutral / 2;
      for (int l = 0; l < levels.size(); l++) {
        if (levels.get(l).side() == Side.NEGATIVE && bar.shares().get(l).isPresent()) {
          double share = bar.shares().get(l).getAsDouble();
          leftEdge -= scale * share;
          segment(svg, levels.get(l), colours.get(l), share, leftEdge, y, scale);
        }
      }
      double aside = asideX;
      double asideScale = ASIDE_WIDTH;
      for (int l = 0; l < levels.size(); l++) {
        if (levels.get(l).side() == Side.ASIDE && bar.shares().get(l).isPresent()) {
          aside = segment(svg, levels.get(l), colours.get(l), bar.shares().get(l).getAsDouble(), aside, y, asideScale);
        }
      }
      if (bar.withheld() > 0) {
        double w = asideScale * bar.withheld();
        svg.append(String.format(Locale.ROOT, "<rect class=\"withheld\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
            + "height=\"%d\" fill=\"url(#%s-hatch)\" stroke=\"#555555\" stroke-width=\"0.5\"><title>withheld by "
            + "disclosure control: %s</title></rect>", aside, y, w, ROW_HEIGHT, id, percent(bar.withheld())));
      }
      svg.append("</g>\n");
    }
    legend(svg, legendItems, legendColours, legendPositions);
    return svg.append("</svg>").toString();
  }

  /**
   * Horizontal bars in panels side by side, one panel per series, each with its own scale (the
   * series may count different things, such as respondents and workshop groups). A withheld value
   * has no bar, only the symbol {@code x}.
   *
   * @param id a prefix for the ids inside the chart, unique in the document
   */
  static String bars(String id, String title, String description, List<String> series, List<Group> groups) {
    int labelWidth = 60;
    int gap = 24;
    int panelWidth = (WIDTH - labelWidth - gap * series.size()) / Math.max(1, series.size());
    int rowHeight = 16;
    int rowGap = 4;
    int top = 24;
    int height = top + groups.size() * (rowHeight + rowGap) + 12;
    StringBuilder svg = open(id, title, description, height);
    for (int s = 0; s < series.size(); s++) {
      int max = 1;
      for (Group group : groups) {
        OptionalInt value = group.values().get(s);
        if (value.isPresent()) {
          max = Math.max(max, value.getAsInt());
        }
      }
      double x0 = labelWidth + s * (panelWidth + gap) + gap / 2.0;
      svg.append(text(x0, 14, "start", clip(series.get(s), panelWidth), "series"));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>",
          x0, top - 2, x0, height - 10, INK));
      double usable = panelWidth - 30;
      for (int g = 0; g < groups.size(); g++) {
        double y = top + g * (rowHeight + rowGap);
        if (s == 0) {
          svg.append(text(labelWidth - 6, y + rowHeight - 4, "end", clip(groups.get(g).label(), labelWidth - 8),
              "label"));
        }
        OptionalInt value = groups.get(g).values().get(s);
        if (value.isEmpty()) {
          svg.append(text(x0 + 4, y + rowHeight - 4, "start", "x", "note"));
          continue;
        }
        double w = usable * value.getAsInt() / max;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
            + "<title>%s, %s: %d</title></rect>", x0, y, w, rowHeight, s == 0 ? BLUES[1] : BLUES[3],
            Escapes.html(groups.get(g).label()), Escapes.html(series.get(s)), value.getAsInt()));
        svg.append(text(x0 + w + 4, y + rowHeight - 4, "start", Integer.toString(value.getAsInt()), "value"));
      }
    }
    return svg.append("</svg>").toString();
  }

  // ---------------------------------------------------------------------------------- drawing

  private static StringBuilder open(String id, String title, String description, int height) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg class=\"chart\" role=\"img\" id=\"").append(id)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
        .append(id).append("-desc\">\n<title id=\"").append(id).append("-title\">").append(Escapes.html(title))
        .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(Escapes.html(description))
        .append("</desc>\n");
    return svg;
  }

  /** Draws one segment from {@code x} and returns where it ends. */
  private static double segment(StringBuilder svg, Level level, String colour, double share, double x, double y,
      double scale) {
    double w = scale * share;
    if (w <= 0) {
      return x;
    }
    svg.append(String.format(Locale.ROOT, "<rect class=\"segment\" data-point=\"%s\" x=\"%.1f\" y=\"%.1f\" "
        + "width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>%s: %s</title>"
        + "</rect>", Escapes.html(level.code()), x, y, w, ROW_HEIGHT, colour, Escapes.html(level.label()),
        percent(share)));
    if (w >= 30) {
      boolean dark = colour.equals(BLUES[0]) || colour.equals(BLUES[1]) || colour.equals(REDS[0])
          || colour.equals(REDS[1]);
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"in\" "
          + "fill=\"%s\">%s</text>", x + w / 2, y + ROW_HEIGHT / 2.0 + 4, dark ? "#ffffff" : INK, percent(share)));
    }
    return x + w;
  }

  private static String text(double x, double y, String anchor, String text, String cls) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
        x, y, anchor, cls, Escapes.html(text));
  }

  /**
   * The colours of the levels: blues for positive, darkest farthest from zero; reds likewise;
   * beyond five levels on a side the outermost share a shade (labels and the table tell them apart).
   */
  private static List<String> colours(List<Level> levels) {
    long negatives = levels.stream().filter(l -> l.side() == Side.NEGATIVE).count();
    List<String> colours = new ArrayList<>();
    int p = 0;
    int n = 0;
    for (Level level : levels) {
      switch (level.side()) {
        case POSITIVE -> colours.add(BLUES[Math.min(BLUES.length - 1, p++)]);
        case NEGATIVE -> colours.add(REDS[(int) Math.max(0, Math.min(REDS.length - 1, negatives - 1 - n++))]);
        case NEUTRAL -> colours.add(NEUTRAL);
        case ASIDE -> colours.add(ASIDE);
      }
    }
    return colours;
  }

  /** Where each legend item goes: x, y, wrapped to the chart's width. */
  private static List<double[]> legendLayout(List<String> items, int top) {
    List<double[]> positions = new ArrayList<>();
    double x = LABEL_WIDTH;
    double y = top;
    for (String item : items) {
      double width = 18 + item.length() * CHAR_WIDTH + 14;
      if (x + width > WIDTH && x > LABEL_WIDTH) {
        x = LABEL_WIDTH;
        y += 18;
      }
      positions.add(new double[] {x, y});
      x += width;
    }
    return positions;
  }

  private static void legend(StringBuilder svg, List<String> items, List<String> colours, List<double[]> positions) {
    svg.append("<g class=\"legend\">");
    for (int i = 0; i < items.size(); i++) {
      double[] at = positions.get(i);
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\" "
          + "stroke=\"#555555\" stroke-width=\"0.5\"/>", at[0], at[1] - 10, colours.get(i)));
      svg.append(text(at[0] + 16, at[1], "start", items.get(i), "legend"));
    }
    svg.append("</g>\n");
  }

  private static String clip(String label, double width) {
    int max = (int) (width / CHAR_WIDTH);
    return label.length() <= max ? label : label.substring(0, Math.max(1, max - 1)).stripTrailing() + "\u2026";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
