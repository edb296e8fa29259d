package org.ctnat.io.odk;

import static org.ctnat.io.odk.XFormSamples.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ChoiceAnswer;
import org.ctnat.core.response.PointAnswer;
import org.ctnat.core.response.RankingAnswer;
import org.ctnat.core.response.Respondent;
import org.ctnat.core.response.SelectionAnswer;
import org.ctnat.core.response.SurveyResponse;
import org.ctnat.core.response.TextAnswer;
import org.ctnat.io.CtnatReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filled instances read back: what ODK Collect and Central produce is read as the response
 * entered; anything broken, invalid or hostile is a {@link CtnatReadException} that says where
 * (line, column, element path) and what was expected, and nothing is repaired.
 */
class InstanceImportTest {

  private static String instance(String sections) {
    return "<?xml version='1.0' encoding='UTF-8' ?>\n"
        + "<data id=\"ctnat-2016\" version=\"2016.1\" xmlns:jr=\"http://openrosa.org/javarosa\">\n"
        + "<respondent>AZEsur3</respondent>\n" + sections + "\n"
        + "<meta><instanceID>uuid:5b3f2c1e-0000-4000-8000-000000000001</instanceID></meta>\n</data>\n";
  }

  private static SurveyResponse read(String xml) {
    return XFormInstances.parse(CTNAT, xml, "submission.xml");
  }

  private static CtnatReadException refused(String xml) {
    return assertThrows(CtnatReadException.class, () -> read(xml));
  }

