package org.ctnat.core.instrument;

import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A note recorded with an instrument: a reconstruction of text the source lost, an editorial
 * decision, or an adaptation made for a country. The standard instrument lists every place
 * where it is not a verbatim copy of the 2016 tool.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstrumentNote {

  InstrumentNote() {}

  /**
   * The note's id, e.g. {@code N3}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The note.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * A note.
   *
   * @param id the id
   * @param text the text
   * @return the note
   */
  public static InstrumentNote of(String id, String text) {
    return ImmutableInstrumentNote.builder().id(id).text(text).build();
  }

  @Value.Check
  void check() {
    Checks.matches("note id", id(), Checks.ID);
    Checks.argument(!text().isBlank(), "note " + id() + ": text must not be blank");
  }

  @Override
  public String toString() {
    return id() + ": " + text();
  }
}
