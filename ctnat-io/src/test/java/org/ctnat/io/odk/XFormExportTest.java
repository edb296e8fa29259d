package org.ctnat.io.odk;

import static org.ctnat.io.odk.XFormSamples.ADAPTED;
import static org.ctnat.io.odk.XFormSamples.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kxml2.io.KXmlParser;
import org.xmlpull.v1.XmlPullParser;

/**
 * The XForm export: well-formed, structurally complete (every control has a bind and an
 * instance node, every text id a translation in every language, every itemset its instance),
 * carrying the rules, and unchanged from the golden file unless the format is meant to change.
 */
class XFormExportTest {

  private static final String GOLDEN = "/org/ctnat/io/odk/xform/ctnat-2016.xml";

  private static Document parse(String xml) {
    return Jsoup.parse(xml, "", Parser.xmlParser());
  }

  /** Reads the whole document with a strict pull parser: fails on any well-formedness error. */
  private static int strictElementCount(String xml) throws Exception {
    KXmlParser parser = new KXmlParser();
    parser.setFeature(XmlPullParser.FEATURE_PROCESS_NAMESPACES, true);
    parser.setInput(new StringReader(xml));
    int elements = 0;
    for (int event = parser.next(); event != XmlPullParser.END_DOCUMENT; event = parser.next()) {
      if (event == XmlPullParser.START_TAG) {
        elements++;
      }
    }
    return elements;
  }

  private static Element bind(Document form, String nodeset) {
    Element bind = form.selectFirst("bind[nodeset=\"" + nodeset + "\"]");
    assertNotNull(bind, "no bind for " + nodeset);
    return bind;
  }

