package org.ctnat.core.assessment;

import java.util.List;
import java.util.stream.Collectors;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An assessor's judgement of one indicator: met, not met or undetermined, why, and on what
 * evidence — one cell of the report's indicator table.
 *
 * <p>Rules checked when built: a judgement that the indicator is {@linkplain JudgementStatus#MET
 * met} or {@linkplain JudgementStatus#NOT_MET not met} must give a rationale (not blank); an
 * {@linkplain JudgementStatus#UNDETERMINED undetermined} one may leave it empty, since "the
 * evidence did not allow a judgement" is its own reason (a blank rationale is then stored as the
 * empty string). The assessor is a pseudonymous id (letters, digits, '.', '_' or '-', e.g. {@code
 * A1}), never a name, so that agreement between assessors can be measured without personal data.
 * The same evidence may not be cited twice. A judgement without evidence is allowed — the gap
 * analysis warns about it.
 *
 * <p>{@code toString()} is one line: {@code 1.3-F1 MET (A1): Tools exist. [Aze 16, p. 3; survey 3.1.5]}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorJudgement {

  IndicatorJudgement() {}

  /**
   * The indicator judged.
   *
   * @return the indicator id, e.g. {@code 1.3-F1}
   */
  public abstract IndicatorId indicator();

  /**
   * The conclusion.
   *
   * @return met, not met or undetermined
   */
  public abstract JudgementStatus status();

  /**
   * Why the assessor concluded so, in their words.
   *
   * @return the rationale; empty only for an undetermined judgement
   */
  @Value.Default
  public String rationale() {
    return "";
  }

  /**
   * The evidence cited, in the order cited.
   *
   * @return the references, possibly empty
   */
  public abstract List<EvidenceReference> evidence();

  /**
   * Who judged: a pseudonymous assessor id.
   *
   * @return the assessor id, e.g. {@code A1}
   */
  public abstract String assessor();

  /**
   * A judgement.
   *
   * @param indicator the indicator judged
   * @param status the conclusion
   * @param rationale why; may be empty only when undetermined
   * @param assessor the pseudonymous assessor id
   * @param evidence the evidence cited
   * @return the judgement
   */
  public static IndicatorJudgement of(IndicatorId indicator, JudgementStatus status, String rationale,
      String assessor, EvidenceReference... evidence) {
    return builder().indicator(indicator).status(status).rationale(rationale).assessor(assessor)
        .addEvidence(evidence).build();
  }

  /**
   * A builder for a judgement.
   *
   * @return a new builder
   */
  public static ImmutableIndicatorJudgement.Builder builder() {
    return ImmutableIndicatorJudgement.builder();
  }

  /**
   * A copy with another status (checked like a new judgement).
   *
   * @param status the status
   * @return the copy
   */
  public abstract IndicatorJudgement withStatus(JudgementStatus status);

  /**
   * A copy by another assessor.
   *
   * @param assessor the assessor id
   * @return the copy
   */
  public abstract IndicatorJudgement withAssessor(String assessor);

  /**
   * The kinds of evidence cited, without repetition, in {@link EvidenceType} order.
   *
   * @return the evidence types
   */
  public List<EvidenceType> evidenceTypes() {
    return evidence().stream().map(EvidenceReference::type).distinct().sorted().toList();
  }

  @Value.Check
  IndicatorJudgement check() {
    String where = "judgement of " + indicator();
    Checks.matches(where + ": assessor", assessor(), Checks.ID);
    if (status() != JudgementStatus.UNDETERMINED && rationale().isBlank()) {
      throw new IllegalArgumentException(where + ": a " + status()
          + " judgement must give a rationale, but it was '" + Texts.shown(rationale()) + "'");
    }
    Checks.unique(where, "evidence reference", evidence(), e -> e);
    return rationale().isBlank() && !rationale().isEmpty()
        ? builder().from(this).rationale("").build() : this;
  }

  @Override
  public String toString() {
    return indicator() + " " + status() + " (" + assessor() + ")"
        + (rationale().isEmpty() ? "" : ": " + rationale())
        + (evidence().isEmpty() ? "" : evidence().stream().map(Object::toString)
            .collect(Collectors.joining("; ", " [", "]")));
  }
}
