/**
 * The assessment: what an assessor concluded from the evidence. An {@link
 * org.ctnat.core.assessment.Assessment} of one country or region over one {@link
 * org.ctnat.core.assessment.AssessmentPeriod period} names the instrument (id and version) it
 * was made with and holds the desk-review {@link org.ctnat.core.assessment.Source sources}, the
 * survey responses, interview records and workshop results collected, one {@link
 * org.ctnat.core.assessment.IndicatorJudgement judgement} per indicator ({@link
 * org.ctnat.core.assessment.JudgementStatus met, not met or undetermined}, with a rationale, the
 * {@link org.ctnat.core.assessment.EvidenceReference evidence} cited and the assessor), and the
 * {@link org.ctnat.core.assessment.Recommendation recommendations} written per thematic area.
 *
 * <p>Indicators not met are the "areas identified for potential improvement" of the 2016 report;
 * the gap analysis, evidence views, comparisons and agreement between assessors are in {@code
 * org.ctnat.core.analysis}. Problems in an assessment's data are reported as values by {@link
 * org.ctnat.core.assessment.AssessmentValidation}.
 *
 * <p>Depends on {@code framework}, {@code questionbank}, {@code instrument} and {@code response}.
 */
@CtnatStyle
package org.ctnat.core.assessment;

import org.ctnat.core.internal.CtnatStyle;
