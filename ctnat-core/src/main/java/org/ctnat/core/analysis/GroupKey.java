package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ctnat.core.questionbank.ProfileAttribute;

/**
 * The group a respondent falls in when results are disaggregated: the values of the chosen
 * profile attributes, e.g. {@code country=azerbaijan, gender=female}. A respondent whose
 * profile lacks an attribute falls in the group whose value is {@value #MISSING}, so every
 * respondent lands in exactly one group.
 *
 * @param attributes the attributes disaggregated by, in the order asked
 * @param values one value per attribute: an option code or {@value #MISSING}
 */
public record GroupKey(List<ProfileAttribute> attributes, List<String> values) implements Comparable<GroupKey> {

  /** The value of an attribute a respondent's profile does not have. */
  public static final String MISSING = "(missing)";

  private static final Comparator<List<String>> ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  /** Copies the lists and checks that there is one value per attribute. */
  public GroupKey {
    attributes = List.copyOf(attributes);
    values = List.copyOf(values);
    if (attributes.size() != values.size()) {
      throw new IllegalArgumentException("group key: " + values.size() + " values for " + attributes.size()
          + " attributes " + attributes);
    }
  }

  /**
   * The value of one attribute.
   *
   * @param attribute one of {@link #attributes()}
   * @return its value in this group
   * @throws IllegalArgumentException if the group is not keyed by that attribute
   */
  public String value(ProfileAttribute attribute) {
    int i = attributes.indexOf(attribute);
    if (i < 0) {
      throw new IllegalArgumentException("group is keyed by " + attributes + ", not by " + attribute.key());
    }
    return values.get(i);
  }

  static GroupKey of(List<ProfileAttribute> attributes, java.util.Map<ProfileAttribute, String> profile) {
    List<String> values = new ArrayList<>(attributes.size());
    for (ProfileAttribute attribute : attributes) {
      values.add(Objects.requireNonNullElse(profile.get(attribute), MISSING));
    }
    return new GroupKey(attributes, values);
  }

  /**
   * Orders groups by their attributes, then by their values attribute by attribute (option
   * codes in alphabetical order, {@value #MISSING} first); consistent with {@code equals}.
   */
  @Override
  public int compareTo(GroupKey other) {
    int c = Integer.compare(attributes.size(), other.attributes.size());
    for (int i = 0; c == 0 && i < attributes.size(); i++) {
      c = attributes.get(i).compareTo(other.attributes.get(i));
    }
    return c != 0 ? c : ORDER.compare(values, other.values);
  }

  @Override
  public String toString() {
    return IntStream.range(0, values.size()).mapToObj(i -> attributes.get(i).key() + "=" + values.get(i))
        .collect(Collectors.joining(", "));
  }
}
