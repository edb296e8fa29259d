package org.ctnat.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.io.odk.XForms;
import org.ctnat.io.odk.XlsForms;

/**
 * {@code xlsform --out form.xlsx [--instrument file]} and {@code xform [--out form.xml]
 * [--instrument file]}: the survey of the standard or an adapted instrument as a form for ODK
 * Collect, ODK Central and KoboToolbox.
 */
final class FormCommand {

  private FormCommand() {}

  static int xlsform(Arguments arguments, PrintStream out) {
    noPositional(arguments, "xlsform");
    Path target = Path.of(arguments.option("out")
        .orElseThrow(() -> new UsageException("xlsform needs --out form.xlsx (a workbook is not written to a "
            + "terminal)")));
    if (!target.getFileName().toString().endsWith(".xlsx")) {
      throw new UsageException("--out " + target + ": an XLSForm is an .xlsx workbook");
    }
    Instrument instrument = Inputs.instrument(arguments);
    XlsForms.write(instrument, target);
    out.println(target + ": XLSForm of " + instrument.id() + " " + instrument.version() + " ("
        + instrument.survey().itemIds().size() + " items); upload it to KoboToolbox or ODK Central");
    return Ctnat.OK;
  }

  static int xform(Arguments arguments, PrintStream out) {
    noPositional(arguments, "xform");
    Instrument instrument = Inputs.instrument(arguments);
    if (arguments.option("out").isPresent()) {
      Path target = Path.of(arguments.option("out").get());
      XForms.write(instrument, target);
      out.println(target + ": XForm of " + instrument.id() + " " + instrument.version() + " ("
          + instrument.survey().itemIds().size() + " items)");
    } else {
      out.print(XForms.toXml(instrument));
      out.flush();
    }
    return Ctnat.OK;
  }

  private static void noPositional(Arguments arguments, String command) {
    if (!arguments.positional().isEmpty()) {
      throw new UsageException(command + ": unexpected argument '" + arguments.positional().get(0)
          + "' (use --instrument for an adapted instrument)");
    }
  }
}
