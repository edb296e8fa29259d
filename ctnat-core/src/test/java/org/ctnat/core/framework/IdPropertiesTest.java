package org.ctnat.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of ids and localized texts: round trips, equality and numeric order. */
class IdPropertiesTest {

  /** Dotted numbered ids such as 1, 1.3 or 3.1.5, with parts of any size. */
  private static Gen<List<Integer>> numberedParts() {
    return lists().of(integers().from(0).upToAndIncluding(Integer.MAX_VALUE - 1)).ofSizeBetween(1, 4);
  }

  private static String dotted(List<Integer> parts) {
    return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
  }

  private static int compareParts(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Test
  void criterionIdsCompareNumericallyPartByPart() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000),
            integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((a, b, c, d) -> {
          CriterionId x = CriterionId.of(a + "." + b);
          CriterionId y = CriterionId.of(c + "." + d);
          int expected = a.equals(c) ? Integer.compare(b, d) : Integer.compare(a, c);
          assertEquals(Integer.signum(expected), Integer.signum(x.compareTo(y)), x + " vs " + y);
        });
  }

  @Test
  void criterionIdsWithLargeAndUnequalLengthPartsCompareNumerically() {
    qt().forAll(numberedParts(), numberedParts()).checkAssert((a, b) -> {
      CriterionId x = CriterionId.of(dotted(a));
      CriterionId y = CriterionId.of(dotted(b));
      assertEquals(Integer.signum(compareParts(a, b)), Integer.signum(x.compareTo(y)), x + " vs " + y);
      assertEquals(-Integer.signum(x.compareTo(y)), Integer.signum(y.compareTo(x)), "antisymmetric");
    });
  }

  @Test
  void sortingCriterionIdsSortsThemLikeTheirNumbers() {
    qt().forAll(lists().of(numberedParts()).ofSizeBetween(0, 12)).checkAssert(parts -> {
      List<List<Integer>> expected = new ArrayList<>(parts);
      expected.sort(IdPropertiesTest::compareParts);
      List<CriterionId> ids = new ArrayList<>(parts.stream().map(p -> CriterionId.of(dotted(p))).toList());
      Collections.shuffle(ids, new java.util.Random(parts.size()));
      Collections.sort(ids);
      assertEquals(expected.stream().map(IdPropertiesTest::dotted).toList(),
          ids.stream().map(CriterionId::toString).toList());
    });
  }

  @Test
  void criterionIdReadsBackWhatItWrites() {
    qt().forAll(numberedParts()).checkAssert(parts -> {
      CriterionId id = CriterionId.of(dotted(parts));
      assertEquals(id, CriterionId.of(id.toString()));
      assertEquals(id.hashCode(), CriterionId.of(dotted(parts)).hashCode());
      assertEquals(0, id.compareTo(CriterionId.of(id.toString())));
    });
  }

  @Test
  void indicatorIdReadsBackWhatItWrites() {
    Gen<String> criterion = arbitrary().pick(List.of("1", "1.3", "5.2", "a-b", "x_1", "1.10", "A.-", "9-F1"))
        .mix(numberedParts().map(IdPropertiesTest::dotted));
    qt().forAll(criterion, arbitrary().enumValues(Dimension.class), arbitrary().enumValues(Level.class))
        .checkAssert((c, d, l) -> {
          IndicatorId id = IndicatorId.of(CriterionId.of(c), d, l);
          IndicatorId parsed = IndicatorId.parse(id.toString());
          assertEquals(id, parsed);
          assertEquals(id.hashCode(), parsed.hashCode());
          assertEquals(c, parsed.criterion().toString());
          assertTrue(id.toString().endsWith("-" + d.letter() + l.number()));
        });
  }

  @Test
  void localizedTextsWithTheSameEntriesInAnyOrderAreEqualWithEqualHashCodes() {
    Gen<String> language = arbitrary().pick(List.of("en", "ru", "ka", "fr", "pt-BR", "sr-Latn", "es-419", "uk"));
    Gen<String> text = arbitrary().pick(List.of("Prevention", "Профилактика", "პრევენცია", "a", "Text with spaces "));
    Gen<List<String>> languages = lists().of(language).ofSizeBetween(1, 8);
    qt().forAll(languages, lists().of(text).ofSize(8), integers().between(0, 1000)).checkAssert((langs, texts, seed) -> {
      Map<String, String> entries = new LinkedHashMap<>();
      for (int i = 0; i < langs.size(); i++) {
        entries.put(langs.get(i), texts.get(i));
      }
      List<String> shuffled = new ArrayList<>(entries.keySet());
      Collections.shuffle(shuffled, new java.util.Random(seed));
      Map<String, String> reordered = new LinkedHashMap<>();
      shuffled.forEach(l -> reordered.put(l, entries.get(l)));
      LocalizedText a = LocalizedText.of(entries);
      LocalizedText b = LocalizedText.of(reordered);
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      // built one language at a time, in the shuffled order
      LocalizedText c = null;
      for (String l : shuffled) {
        c = c == null ? LocalizedText.of(l, entries.get(l)) : c.withText(l, entries.get(l));
      }
      assertEquals(a, c);
      assertEquals(a.hashCode(), c.hashCode());
      assertEquals(entries.keySet(), b.languages());
    });
  }
}
