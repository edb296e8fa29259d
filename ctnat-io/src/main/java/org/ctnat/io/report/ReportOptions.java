package org.ctnat.io.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.IntervalMethod;
import org.ctnat.core.analysis.Share;
import org.ctnat.core.framework.LocalizedText;

/**
 * Choices a caller makes when rendering an assessment report, a comparative report or a
 * worksheet: disclosure control and its threshold {@code k}, the confidence interval, the
 * language of the instrument's texts, the title, and whether free-text answers are quoted.
 *
 * <p>The {@linkplain #defaults() defaults} are those of a report that may be published:
 *
 * <table>
 *   <caption>Options and their defaults</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #disclosureControl()}</td><td>on</td><td>counts from 1 to {@code k − 1}
 *       are withheld, with the counts that would reveal them ({@link DisclosureControl})</td></tr>
 *   <tr><td>{@link #k()}</td><td>{@value #DEFAULT_K}</td><td>the threshold; at least
 *       {@value #MIN_K}</td></tr>
 *   <tr><td>{@link #zeroCells()}</td><td>not sensitive</td><td>whether a zero is withheld
 *       too</td></tr>
 *   <tr><td>{@link #intervalMethod()}</td><td>Wilson</td><td>how intervals are computed</td></tr>
 *   <tr><td>{@link #level()}</td><td>0.95</td><td>the confidence level</td></tr>
 *   <tr><td>{@link #language()}</td><td>the instrument's default</td><td>the language of
 *       the instrument's texts (the report's own wording is English)</td></tr>
 *   <tr><td>{@link #title()}</td><td>from country and period</td><td>the report's title</td></tr>
 *   <tr><td>{@link #freeText()}</td><td>on</td><td>free-text and "other" answers are quoted,
 *       unattributed and sorted; off, only their number is given</td></tr>
 * </table>
 *
 * <p>{@link #internalDraft()} turns disclosure control off for the assessment team's own
 * drafts; every output then says so in a banner on its first lines.
 *
 * <pre>{@code
 * ReportOptions published = ReportOptions.defaults();
 * ReportOptions strict = ReportOptions.builder().k(10).build();
 * ReportOptions draft = ReportOptions.internalDraft();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 */
public final class ReportOptions {

  /** The default threshold of disclosure control: counts from 1 to 4 are withheld. */
  public static final int DEFAULT_K = 5;

  /** The smallest threshold that withholds anything: with {@code k = 2}, counts of 1. */
  public static final int MIN_K = 2;

  private static final ReportOptions DEFAULTS = builder().build();

  private final boolean disclosureControl;
  private final int k;
  private final DisclosureControl.ZeroCells zeroCells;
  private final IntervalMethod intervalMethod;
  private final double level;
  private final Optional<String> language;
  private final Optional<String> title;
  private final boolean freeText;

  private ReportOptions(Builder builder) {
    this.disclosureControl = builder.disclosureControl;
    this.k = builder.k;
    this.zeroCells = builder.zeroCells;
    this.intervalMethod = builder.intervalMethod;
    this.level = builder.level;
    this.language = builder.language;
    this.title = builder.title;
    this.freeText = builder.freeText;
  }

  /**
   * The options of a report that may be published: disclosure control on with {@code k = }
   * {@value #DEFAULT_K}, 95% Wilson intervals, the instrument's default language, free texts
   * quoted.
   *
   * @return the defaults
   */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The options of an internal draft: the defaults with disclosure control off, so every count
   * is shown. Outputs made with them say so on their first lines; do not publish them.
   *
   * @return the options
   */
  public static ReportOptions internalDraft() {
    return builder().disclosureControl(false).build();
  }

  /**
   * A builder seeded with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder seeded with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.disclosureControl = disclosureControl;
    builder.k = k;
    builder.zeroCells = zeroCells;
    builder.intervalMethod = intervalMethod;
    builder.level = level;
    builder.language = language;
    builder.title = title;
    builder.freeText = freeText;
    return builder;
  }

  /**
   * Whether small counts are withheld.
   *
   * @return true unless this is an internal draft
   */
  public boolean disclosureControl() {
    return disclosureControl;
  }

  /**
   * The threshold of disclosure control: counts from 1 to {@code k − 1} are withheld. Kept when
   * disclosure control is off, so that turning it back on restores it.
   *
   * @return k, at least {@value #MIN_K}
   */
  public int k() {
    return k;
  }

  /**
   * Whether a zero count is withheld like a small one.
   *
   * @return the rule for zero cells
   */
  public DisclosureControl.ZeroCells zeroCells() {
    return zeroCells;
  }

  /**
   * How the confidence intervals of shares are computed.
   *
   * @return the method, Wilson unless set
   */
  public IntervalMethod intervalMethod() {
    return intervalMethod;
  }

  /**
   * The confidence level of the intervals.
   *
   * @return strictly between 0 and 1, 0.95 unless set
   */
  public double level() {
    return level;
  }

