/**
 * The CT-NAT SDK core: the domain model of the Counter-trafficking Needs Assessment Tool and
 * pure functions over it. No files, formats, clock or console.
 */
module org.ctnat.core {
  requires static org.immutables.value.annotations;
  requires org.apache.commons.statistics.interval;

  exports org.ctnat.core.framework;
  exports org.ctnat.core.questionbank;
  exports org.ctnat.core.instrument;
  exports org.ctnat.core.response;
  exports org.ctnat.core.assessment;
  exports org.ctnat.core.analysis;
}
