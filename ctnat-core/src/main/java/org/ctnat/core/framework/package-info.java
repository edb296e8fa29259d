/**
 * The CT-NAT judgement framework (Annex E of the 2016 tool): five {@link
 * org.ctnat.core.framework.ThematicArea thematic areas}, each with five {@link
 * org.ctnat.core.framework.Criterion criteria}, each judged by four {@link
 * org.ctnat.core.framework.Indicator indicators} — a {@link
 * org.ctnat.core.framework.Dimension#FRAMEWORK framework} indicator (law, policy and structures
 * exist) and an {@link org.ctnat.core.framework.Dimension#OPERATIONAL operational} indicator
 * (they work in practice), each at {@link org.ctnat.core.framework.Level level 1 and level 2}.
 *
 * <p>Also holds {@link org.ctnat.core.framework.LocalizedText}, the text type of every label in
 * the SDK. This package depends on no other package of the SDK.
 */
@CtnatStyle
package org.ctnat.core.framework;

import org.ctnat.core.internal.CtnatStyle;
