/**
 * What was collected: {@link org.ctnat.core.response.Respondent respondents} with their
 * profile (personal data kept apart and never required), {@link
 * org.ctnat.core.response.SurveyResponse survey responses} made of one sealed family of
 * {@link org.ctnat.core.response.Answer answers}, {@link
 * org.ctnat.core.response.InterviewRecord interview records} with notes and coded themes,
 * validation-workshop {@link org.ctnat.core.response.WorkshopResult group priorities}, and the
 * {@link org.ctnat.core.response.ValidationReport report} of every rule the data breaks
 * ({@link org.ctnat.core.response.ResponseValidation}).
 *
 * <p>Data problems are values (a report of {@link org.ctnat.core.response.Violation
 * violations}), never exceptions: a respondent who picked four priorities in a "choose three"
 * is data to report, not a programming error.
 *
 * <p>Depends on {@link org.ctnat.core.framework}, {@link org.ctnat.core.questionbank} and
 * {@link org.ctnat.core.instrument}.
 */
@CtnatStyle
package org.ctnat.core.response;

import org.ctnat.core.internal.CtnatStyle;
