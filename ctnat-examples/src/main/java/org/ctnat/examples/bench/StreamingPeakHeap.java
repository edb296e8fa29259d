package org.ctnat.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctnat.core.analysis.Disaggregation;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ProfileAttribute;
import org.ctnat.io.CsvLayout;
import org.ctnat.io.CsvReadResult;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.Instruments;

/**
 * Measures the peak heap of the SDK's streaming disaggregation of a wide CSV file, the
 * memory side of {@link CsvTallyBenchmark}: writes the synthetic file (seed 2016), collects
 * garbage, resets the peak usage of every heap pool, disaggregates the file by country × gender
 * with {@code CsvResponses.disaggregate}, and prints the sum of the pools' peaks. Run it in the
 * JVM size the aim names, so that it also shows the work fits:
 * {@code java -Xmx256m -cp ctnat-examples/target/ctnat.jar org.ctnat.examples.bench.StreamingPeakHeap 1000000}.
 *
 * <p>The peak of each pool is the most it held, including garbage not yet collected, so the sum
 * is an upper bound on the live data; with a small {@code -Xmx} the collector works harder and
 * the peak comes closer to what the work needs.
 */
public final class StreamingPeakHeap {

  private StreamingPeakHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of responses (default 1,000,000) and the number of countries
   *     (default 3)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int responses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int countries = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Instrument instrument = SyntheticSurvey.instrument(Instruments.ctnat2016(), countries);
    Path directory = Files.createTempDirectory("ctnat-peak-heap");
    Path csv = directory.resolve("responses.csv");
    try {
      CsvResponses.write(instrument, SyntheticSurvey.responses(instrument, responses, 2016), CsvLayout.WIDE, csv);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      CsvReadResult<Disaggregation> result;
      try (InputStream in = Files.newInputStream(csv)) {
        result = CsvResponses.disaggregate(instrument, in, csv.toString(), ProfileAttribute.COUNTRY,
            ProfileAttribute.GENDER);
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      long max = Runtime.getRuntime().maxMemory();
      System.out.printf("%,d responses (%,d bytes of CSV), %d groups, %,d kept%n", responses, Files.size(csv),
          result.value().groups().size(), result.report().responsesKept());
      System.out.printf("peak heap during the streaming disaggregation: %.1f MiB (heap limit %.0f MiB)%n",
          peak / 1048576.0, max / 1048576.0);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(directory);
    }
  }
}
