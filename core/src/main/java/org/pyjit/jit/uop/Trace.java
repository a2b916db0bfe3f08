package org.pyjit.jit.uop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checked trace: uops over a frame of {@link #slotCount()} slots, with an exit table.
 * The constructor enforces every rule of docs/internals/tier2.md ("Traces and their text
 * form"), so whoever runs or compiles a Trace needs no further check: every slot operand
 * (all slots of a range or list) is inside the frame, every target and exit exists, back
 * edges go backwards, and control never falls off the end.
 */
public final class Trace {
  /** Frames are addressed with disp32 byte offsets; this keeps 8 * slot far inside. */
  public static final int MAX_SLOTS = 1 << 20;
  /** The largest count of JUMP_RANGE_GROUP (an unrolled loop's copies). */
  public static final int MAX_GROUP = 64;

  private final String name;
  private final long id;
  private final int slotCount;
  private final List<UopInstruction> code;
  private final List<ExitInfo> exits;
  private final Map<Integer, List<String>> labels;
  /** The code as arrays, for the interpreter's loop. */
  final Uop[] ops;
  final long[][] args;

  public Trace(String name, long id, int slotCount, List<UopInstruction> code,
      List<ExitInfo> exits, Map<Integer, List<String>> labels) {
    this.name = name;
    this.id = id;
    this.slotCount = slotCount;
    this.code = List.copyOf(code);
    this.exits = List.copyOf(exits);
    TreeMap<Integer, List<String>> copy = new TreeMap<>();
    labels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.labels = Collections.unmodifiableMap(copy);
    check();
    this.ops = new Uop[this.code.size()];
    this.args = new long[this.code.size()][];
    for (int pc = 0; pc < ops.length; pc++) {
      ops[pc] = this.code.get(pc).uop();
      args[pc] = this.code.get(pc).rawArgs();
    }
  }

  public Trace(String name, long id, int slotCount, List<UopInstruction> code, List<ExitInfo> exits) {
    this(name, id, slotCount, code, exits, Map.of());
  }

  private void check() {
    if (slotCount < 0 || slotCount > MAX_SLOTS) {
      throw new InvalidTraceException("slots=" + slotCount + " is out of range 0.." + MAX_SLOTS);
    }
    if (code.isEmpty()) {
      throw new InvalidTraceException("a trace needs at least one uop");
    }
    for (int pc = 0; pc < code.size(); pc++) {
      checkInstruction(pc, code.get(pc));
    }
    if (!code.getLast().uop().has(UopFlag.TERMINATOR)) {
      throw new InvalidTraceException("control falls off the end: the last uop ("
          + code.getLast().uop() + ") must be EXIT, JUMP or JUMP_BACKWARD");
    }
    for (int e = 0; e < exits.size(); e++) {
      for (LiveValue v : exits.get(e).live()) {
        checkSlot("exit e" + e + " value " + v.name(), v.slot(), v.kind());
      }
    }
    for (int pos : labels.keySet()) {
      if (pos < 0 || pos > code.size()) {
        throw new InvalidTraceException("label position " + pos + " outside the trace");
      }
    }
  }

  private void checkInstruction(int pc, UopInstruction in) {
    Uop uop = in.uop();
    long[] args = in.args();
    String where = "uop " + pc + " (" + uop + ")";
    if (args.length != uop.arity()) {
      throw new InvalidTraceException(where + ": takes " + uop.arity() + " operands ("
          + uop.signature() + "), got " + args.length);
    }
    for (int i = 0; i < args.length; i++) {
      Operand op = uop.operands().get(i);
      long a = args[i];
      switch (op.role()) {
        case IN, OUT, INOUT -> checkSlot(where + " operand " + op.name(), a, op.kind());
        case TARGET -> {
          if (a < 0 || a >= code.size()) {
            throw new InvalidTraceException(where + ": target " + a + " is not a uop of the trace");
          }
          if ((uop == Uop.JUMP_BACKWARD || uop == Uop.JUMP_BACKWARD_RANGE) && a > pc) {
            throw new InvalidTraceException(where + ": " + uop + " must jump backwards");
          }
        }
        case EXIT -> {
          if (a < 0 || a >= exits.size()) {
            throw new InvalidTraceException(where + ": exit e" + a + " is not declared");
          }
        }
        case IMM -> { }
      }
    }
    if ((uop == Uop.FOR_ITER_RANGE || uop == Uop.JUMP_BACKWARD_RANGE || uop == Uop.JUMP_RANGE_GROUP
        || uop == Uop.ITER_NEXT_RANGE) && args[0] >= args[1] && args[0] < args[1] + 3) {
      throw new InvalidTraceException(where + ": d must not overlap the range slots");
    }
    if (uop == Uop.JUMP_RANGE_GROUP && (args[2] < 1 || args[2] > MAX_GROUP)) {
      throw new InvalidTraceException(where + ": count " + args[2] + " is outside 1.." + MAX_GROUP);
    }
  }

  private void checkSlot(String what, long slot, ValueKind kind) {
    if (slot < 0 || slot + kind.width() > slotCount) {
      throw new InvalidTraceException(what + ": slot s" + slot
          + (kind.width() > 1 ? " (" + kind.width() + " slots)" : "")
          + " is outside the frame of " + slotCount + " slots");
    }
  }

  /** The same trace with another id (executors give each trace a unique one). */
  public Trace withId(long newId) {
    return new Trace(name, newId, slotCount, code, exits, labels);
  }

  public String name() {
    return name;
  }

  /** The id written to the state's {@code exit_trace} when this trace's exit is taken. */
  public long id() {
    return id;
  }

  public int slotCount() {
    return slotCount;
  }

  public List<UopInstruction> code() {
    return code;
  }

  public int size() {
    return code.size();
  }

  public UopInstruction get(int pc) {
    return code.get(pc);
  }

  public List<ExitInfo> exits() {
    return exits;
  }

  /** Label names by uop position (for printing; a position may have several). */
  public Map<Integer, List<String>> labels() {
    return labels;
  }

  /**
   * Whether exit e may be linked to a side trace: every uop that takes it is HAS_EXIT (a
   * deopt exit means the interpreter must redo the instruction).
   */
  public boolean exitLinkable(int e) {
    boolean used = false;
    for (UopInstruction in : code) {
      if (in.exit() == e) {
        used = true;
        if (!in.uop().linkableExit()) {
          return false;
        }
      }
    }
    return used;
  }

  /** The uops that take exit e (their positions). */
  public List<Integer> usesOfExit(int e) {
    List<Integer> out = new ArrayList<>();
    for (int pc = 0; pc < code.size(); pc++) {
      if (code.get(pc).exit() == e) {
        out.add(pc);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return TracePrinter.print(this);
  }
}
