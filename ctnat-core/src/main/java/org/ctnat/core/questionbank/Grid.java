package org.ctnat.core.questionbank;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A grid of statements sharing one scale ("check only one box per line"), such as 3.1 on the
 * existence and operation of identification and referral mechanisms, answered on the adequacy
 * scale. Each statement is an item; the grid itself is not answered.
 *
 * <p>Rules, checked when built: at least one statement; statement ids unique. The scale must
 * exist in the instrument (checked by the instrument).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Grid implements Question {

  Grid() {}

  @Override
  public abstract ItemId id();

  @Override
  public abstract LocalizedText text();

  @Override
  public abstract Optional<LocalizedText> instruction();

  /**
   * The scale every statement is answered on.
   *
   * @return the scale id
   */
  public abstract ScaleId scale();

  /**
   * The heading of the statements column as printed ("Mechanism", "Statement").
   *
   * @return the heading, if any
   */
  public abstract Optional<LocalizedText> rowHeading();

  /**
   * The statements, in order.
   *
   * @return the statements
   */
  public abstract List<GridStatement> statements();

  /**
   * One statement.
   *
   * @param id the item id
   * @return the statement, or empty
   */
  public Optional<GridStatement> statement(ItemId id) {
    return statements().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public List<ItemId> itemIds() {
    return statements().stream().map(GridStatement::id).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.GRID;
  }

  /**
   * A builder for a grid.
   *
   * @return a new builder
   */
  public static ImmutableGrid.Builder builder() {
    return ImmutableGrid.builder();
  }

  /**
   * A copy with another text.
   *
   * @param text the text
   * @return the copy
   */
  public abstract Grid withText(LocalizedText text);

  /**
   * A copy with other statements (checked like a new grid).
   *
   * @param statements the statements
   * @return the copy
   */
  public abstract Grid withStatements(Iterable<? extends GridStatement> statements);

  @Value.Check
  void check() {
    String where = "grid " + id();
    Checks.argument(!statements().isEmpty(), where + ": must have at least one statement");
    Checks.unique(where, "statement id", statements(), GridStatement::id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(id() + " " + text() + " [grid on scale " + scale() + "]");
    statements().forEach(s -> out.append(System.lineSeparator()).append("  ").append(s));
    return out.toString();
  }
}
