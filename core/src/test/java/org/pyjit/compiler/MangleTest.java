package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/** {@link Symtable#mangle} against the names CPython 3.13 stores (symtable/mangle.tsv). */
class MangleTest {
  @Test
  void mangleMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows("/symtable/mangle.tsv")) {
      String got = Symtable.mangle(row[0], row[1]);
      m.check(got.equals(row[2]), row[0] + "." + row[1] + ": got " + got + ", CPython " + row[2]);
    }
    assertThat(m.checked()).isGreaterThan(15);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void noClassNoMangling() {
    assertThat(Symtable.mangle(null, "__x")).isEqualTo("__x");
  }
}
