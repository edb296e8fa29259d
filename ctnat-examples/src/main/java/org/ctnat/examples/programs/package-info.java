/**
 * Small runnable programs, one idea each, in the order a newcomer meets them:
 * {@link org.ctnat.examples.programs.AdaptInstrument} (a translated, shortened instrument for
 * another country), {@link org.ctnat.examples.programs.ValidateAndTally} (survey responses
 * validated and tallied), {@link org.ctnat.examples.programs.JudgeAndFlagGaps} (indicators
 * judged with evidence, gaps flagged), {@link org.ctnat.examples.programs.CompareRounds} (two
 * rounds of one country) and {@link org.ctnat.examples.programs.ExportToOdk} (the survey as
 * field forms). Each has a {@code main} that prints what it does; the build runs them all.
 *
 * <p>Run one with {@code java -cp ctnat-examples/target/ctnat.jar
 * org.ctnat.examples.programs.AdaptInstrument [folder]}.
 */
package org.ctnat.examples.programs;
