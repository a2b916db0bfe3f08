package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.ExceptionTable;
import org.pyjit.bytecode.Opcode;

/**
 * Accumulates one code object's instructions, constants, names and handlers, then assembles
 * it: optimizes the instructions ({@link PeepholeOptimizer}, unless turned off), resolves
 * labels to instruction indexes, builds the exception table, and computes the
 * maximum stack depth by following every path (falling through, jumping, and into each
 * handler at its recorded depth).
 */
final class CodeBuilder {
  /** A jump target, bound to an instruction index when placed. */
  static final class Label {
    int index = -1;
  }

  /** Where exceptions go: the handler's label, the stack depth it expects, lasti. */
  record Handler(Label target, int depth, boolean lasti) {}

  /**
   * A handler depth meaning "the stack depth at the first instruction the handler protects",
   * resolved at {@link #build} (for an async comprehension's loop, compiled where the code
   * generator does not know what lies under it on the stack).
   */
  static final int DEPTH_AT_ENTRY = -1;

  final List<Integer> ops = new ArrayList<>();
  final List<Integer> args = new ArrayList<>();
  final List<Label> jumpTargets = new ArrayList<>();
  final List<Integer> lines = new ArrayList<>();
  /** Source position of each instruction: line, end line, column, end column (UTF-8). */
  final List<org.pyjit.ast.Pos> positions = new ArrayList<>();
  final List<Object> consts = new ArrayList<>();
  private final Map<Object, Integer> constIndex = new HashMap<>();
  final List<String> names = new ArrayList<>();
  final List<String> varnames = new ArrayList<>();
  /** Every handler used; instructions refer to them by index. */
  final List<Handler> handlers = new ArrayList<>();
  /** The handlers in force, innermost last (indexes into {@link #handlers}). */
  final List<Integer> active = new ArrayList<>();
  /** The innermost handler in force when each instruction was emitted, or -1. */
  final List<Integer> instrHandler = new ArrayList<>();
  /** Cell variables of this code unit, in the symbol table's order. */
  List<String> cells = new ArrayList<>();
  /** Free variables of this code unit, in the symbol table's order (co_freevars). */
  List<String> frees = List.of();
  /**
   * Instructions whose argument is the frame slot of a cell or free variable, by name: the
   * slot is known only once every fast local is (cells that are not fast locals follow them).
   */
  private final Map<Integer, String> derefAt = new HashMap<>();
  int line;
  /** Run the {@link PeepholeOptimizer} at {@link #build}. */
  boolean optimize;
  /** The module's CO_FUTURE_* flags, which CPython puts in every code object's co_flags. */
  int futureFlags;
  /** The node being compiled: its position goes to the instructions emitted now. */
  org.pyjit.ast.Pos pos;

  /**
   * LOAD_CONSTs (by instruction index) whose constant is added at {@link #build}, after every
   * other: CPython's flowgraph optimizer makes such constants last, so their co_consts index
   * is past those of the code generator.
   */
  private final Map<Integer, Object> lateConstAt = new java.util.LinkedHashMap<>();

  /** LOAD_CONST of a constant CPython's optimizer would fold (see lateConstAt). */
  void emitLateConstant(Object value) {
    lateConstAt.put(ops.size(), value);
    emit(Opcode.LOAD_CONST, 0);
  }

  void emit(Opcode op, int arg) {
    ops.add(op.ordinal());
    args.add(arg);
    jumpTargets.add(null);
    lines.add(line);
    positions.add(pos != null && pos.lineno() == line ? pos : null);
    instrHandler.add(active.isEmpty() ? -1 : active.getLast());
  }

  /** An instruction on the cell or free variable {@code name} (DEREF ops, MAKE_CELL). */
  void emitDeref(Opcode op, String name) {
    emit(op, 0);
    derefAt.put(ops.size() - 1, name);
  }

  /** From now on, exceptions go to {@code target} (until the matching {@link #popHandler}). */
  void pushHandler(Label target, int depth, boolean lasti) {
    handlers.add(new Handler(target, depth, lasti));
    active.add(handlers.size() - 1);
  }

  void popHandler() {
    active.removeLast();
  }

  void emit(Opcode op) {
    emit(op, 0);
  }

  void jump(Opcode op, Label target) {
    emit(op, 0);
    jumpTargets.set(jumpTargets.size() - 1, target);
  }

