package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.ast.Stmt;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyFunction;

/**
 * What {@code @jit} returns: a callable that dispatches on the exact types of its
 * positional arguments (int within 64 bits, float, bool). The first call with a combination
 * compiles the function for it ({@link #variant}); later calls run that native code. Any
 * other call (other types, big ints, keywords, a wrong argument count) runs the Python
 * function in the interpreter, which gives Python's result or error.
 *
 * <p>A function outside the subset raises pyjit.JitError at the first call with a
 * combination of types; that combination then always runs in the interpreter, so a program
 * that catches the error can go on calling the function.
 *
 * <p>Deopt: when native code cannot continue (a guard failed), the whole call is run again
 * by the interpreter; the subset has no side effects, so running it twice is invisible.
 * When the guard was the native stack limit (deep recursion), the nested @jit calls of that
 * re-run stay in the interpreter too, which then raises RecursionError where CPython does.
 */
public final class JitFunction {
  /** The body of a @jit callable: how the compiler recognises callees. */
  private record Dispatch(JitFunction target) implements PyBuiltinFunction.Body {
    @Override
    public Object call(Object[] args, String[] kwnames) {
      return target.call(args, kwnames);
    }
  }
  /** Depth of re-runs after a stack-limit deopt on this thread (nested calls interpret). */
  private static final ThreadLocal<int[]> INTERPRETING = ThreadLocal.withInitial(() -> new int[1]);

  /** Calls that ran to completion in native code, and calls whose guard failed (deopts). */
  public static final java.util.concurrent.atomic.LongAdder NATIVE_CALLS =
      new java.util.concurrent.atomic.LongAdder();
  public static final java.util.concurrent.atomic.LongAdder DEOPTS =
      new java.util.concurrent.atomic.LongAdder();

  public final PyFunction function;
  private final PyBuiltinFunction callable;
  private final int paramCount;
  private Stmt.FunctionDef def;
  private final Map<List<ValueType>, Variant> variants = new HashMap<>();

  JitFunction(PyFunction function) {
    this(function, null);
  }

  JitFunction(PyFunction function, Stmt.FunctionDef def) {
    this.function = function;
    this.def = def;
    this.paramCount = function.code.argcount;
    this.callable = new PyBuiltinFunction(function.name, new Dispatch(this));
  }

  /**
   * The Java API: compiles the source of one {@code def} (decorators optional; it may use
   * {@code math}) and returns its dispatcher. {@link #call(Object...)} then compiles per
   * argument types and runs native code, as {@code @jit} does in Python.
   */
  public static JitFunction fromSource(String source) {
    org.pyjit.ast.Mod.Module m = org.pyjit.parse.Parser.parseModule(source, "<jit>");
    Stmt.FunctionDef def = null;
    for (Stmt st : m.body()) {
      if (st instanceof Stmt.FunctionDef d) {
        def = d;
      }
    }
    if (def == null) {
      throw new IllegalArgumentException("no def in the source");
    }
    org.pyjit.runtime.PyDict globals = new org.pyjit.runtime.PyDict();
    globals.put("__name__", "__jit__");
    globals.put("math", org.pyjit.runtime.MathModule.module());
    globals.put("jit", PyjitModule.module().dict.getStr("jit"));
    // the def runs undecorated: the dispatcher below is the one compiled callable
    Stmt.FunctionDef plain = new Stmt.FunctionDef(def.name(), def.args(), def.body(),
        java.util.List.of(), def.returns(), def.typeComment(), def.typeParams(), def.pos());
    org.pyjit.ast.Mod.Module one = new org.pyjit.ast.Mod.Module(java.util.List.of(plain),
        java.util.List.of());
    org.pyjit.interp.Interpreter.runModule(
        org.pyjit.compiler.CodeGen.compileModule(one, "<jit>", source), globals);
    PyFunction fn = (PyFunction) globals.getStr(def.name());
    JitFunction jf = new JitFunction(fn, def);
    globals.put(def.name(), jf.callable()); // recursive calls find the dispatcher
    return jf;
  }

