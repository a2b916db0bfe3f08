package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFunction;

/**
 * One activation of a code object: its local variable slots (varnames, cells, free
 * variables, as laid out by {@link CodeObject}), its value stack, and the namespaces it reads
 * names from. Module and class bodies have a {@link #locals} dict; functions do not.
 */
public final class Frame implements org.pyjit.runtime.FrameInfo {
  public final CodeObject code;
  public final PyDict globals;
  public final PyDict builtins;
  /** The namespace of LOAD_NAME/STORE_NAME (module and class bodies), or null. */
  public final PyDict locals;
  /** The local slots, then the value stack: {@link CodeObject#frameSize} slots. */
  public final Object[] fast;
  /** The same array as {@link #fast}: the value stack starts at {@code code.nlocalsplus}. */
  final Object[] stack;
  int sp;
  /** Index of the instruction being executed (for tracebacks). */
  int pc;
  /** Where the loop (re)starts: 0, or after the YIELD_VALUE a generator stopped at. */
  int resumeAt;
  /**
   * How many Python frames run on this thread with this one innermost (1 for a module's
   * code), set each time the frame starts or resumes: what the recursion limit is checked
   * against.
   */
  int depth;
  /** Set by YIELD_VALUE: the loop returned a yielded value, not the frame's result. */
  boolean yielded;
  /** An exception to raise at the resumption point (generator.throw/close), or null. */
  org.pyjit.runtime.PyBaseException throwIn;
  public final PyFunction function;
  /**
   * The frame whose loop continues when this one returns: the caller of a Python-to-Python
   * call, which the same {@code Interpreter.loop} runs (no Java recursion); null when this
   * frame returns to Java (module code, calls from builtins, generators).
   */
  final Frame back;
  /**
   * What the caller does with this frame's return value: {@link #RETURN_PUSH} (a call's
   * result), {@link #RETURN_INIT}, {@link #RETURN_COMPARE} or {@link #RETURN_LEN}. Read once
   * per return; only the special kinds leave the common path (SpecializedOps.returned).
   */
  final byte returnKind;
  /** A CALL_PY call: the value goes on the caller's stack. */
  static final byte RETURN_PUSH = 0;
  /**
   * An {@code __init__} entered by CALL_ALLOC_AND_ENTER_INIT (CPython's init shim): it must
   * return None, which is dropped, the new instance being on the caller's stack already.
   */
  static final byte RETURN_INIT = 1;
  /**
   * A comparison's dunder entered by COMPARE_OP_PY: the operands are still on the caller's
   * stack, and the value finishes the comparison (NotImplemented, the bool flag).
   */
  static final byte RETURN_COMPARE = 2;
  /**
   * A {@code __len__} entered by CALL_LEN: the value is checked as len() checks it (an int,
   * not negative, through {@code __index__}) before it goes on the caller's stack.
   */
  static final byte RETURN_LEN = 3;
  /**
   * The frame that was innermost when {@code Interpreter.run} entered this one from Java (a
   * module, class body, generator, or a call through a builtin), or null: with {@link #back},
   * what {@code f_back} follows. A generator's is cleared when it suspends (CPython: a
   * suspended generator's frame has no f_back) and set again when it resumes, and cleared
   * when it returns; another frame that finished keeps it, as CPython's frame object keeps
   * its f_back.
   */
  Frame entered;
  /** Pushes {@code v} on the value stack (a callee's result, the frame not running). */
  void push(Object v) {
    stack[sp++] = v;
  }

  /** The calling frame (f_back), or null at the bottom of the thread's stack. */
  Frame previous() {
    return back != null ? back : entered;
  }

  /**
   * This frame as Python code sees it (sys._getframe, tb_frame, gi_frame), the same object
   * while it is referenced. Not cached in a field: one more reference would make every frame
   * (one per call) 8 bytes larger (72 to 80 with compressed oops), which fib's steady state
   * measured.
   */
  @Override
  public PyFrameObject frameObject() {
    return PyFrameObject.of(this);
  }

  @Override
  public java.util.List<String> localNames() {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (locals != null) {
      for (Object k : locals.keys()) {
        out.add(String.valueOf(k));
      }
    }
    for (int i = 0; i < code.nlocalsplus; i++) {
      Object v = fast[i];
      if (v instanceof org.pyjit.runtime.PyCell c) {
        v = c.value;
      }
      if (v != null) {
        out.add(code.localName(i));
      }
    }
    return out;
  }

  @Override
  public Object local(String name) {
    if (locals != null) {
      return locals.getStr(name);
    }
    for (int i = 0; i < code.nlocalsplus; i++) {
      if (code.localName(i).equals(name)) {
        Object v = fast[i];
        return v instanceof org.pyjit.runtime.PyCell c ? c.value : v;
      }
    }
    return null;
  }

  @Override
  public PyDict globals() {
    return globals;
  }

  @Override
  public PyDict builtins() {
    return builtins;
  }

  public Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict locals, Object[] fast,
      PyFunction function) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    if (fast == null) {
      fast = new Object[code.frameSize];
    } else if (fast.length < code.frameSize) {
      fast = java.util.Arrays.copyOf(fast, code.frameSize);
    }
    this.fast = fast;
    this.stack = fast;
    this.sp = code.nlocalsplus;
    this.function = function;
    this.back = null;
    this.returnKind = RETURN_PUSH;
  }

  /** The frame of a Python-to-Python call: {@code fast} holds the arguments, sized for code. */
  Frame(PyFunction fn, Object[] fast, Frame back, byte returnKind) {
    this.code = fn.code;
    this.globals = fn.globals;
    this.builtins = org.pyjit.runtime.Builtins.dict(fn.globals);
    this.locals = null;
    this.fast = fast;
    this.stack = fast;
    this.sp = fn.code.nlocalsplus;
    this.function = fn;
    this.back = back;
    this.returnKind = returnKind;
  }
}