  void place(Label l) {
    l.index = ops.size();
    labelledEnd = ops.size();
  }

  /**
   * Instruction {@code i}'s argument with its label resolved: where a jump goes (its label's
   * index), else the argument as emitted.
   */
  int jumpTarget(int i) {
    Label t = jumpTargets.get(i);
    return t != null ? t.index : args.get(i);
  }

  /** The target of the handler protecting instruction {@code i}, or -1. */
  int handlerTarget(int i) {
    int h = instrHandler.get(i);
    return h < 0 ? -1 : handlers.get(h).target().index;
  }

  /** The instruction index a label was last placed at (the end when it was placed). */
  private int labelledEnd = -1;

  /**
   * Whether the next instruction is reached only by falling through, and the last one
   * emitted never falls through: then code placed here is unreachable. A label placed at the
   * end (a loop's exit after its closing jump, say) makes it reachable.
   */
  boolean endsBlock() {
    return !ops.isEmpty() && Opcode.of(ops.getLast()).isTerminator()
        && labelledEnd != ops.size();
  }

  int constant(Object value) {
    // distinguish values Java deems equal but Python does not (1 vs 1.0 vs True, 0.0 vs -0.0)
    Object key = value == null ? "null"
        : java.util.List.of(value.getClass(), value instanceof Double d
            ? Double.doubleToRawLongBits(d) : identityIfCode(value));
    Integer i = constIndex.get(key);
    if (i != null) {
      return i;
    }
    consts.add(value);
    constIndex.put(key, consts.size() - 1);
    return consts.size() - 1;
  }

  private static Object identityIfCode(Object v) {
    return v instanceof CodeObject || v instanceof org.pyjit.runtime.PyTuple
        ? System.identityHashCode(v) : v;
  }

  int name(String n) {
    int i = names.indexOf(n);
    if (i < 0) {
      names.add(n);
      i = names.size() - 1;
    }
    return i;
  }

  int varname(String n) {
    int i = varnames.indexOf(n);
    if (i < 0) {
      varnames.add(n);
      i = varnames.size() - 1;
    }
    return i;
  }

