package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.generated.OpcodeIds;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PatternOps;
import org.pyjit.runtime.PyCell;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * Bodies of the longer generic instructions, kept out of {@link Interpreter}'s loop so that
 * the loop stays small enough for the JVM to compile it well (see the Interpreter section of
 * docs/internals/interpreter.md). Each works on the frame's slots array {@code stack} at
 * stack pointer {@code sp} exactly as the instruction of the same name (see
 * {@link org.pyjit.bytecode.Opcode}) and returns the new stack pointer.
 */
final class GenericOps {
  private GenericOps() {}

  /** COMPARE_OP: the comparison, made a bool when the argument asks (see CompareOp#TO_BOOL). */
  static Object compare(int arg, Object a, Object b) {
    Object r = Ops.compare(CompareOp.ofArg(arg), a, b);
    return CompareOp.toBool(arg) && !(r instanceof Boolean) ? (Object) Ops.truth(r) : r;
  }

  /** MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS ({@code op}). */
  static int match(int op, Object[] stack, int sp, int arg) {
    switch (op) {
      case OpcodeIds.MATCH_SEQUENCE -> {
        stack[sp] = PatternOps.isSequence(stack[sp - 1]);
        sp++;
      }
      case OpcodeIds.MATCH_MAPPING -> {
        stack[sp] = PatternOps.isMapping(stack[sp - 1]);
        sp++;
      }
      case OpcodeIds.MATCH_KEYS -> {
        stack[sp] = PatternOps.matchKeys(stack[sp - 2], (PyTuple) stack[sp - 1]);
        sp++;
      }
      default -> { // MATCH_CLASS
        PyTuple kw = (PyTuple) stack[--sp];
        Object cls = stack[--sp];
        stack[sp - 1] = PatternOps.matchClass(stack[sp - 1], cls, arg, kw);
      }
    }
    return sp;
  }

  /** CALL_INTRINSIC_1: the intrinsic {@code arg} applied to the top of the stack. */
  static void intrinsic1(Object[] stack, int sp, int arg, PyDict locals, PyDict globals) {
    Object v = stack[sp - 1];
    stack[sp - 1] = switch (arg) {
      case 1 -> org.pyjit.runtime.DisplayHook.display(v); // PRINT
      case 5 -> Ops.positive(v); // INTRINSIC_UNARY_POSITIVE
      case 6 -> PyTuple.of(((PyList) v).toArray()); // LIST_TO_TUPLE
      case 4 -> new PyAsyncGenerator.Wrapped(v); // ASYNC_GEN_WRAP
      case 2 -> { // INTRINSIC_IMPORT_STAR
        org.pyjit.runtime.Importer.importStar(v, locals);
        yield org.pyjit.runtime.PySingleton.NONE;
      }
      default -> org.pyjit.runtime.Typing.intrinsic1(arg, v, globals); // PEP 695's
    };
  }

  /** CHECK_EG_MATCH: the exception (group) split by the type on top. */
  static void checkEgMatch(Object[] stack, int sp, ThreadState ts) {
    Object[] parts = org.pyjit.runtime.ExceptionGroups.checkEgMatch(stack[sp - 2],
        stack[sp - 1]);
    stack[sp - 2] = parts[0];
    stack[sp - 1] = parts[1];
    if (parts[1] instanceof org.pyjit.runtime.PyBaseException match) {
      ts.handled = match; // sys.exception() in the clause is the matched part
    }
  }

  /** CALL_INTRINSIC_2: INTRINSIC_PREP_RERAISE_STAR (arg 1), or PEP 695's. */
  static int intrinsic2(Object[] stack, int sp, int arg) {
    Object v2 = stack[--sp];
    stack[sp - 1] = arg == 1
        ? org.pyjit.runtime.ExceptionGroups.prepReraiseStar(stack[sp - 1], (PyList) v2)
        : org.pyjit.runtime.Typing.intrinsic2(arg, stack[sp - 1], v2);
    return sp;
  }

  static int setFunctionAttribute(Object[] stack, int sp, int arg) {
    PyFunction fn = (PyFunction) stack[--sp];
    Object v = stack[sp - 1];
    switch (arg) {
      case 1 -> fn.defaults = ((PyTuple) v).items;
      case 2 -> fn.kwdefaults = (PyDict) v;
      case 4 -> fn.annotations = PyFunction.annotationDict((PyTuple) v);
      case 8 -> {
        PyTuple t = (PyTuple) v;
        fn.closure = new PyCell[t.size()];
        for (int i = 0; i < t.size(); i++) {
          fn.closure[i] = (PyCell) t.get(i);
        }
      }
      default -> { }
    }
    stack[sp - 1] = fn;
    return sp;
  }

