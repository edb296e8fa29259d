package org.ctnat.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ctnat.core.framework.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * A tree node being read, with its JSON pointer, so that every problem says where it is.
 * Package-private; not thread-safe (used within one read).
 */
final class Node {

  private final JsonNode node;
  private final Node parent;
  private final String segment;
  private String pointer;
  private final Documents.Locator locator;

  /** A child node: its pointer is built only when a problem needs it. */
  private Node(JsonNode node, Node parent, String segment, Documents.Locator locator) {
    this.node = node;
    this.parent = parent;
    this.segment = segment;
    this.locator = locator;
  }

  Node(JsonNode node, String pointer, Documents.Locator locator) {
    this.parent = null;
    this.segment = null;
    this.node = node;
    this.pointer = pointer;
    this.locator = locator;
  }

  String pointer() {
    if (pointer == null) {
      pointer = parent.pointer() + "/" + segment;
    }
    return pointer;
  }

  /** The members of an object, in document order, each as a node that knows its location. */
  /** The members of an optional object member, in document order; none if it is absent. */
  List<Map.Entry<String, Node>> members(String name) {
    return optional(name).map(Node::members).orElse(List.of());
  }

  List<Map.Entry<String, Node>> members() {
    expectObject();
    List<Map.Entry<String, Node>> members = new ArrayList<>(node.size());
    for (String name : node.propertyNames()) {
      members.add(Map.entry(name, member(name)));
    }
    return members;
  }

  /** The child of an object member (whether or not it exists). */
  Node member(String name) {
    return new Node(node.get(name), this, escape(name), locator);
  }

  CtnatReadException problem(String message) {
    return problem(message, null);
  }

  CtnatReadException problem(String message, Throwable cause) {
    String where = pointer();
    int[] at = locator.locate(where);
    return new CtnatReadException(locator.source(), where, at[0], at[1], message, cause);
  }

  boolean isObject() {
    return node.isObject();
  }

  boolean isString() {
    return node.isString();
  }

  void expectObject() {
    if (!node.isObject()) {
      throw problem("expected an object, but found " + describe());
    }
  }

  private String describe() {
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** Checks that the object has no members other than those named. */
  void allowOnly(String... names) {
    expectObject();
    List<String> allowed = List.of(names);
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw child(name).problem("unknown member '" + name + "'; expected one of " + allowed);
      }
    }
  }

  private Node child(String name) {
    return member(name);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  Node required(String name) {
    expectObject();
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw problem("missing required member '" + name + "'");
    }
    return child(name);
  }

  Optional<Node> optional(String name) {
    expectObject();
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
  }

  String string() {
    if (!node.isString()) {
      throw problem("expected a string, but found " + describe() + (node.isValueNode()
          ? " " + node.asString() + (node.isNumber()
              ? " (quote ids and versions in YAML, e.g. \"3.10\", or YAML reads them as numbers)" : "")
          : ""));
    }
    return node.stringValue();
  }

  int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw problem("expected a whole number, but found " + describe()
          + (node.isValueNode() ? " " + node.asString() : ""));
    }
    return node.intValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw problem("expected true or false, but found " + describe()
          + (node.isValueNode() ? " " + node.asString() : ""));
    }
    return node.booleanValue();
  }

  boolean flag(String name) {
    return optional(name).map(Node::bool).orElse(false);
  }

  Optional<String> optionalString(String name) {
    return optional(name).map(Node::string);
  }

  Optional<LocalizedText> optionalText(String name) {
    return optional(name).map(Node::text);
  }

  List<Node> list() {
    if (!node.isArray()) {
      throw problem("expected a list, but found " + describe());
    }
    List<Node> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(new Node(node.get(i), this, Integer.toString(i), locator));
    }
    return items;
  }

  List<Node> optionalList(String name) {
    return optional(name).map(Node::list).orElse(List.of());
  }

  /** Reads each element with {@code reader}; a model error in one names that element. */
  <T> List<T> each(String name, Function<Node, T> reader) {
    List<T> values = new ArrayList<>();
    for (Node item : optionalList(name)) {
      values.add(item.build(reader));
    }
    return values;
  }

  /** Runs {@code reader}; a rule of the model broken here is reported at this node. */
  <T> T build(Function<Node, T> reader) {
    try {
      return reader.apply(this);
    } catch (CtnatReadException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw problem(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  LocalizedText text() {
    expectObject();
    if (node.isEmpty()) {
      throw problem("expected a text in at least one language, such as {en: \"...\"}");
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      texts.put(entry.getKey(), child(entry.getKey()).string());
    }
    return build(n -> LocalizedText.of(texts));
  }
}
