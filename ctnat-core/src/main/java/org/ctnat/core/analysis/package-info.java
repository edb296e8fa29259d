/**
 * Pure functions over an instrument, collected data and judgements, and their value-type
 * results: {@link org.ctnat.core.analysis.Tally tallies} of items with honest denominators and
 * confidence intervals, whole-survey tallies built in one streaming pass ({@link
 * org.ctnat.core.analysis.SurveyTally}) and their {@link org.ctnat.core.analysis.Disaggregation
 * disaggregation} and {@link org.ctnat.core.analysis.CrossTabs cross-tabulation}; Likert,
 * ranking and {@link org.ctnat.core.analysis.PriorityTally priority} summaries, interview {@link
 * org.ctnat.core.analysis.ThemeFrequencies theme frequencies} and {@link
 * org.ctnat.core.analysis.Profiles profiles}; {@link org.ctnat.core.analysis.Gaps gap analysis}
 * of judgements, {@link org.ctnat.core.analysis.EvidenceViews evidence views}, {@link
 * org.ctnat.core.analysis.Comparisons comparisons} of countries and rounds, {@link
 * org.ctnat.core.analysis.Agreement agreement} between assessors; and {@link
 * org.ctnat.core.analysis.DisclosureControl disclosure control} of tables before they are
 * published.
 *
 * <p>Every aggregate is mergeable: it has an empty value and an associative, commutative
 * {@code plus}, so that it can be built sequentially, in parallel or per file and combined,
 * with the same result. Results are deterministic and listed in instrument order.
 *
 * <p>Small samples are the normal case (one 2016 country survey had 7 respondents): every share
 * carries its denominator and a confidence interval (Wilson by default), and small samples
 * are flagged.
 *
 * <p>Depends on every other core package; nothing depends on it.
 */
@CtnatStyle
package org.ctnat.core.analysis;

import org.ctnat.core.internal.CtnatStyle;
