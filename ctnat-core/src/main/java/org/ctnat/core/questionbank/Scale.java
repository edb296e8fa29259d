package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An ordered response scale shared by the statements of a grid ("check only one box per
 * line"): adequacy, frequency, agreement or ease in the standard instrument.
 *
 * <p>Rules, checked when built: point codes are unique; there are at least two substantive
 * points; substantive points run from positive through neutral to negative (never back);
 * non-substantive points come after all substantive ones.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scale {

  Scale() {}

  /**
   * The scale's id.
   *
   * @return the id
   */
  public abstract ScaleId id();

  /**
   * The scale's name, e.g. "Adequacy".
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The points in order: substantive points from most positive to most negative, then any
   * non-substantive points.
   *
   * @return the points
   */
  public abstract List<ScalePoint> points();

  /**
   * A scale.
   *
   * @param id the id
   * @param title the title
   * @param points the points, in order
   * @return the scale
   */
  public static Scale of(ScaleId id, LocalizedText title, List<ScalePoint> points) {
    return builder().id(id).title(title).addAllPoints(points).build();
  }

  /**
   * A builder for a scale.
   *
   * @return a new builder
   */
  public static ImmutableScale.Builder builder() {
    return ImmutableScale.builder();
  }

  /**
   * The substantive points, in order.
   *
   * @return the points with a polarity
   */
  public List<ScalePoint> substantivePoints() {
    return points().stream().filter(ScalePoint::substantive).collect(Collectors.toUnmodifiableList());
  }

  /**
   * One point by code.
   *
   * @param code the code
   * @return the point, or empty
   */
  public Optional<ScalePoint> point(String code) {
    return points().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * The position of a point in {@link #points()}.
   *
   * @param code the code
   * @return the zero-based index, or -1 if the scale has no such point
   */
  public int indexOf(String code) {
    for (int i = 0; i < points().size(); i++) {
      if (points().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A copy with another title.
   *
   * @param title the title
   * @return the copy
   */
  public abstract Scale withTitle(LocalizedText title);

  /**
   * A copy with other points (checked like a new scale).
   *
   * @param points the points
   * @return the copy
   */
  public abstract Scale withPoints(Iterable<? extends ScalePoint> points);

  @Value.Check
  void check() {
    String where = "scale " + id();
    Checks.unique(where, "point code", points(), ScalePoint::code);
    Checks.argument(substantivePoints().size() >= 2,
        where + ": must have at least two substantive points, but has "
            + substantivePoints().size());
    Polarity previous = Polarity.POSITIVE;
    boolean nonSubstantiveSeen = false;
    for (ScalePoint point : points()) {
      if (!point.substantive()) {
        nonSubstantiveSeen = true;
        continue;
      }
      Checks.argument(!nonSubstantiveSeen,
          where + ": non-substantive points must come after all substantive points, but '"
              + point.code() + "' follows one");
      Polarity polarity = point.polarity().orElseThrow();
      Checks.argument(polarity.compareTo(previous) >= 0,
          where + ": points must be ordered from positive through neutral to negative, but '"
              + point.code() + "' (" + polarity + ") follows a " + previous + " point");
      previous = polarity;
    }
  }

  @Override
  public String toString() {
    return id() + " " + points().stream().map(p -> p.label().toString())
        .collect(Collectors.joining(" | ", "[", "]"));
  }
}
