package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Disassembler;
import org.pyjit.compiler.CodeGen;

/**
 * When lines typed at the prompt make a statement. The answers are those of CPython 3.13's
 * classic REPL for the same lines (tests/repl has the whole sessions, with CPython's output).
 */
class InteractiveInputTest {
  private static InteractiveInput.Result classify(String... lines) {
    return InteractiveInput.classify(List.of(lines), "<stdin>");
  }

  private static void incomplete(String... lines) {
    assertThat(classify(lines)).as(String.join("|", lines))
        .isInstanceOf(InteractiveInput.Incomplete.class);
  }

  private static void complete(String... lines) {
    assertThat(classify(lines)).as(String.join("|", lines))
        .isInstanceOf(InteractiveInput.Complete.class);
  }

  private static SyntaxErrorException invalid(String... lines) {
    InteractiveInput.Result r = classify(lines);
    assertThat(r).as(String.join("|", lines)).isInstanceOf(InteractiveInput.Invalid.class);
    return ((InteractiveInput.Invalid) r).error();
  }

  @Test
  void simpleStatementsEndWithTheirLine() {
    complete("1 + 1");
    complete("x = 1; y = 2");
    complete("");
    complete("   ");
    complete("# only a comment");
  }

  @Test
  void openBracketsStringsAndBackslashesContinue() {
    incomplete("(1,");
    incomplete("(1,", "");
    complete("(1,", "", "2)");
    incomplete("s = \"\"\"one");
    incomplete("s = \"\"\"one", "");
    incomplete("x = 1 + \\");
    incomplete("f\"{1 +");
  }

  @Test
  void compoundStatementsEndAtAnEmptyLine() {
    incomplete("if x:");
    incomplete("if x:", "    y");
    incomplete("if x: pass");
    incomplete("if x:", "    y", "   ");
    incomplete("if x:", "    y", "else:");
    complete("if x:", "    y", "");
    incomplete("@decorator");
    incomplete("try:", "    pass");
    incomplete("class A:", "    # comment");
  }

  @Test
  void errorsAreReportedAsSoonAsCPythonSeesThem() {
    assertThat(invalid("1 +").msg()).isEqualTo("invalid syntax");
    assertThat(invalid("'abc").msg()).startsWith("unterminated string literal");
    SyntaxErrorException empty = invalid("if x:", "");
    assertThat(empty.msg()).isEqualTo("expected an indented block after 'if' statement on line 1");
    assertThat(empty.lineno()).isEqualTo(2);
    SyntaxErrorException after = invalid("if x:", "    y", "f()");
    assertThat(after.msg()).isEqualTo("invalid syntax");
    assertThat(after.lineno()).isEqualTo(3);
    assertThat(invalid("(1 2").msg()).isEqualTo("invalid syntax. Perhaps you forgot a comma?");
    incomplete("(1 not");
  }

  @Test
  void singleModeDisplaysModuleLevelExpressionsOnly() {
    var c = (InteractiveInput.Complete) classify("def f():", "    1", "");
    String inFunction = Disassembler.disassemble(
        CodeGen.compileInteractive(c.tree(), "<stdin>", c.source()));
    assertThat(inFunction).doesNotContain("CALL_INTRINSIC_1");
    var loop = (InteractiveInput.Complete) classify("for i in x: i", "");
    assertThat(Disassembler.disassemble(
        CodeGen.compileInteractive(loop.tree(), "<stdin>", loop.source())))
        .contains("CALL_INTRINSIC_1");
    var s = (InteractiveInput.Complete) classify("2 * 3");
    assertThat(Disassembler.disassemble(
        CodeGen.compileInteractive(s.tree(), "<stdin>", s.source())))
        .contains("CALL_INTRINSIC_1");
  }
}
