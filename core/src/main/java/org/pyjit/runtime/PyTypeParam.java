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
    }
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
      case "__covariant__", "__contravariant__" -> kind == Kind.TYPEVARTUPLE ? null : false;
      case "__infer_variance__" -> kind == Kind.TYPEVARTUPLE ? null : true;
      case "args", "kwargs" -> kind == Kind.PARAMSPEC ? new ParamSpecPart(this, attr) : null;
      default -> null;
    };
  }

  String repr() {
    return name;
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
