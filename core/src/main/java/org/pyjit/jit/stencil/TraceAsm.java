package org.pyjit.jit.stencil;

import java.util.Arrays;
import java.util.Map;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TracePrinter;
import org.pyjit.jit.x64.Disassembly;

/**
 * The machine code of a trace as the stencils make it, for {@code pyjit --dump asm}: emitted
 * for a nominal address (nothing is installed or run), disassembled (objdump when installed,
 * hex otherwise) with a comment line where the shim, each uop and each exit stub begins, then
 * the read-only data and GOT as hex.
 */
public final class TraceAsm {
  /** Where the dump pretends the code and the exit table are. */
  static final long CODE_AT = 0x10_0000L;
  static final long EXITS_AT = 0x20_0000L;

  private TraceAsm() {}

  /** Emits the trace for a nominal address (nothing installed) and dumps it. */
  public static String dump(Trace parsed) {
    Trace trace = NativeTrace.prepare(parsed);
    TraceEmitter.Layout layout = TraceEmitter.layout(StencilTable.x86_64Linux(), NativeTrace.ops(trace), EXITS_AT, trace.id());
    return dump(trace, layout.link(CODE_AT), layout, CODE_AT, EXITS_AT);
  }

  /** Dumps {@code bytes}, laid out as {@code layout} says, loaded at {@code address}. */
  static String dump(Trace trace, byte[] bytes, TraceEmitter.Layout layout, long address, long exitsAt) {
    String text = Disassembly.of(Arrays.copyOf(bytes, layout.codeEnd()), address,
        trace.name() + " (" + trace.size() + " uops, exit table at 0x" + Long.toHexString(exitsAt) + ")");
    Map<Integer, String> marks = new java.util.HashMap<>();
    for (Map.Entry<Integer, String> m : layout.marks()) {
      String label = m.getValue();
      int colon = label.indexOf(':');
      if (colon > 0 && Character.isDigit(label.charAt(0))) {
        int i = Integer.parseInt(label.substring(0, colon));
        label = i + ": " + TracePrinter.instruction(trace.get(i), trace.labels()).strip();
      }
      marks.merge(m.getKey(), label, (a, b) -> a + "; " + b);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Integer offset = offsetOf(line, address);
      if (offset != null && marks.containsKey(offset)) {
        sb.append("                  ; ").append(marks.remove(offset)).append('\n');
      }
      sb.append(line).append('\n');
    }
    while (sb.length() > 1 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n') {
      sb.setLength(sb.length() - 1);
    }
    if (layout.size() > layout.codeEnd()) {
      sb.append("read-only data and GOT:\n");
      for (int off = layout.codeEnd(); off < bytes.length; off += 16) {
        sb.append(String.format("%16x:", address + off));
        for (int i = off; i < Math.min(off + 16, bytes.length); i++) {
          sb.append(String.format(" %02x", bytes[i] & 0xFF));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** The code offset an objdump line (" 100000:\t...") or hex line ("0000000000100000 +0000:") starts at. */
  private static Integer offsetOf(String line, long address) {
    String s = line.strip();
    int colon = s.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String head = s.substring(0, colon);
    int space = head.indexOf(' ');
    if (space > 0) {
      head = head.substring(0, space);
    }
    try {
      long a = Long.parseUnsignedLong(head, 16);
      return a >= address && a - address < Integer.MAX_VALUE ? (int) (a - address) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
