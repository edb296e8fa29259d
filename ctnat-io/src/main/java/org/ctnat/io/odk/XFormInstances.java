package org.ctnat.io.odk;

import static org.ctnat.io.odk.ReportedValues.abbreviate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.FreeText;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.GridStatement;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.MultipleChoice;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Ranking;
import org.ctnat.core.questionbank.SingleChoice;
import org.ctnat.core.questionbank.SurveySection;
import org.ctnat.core.response.Answer;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.RespondentId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.core.response.ValidationReport;
import org.ctnat.core.response.Violation;
import org.ctnat.core.response.ViolationRule;
import org.ctnat.io.CtnatReadException;

/**
 * Reads a filled instance of a form that {@link XForms} or {@link XlsForms} exported — the XML
 * that ODK Collect and Enketo submit and ODK Central stores as a submission — back into a
 * {@link SurveyResponse}, checked against the instrument.
 *
 * <pre>{@code
 * Instrument ctnat = Instruments.ctnat2016();
 * SurveyResponse response = XFormInstances.read(ctnat, Path.of("submission.xml"));
 * }</pre>
 *
 * <p><b>What is read.</b> The root element (of any name) must carry the instrument's id and
 * version as its {@code id} and {@code version} attributes, or those the {@link InstanceOptions}
 * give: KoboToolbox deploys a form under the project's asset uid and a version of its own, so
 * its instances are read with {@link InstanceOptions#kobo(String)}. Its children are the field {@code
 * respondent} (required: the respondent's pseudonymous id), the section groups and
 * {@code meta}; the groups and fields are named by {@link OdkNames}. An empty element is an
 * unanswered item, and so is an element left out. A single choice and a grid statement hold one
 * code, a multiple choice a space-separated list of codes (white space around codes is XML
 * layout and is ignored), each rank position of a ranking one code (position {@code k} gives
 * rank {@code k}), a free text and an "Other – please specify" text their text exactly as
 * written. {@code meta} (instance id, instance name and the like) and the {@code formhub} and
 * {@code __version__} elements that KoboToolbox adds are skipped.
 *
 * <p><b>What is refused.</b> Nothing is repaired or dropped: every problem is a {@link
 * CtnatReadException} that names the source, the line and column, the element path (such as
 * {@code /data/s2/q2.2}) and what was expected — an element the form does not have or one
 * given twice, elements inside a field, a single choice with two codes, one option ranked at
 * two positions, a "please specify" text whose option was not chosen or ranked, more than one
 * for a question or one for an unanswered question, another form id or version, and every rule
 * of {@link ResponseValidation} the answers break (all of them listed, located at the first). A
 * respondent code that is not an id is described (its length, a space, a character outside the
 * id alphabet), never repeated: an enumerator may have typed a name there. Respondent profile
 * attributes are not set directly: the profile questions' answers carry them.
 *
 * <p><b>Hostile input.</b> The reader accepts plain XML 1.0 only, in UTF-8. It parses with the
 * JDK's own StAX parser ({@code javax.xml.stream}), hardened: DTD support and external entities
 * are off, no external DTD may be accessed and the entity resolver refuses everything, so a
 * document type declaration is refused where it starts and no entity is ever declared, expanded
 * or fetched (no XXE, no "billion laughs"); processing instructions and undefined entities (in
 * text or attributes) are refused too. Comments are skipped and CDATA sections read as text.
 * Limits, enforced while the document streams: {@value #MAX_BYTES} bytes, {@value
 * #MAX_ELEMENTS} elements, nesting depth {@value #MAX_DEPTH}, texts of {@value #MAX_TEXT_LENGTH}
 * characters; the JDK's own {@code jdk.xml.*} limits (entity expansion and sizes, depth,
 * attributes, name length) are set as well.
 *
 * <p>Stateless and thread-safe.
 */
public final class XFormInstances {

