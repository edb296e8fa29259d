package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.ctnat.io.internal.CsvRecordReader;
import org.junit.jupiter.api.Test;

/**
 * The byte reader agrees with the character reader it replaced ({@link CsvReferenceReader}) on
 * every input: the same records, fields, lines, columns, and the same error at the same place —
 * for quotes, line ends, byte order marks, formula prefixes, multi-byte and broken UTF-8, and
 * fields and records at and over the limits, whatever the size of the buffer and of the reads;
 * with commas and cells restored (the SDK's files) as with semicolons or tabs and cells verbatim
 * (the survey platforms' exports). Its byte-level answers (lengths, bytes, digits, codes) agree
 * with the field's string.
 */
class CsvRecordReaderTest {

  /** Pieces of CSV text, every one a byte sequence that a reader must treat in its own way. */
  private static final List<byte[]> PIECES = List.of(utf8("a"), utf8("b"), utf8("Z"), utf8("0"), utf8("1"),
      utf8("12"), utf8("007"), utf8("1.0"), utf8(" "), utf8(","), utf8(","), utf8(","), utf8("\""), utf8("\"\""),
      utf8("\n"), utf8("\n"), utf8("\r\n"), utf8("\r"), utf8("'"), utf8("'="), utf8("'-"), utf8("''"),
      utf8("'a"), utf8("\t"), utf8("é"), utf8("€"), utf8("😀"), utf8("\uFEFF"), bytes(0xE9), bytes(0x80),
      bytes(0xFF), bytes(0xC0, 0x80), bytes(0xED, 0xA0, 0x80), bytes(0xE2, 0x82), bytes(0xF4, 0x90, 0x80, 0x80),
      bytes(0xF0, 0x9F), bytes(0xE0, 0x9F, 0x80), bytes(0xF0, 0x8F, 0x80, 0x80), utf8("\"a,b\""),
      utf8("\"x\"\"y\""), utf8("\"line\nbreak\""), utf8("\"'=q\""), utf8("adequate"), utf8("inadequate"),
      utf8("neither_agree_nor_disagree"), utf8("neither_agree_nor_disagreX"), utf8("x".repeat(40)),
      utf8("123456789"), utf8("1234567890"));

  /** The pieces, and the other separators in their own ways: alone, quoted, between text, next to quotes. */
  private static final List<byte[]> PIECES_AND_SEPARATORS = Stream.concat(PIECES.stream(), Stream.of(utf8(";"),
      utf8(";"), utf8(";"), utf8("\t"), utf8("\t"), utf8("|"), utf8("\";\""), utf8("\"\t\""), utf8("a;b"),
      utf8("a\tb"), utf8("\";'=\""), utf8("\t'="))).toList();

  /** The separators that the pieces are read with: a comma, as KoboToolbox's (semicolon, tab), and another. */
  private static final String SEPARATORS = ",;\t|";