  /**
   * Calls the function from Java: ints (Integer or Long), floats (Double) and bools; the
   * result is a Python value (Long or BigInteger, Double, Boolean). A Python exception is
   * thrown as {@link org.pyjit.runtime.PyException}, pyjit.JitError included.
   */
  public Object call(Object... args) {
    Object[] a = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = args[i] instanceof Integer n ? (Object) n.longValue() : args[i];
    }
    return call(a, null);
  }

  /** The compiled signature of these argument types, compiling it now if needed. */
  public Variant compiled(ValueType... types) {
    return variant(List.of(types));
  }

  /** The Python object @jit returns. */
  public PyBuiltinFunction callable() {
    return callable;
  }

  /** The JitFunction behind a @jit callable, or null. */
  static JitFunction of(Object callable) {
    return callable instanceof PyBuiltinFunction b && b.body instanceof Dispatch d ? d.target
        : null;
  }

  Object call(Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0 || args.length != paramCount
        || INTERPRETING.get()[0] > 0) {
      return interpret(args, kwnames);
    }
    List<ValueType> types = new ArrayList<>(args.length);
    for (Object a : args) {
      ValueType t = ValueType.of(a);
      if (t == null) {
        return interpret(args, kwnames);
      }
      types.add(t);
    }
    Variant v;
    try {
      v = variant(types);
    } catch (JitException e) {
      throw PyjitModule.jitError(e.getMessage());
    }
    if (v.state != Variant.State.READY || v.code == null) {
      return interpret(args, kwnames);
    }
    Object r = v.code.invoke(args);
    if (r == NativeFunction.DEOPT || r == NativeFunction.DEOPT_STACK) {
      DEOPTS.increment();
    } else {
      NATIVE_CALLS.increment();
    }
    if (r == NativeFunction.DEOPT) {
      return interpret(args, kwnames);
    }
    if (r == NativeFunction.DEOPT_STACK) {
      int[] depth = INTERPRETING.get();
      depth[0]++;
      try {
        return interpret(args, kwnames);
      } finally {
        depth[0]--;
      }
    }
    return r;
  }

  private Object interpret(Object[] args, String[] kwnames) {
    return Calls.call(function, args, kwnames);
  }

  /**
   * The compiled signature for these argument types, compiling it on first use. The first
   * request of a signature outside the subset throws the JitException; later requests get
   * the failed variant (interpreted).
   */
  synchronized Variant variant(List<ValueType> types) {
    Variant v = variants.get(types);
    if (v != null) {
      return v;
    }
    v = new Variant(function.name, types);
    variants.put(types, v);
    try {
      if (function.closure != null && function.closure.length > 0) {
        throw JitException.at(function.code.firstlineno,
            "a function using variables of an enclosing function is not supported by @jit");
      }
      if (def == null) {
        def = FunctionSource.find(function);
      }
      JitCompiler.compile(v, def, env(types));
      v.state = Variant.State.READY;
    } catch (JitException e) {
      v.state = Variant.State.FAILED;
      v.failure = e.getMessage();
      throw e;
    }
    return v;
  }

  /** Names as the function sees them: its globals, and @jit functions as callees. */
  private CompileEnv env(List<ValueType> selfTypes) {
    return new CompileEnv() {
      @Override
      public Object global(String name) {
        return function.globals.getStr(name);
      }

      @Override
      public boolean isJit(Object value) {
        return of(value) != null;
      }

      @Override
      public CallTarget callee(Object value, List<ValueType> argTypes, int line) {
        JitFunction g = of(value);
        if (g == JitFunction.this && argTypes.equals(selfTypes)) {
          return new CallTarget(function.name, null, true);
        }
        if (argTypes.size() != g.paramCount) {
          throw JitException.at(line, "the call of " + g.function.name + "() with "
              + argTypes.size() + " arguments");
        }
        Variant callee;
        try {
          callee = g.variant(argTypes);
        } catch (JitException e) {
          throw new JitException(e.getMessage());
        }
        if (callee.state == Variant.State.COMPILING) {
          throw JitException.at(line, "mutual recursion between @jit functions ("
              + function.name + ", " + g.function.name + ") is not supported");
        }
        if (callee.state == Variant.State.FAILED) {
          throw new JitException(callee.failure);
        }
        return new CallTarget(g.function.name, callee, false);
      }
    };
  }
}
