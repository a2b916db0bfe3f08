package org.pyjit.runtime;

/**
 * A PEP 695 type parameter: typing.TypeVar ({@code T}, {@code T: bound},
 * {@code T: (int, str)}), typing.ParamSpec ({@code **P}) or typing.TypeVarTuple
 * ({@code *Ts}), as the intrinsics of a generic def, class or type alias make them
 * (Objects/typevarobject.c). Bounds, constraints and defaults are functions compiled in
 * their own annotation scopes, called the first time the attribute is read and then kept.
 * Type parameters infer their variance, so each prints as its bare name.
 */
public final class PyTypeParam extends PyObject {
  /** Which of the three kinds; each has its own class in module typing. */
  public enum Kind {
    TYPEVAR("TypeVar"), PARAMSPEC("ParamSpec"), TYPEVARTUPLE("TypeVarTuple");

    final PyType type;

    Kind(String name) {
      type = new PyType(name, true, Types.OBJECT);
      type.module = "typing";
      type.baseType = false;
      type.constructor = (cls, a, k) -> construct(this, a, k);
    }
  }

  /** Set for a parameter made by calling TypeVar(...) (...): printed as ~T, +T or -T. */
  private boolean covariant;
  private boolean contravariant;
  private boolean inferVariance = true;

  /**
   * TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False,
   * infer_variance=False, default=NoDefault), ParamSpec(name, ...), TypeVarTuple(name,
   * default=...): a type parameter made by a call, with CPython's checks.
   */
  static PyTypeParam construct(Kind kind, Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    String fn = kind.type.name.toLowerCase(java.util.Locale.ROOT); // CPython's clinic names
    if (npos < 1 && (k == null || !java.util.Arrays.asList(k).contains("name"))) {
      throw Errors.typeError(fn + "() missing required argument 'name' (pos 1)");
    }
    Object nameArg = npos >= 1 ? a[0] : null;
    Object bound = PySingleton.NONE;
    Object dflt = null;
    boolean co = false;
    boolean contra = false;
    boolean infer = false;
    for (int i = 0; k != null && i < k.length; i++) {
      Object v = a[npos + i];
      switch (k[i]) {
        case "name" -> nameArg = v;
        case "bound" -> bound = v;
        case "default" -> dflt = v;
        case "covariant" -> co = Ops.truth(v);
        case "contravariant" -> contra = Ops.truth(v);
        case "infer_variance" -> infer = Ops.truth(v);
        default -> throw Errors.typeError(fn + "() got an unexpected keyword argument '"
            + k[i] + "'");
      }
    }
    if (!(nameArg instanceof String name)) {
      throw Errors.typeError(fn + "() argument 'name' must be str, not "
          + Types.typeOf(nameArg).name);
    }
    if (kind != Kind.TYPEVAR && npos > 1) {
      throw Errors.typeError(fn + "() takes exactly 1 positional argument (" + npos
          + " given)");
    }
    if (co && contra) {
      throw Errors.valueError("Bivariant types are not supported.");
    }
    if (infer && (co || contra)) {
      throw Errors.valueError("Variance cannot be specified with infer_variance.");
    }
    PyTypeParam t = new PyTypeParam(kind, name);
    t.covariant = co;
    t.contravariant = contra;
    t.inferVariance = infer;
    if (kind == Kind.TYPEVAR) {
      Object[] cons = java.util.Arrays.copyOfRange(a, 1, Math.max(1, npos));
      if (cons.length == 1) {
        throw Errors.typeError("A single constraint is not allowed");
      }
      if (cons.length > 0 && bound != PySingleton.NONE) {
        throw Errors.typeError("Constraints cannot be combined with bound=...");
      }
      t.constraints = PyTuple.of(cons);
      t.bound = bound;
    }
    if (dflt != null) {
      t.defaultValue = dflt;
      t.defaultFn = PySingleton.NONE; // has_default() is true
    }
    return t;
  }

  final Kind kind;
  final String name;
  private Object boundFn;
  private Object bound;
  private Object constraintsFn;
  private Object constraints;
  private Object defaultFn;
  private Object defaultValue;

  PyTypeParam(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /** INTRINSIC_TYPEVAR_WITH_BOUND and INTRINSIC_TYPEVAR_WITH_CONSTRAINTS. */
  static PyTypeParam typeVar(String name, Object fn, boolean constraints) {
    PyTypeParam t = new PyTypeParam(Kind.TYPEVAR, name);
    if (constraints) {
      t.constraintsFn = fn;
    } else {
      t.boundFn = fn;
    }
    return t;
  }

  /** INTRINSIC_SET_TYPEPARAM_DEFAULT. */
  void setDefault(Object fn) {
    defaultFn = fn;
  }

  boolean hasDefault() {
    return defaultFn != null;
  }

  Object bound() {
    if (bound == null) {
      bound = boundFn == null ? PySingleton.NONE : Ops.call(boundFn, new Object[0], null);
    }
    return bound;
  }

  Object constraints() {
    if (constraints == null) {
      constraints = constraintsFn == null ? PyTuple.of()
          : Ops.call(constraintsFn, new Object[0], null);
    }
    return constraints;
  }

  Object defaultValue() {
    if (defaultValue == null) {
      defaultValue = defaultFn == null ? Typing.NO_DEFAULT
          : Ops.call(defaultFn, new Object[0], null);
    }
    return defaultValue;
  }

  /** The attributes CPython's objects have; null for any other name. */
  Object attribute(String attr) {
    return switch (attr) {
      case "__name__" -> name;
      case "__module__" -> "typing";
      case "__default__" -> defaultValue();
      case "has_default" -> new PyBuiltinFunction("has_default", (a, k) -> hasDefault());
      case "__bound__" -> kind == Kind.TYPEVAR ? bound()
          : kind == Kind.PARAMSPEC ? PySingleton.NONE : null;
      case "__constraints__" -> kind == Kind.TYPEVAR ? constraints() : null;
      case "__covariant__" -> kind == Kind.TYPEVARTUPLE ? null : covariant;
      case "__contravariant__" -> kind == Kind.TYPEVARTUPLE ? null : contravariant;
      case "__infer_variance__" -> kind == Kind.TYPEVARTUPLE ? null : inferVariance;
      case "args", "kwargs" -> kind == Kind.PARAMSPEC ? new ParamSpecPart(this, attr) : null;
      default -> null;
    };
  }

  String repr() {
    if (kind == Kind.TYPEVARTUPLE || inferVariance) {
      return name;
    }
    return (covariant ? "+" : contravariant ? "-" : "~") + name;
  }

  @Override
  public PyType type() {
    return kind.type;
  }

  /** P.args and P.kwargs (typing.ParamSpecArgs, typing.ParamSpecKwargs). */
  static final class ParamSpecPart extends PyObject {
    static final PyType ARGS = new PyType("ParamSpecArgs", true, Types.OBJECT);
    static final PyType KWARGS = new PyType("ParamSpecKwargs", true, Types.OBJECT);

    static {
      ARGS.module = "typing";
      KWARGS.module = "typing";
    }

    final PyTypeParam origin;
    final String which;

    ParamSpecPart(PyTypeParam origin, String which) {
      this.origin = origin;
      this.which = which;
    }

    String repr() {
      return origin.name + "." + which;
    }

    @Override
    public PyType type() {
      return which.equals("args") ? ARGS : KWARGS;
    }
  }
}
