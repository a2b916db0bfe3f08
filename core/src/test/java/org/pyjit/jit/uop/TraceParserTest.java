package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceParserTest {
  static final String SQUARES = Traces.source("squares");

  @Test
  void parsesTheDocumentedExample() {
    Trace t = TraceParser.parse(SQUARES);
    assertThat(t.name()).isEqualTo("squares");
    assertThat(t.id()).isEqualTo(1);
    assertThat(t.slotCount()).isEqualTo(6);
    assertThat(t.code()).containsExactly(
        UopInstruction.of(Uop.FOR_ITER_RANGE, 4, 1, 4),
        UopInstruction.of(Uop.BINARY_OP_MULTIPLY_INT, 5, 4, 4, 0),
        UopInstruction.of(Uop.BINARY_OP_ADD_INT, 0, 0, 5, 0),
        UopInstruction.of(Uop.JUMP_BACKWARD, 0, 2),
        UopInstruction.of(Uop.EXIT, 1));
    assertThat(t.exits().get(0)).isEqualTo(new ExitInfo(14, List.of(
        new LiveValue("total", 0, ValueKind.I64), new LiveValue("i", 4, ValueKind.I64),
        new LiveValue("it", 1, ValueKind.RANGE))));
    assertThat(t.exits().get(1).resumeIndex()).isEqualTo(22);
    assertThat(t.exitLinkable(1)).isTrue();
    assertThat(t.exitLinkable(0)).isFalse();
    assertThat(t.exitLinkable(2)).isFalse();
  }

  @Test
  void printsWhatItParses() {
    Trace t = TraceParser.parse(SQUARES);
    String printed = TracePrinter.print(t);
    assertThat(printed).isEqualTo("""
        trace squares slots=6 id=1
        exit e0 @14 total=s0:i64 i=s4:i64 it=s1:range
        exit e1 @22 total=s0:i64
        exit e2 @8 total=s0:i64 it=s1:range
        top:
            FOR_ITER_RANGE s4, s1, done
            BINARY_OP_MULTIPLY_INT s5, s4, s4, e0
            BINARY_OP_ADD_INT s0, s0, s5, e0
            JUMP_BACKWARD top, e2
        done:
            EXIT e1
        """);
    assertThat(TracePrinter.print(TraceParser.parse(printed))).isEqualTo(printed);
  }

  @Test
  void immediatesRoundTrip() {
    String text = """
        trace k slots=2
        exit e0
            LOAD_CONST_INT s0, -9223372036854775808
            LOAD_CONST_INT s1, 0x7fffffffffffffff
            LOAD_CONST_FLOAT s0, -0.0
            LOAD_CONST_FLOAT s0, inf
            LOAD_CONST_FLOAT s0, nan
            LOAD_CONST_FLOAT s0, 1.0E300
            LOAD_CONST_FLOAT s0, 4.9E-324
            EXIT e0
        """;
    Trace t = TraceParser.parse(text);
    assertThat(t.get(0).arg(1)).isEqualTo(Long.MIN_VALUE);
    assertThat(t.get(1).arg(1)).isEqualTo(Long.MAX_VALUE);
    assertThat(t.get(2).arg(1)).isEqualTo(Long.MIN_VALUE);
    assertThat(t.get(3).arg(1)).isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
    assertThat(Double.isNaN(Double.longBitsToDouble(t.get(4).arg(1)))).isTrue();
    assertThat(Double.longBitsToDouble(t.get(5).arg(1))).isEqualTo(1e300);
    assertThat(t.get(6).arg(1)).isEqualTo(1L);
    Trace again = TraceParser.parse(TracePrinter.print(t));
    assertThat(again.code()).isEqualTo(t.code());
  }

  @Test
  void programmaticTargetsGetPositionLabels() {
    Trace t = new Trace("p", 0, 1, List.of(
        UopInstruction.of(Uop.LOAD_CONST_INT, 0, 5),
        UopInstruction.of(Uop.JUMP_BACKWARD, 0, 0)), List.of(ExitInfo.unknown()));
    assertThat(TracePrinter.print(t)).isEqualTo("""
        trace p slots=1
        exit e0
        L0:
            LOAD_CONST_INT s0, 5
            JUMP_BACKWARD L0, e0
        """);
  }

  private static void rejects(String body, String message) {
    assertThatThrownBy(() -> TraceParser.parse(body))
        .isInstanceOf(InvalidTraceException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsBrokenTraces() {
    rejects("", "empty trace");
    rejects("traces x slots=1\n", "line 1: expected 'trace NAME");
    rejects("trace x slots=1\nexit e0\n  FROB s0\n  EXIT e0\n", "line 3: unknown uop 'FROB'");
    rejects("trace x slots=1\nexit e0\n  COPY s0\n  EXIT e0\n", "line 3: COPY takes 2 operands");
    rejects("trace x slots=1\nexit e0\n  COPY s0, 7\n  EXIT e0\n", "operand a must be a slot");
    rejects("trace x slots=1\nexit e0\n  EXIT e1\n", "line 3: uop 0 (EXIT): exit e1 is not declared");
    rejects("trace x slots=1\nexit e1\n", "expected e0");
    rejects("trace x slots=2\nexit e0\n  COPY s0, s2\n  EXIT e0\n",
        "line 3: uop 0 (COPY) operand a: slot s2 is outside the frame of 2 slots");
    rejects("trace x slots=4\nexit e0\nt:\n  FOR_ITER_RANGE s0, s2, t\n  EXIT e0\n",
        "slot s2 (3 slots) is outside the frame");
    rejects("trace x slots=4\nexit e0\nt:\n  FOR_ITER_RANGE s2, s1, t\n  EXIT e0\n",
        "must not overlap the range");
    rejects("trace x slots=1\nexit e0\n  COPY s0, s0\n", "control falls off the end");
    rejects("trace x slots=1\nexit e0\n  JUMP_BACKWARD t, e0\nt:\n  EXIT e0\n",
        "JUMP_BACKWARD must jump backwards");
    rejects("trace x slots=1\nexit e0\n  JUMP t\n  EXIT e0\nt:\n", "is after the last uop");
    rejects("trace x slots=1\nexit e0\n  JUMP nowhere\n", "unknown label 'nowhere'");
    rejects("trace x slots=1\nexit e0\n  LOAD_CONST_FLOAT s0, 1.5x\n  EXIT e0\n",
        "expected a float literal");
    rejects("trace x slots=1\nexit e0\n  LOAD_CONST_INT s0, 9223372036854775808\n  EXIT e0\n",
        "expected a 64-bit integer");
    rejects("trace x slots=1\nexit e0 v=s1:i64\n  EXIT e0\n", "exit e0 value v: slot s1");
    rejects("trace x slots=1\nexit e0 v=s0:int\n  EXIT e0\n", "unknown value kind 'int'");
  }
}
