package org.ctnat.examples.programs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.instrument.InstrumentTexts;
import org.ctnat.core.questionbank.ChoiceOption;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.io.Instruments;

/**
 * Adapts the standard instrument to another country: Valdoria (fictional) replaces the three
 * 2016 study countries in question 1.1, a criterion that does not apply is dropped, and the
 * texts respondents read are translated into French. The original is unchanged; the adapted
 * version is validated when built and written as YAML for people to review.
 */
public final class AdaptInstrument {

  private AdaptInstrument() {}

  /**
   * Builds the adapted instrument.
   *
   * @return the adapted, validated instrument
   */
  public static Instrument adapted() {
    Instrument ctnat = Instruments.ctnat2016();
    return ctnat.derive()
        .id("ctnat-2016-vld").version("2016.1-vld.1")
        .addOption(ItemId.of("1.1"), ChoiceOption.of("valdoria", LocalizedText.of("Valdoria")))
        .dropOption(ItemId.of("1.1"), "armenia")
        .dropOption(ItemId.of("1.1"), "azerbaijan")
        .dropOption(ItemId.of("1.1"), "georgia")
        .dropCriterion(CriterionId.of("4.5"))
        .note("VLD1", "Criterion 4.5 dropped: border management is outside the scope of this assessment")
        .translate("fr", Map.of(
            "survey.question[1.1].text", "Dans quel pays travaillez-vous principalement ?",
            "survey.question[1.1].option[valdoria]", "Valdorie",
            "survey.question[1.6].text", "Quel est votre genre ?",
            "criterion[1.3].title", "Indicateurs, listes de contrôle et autres outils d'identification"))
        .build();
  }

  /**
   * Prints what changed and writes the adapted instrument.
   *
   * @param args optionally the folder to write {@code ctnat-2016-vld.yaml} into (default: a
   *     temporary folder)
   * @throws Exception if the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ctnat-adapt");
    Instrument standard = Instruments.ctnat2016();
    Instrument valdoria = adapted();
    System.out.println("standard: " + standard.framework().criteria().size() + " criteria, "
        + standard.framework().indicators().size() + " indicators, languages " + standard.languages());
    System.out.println("adapted:  " + valdoria.framework().criteria().size() + " criteria, "
        + valdoria.framework().indicators().size() + " indicators, languages " + valdoria.languages());
    var countryQuestion = InstrumentTexts.of(valdoria).get("survey.question[1.1].text");
    System.out.println("1.1 in French: " + countryQuestion.in("fr", "en"));
    Path file = folder.resolve("ctnat-2016-vld.yaml");
    Instruments.write(valdoria, file);
    System.out.println("written: " + file + " (read back equal: " + Instruments.read(file).equals(valdoria) + ")");
  }
}
