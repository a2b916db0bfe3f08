package org.pyjit.jit.uop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a trace in the text form of docs/internals/tier2.md, which {@link TraceParser}
 * reads back to an equal trace. Targets without a label get {@code L<position>}.
 */
public final class TracePrinter {
  private TracePrinter() {}

  public static String print(Trace t) {
    Map<Integer, List<String>> labels = new TreeMap<>(t.labels());
    for (UopInstruction in : t.code()) {
      int target = in.target();
      if (target >= 0 && !labels.containsKey(target)) {
        labels.put(target, List.of("L" + target));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("trace ").append(t.name()).append(" slots=").append(t.slotCount());
    if (t.id() != 0) {
      sb.append(" id=").append(t.id());
    }
    sb.append('\n');
    for (int e = 0; e < t.exits().size(); e++) {
      ExitInfo info = t.exits().get(e);
      sb.append("exit e").append(e);
      if (info.resumeIndex() >= 0) {
        sb.append(" @").append(info.resumeIndex());
      }
      for (LiveValue v : info.live()) {
        sb.append(' ').append(v.name()).append("=s").append(v.slot()).append(':')
            .append(v.kind().text());
      }
      sb.append('\n');
    }
    for (int pc = 0; pc <= t.size(); pc++) {
      for (String label : labels.getOrDefault(pc, List.of())) {
        sb.append(label).append(":\n");
      }
      if (pc < t.size()) {
        sb.append("    ").append(instruction(t.get(pc), labels)).append('\n');
      }
    }
    return sb.toString();
  }

  /** One uop line (without indentation); targets are written with the given labels. */
  public static String instruction(UopInstruction in, Map<Integer, List<String>> labels) {
    Uop uop = in.uop();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < uop.arity(); i++) {
      Operand op = uop.operands().get(i);
      long a = in.arg(i);
      parts.add(switch (op.role()) {
        case IN, OUT, INOUT -> "s" + a;
        case IMM -> op.kind() == ValueKind.F64 ? formatDouble(Double.longBitsToDouble(a))
            : Long.toString(a);
        case TARGET -> labels.containsKey((int) a) ? labels.get((int) a).getFirst() : "L" + a;
        case EXIT -> "e" + a;
      });
    }
    return parts.isEmpty() ? uop.name() : uop.name() + " " + String.join(", ", parts);
  }

  /** A float literal the parser reads back to the same double (NaN as {@code nan}). */
  public static String formatDouble(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return Double.toString(d);
  }
}
