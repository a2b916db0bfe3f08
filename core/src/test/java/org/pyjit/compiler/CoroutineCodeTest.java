package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.ExceptionTable;
import org.pyjit.bytecode.Opcode;

/**
 * What the code generator emits for coroutines: their flags, the send loop of await (whose
 * YIELD_VALUE 1 lets throw() find the delegate), and the handler depth of an async
 * comprehension's loop, resolved at build time from what lies under it on the stack.
 */
class CoroutineCodeTest {
  private static CodeObject function(String src, String name) {
    return PeepholeOptimizerTest.function(src, name);
  }

  /** The depth of the handler whose target is the (only) END_ASYNC_FOR. */
  private static int endAsyncForDepth(CodeObject co) {
    ExceptionTable t = co.exceptionTable;
    for (int e = 0; e < t.size(); e++) {
      if (PeepholeOptimizerTest.op(co, t.target(e)) == Opcode.END_ASYNC_FOR) {
        return t.depth(e);
      }
    }
    throw new AssertionError("no END_ASYNC_FOR handler");
  }

  @Test
  void flagsTellCoroutinesFromAsyncGenerators() {
    String src = "async def c():\n    await x\nasync def g():\n    yield 1\n";
    assertThat(function(src, "c").has(CodeObject.CO_COROUTINE)).isTrue();
    assertThat(function(src, "c").has(CodeObject.CO_GENERATOR)).isFalse();
    assertThat(function(src, "g").has(CodeObject.CO_ASYNC_GENERATOR)).isTrue();
  }

  @Test
  void awaitIsASendLoopWhoseYieldHasArgumentOne() {
    CodeObject co = function("async def c(x):\n    return await x\n", "c");
    boolean found = false;
    for (int i = 0; i + 2 < co.code.length; i++) {
      if (PeepholeOptimizerTest.op(co, i) == Opcode.GET_AWAITABLE) {
        assertThat(PeepholeOptimizerTest.op(co, i + 2)).isEqualTo(Opcode.SEND);
        assertThat(PeepholeOptimizerTest.op(co, i + 3)).isEqualTo(Opcode.YIELD_VALUE);
        assertThat(PeepholeOptimizerTest.arg(co, i + 3)).isEqualTo(1);
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void asyncComprehensionHandlerKeepsWhatLiesUnderIt() {
    // alone: the saved x, the list and the async iterator
    CodeObject alone = function("async def c(a):\n    return [x async for x in a]\n", "c");
    assertThat(endAsyncForDepth(alone)).isEqualTo(3);
    // as a call's second argument: the callable, NULL and the first argument under it too
    CodeObject inCall = function(
        "async def c(a):\n    return f(1, [x async for x in a])\n", "c");
    assertThat(endAsyncForDepth(inCall)).isEqualTo(6);
  }
}
