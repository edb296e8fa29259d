package org.ctnat.io.odk;

import static org.ctnat.io.odk.XFormSamples.CTNAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ChoiceOption;
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

  private static final String KOBO_INSTANCE = "kobo-" + SubmissionSamples.KOBO_ASSET_UID + ".xml";

  private static String instanceResource(String name) {
    try (InputStream in = InstanceImportTest.class.getResourceAsStream("/org/ctnat/io/odk/instances/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aKoboInstanceIsReadWithItsProjectsAssetUidAndAnyVersion() {
    SurveyResponse expected = SurveyResponse.to(CTNAT, Respondent.of("AZEsur7"))
        .putAnswer(ItemId.of("1.1"), ChoiceAnswer.of("azerbaijan"))
        .putAnswer(ItemId.of("1.2"), ChoiceAnswer.of("other_specify", "NGO – shelter coordinator"))
        .putAnswer(ItemId.of("2.2"), SelectionAnswer.withOther("begging", "forced_labour_or_services",
            "forced_marriage", "other_specify"))
        .putAnswer(ItemId.of("2.2.1"), ChoiceAnswer.of("forced_marriage"))
        .putAnswer(ItemId.of("8.1"), RankingAnswer.inOrder(List.of("J", "A", "Q"), Optional.of("more shelters")))
        .build();
    String xml = instanceResource(KOBO_INSTANCE);
    assertEquals(expected, XFormInstances.parse(CTNAT, xml, KOBO_INSTANCE,
        InstanceOptions.kobo(SubmissionSamples.KOBO_ASSET_UID)));
    assertEquals(expected, XFormInstances.read(CTNAT, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        KOBO_INSTANCE, InstanceOptions.defaults().withFormId(SubmissionSamples.KOBO_ASSET_UID)
            .withFormVersion("1 (2016-05-04 06:00:00)")));
  }

  @Test
  void aKoboInstanceReadWithoutItsAssetUidIsRefusedWithAHint() {
    String xml = instanceResource(KOBO_INSTANCE);
    CtnatReadException plain = assertThrows(CtnatReadException.class,
        () -> XFormInstances.parse(CTNAT, xml, KOBO_INSTANCE));
    assertEquals("/a5fG8uKQdxTHaqJkEzUp2Q", plain.pointer());
    assertTrue(plain.problem().contains("form '" + SubmissionSamples.KOBO_ASSET_UID + "'; expected 'ctnat-2016'")
        && plain.problem().contains("InstanceOptions.kobo(assetUid)"), plain::getMessage);
    CtnatReadException otherProject = assertThrows(CtnatReadException.class, () -> XFormInstances.parse(CTNAT, xml,
        KOBO_INSTANCE, InstanceOptions.kobo("aOtherProjectUid0000000")));
    assertTrue(otherProject.problem().contains("expected 'aOtherProjectUid0000000'"), otherProject::getMessage);
    CtnatReadException version = assertThrows(CtnatReadException.class, () -> XFormInstances.parse(CTNAT, xml,
        KOBO_INSTANCE, InstanceOptions.defaults().withFormId(SubmissionSamples.KOBO_ASSET_UID)));
    assertTrue(version.problem().contains("version '1 (2016-05-04 06:00:00)'")
        && version.problem().contains("expected version '2016.1'"), version::getMessage);
  }

  @Test
  void instanceOptionsGiveOneVersionOrAny() {
    InstanceOptions kobo = InstanceOptions.kobo("aXyZ");
    assertEquals(Optional.of("aXyZ"), kobo.formId());
    assertTrue(kobo.anyFormVersion() && kobo.formVersion().isEmpty());
    InstanceOptions pinned = kobo.withFormVersion("2 (2016-06-01 10:00:00)");
    assertTrue(!pinned.anyFormVersion() && pinned.formVersion().isPresent());
    assertThrows(IllegalArgumentException.class, () -> new InstanceOptions(Optional.empty(), Optional.of("1"), true));
    assertThrows(IllegalArgumentException.class, () -> InstanceOptions.kobo(" "));
    assertThrows(IllegalArgumentException.class, () -> InstanceOptions.defaults().withFormVersion(""));
    SurveyResponse anyVersion = XFormInstances.parse(CTNAT, instance("").replace("version=\"2016.1\"",
        "version=\"3 (2016-07-01 09:00:00)\""), "submission.xml", InstanceOptions.defaults().withAnyFormVersion());
    assertEquals(Respondent.of("AZEsur3"), anyVersion.respondent());
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
    assertEquals(Optional.of(5), e.column());
    assertTrue(e.problem().contains("2.3 TOO_MANY_SELECTIONS: chose 4 options, at most 3 allowed"), e::getMessage);
    assertTrue(e.getMessage().startsWith("submission.xml:4:5 at /data/s2/q2.3: "), e::getMessage);
  }

  @Test
  void anElementIsLocatedAtItsStartTagWhateverTheLineEnds() {
    String multiLine = instance("<s2 note=\"\uD83D\uDE00\">\n  <q2.3\n    note=\"x\">sex_industry agriculture construction "
        + "oil_extraction</q2.3></s2>");
    for (String xml : List.of(multiLine, multiLine.replace("\n", "\r\n"), multiLine.replace("\n", "\r"))) {
      CtnatReadException e = refused(xml);
      assertEquals("/data/s2/q2.3", e.pointer());
      assertEquals(Optional.of(5), e.line());
      assertEquals(Optional.of(3), e.column());
    }
    CtnatReadException sameLine = refused(instance("<s2 note=\"\uD83D\uDE00\"><q2.3>sex_industry agriculture "
        + "construction oil_extraction</q2.3></s2>"));
    assertEquals(Optional.of(4), sameLine.line());
    assertEquals(Optional.of(15), sameLine.column());
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

  /** 1.2 and 2.2 with a second "please specify" option, as an adapted instrument may have; 2.4 with one. */
  private static final Instrument TWO_SPECIFY = CTNAT.derive().id("ctnat-2016-two").version("2016.1-two.1")
      .addOption(ItemId.of("1.2"), ChoiceOption.specifying("other_ngo", LocalizedText.of("Other NGO – specify")))
      .addOption(ItemId.of("2.2"), ChoiceOption.specifying("other_b", LocalizedText.of("Another form – specify")))
      .addOption(ItemId.of("2.4"), ChoiceOption.specifying("other_b", LocalizedText.of("Another group – specify")))
      .build();

  private static CtnatReadException refusedTwo(String sections) {
    String xml = instance(sections).replace("id=\"ctnat-2016\" version=\"2016.1\"",
        "id=\"ctnat-2016-two\" version=\"2016.1-two.1\"");
    return assertThrows(CtnatReadException.class, () -> XFormInstances.parse(TWO_SPECIFY, xml, "two.xml"));
  }

  @Test
  void aSpecifiedTextGoesWithItsOwnOptionNotAnotherSpecifyOption() {
    CtnatReadException single = refusedTwo("<s1><q1.2>other_specify</q1.2>"
        + "<q1.2_other_ngo_text>Shelter</q1.2_other_ngo_text></s1>");
    assertEquals("/data/s1/q1.2_other_ngo_text", single.pointer());
    String wording = "a specified text for 'other_ngo', but 'other_ngo' was not chosen; expected the text only with "
        + "its option";
    assertTrue(single.problem().contains("1.2 OTHER_TEXT_WITHOUT_OTHER: " + wording), single::getMessage);
    assertTrue(!single.getMessage().contains("Shelter"), single::getMessage);
    CtnatReadException multiple = refusedTwo("<s2><q2.2>forced_marriage removal_of_organs other_specify</q2.2>"
        + "<q2.2_other_b_text>begging</q2.2_other_b_text></s2>");
    assertEquals("/data/s2/q2.2_other_b_text", multiple.pointer());
    assertTrue(multiple.problem().contains("a specified text for 'other_b', but 'other_b' was not chosen"),
        multiple::getMessage);
    CtnatReadException ranking = refusedTwo("<s2><q2.4_rank1>adult_females</q2.4_rank1><q2.4_rank2>female_children"
        + "</q2.4_rank2><q2.4_rank3>adult_males</q2.4_rank3><q2.4_rank4>male_children</q2.4_rank4>"
        + "<q2.4_other_b_text>elderly</q2.4_other_b_text></s2>");
    assertEquals("/data/s2/q2.4_other_b_text", ranking.pointer());
    assertTrue(ranking.problem().contains("a specified text for 'other_b', but 'other_b' was not ranked"),
        ranking::getMessage);
    CtnatReadException both = refusedTwo("<s2><q2.2>forced_marriage other_b other_specify</q2.2>"
        + "<q2.2_other_specify_text>x</q2.2_other_specify_text><q2.2_other_b_text>y</q2.2_other_b_text></s2>");
    assertEquals("/data/s2/q2.2_other_b_text", both.pointer());
    assertTrue(both.problem().contains("a second specified text for 2.2, besides the one for 'other_specify'"),
        both::getMessage);
    String two = "<s1><q1.2>other_ngo</q1.2><q1.2_other_ngo_text>Shelter</q1.2_other_ngo_text></s1>";
    SurveyResponse right = XFormInstances.parse(TWO_SPECIFY, instance(two).replace("id=\"ctnat-2016\" "
        + "version=\"2016.1\"", "id=\"ctnat-2016-two\" version=\"2016.1-two.1\""), "two.xml");
    assertEquals(Optional.of(ChoiceAnswer.of("other_ngo", "Shelter")), right.answer(ItemId.of("1.2")));
  }

  @Test
  void theSubmissionReaderRefusesATextForAnotherSpecifyOptionInTheSameWords() {
    String csv = "respondent;s1/q1.2;s1/q1.2_other_specify_text;s1/q1.2_other_ngo_text;_uuid\n"
        + "AZEsur3;other_specify;;Shelter;5b3f2c1e-0000-4000-8000-000000000001\n";
    SubmissionReadResult read = Submissions.parseCsv(TWO_SPECIFY, csv, "two.csv");
    assertEquals(List.of(), read.responses());
    SubmissionProblem problem = read.report().errors().get(0);
    assertEquals("s1/q1.2_other_ngo_text", problem.header());
    assertEquals(Optional.of(org.ctnat.core.response.ViolationRule.OTHER_TEXT_WITHOUT_OTHER), problem.rule());
    CtnatReadException xml = refusedTwo("<s1><q1.2>other_specify</q1.2>"
        + "<q1.2_other_ngo_text>Shelter</q1.2_other_ngo_text></s1>");
    assertTrue(xml.problem().endsWith(problem.detail()), () -> xml.problem() + " / " + problem.detail());
  }

  @Test
  void aNameTypedAsTheRespondentCodeIsNeverRepeated() {
    CtnatReadException e = refused(instance("").replace("AZEsur3", "Maria Lopez"));
    assertEquals("/data/respondent", e.pointer());
    assertTrue(e.problem().contains("not a respondent id: 11 characters, contains a space"), e::getMessage);
    assertTrue(!e.getMessage().contains("Maria") && !e.getMessage().contains("Lopez"), e::getMessage);
    CtnatReadException accented = refused(instance("").replace("AZEsur3", "José"));
    assertTrue(accented.problem().contains("4 characters, contains a letter or digit outside A-Z"),
        accented::getMessage);
    assertTrue(!accented.getMessage().contains("Jos"), accented::getMessage);
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
    assertTrue(e.problem().contains("document type declaration (<!DOCTYPE>) is not allowed"), e::getMessage);
    assertEquals(Optional.of(2), e.line());
    assertEquals(Optional.of(1), e.column());
    String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
    assertTrue(refused(laughs).problem().contains("document type declaration"));
  }

  @Test
  void aBillionLaughsIsRefusedInBoundedTimeAndMemory() {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    laughs.append("]>\n<lolz>&lol9;</lolz>");
    CtnatReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(laughs.toString()));
    assertTrue(e.problem().contains("document type declaration"), e::getMessage);
    assertEquals(Optional.of(2), e.line());
    assertEquals(Optional.of(1), e.column());
  }

  @Test
  void parameterEntitiesAndExternalDtdsAreNeverRead(@TempDir Path dir) throws Exception {
    Path dtd = dir.resolve("secret.dtd");
    Files.writeString(dtd, "<!ENTITY secret \"LEAKED\">\n<!ENTITY % inner \"<!ENTITY more 'LEAKED'>\">");
    String body = "\n<data id=\"ctnat-2016\" version=\"2016.1\"><respondent>&secret;</respondent></data>";
    List<String> hostile = List.of(
        "<!DOCTYPE data SYSTEM \"" + dtd.toUri() + "\">" + body,
        "<!DOCTYPE data PUBLIC \"-//x//y\" \"" + dtd.toUri() + "\">" + body,
        "<!DOCTYPE data [<!ENTITY % ext SYSTEM \"" + dtd.toUri() + "\"> %ext; %inner;]>" + body,
        "<!DOCTYPE data SYSTEM \"http://127.0.0.1:9/never.dtd\">" + body);
    for (String xml : hostile) {
      CtnatReadException e = refused(xml);
      assertTrue(e.problem().contains("document type declaration (<!DOCTYPE>) is not allowed"), e::getMessage);
      assertEquals(Optional.of(1), e.line());
      assertEquals(Optional.of(1), e.column());
      assertTrue(!e.getMessage().contains("LEAKED"), e::getMessage);
    }
  }

  @Test
  void aDoctypeIsRefusedWhereItStartsEvenWhenMalformed() {
    CtnatReadException afterComment = refused("<?xml version=\"1.0\"?>\n<!-- exported -->\n  <!DOCTYPE data>\n<data/>");
    assertEquals(Optional.of(3), afterComment.line());
    assertEquals(Optional.of(3), afterComment.column());
    assertTrue(afterComment.problem().contains("document type declaration"), afterComment::getMessage);
    for (String xml : List.of("<!doctype data><data/>", "<!DOCTYPE data [<!ENTITY x \"y\">\n<data/>", "<!DOCTYPE")) {
      CtnatReadException e = refused(xml);
      assertTrue(e.problem().contains("document type declaration"), e::getMessage);
      assertEquals(Optional.of(1), e.line());
      assertEquals(Optional.of(1), e.column());
    }
  }

  @Test
  void anEntityReferenceInAnAttributeIsRefused() {
    CtnatReadException e = refused(instance("").replace("version=\"2016.1\"", "version=\"&xxe;\""));
    assertEquals(Optional.of(2), e.line());
    assertTrue(e.column().isPresent());
    assertTrue(e.problem().contains("not well-formed") && e.problem().contains("xxe"), e::getMessage);
    CtnatReadException nested = refused(instance("<s2><q2.6 note=\"&nbsp;\">x</q2.6></s2>"));
    assertEquals("/data/s2", nested.pointer());
    assertEquals(Optional.of(4), nested.line());
    assertTrue(nested.problem().contains("nbsp"), nested::getMessage);
    CtnatReadException declared = refused("<!DOCTYPE data [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<data id=\"&xxe;\" version=\"2016.1\"><respondent>A</respondent></data>");
    assertTrue(declared.problem().contains("document type declaration"), declared::getMessage);
  }

  @Test
  void cdataSectionsAreTextAndCommentsAreSkipped() {
    SurveyResponse response = read(instance("<!-- before -->\n<s2><!-- inside -->"
        + "<q2.6>a<!-- note -->b<![CDATA[ & <c>&amp; ]]>&#x41;&lt;&gt;&quot;&apos;</q2.6></s2>"));
    assertEquals(Optional.of(TextAnswer.of("ab & <c>&amp; A<>\"'")), response.answer(ItemId.of("2.6")));
    SurveyResponse cdataCode = read(instance("<s1><q1.6><![CDATA[male]]></q1.6></s1>"));
    assertEquals(Optional.of(ChoiceAnswer.of("male")), cdataCode.answer(ItemId.of("1.6")));
    CtnatReadException group = refused(instance("<s1><![CDATA[text]]><q1.6>male</q1.6></s1>"));
    assertTrue(group.problem().contains("holds text"), group::getMessage);
  }

  @Test
  void manyPredefinedAndCharacterReferencesAreNotMistakenForAnAttack() {
    String text = "&amp;&#x2013;".repeat(100_000);
    SurveyResponse response = read(instance("<s2><q2.6>" + text + "</q2.6></s2>"));
    assertEquals(Optional.of(TextAnswer.of("&\u2013".repeat(100_000))), response.answer(ItemId.of("2.6")));
  }

  @Test
  void onlyXml10IsRead() {
    CtnatReadException e = refused(instance("").replace("version='1.0'", "version='1.1'"));
    assertTrue(e.problem().contains("expected XML 1.0"), e::getMessage);
    assertEquals(Optional.of(1), e.line());
  }

  @Test
  void undefinedEntitiesAndProcessingInstructionsAreRefused() {
    CtnatReadException entity = refused(instance("<s2><q2.6>&nbsp;</q2.6></s2>"));
    assertEquals("/data/s2/q2.6", entity.pointer());
    assertEquals(Optional.of(4), entity.line());
    assertEquals(Optional.of(11), entity.column());
    assertTrue(entity.problem().contains("the entity &nbsp; is not defined"), entity::getMessage);
    CtnatReadException pi = refused(instance("<?xml-stylesheet href=\"x.xsl\"?>"));
    assertTrue(pi.problem().contains("processing instructions"), pi::getMessage);
  }

  @Test
  void malformedXmlIsRefusedWithItsLineAndColumn() {
    CtnatReadException mismatched = refused(instance("<s1><q1.6>male</q1.5></s1>"));
    assertEquals(Optional.of(4), mismatched.line());
    assertTrue(mismatched.column().isPresent());
    assertEquals("/data/s1/q1.6", mismatched.pointer());
    assertTrue(mismatched.problem().contains("not well-formed XML") && mismatched.problem().contains("q1.6"),
        mismatched::getMessage);
    String start = "<data id=\"ctnat-2016\" version=\"2016.1\"><respondent>A</respondent><s1><q1.6>ma";
    CtnatReadException insideText = refused(start);
    assertEquals("/data/s1/q1.6", insideText.pointer());
    assertEquals(Optional.of(1), insideText.line());
    assertTrue(insideText.problem().contains("the element <q1.6> is not closed; expected </q1.6>"),
        insideText::getMessage);
    CtnatReadException unclosed = refused(start + "le</q1.6>");
    assertEquals("/data/s1", unclosed.pointer());
    assertTrue(unclosed.problem().contains("the element <s1> is not closed; expected </s1>"), unclosed::getMessage);
    assertTrue(refused("").problem().contains("empty"));
    assertTrue(refused("<data/><data/>").problem().contains("end of the document"));
    assertTrue(refused("<data/>trailing").problem().contains("end of the document"));
    CtnatReadException control = refused(instance("<s2><q2.6>bell\u0007</q2.6></s2>"));
    assertEquals("/data/s2/q2.6", control.pointer());
    assertEquals(Optional.of(4), control.line());
    assertTrue(control.problem().contains("0x7"), control::getMessage);
    CtnatReadException controlReference = refused(instance("<s2><q2.6>bell&#7;</q2.6></s2>"));
    assertEquals("/data/s2/q2.6", controlReference.pointer());
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
    CtnatReadException tooMany = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(many));
    assertTrue(tooMany.problem().contains("more elements than the limit"), tooMany::getMessage);
    assertEquals(Optional.of(4 * XFormInstances.MAX_ELEMENTS + 3), tooMany.column());
    String longText = "x".repeat(XFormInstances.MAX_TEXT_LENGTH / 2);
    CtnatReadException text = refused(instance("<s2><q2.6>" + longText + "<![CDATA[" + longText + "]]>!</q2.6></s2>"));
    assertEquals("/data/s2/q2.6", text.pointer());
    assertTrue(text.problem().contains("longer than the limit of " + XFormInstances.MAX_TEXT_LENGTH), text::getMessage);
  }

  @Test
  void processingInstructionsAreRefusedWhereTheyStand() {
    CtnatReadException prolog = refused("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"x.xsl\"?>\n<data/>");
    assertEquals(Optional.of(2), prolog.line());
    assertEquals(Optional.of(1), prolog.column());
    assertTrue(prolog.problem().contains("processing instructions"), prolog::getMessage);
    CtnatReadException inside = refused(instance("<s2><q2.6>a<?php echo 1 ?></q2.6></s2>"));
    assertEquals("/data/s2/q2.6", inside.pointer());
    assertEquals(Optional.of(4), inside.line());
    assertEquals(Optional.of(12), inside.column());
  }
}
