package org.ctnat.io.odk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctnat.io.CtnatReadException;

/**
 * A strict reader of the plain XML that form engines submit: elements, attributes, text,
 * character and the five predefined entity references, CDATA sections and comments, in UTF-8.
 * Anything else is refused with a {@link CtnatReadException} that gives the line, column and
 * element path: a document type declaration (so no entity can be declared, expanded or fetched
 * from outside — there is no DTD processing at all), processing instructions, undefined
 * entities, characters XML forbids, and documents beyond the limits on elements, depth and
 * text length.
 *
 * <p>Stateless; each {@link #parse} call builds a new tree.
 */
final class XmlTree {

  /** An element: its name as written (with any prefix), attributes, text, children, position. */
  record Node(String name, Map<String, String> attributes, String text, List<Node> children,
      boolean hasText, int line, int column, String path) {

    /** The name without a namespace prefix. */
    String localName() {
      int colon = name.indexOf(':');
      return colon < 0 ? name : name.substring(colon + 1);
    }
  }

  /** The limits of one document. */
  record Limits(int maxElements, int maxDepth, int maxTextLength) {}

  private final String xml;
  private final String source;
  private final Limits limits;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int elements;

  private XmlTree(String xml, String source, Limits limits) {
    this.xml = xml;
    this.source = source;
    this.limits = limits;
  }

