package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The run-time side of PEP 695 (the part of typing that is built in CPython): the
 * CALL_INTRINSIC_1/2 operations a generic def, class or type alias compiles to, the
 * minimal {@code typing.Generic} a generic class gets as its last base, {@code
 * typing.NoDefault}, and LOAD_FROM_DICT_OR_GLOBALS (an annotation scope inside a class
 * reads the class namespace first).
 */
public final class Typing {
  private Typing() {}

  /** typing.Generic: subscripting it or a class deriving from it gives a GenericAlias. */
  public static final PyType GENERIC = new PyType("Generic", false, Types.OBJECT);

  /** typing.Unpack: Unpack[Ts] is what iterating a TypeVarTuple gives ({@code *Ts}). */
  static final PyType UNPACK = new PyType("Unpack", true, Types.OBJECT);

  static final PyType NO_DEFAULT_TYPE = new PyType("NoDefaultType", true, Types.OBJECT);

  /** typing.NoDefault: the __default__ of a type parameter without one. */
  static final PyObject NO_DEFAULT = new PyObject() {
    @Override
    public PyType type() {
      return NO_DEFAULT_TYPE;
    }
  };

  static {
    GENERIC.module = "typing";
    UNPACK.module = "typing";
    UNPACK.baseType = false;
    PyTypeParam.Kind.TYPEVARTUPLE.type.dict.put("__iter__", new PyBuiltinFunction("__iter__",
        PyTypeParam.Kind.TYPEVARTUPLE.type, Fn.__iter__));
    NO_DEFAULT_TYPE.module = "typing";
    NO_DEFAULT_TYPE.baseType = false;
    GENERIC.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
        "__class_getitem__", Fn.__class_getitem__)));
    GENERIC.dict.put("__init_subclass__", new PyClassMethod(new PyBuiltinFunction(
        "__init_subclass__", Fn.__init_subclass__)));
  }

  /** CALL_INTRINSIC_1 with the PEP 695 arguments (7 to 11). */
  public static Object intrinsic1(int which, Object v, PyDict globals) {
    return switch (which) {
      case 7 -> new PyTypeParam(PyTypeParam.Kind.TYPEVAR, (String) v);
      case 8 -> new PyTypeParam(PyTypeParam.Kind.PARAMSPEC, (String) v);
      case 9 -> new PyTypeParam(PyTypeParam.Kind.TYPEVARTUPLE, (String) v);
      case 10 -> new PyGenericAlias(GENERIC, unpackAll((PyTuple) v)); // SUBSCRIPT_GENERIC
      case 11 -> new PyTypeAlias((PyTuple) v, moduleOf(globals));
      default -> throw new IllegalStateException("intrinsic not implemented: " + which);
    };
  }

  /** Unpack[Ts]. */
  static Object unpack(Object typeVarTuple) {
    return new PyGenericAlias(UNPACK, typeVarTuple);
  }

  /** The type parameters with each TypeVarTuple Ts as Unpack[Ts] (unpack_typevartuples). */
  static PyTuple unpackAll(PyTuple params) {
    Object[] out = params.items.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof PyTypeParam p && p.kind == PyTypeParam.Kind.TYPEVARTUPLE) {
        out[i] = unpack(p);
      }
    }
    return PyTuple.of(out);
  }

  /** The type parameter an argument stands for: Ts for Unpack[Ts]; else null. */
  private static PyTypeParam typeParamOf(Object arg) {
    if (arg instanceof PyGenericAlias g && g.origin == UNPACK) {
      arg = g.args.get(0);
    }
    return arg instanceof PyTypeParam p ? p : null;
  }

  private static Object moduleOf(PyDict globals) {
    Object m = globals.getStr("__name__");
    return m == null ? PySingleton.NONE : m;
  }

  /** CALL_INTRINSIC_2 with the PEP 695 arguments (2 to 5). */
  public static Object intrinsic2(int which, Object a, Object b) {
    return switch (which) {
      case 2 -> PyTypeParam.typeVar((String) a, b, false);
      case 3 -> PyTypeParam.typeVar((String) a, b, true);
      case 4 -> { // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
        ((PyFunction) a).typeParams = (PyTuple) b;
        yield a;
      }
      case 5 -> { // INTRINSIC_SET_TYPEPARAM_DEFAULT
        ((PyTypeParam) a).setDefault(b);
        yield a;
      }
      default -> throw new IllegalStateException("intrinsic not implemented: " + which);
    };
  }

  /** LOAD_FROM_DICT_OR_GLOBALS: the name in the mapping, else a global, else a builtin. */
  public static Object loadFromDictOrGlobals(Object mapping, String name, PyDict globals,
      PyDict builtins) {
    Object v = mapping instanceof PyDict d ? d.getStr(name) : null;
    if (v == null) {
      v = globals.getStr(name);
    }
    if (v == null) {
      v = builtins.getStr(name);
    }
    if (v == null) {
      throw Errors.nameError(name);
    }
    return v;
  }

  /** typing.Protocol (written in Python): subscripted like Generic, Protocol[T]. */
  private static boolean isProtocolBase(PyType cls) {
    return cls.name.equals("Protocol") && "typing".equals(cls.dict.getStr("__module__"));
  }

  /** Generic[T, ...] (type parameters only) and C[args] of a generic class C. */
  private static Object classGetitem(PyType cls, Object key) {
    PyTuple args = key instanceof PyTuple t ? t : PyTuple.of(key);
    if (cls == GENERIC || isProtocolBase(cls)) {
      for (Object p : args.items) {
        if (typeParamOf(p) == null) {
          throw Errors.typeError("Parameters to Generic[...] must all be type variables or"
              + " parameter specification variables.");
        }
      }
      return new PyGenericAlias(cls, key);
    }
    Object params = cls.lookup("__parameters__");
    if (params instanceof PyTuple p && p.size() == 0) {
      throw Errors.typeError(Ops.str(cls) + " is not a generic class");
    }
    if (params instanceof PyTuple p && !hasVariadic(p)) {
      // TypeVar.__typing_prepare_subst__: a missing argument is its parameter's default
      List<Object> filled = new ArrayList<>(List.of(args.items));
      for (int i = args.size(); i < p.size(); i++) {
        if (!(p.get(i) instanceof PyTypeParam tp) || !tp.hasDefault()) {
          throw Errors.typeError("Too few arguments for " + Ops.repr(cls) + "; actual "
              + args.size() + ", expected at least " + (i + 1));
        }
        filled.add(tp.defaultValue());
      }
      if (args.size() > p.size()) {
        throw Errors.typeError("Too many arguments for " + Ops.repr(cls) + "; actual "
            + args.size() + ", expected " + p.size());
      }
      return new PyGenericAlias(cls, PyTuple.of(filled.toArray()));
    }
    return new PyGenericAlias(cls, key);
  }

  private static boolean hasVariadic(PyTuple params) {
    for (Object p : params.items) {
      if (typeParamOf(p) instanceof PyTypeParam t && t.kind != PyTypeParam.Kind.TYPEVAR) {
        return true;
      }
    }
    return false;
  }

  /**
   * typing's _generic_init_subclass, simplified: __parameters__ are Generic[...]'s when it
   * is an original base, else the type parameters the original bases use, in order.
   */
  private static void initSubclass(PyType cls) {
    List<Object> params = new ArrayList<>();
    if (cls.dict.getStr("__orig_bases__") instanceof PyTuple orig) {
      PyTuple generic = null;
      for (Object b : orig.items) {
        if (b instanceof PyGenericAlias g && g.origin == GENERIC) {
          generic = g.args;
        }
        if (b instanceof PyGenericAlias g) {
          for (Object a : g.args.items) {
            PyTypeParam p = typeParamOf(a);
            if (p != null && !params.contains(p)) {
              params.add(p);
            }
          }
        }
      }
      if (generic != null) {
        params = new ArrayList<>();
        for (Object a : generic.items) {
          params.add(typeParamOf(a));
        }
      }
    }
    cls.dict.put("__parameters__", PyTuple.of(params.toArray()));
  }

  /**
   * The bases a class statement lists with each generic alias replaced by its class (what
   * types.GenericAlias.__mro_entries__ gives), and any other non-class base that has an
   * {@code __mro_entries__} replaced by what it returns (PEP 560: typing's aliases,
   * NamedTuple, TypedDict); the same array when there is none.
   */
  static Object[] mroEntries(Object[] bases) {
    List<Object> out = null;
    PyTuple original = null;
    for (int i = 0; i < bases.length; i++) {
      Object b = bases[i];
      Object[] entries = null;
      if (b instanceof PyGenericAlias g && g.origin instanceof PyType t) {
        entries = new Object[] {t};
      } else if (!(b instanceof PyType)) {
        Object hook = Ops.getattrOrNull(b, "__mro_entries__");
        if (hook != null) {
          if (original == null) {
            original = PyTuple.of(bases);
          }
          Object r = Ops.call(hook, new Object[] {original}, null);
          if (!(r instanceof PyTuple rt)) {
            throw Errors.typeError("__mro_entries__ must return a tuple");
          }
          entries = rt.items;
        }
      }
      if (entries != null && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
      }
      if (out != null) {
        if (entries != null) {
          java.util.Collections.addAll(out, entries);
        } else {
          out.add(b);
        }
      }
    }
    return out == null ? bases : out.toArray();
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __iter__, __class_getitem__, __init_subclass__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __iter__: return Ops.iter(PyTuple.of(unpack(a[0])));
        case __class_getitem__: return classGetitem((PyType) a[0], a[1]);
        case __init_subclass__: {
          initSubclass((PyType) a[0]);
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
