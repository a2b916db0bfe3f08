package org.pyjit.modules;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _operator}: the operators as functions and the callables itemgetter, attrgetter and
 * methodcaller, the engine of operator.py (which imports them over its own definitions).
 *
 * <p>Contract. Each function applies the interpreter's own operation ({@link Ops#binary},
 * {@link Ops#compare} ...), so results and errors are those of the operator itself; the
 * argument errors are CPython's C ones ("add expected 2 arguments, got 1",
 * "_operator.neg() takes exactly one argument (0 given)"). The three callables are objects
 * of final types named as CPython's ({@code operator.itemgetter}); an attrgetter splits
 * dotted names once when made. Their {@code __reduce__} gives what CPython's gives.
 */
public final class OperatorModule {
  private OperatorModule() {}

  /** itemgetter: one item, or a tuple of several. */
  static final class ItemGetter extends PyObject {
    final Object[] items;

    ItemGetter(Object[] items) {
      this.items = items;
    }

    @Override
    public PyType type() {
      return ITEMGETTER;
    }

    Object apply(Object obj) {
      if (items.length == 1) {
        return Ops.getitem(obj, items[0]);
      }
      Object[] out = new Object[items.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = Ops.getitem(obj, items[i]);
      }
      return new PyTuple(out);
    }
  }

  /** attrgetter: the names as given, and each split at its dots. */
  static final class AttrGetter extends PyObject {
    final Object[] names;
    final String[][] paths;

    AttrGetter(Object[] names) {
      this.names = names;
      paths = new String[names.length][];
      for (int i = 0; i < names.length; i++) {
        if (!(names[i] instanceof String s)) {
          throw Errors.typeError("attribute name must be a string");
        }
        paths[i] = s.split("\\.", -1);
      }
    }

    @Override
    public PyType type() {
      return ATTRGETTER;
    }

    private static Object resolve(Object obj, String[] path) {
      for (String part : path) {
        obj = Ops.getattr(obj, part);
      }
      return obj;
    }

    Object apply(Object obj) {
      if (paths.length == 1) {
        return resolve(obj, paths[0]);
      }
      Object[] out = new Object[paths.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = resolve(obj, paths[i]);
      }
      return new PyTuple(out);
    }
  }

  /** methodcaller: a name, positional values, keyword names and values. */
  static final class MethodCaller extends PyObject {
    final String name;
    final Object[] args; // positional values then keyword values
    final String[] kwnames;

    MethodCaller(String name, Object[] args, String[] kwnames) {
      this.name = name;
      this.args = args;
      this.kwnames = kwnames;
    }

    @Override
    public PyType type() {
      return METHODCALLER;
    }

    int npos() {
      return args.length - ArgParser.nkw(kwnames);
    }
  }

  static final PyType ITEMGETTER = callableType("itemgetter");
  static final PyType ATTRGETTER = callableType("attrgetter");
  static final PyType METHODCALLER = callableType("methodcaller");

