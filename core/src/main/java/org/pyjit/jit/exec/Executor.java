package org.pyjit.jit.exec;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.NativeData;
import org.pyjit.jit.uop.ExitInfo;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.Uop;

/**
 * A compiled trace, as tier 1 will enter it at a loop head (docs/internals/tier2.md,
 * "Executors"). It owns its code (native, or the uop interpreter when no backend could
 * compile the trace), its exit table (hit counter and link slot per exit, in read-write
 * native memory, never in code pages), and per exit the resume information of its trace.
 *
 * <p>Contract. {@link #run} enters the trace with the caller's frame (the trace's slot
 * layout, live-in values already unboxed) and state (budget and interrupt flag set by the
 * caller), and returns the exit that ended the run, owned by this executor or by a side
 * executor reached through links. Linking stores the side executor in the exit's link slot;
 * a side executor must use its parent's frame layout. Each executor gets a unique trace id,
 * which is how the owner of an exit is found. Invalidated executors are not entered through
 * links any more; whoever entered one directly finishes that run normally. Closing releases
 * the memory only once no run of any executor is in progress (CPython's executor deletion
 * list, simplified to one global count).
 */
public final class Executor implements AutoCloseable {
  private static final AtomicLong IDS = new AtomicLong(1);
  /** Runs in progress, of any executor: native code may jump through links we cannot see. */
  private static final AtomicInteger RUNNING = new AtomicInteger();
  /** Closed executors whose memory waits until no run is in progress. */
  private static final ConcurrentLinkedQueue<Executor> PENDING = new ConcurrentLinkedQueue<>();

  private final Trace trace;
  private final ExitTable exits;
  private final AutoCloseable exitMemory;
  private final TraceCode code;
  private final String fallbackReason;
  private final Executor[] sides;
  /** Per exit: taken only by back edges, JUMP_BACKWARD(_RANGE) (so it means budget or interrupt). */
  private final boolean[] backEdgeExit;
  private final List<Executor> parents = new ArrayList<>();
  private volatile boolean valid = true;
  private volatile boolean closed;
  private volatile boolean released;

  private Executor(Trace trace, ExitTable exits, AutoCloseable exitMemory, TraceCode code,
      String fallbackReason) {
    this.trace = trace;
    this.exits = exits;
    this.exitMemory = exitMemory;
    this.code = code;
    this.fallbackReason = fallbackReason;
    this.sides = new Executor[trace.exits().size()];
    this.backEdgeExit = new boolean[sides.length];
    for (int e = 0; e < sides.length; e++) {
      List<Integer> uses = trace.usesOfExit(e);
      backEdgeExit[e] = !uses.isEmpty()
          && uses.stream().allMatch(pc -> trace.get(pc).uop() == Uop.JUMP_BACKWARD
              || trace.get(pc).uop() == Uop.JUMP_BACKWARD_RANGE);
    }
  }

  /** An executor that runs the trace in the uop interpreter. */
  public static Executor interpreted(Trace trace) {
    return create(trace, InterpretedCode.COMPILER);
  }

  /**
   * Compiles the trace with the backend; if it cannot (any failure, including an unexpected
   * exception), the executor runs the trace in the uop interpreter and
   * {@link #fallbackReason()} says why.
   */
  public static Executor create(Trace trace, TraceCompiler compiler) {
    Trace t = trace.withId(IDS.getAndIncrement());
    int count = Math.max(1, t.exits().size());
    long bytes = (long) count * NativeLayout.EXIT_ENTRY_BYTES;
    AutoCloseable memory;
    ExitTable exits;
    if (compiler == InterpretedCode.COMPILER) {
      Arena arena = Arena.ofShared();
      memory = arena;
      exits = ExitTable.allocate(arena, t.exits().size());
    } else {
      NativeData data;
      try {
        data = CodeArena.shared().allocateData("exits " + t.name(), bytes);
      } catch (RuntimeException e) {
        return create(trace, InterpretedCode.COMPILER, "no data area: " + e.getMessage());
      }
      memory = data;
      exits = ExitTable.over(data.segment(), t.exits().size());
    }
    TraceCode code;
    String reason = null;
    try {
      code = compiler.compile(t, exits);
    } catch (TraceCompileException | RuntimeException e) {
      reason = compiler.name() + ": " + e.getMessage();
      code = new InterpretedCode(t, exits);
    }
    return new Executor(t, exits, memory, code, reason);
  }

  private static Executor create(Trace trace, TraceCompiler compiler, String reason) {
    Executor e = create(trace, compiler);
    return new Executor(e.trace, e.exits, e.exitMemory, e.code, reason);
  }

  /**
   * Runs the trace from its first uop until an exit that is not followed; links to side
   * executors whose code the running code cannot jump to itself (native code to an
   * interpreted side trace) are followed here, under the same budget rule.
   */
  public ExitResult run(long[] frame, TraceState state) {
    RUNNING.incrementAndGet();
    try {
      if (closed) {
        throw new IllegalStateException(this + " is closed");
      }
      return runLinked(frame, state);
    } finally {
      if (RUNNING.decrementAndGet() == 0) {
        reclaim();
      }
    }
  }

