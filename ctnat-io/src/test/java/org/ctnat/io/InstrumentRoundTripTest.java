package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** read(write(x)) equals x, and write(read(file)) is byte-identical for canonical files. */
class InstrumentRoundTripTest {

  private static final Instrument STANDARD = Instruments.ctnat2016();

  @Test
  void standardInstrumentSurvivesJsonAndYaml() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = Instruments.toString(STANDARD, format);
      Instrument read = Instruments.parse(written, "round-trip", format);
      assertEquals(STANDARD, read, format.name());
      assertEquals(written, Instruments.toString(read, format), "canonical " + format + " is stable");
    }
  }

  /**
   * The bundled file and what the SDK writes of the instrument it loads hold the same data: the
   * same members with the same values, once members that only restate a default ({@code false},
   * an empty list or object) are left out — the bundled file spells some of them out, the writer
   * does not.
   */
  @Test
  void writingTheBundledFileBackGivesTheSameData() throws IOException {
    String bundled;
    try (InputStream in = Instruments.class.getResourceAsStream("instrument/ctnat-2016.yaml")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode original = withoutDefaults(YAMLMapper.builder().build().readTree(bundled));
    assertEquals("ctnat-2016", original.at("/instrument/id").asString(), "the bundled file was read");
    ObjectNode changed = (ObjectNode) original.deepCopy();
    ((ObjectNode) changed.get("instrument")).put("version", "2016.2");
    assertEquals("/instrument/version: \"2016.1\", written \"2016.2\"", firstDifference("", original, changed),
        "the comparison sees a changed value");
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = Instruments.toString(STANDARD, format);
      JsonNode tree = withoutDefaults(format == DocumentFormat.YAML
          ? YAMLMapper.builder().build().readTree(written) : JsonMapper.builder().build().readTree(written));
      assertEquals("", firstDifference("", original, tree), format + " written back");
    }
  }

  /** The tree without object members whose value is {@code false}, {@code null}, [] or {}. */
  private static JsonNode withoutDefaults(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        JsonNode value = withoutDefaults(member.getValue());
        boolean isDefault = value.isNull() || (value.isBoolean() && !value.booleanValue())
            || (value.isContainer() && value.isEmpty());
        if (!isDefault) {
          copy.set(member.getKey(), value);
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(withoutDefaults(element)));
      return copy;
    }
    return node;
  }

  /** Where two trees first differ, and how ("" when they are equal). */
  private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      for (String name : expected.propertyNames()) {
        if (!actual.has(name)) {
          return path + "/" + name + ": missing";
        }
        String difference = firstDifference(path + "/" + name, expected.get(name), actual.get(name));
        if (!difference.isEmpty()) {
          return difference;
        }
      }
      for (String name : actual.propertyNames()) {
        if (!expected.has(name)) {
          return path + "/" + name + ": not in the bundled file";
        }
      }
      return "";
    }
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        String difference = firstDifference(path + "/" + i, expected.get(i), actual.get(i));
        if (!difference.isEmpty()) {
          return difference;
        }
      }
      return expected.size() == actual.size() ? ""
          : path + ": " + expected.size() + " elements, written " + actual.size();
    }
    return expected.equals(actual) ? "" : path + ": " + expected + ", written " + actual;
  }

  @Test
  void filesFollowTheirExtension(@TempDir Path dir) {
    Path json = dir.resolve("ctnat.json");
    Path yaml = dir.resolve("ctnat.yml");
    Instruments.write(STANDARD, json);
    Instruments.write(STANDARD, yaml);
    assertEquals(STANDARD, Instruments.read(json));
    assertEquals(STANDARD, Instruments.read(yaml));
    assertEquals('{', read(json).charAt(0));
    assertEquals("format: ctnat", read(yaml).lines().findFirst().orElseThrow());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void streamsAreReadAndWrittenInUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Instruments.write(STANDARD, out, DocumentFormat.JSON);
    assertEquals(STANDARD, Instruments.read(new ByteArrayInputStream(out.toByteArray()), "bytes",
        DocumentFormat.JSON));
  }

  /** Characters YAML treats specially in plain scalars come back as they were (a property once found U+0085). */
  @Test
  void textsWithLineBreakLikeCharactersSurviveBothFormats() {
    for (String text : List.of("next\u0085line", "\u0085", "line\u2028separator", "para\u2029graph",
        "\ufeffbom", "tab\tand\nfeed", "# not a comment", "key: value", "- item", "'quoted'", "\"dq\"",
        "~", "null", "1e3", " leading", "trailing ")) {
      Instrument translated = InstrumentTexts.translate(STANDARD.derive().version("x").build(), "ru",
          Map.of("instrument.title", text));
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = Instruments.toString(translated, format);
        assertEquals(translated, Instruments.parse(written, "awkward", format), format + ": " + text);
      }
    }
  }

  /** Adapted instruments — translated, with criteria dropped — survive both formats. */
  @Test
  void derivedInstrumentsRoundTripInBothFormats() {
    List<String> keys = new ArrayList<>(InstrumentTexts.of(STANDARD).keySet());
    List<CriterionId> criteria = STANDARD.framework().criteria().stream().map(c -> c.id()).toList();
    qt().withExamples(40).forAll(
            lists().of(integers().between(0, keys.size() - 1)).ofSizeBetween(0, 20),
            strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(1, 30),
            integers().between(-1, criteria.size() - 1))
        .assuming((picks, text, drop) -> !text.isBlank())
        .checkAssert((picks, text, drop) -> {
          var derivation = STANDARD.derive().version("2016.1-test");
          if (drop >= 0) {
            derivation.dropCriterion(criteria.get(drop));
          }
          Instrument shortened = derivation.build();
          Map<String, String> translation = new HashMap<>();
          picks.stream().map(keys::get).filter(InstrumentTexts.of(shortened)::containsKey)
              .forEach(key -> translation.put(key, text + "·" + key));
          Instrument derived = InstrumentTexts.translate(shortened, "ru", translation);
          for (DocumentFormat format : DocumentFormat.values()) {
            String written = Instruments.toString(derived, format);
            Instrument read = Instruments.parse(written, "property", format);
            assertEquals(derived, read);
            assertEquals(written, Instruments.toString(read, format));
          }
        });
  }

  @Test
  void languagesLeftOutMeanTheDefaultLanguageAlone() {
    String yaml = Instruments.toString(STANDARD, DocumentFormat.YAML).replace("  languages:\n  - en\n", "");
    assertEquals(STANDARD, Instruments.parse(yaml, "no-languages.yaml", DocumentFormat.YAML));
  }
}
