package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.io.CtnatReadException;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;

/**
 * The {@code ctnat} command-line tool: {@code java -jar ctnat.jar <command> [options]}.
 *
 * <p>Commands:
 * <ul>
 *   <li>{@code instrument [--format json|yaml]} — writes the standard CT-NAT 2016 instrument to
 *       standard output (JSON unless asked otherwise);
 *   <li>{@code help} — lists the commands.
 * </ul>
 *
 * <p>Exit status: 0 on success, 1 when the input cannot be read, 2 for a usage error.
 */
public final class Ctnat {

  /** Exit status for success. */
  public static final int OK = 0;
  /** Exit status when input cannot be read or is invalid. */
  public static final int FAILED = 1;
  /** Exit status for a command line that cannot be understood. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "usage: java -jar ctnat.jar <command> [options]",
      "",
      "commands:",
      "  instrument [--format json|yaml]   write the standard CT-NAT 2016 instrument to standard output",
      "  help                              show this help");

  private Ctnat() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    try {
      switch (args[0]) {
        case "instrument":
          return instrument(rest, out);
        case "help":
        case "--help":
        case "-h":
          out.println(USAGE_TEXT);
          return OK;
        default:
          throw new UsageException("unknown command '" + args[0] + "'");
      }
    } catch (UsageException e) {
      err.println("ctnat: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (CtnatReadException e) {
      err.println("ctnat: " + e.getMessage());
      return FAILED;
    }
  }

  private static int instrument(List<String> args, PrintStream out) {
    DocumentFormat format = DocumentFormat.JSON;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--format")) {
        if (i + 1 >= args.size()) {
          throw new UsageException("--format needs a value: json or yaml");
        }
        String value = args.get(++i);
        try {
          format = DocumentFormat.of(value);
        } catch (IllegalArgumentException e) {
          throw new UsageException("--format must be json or yaml, but was '" + value + "'");
        }
      } else {
        throw new UsageException("instrument: unknown option '" + arg + "'");
      }
    }
    Instrument instrument = Instruments.ctnat2016();
    out.print(Instruments.toString(instrument, format));
    out.flush();
    return OK;
  }

  /** A command line that cannot be understood. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
