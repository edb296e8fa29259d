package org.ctnat.io.odk;

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
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
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
 * taken from the archive's headers — and no entry of more than a megabyte inflating more than
 * {@link Submissions#MAX_XLSX_RATIO} times. Package-private.
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
        case FORMULA -> defects[i] = "a formula (=" + abbreviate(cell.getFormula()) + "), which is never evaluated; "
            + "expected a value, as the platforms export";
        case ERROR -> defects[i] = "a spreadsheet error (" + abbreviate(cell.getRawValue()) + "); expected a value";
        case BOOLEAN -> defects[i] = "a spreadsheet boolean (" + cell.getRawValue() + "); expected a value as the "
            + "platforms export, such as 0 or 1";
        default -> defects[i] = "a cell of type " + cell.getType() + "; expected a value";
      }
    } catch (CtnatReadException e) {
      throw e;
    } catch (RuntimeException e) {
      defects[i] = "a cell that cannot be read (" + abbreviate(String.valueOf(e.getMessage())) + ")";
    }
  }

  private static String abbreviate(String text) {
    String t = text == null ? "" : text;
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
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
