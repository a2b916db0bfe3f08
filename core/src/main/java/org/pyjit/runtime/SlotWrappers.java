package org.pyjit.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The special methods CPython 3.13 exposes as slot wrappers ({@code int.__add__} is a
 * {@code <slot wrapper '__add__' of 'int' objects>}, {@code (1).__add__} a method-wrapper)
 * rather than as method descriptors, and the argument checks their C wrappers make before
 * the slot runs (typeobject.c's {@code wrap_*} functions).
 *
 * <p>Contract: {@link #check} is called with self first and throws CPython's TypeError when
 * the count or keywords do not fit the wrapper: {@code check_num_args}' "expected 0
 * arguments, got 1", {@code PyArg_UnpackTuple}'s nameless " expected 2 arguments, got 1"
 * (its leading space is CPython's), "wrapper __add__() takes no keyword arguments", and the
 * unbound descriptor's "needs an argument". Methods a type defines in its method table
 * alongside the slot ({@code METH_COEXIST}: {@code list.__getitem__}, {@code dict.__contains__})
 * are method descriptors with METH_O's messages, not slot wrappers.
 */
final class SlotWrappers {
  private SlotWrappers() {}

  /** Arity of a wrapper: min and max positional arguments after self; named = UnpackTuple. */
  private record Arity(int min, int max, boolean unpackTuple) {}

  private static final Arity VARIADIC = new Arity(0, Integer.MAX_VALUE, false);
  private static final Map<String, Arity> ARITY = new HashMap<>();

  private static void put(Arity a, String... names) {
    for (String n : names) {
      ARITY.put(n, a);
    }
  }

  static {
    put(new Arity(0, 0, false), "__neg__", "__pos__", "__abs__", "__invert__", "__bool__",
        "__int__", "__float__", "__index__", "__hash__", "__repr__", "__str__", "__len__",
        "__iter__", "__next__", "__await__", "__aiter__", "__anext__");
    put(new Arity(1, 1, false), "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
        "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",
        "__rmod__", "__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__",
        "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
        "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__itruediv__",
        "__ifloordiv__", "__imod__", "__ilshift__", "__irshift__", "__iand__", "__ior__",
        "__ixor__", "__imatmul__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
        "__getitem__", "__delitem__", "__contains__", "__getattribute__", "__delattr__",
        "__delete__");
    put(new Arity(2, 2, true), "__setitem__", "__setattr__", "__set__");
    put(new Arity(1, 2, true), "__pow__", "__rpow__", "__get__");
    put(VARIADIC, "__init__", "__call__");
  }

  /** Whether {@code name} of the built-in type {@code owner} is a slot wrapper. */
  static boolean isSlotWrapper(PyType owner, String name) {
    return owner != null && owner.builtin && ARITY.containsKey(name) && !coexists(owner, name);
  }

  /** A METH_COEXIST method: the type's method table defines it beside the slot. */
  private static boolean coexists(PyType owner, String name) {
    return switch (name) {
      case "__getitem__" -> owner == Types.LIST || owner == Types.DICT;
      case "__contains__" -> owner == Types.DICT || owner == Types.SET
          || owner == Types.FROZENSET;
      default -> false;
    };
  }

  /** Sequence repeat ({@code sq_repeat}) is wrapped by {@code wrap_indexargfunc}. */
  private static boolean isRepeat(PyType owner, String name) {
    return (name.equals("__mul__") || name.equals("__rmul__") || name.equals("__imul__"))
        && (owner == Types.STR || owner == Types.BYTES || owner == Types.BYTEARRAY
            || owner == Types.LIST || owner == Types.TUPLE);
  }

  /** Whether {@link #check} has anything to check for f. */
  static boolean checks(PyBuiltinFunction f) {
    return f.owner != null && f.owner.builtin && ARITY.containsKey(f.name);
  }

  /**
   * CPython's checks of a special method's arguments, {@code a} holding self first; f is one
   * that {@link #checks} accepts.
   */
  static void check(PyBuiltinFunction f, Object[] a, String[] k) {
    Arity ar = ARITY.get(f.name);
    int nk = k == null ? 0 : k.length;
    if (ar == VARIADIC) {
      if (a.length - nk == 0) {
        throw Errors.typeError("descriptor '" + f.name + "' of '" + f.owner.name
            + "' object needs an argument");
      }
      return;
    }
    if (coexists(f.owner, f.name)) {
      if (a.length - nk == 0) {
        throw Errors.typeError("unbound method " + f.owner.name + "." + f.name
            + "() needs an argument");
      }
      ArgParser.exactlyOne(f.owner.name + "." + f.name, a, k, 1);
      return;
    }
    if (a.length - nk == 0) {
      throw Errors.typeError("descriptor '" + f.name + "' of '" + f.owner.name
          + "' object needs an argument");
    }
    if (nk > 0) {
      throw Errors.typeError("wrapper " + f.name + "() takes no keyword arguments");
    }
    int n = a.length - 1;
    if (n >= ar.min && n <= ar.max) {
      return;
    }
    if (ar.unpackTuple || isRepeat(f.owner, f.name)) {
      String exp = ar.min == ar.max ? "" : n < ar.min ? "at least " : "at most ";
      int want = n < ar.min ? ar.min : ar.max;
      throw Errors.typeError(" expected " + exp + want + " argument" + (want == 1 ? "" : "s")
          + ", got " + n);
    }
    throw Errors.typeError("expected " + ar.min + " argument" + (ar.min == 1 ? "" : "s")
        + ", got " + n);
  }
}
