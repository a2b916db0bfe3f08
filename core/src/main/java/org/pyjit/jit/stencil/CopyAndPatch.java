package org.pyjit.jit.stencil;

import java.lang.foreign.MemorySegment;
import org.pyjit.jit.exec.NativeTraceCode;
import org.pyjit.jit.exec.TraceCode;
import org.pyjit.jit.exec.TraceCompileException;
import org.pyjit.jit.exec.TraceCompiler;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.ExecutableMemoryException;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.Trace;

/**
 * The copy-and-patch backend as an executor sees it ({@link TraceCompiler}): a trace becomes
 * native code from the committed stencils in the shared code arena, counting in and linking
 * through the executor's exit table. Anything it cannot do (a uop without a stencil, a value
 * that does not fit its hole, no executable memory) is a TraceCompileException after freeing
 * what was allocated, and the executor keeps the trace in the uop interpreter.
 */
public final class CopyAndPatch implements TraceCompiler {
  public static final CopyAndPatch INSTANCE = new CopyAndPatch(CodeArena::shared, StencilTable::x86_64Linux);

  private final java.util.function.Supplier<CodeArena> arena;
  private final java.util.function.Supplier<StencilTable> table;

  private CopyAndPatch(java.util.function.Supplier<CodeArena> arena, java.util.function.Supplier<StencilTable> table) {
    this.arena = arena;
    this.table = table;
  }

  @Override
  public TraceCode compile(Trace trace, ExitTable exits) throws TraceCompileException {
    NativeTrace t;
    try {
      t = NativeTrace.compile(arena.get(), trace, table.get(), exits);
    } catch (StencilException | ExecutableMemoryException e) {
      throw new TraceCompileException(e.getMessage());
    } catch (RuntimeException | ExceptionInInitializerError e) {
      throw new TraceCompileException("copy-and-patch failed: " + e);
    }
    return new Code(trace, t);
  }

  @Override
  public String name() {
    return "copy-and-patch";
  }

  private static final class Code extends NativeTraceCode {
    private final NativeTrace native_;

    Code(Trace trace, NativeTrace t) {
      super(trace.slotCount());
      this.native_ = t;
    }

    @Override
    protected long enter(MemorySegment frame, MemorySegment state) {
      return native_.run(frame, state);
    }

    @Override
    public long nativeEntry() {
      return native_.uopEntry();
    }

    @Override
    public String disassembly() {
      return TraceAsm.dump(native_.trace(), native_.code().bytes(), native_.layout(), native_.code().address(),
          native_.exits().address());
    }

    @Override
    public void close() {
      native_.close();
    }
  }
}
