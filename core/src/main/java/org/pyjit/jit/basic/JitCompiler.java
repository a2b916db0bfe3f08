package org.pyjit.jit.basic;

import org.pyjit.ast.Stmt;

/**
 * The @jit pipeline for one signature: front end ({@link IrBuilder}: AST and argument
 * types to typed IR), register allocation ({@link LinearScan}), code generation and
 * installation as native code.
 */
public final class JitCompiler {
  private JitCompiler() {}

  static void compile(Variant v, Stmt.FunctionDef def, CompileEnv env) {
    IrFunction ir = new IrBuilder(def, v.argTypes, env).build();
    v.ir = ir;
    v.returnType = ir.returnType;
  }
}
