package org.ctnat.io.odk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctnat.core.instrument.Instrument;

/**
 * The survey of an instrument — the standard one or one adapted with {@link
 * org.ctnat.core.instrument.InstrumentDerivation} — as an ODK XForm ({@code docs/odk.md} in the
 * repository), for ODK Collect, Enketo, ODK Central and KoboToolbox.
 *
 * <pre>{@code
 * XForms.write(Instruments.ctnat2016(), Path.of("ctnat-2016.xml"));
 * }</pre>
 *
 * <p>The form follows XForms 1.0 and the ODK XForms specification: an {@code h:html} document
 * whose model holds an {@code itext} translation for every language of the instrument (named
 * like {@code English (en)}, the default language first and marked default), the primary
 * instance {@code <data id="{instrument id}" version="{instrument version}">}, one secondary
 * instance per choice list, and a {@code bind} per field with its type, relevance, constraint
 * and message, and whether it is required; the body holds the sections as groups and the
 * questions as {@code select1}, {@code select} and {@code input} controls. Groups, fields and
 * choice lists are named by {@link OdkNames}; a first field {@code respondent} holds
 * the respondent's pseudonymous id, and {@code meta/instanceID} the submission's id.
 *
 * <ul>
 *   <li>a single choice is a {@code select1}; a multiple choice a {@code select} whose limits
 *       ("choose three", "no more than three") and exclusive options are a constraint on {@code
 *       count-selected(.)} and {@code selected(.)}, with a message;
 *   <li>a follow-up ({@link org.ctnat.core.questionbank.SingleChoice#optionsFrom()}) offers only
 *       the options chosen in its parent (a filtered itemset), is shown only once the parent is
 *       answered, and refuses any other option;
 *   <li>a ranking is one {@code select1} per rank position ({@link OdkNames#rank}) sharing the
 *       ranking's list; no option may be ranked twice, a position is shown once the one before
 *       it is answered, and the positions up to the ranking's minimum are required once the
 *       first is answered;
 *   <li>a grid is a group with appearance {@code field-list} of one {@code select1} per
 *       statement, sharing the scale's list;
 *   <li>an "Other – please specify" option has a text field ({@link OdkNames#specify}) shown
 *       only when that option is chosen;
 *   <li>instructions are hints.
 * </ul>
 *
 * <p>No question is required: an unanswered item is a missing answer in CT-NAT, not an error,
 * and an empty answer skips the constraints. The messages the SDK words itself are in English
 * in every language. What ODK cannot express is listed in {@code docs/odk.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class XForms {

  /** The XForms namespace, the default namespace of the document. */
  public static final String XFORMS_NAMESPACE = "http://www.w3.org/2002/xforms";

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

  private XForms() {}

  /**
   * The survey of an instrument as an XForm.
   *
   * @param instrument the instrument
   * @return the XForm XML, UTF-8 text with a declaration
   * @throws IllegalArgumentException if a text of the instrument holds a character XML cannot
   *     represent (a control character)
   */
  public static String toXml(Instrument instrument) {
    OdkForm form = OdkForm.of(instrument);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    new Writer(form).document().write(out, 0);
    return out.toString();
  }

  /**
   * Writes the survey of an instrument as an XForm to a stream (which is not closed), in UTF-8.
   *
   * @param instrument the instrument
   * @param out the stream
   * @throws IllegalArgumentException as {@link #toXml(Instrument)}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = toXml(instrument).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XForm: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the survey of an instrument as an XForm file, created or replaced.
   *
   * @param instrument the instrument
   * @param file the file, such as {@code ctnat-2016.xml}
   * @throws IllegalArgumentException as {@link #toXml(Instrument)}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, Path file) {
    Objects.requireNonNull(file, "file");
    String xml = toXml(instrument);
    try {
      Files.writeString(file, xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Renders one form plan. Not thread-safe; used once. */
  private static final class Writer {
    private final OdkForm form;
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> itext = new LinkedHashMap<>();

    Writer(OdkForm form) {
      this.form = form;
      form.languages().forEach(l -> itext.put(l, new LinkedHashMap<>()));
      Deque<String> groups = new ArrayDeque<>();
      groups.push("/" + OdkForm.ROOT);
      for (OdkForm.Row row : form.rows()) {
        switch (row.type()) {
          case BEGIN_GROUP -> {
            String path = groups.peek() + "/" + row.name();
            paths.put(row.name(), path);
            groups.push(path);
          }
          case END_GROUP -> groups.pop();
          default -> paths.put(row.name(), groups.peek() + "/" + row.name());
        }
      }
    }

    Element document() {
      Element html = new Element("h:html")
          .attribute("xmlns", XFORMS_NAMESPACE)
          .attribute("xmlns:h", "http://www.w3.org/1999/xhtml")
          .attribute("xmlns:jr", "http://openrosa.org/javarosa")
          .attribute("xmlns:odk", "http://www.opendatakit.org/xforms")
          .attribute("xmlns:orx", "http://openrosa.org/xforms")
          .attribute("xmlns:xsd", "http://www.w3.org/2001/XMLSchema");
      Element head = html.add(new Element("h:head"));
      head.add(new Element("h:title").text(form.title()));
      Element model = head.add(new Element("model").attribute("odk:xforms-version", "1.0.0"));
      Element itextElement = model.add(new Element("itext"));
      model.add(new Element("instance").add(primaryInstance()).parent());
      for (OdkForm.ChoiceList list : form.lists()) {
        model.add(secondaryInstance(list));
      }
      for (OdkForm.Row row : form.rows()) {
        if (row.isField()) {
          model.add(bind(row));
        }
      }
      model.add(new Element("bind").attribute("nodeset", "/" + OdkForm.ROOT + "/meta/instanceID")
          .attribute("type", "string").attribute("readonly", "true()").attribute("jr:preload", "uid"));
      Element body = html.add(new Element("h:body"));
      body(body);
      // the translations are complete only once the body has asked for every text
      for (String language : form.languages()) {
        Element translation = itextElement.add(new Element("translation")
            .attribute("lang", OdkForm.languageName(language)));
        if (language.equals(form.defaultLanguage())) {
          translation.attribute("default", "true()");
        }
        itext.get(language).forEach((id, value) ->
            translation.add(new Element("text").attribute("id", id).add(new Element("value").text(value)).parent()));
      }
      return html;
    }

    private Element primaryInstance() {
      Element root = new Element(OdkForm.ROOT).attribute("id", form.instrument().id().value())
          .attribute("version", form.instrument().version());
      Deque<Element> groups = new ArrayDeque<>();
      groups.push(root);
      for (OdkForm.Row row : form.rows()) {
        switch (row.type()) {
          case BEGIN_GROUP -> groups.push(groups.peek().add(new Element(row.name())));
          case END_GROUP -> groups.pop();
          default -> groups.peek().add(new Element(row.name()));
        }
      }
      root.add(new Element("meta").add(new Element("instanceID")).parent());
      return root;
    }

    private Element secondaryInstance(OdkForm.ChoiceList list) {
      Element root = new Element("root");
      for (int i = 0; i < list.choices().size(); i++) {
        OdkForm.Choice choice = list.choices().get(i);
        String id = list.name() + "-" + i;
        translate(id, choice.label());
        root.add(new Element("item")
            .add(new Element("itextId").text(id)).parent()
            .add(new Element("name").text(choice.name())).parent());
      }
      return new Element("instance").attribute("id", list.name()).add(root).parent();
    }

    private Element bind(OdkForm.Row row) {
      String path = paths.get(row.name());
      Element bind = new Element("bind").attribute("nodeset", path).attribute("type", "string");
      if (row.relevant() != null) {
        bind.attribute("relevant", xpath(row.relevant()));
      }
      if (row.constraint() != null) {
        bind.attribute("constraint", xpath(row.constraint()));
        String id = path + ":jr:constraintMsg";
        translate(id, row.constraintMessage());
        bind.attribute("jr:constraintMsg", "jr:itext('" + id + "')");
      }
      if (row.required()) {
        bind.attribute("required", "true()");
        if (!row.requiredMessage().isEmpty()) {
          String id = path + ":jr:requiredMsg";
          translate(id, row.requiredMessage());
          bind.attribute("jr:requiredMsg", "jr:itext('" + id + "')");
        }
      }
      return bind;
    }

    private void body(Element body) {
      Deque<Element> parents = new ArrayDeque<>();
      parents.push(body);
      for (OdkForm.Row row : form.rows()) {
        String path = paths.get(row.name());
        switch (row.type()) {
          case BEGIN_GROUP -> {
            Element group = parents.peek().add(new Element("group").attribute("ref", path));
            if (row.appearance() != null) {
              group.attribute("appearance", row.appearance());
            }
            label(group, path, row);
            parents.push(group);
          }
          case END_GROUP -> parents.pop();
          case SELECT_ONE, SELECT_MULTIPLE -> {
            Element control = parents.peek().add(new Element(
                row.type() == OdkForm.Type.SELECT_ONE ? "select1" : "select").attribute("ref", path));
            label(control, path, row);
            String nodeset = "instance('" + row.listName() + "')/root/item"
                + (row.choiceFilter() == null ? "" : "[" + xpath(row.choiceFilter()) + "]");
            control.add(new Element("itemset").attribute("nodeset", nodeset)
                .add(new Element("value").attribute("ref", "name")).parent()
                .add(new Element("label").attribute("ref", "jr:itext(itextId)")).parent());
          }
          case TEXT -> label(parents.peek().add(new Element("input").attribute("ref", path)), path, row);
          default -> throw new IllegalStateException("unknown row type " + row.type());
        }
      }
    }

    private void label(Element control, String path, OdkForm.Row row) {
      if (!row.label().isEmpty()) {
        translate(path + ":label", row.label());
        control.add(new Element("label").attribute("ref", "jr:itext('" + path + ":label')"));
      }
      if (!row.hint().isEmpty()) {
        translate(path + ":hint", row.hint());
        control.add(new Element("hint").attribute("ref", "jr:itext('" + path + ":hint')"));
      }
    }

    private void translate(String id, Map<String, String> texts) {
      texts.forEach((language, text) -> itext.get(language).put(id, text));
    }

    /** An XLSForm expression with every {@code ${name}} replaced by the field's absolute path. */
    private String xpath(String expression) {
      Matcher m = REFERENCE.matcher(expression);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String path = paths.get(m.group(1));
        if (path == null) {
          throw new IllegalStateException("expression '" + expression + "' refers to no field: " + m.group(1));
        }
        m.appendReplacement(out, Matcher.quoteReplacement(path));
      }
      return m.appendTail(out).toString();
    }
  }

  /** A small XML element tree, written with two-space indentation. Not thread-safe. */
  static final class Element {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Element> children = new ArrayList<>();
    private Element parent;
    private String text;

    Element(String name) {
      this.name = name;
    }

    Element attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    Element text(String value) {
      this.text = value;
      return this;
    }

    /** Adds a child and returns the child. */
    Element add(Element child) {
      children.add(child);
      child.parent = this;
      return child;
    }

    Element parent() {
      return parent;
    }

    void write(StringBuilder out, int depth) {
      out.append("  ".repeat(depth)).append('<').append(name);
      attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
      if (children.isEmpty() && text == null) {
        out.append("/>\n");
        return;
      }
      out.append('>');
      if (text != null) {
        out.append(escape(text, false));
      }
      if (!children.isEmpty()) {
        out.append('\n');
        children.forEach(c -> c.write(out, depth + 1));
        out.append("  ".repeat(depth));
      }
      out.append("</").append(name).append(">\n");
    }

    /** Escapes a text for XML, refusing characters XML 1.0 cannot represent. */
    static String escape(String value, boolean attribute) {
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append(attribute ? "&quot;" : "\"");
          case '\n' -> out.append(attribute ? "&#10;" : "\n");
          case '\r' -> out.append("&#13;");
          case '\t' -> out.append(attribute ? "&#9;" : "\t");
          default -> {
            if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
              throw new IllegalArgumentException(String.format(
                  "a text holds the character U+%04X, which XML cannot represent: \"%s\"", (int) c, value));
            }
            out.append(c);
          }
        }
      }
      return out.toString();
    }
  }
}
