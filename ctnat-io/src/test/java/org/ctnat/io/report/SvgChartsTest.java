package org.ctnat.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The SVG writer: geometry of the diverging bars, withheld values, accessibility, escaping. */
class SvgChartsTest {

  private static final List<SvgCharts.Level> FREQUENCY = List.of(
      new SvgCharts.Level("always", "Always", SvgCharts.Side.POSITIVE),
      new SvgCharts.Level("often", "Often", SvgCharts.Side.POSITIVE),
      new SvgCharts.Level("sometimes", "Sometimes", SvgCharts.Side.NEUTRAL),
      new SvgCharts.Level("rarely", "Rarely", SvgCharts.Side.NEGATIVE),
      new SvgCharts.Level("never", "Never", SvgCharts.Side.NEGATIVE));

  private static final double CENTRE = 250 + 340 / 2.0;

  @Test
  void negativeLeftPositiveRightNeutralCentred() {
    Document svg = parse(SvgCharts.diverging("c", "t", "d", FREQUENCY, List.of(new SvgCharts.Bar("3.2.1 x",
        shares(0.1, 0.2, 0.4, 0.2, 0.1), 0))));
    Element neutral = segment(svg, "sometimes");
    double x = attr(neutral, "x");
    double w = attr(neutral, "width");
    assertEquals(CENTRE, x + w / 2, 0.1, "neutral centred on zero");
    assertEquals(x + w, attr(segment(svg, "often"), "x"), 0.1, "often starts where neutral ends");
    assertEquals(attr(segment(svg, "often"), "x") + attr(segment(svg, "often"), "width"),
        attr(segment(svg, "always"), "x"), 0.1, "always is outermost on the right");
    assertEquals(x, attr(segment(svg, "rarely"), "x") + attr(segment(svg, "rarely"), "width"), 0.1,
        "rarely ends where neutral starts");
    assertTrue(attr(segment(svg, "never"), "x") < attr(segment(svg, "rarely"), "x"), "never is outermost left");
  }

  @Test
  void segmentsAddUpToTheSharesAndNeverOverlap() {
    qt().forAll(lists().of(integers().between(0, 9)).ofSize(5), integers().between(0, 4)).checkAssert((counts, gone) -> {
      int total = counts.stream().mapToInt(Integer::intValue).sum();
      if (total == 0) {
        return;
      }
      List<OptionalDouble> shares = new ArrayList<>();
      double withheld = 0;
      for (int i = 0; i < 5; i++) {
        double share = (double) counts.get(i) / total;
        if (i == gone && counts.get(i) > 0) {
          shares.add(OptionalDouble.empty());
          withheld = share;
        } else {
          shares.add(OptionalDouble.of(share));
        }
      }
      Document svg = parse(SvgCharts.diverging("p", "t", "d", FREQUENCY, List.of(new SvgCharts.Bar("b", shares,
          withheld))));
      double drawn = 0;
      List<double[]> spans = new ArrayList<>();
      for (Element rect : svg.select("rect.segment")) {
        drawn += attr(rect, "width");
        spans.add(new double[] {attr(rect, "x"), attr(rect, "x") + attr(rect, "width")});
      }
      double published = shares.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
          .sum();
      assertEquals(published * 170, drawn, 0.5, "widths are the published shares");
      for (int a = 0; a < spans.size(); a++) {
        for (int b = a + 1; b < spans.size(); b++) {
          assertTrue(spans.get(a)[1] <= spans.get(b)[0] + 0.15 || spans.get(b)[1] <= spans.get(a)[0] + 0.15,
              "overlap");
        }
      }
      assertEquals(withheld > 0 ? 1 : 0, svg.select("rect.withheld").size());
    });
  }

  @Test
  void isAnAccessibleImageWithEscapedTexts() {
    String svg = SvgCharts.diverging("g1", "Answers <b>", "desc & more", FREQUENCY,
        List.of(new SvgCharts.Bar("<script>alert(1)</script>", shares(0.2, 0.2, 0.2, 0.2, 0.2), 0)));
    Document doc = parse(svg);
    Element root = doc.selectFirst("svg");
    assertEquals("img", root.attr("role"));
    assertEquals("g1-title g1-desc", root.attr("aria-labelledby"));
    assertEquals("Answers <b>", doc.selectFirst("title#g1-title").text());
    assertEquals("desc & more", doc.selectFirst("desc#g1-desc").text());
    assertTrue(doc.select("script, b").isEmpty());
  }

  @Test
  void aWithheldBarValueHasNoBarButAnX() {
    Document doc = parse(SvgCharts.bars("b", "t", "d", List.of("Survey", "Workshop"),
        List.of(new SvgCharts.Group("A", List.of(OptionalInt.empty(), OptionalInt.of(2))),
            new SvgCharts.Group("B", List.of(OptionalInt.of(6), OptionalInt.of(0))))));
    assertEquals(3, doc.select("rect").size(), "bars for 2, 6 and 0, none for the withheld value");
    assertTrue(doc.select("text.note").eachText().contains("x"));
  }

  private static List<OptionalDouble> shares(double... shares) {
    List<OptionalDouble> list = new ArrayList<>();
    for (double s : shares) {
      list.add(OptionalDouble.of(s));
    }
    return list;
  }

  private static Document parse(String svg) {
    return Jsoup.parse(svg, "", Parser.xmlParser());
  }

  private static Element segment(Document svg, String point) {
    return svg.selectFirst("rect.segment[data-point=" + point + "]");
  }

  private static double attr(Element element, String name) {
    return Double.parseDouble(element.attr(name));
  }
}
