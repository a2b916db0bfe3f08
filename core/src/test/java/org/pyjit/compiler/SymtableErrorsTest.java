package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * The SyntaxErrors of the symbol table pass against CPython 3.13 (symtable/errors.tsv, made
 * by regen.py): each snippet whose error CPython raises in its future or symbol table pass
 * must raise the same error here (message, line, offset, end line, end offset, text), and
 * each snippet CPython accepts there (the code generator may still reject it) must build.
 */
class SymtableErrorsTest {
  @Test
  void errorsMatchCPython() {
    Mismatches m = new Mismatches();
    int errors = 0;
    for (String[] row : Tsv.rows("/symtable/errors.tsv")) {
      String name = row[0];
      String stage = row[1];
      String source = Tsv.text(row[9]);
      Mod.Module mod = Parser.parseModule(source, "case.py");
      String got;
      try {
        Symtable.build(mod, "case.py", source);
        got = "no error";
      } catch (SyntaxErrorException e) {
        got = String.join("|", e.kind().pyName, Tsv.enc(e.msg()), String.valueOf(e.lineno()),
            String.valueOf(e.offset()), String.valueOf(e.endLineno()),
            e.endOffset() == 0 ? "None" : String.valueOf(e.endOffset()),
            e.text() == null ? "" : Tsv.enc(e.text()));
      }
      String want = stage.equals("symtable") ? String.join("|", Arrays.copyOfRange(row, 2, 9))
          : "no error";
      if (stage.equals("symtable")) {
        errors++;
      }
      m.check(got.equals(want), name + " (" + stage + "): got " + got + ", CPython " + want);
    }
    assertThat(errors).isGreaterThan(80);
    assertThat(m.report()).isEmpty();
  }
}
