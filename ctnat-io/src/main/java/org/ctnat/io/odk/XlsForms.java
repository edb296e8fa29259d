package org.ctnat.io.odk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ctnat.core.instrument.Instrument;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The survey of an instrument — the standard one or one adapted with {@link
 * org.ctnat.core.instrument.InstrumentDerivation} — as an XLSForm ({@code .xlsx}) for ODK
 * Central, KoboToolbox or pyxform: the same form as {@link XForms} writes, field for field
 * ({@code docs/odk.md} in the repository).
 *
 * <pre>{@code
 * XlsForms.write(Instruments.ctnat2016(), Path.of("ctnat-2016.xlsx"));
 * }</pre>
 *
 * <p>The workbook has three sheets, with the column names of the XLSForm specification
 * (xlsform.org); a text column is repeated for every language of the instrument, named with
 * the language's English name and tag, {@code label::English (en)}:
 *
 * <ul>
 *   <li>{@value #SURVEY}: {@code type} ({@code begin_group}, {@code end_group}, {@code
 *       select_one <list>}, {@code select_multiple <list>}, {@code text}), {@code name}, {@code
 *       label::…}, {@code hint::…}, {@code required}, {@code required_message::…}, {@code
 *       relevant}, {@code constraint}, {@code constraint_message::…}, {@code appearance}, {@code
 *       choice_filter};
 *   <li>{@value #CHOICES}: {@code list_name}, {@code name}, {@code label::…};
 *   <li>{@value #SETTINGS}: {@code form_title} (the instrument's title), {@code form_id} (the
 *       instrument's id), {@code version} (the instrument's version), {@code default_language}.
 * </ul>
 *
 * <p>Expressions refer to fields as {@code ${name}}. Every cell is written as text, never as a
 * formula, so a label starting with {@code =} stays a label. A label holding {@code ${…}} would
 * be read by pyxform as a reference; CT-NAT texts hold none.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsForms {

  /** The name of the sheet of questions and groups. */
  public static final String SURVEY = "survey";
  /** The name of the sheet of choice lists. */
  public static final String CHOICES = "choices";
  /** The name of the sheet of form settings. */
  public static final String SETTINGS = "settings";

  private XlsForms() {}

  /**
   * Writes the survey of an instrument as an XLSForm to a stream (which is not closed).
   *
   * @param instrument the instrument
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, OutputStream out) {
    Objects.requireNonNull(out, "out");
    OdkForm form = OdkForm.of(instrument);
    try {
      Workbook workbook = new Workbook(new NonClosing(out), "CT-NAT SDK", "1.0");
      survey(form, workbook.newWorksheet(SURVEY));
      choices(form, workbook.newWorksheet(CHOICES));
      settings(form, workbook.newWorksheet(SETTINGS));
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XLSForm: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the survey of an instrument as an XLSForm file, created or replaced.
   *
   * @param instrument the instrument
   * @param file the file, such as {@code ctnat-2016.xlsx}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Instrument instrument, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(instrument, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The survey of an instrument as the bytes of an XLSForm.
   *
   * @param instrument the instrument
   * @return the {@code .xlsx} content
   */
  public static byte[] toBytes(Instrument instrument) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(instrument, out);
    return out.toByteArray();
  }

  private static void survey(OdkForm form, Worksheet sheet) {
    List<String> header = new ArrayList<>(List.of("type", "name"));
    List<String> languages = form.languages();
    languages.forEach(l -> header.add("label::" + OdkForm.languageName(l)));
    languages.forEach(l -> header.add("hint::" + OdkForm.languageName(l)));
    header.add("required");
    languages.forEach(l -> header.add("required_message::" + OdkForm.languageName(l)));
    header.add("relevant");
    header.add("constraint");
    languages.forEach(l -> header.add("constraint_message::" + OdkForm.languageName(l)));
    header.add("appearance");
    header.add("choice_filter");
    row(sheet, 0, header);
    int r = 1;
    for (OdkForm.Row row : form.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.listName() == null ? row.type().xlsForm() : row.type().xlsForm() + " " + row.listName());
      cells.add(row.type() == OdkForm.Type.END_GROUP ? "" : row.name());
      texts(cells, languages, row.label());
      texts(cells, languages, row.hint());
      cells.add(row.required() ? "yes" : "");
      texts(cells, languages, row.requiredMessage());
      cells.add(orEmpty(row.relevant()));
      cells.add(orEmpty(row.constraint()));
      texts(cells, languages, row.constraintMessage());
      cells.add(orEmpty(row.appearance()));
      cells.add(orEmpty(row.choiceFilter()));
      row(sheet, r++, cells);
    }
  }

  private static void choices(OdkForm form, Worksheet sheet) {
    List<String> header = new ArrayList<>(List.of("list_name", "name"));
    form.languages().forEach(l -> header.add("label::" + OdkForm.languageName(l)));
    row(sheet, 0, header);
    int r = 1;
    for (OdkForm.ChoiceList list : form.lists()) {
      for (OdkForm.Choice choice : list.choices()) {
        List<String> cells = new ArrayList<>(List.of(list.name(), choice.name()));
        texts(cells, form.languages(), choice.label());
        row(sheet, r++, cells);
      }
    }
  }

  private static void settings(OdkForm form, Worksheet sheet) {
    row(sheet, 0, List.of("form_title", "form_id", "version", "default_language"));
    row(sheet, 1, List.of(form.title(), form.instrument().id().value(), form.instrument().version(),
        OdkForm.languageName(form.defaultLanguage())));
  }

  private static void texts(List<String> cells, List<String> languages, Map<String, String> texts) {
    languages.forEach(l -> cells.add(texts.getOrDefault(l, "")));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Writes the non-empty cells of a row, as text. */
  private static void row(Worksheet sheet, int r, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        sheet.value(r, c, cells.get(c));
      }
    }
  }

  /** Keeps the workbook writer from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
