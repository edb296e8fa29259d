/**
 * JMH benchmarks of the SDK, each with its baseline measured in the same run, and the seeded
 * synthetic data they run on. Run them from the built jar:
 * {@code java -cp ctnat-examples/target/ctnat.jar org.openjdk.jmh.Main TallyBenchmark}.
 */
package org.ctnat.examples.bench;