  /** Codes to look fields up among: near misses of one another (a repeated code is found at its last index). */
  private static final List<String> CODES = List.of("a", "adequate", "inadequate", "neither_agree_nor_disagree",
      "neither_agree_nor_disagreZ", "Xeither_agree_nor_disagree", "a", "1", "12", "é", "'", "a,b", "x\"y",
      "x".repeat(40), "x".repeat(33), "x".repeat(32), "0123456789abcdef", "0123456789abcdeF", "");
  private static final CsvRecordReader.Codes CODE_TABLE = new CsvRecordReader.Codes(CODES);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** The limits, buffer and read sizes, separator and restoring of one comparison. */
  private record Setup(int maxField, int maxRecord, int maxRows, int buffer, int chunk, int storeLimit,
      char separator, boolean restore) {

    /** Commas, cells restored: the SDK's own files. */
    Setup(int maxField, int maxRecord, int maxRows, int buffer, int chunk, int storeLimit) {
      this(maxField, maxRecord, maxRows, buffer, chunk, storeLimit, ',', true);
    }

    Setup with(char otherSeparator, boolean otherRestore) {
      return new Setup(maxField, maxRecord, maxRows, buffer, chunk, storeLimit, otherSeparator, otherRestore);
    }

    /** The same, with a separator and restoring chosen at random. */
    Setup withAny(Random random) {
      return with(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())), random.nextBoolean());
    }

    static Setup small(Random random) {
      return new Setup(1 + random.nextInt(14), 1 + random.nextInt(70), random.nextInt(6), 4 + random.nextInt(20),
          1 + random.nextInt(9), random.nextBoolean() ? -1 : 1 + random.nextInt(4));
    }

    static Setup standard(Random random) {
      return new Setup(CsvResponses.MAX_FIELD_LENGTH, CsvResponses.MAX_RECORD_LENGTH, CsvResponses.MAX_ROWS,
          random.nextBoolean() ? 1 << 16 : 4 + random.nextInt(200), random.nextBoolean() ? Integer.MAX_VALUE
          : 1 + random.nextInt(300), random.nextBoolean() ? -1 : 2 + random.nextInt(200));
    }
  }

  /** A stream that hands out at most {@code chunk} bytes per read, as a slow network would. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  /** The records a reader reads, field by field with lines and columns, then where it stopped and why. */
  private static List<String> transcript(byte[] csv, Setup setup, boolean bytes) {
    List<String> out = new ArrayList<>();
    CsvRecordReader reader = bytes ? new CsvRecordReader(trickle(csv, setup.chunk()), "t.csv", setup.separator(),
        setup.restore(), setup.maxField(), setup.maxRecord(), setup.maxRows(), setup.buffer()) : null;
    CsvReferenceReader reference = bytes ? null : new CsvReferenceReader(trickle(csv, setup.chunk()), "t.csv",
        setup.separator(), setup.restore(), setup.maxField(), setup.maxRecord(), setup.maxRows());
    try {
      boolean header = true;
      while (bytes ? reader.next() : reference.next()) {
        StringBuilder record = new StringBuilder();
        if (bytes) {
          record.append("record ").append(reader.record()).append(" lines ").append(reader.recordLine()).append('-')
              .append(reader.currentLine()).append(", ").append(reader.size()).append(" fields:");
          for (int i = 0; i < reader.stored(); i++) {
            record.append(" [").append(reader.field(i)).append("] at ").append(reader.line(i)).append(':')
                .append(reader.column(i));
            checkBytes(reader, i);
          }
        } else {
          record.append("record ").append(reference.record()).append(" lines ").append(reference.recordLine())
              .append('-').append(reference.currentLine()).append(", ").append(reference.size()).append(" fields:");
          for (int i = 0; i < reference.stored(); i++) {
            record.append(" [").append(reference.field(i)).append("] at ").append(reference.line(i)).append(':')
                .append(reference.column(i));
          }
        }
        out.add(record.toString());
        if (header && setup.storeLimit() > 0) {
          if (bytes) {
            reader.storeLimit(setup.storeLimit());
          } else {
            reference.storeLimit(setup.storeLimit());
          }
        }
        header = false;
      }
      out.add("end, last line " + (bytes ? reader.currentLine() : reference.currentLine()));
    } catch (CtnatReadException e) {
      out.add("refused at " + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
    return out;
  }

  /** The byte-level answers about field i agree with its string. */
  private static void checkBytes(CsvRecordReader reader, int i) {
    String field = reader.field(i);
    byte[] bytes = utf8(field);
    assertEquals(bytes.length, reader.fieldLength(i), field);
    for (int k = 0; k < bytes.length; k++) {
      assertEquals(bytes[k] & 0xff, reader.fieldByte(i, k), field);
    }
    assertEquals(field.matches("[0-9]{1,9}") ? Integer.parseInt(field) : -1, reader.fieldDigits(i), field);
    assertEquals(codeIndex().getOrDefault(field, -1), reader.fieldCode(i, CODE_TABLE), field);
  }

  private static Map<String, Integer> codeIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < CODES.size(); c++) {
      index.put(CODES.get(c), c);
    }
    return index;
  }

  private static void assertSameReading(byte[] csv, Setup setup) {
    assertEquals(transcript(csv, setup, false), transcript(csv, setup, true),
        () -> setup + " on " + HexFormat.ofDelimiter(" ").formatHex(csv) + "\n" + new String(csv,
            StandardCharsets.UTF_8));
  }

  private static byte[] join(List<Integer> pieces, boolean byteOrderMark) {
    return join(PIECES, pieces, byteOrderMark);
  }

  private static byte[] join(List<byte[]> from, List<Integer> pieces, boolean byteOrderMark) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (byteOrderMark) {
      out.writeBytes(utf8("\uFEFF"));
    }
    pieces.forEach(p -> out.writeBytes(from.get(p)));
    return out.toByteArray();
  }

  @Test
  void randomTextReadsAsTheCharacterReaderReadsItWithSmallLimits() {
    qt().withExamples(4000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40),
        longs().all()).checkAssert((pieces, seed) -> {
          Random random = new Random(seed);
          assertSameReading(join(pieces, random.nextInt(4) == 0), Setup.small(random));
        });
  }

  @Test
  void randomTextReadsAsTheCharacterReaderReadsItWithTheRealLimits() {
    qt().withExamples(1500).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 200),
        longs().all()).checkAssert((pieces, seed) -> {
          Random random = new Random(seed);
          assertSameReading(join(pieces, random.nextInt(4) == 0), Setup.standard(random));
        });
  }

  @Test
  void randomTextReadsAsTheCharacterReaderReadsItWithAnySeparatorRestoredOrNot() {
    qt().withExamples(3000).forAll(lists().of(integers().between(0, PIECES_AND_SEPARATORS.size() - 1))
        .ofSizeBetween(0, 60), longs().all()).checkAssert((pieces, seed) -> {
          Random random = new Random(seed);
          byte[] csv = join(PIECES_AND_SEPARATORS, pieces, random.nextInt(4) == 0);
          assertSameReading(csv, (random.nextBoolean() ? Setup.small(random) : Setup.standard(random))
              .withAny(random));
        });
  }

  @Test
  void damagedPlatformExportsReadAsTheCharacterReaderReadsThem() {
    byte[] semicolons = CsvSamples.utf8(odkResource("kobo-semicolon.csv"));
    byte[] commas = CsvSamples.utf8(odkResource("central-split.csv"));
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      char separator = SEPARATORS.charAt(random.nextInt(3));
      byte[] valid = separator == ',' ? commas : semicolons.clone();
      if (separator == '\t') {
        for (int k = 0; k < valid.length; k++) {
          valid[k] = valid[k] == ';' ? (byte) '\t' : valid[k];
        }
      }
      Setup setup = Setup.standard(random).with(separator, random.nextInt(4) == 0);
      assertSameReading(random.nextInt(5) == 0 ? valid : CsvMutationTest.mutate(valid, random), setup);
    });
  }

  private static String odkResource(String name) {
    try (InputStream in = CsvRecordReaderTest.class.getResourceAsStream("/org/ctnat/io/odk/submissions/" + name)) {
      if (in == null) {
        throw new AssertionError("missing test resource odk/submissions/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void otherSeparatorsSeparateAndCommasAreTextAndVerbatimCellsKeepTheirApostrophe() {
    CsvRecordReader semicolons = new CsvRecordReader(new ByteArrayInputStream(utf8("a,b;'=1;\"x;y\"\nc\td;e\n")),
        "t.csv", ';', false);
    assertTrue(semicolons.next());
    assertEquals(List.of("a,b", "'=1", "x;y"), List.of(semicolons.field(0), semicolons.field(1),
        semicolons.field(2)));
    assertTrue(semicolons.next());
    assertEquals(List.of("c\td", "e"), List.of(semicolons.field(0), semicolons.field(1)));
    CsvRecordReader tabs = new CsvRecordReader(new ByteArrayInputStream(utf8("a;b,c\t'=1\n")), "t.csv", '\t', true);
    assertTrue(tabs.next());
    assertEquals(List.of("a;b,c", "=1"), List.of(tabs.field(0), tabs.field(1)), "restored, as asked");
  }

  @Test
  void aSeparatorThatCannotSeparateIsRefused() {
    for (char separator : new char[] {'"', '\r', '\n', 'é'}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new CsvRecordReader(new ByteArrayInputStream(new byte[0]), "t.csv", separator, true));
      assertTrue(e.getMessage().contains("the CSV separator must be an ASCII character"), e.getMessage());
    }
    CtnatReadException after = assertThrows(CtnatReadException.class, () -> new CsvRecordReader(
        new ByteArrayInputStream(utf8("\"a\",b\n")), "t.csv", ';', false).next());
    assertTrue(after.getMessage().contains("unexpected ',' after the closing quote of the field that starts at "
        + "line 1, column 1; expected a semicolon or the end of the line"), after.getMessage());
  }

  @Test
  void damagedSurveyFilesReadAsTheCharacterReaderReadsThem() {
    byte[] fixture = CsvSamples.utf8(CsvSamples.resource("fixture-wide.csv"));
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] valid = random.nextBoolean() ? fixture : CsvSamples.utf8(CsvResponses.toString(CsvSamples.STANDARD,
          CsvSamples.responses(seed, 1 + random.nextInt(6), random.nextBoolean()),
          random.nextBoolean() ? CsvLayout.WIDE : CsvLayout.LONG));
      assertSameReading(random.nextInt(5) == 0 ? valid : CsvMutationTest.mutate(valid, random),
          Setup.standard(random));
    });
  }

  @Test
  void fieldsAndRecordsAreMeasuredInCharactersNotBytes() {
    Setup limits = new Setup(3, 12, 5, 4, 2, -1);
    for (String csv : List.of("ééé,€€€\n", "éééé\n", "😀a,b\n", "😀😀\n", "\"é\"\"\",x\n", "ab,éé,€€€,😀\n",
        "ab,éé,€€€,😀,\n", "ab,éé,€€€,😀\r\n", "'=é,'''\n")) {
      assertSameReading(utf8(csv), limits);
    }
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(utf8("ééé,€€€\n")), "t.csv", ',', true,
        3, 8, 5, 4);
    assertTrue(reader.next(), "nine bytes in three characters fit a limit of three characters");
    assertEquals("€€€", reader.field(1));
    CtnatReadException tooLong = assertThrows(CtnatReadException.class, () -> new CsvRecordReader(
        new ByteArrayInputStream(utf8("a,😀😀\n")), "t.csv", ',', true, 3, 100, 5, 4).next());
    assertEquals(Optional.of(3), tooLong.column(), "a supplementary character is two characters, as in Java");
  }

  @Test
  void aFieldThatStartsAtTheEndOfTheInputIsPlacedAtTheCommaBeforeIt() {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(utf8("x\nab,é,")), "t.csv");
    assertTrue(reader.next());
    assertTrue(reader.next());
    assertEquals(3, reader.size());
    assertEquals("", reader.field(2));
    assertEquals(2, reader.line(2));
    assertEquals(5, reader.column(2));
    assertSameReading(utf8("x\nab,é,"), Setup.standard(new Random(1)));
  }

  @Test
  void linesAndColumnsCountFromTheLineBreaksInsideQuotedFields() {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(utf8("\uFEFFh\n\"a\nbé\",😀,x\r\nz")),
        "t.csv");
    assertTrue(reader.next());
    assertEquals(1, reader.column(0), "the byte order mark is not a column");
    assertTrue(reader.next());
    assertEquals(List.of(2, 3, 3), List.of(reader.line(0), reader.line(1), reader.line(2)));
    assertEquals(List.of(1, 5, 8), List.of(reader.column(0), reader.column(1), reader.column(2)));
    assertEquals(3, reader.currentLine());
    assertTrue(reader.next());
    assertEquals(4, reader.recordLine());
  }

  @Test
  void codesAreFoundByTheirBytesAsAMapFindsThemByTheirStrings() {
    CsvRecordReader.Codes codes = new CsvRecordReader.Codes(CODES);
    Map<String, Integer> index = codeIndex();
    List<String> probes = new ArrayList<>(CODES);
    probes.addAll(List.of("b", "A", "adequatE", "neither_agree_nor_disagreY", "x".repeat(41), "x".repeat(31),
        "é".repeat(2), "0123456789abcdeX", "a\u0000", "\u0000", "0"));
    qt().withExamples(2000).forAll(integers().between(0, probes.size() - 1), integers().between(0, 63),
        integers().between(0, 40)).checkAssert((probe, cut, padding) -> {
          String text = probes.get(probe);
          text = cut < text.length() && cut % 3 == 0 ? text.substring(0, cut) : text;
          assertEquals(index.getOrDefault(text, -1), codes.index(text), text);
          // the same text as a field, at every offset in the buffer and next to its end
          String csv = "y".repeat(padding) + ",\"" + text.replace("\"", "\"\"") + "\"";
          CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(utf8(csv)), "t.csv");
          assertTrue(reader.next());
          assertEquals(index.getOrDefault(text, -1), reader.fieldCode(1, codes), text);
        });
  }

  @Test
  void aRecordLongerThanTheBufferGrowsItAndReadsTheSame() {
    String field = "w".repeat(70_000) + "é";
    byte[] csv = utf8("a,b\n" + field + ",\"" + field + "\"\nc,d\n");
    assertSameReading(csv, new Setup(CsvResponses.MAX_FIELD_LENGTH, CsvResponses.MAX_RECORD_LENGTH,
        CsvResponses.MAX_ROWS, 1 << 16, 5000, -1));
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(csv), "t.csv");
    assertTrue(reader.next());
    assertTrue(reader.next());
    assertEquals(field, reader.field(1));
    assertTrue(reader.next());
    assertEquals("d", reader.field(1));
  }
}