  /**
   * The language of the instrument's texts (question, area and indicator texts). A text missing
   * in that language is shown in the instrument's default language.
   *
   * @return a language tag, or empty for the instrument's default language
   */
  public Optional<String> language() {
    return language;
  }

  /**
   * The report's title.
   *
   * @return the title, or empty for one made of the country and period
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Whether free-text answers and "Other – please specify" texts are quoted.
   *
   * @return true unless turned off
   */
  public boolean freeText() {
    return freeText;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportOptions other && disclosureControl == other.disclosureControl && k == other.k
        && zeroCells == other.zeroCells && intervalMethod == other.intervalMethod
        && Double.compare(level, other.level) == 0 && language.equals(other.language)
        && title.equals(other.title) && freeText == other.freeText;
  }

  @Override
  public int hashCode() {
    return Objects.hash(disclosureControl, k, zeroCells, intervalMethod, level, language, title, freeText);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReportOptions[%s, %s %.0f%% intervals, language %s%s%s]",
        disclosureControl ? "disclosure control k=" + k + (zeroCells == DisclosureControl.ZeroCells.SENSITIVE
            ? " (zeros sensitive)" : "") : "INTERNAL DRAFT: no disclosure control",
        intervalMethod.name().toLowerCase(Locale.ROOT), level * 100, language.orElse("default"),
        title.map(t -> ", title \"" + t + "\"").orElse(""), freeText ? "" : ", free texts left out");
  }

  /**
   * Builds {@link ReportOptions}; starts from the defaults. Not thread-safe.
   */
  public static final class Builder {
    private boolean disclosureControl = true;
    private int k = DEFAULT_K;
    private DisclosureControl.ZeroCells zeroCells = DisclosureControl.ZeroCells.NOT_SENSITIVE;
    private IntervalMethod intervalMethod = IntervalMethod.WILSON;
    private double level = Share.DEFAULT_LEVEL;
    private Optional<String> language = Optional.empty();
    private Optional<String> title = Optional.empty();
    private boolean freeText = true;

    private Builder() {}

    /**
     * Turns disclosure control on (published reports) or off (internal drafts).
     *
     * @param on whether small counts are withheld
     * @return this builder
     */
    public Builder disclosureControl(boolean on) {
      this.disclosureControl = on;
      return this;
    }

    /**
     * Sets the threshold of disclosure control.
     *
     * @param k counts from 1 to {@code k − 1} are withheld; at least {@value #MIN_K}
     * @return this builder
     * @throws IllegalArgumentException if {@code k} is below {@value #MIN_K} (to show every
     *     count, turn disclosure control off instead)
     */
    public Builder k(int k) {
      if (k < MIN_K) {
        throw new IllegalArgumentException("report options: k must be at least " + MIN_K
            + " (turn disclosure control off to show every count), but was " + k);
      }
      this.k = k;
      return this;
    }

    /**
     * Sets whether zero counts are withheld like small ones.
     *
     * @param zeroCells the rule for zero cells
     * @return this builder
     */
    public Builder zeroCells(DisclosureControl.ZeroCells zeroCells) {
      this.zeroCells = Objects.requireNonNull(zeroCells, "report options: zeroCells");
      return this;
    }

    /**
     * Sets how confidence intervals are computed.
     *
     * @param method the method
     * @return this builder
     */
    public Builder intervalMethod(IntervalMethod method) {
      this.intervalMethod = Objects.requireNonNull(method, "report options: intervalMethod");
      return this;
    }

    /**
     * Sets the confidence level.
     *
     * @param level strictly between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if the level is out of range
     */
    public Builder level(double level) {
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("report options: the confidence level must be strictly between 0 "
            + "and 1, but was " + level);
      }
      this.level = level;
      return this;
    }

    /**
     * Sets the language of the instrument's texts.
     *
     * @param language a BCP 47 tag such as {@code ru}
     * @return this builder
     * @throws IllegalArgumentException if the tag is not a language tag
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "report options: language");
      if (!LocalizedText.isLanguageTag(language)) {
        throw new IllegalArgumentException("report options: language must be a BCP 47 tag such as 'en' or "
            + "'pt-BR', but was '" + language + "'");
      }
      this.language = Optional.of(language);
      return this;
    }

    /**
     * Sets the report's title.
     *
     * @param title the title, not blank
     * @return this builder
     * @throws IllegalArgumentException if the title is blank
     */
    public Builder title(String title) {
      Objects.requireNonNull(title, "report options: title");
      if (title.isBlank()) {
        throw new IllegalArgumentException("report options: title must not be blank");
      }
      this.title = Optional.of(title.strip());
      return this;
    }

    /**
     * Sets whether free-text answers are quoted.
     *
     * @param quoted true to quote them (unattributed), false to give only their number
     * @return this builder
     */
    public Builder freeText(boolean quoted) {
      this.freeText = quoted;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
