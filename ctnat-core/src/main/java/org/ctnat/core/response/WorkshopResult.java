package org.ctnat.core.response;

import java.util.List;
import org.immutables.value.Value;

/**
 * The priorities one group chose at a validation workshop ("decide their top three
 * priorities"), as priority codes ({@code A}–{@code Q} in the standard instrument). If the
 * group ranked them, the list is in rank order, first the highest.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkshopResult {

  WorkshopResult() {}

  /**
   * The group's id, e.g. {@code AZEws-group1}.
   *
   * @return the id
   */
  public abstract RespondentId group();

  /**
   * The priorities chosen, in rank order if {@link #ranked()}.
   *
   * @return the priority codes
   */
  public abstract List<String> priorities();

  /**
   * Whether the group ranked its priorities.
   *
   * @return true if the order of {@link #priorities()} is a ranking
   */
  @Value.Default
  public boolean ranked() {
    return false;
  }

  /**
   * An unranked choice of priorities.
   *
   * @param group the group id
   * @param priorities the codes
   * @return the result
   */
  public static WorkshopResult of(String group, String... priorities) {
    return ImmutableWorkshopResult.builder().group(RespondentId.of(group)).addPriorities(priorities).build();
  }

  /**
   * A ranked choice of priorities.
   *
   * @param group the group id
   * @param priorities the codes, highest first
   * @return the result
   */
  public static WorkshopResult ranked(String group, String... priorities) {
    return ImmutableWorkshopResult.builder().group(RespondentId.of(group)).addPriorities(priorities)
        .ranked(true).build();
  }

  @Override
  public String toString() {
    return "Workshop group " + group() + ": " + String.join(ranked() ? " > " : ", ", priorities());
  }
}
