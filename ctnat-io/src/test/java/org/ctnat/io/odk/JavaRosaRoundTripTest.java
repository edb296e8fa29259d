package org.ctnat.io.odk;

import static org.ctnat.io.odk.XFormSamples.ADAPTED;
import static org.ctnat.io.odk.XFormSamples.CTNAT;
import static org.ctnat.io.odk.XFormSamples.ENGLISH;
import static org.ctnat.io.odk.XFormSamples.RUSSIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.response.ResponseValidation;
import org.ctnat.core.response.SurveyResponse;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.form.api.FormEntryController;
import org.junit.jupiter.api.Test;

/**
 * The exported XForm in JavaRosa, the engine of ODK Collect: answers entered through its
 * form-entry API come back, through the submission it serializes and {@link XFormInstances},
 * as the same response; answers that break a rule are refused by JavaRosa with the message the
 * export wrote.
 */
class JavaRosaRoundTripTest {

  private static final String XFORM = XForms.toXml(CTNAT);

  private static JavaRosaForm standard() {
    return JavaRosaForm.of(CTNAT, ENGLISH);
  }

  /** The constraint message the exported XForm gives a field, in its default language. */
  private static String exportedConstraintMessage(String xform, String path) {
    Matcher m = Pattern.compile("<text id=\"" + Pattern.quote(path + ":jr:constraintMsg") + "\">\\s*<value>([^<]*)</value>")
        .matcher(xform);
    assertTrue(m.find(), "the XForm has no constraint message for " + path);
    return m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static SurveyResponse roundTrip(Instrument instrument, SurveyResponse response, String language) {
    byte[] submission = JavaRosaForm.of(instrument, language).fill(instrument, response).submission();
    return XFormInstances.parse(instrument, new String(submission, StandardCharsets.UTF_8), "javarosa.xml");
  }

  @Test
  void aResponseEnteredInJavaRosaReadsBackAsTheSameResponse() {
    SurveyResponse response = XFormSamples.fullResponse();
    assertTrue(ResponseValidation.validate(CTNAT, response).isValid());
    assertEquals(response, roundTrip(CTNAT, response, ENGLISH));
  }

  @Test
  void theSubmissionNamesTheInstrumentAndItsVersion() {
    byte[] submission = standard().fill(CTNAT, XFormSamples.fullResponse()).submission();
    String xml = new String(submission, StandardCharsets.UTF_8);
    assertTrue(xml.contains("id=\"ctnat-2016\""), xml);
    assertTrue(xml.contains("version=\"2016.1\""), xml);
    assertTrue(xml.contains("<instanceID>uuid:"), xml);
  }

  @Test
  void anAdaptedInstrumentFilledInRussianReadsBackTheSame() {
    SurveyResponse response = XFormSamples.randomValidResponse(ADAPTED, 42);
    assertEquals(response, roundTrip(ADAPTED, response, RUSSIAN));
  }

  @Test
  void javaRosaShowsTheLabelsOfTheChosenLanguage() {
    JavaRosaForm form = JavaRosaForm.of(ADAPTED, RUSSIAN);
    assertEquals("[ru] What is your gender?", form.goTo("q1.6").getLongText());
    assertEquals("[ru] Female", form.goTo("q1.6").getSelectChoiceText(form.goTo("q1.6").getSelectChoices().get(0)));
    JavaRosaForm english = JavaRosaForm.of(ADAPTED, ENGLISH);
    assertEquals("What is your gender?", english.goTo("q1.6").getLongText());
    assertEquals("(Choose no more than three.)", english.goTo("q2.3").getHelpText());
  }

  @Test
  void theFollowUpIsShownOnlyOnceItsParentIsAnsweredAndOffersOnlyWhatWasChosen() {
    JavaRosaForm form = standard();
    assertFalse(form.shows("q2.2.1"));
    assertEquals(FormEntryController.ANSWER_OK,
        form.select("q2.2", "removal_of_organs", "forced_marriage", "slavery_or_servitude"));
    assertEquals(List.of("slavery_or_servitude", "removal_of_organs", "forced_marriage"), form.choices("q2.2.1"));
  }

  @Test
  void aFollowUpAnswerNotChosenInItsParentIsRefused() {
    JavaRosaForm form = standard();
    form.select("q2.2", "removal_of_organs", "forced_marriage", "slavery_or_servitude");
    int result = form.answer("q2.2.1", new SelectOneData(new Selection("exploitation_in_prostitution")));
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, result);
    assertEquals(exportedConstraintMessage(XFORM, "/data/s2/q2.2.1"), form.constraintMessage("q2.2.1"));
    assertEquals("Choose one of the options chosen in question 2.2.", form.constraintMessage("q2.2.1"));
  }

