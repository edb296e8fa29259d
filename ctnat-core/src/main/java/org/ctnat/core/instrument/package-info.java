/**
 * The CT-NAT instrument as one versioned value: the judgement framework, the scales, the
 * survey, the interview guide, the priority options A–Q with the areas they serve, and the
 * links from survey items and interview questions to the criteria they inform.
 *
 * <p>An {@link org.ctnat.core.instrument.Instrument} validates itself when built ({@link
 * org.ctnat.core.instrument.InstrumentValidation}); adapted versions are derived with {@link
 * org.ctnat.core.instrument.InstrumentDerivation}; every label can be enumerated and translated
 * by key with {@link org.ctnat.core.instrument.InstrumentTexts}.
 *
 * <p>Depends on {@link org.ctnat.core.framework} and {@link org.ctnat.core.questionbank}.
 */
@CtnatStyle
package org.ctnat.core.instrument;

import org.ctnat.core.internal.CtnatStyle;
