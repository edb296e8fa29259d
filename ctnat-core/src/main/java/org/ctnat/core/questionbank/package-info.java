/**
 * The CT-NAT question bank: the electronic survey (Annex D) as {@link
 * org.ctnat.core.questionbank.SurveySection sections} of {@link
 * org.ctnat.core.questionbank.Question questions} — one sealed family of kinds (single choice,
 * multiple choice, ranking, grid, free text) — with the {@link
 * org.ctnat.core.questionbank.Scale scales} their grids share, and the in-depth {@link
 * org.ctnat.core.questionbank.InterviewGuide interview guide} (Annex C) with its
 * always/elective section rule, prompts and metadata fields.
 *
 * <p>Depends only on {@link org.ctnat.core.framework}.
 */
@CtnatStyle
package org.ctnat.core.questionbank;

import org.ctnat.core.internal.CtnatStyle;