  /** Decodes UTF-8 bytes (a byte order mark is skipped) and parses the document. */
  static Node parse(byte[] bytes, String source, Limits limits) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      throw new CtnatReadException(source, "", 1, 1, "the document is UTF-16; expected UTF-8", null);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new CtnatReadException(source, "", 0, 0, "the document is not valid UTF-8: " + e.getMessage(), e);
    }
    return new XmlTree(text, source, limits).document();
  }

  private Node document() {
    if (xml.startsWith("<?xml") && xml.length() > 5 && " \t\r\n?".indexOf(xml.charAt(5)) >= 0) {
      declaration();
    }
    misc();
    if (pos >= xml.length()) {
      throw problem("", "the document is empty; expected a root element");
    }
    if (xml.startsWith("<!DOCTYPE", pos) || xml.startsWith("<!doctype", pos)) {
      throw problem("", "a document type declaration (<!DOCTYPE>) is not allowed: no DTD, entity "
          + "declaration or external reference is read");
    }
    if (xml.charAt(pos) != '<') {
      throw problem("", "expected the root element, but found text");
    }
    Node root = element("", 1);
    misc();
    if (pos < xml.length()) {
      throw problem(root.path(), "expected the end of the document after the root element </" + root.name() + ">");
    }
    return root;
  }

  private void declaration() {
    int end = xml.indexOf("?>");
    if (end < 0) {
      throw problem("", "the XML declaration is not closed with '?>'");
    }
    String decl = xml.substring(0, end);
    java.util.regex.Matcher encoding = java.util.regex.Pattern
        .compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']").matcher(decl);
    if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8")) {
      throw problem("", "the document declares the encoding '" + encoding.group(1) + "'; expected UTF-8");
    }
    advanceTo(end + 2);
  }

  /** Skips white space, comments; refuses processing instructions and DTDs. */
  private void misc() {
    while (pos < xml.length()) {
      char c = xml.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        advanceTo(pos + 1);
      } else if (xml.startsWith("<!--", pos)) {
        comment("");
      } else if (xml.startsWith("<?", pos)) {
        throw problem("", "processing instructions (<?...?>) are not allowed");
      } else {
        return;
      }
    }
  }

  private void comment(String path) {
    int end = xml.indexOf("-->", pos + 4);
    if (end < 0) {
      throw problem(path, "a comment is not closed with '-->'");
    }
    advanceTo(end + 3);
  }

  private Node element(String parentPath, int depth) {
    int startLine = line;
    int startColumn = pos - lineStart + 1;
    advanceTo(pos + 1); // '<'
    String name = name(parentPath);
    String path = parentPath + "/" + name;
    if (depth > limits.maxDepth()) {
      throw problem(path, "elements are nested deeper than the limit of " + limits.maxDepth());
    }
    if (++elements > limits.maxElements()) {
      throw problem(path, "the document has more elements than the limit of " + limits.maxElements());
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    while (true) {
      boolean space = skipSpace();
      if (pos >= xml.length()) {
        throw problem(path, "the start tag <" + name + "> is not closed");
      }
      char c = xml.charAt(pos);
      if (c == '/' && xml.startsWith("/>", pos)) {
        advanceTo(pos + 2);
        return new Node(name, Collections.unmodifiableMap(attributes), "", List.of(), false, startLine,
            startColumn, path);
      }
      if (c == '>') {
        advanceTo(pos + 1);
        break;
      }
      if (!space) {
        throw problem(path, "expected white space, '>' or '/>' in the start tag <" + name + ">, but found '" + c + "'");
      }
      String attribute = name(path);
      skipSpace();
      expect('=', path, "'=' after the attribute " + attribute);
      skipSpace();
      if (pos >= xml.length() || (xml.charAt(pos) != '"' && xml.charAt(pos) != '\'')) {
        throw problem(path, "expected a quoted value for the attribute " + attribute);
      }
      char quote = xml.charAt(pos);
      advanceTo(pos + 1);
      String value = characters(path, String.valueOf(quote), true);
      advanceTo(pos + 1);
      if (attributes.put(attribute, value) != null) {
        throw problem(path, "the attribute " + attribute + " is repeated");
      }
    }
    StringBuilder text = new StringBuilder();
    boolean hasText = false;
    List<Node> children = new ArrayList<>();
    while (true) {
      if (pos >= xml.length()) {
        throw problem(path, "the element <" + name + "> is not closed; expected </" + name + ">");
      }
      if (xml.startsWith("</", pos)) {
        advanceTo(pos + 2);
        String end = name(path);
        skipSpace();
        expect('>', path, "'>' to close </" + end + ">");
        if (!end.equals(name)) {
          throw problem(path, "the element <" + name + "> is closed by </" + end + ">");
        }
        break;
      } else if (xml.startsWith("<!--", pos)) {
        comment(path);
      } else if (xml.startsWith("<![CDATA[", pos)) {
        int end = xml.indexOf("]]>", pos + 9);
        if (end < 0) {
          throw problem(path, "a CDATA section is not closed with ']]>'");
        }
        String data = xml.substring(pos + 9, end);
        checkChars(data, path);
        append(text, data, path);
        hasText = true;
        advanceTo(end + 3);
      } else if (xml.startsWith("<!", pos)) {
        throw problem(path, "declarations (<!...>) are not allowed inside the document");
      } else if (xml.startsWith("<?", pos)) {
        throw problem(path, "processing instructions (<?...?>) are not allowed");
      } else if (xml.charAt(pos) == '<') {
        children.add(element(path, depth + 1));
      } else {
        append(text, characters(path, "<", false), path);
        hasText = true;
      }
    }
    return new Node(name, Collections.unmodifiableMap(attributes), text.toString(), List.copyOf(children),
        hasText, startLine, startColumn, path);
  }

  private void append(StringBuilder text, String more, String path) {
    if (text.length() + more.length() > limits.maxTextLength()) {
      throw problem(path, "a text is longer than the limit of " + limits.maxTextLength() + " characters");
    }
    text.append(more);
  }

  /** Character data up to (not including) one of {@code stops}, with references resolved. */
  private String characters(String path, String stops, boolean attribute) {
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= xml.length()) {
        throw problem(path, attribute ? "an attribute value is not closed" : "the document ends inside a text");
      }
      char c = xml.charAt(pos);
      if (stops.indexOf(c) >= 0) {
        return out.toString();
      }
      if (c == '<') {
        throw problem(path, "'<' is not allowed in an attribute value");
      }
      if (c == '&') {
        out.append(reference(path));
        continue;
      }
      if (!attribute && c == ']' && xml.startsWith("]]>", pos)) {
        throw problem(path, "']]>' is not allowed in text");
      }
      checkChar(c, path);
      if (attribute && (c == '\t' || c == '\n' || c == '\r')) {
        out.append(' ');
      } else if (c == '\r') {
        out.append('\n');
        if (pos + 1 < xml.length() && xml.charAt(pos + 1) == '\n') {
          advanceTo(pos + 1);
        }
      } else {
        out.append(c);
      }
      advanceTo(pos + 1);
      if (out.length() > limits.maxTextLength()) {
        throw problem(path, "a text is longer than the limit of " + limits.maxTextLength() + " characters");
      }
    }
  }

  private String reference(String path) {
    int end = xml.indexOf(';', pos);
    if (end < 0 || end - pos > 12) {
      throw problem(path, "'&' must start a reference such as &amp; or &#10;");
    }
    String name = xml.substring(pos + 1, end);
    String value = switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> {
        if (!name.startsWith("#")) {
          throw problem(path, "the entity &" + name + "; is not defined; only &lt; &gt; &amp; &quot; "
              + "&apos; and character references are allowed");
        }
        int code;
        try {
          code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
          throw problem(path, "the character reference &" + name + "; is malformed");
        }
        if (!isXmlChar(code)) {
          throw problem(path, "the character reference &" + name + "; is not a character XML allows");
        }
        yield new String(Character.toChars(code));
      }
    };
    advanceTo(end + 1);
    return value;
  }

  private String name(String path) {
    int start = pos;
    while (pos < xml.length()) {
      char c = xml.charAt(pos);
      boolean ok = pos == start
          ? Character.isLetter(c) || c == '_' || c == ':'
          : Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-' || c == '\u00B7';
      if (!ok) {
        break;
      }
      pos++;
    }
    if (pos == start) {
      throw problem(path, "expected a name" + (pos < xml.length() ? ", but found '" + xml.charAt(pos) + "'" : ""));
    }
    return xml.substring(start, pos);
  }

  private boolean skipSpace() {
    boolean any = false;
    while (pos < xml.length()) {
      char c = xml.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      advanceTo(pos + 1);
      any = true;
    }
    return any;
  }

  private void expect(char c, String path, String what) {
    if (pos >= xml.length() || xml.charAt(pos) != c) {
      throw problem(path, "expected " + what);
    }
    advanceTo(pos + 1);
  }

  private void checkChars(String data, String path) {
    for (int i = 0; i < data.length(); i++) {
      checkChar(data.charAt(i), path);
    }
  }

  private void checkChar(char c, String path) {
    if (Character.isSurrogate(c)) {
      return; // pairs come from valid UTF-8
    }
    if (!isXmlChar(c)) {
      throw problem(path, String.format("the character U+%04X is not allowed in XML", (int) c));
    }
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** Moves to {@code target}, counting lines. */
  private void advanceTo(int target) {
    for (; pos < target && pos < xml.length(); pos++) {
      if (xml.charAt(pos) == '\n') {
        line++;
        lineStart = pos + 1;
      }
    }
    pos = Math.max(pos, target);
  }

  private CtnatReadException problem(String path, String what) {
    return new CtnatReadException(source, path, line, pos - lineStart + 1, what, null);
  }
}
