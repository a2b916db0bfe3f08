package org.pyjit.jit.stencil;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TracePrinter;
import org.pyjit.jit.uop.UopInstruction;
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

  public static String dump(Trace trace) {
    List<NativeOp> ops = new java.util.ArrayList<>();
    for (UopInstruction in : trace.code()) {
      ops.add(NativeOp.of(in.uop(), in.args()));
    }
    TraceEmitter.Layout layout = TraceEmitter.layout(StencilTable.x86_64Linux(), ops, EXITS_AT, trace.id());
    byte[] bytes = layout.link(CODE_AT);
    String text = Disassembly.of(Arrays.copyOf(bytes, layout.codeEnd()), CODE_AT,
        trace.name() + " (" + trace.size() + " uops, exit table at 0x" + Long.toHexString(EXITS_AT) + ")");
    Map<Integer, String> marks = new java.util.HashMap<>();
    for (Map.Entry<Integer, String> m : layout.marks()) {
      String label = m.getValue();
      int colon = label.indexOf(':');
      if (colon > 0 && !label.startsWith("exit")) {
        int i = Integer.parseInt(label.substring(0, colon));
        label = i + ": " + TracePrinter.instruction(trace.get(i), trace.labels()).strip();
      }
      marks.merge(m.getKey(), label, (a, b) -> a + "; " + b);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Integer offset = offsetOf(line);
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
        sb.append(String.format("%16x:", CODE_AT + off));
        for (int i = off; i < Math.min(off + 16, bytes.length); i++) {
          sb.append(String.format(" %02x", bytes[i] & 0xFF));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** The code offset an objdump line (" 100000:\t...") or hex line ("0000000000100000 +0000:") starts at. */
  private static Integer offsetOf(String line) {
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
      return a >= CODE_AT && a - CODE_AT < Integer.MAX_VALUE ? (int) (a - CODE_AT) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
