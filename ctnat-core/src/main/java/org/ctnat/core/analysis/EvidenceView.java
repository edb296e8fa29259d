package org.ctnat.core.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.EvidenceType;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.LocalizedText;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.response.RespondentId;

/**
 * Everything an assessor sees beside one criterion's judgements ({@link EvidenceViews#of}): the
 * judgements themselves, the survey tallies of the items linked to the criterion, what each
 * interview recorded under the linked guide questions, and for each judgement how many references
 * of each kind of evidence support it (triangulation).
 *
 * <p>Tallies are in link order, interview notes by linked question (in link order) then by
 * interview (in the assessment's order), judgements in the order F1, F2, O1, O2. A criterion
 * without a link has no tallies and no notes.
 *
 * <p>{@code toString()} prints the view in blocks: judgements with their support, survey, interviews.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param title the criterion's title
 * @param judgements its judgements, in the order F1, F2, O1, O2 (unjudged indicators left out)
 * @param surveyTallies the tallies of the linked survey items, in link order
 * @param interviewNotes the notes and themes recorded under the linked interview questions
 * @param support the evidence types cited by each judgement, in the order of {@code judgements}
 */
public record EvidenceView(CriterionId criterion, LocalizedText title, List<IndicatorJudgement> judgements,
    List<Tally> surveyTallies, List<InterviewNote> interviewNotes, List<Support> support) {

  /** Copies the lists and checks for nulls. */
  public EvidenceView {
    Objects.requireNonNull(criterion, "evidence view: criterion");
    Objects.requireNonNull(title, "evidence view " + criterion + ": title");
    judgements = List.copyOf(judgements);
    surveyTallies = List.copyOf(surveyTallies);
    interviewNotes = List.copyOf(interviewNotes);
    support = List.copyOf(support);
  }

  /**
   * What one interview recorded under one guide question.
   *
   * @param question the guide question
   * @param interview the interview
   * @param note the notes taken, if any
   * @param themes the themes coded, possibly empty
   */
  public record InterviewNote(InterviewQuestionId question, RespondentId interview, Optional<String> note,
      List<String> themes) {

    /** Copies the themes and checks for nulls. */
    public InterviewNote {
      Objects.requireNonNull(question, "interview note: question");
      Objects.requireNonNull(interview, "interview note: interview");
      Objects.requireNonNull(note, "interview note: note");
      themes = List.copyOf(themes);
    }

    @Override
    public String toString() {
      return question + " " + interview + ":" + note.map(n -> " \"" + n + "\"").orElse("")
          + (themes.isEmpty() ? "" : " " + themes);
    }
  }

  /**
   * How many references of each kind of evidence one judgement cites — triangulation: a
   * judgement resting on a document, survey answers and interviews rests on three kinds.
   *
   * @param indicator the indicator judged
   * @param status the judgement's status
   * @param references the number of references per evidence type, every type present, zeros included
   */
  public record Support(IndicatorId indicator, JudgementStatus status, Map<EvidenceType, Integer> references) {

    /** The fewest kinds of evidence that make a judgement triangulated. */
    public static final int TRIANGULATED = 2;

    /** Copies the counts, filling absent types with zero. */
    public Support {
      Objects.requireNonNull(indicator, "support: indicator");
      Objects.requireNonNull(status, "support of " + indicator + ": status");
      Map<EvidenceType, Integer> copy = new EnumMap<>(EvidenceType.class);
      for (EvidenceType type : EvidenceType.values()) {
        int count = references.getOrDefault(type, 0);
        if (count < 0) {
          throw new IllegalArgumentException("support of " + indicator + ": the number of " + type
              + " references must not be negative, but was " + count);
        }
        copy.put(type, count);
      }
      references = Collections.unmodifiableMap(copy);
    }

    /**
     * The support of one judgement.
     *
     * @param judgement the judgement
     * @return the references it cites, counted by type
     */
    public static Support of(IndicatorJudgement judgement) {
      Map<EvidenceType, Integer> counts = new EnumMap<>(EvidenceType.class);
      for (EvidenceReference reference : judgement.evidence()) {
        counts.merge(reference.type(), 1, Integer::sum);
      }
      return new Support(judgement.indicator(), judgement.status(), counts);
    }

    /**
     * How many kinds of evidence the judgement cites.
     *
     * @return 0 to 3
     */
    public int types() {
      return (int) references.values().stream().filter(c -> c > 0).count();
    }

    /**
     * Whether the judgement rests on at least {@value #TRIANGULATED} kinds of evidence.
     *
     * @return true if triangulated
     */
    public boolean triangulated() {
      return types() >= TRIANGULATED;
    }

    @Override
    public String toString() {
      return indicator + " " + types() + (types() == 1 ? " type " : " types ") + references.entrySet().stream()
          .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
          .collect(Collectors.joining(", ", "(", ")"));
    }
  }

  /**
   * The notes recorded under one guide question.
   *
   * @param question the question
   * @return the notes, by interview
   */
  public List<InterviewNote> notes(InterviewQuestionId question) {
    return interviewNotes.stream().filter(n -> n.question().equals(question)).toList();
  }

  /**
   * The support of one indicator's judgement.
   *
   * @param indicator the indicator
   * @return the support, or empty if the indicator is not judged
   */
  public Optional<Support> support(IndicatorId indicator) {
    return support.stream().filter(s -> s.indicator().equals(indicator)).findFirst();
  }

  @Override
  public String toString() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder("Evidence for criterion " + criterion + " " + title);
    out.append(nl).append("  judgements:").append(judgements.isEmpty() ? " none" : "");
    for (int i = 0; i < judgements.size(); i++) {
      out.append(nl).append("    ").append(judgements.get(i));
      out.append(nl).append("      support: ").append(support.get(i));
    }
    out.append(nl).append("  survey:").append(surveyTallies.isEmpty() ? " none" : "");
    for (Tally tally : surveyTallies) {
      out.append(nl).append(String.format(Locale.ROOT, "    %-8s answered %d of %d", tally.item(), tally.answered(),
          tally.eligible()));
      for (int c = 0; c < tally.categories().size(); c++) {
        out.append(c == 0 ? ": " : ", ").append(tally.categories().get(c)).append(' ').append(tally.counts().get(c));
      }
    }
    out.append(nl).append("  interviews:").append(interviewNotes.isEmpty() ? " none" : "");
    interviewNotes.forEach(n -> out.append(nl).append("    ").append(n));
    return out.toString();
  }
}
