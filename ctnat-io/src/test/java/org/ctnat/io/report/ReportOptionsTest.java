package org.ctnat.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ctnat.core.analysis.DisclosureControl;
import org.ctnat.core.analysis.IntervalMethod;
import org.junit.jupiter.api.Test;

/** Report options: safe defaults, an explicit draft, and clear errors. */
class ReportOptionsTest {

  @Test
  void defaultsArePublishable() {
    ReportOptions defaults = ReportOptions.defaults();
    assertTrue(defaults.disclosureControl());
    assertEquals(5, defaults.k());
    assertEquals(DisclosureControl.ZeroCells.NOT_SENSITIVE, defaults.zeroCells());
    assertEquals(IntervalMethod.WILSON, defaults.intervalMethod());
    assertEquals(0.95, defaults.level());
    assertEquals(Optional.empty(), defaults.language());
    assertTrue(defaults.freeText());
  }

  @Test
  void anInternalDraftOnlyTurnsDisclosureControlOff() {
    ReportOptions draft = ReportOptions.internalDraft();
    assertFalse(draft.disclosureControl());
    assertEquals(ReportOptions.defaults(), draft.toBuilder().disclosureControl(true).build());
    assertTrue(draft.toString().contains("INTERNAL DRAFT"));
  }

  @Test
  void aKBelowTwoIsRefusedWithTheWayOut() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().k(1));
    assertTrue(e.getMessage().contains("turn disclosure control off"), e.getMessage());
    assertTrue(e.getMessage().contains("was 1"), e.getMessage());
  }

  @Test
  void otherBadValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().level(1.0));
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().language("not a tag!"));
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().title("  "));
    assertThrows(NullPointerException.class, () -> ReportOptions.builder().intervalMethod(null));
  }

  @Test
  void toBuilderRoundTrips() {
    ReportOptions options = ReportOptions.builder().k(7).zeroCells(DisclosureControl.ZeroCells.SENSITIVE)
        .intervalMethod(IntervalMethod.JEFFREYS).level(0.9).language("ru").title("Report").freeText(false).build();
    assertEquals(options, options.toBuilder().build());
    assertEquals(options.hashCode(), options.toBuilder().build().hashCode());
  }
}