  static int dictUpdate(Object[] stack, int sp, int arg) {
    Object v = stack[--sp];
    PyDict d = (PyDict) stack[sp - arg];
    if (v instanceof PyDict src) {
      for (Object[] kv : src.items()) {
        d.put(kv[0], kv[1]);
      }
    } else {
      Object keys = Ops.getattrOrNull(v, "keys");
      if (keys == null) {
        throw Errors.typeError("'" + Types.typeOf(v).name + "' object is not a mapping");
      }
      for (Object k : org.pyjit.runtime.ListOps.toArray(Ops.call(keys, new Object[0], null))) {
        d.put(k, Ops.getitem(v, k));
      }
    }
    return sp;
  }

  static int callKw(Frame f, Object[] stack, int sp, int arg) {
    PyTuple kw = (PyTuple) stack[--sp];
    sp -= arg;
    Object self = stack[sp - 1];
    Object callable = stack[sp - 2];
    int off = self == null ? 0 : 1;
    Object[] args = new Object[arg + off];
    if (self != null) {
      args[0] = self;
    }
    System.arraycopy(stack, sp, args, off, arg);
    String[] kwnames = new String[kw.size()];
    for (int i = 0; i < kwnames.length; i++) {
      kwnames[i] = (String) kw.get(i);
    }
    sp -= 2;
    f.sp = sp;
    stack[sp] = Ops.call(callable, args, kwnames);
    return sp + 1;
  }

  static int unpackEx(Object[] stack, int sp, int arg) {
    Object[] items = org.pyjit.runtime.ListOps.unpackItems(stack[--sp]);
    int before = arg & 0xff;
    int after = arg >> 8;
    if (items.length < before + after) {
      throw Errors.valueError("not enough values to unpack (expected at least "
          + (before + after) + ", got " + items.length + ")");
    }
    for (int i = items.length - 1; i >= items.length - after; i--) {
      stack[sp++] = items[i];
    }
    stack[sp++] = new PyList(java.util.Arrays.copyOfRange(items, before, items.length - after));
    for (int i = before - 1; i >= 0; i--) {
      stack[sp++] = items[i];
    }
    return sp;
  }

  static void loadFromDictOrDeref(CodeObject co, Object[] stack, int sp, int arg) {
    Object mapping = stack[sp - 1];
    String name = co.localName(arg);
    Object v = mapping instanceof PyDict d ? d.getStr(name) : null;
    if (v == null) {
      v = ((PyCell) stack[arg]).value;
      if (v == null) {
        throw Interpreter.unboundDeref(co, arg);
      }
    }
    stack[sp - 1] = v;
  }

  static int beforeWith(Object[] stack, int sp) {
    Object mgr = stack[sp - 1];
    Object exit = Ops.getattrOrNull(mgr, "__exit__");
    Object enter = Ops.getattrOrNull(mgr, "__enter__");
    if (enter == null || exit == null) {
      throw Errors.typeError("'" + Types.typeOf(mgr).name + "' object does not support"
          + " the context manager protocol" + (enter == null ? "" : " (missed __exit__ method)"));
    }
    stack[sp - 1] = exit;
    stack[sp] = Ops.call(enter, new Object[0], null);
    return sp + 1;
  }

  static int buildSet(Object[] stack, int sp, int arg) {
    PySet set = new PySet(false);
    sp -= arg;
    for (int i = 0; i < arg; i++) {
      set.add(stack[sp + i]);
      stack[sp + i] = null;
    }
    stack[sp] = set;
    return sp + 1;
  }

  static int buildMap(Object[] stack, int sp, int arg) {
    PyDict d = new PyDict();
    sp -= 2 * arg;
    for (int i = 0; i < arg; i++) {
      d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
    }
    stack[sp] = d;
    return sp + 1;
  }

  static int buildString(Object[] stack, int sp, int arg) {
    StringBuilder sb = new StringBuilder();
    sp -= arg;
    for (int i = 0; i < arg; i++) {
      sb.append((String) stack[sp + i]);
    }
    stack[sp] = sb.toString();
    return sp + 1;
  }
}
