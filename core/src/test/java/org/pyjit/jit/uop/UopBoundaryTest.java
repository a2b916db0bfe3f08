package org.pyjit.jit.uop;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every arithmetic, comparison, conversion and math uop, range iteration and list indexing
 * at its guard boundaries, against the results CPython 3.13 computed
 * (resources/uops/boundaries.tsv, written by regen.py there). An exit must leave the
 * output slot (and list storage) untouched.
 */
public class UopBoundaryTest {
  private static final long SENTINEL = 0x5a5a5a5a5a5a5a5aL;

  private static List<String[]> rows() throws IOException {
    try (InputStream in = UopBoundaryTest.class.getResourceAsStream("/uops/boundaries.tsv")) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    }
  }

  private static long value(String s) {
    return s.startsWith("f") ? Long.parseUnsignedLong(s.substring(1), 16) : Long.parseLong(s);
  }

  @Test
  void singleUopsMatchCPython() throws IOException {
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (String[] row : rows()) {
      Uop uop = Uop.byName(row[0]);
      if (uop == null) {
        continue;
      }
      boolean binary = !row[2].equals("-");
      List<Long> args = new ArrayList<>(List.of(0L, 1L));
      if (binary) {
        args.add(2L);
      }
      if (uop.mayExit()) {
        args.add(0L);
      }
      assertThat(args).as(uop.signature()).hasSize(uop.arity());
      Trace t = new Trace("one", 0, 3, List.of(
          UopInstruction.of(uop, args.stream().mapToLong(Long::longValue).toArray()),
          UopInstruction.of(Uop.EXIT, 1)), List.of(ExitInfo.unknown(), ExitInfo.unknown()));
      long[] frame = {SENTINEL, value(row[1]), binary ? value(row[2]) : 0};
      long[] before = frame.clone();
      int exit = UopInterpreter.run(t, frame, TraceState.create(), ExitTable.create(2));
      String expected = row[3];
      String got;
      if (exit == 0) {
        got = "exit";
        assertThat(frame).as("an exit changes nothing: %s", String.join(" ", row)).isEqualTo(before);
      } else if (expected.equals("nan")) {
        got = Double.isNaN(Double.longBitsToDouble(frame[0])) ? "nan" : Long.toHexString(frame[0]);
      } else if (expected.startsWith("f")) {
        got = String.format("f%016x", frame[0]);
      } else {
        got = Long.toString(frame[0]);
      }
      if (!got.equals(expected)) {
        failures.add(String.join(" ", row) + " but got " + got);
      }
      checked++;
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(20000);
  }

  private static final String RANGE_TRACE = """
      trace range slots=8
      exit e0
      exit e1
      exit e2
          LOAD_CONST_INT s7, 1
          LOAD_CONST_INT s4, 0
          FOR_ITER_RANGE s3, s0, done
          COPY s5, s3
          COPY s6, s3
          BINARY_OP_ADD_INT s4, s4, s7, e0
      top:
          FOR_ITER_RANGE s3, s0, done
          COPY s6, s3
          BINARY_OP_ADD_INT s4, s4, s7, e0
          JUMP_BACKWARD top, e1
      done:
          EXIT e2
      """;

  /** The same loop rotated: the back edge fused with the iteration jumps back to the body. */
  public static final String ROTATED_RANGE_TRACE = """
      trace range_rotated slots=8
      exit e0
      exit e1
      exit e2
          LOAD_CONST_INT s7, 1
          LOAD_CONST_INT s4, 0
          FOR_ITER_RANGE s3, s0, done
          COPY s5, s3
      body:
          COPY s6, s3
          BINARY_OP_ADD_INT s4, s4, s7, e0
          JUMP_BACKWARD_RANGE s3, s0, body, e1
      done:
          EXIT e2
      """;

  @Test
  void rangeIterationMatchesCPython() throws IOException {
    rangeIterationMatchesCPython(RANGE_TRACE);
    rangeIterationMatchesCPython(ROTATED_RANGE_TRACE);
  }

  /** The rotated loop unrolled (groups of 2, 3 and 16): the same values as CPython's. */
  @Test
  void unrolledRangeIterationMatchesCPython() throws IOException {
    Trace rotated = TraceParser.parse(ROTATED_RANGE_TRACE);
    for (int copies : new int[] {2, 3, RangeLoopUnroller.MAX_COPIES}) {
      Trace unrolled = RangeLoopUnroller.unroll(rotated, copies, RangeLoopUnroller.MAX_BODY);
      assertThat(unrolled.code()).filteredOn(in -> in.uop() == Uop.ITER_NEXT_RANGE).hasSize(copies - 1);
      rangeIterationMatchesCPython(unrolled);
    }
  }

  private static void rangeIterationMatchesCPython(String text) throws IOException {
    rangeIterationMatchesCPython(TraceParser.parse(text));
  }

  private static void rangeIterationMatchesCPython(Trace t) throws IOException {
    int checked = 0;
    for (String[] row : rows()) {
      if (!row[0].equals("RANGE")) {
        continue;
      }
      long[] frame = {value(row[1]), value(row[2]), value(row[3]), 0, 0, 0, 0, 0};
      TraceState state = TraceState.create();
      state.setBudget(1000);
      int exit = UopInterpreter.run(t, frame, state, ExitTable.create(3));
      assertThat(exit).as(String.join(" ", row)).isEqualTo(2);
      long count = value(row[4]);
      assertThat(frame[4]).as("count of %s", String.join(" ", row)).isEqualTo(count);
      if (count > 0) {
        assertThat(frame[5]).as("first of %s", String.join(" ", row)).isEqualTo(value(row[5]));
        assertThat(frame[6]).as("last of %s", String.join(" ", row)).isEqualTo(value(row[6]));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void listLoadAndStoreMatchCPythonIndexing() throws IOException {
    Trace load = TraceParser.parse("""
        trace load slots=4
        exit e0
        exit e1
            BINARY_SUBSCR_LIST_INT s0, s1, s3, e0
            EXIT e1
        """);
    Trace store = TraceParser.parse("""
        trace store slots=4
        exit e0
        exit e1
            STORE_SUBSCR_LIST_INT s0, s1, s3, e0
            EXIT e1
        """);
    Trace len = TraceParser.parse("""
        trace len slots=4
        exit e0
            LIST_LEN s0, s1
            EXIT e0
        """);
    int checked = 0;
    try (Arena arena = Arena.ofConfined()) {
      for (String[] row : rows()) {
        if (!row[0].equals("LIST")) {
          continue;
        }
        int n = Integer.parseInt(row[1]);
        long index = value(row[2]);
        MemorySegment storage = arena.allocate(8L * Math.max(n, 1), 8);
        for (int k = 0; k < n; k++) {
          storage.setAtIndex(JAVA_LONG, k, 100 + k);
        }
        long[] frame = {SENTINEL, storage.address(), n, index};
        int exit = UopInterpreter.run(load, frame, TraceState.create(), ExitTable.create(2));
        if (row[3].equals("exit")) {
          assertThat(exit).as(String.join(" ", row)).isZero();
          assertThat(frame[0]).isEqualTo(SENTINEL);
        } else {
          assertThat(exit).as(String.join(" ", row)).isEqualTo(1);
          assertThat(frame[0]).as(String.join(" ", row)).isEqualTo(value(row[3]));
        }
        frame[0] = 999;
        exit = UopInterpreter.run(store, frame, TraceState.create(), ExitTable.create(2));
        long[] contents = new long[n];
        for (int k = 0; k < n; k++) {
          contents[k] = storage.getAtIndex(JAVA_LONG, k);
        }
        long[] expected = new long[n];
        for (int k = 0; k < n; k++) {
          expected[k] = 100 + k;
        }
        if (!row[3].equals("exit")) {
          expected[(int) (value(row[3]) - 100)] = 999;
        }
        assertThat(exit).isEqualTo(row[3].equals("exit") ? 0 : 1);
        assertThat(contents).as(String.join(" ", row)).isEqualTo(expected);
        UopInterpreter.run(len, frame, TraceState.create(), ExitTable.create(1));
        assertThat(frame[0]).isEqualTo(n);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }
}
