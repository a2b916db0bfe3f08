package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where an error at the end of input points, by how the source came: CPython 3.13's string
 * tokenizer (compile(), imports) stands after the last line, its file tokenizer (the main
 * script) at column 0. Expected values are CPython's ({@code import m} of a file holding
 * the source, {@code compile(src, "<s>", "exec")}).
 */
class EndOfInputErrorTest {
  private static SyntaxErrorException imported(String src) {
    return catchThrowableOfType(SyntaxErrorException.class, () -> Parser.parseImported(
        src.getBytes(StandardCharsets.UTF_8), "m.py", WarningListener.IGNORE));
  }

  private static SyntaxErrorException script(String src) {
    return catchThrowableOfType(SyntaxErrorException.class, () -> Parser.parseModule(
        src.getBytes(StandardCharsets.UTF_8), "m.py", WarningListener.IGNORE));
  }

  @Test
  void importedModuleErrorsStandAfterTheLastLine() {
    SyntaxErrorException e = imported("while x:\n");
    assertThat(e.lineno()).isEqualTo(1);
    assertThat(e.offset()).isEqualTo(9);
    assertThat(e.endOffset()).isEqualTo(-1);
    SyntaxErrorException t = imported("try:\n    pass\n");
    assertThat(t.getMessage()).contains("expected 'except' or 'finally' block");
    assertThat(t.lineno()).isEqualTo(2);
    assertThat(t.offset()).isEqualTo(9);
    assertThat(t.endOffset()).isEqualTo(-1);
  }

  @Test
  void aLastLineWithoutNewlineCountsTheImplicitOne() {
    SyntaxErrorException t = imported("try:\n    pass");
    assertThat(t.lineno()).isEqualTo(2);
    assertThat(t.offset()).isEqualTo(9);
  }

  @Test
  void theMainScriptsErrorsStayAtColumnZero() {
    SyntaxErrorException e = script("while x:\n");
    assertThat(e.lineno()).isEqualTo(1);
    assertThat(e.offset()).isEqualTo(0);
    SyntaxErrorException t = script("try:\n    pass\n");
    assertThat(t.lineno()).isEqualTo(2);
    assertThat(t.offset()).isEqualTo(0);
  }
}
