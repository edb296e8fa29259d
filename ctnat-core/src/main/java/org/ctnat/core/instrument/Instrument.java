package org.ctnat.core.instrument;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.framework.Criterion;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.Framework;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.InterviewGuide;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.core.questionbank.Question;
import org.ctnat.core.questionbank.Scale;
import org.ctnat.core.questionbank.ScaleId;
import org.ctnat.core.questionbank.Survey;
import org.immutables.value.Value;

/**
 * A complete CT-NAT instrument as one versioned value: the judgement framework (areas,
 * criteria, indicators), the response scales, the survey, the interview guide, the priority
 * options and the links from items to criteria. The standard 2016 tool is one instrument
 * ({@code ctnat-2016}, loaded by {@code org.ctnat.io.Instruments.ctnat2016()}); a version
 * adapted to another country is another, {@linkplain #derive() derived} from it.
 *
 * <p>An instrument validates itself when built: every rule of {@link InstrumentValidation} is
 * checked and all problems are reported together in one {@link InvalidInstrumentException}.
 * Build one with {@link #builder()}, or copy one with {@code with...} methods or {@link
 * #derive()}; the original never changes.
 *
 * <p>{@code toString()} prints a short summary; {@link #framework()} and {@link #survey()}
 * print their own tables.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Instrument {

  Instrument() {}

  /**
   * The instrument's id.
   *
   * @return the id
   */
  public abstract InstrumentId id();

  /**
   * The instrument's version, e.g. {@code 2016.1}.
   *
   * @return the version, not blank
   */
  public abstract String version();

  /**
   * The instrument's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The language every text must have.
   *
   * @return a language tag, {@code en} unless set
   */
  @Value.Default
  public String defaultLanguage() {
    return LocalizedText.ENGLISH;
  }

  /**
   * Every language the instrument's texts may be in, the default first.
   *
   * @return the language tags
   */
  public abstract List<String> languages();

  /**
   * The bibliographic source of the instrument.
   *
   * @return the source, if recorded
   */
  public abstract Optional<String> source();

  /**
   * Notes on reconstructions, editorial decisions and adaptations.
   *
   * @return the notes
   */
  public abstract List<InstrumentNote> notes();

  /**
   * The judgement framework.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * The response scales of the survey's grids.
   *
   * @return the scales
   */
  public abstract List<Scale> scales();

  /**
   * The electronic survey.
   *
   * @return the survey
   */
  public abstract Survey survey();

  /**
   * The priorities for action (A–Q), for the survey's priority ranking and the validation
   * workshop.
   *
   * @return the priorities
   */
  public abstract List<PriorityOption> priorities();

  /**
   * The survey ranking question whose options are the priorities (8.1).
   *
   * @return the question id, if the survey asks about priorities
   */
  public abstract Optional<ItemId> priorityQuestion();

  /**
   * The interview guide.
   *
   * @return the guide
   */
  public abstract InterviewGuide interviewGuide();

  /**
   * The links from survey items and interview questions to the criteria they inform, at most
   * one per criterion.
   *
   * @return the links
   */
  public abstract List<CriterionLink> links();

  /**
   * A builder for an instrument.
   *
   * @return a new builder
   */
  public static ImmutableInstrument.Builder builder() {
    return ImmutableInstrument.builder();
  }

  /**
   * Starts deriving an adapted version of this instrument (this one is unchanged).
   *
   * @return a derivation seeded with this instrument
   */
  public InstrumentDerivation derive() {
    return new InstrumentDerivation(this);
  }

  /**
   * One scale.
   *
   * @param id the scale id
   * @return the scale, or empty
   */
  public Optional<Scale> scale(ScaleId id) {
    return scales().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * One criterion of the framework.
   *
   * @param id the criterion id
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(CriterionId id) {
    return framework().criterion(id);
  }

  /**
   * The link of one criterion.
   *
   * @param criterion the criterion id
   * @return the link, or empty if nothing is linked to it
   */
  public Optional<CriterionLink> link(CriterionId criterion) {
    return links().stream().filter(l -> l.criterion().equals(criterion)).findFirst();
  }

  /**
   * The criteria a survey item informs.
   *
   * @param item the item id (a question or grid statement)
   * @return the criteria ids, in link order
   */
  public List<CriterionId> criteriaInformedBy(ItemId item) {
    return links().stream().filter(l -> l.surveyItems().contains(item))
        .map(CriterionLink::criterion).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The criteria an interview question informs.
   *
   * @param question the interview question id
   * @return the criteria ids, in link order
   */
  public List<CriterionId> criteriaInformedBy(InterviewQuestionId question) {
    return links().stream().filter(l -> l.interviewQuestions().contains(question))
        .map(CriterionLink::criterion).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The survey question that carries an item.
   *
   * @param item the item id
   * @return the question, or empty
   */
  public Optional<Question> questionOf(ItemId item) {
    return survey().questionOf(item);
  }

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the copy (validated)
   */
  public abstract Instrument withVersion(String version);

  /**
   * A copy with another id.
   *
   * @param id the id
   * @return the copy (validated)
   */
  public abstract Instrument withId(InstrumentId id);

  @Value.Check
  void check() {
    List<InstrumentValidation.Finding> findings = InstrumentValidation.findings(this);
    if (!findings.isEmpty()) {
      throw InvalidInstrumentException.of(id() + " " + version(), findings);
    }
  }

  @Override
  public String toString() {
    return String.format("Instrument %s %s: %s%n"
            + "  framework: %d areas, %d criteria, %d indicators%n"
            + "  survey: %d sections, %d questions, %d items; %d scales%n"
            + "  interview guide: %d sections, %d questions%n"
            + "  %d priorities, %d criterion links, languages %s, %d notes",
        id(), version(), title(),
        framework().areas().size(), framework().criteria().size(), framework().indicators().size(),
        survey().sections().size(), survey().questions().size(), survey().itemIds().size(),
        scales().size(), interviewGuide().sections().size(), interviewGuide().questions().size(),
        priorities().size(), links().size(), languages(), notes().size());
  }
}
