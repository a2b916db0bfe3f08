package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.13's Objects/exceptions.c
 * defines them, and the two steps of {@code except*} that the interpreter delegates here.
 *
 * <p>Contract. {@link #create} is the types' constructor: the checks and messages of
 * {@code BaseExceptionGroup.__new__}, including BaseExceptionGroup(...) giving an
 * ExceptionGroup when every member is an Exception. {@code split}, {@code subgroup} and
 * {@code derive} are installed as methods; split and subgroup build the derived groups
 * through {@code self.derive(excs)} and copy the traceback, cause, context and a copy of
 * {@code __notes__} onto them. {@link #checkEgMatch} is CHECK_EG_MATCH (a naked exception
 * matching an except* clause is wrapped in {@code ExceptionGroup("", (exc,))}),
 * {@link #prepReraiseStar} is the PREP_RERAISE_STAR intrinsic: it combines what the
 * clauses raised and the unhandled rest into what the statement re-raises.
 */
public final class ExceptionGroups {
  private ExceptionGroups() {}

  private static final String BAD_MATCHER = "expected an exception type, a tuple of exception"
      + " types, or a callable (other than a class)";

  /** How split() decides that an exception matches (CPython's matcher types). */
  private enum Matcher { BY_TYPE, PREDICATE, INSTANCE_IDS }

  static void installConstructor() {
    Types.BASE_EXCEPTION_GROUP.constructor = ExceptionGroups::create;
  }

  static void install() {
    PyType beg = Types.BASE_EXCEPTION_GROUP;
    // for super().__new__(cls, message, exceptions) in a subclass's __new__
    beg.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", beg, Fn.__new__)));
    // ExceptionGroup[ValueError] in annotations: a generic alias, as PEP 654 has it
    beg.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
        "__class_getitem__", beg, Fn.__class_getitem__)));
    beg.dict.put("split", new PyBuiltinFunction("split", beg, (a, k) -> {
      MethodArgs.one(a, k, beg, "split");
      PyBaseException self = (PyBaseException) a[0];
      Object[] r = split(self, matcher(a[1]), a[1], true);
      return PyTuple.of(orNone(r[0]), orNone(r[1]));
    }));
    beg.dict.put("subgroup", new PyBuiltinFunction("subgroup", beg, (a, k) -> {
      MethodArgs.one(a, k, beg, "subgroup");
      return orNone(split((PyBaseException) a[0], matcher(a[1]), a[1], false)[0]);
    }));
    beg.dict.put("derive", new PyBuiltinFunction("derive", beg, (a, k) -> {
      MethodArgs.one(a, k, beg, "derive");
      return create(Types.BASE_EXCEPTION_GROUP,
          new Object[] {((PyExceptionGroup) a[0]).message, a[1]}, null);
    }));
  }

  private static Object orNone(Object o) {
    return o == null ? PySingleton.NONE : o;
  }

  /** BaseExceptionGroup.__new__ (and __init__'s refusal of keyword arguments). */
  static PyBaseException create(PyType cls, Object[] a, String[] k) {
    int nk = k == null ? 0 : k.length;
    int npos = a.length - nk;
    if (npos != 2) {
      throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + npos
          + " given)");
    }
    if (!(a[0] instanceof String) && !Types.typeOf(a[0]).isSubtypeOf(Types.STR)) {
      throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
          + Types.typeOf(a[0]).name);
    }
    if (!isSequence(a[1])) {
      throw Errors.typeError("second argument (exceptions) must be a sequence");
    }
    Object[] excs = ListOps.toArray(a[1]);
    if (excs.length == 0) {
      throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
    }
    boolean nestsBase = false;
    for (int i = 0; i < excs.length; i++) {
      if (!(excs[i] instanceof PyBaseException)) {
        throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an"
            + " exception");
      }
      nestsBase |= !Types.typeOf(excs[i]).isSubtypeOf(Types.EXCEPTION);
    }
    if (cls == Types.EXCEPTION_GROUP) {
      if (nestsBase) {
        throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
      }
    } else if (cls == Types.BASE_EXCEPTION_GROUP) {
      if (!nestsBase) {
        cls = Types.EXCEPTION_GROUP;
      }
    } else if (nestsBase && cls.isSubtypeOf(Types.EXCEPTION)) {
      throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
    }
    // BaseExceptionGroup.__init__ runs unless the class defines its own
    if (nk > 0 && !(cls.lookup("__init__") instanceof PyFunction)) {
      throw Errors.typeError(cls.name + "() takes no keyword arguments");
    }
    PyExceptionGroup eg = new PyExceptionGroup(cls, a[0], PyTuple.of(excs));
    eg.args = PyTuple.of(a[0], a[1]);
    return eg;
  }

  /** PySequence_Check: what has __getitem__ and is not a mapping. */
  private static boolean isSequence(Object o) {
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange
        || o instanceof String || o instanceof PyBytes || o instanceof PyByteArray) {
      return true;
    }
    if (o instanceof PyDict || o instanceof PySet) {
      return false;
    }
    PyType t = Types.typeOf(o);
    return o instanceof PyInstance && !t.isSubtypeOf(Types.DICT)
        && t.lookup("__getitem__") != null;
  }

  public static boolean isGroup(Object o) {
    return o instanceof PyExceptionGroup;
  }

  private static Matcher matcher(Object value) {
    if (!(value instanceof PyType) && Builtins.isCallable(value)) {
      return Matcher.PREDICATE;
    }
    if (isExceptionClass(value)) {
      return Matcher.BY_TYPE;
    }
    if (value instanceof PyTuple t) {
      for (Object x : t.items) {
        if (!isExceptionClass(x)) {
          throw Errors.typeError(BAD_MATCHER);
        }
      }
      return Matcher.BY_TYPE;
    }
    throw Errors.typeError(BAD_MATCHER);
  }

  private static boolean isExceptionClass(Object o) {
    return o instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION);
  }

  private static boolean matches(PyBaseException e, Matcher kind, Object value) {
    return switch (kind) {
      case BY_TYPE -> Builtins.exceptionMatches(e, value);
      case PREDICATE -> Ops.truth(Ops.call(value, new Object[] {e}, null));
      case INSTANCE_IDS -> ((Map<?, ?>) value).containsKey(e);
    };
  }

  /**
   * exceptiongroup_split_recursive: {match, rest}, either null when empty; the rest only
   * when {@code withRest}. A group that matches as a whole is kept as it is, one that
   * matches in part is rebuilt from its matching members through derive().
   */
  private static Object[] split(PyBaseException e, Matcher kind, Object value,
      boolean withRest) {
    if (matches(e, kind, value)) {
      return new Object[] {e, null};
    }
    if (!(e instanceof PyExceptionGroup eg)) {
      return new Object[] {null, withRest ? e : null};
    }
    List<Object> match = new ArrayList<>();
    List<Object> rest = new ArrayList<>();
    for (Object x : eg.exceptions.items) {
      Object[] r = split((PyBaseException) x, kind, value, withRest);
      if (r[0] != null) {
        match.add(r[0]);
      }
      if (r[1] != null) {
        rest.add(r[1]);
      }
    }
    return new Object[] {subset(eg, match), withRest ? subset(eg, rest) : null};
  }

  /** A group like {@code orig} holding {@code excs} (null for none): its derive() and metadata. */
  private static PyBaseException subset(PyExceptionGroup orig, List<Object> excs) {
    if (excs.isEmpty()) {
      return null;
    }
    Object derived = Ops.call(Ops.getattr(orig, "derive"),
        new Object[] {new PyList(excs.toArray())}, null);
    if (!(derived instanceof PyExceptionGroup eg)) {
      throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
    }
    eg.traceback = orig.traceback;
    eg.context = orig.context;
    eg.cause = orig.cause;
    Object notes = Ops.getattrOrNull(orig, "__notes__");
    if (notes != null && isSequence(notes)) {
      eg.dict.put("__notes__", new PyList(ListOps.toArray(notes)));
    }
    return eg;
  }

  /**
   * CHECK_EG_MATCH: {rest, match} of the exception being handled (or the rest left by the
   * previous clause, maybe None) against an except* clause's type.
   */
  public static Object[] checkEgMatch(Object exc, Object type) {
    checkStarType(type);
    if (exc == PySingleton.NONE) {
      return new Object[] {PySingleton.NONE, PySingleton.NONE};
    }
    PyBaseException e = (PyBaseException) exc;
    if (Builtins.exceptionMatches(e, type)) {
      if (e instanceof PyExceptionGroup) {
        return new Object[] {PySingleton.NONE, e};
      }
      // the wrapper has no traceback of its own (CPython 3.13.0's __traceback__ is None)
      return new Object[] {PySingleton.NONE, create(Types.EXCEPTION_GROUP,
          new Object[] {"", PyTuple.of(e)}, null)};
    }
    if (e instanceof PyExceptionGroup) {
      Object pair = Ops.call(Ops.getattr(e, "split"), new Object[] {type}, null);
      if (!(pair instanceof PyTuple t)) {
        throw Errors.typeError(e.type().name + ".split must return a tuple, not "
            + Types.typeOf(pair).name);
      }
      if (t.size() < 2) {
        throw Errors.typeError(e.type().name + ".split must return a 2-tuple, got tuple of"
            + " size " + t.size());
      }
      return new Object[] {t.get(1), t.get(0)};
    }
    return new Object[] {e, PySingleton.NONE};
  }

  /** The clause's type must be exception classes, none of them an exception group. */
  private static void checkStarType(Object type) {
    Object[] members = type instanceof PyTuple t ? t.items : new Object[] {type};
    for (Object m : members) {
      if (!isExceptionClass(m)) {
        throw Errors.typeError("catching classes that do not inherit from BaseException is"
            + " not allowed");
      }
    }
    for (Object m : members) {
      if (((PyType) m).isSubtypeOf(Types.BASE_EXCEPTION_GROUP)) {
        throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use"
            + " except instead.");
      }
    }
  }

  /**
   * _PyExc_PrepReraiseStar: what a try/except* re-raises, or None. {@code excs} holds what
   * each clause raised and, last, the unhandled rest (None entries are skipped). An
   * exception with the original's traceback, cause and context was re-raised as it was and
   * stays in the original group's shape; the others are new and go first in a new group.
   */
  public static Object prepReraiseStar(Object orig, PyList excs) {
    Object[] all = excs.toArray();
    if (all.length == 0) {
      return PySingleton.NONE;
    }
    if (!(orig instanceof PyExceptionGroup og)) {
      return all[0]; // a wrapped naked exception: only one clause can have run
    }
    List<Object> raised = new ArrayList<>();
    List<PyBaseException> reraised = new ArrayList<>();
    for (Object x : all) {
      if (x == PySingleton.NONE) {
        continue;
      }
      PyBaseException e = (PyBaseException) x;
      if (sameMetadata(e, og)) {
        reraised.add(e);
      } else {
        raised.add(e);
      }
    }
    Object kept = projection(og, reraised);
    if (raised.isEmpty()) {
      return kept;
    }
    if (kept != PySingleton.NONE) {
      raised.add(kept);
    }
    if (raised.size() == 1) {
      return raised.getFirst();
    }
    PyBaseException group = create(Types.BASE_EXCEPTION_GROUP,
        new Object[] {"", new PyList(raised.toArray())}, null);
    group.contextSet = true; // re-raised, not raised: CPython chains no context to it
    return group;
  }

  private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
    return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context;
  }

  /** The part of {@code eg} whose leaves are leaves of {@code keep}, or None. */
  private static Object projection(PyExceptionGroup eg, List<PyBaseException> keep) {
    Map<PyBaseException, Boolean> leaves = new IdentityHashMap<>();
    for (PyBaseException e : keep) {
      collectLeaves(e, leaves);
    }
    return orNone(split(eg, Matcher.INSTANCE_IDS, leaves, false)[0]);
  }

  private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> leaves) {
    if (e instanceof PyExceptionGroup g) {
      for (Object x : g.exceptions.items) {
        collectLeaves((PyBaseException) x, leaves);
      }
    } else {
      leaves.put(e, Boolean.TRUE);
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __new__, __class_getitem__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __new__: {
          PyType cls = BuiltinSubclasses.newTarget("BaseExceptionGroup", a);
          if (!cls.isSubtypeOf(Types.BASE_EXCEPTION_GROUP)) {
            throw Errors.typeError("BaseExceptionGroup.__new__(" + cls.name + "): " + cls.name
                + " is not a subtype of BaseExceptionGroup");
          }
          return create(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }
        case __class_getitem__: return new PyGenericAlias((PyType) a[0], a[1]);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