  private ExitResult runLinked(long[] frame, TraceState state) {
    Executor current = this;
    while (true) {
      int exit = current.code.run(frame, state);
      Executor owner = current.findById(state.exitTrace());
      if (owner == null || exit < 0 || exit >= owner.trace.exits().size()) {
        throw new IllegalStateException(current.code + " returned exit e" + exit
            + " of trace id " + state.exitTrace() + ", which " + current + " does not know");
      }
      Executor side = owner.sides[exit];
      if (side != null && side.valid && owner.trace.exitLinkable(exit) && state.budget() > 0) {
        state.setBudget(state.budget() - 1);
        current = side;
        continue;
      }
      return new ExitResult(owner, exit, reason(owner, exit, state));
    }
  }

  private static ExitReason reason(Executor owner, int exit, TraceState state) {
    if (!owner.backEdgeExit[exit]) {
      return ExitReason.EXIT;
    }
    return state.interruptRequested() ? ExitReason.INTERRUPT : ExitReason.BUDGET;
  }

  private Executor findById(long id) {
    if (trace.id() == id) {
      return this;
    }
    Set<Executor> seen = new HashSet<>();
    List<Executor> work = new ArrayList<>(List.of(this));
    while (!work.isEmpty()) {
      Executor e = work.removeLast();
      if (!seen.add(e)) {
        continue;
      }
      if (e.trace.id() == id) {
        return e;
      }
      for (Executor s : e.sides) {
        if (s != null) {
          work.add(s);
        }
      }
    }
    return null;
  }

  /**
   * Links exit to a side executor: from now on the exit continues in it. Native code jumps
   * there itself when both are native (the side's entry in the link slot); the interpreter
   * follows an interpreted side itself; other pairs are followed by {@link #run}.
   */
  public synchronized void link(int exit, Executor side) {
    if (!trace.exitLinkable(exit)) {
      throw new IllegalArgumentException("exit e" + exit + " of " + trace.name()
          + " is a deopt exit (or unused): it cannot be linked");
    }
    if (side.trace.slotCount() > trace.slotCount()) {
      throw new IllegalArgumentException("a side trace must use its parent's frame layout");
    }
    sides[exit] = side;
    boolean bothNative = code.isNative() && side.code.isNative();
    exits.link(exit, side.code.isNative() ? null : new ExitTable.Link(side.trace, side.exits),
        bothNative ? side.code.nativeEntry() : 0);
    synchronized (side) {
      side.parents.add(this);
    }
  }

  public synchronized void unlink(int exit) {
    sides[exit] = null;
    exits.unlink(exit);
  }

  /**
   * Marks the executor invalid (what it assumed no longer holds) and removes every link to
   * it, so that no parent enters it any more.
   */
  public void invalidate() {
    valid = false;
    List<Executor> ps;
    synchronized (this) {
      ps = List.copyOf(parents);
      parents.clear();
    }
    for (Executor p : ps) {
      synchronized (p) {
        for (int e = 0; e < p.sides.length; e++) {
          if (p.sides[e] == this) {
            p.sides[e] = null;
            p.exits.unlink(e);
          }
        }
      }
    }
  }

  public boolean isValid() {
    return valid;
  }

  public Trace trace() {
    return trace;
  }

  public boolean isNative() {
    return code.isNative();
  }

  /** Why the backend could not compile the trace, or null if it did. */
  public String fallbackReason() {
    return fallbackReason;
  }

  public long exitHits(int exit) {
    return exits.hits(exit);
  }

  public ExitInfo resumeInfo(int exit) {
    return trace.exits().get(exit);
  }

  public Executor side(int exit) {
    return sides[exit];
  }

  /** The machine code for {@code --dump asm}, empty when the trace is interpreted. */
  public String disassembly() {
    return code.disassembly();
  }

  /**
   * Invalidates the executor and releases its code and exit table as soon as no executor
   * is running (at once if none is): a thread inside any trace might still reach this one
   * through a link it read before the unlinking. A closed executor cannot be entered.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    invalidate();
    PENDING.add(this);
    if (RUNNING.get() == 0) {
      reclaim();
    }
  }

  /** Whether close() has released the code and exit table. */
  public boolean isReleased() {
    return released;
  }

  private static void reclaim() {
    Executor e;
    while (RUNNING.get() == 0 && (e = PENDING.poll()) != null) {
      e.release();
    }
  }

  private void release() {
    code.close();
    try {
      exitMemory.close();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
    released = true;
  }

  @Override
  public String toString() {
    return "Executor[" + trace.name() + " #" + trace.id() + (isNative() ? ", native" : ", interpreted") + "]";
  }
}
