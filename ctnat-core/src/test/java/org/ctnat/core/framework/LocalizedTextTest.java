package org.ctnat.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Localized text: at least one language, valid tags, no blank text, fallback. */
class LocalizedTextTest {

  @Test
  void localizedTextWithoutAnyLanguageIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(Map.of()));
    assertTrue(e.getMessage().contains("localized text"), e.getMessage());
    assertTrue(e.getMessage().contains("at least one language"), e.getMessage());
  }

  @Test
  void blankTextIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("ru", "  \t"));
    assertTrue(e.getMessage().contains("localized text"), e.getMessage());
    assertTrue(e.getMessage().contains("'ru' text must not be blank"), e.getMessage());
  }

  @Test
  void emptyTextIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(""));
  }

  @Test
  void blankTextAddedToAValidTextIsRejected() {
    LocalizedText valid = LocalizedText.of("Prevention");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> valid.withText("ka", " "));
    assertTrue(e.getMessage().contains("'ka'"), e.getMessage());
  }

  @Test
  void languageThatIsNotABcp47TagIsRejected() {
    for (String bad : List.of("EN", "english", "e", "pt-br", "en_GB", "", "en-", "1en")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> LocalizedText.of(bad, "Text"), bad);
      assertTrue(e.getMessage().contains("BCP 47"), e.getMessage());
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void languageTagsWithScriptAndRegionAreAccepted() {
    for (String good : List.of("en", "ru", "ka", "fil", "pt-BR", "sr-Latn", "sr-Latn-RS", "es-419")) {
      assertTrue(LocalizedText.isLanguageTag(good), good);
      assertEquals(Optional.of("Text"), LocalizedText.of(good, "Text").text(good));
    }
    assertFalse(LocalizedText.isLanguageTag(null));
  }

  @Test
  void textsWithTheSameEntriesInAnotherOrderAreEqual() {
    Map<String, String> enFirst = new LinkedHashMap<>();
    enFirst.put("en", "Prevention");
    enFirst.put("ru", "Профилактика");
    Map<String, String> ruFirst = new LinkedHashMap<>();
    ruFirst.put("ru", "Профилактика");
    ruFirst.put("en", "Prevention");
    LocalizedText a = LocalizedText.of(enFirst);
    LocalizedText b = LocalizedText.of(ruFirst);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("Prevention", a.toString());
    assertEquals("Профилактика", b.toString());
  }

  @Test
  void textsInDifferentLanguagesAreNotEqual() {
    assertNotEquals(LocalizedText.of("en", "Prevention"), LocalizedText.of("fr", "Prevention"));
  }

  @Test
  void missingTranslationFallsBackToTheFallbackLanguageThenToTheFirst() {
    LocalizedText text = LocalizedText.of("en", "Prevention").withText("ru", "Профилактика");
    assertEquals("Профилактика", text.in("ru", "en"));
    assertEquals("Prevention", text.in("ka", "en"));
    assertEquals("Prevention", text.in("ka", "de"));
    assertEquals("Prevention", text.english());
    assertEquals("Текст", LocalizedText.of("ru", "Текст").english());
  }

  @Test
  void withTextLeavesTheOriginalUnchanged() {
    LocalizedText original = LocalizedText.of("Prevention");
    LocalizedText translated = original.withText("ru", "Профилактика");
    assertEquals(Set.of("en"), original.languages());
    assertEquals(Set.of("en", "ru"), translated.languages());
    assertEquals(LocalizedText.of("Prevention"), original);
  }

  @Test
  void textWithAnUnpairedSurrogateIsRejectedAsInvalidUnicode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalizedText.of("en", "broken \uD800 text"));
    assertTrue(e.getMessage().contains("unpaired surrogate at index 7"), e.getMessage());
    assertEquals("emoji \uD83D\uDE00 ok", LocalizedText.of("en", "emoji \uD83D\uDE00 ok").english());
  }
}
