package org.pyjit.jit.uop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The text exchanged with the CPython reference evaluator
 * (resources/uops/random_traces.py): {@link #main} writes the cases of seeds 0..N-1, the
 * evaluator reads them and writes the expected outcome of each, and
 * {@link #outcome} encodes what a run did in the same form. Values are encoded by slot kind:
 * i64 decimal, f64 as 'f' + 16 hex digits of the bits ('nan' for any NaN), bools 0/1,
 * list pointers as 'L'.
 */
public final class RandomTraceCases {
  /** How many seeds the committed expectations cover. */
  public static final int COUNT = 1500;

  private RandomTraceCases() {}

  static String encode(ValueKind kind, long v) {
    return switch (kind) {
      case F64 -> Double.isNaN(Double.longBitsToDouble(v)) ? "nan" : String.format("f%016x", v);
      case LIST -> "L";
      default -> Long.toString(v);
    };
  }

  static String encodeFrame(long[] frame) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < RandomTraces.SLOTS; i++) {
      sb.append(i == 0 ? "" : " ").append(encode(RandomTraces.KINDS[i], frame[i]));
    }
    return sb.toString();
  }

  static String encodeList(long[] list, ValueKind kind) {
    StringBuilder sb = new StringBuilder();
    for (long v : list) {
      sb.append(sb.isEmpty() ? "" : " ").append(encode(kind, v));
    }
    return sb.toString();
  }

  static long crc(String text) {
    CRC32 c = new CRC32();
    c.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return c.getValue();
  }

  /** The case block the evaluator reads. */
  static String caseText(RandomTraces.Case c) {
    return "case " + c.seed() + "\n"
        + "budget " + c.budget() + "\n"
        + "interrupt " + (c.interrupt() ? 1 : 0) + "\n"
        + "frame " + encodeFrame(c.frame()) + "\n"
        + "intlist " + encodeList(c.intList(), ValueKind.I64) + "\n"
        + "floatlist " + encodeList(c.floatList(), ValueKind.F64) + "\n"
        + TracePrinter.print(c.trace())
        + "end\n";
  }

  /** Runs the case in the uop interpreter; the outcome line as the evaluator writes it. */
  static String interpret(RandomTraces.Case c) {
    try (Arena arena = Arena.ofConfined()) {
      long[] frame = c.frame().clone();
      MemorySegment ints = storage(arena, c.intList());
      MemorySegment floats = storage(arena, c.floatList());
      frame[RandomTraces.INT_LIST] = ints.address();
      frame[RandomTraces.FLOAT_LIST] = floats.address();
      TraceState state = TraceState.create();
      state.setBudget(c.budget());
      if (c.interrupt()) {
        state.requestInterrupt();
      }
      int exit = UopInterpreter.run(c.trace(), frame, state, ExitTable.create(c.trace().exits().size()));
      return outcome(c, exit, state.budget(), frame, ints.toArray(JAVA_LONG), floats.toArray(JAVA_LONG));
    }
  }

  static MemorySegment storage(Arena arena, long[] contents) {
    MemorySegment s = arena.allocate(8L * Math.max(1, contents.length), 8);
    MemorySegment.copy(contents, 0, s, JAVA_LONG, 0, contents.length);
    return s.asSlice(0, 8L * contents.length);
  }

  static String outcome(RandomTraces.Case c, int exit, long budget, long[] frame, long[] ints,
      long[] floats) {
    return c.seed() + "\t" + crc(TracePrinter.print(c.trace())) + "\t" + exit + "\t" + budget
        + "\t" + encodeFrame(frame) + "\t" + encodeList(ints, ValueKind.I64) + "\t"
        + encodeList(floats, ValueKind.F64);
  }

  /** Writes the cases of seeds 0..COUNT-1 to the given file. */
  public static void main(String[] args) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int seed = 0; seed < COUNT; seed++) {
      sb.append(caseText(RandomTraces.generate(seed)));
    }
    Files.writeString(Path.of(args[0]), sb.toString());
  }
}
