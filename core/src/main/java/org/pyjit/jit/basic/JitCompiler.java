package org.pyjit.jit.basic;

import org.pyjit.ast.Stmt;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.ExecutableMemoryException;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.x64.MachineCode;

/**
 * The @jit pipeline for one signature: front end ({@link IrBuilder}: AST and argument
 * types to typed IR), register allocation ({@link LinearScan}), code generation and
 * installation as native code.
 */
public final class JitCompiler {
  private JitCompiler() {}

  /** -Dpyjit.jit.inline=false: no inlining (leaf callees, self-recursion), to compare. */
  static final boolean INLINE = !"false".equals(System.getProperty("pyjit.jit.inline"));

  /** -Dpyjit.jit.accumulate=false: no {@link AccumulatorLoop}, to compare. */
  static final boolean ACCUMULATE =
      !"false".equals(System.getProperty("pyjit.jit.accumulate"));

  /** Nanoseconds spent compiling callees inside the compilation under way on this thread. */
  private static final ThreadLocal<long[]> NESTED = ThreadLocal.withInitial(() -> new long[1]);

  static void compile(Variant v, Stmt.FunctionDef def, CompileEnv env) {
    long[] nested = NESTED.get();
    long outerNested = nested[0];
    nested[0] = 0;
    long start = System.nanoTime();
    try {
      compileTimed(v, def, env, start, nested);
    } finally {
      nested[0] = outerNested + (System.nanoTime() - start);
    }
  }

  /** A store into a list, or a call of a signature that may store into one. */
  private static boolean writesLists(IrFunction ir) {
    for (Block b : ir.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.LSTORE
            || i.op == Op.CALL && !i.callee.self() && i.callee.variant().writesLists) {
          return true;
        }
      }
    }
    return false;
  }

  private static void compileTimed(Variant v, Stmt.FunctionDef def, CompileEnv env,
      long start, long[] nested) {
    IrFunction ir = new IrBuilder(def, v.argTypes, env).build();
    ir.baseCase = BaseCase.of(ir);
    if (ACCUMULATE) {
      AccumulatorLoop.transform(ir);
    }
    if (INLINE) {
      Inliner.inline(ir);
    }
    LowerBounds.mark(ir);
    v.ir = ir;
    v.returnType = ir.returnType;
    v.writesLists = writesLists(ir);
    MachineCode mc;
    try {
      mc = CodeGen.generate(ir);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new JitException("internal error compiling " + def.name() + ": " + e.getMessage());
    }
    InstalledCode code;
    try {
      code = CodeArena.shared().install(def.name() + ir.paramTypes,
          mc.size(), address -> mc.link(address, symbol -> {
            throw new IllegalStateException("unexpected symbol " + symbol);
          }));
    } catch (ExecutableMemoryException e) {
      return; // no executable memory: the signature runs in the interpreter
    }
    for (Block b : ir.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.CALL && !i.callee.self()) {
          code.keepAlive(i.callee.variant().code.code());
        }
      }
    }
    v.code = new NativeFunction(code, ir.paramTypes, ir.returnType, v.writesLists);
    v.compileNanos = System.nanoTime() - start; // callees compiled meanwhile included
    JitStats.compiled(v, v.compileNanos - nested[0]);
    AsmDump.maybeDump(v, code);
  }
}
