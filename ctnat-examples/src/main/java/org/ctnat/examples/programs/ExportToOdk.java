package org.ctnat.examples.programs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.io.odk.XForms;
import org.ctnat.io.odk.XlsForms;

/**
 * Sends the survey to the field: the adapted instrument of {@link AdaptInstrument} as an
 * XLSForm for KoboToolbox and ODK Central, and as an ODK XForm for ODK Collect, with every
 * translation as a form language.
 */
public final class ExportToOdk {

  private ExportToOdk() {}

  /**
   * Writes both forms.
   *
   * @param args optionally the folder to write into (default: a temporary folder)
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ctnat-odk");
    Instrument valdoria = AdaptInstrument.adapted();
    Path xlsx = folder.resolve("ctnat-2016-vld.xlsx");
    XlsForms.write(valdoria, xlsx);
    Path xml = folder.resolve("ctnat-2016-vld.xml");
    XForms.write(valdoria, xml);
    System.out.println("XLSForm: " + xlsx + " (" + Files.size(xlsx) + " bytes)");
    System.out.println("XForm:   " + xml + " (" + Files.size(xml) + " bytes), form id " + valdoria.id()
        + ", version " + valdoria.version() + ", languages " + valdoria.languages());
  }
}
