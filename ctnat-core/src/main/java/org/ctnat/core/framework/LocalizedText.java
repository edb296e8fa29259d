package org.ctnat.core.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A label in one or more languages, keyed by BCP 47 language tag ({@code en}, {@code ru},
 * {@code pt-BR}). Every label of the instrument is a {@code LocalizedText}, so a translation
 * can be added without touching any id.
 *
 * <p>English ({@value #ENGLISH}) is the default language of the standard instrument; an
 * adapted instrument may choose another default, and then every text must have it. Equality
 * compares all languages; the order in which languages were added does not matter.
 *
 * <p>{@code toString()} is the text in the first language added (normally the default), so
 * labels read naturally in JShell.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText {

  /** The language tag of English, the default language of the standard instrument. */
  public static final String ENGLISH = "en";

  private static final Pattern LANGUAGE =
      Pattern.compile("[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?");

  LocalizedText() {}

  /**
   * The texts by language tag, in the order they were added.
   *
   * @return never empty
   */
  public abstract Map<String, String> texts();

  /**
   * A text in English only.
   *
   * @param english the English text, not blank
   * @return the localized text
   */
  public static LocalizedText of(String english) {
    return of(ENGLISH, english);
  }

  /**
   * A text in one language.
   *
   * @param language a BCP 47 tag such as {@code en} or {@code pt-BR}
   * @param text the text, not blank
   * @return the localized text
   */
  public static LocalizedText of(String language, String text) {
    return ImmutableLocalizedText.builder().putText(language, text).build();
  }

  /**
   * A text from a map of language tag to text.
   *
   * @param texts at least one entry
   * @return the localized text
   */
  public static LocalizedText of(Map<String, String> texts) {
    return ImmutableLocalizedText.builder().putAllTexts(texts).build();
  }

  /**
   * Whether a string is a language tag this SDK accepts: a lower-case ISO 639 language,
   * optionally a script and a region ({@code en}, {@code sr-Latn}, {@code pt-BR}).
   *
   * @param tag the candidate
   * @return true if valid
   */
  public static boolean isLanguageTag(String tag) {
    return tag != null && LANGUAGE.matcher(tag).matches();
  }

  /**
   * The text in one language, if present.
   *
   * @param language the language tag
   * @return the text, or empty if there is no text in that language
   */
  public Optional<String> text(String language) {
    return Optional.ofNullable(texts().get(language));
  }

  /**
   * The text in a language, falling back to another language when it is missing — the way a
   * form shows an untranslated label in the default language.
   *
   * @param language the wanted language
   * @param fallback the language to use when {@code language} has no text
   * @return the text in {@code language}, else in {@code fallback}, else in the first language
   */
  public String in(String language, String fallback) {
    String text = texts().get(language);
    if (text == null) {
      text = texts().get(fallback);
    }
    return text != null ? text : texts().values().iterator().next();
  }

  /**
   * The English text, or the first language's text if there is no English.
   *
   * @return the text
   */
  public String english() {
    return in(ENGLISH, ENGLISH);
  }

  /**
   * The languages this text is in.
   *
   * @return the language tags, in the order added
   */
  public Set<String> languages() {
    return Collections.unmodifiableSet(texts().keySet());
  }

  /**
   * A copy with the text in one language added or replaced.
   *
   * @param language the language tag
   * @param text the text, not blank
   * @return the new localized text; this one is unchanged
   */
  public LocalizedText withText(String language, String text) {
    Map<String, String> copy = new LinkedHashMap<>(texts());
    copy.put(language, text);
    return of(copy);
  }

  @Value.Check
  void check() {
    if (texts().isEmpty()) {
      throw new IllegalArgumentException("localized text must have a text in at least one language");
    }
    texts().forEach((language, text) -> {
      if (!isLanguageTag(language)) {
        throw new IllegalArgumentException(
            "localized text: language must be a BCP 47 tag such as 'en' or 'pt-BR', but was '"
                + language + "'");
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException(
            "localized text: the '" + language + "' text must not be blank");
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (paired) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new IllegalArgumentException("localized text: the '" + language
              + "' text must be valid Unicode, but has an unpaired surrogate at index " + i);
        }
      }
    });
  }

  @Override
  public String toString() {
    return texts().values().iterator().next();
  }
}
