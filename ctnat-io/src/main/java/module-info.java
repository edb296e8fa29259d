/**
 * Reading and writing CT-NAT artifacts in the project's own JSON and YAML formats, and the
 * standard 2016 instrument as data ({@link org.ctnat.io.Instruments#ctnat2016()}).
 */
module org.ctnat.io {
  requires transitive org.ctnat.core;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports org.ctnat.io;
  exports org.ctnat.io.odk;
  exports org.ctnat.io.report;

  opens org.ctnat.io.instrument;
  opens org.ctnat.io.schema;
}