  @Test
  void aSubmissionIsReadAsTheAnswersGiven() {
    SurveyResponse response = read(instance("""
        <s1><q1.1>georgia</q1.1><q1.2>other_specify</q1.2><q1.2_other_specify_text>Ombudsman &amp; co</q1.2_other_specify_text><q1.3/></s1>
        <s2><q2.2>forced_marriage removal_of_organs
          slavery_or_servitude</q2.2><q2.2_other_specify_text/><q2.2.1>removal_of_organs</q2.2.1>
          <q2.4_rank1>male_children</q2.4_rank1><q2.4_rank2>adult_males</q2.4_rank2><q2.4_rank3>adult_females</q2.4_rank3><q2.4_rank4>female_children</q2.4_rank4>
          <q2.6><![CDATA[<b>Less</b> reported]]> &#8211; abroad</q2.6></s2>
        <s3><g3.1><q3.1.1>inadequate</q3.1.1><q3.1.2/></g3.1></s3>
        <!-- a comment -->
        <s8><q8.1_rank1>B</q8.1_rank1><q8.1_rank2>Q</q8.1_rank2><q8.1_rank3>A</q8.1_rank3><q8.1_Q_text>Shelters</q8.1_Q_text></s8>"""));
    SurveyResponse expected = SurveyResponse.to(CTNAT, Respondent.of("AZEsur3"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("georgia"))
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "Ombudsman & co"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.of("forced_marriage", "removal_of_organs", "slavery_or_servitude"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("removal_of_organs"))
        .putAnswer(ItemId.of("2.4"), RankingAnswer.inOrder("male_children", "adult_males", "adult_females",
            "female_children"))
        .putAnswer(ItemId.of("2.6"), TextAnswer.of("<b>Less</b> reported – abroad"))
        .putAnswer(ItemId.of("3.1.1"), PointAnswer.of("inadequate"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(List.of("B", "Q", "A"), Optional.of("Shelters")))
        .build();
    assertEquals(expected, response);
  }

  @Test
  void filesAndStreamsAreReadToo(@TempDir Path dir) throws Exception {
    String xml = instance("<s1><q1.6>male</q1.6></s1>");
    Path file = dir.resolve("AZEsur3.xml");
    Files.writeString(file, xml);
    assertEquals(read(xml), XFormInstances.read(CTNAT, file));
    try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
      assertEquals(read(xml), XFormInstances.read(CTNAT, in, "stream"));
    }
  }

  @Test
  void kobosOwnElementsAndMetaAreSkipped() {
    SurveyResponse response = read(instance("<formhub><uuid>abc</uuid></formhub><__version__>vX</__version__>"
        + "<s1><q1.6>male</q1.6></s1>"));
    assertEquals(1, response.answers().size());
  }

  @Test
  void anotherFormOrVersionIsRefusedAtTheRoot() {
    CtnatReadException form = refused(instance("").replace("id=\"ctnat-2016\"", "id=\"other-form\""));
    assertEquals("/data", form.pointer());
    assertEquals(Optional.of(2), form.line());
    assertTrue(form.problem().contains("form 'other-form'; expected 'ctnat-2016'"), form::getMessage);
    CtnatReadException version = refused(instance("").replace("version=\"2016.1\"", "version=\"2015\""));
    assertTrue(version.problem().contains("expected version '2016.1'"), version::getMessage);
    CtnatReadException none = refused(instance("").replace(" version=\"2016.1\"", ""));
    assertTrue(none.problem().contains("no version attribute"), none::getMessage);
  }

  @Test
  void fourIndustriesWhereNoMoreThanThreeAreAllowedAreRefusedNotTrimmed() {
    CtnatReadException e = refused(instance(
        "<s2><q2.3>sex_industry agriculture construction oil_extraction</q2.3></s2>"));
    assertEquals("/data/s2/q2.3", e.pointer());
    assertEquals(Optional.of(4), e.line());
    assertTrue(e.problem().contains("2.3 TOO_MANY_SELECTIONS: chose 4 options, at most 3 allowed"), e::getMessage);
    assertTrue(e.getMessage().startsWith("submission.xml:4:"), e::getMessage);
  }

  @Test
  void everyBrokenRuleIsListed() {
    CtnatReadException e = refused(instance("<s1><q1.1>narnia</q1.1></s1><s3><g3.1><q3.1.1>excellent</q3.1.1></g3.1></s3>"));
    assertEquals("/data/s1/q1.1", e.pointer());
    assertTrue(e.problem().contains("1.1 UNKNOWN_OPTION"), e::getMessage);
    assertTrue(e.problem().contains("3.1.1 UNKNOWN_OPTION"), e::getMessage);
  }

  @Test
  void aFollowUpOutsideItsParentsChoicesIsRefused() {
    CtnatReadException e = refused(instance("<s2><q2.2>forced_marriage removal_of_organs slavery_or_servitude</q2.2>"
        + "<q2.2.1>exploitation_in_prostitution</q2.2.1></s2>"));
    assertEquals("/data/s2/q2.2.1", e.pointer());
    assertTrue(e.problem().contains("FOLLOW_UP_CONTRADICTS_PARENT"), e::getMessage);
  }

  @Test
  void oneGroupAtTwoRankPositionsIsRefusedWithBothPositions() {
    CtnatReadException e = refused(instance("<s2><q2.4_rank1>adult_males</q2.4_rank1>"
        + "<q2.4_rank2>adult_males</q2.4_rank2></s2>"));
    assertEquals("/data/s2/q2.4_rank2", e.pointer());
    assertTrue(e.problem().contains("'adult_males' is ranked at positions 1 (<q2.4_rank1>) and 2"), e::getMessage);
  }

  @Test
  void aRankingWithAGapIsRefused() {
    CtnatReadException e = refused(instance("<s8><q8.1_rank1/><q8.1_rank2>A</q8.1_rank2><q8.1_rank3>B</q8.1_rank3></s8>"));
    assertTrue(e.problem().contains("MISSING_RANK"), e::getMessage);
    assertEquals("/data/s8/q8.1_rank2", e.pointer());
  }

  @Test
  void otherTextsMustGoWithTheirOptionAndAnAnswer() {
    CtnatReadException alone = refused(instance("<s1><q1.2/><q1.2_other_specify_text>Press</q1.2_other_specify_text></s1>"));
    assertEquals("/data/s1/q1.2_other_specify_text", alone.pointer());
    assertTrue(alone.problem().contains("question 1.2 is not answered"), alone::getMessage);
    CtnatReadException withoutOption = refused(instance(
        "<s1><q1.2>other_academic</q1.2><q1.2_other_specify_text>Press</q1.2_other_specify_text></s1>"));
    assertTrue(withoutOption.problem().contains("OTHER_TEXT_WITHOUT_OTHER"), withoutOption::getMessage);
  }

  @Test
  void aSingleChoiceHoldsOneCode() {
    CtnatReadException e = refused(instance("<s1><q1.6>female male</q1.6></s1>"));
    assertEquals("/data/s1/q1.6", e.pointer());
    assertTrue(e.problem().contains("expected one option code, but found 'female male'"), e::getMessage);
  }

  @Test
  void elementsTheFormDoesNotHaveAreRefused() {
    CtnatReadException section = refused(instance("<s9><q9.1>x</q9.1></s9>"));
    assertEquals("/data/s9", section.pointer());
    assertTrue(section.problem().contains("expected respondent, s1, s2"), section::getMessage);
    CtnatReadException field = refused(instance("<s1><q1.7>x</q1.7></s1>"));
    assertEquals("/data/s1/q1.7", field.pointer());
    assertTrue(field.problem().contains("section 1 has no field <q1.7>; expected q1.1, q1.2, q1.2_other_specify_text"),
        field::getMessage);
    CtnatReadException rank = refused(instance("<s2><q2.4_rank5>adult_males</q2.4_rank5></s2>"));
    assertEquals("/data/s2/q2.4_rank5", rank.pointer());
    CtnatReadException statement = refused(instance("<s3><g3.1><q3.2.1>always</q3.2.1></g3.1></s3>"));
    assertTrue(statement.problem().contains("grid 3.1 has no statement <q3.2.1>"), statement::getMessage);
    CtnatReadException twice = refused(instance("<s1><q1.6>male</q1.6><q1.6>female</q1.6></s1>"));
    assertTrue(twice.problem().contains("<q1.6> is given twice"), twice::getMessage);
    CtnatReadException nested = refused(instance("<s1><q1.6><value>male</value></q1.6></s1>"));
    assertEquals("/data/s1/q1.6/value", nested.pointer());
  }

  @Test
  void theRespondentCodeIsRequiredAndChecked() {
    CtnatReadException missing = refused(instance("").replace("<respondent>AZEsur3</respondent>", ""));
    assertTrue(missing.problem().contains("respondent code <respondent> is missing"), missing::getMessage);
    CtnatReadException bad = refused(instance("").replace("AZEsur3", "AZE sur 3"));
    assertEquals("/data/respondent", bad.pointer());
    assertTrue(bad.problem().contains("respondent id"), bad::getMessage);
  }

  @Test
  void doctypesAndExternalEntitiesAreRefusedBeforeAnythingIsResolved() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE data [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<data id=\"ctnat-2016\" version=\"2016.1\"><respondent>&xxe;</respondent></data>";
    CtnatReadException e = refused(xxe);
    assertTrue(e.problem().contains("document type declaration"), e::getMessage);
    assertEquals(Optional.of(2), e.line());
    String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
    assertTrue(refused(laughs).problem().contains("document type declaration"));
  }

  @Test
  void undefinedEntitiesAndProcessingInstructionsAreRefused() {
    CtnatReadException entity = refused(instance("<s2><q2.6>&nbsp;</q2.6></s2>"));
    assertEquals("/data/s2/q2.6", entity.pointer());
    assertTrue(entity.problem().contains("the entity &nbsp; is not defined"), entity::getMessage);
    CtnatReadException pi = refused(instance("<?xml-stylesheet href=\"x.xsl\"?>"));
    assertTrue(pi.problem().contains("processing instructions"), pi::getMessage);
  }

  @Test
  void malformedXmlIsRefusedWithItsLineAndColumn() {
    CtnatReadException mismatched = refused(instance("<s1><q1.6>male</q1.5></s1>"));
    assertEquals(Optional.of(4), mismatched.line());
    assertTrue(mismatched.problem().contains("<q1.6> is closed by </q1.5>"), mismatched::getMessage);
    String start = "<data id=\"ctnat-2016\" version=\"2016.1\"><respondent>A</respondent><s1><q1.6>ma";
    assertTrue(refused(start).problem().contains("the document ends inside a text"));
    CtnatReadException unclosed = refused(start + "le</q1.6>");
    assertEquals("/data/s1", unclosed.pointer());
    assertTrue(unclosed.problem().contains("the element <s1> is not closed; expected </s1>"), unclosed::getMessage);
    assertTrue(refused("").problem().contains("empty"));
    assertTrue(refused("<data/><data/>").problem().contains("end of the document"));
    CtnatReadException control = refused(instance("<s2><q2.6>bell\u0007</q2.6></s2>"));
    assertTrue(control.problem().contains("U+0007"), control::getMessage);
  }

  @Test
  void onlyUtf8IsRead() {
    byte[] latin1 = instance("<s2><q2.6>caf\u00e9</q2.6></s2>").getBytes(StandardCharsets.ISO_8859_1);
    CtnatReadException e = assertThrows(CtnatReadException.class,
        () -> XFormInstances.read(CTNAT, new ByteArrayInputStream(latin1), "latin1.xml"));
    assertTrue(e.problem().contains("not valid UTF-8"), e::getMessage);
    String declared = instance("").replace("encoding='UTF-8'", "encoding='ISO-8859-1'");
    assertTrue(refused(declared).problem().contains("expected UTF-8"));
  }

  @Test
  void hugeOrDeepDocumentsAreRefused() {
    InputStream huge = new SequenceInputStream(new ByteArrayInputStream("<data>".getBytes(StandardCharsets.UTF_8)),
        new ByteArrayInputStream(new byte[XFormInstances.MAX_BYTES]));
    CtnatReadException big = assertThrows(CtnatReadException.class, () -> XFormInstances.read(CTNAT, huge, "huge.xml"));
    assertTrue(big.problem().contains("larger than the limit of " + XFormInstances.MAX_BYTES), big::getMessage);
    String deep = "<a>".repeat(XFormInstances.MAX_DEPTH + 1) + "</a>".repeat(XFormInstances.MAX_DEPTH + 1);
    assertTrue(refused(deep).problem().contains("nested deeper than the limit of " + XFormInstances.MAX_DEPTH));
    String many = "<data>" + String.join("", Collections.nCopies(XFormInstances.MAX_ELEMENTS, "<m/>")) + "</data>";
    assertTrue(refused(many).problem().contains("more elements than the limit"));
  }
}
