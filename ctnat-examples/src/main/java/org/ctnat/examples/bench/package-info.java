/**
 * JMH benchmarks of the SDK, each with its baselines measured in the same run on the same data,
 * and the seeded synthetic data they run on ({@link org.ctnat.examples.bench.SyntheticSurvey},
 * {@link org.ctnat.examples.bench.SyntheticAssessments}):
 * <ul>
 *   <li>{@link org.ctnat.examples.bench.TallyBenchmark}: streaming tally of packed rows by
 *       country × gender against an {@code int}-array loop;
 *   <li>{@link org.ctnat.examples.bench.CsvTallyBenchmark}: streaming tally of one wide CSV
 *       file against a hand-written byte loop and DuckDB's {@code GROUP BY};
 *   <li>{@link org.ctnat.examples.bench.AnalysisBenchmark}: {@code SurveyTally.of} and {@code
 *       Disaggregation.of} of response objects in memory;
 *   <li>{@link org.ctnat.examples.bench.IoBenchmark}: JSON lines and wide CSV, read and written,
 *       against Jackson's token scan and a byte scan;
 *   <li>{@link org.ctnat.examples.bench.AssessmentBenchmark}: gap analysis and comparison of
 *       200 assessments;
 *   <li>{@link org.ctnat.examples.bench.StreamingPeakHeap}: the peak heap of a streaming tally.
 * </ul>
 * Run them from the built jar, e.g.
 * {@code java -cp ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main TallyBenchmark};
 * {@code BENCHMARKS.md} at the root of the repository gives every command and the results.
 */
package org.ctnat.examples.bench;