  /** The largest instance read, in bytes (16 MiB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;
  /** The most elements an instance may have. */
  public static final int MAX_ELEMENTS = 100_000;
  /** The deepest nesting of elements. */
  public static final int MAX_DEPTH = 32;
  /** The longest text of one element, in characters. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  private XFormInstances() {}

  /**
   * Reads an instance file; its name is the source in error messages.
   *
   * @param instrument the instrument whose form was filled in
   * @param file the instance XML
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SurveyResponse read(Instrument instrument, Path file) {
    return read(instrument, file, InstanceOptions.defaults());
  }

  /**
   * Reads an instance file whose form was deployed under another id or version, such as a
   * KoboToolbox instance ({@link InstanceOptions#kobo(String)}); its name is the source in error
   * messages.
   *
   * @param instrument the instrument whose form was filled in
   * @param file the instance XML
   * @param options the form id and version the root element must carry
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SurveyResponse read(Instrument instrument, Path file, InstanceOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    try (InputStream in = Files.newInputStream(file)) {
      return read(instrument, in, file.toString(), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an instance from a stream (which is not closed).
   *
   * @param instrument the instrument whose form was filled in
   * @param in the instance XML, in UTF-8
   * @param source the name to use in error messages, such as a file name or submission id
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SurveyResponse read(Instrument instrument, InputStream in, String source) {
    return read(instrument, in, source, InstanceOptions.defaults());
  }

  /**
   * Reads an instance from a stream (which is not closed) whose form was deployed under another
   * id or version, such as a KoboToolbox instance ({@link InstanceOptions#kobo(String)}).
   *
   * @param instrument the instrument whose form was filled in
   * @param in the instance XML, in UTF-8
   * @param source the name to use in error messages, such as a file name or submission id
   * @param options the form id and version the root element must carry
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SurveyResponse read(Instrument instrument, InputStream in, String source,
      InstanceOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    return read(instrument, readAll(in, source), source, options);
  }

  /**
   * Reads an instance from a string.
   *
   * @param instrument the instrument whose form was filled in
   * @param xml the instance XML
   * @param source the name to use in error messages
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   */
  public static SurveyResponse parse(Instrument instrument, String xml, String source) {
    return parse(instrument, xml, source, InstanceOptions.defaults());
  }