  @Test
  void theStandardSurveyIsTheGoldenXForm() throws IOException {
    String golden;
    try (InputStream in = XFormExportTest.class.getResourceAsStream(GOLDEN)) {
      assertNotNull(in, GOLDEN);
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(golden, XForms.toXml(CTNAT), "the XForm differs from " + GOLDEN
        + "; if the change is intended, replace the golden file with the new export");
  }

  @Test
  void theFormIsWellFormedAndNamesTheInstrument() throws Exception {
    String xml = XForms.toXml(CTNAT);
    assertTrue(strictElementCount(xml) > 500);
    Document form = parse(xml);
    assertEquals(CTNAT.title().english(), form.selectFirst("h|title").text());
    Element data = form.selectFirst("model > instance:not([id]) > data");
    assertEquals("ctnat-2016", data.attr("id"));
    assertEquals("2016.1", data.attr("version"));
    assertEquals("1.0.0", form.selectFirst("model").attr("odk:xforms-version"));
    assertEquals("uid", bind(form, "/data/meta/instanceID").attr("jr:preload"));
  }

  @Test
  void everyControlHasABindAndAnInstanceNodeAndEveryTextATranslation() {
    for (Instrument instrument : List.of(CTNAT, ADAPTED)) {
      Document form = parse(XForms.toXml(instrument));
      Set<String> nodes = new HashSet<>();
      collectPaths(form.selectFirst("model > instance:not([id]) > data"), "", nodes);
      Set<String> bound = new HashSet<>();
      form.select("model > bind").forEach(b -> bound.add(b.attr("nodeset")));
      assertTrue(nodes.containsAll(bound), "every bind is of an instance node");
      List<String> translations = form.select("itext > translation").eachAttr("lang");
      assertEquals(instrument.languages().size(), translations.size());
      for (Element control : form.select("h|body input, h|body select1, h|body select")) {
        String ref = control.attr("ref");
        assertTrue(bound.contains(ref), "no bind for control " + ref);
        assertEquals(1, control.select("> label").size(), ref);
        Element itemset = control.selectFirst("> itemset");
        if (!control.tagName().equals("input")) {
          assertNotNull(itemset, ref);
          Matcher list = Pattern.compile("instance\\('([^']+)'\\)").matcher(itemset.attr("nodeset"));
          assertTrue(list.find(), itemset.attr("nodeset"));
          assertNotNull(form.selectFirst("model > instance[id=\"" + list.group(1) + "\"]"), "no instance " + list.group(1));
        }
      }
      Set<String> ids = new HashSet<>();
      Matcher refs = Pattern.compile("jr:itext\\('([^']+)'\\)").matcher(form.outerHtml());
      while (refs.find()) {
        ids.add(refs.group(1));
      }
      form.select("instance[id] itextId").forEach(e -> ids.add(e.text()));
      for (Element translation : form.select("itext > translation")) {
        Set<String> present = new HashSet<>(translation.select("> text").eachAttr("id"));
        assertTrue(present.containsAll(ids), () -> translation.attr("lang") + " lacks texts");
        assertEquals(present.size(), translation.select("> text").size(), "text ids are unique");
      }
    }
  }

  private static void collectPaths(Element element, String parent, Set<String> paths) {
    String path = parent + "/" + element.tagName();
    paths.add(path);
    element.children().forEach(c -> collectPaths(c, path, paths));
  }

  @Test
  void theRulesOfTheSurveyAreBinds() {
    Document form = parse(XForms.toXml(CTNAT));
    assertEquals("count-selected(.) = 3", bind(form, "/data/s2/q2.2").attr("constraint"));
    assertEquals("count-selected(.) <= 3", bind(form, "/data/s2/q2.3").attr("constraint"));
    assertFalse(bind(form, "/data/s2/q2.1").hasAttr("constraint"), "all that apply: no limit to check");
    assertEquals("selected(/data/s2/q2.2, 'other_specify')",
        bind(form, "/data/s2/q2.2_other_specify_text").attr("relevant"));
    assertEquals("/data/s1/q1.2 = 'other_specify'", bind(form, "/data/s1/q1.2_other_specify_text").attr("relevant"));
    Element followUp = bind(form, "/data/s2/q2.2.1");
    assertEquals("count-selected(/data/s2/q2.2) > 0", followUp.attr("relevant"));
    assertEquals("selected(/data/s2/q2.2, .)", followUp.attr("constraint"));
    assertEquals("instance('list_q2.2.1')/root/item[selected(/data/s2/q2.2, name)]",
        form.selectFirst("select1[ref=\"/data/s2/q2.2.1\"] > itemset").attr("nodeset"));
    Element rank2 = bind(form, "/data/s2/q2.4_rank2");
    assertEquals("/data/s2/q2.4_rank1 != ''", rank2.attr("relevant"));
    assertEquals(". != /data/s2/q2.4_rank1 and . != /data/s2/q2.4_rank3 and . != /data/s2/q2.4_rank4",
        rank2.attr("constraint"));
    assertEquals("true()", rank2.attr("required"));
    assertFalse(bind(form, "/data/s2/q2.4_rank1").hasAttr("required"));
    assertEquals("/data/s8/q8.1_rank1 = 'Q' or /data/s8/q8.1_rank2 = 'Q' or /data/s8/q8.1_rank3 = 'Q'",
        bind(form, "/data/s8/q8.1_Q_text").attr("relevant"));
    assertEquals("regex(., '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$')", bind(form, "/data/respondent").attr("constraint"));
    assertEquals("true()", bind(form, "/data/respondent").attr("required"));
  }

  @Test
  void gridsAreFieldListsSharingTheirScalesList() {
    Document form = parse(XForms.toXml(CTNAT));
    Element grid = form.selectFirst("group[ref=\"/data/s3/g3.1\"]");
    assertEquals("field-list", grid.attr("appearance"));
    assertEquals(7, grid.select("> select1").size());
    grid.select("> select1 > itemset").forEach(i -> assertEquals("instance('scale_adequacy')/root/item", i.attr("nodeset")));
    assertEquals("instance('scale_adequacy')/root/item",
        form.selectFirst("select1[ref=\"/data/s4/g4.1/q4.1.9\"] > itemset").attr("nodeset"));
    assertEquals(List.of("adequate", "somewhat_adequate", "adequate_for_some", "neither_adequate_nor_inadequate",
        "inadequate"), form.select("instance[id=\"scale_adequacy\"] item > name").eachText());
    assertEquals(4, form.select("h|body select1[ref^=\"/data/s2/q2.4_rank\"]").size());
    form.select("h|body select1[ref^=\"/data/s2/q2.4_rank\"] > itemset")
        .forEach(i -> assertEquals("instance('list_q2.4')/root/item", i.attr("nodeset")));
  }

  @Test
  void instructionsAreHintsAndLabelsAreTranslated() {
    Document form = parse(XForms.toXml(ADAPTED));
    assertEquals(List.of("English (en)", "Russian (ru)"), form.select("itext > translation").eachAttr("lang"));
    assertEquals("true()", form.selectFirst("itext > translation[lang=\"English (en)\"]").attr("default"));
    assertFalse(form.selectFirst("itext > translation[lang=\"Russian (ru)\"]").hasAttr("default"));
    assertEquals("[ru] (Choose no more than three.)",
        form.selectFirst("translation[lang=\"Russian (ru)\"] > text[id=\"/data/s2/q2.3:hint\"] > value").text());
    assertEquals("(Choose no more than three.)",
        form.selectFirst("translation[lang=\"English (en)\"] > text[id=\"/data/s2/q2.3:hint\"] > value").text());
    assertEquals("[ru] Female", form.select("translation[lang=\"Russian (ru)\"] > text[id=\"list_q1.6-0\"] > value").text());
    assertEquals("ctnat-2016-ru", form.selectFirst("model > instance:not([id]) > data").attr("id"));
    assertEquals("2016.1-ru.1", form.selectFirst("model > instance:not([id]) > data").attr("version"));
  }

  @Test
  void aShortenedInstrumentLeavesOutWhatItDropped() {
    Document form = parse(XForms.toXml(ADAPTED));
    assertTrue(form.select("bind[nodeset=\"/data/s2/q2.6\"]").isEmpty());
    assertTrue(form.select("group[ref=\"/data/s3/g3.2\"]").isEmpty());
    assertEquals("count-selected(.) <= 3", bind(form, "/data/s2/q2.3").attr("constraint"));
    assertEquals("(not(selected(., 'none_of_these')) or count-selected(.) = 1)",
        bind(form, "/data/s2/q2.1").attr("constraint"));
  }

  @Test
  void aTextMissingInALanguageFallsBackToTheDefaultLanguage() {
    Instrument partly = CTNAT.derive().id("ctnat-2016-ka")
        .translate("ka", java.util.Map.of("survey.question[1.6].text", "რა არის თქვენი სქესი?")).build();
    Document form = parse(XForms.toXml(partly));
    assertEquals("რა არის თქვენი სქესი?",
        form.selectFirst("translation[lang=\"Georgian (ka)\"] > text[id=\"/data/s1/q1.6:label\"] > value").text());
    assertEquals("Female", form.selectFirst("translation[lang=\"Georgian (ka)\"] > text[id=\"list_q1.6-0\"] > value").text());
  }

  @Test
  void specialCharactersAreEscapedAndControlCharactersRefused() {
    Instrument quoting = CTNAT.derive().id("ctnat-q")
        .renameQuestion(ItemId.of("2.6"), LocalizedText.of("Why <growing> & \"declining\"?\nExplain.")).build();
    String xml = XForms.toXml(quoting);
    assertTrue(xml.contains("<value>Why &lt;growing&gt; &amp; \"declining\"?\nExplain.</value>"), "escaped text");
    Instrument bell = CTNAT.derive().id("ctnat-bell")
        .renameQuestion(ItemId.of("2.6"), LocalizedText.of("Ring \u0007")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XForms.toXml(bell));
    assertTrue(e.getMessage().contains("U+0007"), e::getMessage);
  }

  @Test
  void streamsAndFilesGetTheSameXml(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XForms.write(CTNAT, out);
    assertEquals(XForms.toXml(CTNAT), out.toString(StandardCharsets.UTF_8));
    Path file = dir.resolve("form.xml");
    XForms.write(CTNAT, file);
    assertEquals(XForms.toXml(CTNAT), Files.readString(file));
  }

  @Test
  void theXlsFormAndTheXFormHaveTheSameFieldsInTheSameOrder() {
    Document form = parse(XForms.toXml(CTNAT));
    List<String> xformFields = new ArrayList<>();
    form.select("model > bind").forEach(b -> {
      String nodeset = b.attr("nodeset");
      if (!nodeset.endsWith("/instanceID")) {
        xformFields.add(nodeset.substring(nodeset.lastIndexOf('/') + 1));
      }
    });
    List<String> planned = OdkForm.of(CTNAT).rows().stream().filter(OdkForm.Row::isField).map(OdkForm.Row::name).toList();
    assertEquals(planned, xformFields);
  }
}
