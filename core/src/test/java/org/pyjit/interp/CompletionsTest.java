package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.PyDict;

/**
 * Tab completion against what CPython 3.13's rlcompleter answers for the same namespace
 * (class A with meth, val and _priv; alpha = 1). rlcompleter also adds ")" for callables
 * without parameters and the metaclass's members (A.mro); pyjit does not (yet).
 */
class CompletionsTest {
  private static final PyDict GLOBALS = InteractiveConsole.mainGlobals();

  @BeforeAll
  static void define() {
    String src = """
        class A:
            def meth(self): pass
            val = 1
            _priv = 2
        alpha = 1
        """;
    Interpreter.runModule(CodeGen.compileModule(Parser.parseModule(src, "<t>"), "<t>"),
        GLOBALS);
  }

  @Test
  void keywordsGetWhatFollowsThem() {
    assertThat(Completions.of("wh", GLOBALS)).containsExactly("while ");
    assertThat(Completions.of("tr", GLOBALS)).containsExactly("try:");
    assertThat(Completions.of("fin", GLOBALS)).containsExactly("finally:");
    assertThat(Completions.of("Tr", GLOBALS)).containsExactly("True");
    assertThat(Completions.of("ma", GLOBALS)).contains("match ", "max(", "map(");
  }

  @Test
  void namesOfTheSessionAndBuiltins() {
    assertThat(Completions.of("pri", GLOBALS)).containsExactly("print(");
    assertThat(Completions.of("al", GLOBALS)).containsExactly("alpha", "all(");
  }

  @Test
  void attributesHideUnderscoresUnlessAskedFor() {
    assertThat(Completions.of("A.", GLOBALS)).contains("A.meth(", "A.val")
        .noneMatch(s -> s.startsWith("A._"));
    assertThat(Completions.of("A._", GLOBALS)).containsExactly("A._priv");
    assertThat(Completions.of("A.m", GLOBALS)).contains("A.meth(");
    assertThat(Completions.of("nothing.x", GLOBALS)).isEmpty();
    assertThat(Completions.of("A..x", GLOBALS)).isEmpty();
  }
}
