package org.ctnat.core.questionbank;

import org.ctnat.core.framework.LocalizedText;
import org.immutables.value.Value;

/**
 * One line of a grid, answered with one point of the grid's scale — e.g. 3.1.5 "Indicators,
 * screening checklists, other identification tools". Each statement is an item of its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GridStatement {

  GridStatement() {}

  /**
   * The statement's item id, e.g. {@code 3.1.5}.
   *
   * @return the id
   */
  public abstract ItemId id();

  /**
   * The statement, verbatim.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /**
   * A statement.
   *
   * @param id the item id
   * @param text the text
   * @return the statement
   */
  public static GridStatement of(ItemId id, LocalizedText text) {
    return ImmutableGridStatement.builder().id(id).text(text).build();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract GridStatement withText(LocalizedText text);

  @Override
  public String toString() {
    return id() + " " + text();
  }
}
