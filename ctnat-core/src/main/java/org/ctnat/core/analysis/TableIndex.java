package org.ctnat.core.analysis;

import java.util.List;

/** Index checks shared by the tables of counts, with messages that name the table and value. */
final class TableIndex {

  private TableIndex() {}

  static void check(String table, String what, int index, int size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(table + ": need 0 <= " + what + " < " + size + ", but " + what
          + " was " + index);
    }
  }

  static int of(String table, String what, List<String> labels, String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(table + " has no " + what + " '" + label + "'; its " + what + "s are "
          + labels);
    }
    return i;
  }
}