  private static PyType callableType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = "operator";
    t.baseType = false;
    return t;
  }

  static {
    ITEMGETTER.constructor = (cls, a, k) -> {
      noKeywords("itemgetter", k);
      atLeastOne("itemgetter", a);
      return new ItemGetter(a.clone());
    };
    method(ITEMGETTER, "__call__", (a, k) -> {
      ItemGetter g = (ItemGetter) a[0];
      return g.apply(onlyArgument("itemgetter", a, k));
    });
    method(ITEMGETTER, "__repr__",
        (a, k) -> "operator.itemgetter(" + reprs(((ItemGetter) a[0]).items) + ")");
    method(ITEMGETTER, "__reduce__",
        (a, k) -> PyTuple.of(ITEMGETTER, new PyTuple(((ItemGetter) a[0]).items.clone())));

    ATTRGETTER.constructor = (cls, a, k) -> {
      noKeywords("attrgetter", k);
      atLeastOne("attrgetter", a);
      return new AttrGetter(a.clone());
    };
    method(ATTRGETTER, "__call__", (a, k) -> {
      AttrGetter g = (AttrGetter) a[0];
      return g.apply(onlyArgument("attrgetter", a, k));
    });
    method(ATTRGETTER, "__repr__",
        (a, k) -> "operator.attrgetter(" + reprs(((AttrGetter) a[0]).names) + ")");
    method(ATTRGETTER, "__reduce__",
        (a, k) -> PyTuple.of(ATTRGETTER, new PyTuple(((AttrGetter) a[0]).names.clone())));

    METHODCALLER.constructor = (cls, a, k) -> {
      int nk = ArgParser.nkw(k);
      if (a.length - nk < 1) {
        throw Errors.typeError(
            "methodcaller needs at least one argument, the method name");
      }
      if (!(a[0] instanceof String name)) {
        throw Errors.typeError("method name must be a string");
      }
      return new MethodCaller(name, java.util.Arrays.copyOfRange(a, 1, a.length),
          nk == 0 ? null : k.clone());
    };
    method(METHODCALLER, "__call__", (a, k) -> {
      MethodCaller m = (MethodCaller) a[0];
      Object obj = onlyArgument("methodcaller", a, k);
      return Ops.call(Ops.getattr(obj, m.name), m.args, m.kwnames);
    });
    method(METHODCALLER, "__repr__", (a, k) -> {
      MethodCaller m = (MethodCaller) a[0];
      StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.repr(m.name));
      int npos = m.npos();
      for (int i = 0; i < m.args.length; i++) {
        sb.append(", ");
        if (i >= npos) {
          sb.append(m.kwnames[i - npos]).append('=');
        }
        sb.append(Ops.repr(m.args[i]));
      }
      return sb.append(')').toString();
    });
    method(METHODCALLER, "__reduce__", (a, k) -> {
      MethodCaller m = (MethodCaller) a[0];
      int npos = m.npos();
      Object[] pos = java.util.Arrays.copyOfRange(m.args, 0, npos);
      if (m.kwnames == null) {
        Object[] all = new Object[npos + 1];
        all[0] = m.name;
        System.arraycopy(pos, 0, all, 1, npos);
        return PyTuple.of(METHODCALLER, new PyTuple(all));
      }
      // as CPython: a partial of the type holding the name and the keywords
      Object partial = Ops.getattr(org.pyjit.runtime.Importer.importModuleLevel("functools",
          null, PySingleton.NONE, 0), "partial");
      Object[] pargs = new Object[2 + m.kwnames.length];
      pargs[0] = METHODCALLER;
      pargs[1] = m.name;
      System.arraycopy(m.args, npos, pargs, 2, m.kwnames.length);
      return PyTuple.of(Ops.call(partial, pargs, m.kwnames.clone()), new PyTuple(pos));
    });
  }

  private static void noKeywords(String name, String[] k) {
    if (ArgParser.nkw(k) > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
  }

  private static void atLeastOne(String name, Object[] a) {
    if (a.length == 0) {
      throw Errors.typeError(name + " expected 1 argument, got 0");
    }
  }

  /** The one positional argument of a getter's call (after the getter itself). */
  private static Object onlyArgument(String name, Object[] a, String[] k) {
    noKeywords(name, k);
    if (a.length != 2) {
      throw Errors.typeError(name + " expected 1 argument, got " + (a.length - 1));
    }
    return a[1];
  }

  private static String reprs(Object[] items) {
    StringBuilder sb = new StringBuilder();
    for (Object x : items) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Ops.repr(x));
    }
    return sb.toString();
  }

  private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  private interface Unary {
    Object apply(Object a);
  }

  private interface Binary {
    Object apply(Object a, Object b);
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_operator");
      d.put("__doc__", "The operators as functions (pyjit's engine for operator).");
      for (BinaryOp op : BinaryOp.values()) {
        String name = binaryName(op);
        binary(d, name, (x, y) -> Ops.binary(op, x, y));
      }
      for (CompareOp op : CompareOp.values()) {
        binary(d, op.dunder.substring(2, 4), (x, y) -> Ops.compare(op, x, y));
      }
      binary(d, "is_", (x, y) -> x == y);
      binary(d, "is_not", (x, y) -> x != y);
      binary(d, "getitem", Ops::getitem);
      binary(d, "contains", (x, y) -> Ops.contains(x, y));
      binary(d, "delitem", (x, y) -> {
        Ops.delitem(x, y);
        return PySingleton.NONE;
      });
      d.put("setitem", new PyBuiltinFunction("setitem", (a, k) -> {
        if (a.length != 3 || ArgParser.nkw(k) > 0) {
          ArgParser.positional("setitem", "_operator.setitem", a, k, 0, 3, 3);
        }
        Ops.setitem(a[0], a[1], a[2]);
        return PySingleton.NONE;
      }));
      unary(d, "not_", x -> !Ops.truth(x));
      unary(d, "truth", Ops::truth);
      unary(d, "neg", Ops::negative);
      unary(d, "pos", Ops::positive);
      unary(d, "inv", Ops::invert);
      unary(d, "invert", Ops::invert);
      unary(d, "abs", Builtins::abs);
      d.put("call", new PyBuiltinFunction("call", (a, k) -> {
        if (a.length - ArgParser.nkw(k) < 1) {
          throw Errors.typeError("call expected at least 1 argument, got 0");
        }
        return Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
      }));
      d.put("itemgetter", ITEMGETTER);
      d.put("attrgetter", ATTRGETTER);
      d.put("methodcaller", METHODCALLER);
      module = new PyModule("_operator", d);
    }
    return module;
  }

  /** operator's name of a binary operator: add, and_, ..., iadd, iand, ... */
  static String binaryName(BinaryOp op) {
    String base = switch (op.plain()) {
      case ADD -> "add";
      case AND -> "and_";
      case FLOOR_DIVIDE -> "floordiv";
      case LSHIFT -> "lshift";
      case MATRIX_MULTIPLY -> "matmul";
      case MULTIPLY -> "mul";
      case REMAINDER -> "mod";
      case OR -> "or_";
      case POWER -> "pow";
      case RSHIFT -> "rshift";
      case SUBTRACT -> "sub";
      case TRUE_DIVIDE -> "truediv";
      case XOR -> "xor";
      default -> throw new IllegalStateException(op.name());
    };
    if (op.isInplace()) {
      base = "i" + (base.endsWith("_") ? base.substring(0, base.length() - 1) : base);
    }
    return base;
  }

  private static void binary(PyDict d, String name, Binary body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> {
      if (a.length != 2 || k != null && k.length > 0) {
        ArgParser.positional(name, "_operator." + name, a, k, 0, 2, 2);
      }
      return body.apply(a[0], a[1]);
    }));
  }

  private static void unary(PyDict d, String name, Unary body) {
    d.put(name, new PyBuiltinFunction(name,
        (a, k) -> body.apply(ArgParser.exactlyOne("_operator." + name, a, k, 0))));
  }
}
