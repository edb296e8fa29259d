package org.ctnat.io;

import static org.ctnat.io.CsvSamples.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentTexts;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ChoiceQuestion;
import org.ctnat.core.questionbank.Grid;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.ScalePoint;
import org.ctnat.io.internal.CsvRecordReader;
import org.junit.jupiter.api.Test;

/** The data dictionary: what every code of a response file means. */
class CsvDictionaryTest {

  private static List<String[]> records(String csv) {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "d");
    List<String[]> records = new ArrayList<>();
    while (reader.next()) {
      String[] fields = new String[reader.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = reader.field(i);
      }
      records.add(fields);
    }
    return records;
  }

  /** Splits {@code code=label|code=label}, undoing the escapes of {@code |} and {@code \}. */
  private static List<String[]> options(String cell) {
    List<String[]> options = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        current.append(cell.charAt(++i));
      } else if (c == '|') {
        options.add(current.toString().split("=", 2));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!cell.isEmpty()) {
      options.add(current.toString().split("=", 2));
    }
    return options;
  }

  @Test
  void theStandardInstrumentsDictionaryIsTheCanonicalFile() {
    assertEquals(CsvSamples.resource("ctnat-2016-dictionary.csv"), CsvDictionary.toString(STANDARD));
  }

  @Test
  void everyItemIsOneRowWithItsCodesInOrder() {
    List<String[]> records = records(CsvDictionary.toString(STANDARD));
    assertEquals("item,question,kind,scale,options", String.join(",", records.get(0)));
    assertEquals(STANDARD.survey().itemIds().stream().map(ItemId::value).toList(),
        records.stream().skip(1).map(r -> r[0]).toList());
    for (String[] r : records.subList(1, records.size())) {
      var question = STANDARD.questionOf(ItemId.of(r[0])).orElseThrow();
      List<String> codes = options(r[4]).stream().map(o -> o[0]).toList();
      if (question instanceof Grid grid) {
        assertEquals("grid", r[2]);
        assertEquals(grid.scale().value(), r[3]);
        assertEquals(STANDARD.scale(grid.scale()).orElseThrow().points().stream().map(ScalePoint::code).toList(),
            codes);
        assertEquals(grid.statement(ItemId.of(r[0])).orElseThrow().text().english(), r[1]);
      } else {
        assertEquals("", r[3]);
        assertEquals(question.text().english(), r[1]);
        assertEquals(question instanceof ChoiceQuestion c ? c.options().stream().map(ChoiceOption::code).toList()
            : List.of(), codes);
      }
    }
    assertEquals("ranking", records.stream().filter(r -> r[0].equals("8.1")).findFirst().orElseThrow()[2]);
    assertEquals("freeText", records.stream().filter(r -> r[0].equals("2.6")).findFirst().orElseThrow()[2]);
  }

  @Test
  void aTranslationIsUsedWhereThereIsOneAndLabelsAreEscaped() {
    Instrument russian = InstrumentTexts.translate(STANDARD, "ru", Map.of(
        "survey.question[1.6].text", "Ваш пол?",
        "survey.question[1.6].option[female]", "Женский | жен.\\ф",
        "survey.statement[3.1.4]", "=Потенциал органов"));
    String csv = CsvDictionary.toString(russian, "ru");
    assertTrue(csv.contains("\n1.6,Ваш пол?,singleChoice,,female=Женский \\| жен.\\\\ф|male=Male\n"),
        csv);
    assertTrue(csv.contains("\n3.1.4,'=Потенциал органов,grid,adequacy,"), "neutralised: " + csv);
    assertTrue(csv.contains("\n1.5,What is your age?,"), "untranslated texts fall back to the default");
    String[] gender = records(csv).stream().filter(r -> r[0].equals("1.6")).findFirst().orElseThrow();
    assertEquals("Женский | жен.\\ф", options(gender[4]).get(0)[1]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvDictionary.write(russian, "ru", out);
    assertEquals(csv, out.toString(StandardCharsets.UTF_8));
    assertEquals(CsvDictionary.toString(STANDARD), CsvDictionary.toString(russian),
        "the default language is as before");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvDictionary.toString(STANDARD, "ru"));
    assertTrue(e.getMessage().contains("[en], not in 'ru'"), e::getMessage);
  }
}
