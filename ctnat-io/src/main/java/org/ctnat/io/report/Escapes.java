package org.ctnat.io.report;

/**
 * Escaping of text written by people — free-text answers, recommendations, labels of an adapted
 * instrument — into HTML (and inline SVG) and into GitHub-flavoured Markdown, so that no text can
 * become markup, a link, an image or a script.
 *
 * <p>Stateless and thread-safe.
 */
final class Escapes {

  private static final char REPLACEMENT = '\uFFFD';

  /** The zero-width space that keeps an address in Markdown from becoming a link. */
  static final char BREAK = '\u200B';

  private Escapes() {}

  /**
   * Text for HTML element content or a quoted attribute value: {@code & < > " '} become
   * character references; control characters other than tab and line breaks, and unpaired
   * surrogates, become U+FFFD (HTML does not allow them).
   */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || (c >= 0x7f && c < 0xa0)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text for inline Markdown (a table cell, a heading after its {@code #}): line breaks become
   * spaces; the characters that GitHub-flavoured Markdown reads as markup within a line
   * ({@code \ ` * _ [ ] < > | ~ &}) are escaped with a backslash. Control characters and unpaired
   * surrogates become U+FFFD.
   *
   * <p>GitHub's autolink extension links bare addresses in plain text, where a backslash does not
   * stop it: {@code https://…} (any {@code scheme://}), {@code www.…} and {@code name@host}. So
   * a zero-width space (U+200B, invisible) is put after every {@code ://} and every
   * {@code www.} (in any case) and before every {@code @}: the address is then not followed, or
   * preceded, by the characters a link needs, and stays text.
   */
  static String markdown(String text) {
    String line = text.replaceAll("\\R", " ");
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':' && line.startsWith("//", i + 1)) {
        out.append("://").append(BREAK);
        i += 2;
      } else if ((c == 'w' || c == 'W') && line.regionMatches(true, i, "www.", 0, 4)) {
        out.append(line, i, i + 4).append(BREAK);
        i += 3;
      } else if (c == '@') {
        out.append(BREAK).append(c);
      } else if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
        out.append(c).append(line.charAt(++i));
      } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' || (c >= 0x7f && c < 0xa0)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text that starts a line of Markdown (a paragraph, a list item's content): escaped as {@link
   * #markdown(String)}, and a first character that would start a block ({@code # + - = > !}, or a
   * number followed by {@code .} or {@code )}) is escaped too.
   */
  static String markdownLine(String text) {
    String escaped = markdown(text.stripLeading());
    if (!escaped.isEmpty() && "#+-=>!".indexOf(escaped.charAt(0)) >= 0) {
      return '\\' + escaped;
    }
    int digits = 0;
    while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < escaped.length() && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
      return escaped.substring(0, digits) + '\\' + escaped.substring(digits);
    }
    return escaped;
  }
}
