package org.ctnat.io.odk;

import java.util.Objects;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.SectionId;

/**
 * The names the SDK gives a survey's groups, fields and choice lists in an XLSForm or XForm,
 * and so the column names of the submissions that ODK Central and KoboToolbox export.
 *
 * <p>Ids in CT-NAT hold letters, digits, {@code .}, {@code _} and {@code -}, all of which XML
 * and XLSForm allow in a name after its first character; a name is the id with a one-letter
 * prefix, so the mapping is one to one and a reader can go back from a column to the item:
 *
 * <table>
 *   <caption>Names in a form</caption>
 *   <tr><th>element</th><th>name</th><th>example</th></tr>
 *   <tr><td>survey section</td><td>{@code s} + section id</td><td>{@code s2}</td></tr>
 *   <tr><td>question or grid statement</td><td>{@code q} + item id</td><td>{@code q2.2},
 *       {@code q3.1.4}</td></tr>
 *   <tr><td>grid (a group of its statements)</td><td>{@code g} + grid id</td><td>{@code g3.1}</td></tr>
 *   <tr><td>rank position {@code k} of a ranking</td><td>field + {@code _rank} + k</td>
 *       <td>{@code q8.1_rank1}</td></tr>
 *   <tr><td>text of an "Other – please specify" option</td><td>field + {@code _} + code +
 *       {@code _text}</td><td>{@code q1.2_other_specify_text}</td></tr>
 *   <tr><td>choice list of a question</td><td>{@code list_} + field</td><td>{@code list_q2.2}</td></tr>
 *   <tr><td>choice list of a scale</td><td>{@code scale_} + scale id</td><td>{@code scale_adequacy}</td></tr>
 * </table>
 *
 * <p>Choice names are the option and scale point codes ({@code forced_marriage}, {@code
 * adequate}), which never contain white space, so a multiple choice travels as ODK's
 * space-separated list.
 */
public final class OdkNames {

  private OdkNames() {}

  /**
   * The group of a survey section.
   *
   * @param section the section id
   * @return such as {@code s2}
   */
  public static String section(SectionId section) {
    return "s" + Objects.requireNonNull(section, "section").value();
  }

  /**
   * The field of a question or of a grid statement.
   *
   * @param item the item id
   * @return such as {@code q3.1.4}
   */
  public static String field(ItemId item) {
    return "q" + Objects.requireNonNull(item, "item").value();
  }

  /**
   * The group that holds a grid's statements.
   *
   * @param grid the grid's id
   * @return such as {@code g3.1}
   */
  public static String grid(ItemId grid) {
    return "g" + Objects.requireNonNull(grid, "grid").value();
  }

  /**
   * The field of one rank position of a ranking.
   *
   * @param ranking the ranking's id
   * @param position the position, 1 for the first
   * @return such as {@code q8.1_rank1}
   * @throws IllegalArgumentException if the position is below 1
   */
  public static String rank(ItemId ranking, int position) {
    if (position < 1) {
      throw new IllegalArgumentException("rank position must be 1 or more, not " + position);
    }
    return field(ranking) + "_rank" + position;
  }

  /**
   * The text field of an "Other – please specify" option.
   *
   * @param item the question's id
   * @param optionCode the option's code
   * @return such as {@code q1.2_other_specify_text}
   */
  public static String specify(ItemId item, String optionCode) {
    return field(item) + "_" + Objects.requireNonNull(optionCode, "optionCode") + "_text";
  }

  /**
   * The choice list of a question's options.
   *
   * @param item the question's id
   * @return such as {@code list_q2.2}
   */
  public static String choices(ItemId item) {
    return "list_" + field(item);
  }

  /**
   * The choice list of a scale, shared by every statement of the grids on it.
   *
   * @param scale the scale's id
   * @return such as {@code scale_adequacy}
   */
  public static String scale(ScaleId scale) {
    return "scale_" + Objects.requireNonNull(scale, "scale").value();
  }
}
