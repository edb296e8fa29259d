package org.ctnat.io.odk;

import static org.ctnat.io.odk.ReportedValues.abbreviate;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ctnat.io.CsvResponses;
import org.ctnat.io.CtnatReadException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook as rows of text, read with fastexcel-reader, after the
 * archive has been checked against zip bombs: at most {@link Submissions#MAX_XLSX_BYTES} bytes
 * of file, {@link Submissions#MAX_XLSX_ENTRIES} entries, {@link
 * Submissions#MAX_XLSX_UNZIPPED_BYTES} bytes unzipped — counted by inflating every entry, not
 * taken from the archive's headers — no entry of more than a megabyte inflating more than
 * {@link Submissions#MAX_XLSX_RATIO} times, no worksheet over {@link
 * Submissions#MAX_XLSX_SHEET_BYTES} bytes and no other part — the shared strings above all,
 * which fastexcel-reader holds in memory — over {@link Submissions#MAX_XLSX_PART_BYTES} bytes,
 * inflated. Package-private.
 *
 * <p>Memory: the sheet is streamed row by row; the shared strings are read into memory as the
 * cells refer to them, so they bound the heap a workbook can take (see {@code
 * docs/odk-import.md}).
 *
 * <p>Numbers are written as plain decimals without trailing zeros ({@code 1.0} reads as {@code
 * 1}); formulas, error values and booleans are defects, never evaluated or converted. The row,
 * column and cell limits are those of {@link CsvResponses}.
 *
 * <p>A mutable cursor over one workbook: not thread-safe. Closing it closes the workbook and
 * deletes the temporary copy of a stream.
 */
final class SubmissionXlsx implements SubmissionSheet, Closeable {

  private static final int MEGABYTE = 1 << 20;

  /** The part that lists the content type of every other, where the shared strings are named. */
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  /** The content type of the shared strings part. */
  private static final String SHARED_STRINGS_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

  /** Where the worksheets of a workbook are, by the convention every spreadsheet writer follows. */
  private static final String WORKSHEETS = "xl/worksheets/";

  private final String source;
  private final Path temporary;
  private final ReadableWorkbook workbook;
  private final Iterator<Row> rows;
  private int row;
  private String[] cells = new String[0];
  private String[] defects = new String[0];
  private int size;

  private SubmissionXlsx(String source, Path file, Path temporary) {
    this.source = source;
    this.temporary = temporary;
    check(file, source);
    ReadableWorkbook opened = null;
    try {
      opened = new ReadableWorkbook(file.toFile());
      Sheet sheet = opened.getFirstSheet();
      rows = sheet.openStream().iterator();
      workbook = opened;
    } catch (IOException | RuntimeException e) {
      if (opened != null) {
        try {
          opened.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new CtnatReadException(source, "", 0, 0, "not a readable XLSX workbook (" + e.getMessage()
          + "); expected the .xlsx export of KoboToolbox", e);
    }
  }

  /** Opens a workbook file. */
  static SubmissionXlsx open(Path file, String source) {
    return new SubmissionXlsx(source, file, null);
  }

  /** Copies a stream (at most {@link Submissions#MAX_XLSX_BYTES}) to a temporary file and opens it. */
  static SubmissionXlsx open(InputStream in, String source) {
    Path copy;
    try {
      copy = Files.createTempFile("ctnat-submissions-", ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for " + source + ": " + e.getMessage(), e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[65_536];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          total += n;
          if (total > Submissions.MAX_XLSX_BYTES) {
            throw new CtnatReadException(source, "", 0, 0, "the workbook is larger than the limit of "
                + Submissions.MAX_XLSX_BYTES + " bytes; expected an export of at most that size", null);
          }
          out.write(buffer, 0, n);
        }
      }
      return new SubmissionXlsx(source, copy, copy);
    } catch (IOException e) {
      delete(copy);
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      delete(copy);
      throw e;
    }
  }

  private static void check(Path file, String source) {
    try {
      long length = Files.size(file);
      if (length > Submissions.MAX_XLSX_BYTES) {
        throw new CtnatReadException(source, "", 0, 0, "the workbook is larger than the limit of "
            + Submissions.MAX_XLSX_BYTES + " bytes; expected an export of at most that size", null);
      }
      byte[] head = new byte[8];
      try (InputStream in = Files.newInputStream(file)) {
        int n = in.readNBytes(head, 0, head.length);
        if (n == head.length && ReadableWorkbook.isOLE2Header(head)) {
          throw new CtnatReadException(source, "", 0, 0, "an Excel 97-2003 (.xls) workbook or an encrypted one; "
              + "expected an .xlsx workbook (export as XLSX)", null);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
          throw new CtnatReadException(source, "", 0, 0, "not an XLSX workbook (it does not start as a ZIP "
              + "archive); expected the .xlsx export of KoboToolbox, or read a CSV export as CSV", null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> sharedStrings = sharedStrings(zip, source);
      long unzipped = 0;
      int entries = 0;
      byte[] buffer = new byte[65_536];
      for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        ZipEntry entry = all.nextElement();
        if (++entries > Submissions.MAX_XLSX_ENTRIES) {
          throw new CtnatReadException(source, "", 0, 0, "the workbook has more than "
              + Submissions.MAX_XLSX_ENTRIES + " parts, the limit; expected a submission export", null);
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        boolean sheet = entry.getName().startsWith(WORKSHEETS) && !sharedStrings.contains(entry.getName());
        long limit = sheet ? Submissions.MAX_XLSX_SHEET_BYTES : Submissions.MAX_XLSX_PART_BYTES;
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            unzipped += n;
            if (unzipped > Submissions.MAX_XLSX_UNZIPPED_BYTES) {
              throw new CtnatReadException(source, "", 0, 0, "the workbook unzips to more than "
                  + Submissions.MAX_XLSX_UNZIPPED_BYTES + " bytes, the limit (a zip bomb?); expected a "
                  + "submission export", null);
            }
            if (size > limit) {
              throw new CtnatReadException(source, "", 0, 0, tooLarge(entry.getName(), sheet,
                  sharedStrings.contains(entry.getName())), null);
            }
            if (size > MEGABYTE && size > compressed * Submissions.MAX_XLSX_RATIO) {
              throw new CtnatReadException(source, "", 0, 0, "part '" + entry.getName() + "' inflates more "
                  + "than " + Submissions.MAX_XLSX_RATIO + " times (a zip bomb?); expected a submission export",
                  null);
            }
          }
        }
      }
    } catch (ZipException e) {
      throw new CtnatReadException(source, "", 0, 0, "not a readable XLSX workbook: the ZIP archive is damaged or "
          + "truncated (" + e.getMessage() + "); expected the complete .xlsx export", e);
    } catch (IOException e) {
      throw new CtnatReadException(source, "", 0, 0, "not a readable XLSX workbook (" + e.getMessage()
          + "); expected the complete .xlsx export", e);
    }
  }

  /**
   * The refusal of a part that inflates beyond its limit.
   *
   * @param name the part's name in the archive
   * @param sheet whether it is a worksheet
   * @param declared whether it holds the shared strings (by its usual name, or as {@code
   *     [Content_Types].xml} declares)
   * @return what is wrong and what was expected
   */
  private static String tooLarge(String name, boolean sheet, boolean declared) {
    if (sheet) {
      return "worksheet '" + name + "' unzips to more than " + mebibytes(Submissions.MAX_XLSX_SHEET_BYTES)
          + ", the limit of a sheet; expected a submission export of at most that size (split a larger "
          + "export into several files)";
    }
    String limit = mebibytes(Submissions.MAX_XLSX_PART_BYTES);
    if (declared) {
      return "the shared strings '" + name + "' unzip to more than " + limit + ", the limit of the texts held "
          + "in memory while the sheet is read; expected a submission export with less text (split a larger "
          + "export into several files)";
    }
    return "part '" + name + "' unzips to more than " + limit + ", the limit of any part but a worksheet; "
        + "expected a submission export";
  }

  private static String mebibytes(long bytes) {
    return (bytes >> 20) + " MiB (" + bytes + " bytes)";
  }

  /**
   * The names of the parts that may hold the shared strings, which fastexcel-reader loads into
   * memory: {@code xl/sharedStrings.xml}, and every part {@code [Content_Types].xml} declares of
   * their content type, wherever the archive puts it. The list is read with the JDK's StAX
   * parser, without DTDs or external entities, and may be at most a megabyte.
   *
   * @param zip the archive
   * @param source the source, for messages
   * @return the part names, without a leading {@code /}
   * @throws IOException if the archive cannot be read
   */
  private static Set<String> sharedStrings(ZipFile zip, String source) throws IOException {
    Set<String> names = new HashSet<>();
    names.add("xl/sharedStrings.xml");
    ZipEntry types = zip.getEntry(CONTENT_TYPES);
    if (types == null) {
      return names;
    }
    byte[] xml;
    try (InputStream in = zip.getInputStream(types)) {
      xml = in.readNBytes(MEGABYTE + 1);
    }
    if (xml.length > MEGABYTE) {
      throw new CtnatReadException(source, "", 0, 0, "part '" + CONTENT_TYPES + "' unzips to more than a "
          + "megabyte; expected the short list of parts of a submission export", null);
    }
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Override")
              && SHARED_STRINGS_TYPE.equals(reader.getAttributeValue(null, "ContentType"))) {
            String part = reader.getAttributeValue(null, "PartName");
            if (part != null) {
              names.add(part.startsWith("/") ? part.substring(1) : part);
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new CtnatReadException(source, "", 0, 0, "not a readable XLSX workbook: its list of parts ("
          + CONTENT_TYPES + ") is not well-formed XML; expected the complete .xlsx export", e);
    }
    return names;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public boolean next() {
    while (true) {
      Row next;
      try {
        if (!rows.hasNext()) {
          return false;
        }
        next = rows.next();
      } catch (RuntimeException e) {
        throw new CtnatReadException(source, "", 0, 0, "the sheet cannot be read after row " + row + " ("
            + e.getMessage() + "); expected a complete, well-formed .xlsx export", e);
      }
      row = next.getRowNum();
      if (row > CsvResponses.MAX_ROWS + 1) {
        throw problem(0, "the sheet has more than " + CsvResponses.MAX_ROWS
            + " rows after the header, the limit; split the export into several files");
      }
      int count = next.getCellCount();
      if (count > CsvResponses.MAX_COLUMNS) {
        throw problem(0, "row " + row + " has " + count + " columns, more than the limit of "
            + CsvResponses.MAX_COLUMNS);
      }
      if (cells.length < count) {
        cells = new String[count];
        defects = new String[count];
      }
      Arrays.fill(cells, "");
      Arrays.fill(defects, null);
      size = 0;
      for (int i = 0; i < count; i++) {
        Cell cell = next.getCell(i);
        if (cell != null) {
          read(cell, i);
          if (!cells[i].isEmpty() || defects[i] != null) {
            size = i + 1;
          }
        }
      }
      if (size > 0) {
        return true;
      }
    }
  }

  private void read(Cell cell, int i) {
    try {
      switch (cell.getType()) {
        case EMPTY -> cells[i] = "";
        case STRING -> {
          String text = cell.getText();
          if (text.length() > CsvResponses.MAX_FIELD_LENGTH) {
            throw problem(i + 1, "the cell is longer than the limit of " + CsvResponses.MAX_FIELD_LENGTH
                + " characters");
          }
          cells[i] = text;
        }
        case NUMBER -> {
          BigDecimal number = cell.asNumber().stripTrailingZeros();
          cells[i] = number.scale() < -30 || number.scale() > 30 ? number.toString() : number.toPlainString();
        }
        // the formula is not quoted: it may stand in the respondent field or a free text
        case FORMULA -> defects[i] = "a formula, which is never evaluated; expected a value, as the platforms "
            + "export";
        case ERROR -> defects[i] = "a spreadsheet error (" + abbreviate(cell.getRawValue()) + "); expected a value";
        case BOOLEAN -> defects[i] = "a spreadsheet boolean (" + cell.getRawValue() + "); expected a value as the "
            + "platforms export, such as 0 or 1";
        default -> defects[i] = "a cell of type " + cell.getType() + "; expected a value";
      }
    } catch (CtnatReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // the reader's message is not quoted: it may repeat the cell
      defects[i] = "a cell that cannot be read (" + e.getClass().getSimpleName() + ")";
    }
  }

  @Override
  public int row() {
    return row;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String cell(int i) {
    return i < size ? cells[i] : "";
  }

  @Override
  public String defect(int i) {
    return i < size ? defects[i] : null;
  }

  @Override
  public CtnatReadException problem(int column, String message) {
    return new CtnatReadException(source, "", row, column, message + " (row " + row
        + (column > 0 ? ", column " + column : "") + " of the first sheet)", null);
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // nothing was written; a failure to release the file changes no result
    } finally {
      if (temporary != null) {
        delete(temporary);
      }
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s at row %d", source, row);
  }
}
