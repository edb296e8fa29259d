package org.ctnat.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Escaping, for every string: HTML text stays text; Markdown has no live markup character. */
class ReportEscapesTest {

  @Test
  void anyTextInAnHtmlElementOrAttributeIsReadBackAsTheSameText() {
    qt().withExamples(5000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = Escapes.html(text);
      Document doc = Jsoup.parseBodyFragment("<p title=\"" + escaped + "\">" + escaped + "</p>");
      assertEquals(1, doc.body().children().size(), "one element: " + text);
      assertEquals(0, doc.body().child(0).children().size(), "no child element: " + text);
      // HTML normalises line ends to \n when it parses, in text and in attributes alike
      String expected = shown(text).replace("\r\n", "\n").replace('\r', '\n');
      assertEquals(expected, doc.body().child(0).wholeText().replace("\r\n", "\n").replace('\r', '\n'));
      assertEquals(expected, doc.body().child(0).attr("title").replace("\r\n", "\n").replace('\r', '\n'));
    });
  }

  @Test
  void anyTextInMarkdownHasEveryMarkupCharacterEscaped() {
    Pattern live = Pattern.compile("(?<!\\\\)[<>\\[\\]`*_|~&]");
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      String line = Escapes.markdownLine(text);
      assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + text);
      assertFalse(live.matcher(line.replace("\\\\", "")).find(), "unescaped markup in " + line);
      assertFalse(line.matches("^[#+\\-=>!].*"), "no block can start: " + line);
      assertFalse(line.matches("^\\d+[.)].*"), "no list can start: " + line);
    });
  }

  /**
   * What GitHub's autolink extension links in plain text, backslash escapes or not: a scheme's
   * {@code ://} followed by a domain character, {@code www.} followed by one, and an {@code @}
   * after an address character (GitHub scans back from the {@code @} and links nothing if the
   * character before it cannot be in an address).
   */
  private static final Pattern AUTOLINK = Pattern.compile(
      "(?i)(://[\\p{Alnum}_-])|(www\\.[\\p{Alnum}_-])|([\\p{Alnum}._+-]@)");

  @Test
  void bareAddressesInFreeTextDoNotBecomeLinksInMarkdown() {
    String text = "See https://evil.example/x, HTTP://x.example, www.evil.example, WWW.Evil.example "
        + "or write to leyla.quixotic@example.org (mailto:a@b.example)";
    String escaped = Escapes.markdown(text);
    assertTrue(AUTOLINK.matcher(escaped.replace("\u200B", "")).find(), "the check sees the addresses");
    assertFalse(AUTOLINK.matcher(escaped).find(), "an address would be linked: " + escaped);
    assertEquals(text, escaped.replace("\u200B", "").replace("\\", ""), "only invisible breaks and escapes added");
    assertFalse(AUTOLINK.matcher(Escapes.markdownLine("www.example.org is " + text)).find());
  }

  @Test
  void noTextBecomesAnAutolinkInMarkdown() {
    Gen<String> pieces = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 6);
    Gen<String> texts = lists().of(pieces.mix(arbitrary().pick(List.of("://", "www.", "WwW.", "@", "http://a.b",
        "a@b.c", "x_y@z")))).ofSizeBetween(0, 8).map(l -> String.join("", l));
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      String escaped = Escapes.markdownLine(text);
      assertFalse(AUTOLINK.matcher(escaped).find(), "an address would be linked: " + escaped);
    });
  }

  /** The text as HTML shows it: disallowed control characters and lone surrogates replaced. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7f && c < 0xa0)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