  @Test
  void fourIndustriesWhereNoMoreThanThreeAreAllowedAreRefused() {
    JavaRosaForm form = standard();
    int result = form.select("q2.3", "sex_industry", "agriculture", "construction", "oil_extraction");
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, result);
    assertEquals("Choose no more than 3 options.", form.constraintMessage("q2.3"));
    assertEquals(exportedConstraintMessage(XFORM, "/data/s2/q2.3"), form.constraintMessage("q2.3"));
    assertEquals(FormEntryController.ANSWER_OK, form.select("q2.3", "sex_industry", "agriculture", "construction"));
  }

  @Test
  void twoFormsWhereThreeAreRequiredAreRefused() {
    JavaRosaForm form = standard();
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, form.select("q2.2", "removal_of_organs", "forced_marriage"));
    assertEquals("Choose exactly 3 options.", form.constraintMessage("q2.2"));
    assertEquals(exportedConstraintMessage(XFORM, "/data/s2/q2.2"), form.constraintMessage("q2.2"));
  }

  @Test
  void anExclusiveOptionWithAnotherIsRefused() {
    JavaRosaForm form = JavaRosaForm.of(ADAPTED, ENGLISH);
    int result = form.select("q2.1", "none_of_these", "country_of_origin");
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, result);
    assertEquals("\"None of these\" cannot be combined with another option.", form.constraintMessage("q2.1"));
    assertEquals(exportedConstraintMessage(XForms.toXml(ADAPTED), "/data/s2/q2.1"), form.constraintMessage("q2.1"));
    assertEquals(FormEntryController.ANSWER_OK, form.select("q2.1", "none_of_these"));
    assertEquals(FormEntryController.ANSWER_OK, form.select("q2.1", "country_of_origin", "country_of_transit"));
  }

  @Test
  void theSameGroupRankedTwiceIsRefused() {
    JavaRosaForm form = standard();
    assertFalse(form.shows("q2.4_rank2"), "position 2 is shown only after position 1");
    assertEquals(FormEntryController.ANSWER_OK, form.select("q2.4_rank1", "adult_males"));
    assertTrue(form.shows("q2.4_rank2"));
    assertFalse(form.shows("q2.4_rank3"));
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, form.select("q2.4_rank2", "adult_males"));
    assertEquals("Each option may be ranked only once.", form.constraintMessage("q2.4_rank2"));
    assertEquals(exportedConstraintMessage(XFORM, "/data/s2/q2.4_rank2"), form.constraintMessage("q2.4_rank2"));
    assertEquals(FormEntryController.ANSWER_OK, form.select("q2.4_rank2", "adult_females"));
  }

  @Test
  void aStartedRankingMustFillItsRequiredPositions() {
    JavaRosaForm form = standard();
    assertFalse(form.goTo("q2.4_rank1").isRequired(), "the ranking as a whole may be skipped");
    form.select("q2.4_rank1", "adult_males");
    assertTrue(form.goTo("q2.4_rank2").isRequired());
    assertEquals(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY, form.answer("q2.4_rank2", null));
  }

  @Test
  void topKPositionsBeyondTheMinimumAreOptional() {
    Instrument oneToThree = XFormSamples.withRankingLimits(CTNAT, ItemId.of("8.1"), 1, 3);
    JavaRosaForm form = JavaRosaForm.of(oneToThree, ENGLISH);
    form.select("q8.1_rank1", "A");
    assertFalse(form.goTo("q8.1_rank2").isRequired());
    assertEquals(FormEntryController.ANSWER_OK, form.answer("q8.1_rank2", null));
    SurveyResponse topOne = SurveyResponse.to(oneToThree, org.ctnat.core.response.Respondent.of("GEOsur1"))
        .putAnswer(ItemId.of("8.1"), org.ctnat.core.response.RankingAnswer.inOrder("J")).build();
    assertEquals(topOne, roundTrip(oneToThree, topOne, ENGLISH));
  }

  @Test
  void theOtherTextIsShownOnlyWhenOtherIsChosen() {
    JavaRosaForm form = standard();
    assertFalse(form.shows("q1.2_other_specify_text"));
    form.select("q1.2", "other_specify");
    assertTrue(form.shows("q1.2_other_specify_text"));
    assertFalse(form.shows("q8.1_Q_text"));
    form.select("q8.1_rank1", "A");
    form.select("q8.1_rank2", "Q");
    assertTrue(form.shows("q8.1_Q_text"), "Q ranked at any position asks for its text");
  }

  @Test
  void anInvalidRespondentCodeIsRefused() {
    JavaRosaForm form = standard();
    assertEquals(FormEntryController.ANSWER_CONSTRAINT_VIOLATED, form.answer("respondent", new StringData("AZE sur 1")));
    assertEquals(exportedConstraintMessage(XFORM, "/data/respondent"), form.constraintMessage("respondent"));
    assertEquals(FormEntryController.ANSWER_OK, form.answer("respondent", new StringData("AZEsur1")));
  }

  @Test
  void randomValidResponsesSurviveJavaRosa() {
    qt().withExamples(40).withShrinkCycles(20).forAll(longs().all()).checkAssert(seed -> {
      SurveyResponse response = XFormSamples.randomValidResponse(CTNAT, seed);
      assertTrue(ResponseValidation.validate(CTNAT, response).isValid(), () -> "generator: " + response);
      assertEquals(response, roundTrip(CTNAT, response, ENGLISH));
    });
  }

  @Test
  void randomValidResponsesToTheAdaptedInstrumentSurviveJavaRosa() {
    qt().withExamples(15).withShrinkCycles(10).forAll(longs().all()).checkAssert(seed -> {
      SurveyResponse response = XFormSamples.randomValidResponse(ADAPTED, seed);
      assertTrue(ResponseValidation.validate(ADAPTED, response).isValid(), () -> "generator: " + response);
      assertEquals(response, roundTrip(ADAPTED, response, RUSSIAN));
    });
  }

  @Test
  void aResponseWithoutAnswersIsJustTheRespondent() {
    SurveyResponse empty = SurveyResponse.to(CTNAT, org.ctnat.core.response.Respondent.of("GEOsur2")).build();
    assertEquals(empty, roundTrip(CTNAT, empty, ENGLISH));
    assertTrue(roundTrip(CTNAT, empty, ENGLISH).answer(ItemId.of("2.2")).isEmpty());
  }
}