  CodeObject build(String name, String qualname, String filename, int firstline, int flags,
      int argcount, int posonly, int kwonly) {
    List<String> cellOnly = new ArrayList<>();
    for (String c : cells) {
      if (!varnames.contains(c)) {
        cellOnly.add(c);
      }
    }
    for (Map.Entry<Integer, Object> c : lateConstAt.entrySet()) {
      args.set(c.getKey(), constant(c.getValue()));
    }
    lateConstAt.clear();
    for (Map.Entry<Integer, String> d : derefAt.entrySet()) {
      args.set(d.getKey(), derefSlot(d.getValue(), cellOnly));
    }
    derefAt.clear(); // resolved: the optimizer may now move instructions
    if (optimize) {
      PeepholeOptimizer.optimize(this);
    }
    UnboundLocals.elideChecks(this, argcount + kwonly
        + ((flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
        + ((flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0));
    if (optimize) {
      PeepholeOptimizer.superinstructions(this);
    }
    int n = ops.size();
    int[] code = new int[n];
    int[] lineArr = new int[n];
    int[] posArr = new int[3 * n];
    for (int i = 0; i < n; i++) {
      org.pyjit.ast.Pos p = positions.get(i);
      posArr[3 * i] = p == null ? 0 : p.endLineno();
      posArr[3 * i + 1] = p == null ? -1 : p.colOffset();
      posArr[3 * i + 2] = p == null ? -1 : p.endColOffset();
    }
    for (int i = 0; i < n; i++) {
      code[i] = Opcode.encode(Opcode.of(ops.get(i)), jumpTarget(i));
      lineArr[i] = lines.get(i);
    }
    resolveEntryDepths(code);
    ExceptionTable table = exceptionTable();
    int stacksize = maxDepth(code, table);
    return new CodeObject(name, qualname, filename, firstline, flags | futureFlags, argcount,
        posonly, kwonly,
        varnames.toArray(new String[0]), cellOnly.toArray(new String[0]),
        frees.toArray(new String[0]), new int[0],
        names.toArray(new String[0]), consts.toArray(), code, lineArr, table, stacksize,
        posArr);
  }

  /** Frame layout: fast locals, then the cells that are not fast locals, then the frees. */
  private int derefSlot(String name, List<String> cellOnly) {
    boolean cell = cells.contains(name);
    if (cell && varnames.contains(name)) {
      return varnames.indexOf(name);
    }
    if (cell) {
      return varnames.size() + cellOnly.indexOf(name);
    }
    int i = frees.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("no cell or free variable " + name);
    }
    return varnames.size() + cellOnly.size() + i;
  }

  /** Runs of instructions with the same innermost handler become the table's entries. */
  private ExceptionTable exceptionTable() {
    List<Integer> out = new ArrayList<>();
    int n = instrHandler.size();
    int i = 0;
    while (i < n) {
      int h = instrHandler.get(i);
      int j = i;
      while (j < n && instrHandler.get(j) == h) {
        j++;
      }
      if (h >= 0) {
        Handler handler = handlers.get(h);
        out.add(i);
        out.add(j);
        out.add(handler.target().index);
        out.add(handler.depth());
        out.add(handler.lasti() ? 1 : 0);
      }
      i = j;
    }
    return out.isEmpty() ? ExceptionTable.EMPTY
        : new ExceptionTable(ints(out));
  }

  /**
   * The list as an array. A loop, not a stream: every function with a handler comes here,
   * and a stream's first use initialises dozens of classes, interpreted (the start-up of
   * every program with a try statement, docs/internals/startup.md).
   */
  private static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  /** Gives each DEPTH_AT_ENTRY handler the depth its first protected instruction has. */
  private void resolveEntryDepths(int[] code) {
    for (int h = 0; h < handlers.size(); h++) {
      Handler handler = handlers.get(h);
      if (handler.depth() != DEPTH_AT_ENTRY) {
        continue;
      }
      int first = instrHandler.indexOf(h);
      int d = 0;
      if (first >= 0) {
        List<Integer> seeds = new ArrayList<>();
        for (Handler other : handlers) {
          if (other.depth() >= 0) {
            seeds.add(other.target().index);
            seeds.add(other.depth() + (other.lasti() ? 2 : 1));
          }
        }
        int[] depth = new int[code.length + 1];
        maxDepth(code, ints(seeds), depth);
        d = Math.max(0, depth[first]);
      }
      handlers.set(h, new Handler(handler.target(), d, handler.lasti()));
    }
  }

  private static int maxDepth(int[] code, ExceptionTable table) {
    int[] seeds = new int[2 * table.size()];
    for (int e = 0; e < table.size(); e++) {
      seeds[2 * e] = table.target(e);
      seeds[2 * e + 1] = table.depth(e) + (table.lasti(e) ? 2 : 1);
    }
    return maxDepth(code, seeds, new int[code.length + 1]);
  }

  /**
   * Follows every path from the entry and from each handler target (seeds: target, depth
   * pairs), recording the depth before each instruction in {@code depth}; returns the
   * stack size the code needs.
   */
  private static int maxDepth(int[] code, int[] seeds, int[] depth) {
    int n = code.length;
    java.util.Arrays.fill(depth, -1);
    java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
    int max = 0;
    if (n > 0) {
      depth[0] = 0;
      work.push(0);
    }
    for (int e = 0; e < seeds.length; e += 2) {
      int t = seeds[e];
      int d = seeds[e + 1];
      if (depth[t] < d) {
        depth[t] = d;
        work.push(t);
      }
    }
    while (!work.isEmpty()) {
      int i = work.pop();
      int d = depth[i];
      max = Math.max(max, d);
      if (d > n + 1000) {
        // only a path that pushes on every turn of a loop gets here: a code generator bug
        throw new IllegalStateException("unbounded stack depth at instruction " + i);
      }
      if (i >= n) {
        continue;
      }
      Opcode op = Opcode.of(Opcode.opcodeOf(code[i]));
      int arg = Opcode.argOf(code[i]);
      if (op.isJump()) {
        int jd = d + op.stackEffect(arg, true);
        max = Math.max(max, jd);
        if (depth[arg] < jd) {
          depth[arg] = jd;
          work.push(arg);
        }
      }
      if (!op.isTerminator()) {
        int nd = d + op.stackEffect(arg, false);
        max = Math.max(max, nd);
        if (depth[i + 1] < nd) {
          depth[i + 1] = nd;
          work.push(i + 1);
        }
      }
    }
    return max + 2;
  }
}