  /**
   * Reads an instance from a string whose form was deployed under another id or version, such
   * as a KoboToolbox instance ({@link InstanceOptions#kobo(String)}).
   *
   * @param instrument the instrument whose form was filled in
   * @param xml the instance XML
   * @param source the name to use in error messages
   * @param options the form id and version the root element must carry
   * @return the response, valid for the instrument
   * @throws CtnatReadException if the instance cannot be read or its answers break a rule
   */
  public static SurveyResponse parse(Instrument instrument, String xml, String source, InstanceOptions options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new CtnatReadException(source, "", 0, 0, "the instance is larger than the limit of " + MAX_BYTES
          + " bytes", null);
    }
    return read(instrument, bytes, source, options);
  }

  private static SurveyResponse read(Instrument instrument, byte[] bytes, String source, InstanceOptions options) {
    Element root = new InstanceParser(decode(bytes, source), source).document();
    return new Reader(instrument, source, options).response(root);
  }

  /** Decodes strict UTF-8 (a byte order mark is skipped); a UTF-16 byte order mark is refused. */
  private static String decode(byte[] bytes, String source) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      throw new CtnatReadException(source, "", 1, 1, "the document is UTF-16; expected UTF-8", null);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new CtnatReadException(source, "", 0, 0, "the document is not valid UTF-8: " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(InputStream in, String source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > MAX_BYTES) {
          throw new CtnatReadException(source, "", 0, 0, "the instance is larger than the limit of " + MAX_BYTES
              + " bytes", null);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * An element of an instance: its name as written (with any namespace prefix), its attributes,
   * the text directly inside it, its child elements, and where its start tag begins.
   *
   * @param name the name as written
   * @param attributes the attributes by name as written
   * @param text the character data directly inside the element, CDATA sections included
   * @param children the child elements in document order
   * @param line the line of the start tag's {@code <}
   * @param column the column of the start tag's {@code <}
   * @param path the element path, such as {@code /data/s2/q2.3}
   */
  private record Element(String name, Map<String, String> attributes, String text, List<Element> children,
      int line, int column, String path) {

    /**
     * The name without a namespace prefix.
     *
     * @return the local name
     */
    String localName() {
      int colon = name.indexOf(':');
      return colon < 0 ? name : name.substring(colon + 1);
    }
  }

  /**
   * The JDK's own limits ({@code jdk.xml.*}), set on every parser as a second line behind the
   * checks of {@link InstanceParser}: entities are limited to what a document without a DTD can
   * hold (the predefined entities, each counted as one character of at least four bytes), the
   * depth to one more than {@link #MAX_DEPTH} so that the reader's own, clearer refusal comes
   * first.
   */
  private static final Map<String, String> JDK_LIMITS = Map.of(
      "entityExpansionLimit", "1",
      "entityReplacementLimit", "1",
      "maxParameterEntitySizeLimit", "1",
      "maxGeneralEntitySizeLimit", String.valueOf(MAX_BYTES),
      "totalEntitySizeLimit", String.valueOf(MAX_BYTES),
      "maxElementDepth", String.valueOf(MAX_DEPTH + 1),
      "elementAttributeLimit", "256",
      "maxXMLNameLimit", "1000");

  /**
   * A new StAX factory of the JDK's own implementation (never one found on the class or module
   * path), hardened: no DTD is processed, no external entity is resolved (the access to external
   * DTDs is empty and the resolver refuses every entity), entity references are reported rather
   * than replaced so that an undefined one is refused, and the {@linkplain #JDK_LIMITS JDK's
   * limits} are set. A new factory for every document, as a factory is not documented as
   * thread-safe.
   *
   * @return the factory
   */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(XFormInstances::refuseEntity);
    JDK_LIMITS.forEach((name, value) -> {
      try {
        factory.setProperty("jdk.xml." + name, value);
      } catch (IllegalArgumentException e) {
        // an older JDK knows the limit only by its original name
        factory.setProperty("http://www.oracle.com/xml/jaxp/properties/" + name, value);
      }
    });
    return factory;
  }

  /**
   * The resolver of every parser: it refuses every external entity, so nothing is ever fetched.
   *
   * @param publicId the public id of the entity
   * @param systemId the system id of the entity
   * @param baseUri the base URI
   * @param namespace the namespace
   * @return never
   * @throws XMLStreamException always
   */
  private static Object refuseEntity(String publicId, String systemId, String baseUri, String namespace)
      throws XMLStreamException {
    throw new XMLStreamException("the external entity '" + systemId + "' is not read");
  }

  /**
   * Streams one document through the JDK's StAX parser, {@linkplain #factory() hardened}, into
   * a tree of {@link Element}s, enforcing {@link #MAX_ELEMENTS}, {@link #MAX_DEPTH} and {@link
   * #MAX_TEXT_LENGTH} as it reads. A document type declaration, processing instructions,
   * undefined entities, an encoding other than UTF-8, XML other than 1.0 and every
   * well-formedness error are refused with a {@link CtnatReadException} that gives the line,
   * column and element path. Comments are skipped; CDATA sections are text. Not thread-safe;
   * used once.
   */
  private static final class InstanceParser {
    /** The document, decoded. */
    private final String xml;
    /** The source name, for messages. */
    private final String source;
    /** The elements open at the current event, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();
    /** The parser, once created. */
    private XMLStreamReader reader;
    /** The root element, once it is closed. */
    private Element root;
    /** The number of elements started. */
    private int elements;
    /** The index in {@link #xml} where the previous event ended. */
    private int previousEnd;
    /**
     * The line of the cursor, counted from 1: locations are placed in {@link #xml} by moving it
     * forward only, so that placing all of them reads the document once. (The JDK's line and
     * column are exact; its character offset is not, so it is not used.)
     */
    private int cursorLine = 1;
    /** The index in {@link #xml} where the cursor's line starts. */
    private int cursorLineStart;

    /**
     * A parser of one document.
     *
     * @param xml the document, decoded
     * @param source the source name, for messages
     */
    InstanceParser(String xml, String source) {
      this.xml = xml;
      this.source = source;
    }

    /**
     * Parses the document.
     *
     * @return the root element
     * @throws CtnatReadException if the document is refused
     */
    Element document() {
      if (xml.isBlank()) {
        throw problem("", new Position(1, 1), "the document is empty; expected a root element", null);
      }
      try {
        reader = factory().createXMLStreamReader(new StringReader(xml));
        try {
          return stream();
        } finally {
          close();
        }
      } catch (XMLStreamException e) {
        throw malformed(e);
      } catch (CtnatReadException e) {
        throw e;
      } catch (RuntimeException e) {
        // no parser exception escapes in place of a CtnatReadException
        Open top = open.peek();
        throw problem(top == null ? "" : top.path, here(), "the document cannot be parsed: " + e, e);
      }
    }

    /** Reads every event of the document. */
    private Element stream() throws XMLStreamException {
      String encoding = reader.getCharacterEncodingScheme();
      if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
        throw problem("", new Position(1, 1), "the document declares the encoding '" + encoding
            + "'; expected UTF-8", null);
      }
      String version = reader.getVersion();
      if (version != null && !version.equals("1.0")) {
        throw problem("", new Position(1, 1), "the document is XML " + version + "; expected XML 1.0", null);
      }
      previousEnd = Math.max(0, index(reader.getLocation()));
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
          case XMLStreamConstants.COMMENT, XMLStreamConstants.END_DOCUMENT -> { }
          case XMLStreamConstants.DTD -> throw doctype(reader.getLocation(), null);
          case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw problem(path(),
              position(xml.indexOf("<?", Math.max(0, previousEnd - 1)), reader.getLocation()),
              "processing instructions (<?...?>) are not allowed", null);
          case XMLStreamConstants.ENTITY_REFERENCE -> throw problem(path(), startOf('&', ';', reader.getLocation()),
              "the entity &" + reader.getLocalName() + "; is not defined; only &lt; &gt; &amp; &quot; &apos; and "
                  + "character references are allowed", null);
          default -> throw problem(path(), here(), "the XML construct of StAX event " + event + " is not allowed",
              null);
        }
        int end = index(reader.getLocation());
        if (end >= 0) {
          previousEnd = end;
        }
      }
      if (root == null) {
        throw problem("", here(), "the document is empty; expected a root element", null);
      }
      return root;
    }

    /** A start tag: checks the limits and opens the element. */
    private void start() {
      Position at = startOf('<', '>', reader.getLocation());
      String name = qualified(reader.getPrefix(), reader.getLocalName());
      String path = path() + "/" + name;
      if (open.size() + 1 > MAX_DEPTH) {
        throw problem(path, at, "elements are nested deeper than the limit of " + MAX_DEPTH, null);
      }
      if (++elements > MAX_ELEMENTS) {
        throw problem(path, at, "the document has more elements than the limit of " + MAX_ELEMENTS, null);
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String attribute = qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i));
        if (attributes.put(attribute, reader.getAttributeValue(i)) != null) {
          throw problem(path, at, "the attribute " + attribute + " is repeated", null);
        }
      }
      open.push(new Open(name, Collections.unmodifiableMap(attributes), path, at));
    }

    /** An end tag: closes the innermost element. */
    private void end() {
      Open closed = open.pop();
      Element element = new Element(closed.name, closed.attributes, closed.text.toString(),
          List.copyOf(closed.children), closed.at.line(), closed.at.column(), closed.path);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
    }

    /** Character data, CDATA or white space: the text of the innermost element. */
    private void text() {
      Open inside = open.peek();
      if (inside == null) {
        if (!reader.isWhiteSpace()) {
          throw problem(root == null ? "" : root.path(), here(), "text is not allowed outside the root element",
              null);
        }
        return;
      }
      int length = reader.getTextLength();
      if (inside.text.length() + length > MAX_TEXT_LENGTH) {
        throw problem(inside.path, here(), "a text is longer than the limit of " + MAX_TEXT_LENGTH + " characters",
            null);
      }
      inside.text.append(reader.getTextCharacters(), reader.getTextStart(), length);
    }

    /** The path of the innermost open element, {@code ""} outside the root. */
    private String path() {
      Open top = open.peek();
      return top == null ? "" : top.path;
    }

    /**
     * The refusal of a document type declaration.
     *
     * @param known a location at or after the declaration's start, or null
     * @param cause the parser's error, or null
     * @return the exception
     */
    private CtnatReadException doctype(Location known, Throwable cause) {
      return problem("", position(doctypeStart(), known), "a document type declaration (<!DOCTYPE>) is not "
          + "allowed: no DTD, entity declaration or external reference is read", cause);
    }

    /**
     * Where a document type declaration starts after the previous event, if one does.
     *
     * @return its index, or -1
     */
    private int doctypeStart() {
      int at = xml.indexOf('<', Math.max(0, previousEnd - 1));
      return at >= 0 && xml.regionMatches(true, at, "<!DOCTYPE", 0, 9) ? at : -1;
    }

    /**
     * The refusal of a document the parser found malformed, located where it stopped, in the
     * innermost open element.
     *
     * @param e the parser's error
     * @return the exception
     */
    private CtnatReadException malformed(XMLStreamException e) {
      Location location = e.getLocation();
      Position at = reported(location);
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int start = message.indexOf("Message: ");
      String detail = (start < 0 ? message : message.substring(start + "Message: ".length())).strip();
      boolean atEnd = location != null && index(location) >= xml.length();
      if (root != null) {
        return problem(root.path(), at, "expected the end of the document after the root element </" + root.name()
            + ">: " + detail, e);
      }
      Open top = open.peek();
      if (top == null) {
        if (doctypeStart() >= 0) {
          return doctype(location, e);
        }
        return problem("", at, "the document is not well-formed XML: " + detail, e);
      }
      if (atEnd) {
        return problem(top.path, at, "the element <" + top.name + "> is not closed; expected </" + top.name + ">", e);
      }
      return problem(top.path, at, "the document is not well-formed XML: " + detail, e);
    }

    /**
     * Where the construct that ends at a location starts: the last {@code first} character
     * before it.
     *
     * @param first the construct's first character, such as {@code <} of a start tag (which an
     *     attribute value cannot hold)
     * @param last the construct's last character, such as {@code >}
     * @param end the location the parser reported just after the construct
     * @return the position of its first character, or the reported one if it cannot be placed
     */
    private Position startOf(char first, char last, Location end) {
      int after = index(end);
      if (after < 1 || xml.charAt(after - 1) != last) {
        return reported(end);
      }
      return position(xml.lastIndexOf(first, after - 1), end);
    }

    /**
     * The index in {@link #xml} of a location the parser reported, its line and column counted
     * in {@code char}s as the JDK counts them; moves the cursor forward to its line.
     *
     * @param location the location
     * @return the index, or -1 if the location cannot be placed
     */
    private int index(Location location) {
      int line = location.getLineNumber();
      int column = location.getColumnNumber();
      if (line < cursorLine || column < 1) {
        return -1;
      }
      while (cursorLine < line) {
        int next = nextLineStart(cursorLineStart);
        if (next < 0) {
          return -1;
        }
        cursorLineStart = next;
        cursorLine++;
      }
      return Math.min(xml.length(), cursorLineStart + column - 1);
    }

    /**
     * The line and column of a character at or before a location the parser reported. The
     * cursor moves to the location's line, so a character on that line is placed at once and
     * one on an earlier line by going back over the lines between (those of one multi-line tag).
     *
     * @param index the character's index in {@link #xml}, or -1 if not found
     * @param known the location the parser reported at or after the character, or null
     * @return the position, or the reported location if the character cannot be placed
     */
    private Position position(int index, Location known) {
      if (index < 0 || index > xml.length()) {
        return reported(known);
      }
      int end = known == null ? -1 : index(known);
      if (end >= 0 && index > end) {
        return reported(known);
      }
      int line = cursorLine;
      int lineStart = cursorLineStart;
      if (index >= lineStart && end < 0) {
        // the location could not be placed (the parser gave none): count the lines up to the
        // character, once, as this refuses the document
        for (int i = lineStart; i < index; i++) {
          char c = xml.charAt(i);
          if (c == '\n' || (c == '\r' && (i + 1 >= xml.length() || xml.charAt(i + 1) != '\n'))) {
            line++;
            lineStart = i + 1;
          }
        }
      }
      while (lineStart > index) {
        lineStart = previousLineStart(lineStart);
        line--;
      }
      return new Position(line, index - lineStart + 1);
    }

    /**
     * Where the line after the one that contains an index starts (after {@code \n}, {@code
     * \r\n} or {@code \r}, the line ends XML knows).
     *
     * @param from an index
     * @return the start of the next line, or -1 if there is none
     */
    private int nextLineStart(int from) {
      for (int i = from; i < xml.length(); i++) {
        char c = xml.charAt(i);
        if (c == '\n') {
          return i + 1;
        }
        if (c == '\r') {
          return i + 1 < xml.length() && xml.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
      }
      return -1;
    }

    /**
     * Where the line before the one starting at an index starts.
     *
     * @param lineStart the start of a line other than the first
     * @return the start of the line before it
     */
    private int previousLineStart(int lineStart) {
      int i = lineStart - 1;
      if (i > 0 && xml.charAt(i) == '\n' && xml.charAt(i - 1) == '\r') {
        i--;
      }
      while (i > 0 && xml.charAt(i - 1) != '\n' && xml.charAt(i - 1) != '\r') {
        i--;
      }
      return i;
    }

    /**
     * A location as the parser reported it.
     *
     * @param location the location, or null
     * @return its line and column, 0 where unknown
     */
    private static Position reported(Location location) {
      return location == null ? new Position(0, 0)
          : new Position(Math.max(0, location.getLineNumber()), Math.max(0, location.getColumnNumber()));
    }

    /** The parser's current location. */
    private Position here() {
      if (reader == null) {
        return new Position(0, 0);
      }
      return reported(reader.getLocation());
    }

    /** Closes the parser; an error in closing cannot hide the document's own. */
    private void close() {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing is held but the string
      }
    }

    /**
     * A refusal.
     *
     * @param path the element path
     * @param at the position
     * @param what what is wrong and what was expected
     * @param cause the parser's error, or null
     * @return the exception
     */
    private CtnatReadException problem(String path, Position at, String what, Throwable cause) {
      return new CtnatReadException(source, path, at.line(), at.column(), what, cause);
    }

    /**
     * A name as written, from its prefix and local part.
     *
     * @param prefix the prefix, or null or empty for none
     * @param local the local part
     * @return the name
     */
    private static String qualified(String prefix, String local) {
      return prefix == null || prefix.isEmpty() || local.startsWith(prefix + ":") ? local : prefix + ":" + local;
    }
  }

  /**
   * A line and column, counted from 1; 0 if unknown.
   *
   * @param line the line
   * @param column the column
   */
  private record Position(int line, int column) {}

  /** An element being read: what it has so far. */
  private static final class Open {
    /** The name as written. */
    final String name;
    /** The attributes. */
    final Map<String, String> attributes;
    /** The element path. */
    final String path;
    /** Where its start tag begins. */
    final Position at;
    /** Its text so far. */
    final StringBuilder text = new StringBuilder();
    /** Its child elements so far. */
    final List<Element> children = new ArrayList<>();

    /**
     * An element just started.
     *
     * @param name the name as written
     * @param attributes the attributes
     * @param path the element path
     * @param at where its start tag begins
     */
    Open(String name, Map<String, String> attributes, String path, Position at) {
      this.name = name;
      this.attributes = attributes;
      this.path = path;
      this.at = at;
    }
  }

  /** Reads one instance tree. Not thread-safe; used once. */
  private static final class Reader {
    private final Instrument instrument;
    private final String source;
    private final InstanceOptions options;
    /** The element that answered each item, for locating violations. */
    private final Map<ItemId, Element> at = new HashMap<>();

    Reader(Instrument instrument, String source, InstanceOptions options) {
      this.instrument = instrument;
      this.source = source;
      this.options = options;
    }

    SurveyResponse response(Element root) {
      String expectedId = options.formId().orElse(instrument.id().value());
      String id = root.attributes().get("id");
      if (!expectedId.equals(id)) {
        throw problem(root, id == null
            ? "the root element <" + root.name() + "> has no id attribute; expected id=\"" + expectedId + "\""
            : "the instance is of form '" + abbreviate(id) + "'; expected '" + expectedId + "'" + koboHint(root));
      }
      String expectedVersion = options.formVersion().orElse(instrument.version());
      String version = root.attributes().get("version");
      if (!options.anyFormVersion() && !expectedVersion.equals(version)) {
        throw problem(root, version == null
            ? "the root element <" + root.name() + "> has no version attribute; expected version=\""
                + expectedVersion + "\""
            : "the instance is of version '" + abbreviate(version) + "' of form " + id + "; expected version '"
                + expectedVersion + "'" + koboHint(root));
      }
      Map<String, SurveySection> sections = new LinkedHashMap<>();
      instrument.survey().sections().forEach(s -> sections.put(OdkNames.section(s.id()), s));
      Element respondent = null;
      Map<SurveySection, Element> given = new LinkedHashMap<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Element child : root.children()) {
        String name = child.localName();
        if (!seen.add(name)) {
          throw problem(child, "the element <" + name + "> is given twice");
        }
        if (name.equals(OdkForm.RESPONDENT)) {
          respondent = child;
        } else if (sections.containsKey(name)) {
          given.put(sections.get(name), child);
        } else if (!name.equals("meta") && !name.equals("formhub") && !name.equals("__version__")) {
          throw problem(child, "the form has no element <" + name + "> here; expected " + OdkForm.RESPONDENT
              + ", " + String.join(", ", sections.keySet()) + " or meta");
        }
      }
      if (respondent == null) {
        throw problem(root, "the respondent code <" + OdkForm.RESPONDENT + "> is missing; expected the "
            + "respondent's pseudonymous id");
      }
      String code = value(respondent).trim();
      if (code.isEmpty()) {
        throw problem(respondent, "the respondent code is empty; expected the respondent's pseudonymous id");
      }
      RespondentId who;
      try {
        who = RespondentId.of(code);
      } catch (IllegalArgumentException e) {
        // the code is not repeated: an enumerator may have typed a person's name here
        throw problem(respondent, "the respondent code is not a respondent id: " + ReportedValues.describeId(code)
            + "; expected letters, digits, '.', '_' or '-', at most 64, starting with a letter or digit, such as "
            + "AZEsur1");
      }
      Map<ItemId, Answer> answers = new LinkedHashMap<>();
      for (SurveySection section : instrument.survey().sections()) {
        Element group = given.get(section);
        if (group != null) {
          if (!group.text().isBlank()) {
            throw problem(group, "the group <" + group.localName() + "> holds text; expected only the fields of section "
                + section.id());
          }
          section(section, group, answers);
        }
      }
      SurveyResponse response = SurveyResponse.to(instrument, Respondent.builder().id(who).build())
          .answers(answers).build();
      ValidationReport report = ResponseValidation.validate(instrument, response);
      if (!report.isValid()) {
        Violation first = report.violations().get(0);
        Element where = first.element().flatMap(e -> at.entrySet().stream()
            .filter(a -> a.getKey().value().equals(e)).map(Map.Entry::getValue).findFirst()).orElse(root);
        throw problem(where, "the answers break the rules of " + instrument.id() + " " + instrument.version() + ": "
            + report.violations().stream().map(v -> v.element().map(e -> e + " ").orElse("") + v.rule() + ": "
                + v.detail()).collect(Collectors.joining("; ")));
      }
      return response;
    }

    private void section(SurveySection section, Element group, Map<ItemId, Answer> answers) {
      Map<String, Element> fields = fields(group, "section " + section.id());
      List<String> expected = new ArrayList<>();
      for (Question question : section.questions()) {
        if (question instanceof Grid grid) {
          String name = OdkNames.grid(grid.id());
          expected.add(name);
          Element g = fields.remove(name);
          if (g != null) {
            grid(grid, g, answers);
          }
          continue;
        }
        List<String> names = new ArrayList<>();
        if (question instanceof Ranking ranking) {
          for (int k = 1; k <= ranking.maxRanked(); k++) {
            names.add(OdkNames.rank(ranking.id(), k));
          }
        } else {
          names.add(OdkNames.field(question.id()));
        }
        if (question instanceof ChoiceQuestion choice) {
          choice.options().stream().filter(ChoiceOption::specify)
              .forEach(o -> names.add(OdkNames.specify(question.id(), o.code())));
        }
        expected.addAll(names);
        Map<String, Element> mine = new LinkedHashMap<>();
        for (String name : names) {
          Element node = fields.remove(name);
          if (node != null) {
            mine.put(name, node);
          }
        }
        if (!mine.isEmpty()) {
          question(question, mine, answers);
        }
      }
      if (!fields.isEmpty()) {
        Element stray = fields.values().iterator().next();
        throw problem(stray, "section " + section.id() + " has no field <" + stray.localName() + ">; expected "
            + String.join(", ", expected));
      }
    }

    /** The child elements by name, each a field without elements of its own (grids excepted). */
    private Map<String, Element> fields(Element group, String what) {
      Map<String, Element> fields = new LinkedHashMap<>();
      for (Element child : group.children()) {
        if (fields.put(child.localName(), child) != null) {
          throw problem(child, "the element <" + child.localName() + "> is given twice in " + what);
        }
      }
      return fields;
    }

    private void grid(Grid grid, Element group, Map<ItemId, Answer> answers) {
      Map<String, Element> fields = fields(group, "grid " + grid.id());
      if (!group.text().isBlank()) {
        throw problem(group, "the grid <" + group.localName() + "> holds text; expected only its statements");
      }
      for (GridStatement statement : grid.statements()) {
        Element node = fields.remove(OdkNames.field(statement.id()));
        if (node != null) {
          String code = value(node).trim();
          if (!code.isEmpty()) {
            single(node, code);
            at.put(statement.id(), node);
            answers.put(statement.id(), PointAnswer.of(code));
          }
        }
      }
      if (!fields.isEmpty()) {
        Element stray = fields.values().iterator().next();
        throw problem(stray, "grid " + grid.id() + " has no statement <" + stray.localName() + ">; expected "
            + grid.statements().stream().map(s -> OdkNames.field(s.id())).collect(Collectors.joining(", ")));
      }
    }

    private void question(Question question, Map<String, Element> nodes, Map<ItemId, Answer> answers) {
      ItemId id = question.id();
      Answer answer = null;
      Element where = null;
      Collection<String> picked = List.of();
      if (question instanceof SingleChoice) {
        where = nodes.get(OdkNames.field(id));
        String code = where == null ? "" : value(where).trim();
        if (!code.isEmpty()) {
          single(where, code);
          picked = List.of(code);
        }
      } else if (question instanceof MultipleChoice) {
        where = nodes.get(OdkNames.field(id));
        String codes = where == null ? "" : value(where).trim();
        if (!codes.isEmpty()) {
          picked = List.of(codes.split("[ \t\r\n]+"));
        }
      } else if (question instanceof Ranking ranking) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        Map<String, Element> rankedAt = new HashMap<>();
        for (int k = 1; k <= ranking.maxRanked(); k++) {
          Element node = nodes.get(OdkNames.rank(id, k));
          String code = node == null ? "" : value(node).trim();
          if (code.isEmpty()) {
            continue;
          }
          single(node, code);
          if (where == null) {
            where = node;
          }
          if (ranks.containsKey(code)) {
            throw problem(node, "option '" + code + "' is ranked at positions " + ranks.get(code) + " (<"
                + rankedAt.get(code).localName() + ">) and " + k + "; each option may be ranked once");
          }
          ranks.put(code, k);
          rankedAt.put(code, node);
        }
        if (!ranks.isEmpty()) {
          answer = new RankingAnswer(ranks, Optional.empty());
          picked = ranks.keySet();
        }
      } else if (question instanceof FreeText) {
        where = nodes.get(OdkNames.field(id));
        String text = where == null ? "" : value(where);
        if (!text.isEmpty()) {
          answer = TextAnswer.of(text);
        }
      } else {
        throw new IllegalStateException("question " + id + " is a " + question.kind() + " outside a grid");
      }
      Optional<String> otherText = question instanceof ChoiceQuestion choice
          ? specified(id, choice, nodes, picked) : Optional.empty();
      if (question instanceof SingleChoice && !picked.isEmpty()) {
        answer = new ChoiceAnswer(picked.iterator().next(), otherText);
      } else if (question instanceof MultipleChoice && !picked.isEmpty()) {
        answer = new SelectionAnswer(List.copyOf(picked), otherText);
      } else if (answer instanceof RankingAnswer ranking) {
        answer = new RankingAnswer(ranking.ranks(), otherText);
      }
      if (answer == null) {
        return;
      }
      at.put(id, where);
      answers.put(id, answer);
    }

    /**
     * The "please specify" text of an answer, refusing a text whose option was not picked and a
     * second text, as the submission readers do (in the same words).
     *
     * @param id the question's id
     * @param choice the question
     * @param nodes the question's elements by name
     * @param picked the codes chosen or ranked; empty if the question is not answered
     * @return the text, if one is given
     */
    private Optional<String> specified(ItemId id, ChoiceQuestion choice, Map<String, Element> nodes,
        Collection<String> picked) {
      Element first = null;
      String firstCode = null;
      for (ChoiceOption option : choice.options()) {
        Element node = nodes.get(OdkNames.specify(id, option.code()));
        if (node == null || value(node).isEmpty()) {
          continue;
        }
        if (!picked.contains(option.code())) {
          throw problem(node, id + " " + ViolationRule.OTHER_TEXT_WITHOUT_OTHER + ": "
              + ReportedValues.textWithoutItsOption(id, option.code(), !picked.isEmpty(), choice instanceof Ranking));
        }
        if (first != null) {
          throw problem(node, ReportedValues.secondSpecifiedText(id, firstCode) + " (<" + first.localName()
              + "> and <" + node.localName() + ">)");
        }
        first = node;
        firstCode = option.code();
      }
      return first == null ? Optional.empty() : Optional.of(value(first));
    }

    /** Checks that a single-code field holds one code. */
    private void single(Element node, String code) {
      if (code.chars().anyMatch(Character::isWhitespace)) {
        throw problem(node, "expected one option code, but found '" + code + "'");
      }
    }

    /** The text of a field, which must hold no elements. */
    private String value(Element node) {
      if (!node.children().isEmpty()) {
        throw problem(node.children().get(0), "the field <" + node.localName()
            + "> holds an element; expected only its value");
      }
      return node.text();
    }

    /**
     * A hint for an instance that KoboToolbox seems to have served (it adds {@code formhub} and
     * {@code __version__} to the root) read without its asset uid.
     *
     * @param root the root element
     * @return the hint, or {@code ""}
     */
    private String koboHint(Element root) {
      boolean kobo = root.children().stream().anyMatch(c -> c.localName().equals("formhub")
          || c.localName().equals("__version__"));
      return kobo && options.formId().isEmpty() ? " (an instance from KoboToolbox carries the project's asset uid "
          + "and its own version; read it with InstanceOptions.kobo(assetUid))" : "";
    }

    private CtnatReadException problem(Element node, String what) {
      return new CtnatReadException(source, node.path(), node.line(), node.column(), what, null);
    }
  }
}
