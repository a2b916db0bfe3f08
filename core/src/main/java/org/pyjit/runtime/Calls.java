package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.interp.Interpreter;

/**
 * Calling: what each kind of callable does, and binding arguments to a Python function's
 * parameters with CPython's error messages. Arguments arrive as positional values followed
 * by keyword values whose names are {@code kwnames} (null: no keywords).
 */
public final class Calls {
  private Calls() {}

  public static Object call(Object f, Object[] args, String[] kwnames) {
    if (f instanceof PyFunction fn) {
      return Interpreter.call(fn, bind(fn, args, kwnames));
    }
    if (f instanceof PyBuiltinFunction b) {
      return callBuiltin(b, args, kwnames);
    }
    if (f instanceof PyMethod m) {
      Object[] full = new Object[args.length + 1];
      full[0] = m.self;
      System.arraycopy(args, 0, full, 1, args.length);
      return call(m.function, full, kwnames);
    }
    if (f instanceof PyType t) {
      return callType(t, args, kwnames);
    }
    if (f instanceof PyGenericAlias g) {
      if (!(g.origin instanceof PyType t)) {
        return call(g.origin, args, kwnames);
      }
      Object made = instantiate(t, args, kwnames);
      if (g.type() == PyGenericAlias.TYPING_ALIAS) {
        try {
          Ops.setattr(made, "__orig_class__", g); // Box[int]() remembers its alias
        } catch (PyException e) {
          // as CPython: an object that takes no attributes just goes without
        }
      }
      return made;
    }
    Object m = Types.typeOf(f).lookup("__call__");
    if (m != null) {
      Object[] full = new Object[args.length + 1];
      full[0] = f;
      System.arraycopy(args, 0, full, 1, args.length);
      return call(m, full, kwnames);
    }
    throw Errors.typeError("'" + Types.typeOf(f).name + "' object is not callable");
  }

  /**
   * Runs a builtin. Builtins whose arguments are not checked one by one yet (ArgParser does
   * that) index and cast their arguments directly; a missing argument or one of the wrong
   * type then surfaces as a Java exception, which becomes the TypeError CPython would raise
   * in spirit, so that no call from Python ever ends in a Java exception.
   */
  public static Object callBuiltin(PyBuiltinFunction b, Object[] args, String[] kwnames) {
    if (b.owner != null && b.owner.wrapsValues && args.length > 0) {
      // int, float, str ... methods work on the value of a subclass instance
      if (b.name.startsWith("__")) {
        args = BuiltinSubclasses.unwrapArgs(args);
      } else if (args[0] instanceof BuiltinSubclasses.ValueInstance v) {
        args = args.clone();
        args[0] = v.value;
      }
    }
    int checks = b.checks;
    if (checks == 0) {
      checks = b.checks = checksOf(b);
    }
    if (checks != CHECK_DECIDED) {
      if ((checks & CHECK_RECEIVER) != 0 && args.length > 0
          && !Types.typeOf(args[0]).isSubtypeOf(b.owner)) {
        // set and frozenset share their Java class, so no cast below catches one for the other
        throw notApplicable(b, args[0]);
      }
      if ((checks & CHECK_ARITY) != 0) {
        BuiltinArity.checkMethod(b, args, kwnames);
      }
      if ((checks & CHECK_SLOT) != 0) {
        SlotWrappers.check(b, args, kwnames);
      }
    }
    try {
      return b.body.call(args, kwnames);
    } catch (ArrayIndexOutOfBoundsException | ClassCastException | NullPointerException e) {
      if (e instanceof ClassCastException && b.owner != null && b.owner.builtin
          && !b.name.startsWith("__") && args.length > 0
          && !Types.typeOf(args[0]).isSubtypeOf(b.owner)) {
        // a method descriptor called on an object of another type: list.append(1, 2)
        throw notApplicable(b, args[0]);
      }
      throw misuse(b.name, e);
    }
  }

  // PyBuiltinFunction.checks: decided; the receiver's type; BuiltinArity's method rule;
  // a slot wrapper's arity
  private static final byte CHECK_DECIDED = 1;
  private static final byte CHECK_RECEIVER = 2;
  private static final byte CHECK_ARITY = 4;
  private static final byte CHECK_SLOT = 8;

  /** The checks {@link #callBuiltin} makes on every call of b: its owner's and name's. */
  private static byte checksOf(PyBuiltinFunction b) {
    int c = CHECK_DECIDED;
    PyType owner = b.owner;
    boolean dunder = b.name.startsWith("__");
    if ((owner == Types.SET || owner == Types.FROZENSET) && !dunder) {
      c |= CHECK_RECEIVER;
    }
    if (owner == Types.SET || owner == Types.FROZENSET || owner == Types.BYTES
        || owner == Types.BYTEARRAY) {
      b.arityRule = BuiltinArity.methodRule(b);
      if (b.arityRule != null) {
        c |= CHECK_ARITY;
      }
    }
    if (owner != null && dunder && SlotWrappers.checks(b)) {
      c |= CHECK_SLOT;
    }
    return (byte) c;
  }

  private static PyException notApplicable(PyBuiltinFunction b, Object self) {
    return Errors.typeError("descriptor '" + b.name + "' for '" + b.owner.name
        + "' objects doesn't apply to a '" + Types.typeOf(self).name + "' object");
  }

  /** The TypeError for a builtin given too few arguments or one of a type it cannot use. */
  private static PyException misuse(String name, RuntimeException e) {
    return e instanceof ClassCastException
        ? Errors.typeError("bad argument type for built-in operation")
        : Errors.typeError(name + "() missing required argument");
  }

  /**
   * The __init__ of a class that {@link #instantiate} makes by allocating a plain
   * {@link PyInstance} and calling that Python function on it, or null when calling the
   * class does anything else (a metaclass's __call__, a Python __new__, a built-in base).
   * The interpreter specializes calls of such a class (CALL_ALLOC_AND_ENTER_INIT), so this
   * must agree with {@link #callType} and {@link #instantiate}.
   */
  public static PyFunction plainInit(PyType t) {
    if (t.builtin || t.constructor != null || t.type() != Types.TYPE) {
      return null;
    }
    Object found = t.lookup("__new__");
    if (found != null
        && !(found instanceof PyStaticMethod sm && sm.function instanceof PyBuiltinFunction)) {
      return null;
    }
    if (BuiltinSubclasses.solidBase(t) != Types.OBJECT) {
      return null;
    }
    return t.lookup("__init__") instanceof PyFunction f ? f : null;
  }

  /**
   * Calling a class: its metaclass's __call__ when a Python metaclass defines one, else
   * type.__call__ ({@link #instantiate}).
   */
  static Object callType(PyType t, Object[] args, String[] kwnames) {
    PyType meta = t.type();
    if (meta != Types.TYPE) {
      Object c = meta.lookup("__call__");
      if (c != null && !(c instanceof PyBuiltinFunction)) {
        return call(c, prepend(t, args), kwnames);
      }
    }
    return instantiate(t, args, kwnames);
  }

  static Object[] prepend(Object first, Object[] args) {
    Object[] full = new Object[args.length + 1];
    full[0] = first;
    System.arraycopy(args, 0, full, 1, args.length);
    return full;
  }

  /**
   * type.__call__: built-in types run their constructor; classes run __new__ (a Python one,
   * else the built-in base's, see {@link BuiltinSubclasses}) and then __init__ when __new__
   * returned an instance of the class, as CPython's type_call.
   */
  static Object instantiate(PyType t, Object[] args, String[] kwnames) {
    if (t.constructor != null) {
      if (t.builtin) {
        BuiltinArity.checkConstructor(t, args, kwnames);
      }
      try {
        return t.constructor.call(t, args, kwnames);
      } catch (ArrayIndexOutOfBoundsException | ClassCastException | NullPointerException e) {
        throw misuse(t.name, e);
      }
    }
    if (t.callEpoch != Ops.typeEpoch) { // looked up once per class until some class changes
      Object found = t.lookup("__new__");
      t.callNew = found == null
          || found instanceof PyStaticMethod sm && sm.function instanceof PyBuiltinFunction
          ? null : found instanceof PyStaticMethod sm ? sm.function : found;
      t.callInit = t.lookup("__init__");
      t.callBase = BuiltinSubclasses.solidBase(t);
      t.callEpoch = Ops.typeEpoch;
    }
    PyType base = t.callBase;
    boolean customNew = t.callNew != null;
    Object self;
    if (customNew) {
      self = call(t.callNew, prepend(t, args), kwnames);
      if (!Types.typeOf(self).isSubtypeOf(t)) {
        return self;
      }
    } else if (base == Types.OBJECT) {
      if (t.isAbstract) {
        throw ObjectMethods.abstractInstantiation(t);
      }
      self = new PyInstance(t);
    } else if (base == Types.TYPE) {
      self = ClassBuilder.newClass(t, args, kwnames);
    } else if (base.isSubtypeOf(Types.BASE_EXCEPTION) || base.constructsSubclasses) {
      self = base.constructor.call(t, args, kwnames);
    } else {
      self = BuiltinSubclasses.newInstance(base, t, args, kwnames);
    }
    Object init = t.callInit;
    if (init != null) {
      Object r = init instanceof PyFunction || init instanceof PyBuiltinFunction
          ? call(init, prepend(self, args), kwnames) : call(Ops.bind(init, self, t), args, kwnames);
      if (r != PySingleton.NONE) {
        throw Errors.typeError("__init__() should return None, not '" + Types.typeOf(r).name
            + "'");
      }
    } else if (base == Types.OBJECT && !customNew && (args.length > 0)) {
      throw Errors.typeError(t.name + "() takes no arguments");
    }
    return self;
  }

  /**
   * The initial local variables of a call of {@code fn}: its parameters bound to the
   * arguments (with defaults, *args and **kwargs), or CPython's TypeError.
   */
  public static Object[] bind(PyFunction fn, Object[] args, String[] kwnames) {
    CodeObject co = fn.code;
    Object[] locals = new Object[co.frameSize];
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    int argcount = co.argcount;
    int kwonly = co.kwonlyargcount;
    boolean varargs = co.has(CodeObject.CO_VARARGS);
    boolean varkw = co.has(CodeObject.CO_VARKEYWORDS);
    if (nkw == 0 && npos == argcount && !varargs && kwonly == 0 && !varkw) {
      System.arraycopy(args, 0, locals, 0, npos); // the common case
      return locals;
    }
    int n = Math.min(npos, argcount);
    System.arraycopy(args, 0, locals, 0, n);
    int slot = argcount + kwonly;
    if (varargs) {
      Object[] extra = new Object[Math.max(0, npos - argcount)];
      System.arraycopy(args, n, extra, 0, extra.length);
      locals[slot++] = PyTuple.of(extra);
    } else if (npos > argcount) {
      throw tooManyPositional(fn, npos, nkw, locals, args, kwnames);
    }
    PyDict kwdict = null;
    if (varkw) {
      kwdict = new PyDict();
      locals[slot] = kwdict;
    }
    List<String> posonlyAsKw = null;
    for (int k = 0; k < nkw; k++) {
      String name = kwnames[k];
      Object value = args[npos + k];
      int idx = -1;
      for (int i = co.posonlyargcount; i < argcount + kwonly; i++) {
        if (co.varnames[i].equals(name)) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict != null) {
          kwdict.put(name, value);
          continue;
        }
        for (int i = 0; i < co.posonlyargcount; i++) {
          if (co.varnames[i].equals(name)) {
            if (posonlyAsKw == null) {
              posonlyAsKw = new ArrayList<>();
            }
            posonlyAsKw.add(name);
          }
        }
        if (posonlyAsKw != null) {
          continue;
        }
        String hint = Suggestions.suggestKeyword(java.util.Arrays.asList(co.varnames)
            .subList(co.posonlyargcount, argcount + kwonly), name);
        throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name
            + "'" + (hint == null ? "" : ". Did you mean '" + hint + "'?"));
      }
      if (locals[idx] != null) {
        throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name
            + "'");
      }
      locals[idx] = value;
    }
    if (posonlyAsKw != null) {
      throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as"
          + " keyword arguments: '" + String.join(", ", posonlyAsKw) + "'");
    }
    // defaults for the last positional parameters
    Object[] defaults = fn.defaults;
    int ndef = defaults == null ? 0 : defaults.length;
    List<String> missing = null;
    for (int i = 0; i < argcount; i++) {
      if (locals[i] == null) {
        int d = i - (argcount - ndef);
        if (d >= 0) {
          locals[i] = defaults[d];
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(co.varnames[i]);
        }
      }
    }
    if (missing != null) {
      throw missingArguments(fn, missing, "positional");
    }
    for (int i = argcount; i < argcount + kwonly; i++) {
      if (locals[i] == null) {
        Object d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[i]);
        if (d != null) {
          locals[i] = d;
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(co.varnames[i]);
        }
      }
    }
    if (missing != null) {
      throw missingArguments(fn, missing, "keyword-only");
    }
    return locals;
  }

  private static PyException missingArguments(PyFunction fn, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return Errors.typeError(fn.qualname + "() missing " + names.size() + " required " + kind
        + " argument" + (names.size() == 1 ? "" : "s") + ": " + sb);
  }

  private static PyException tooManyPositional(PyFunction fn, int given, int nkw,
      Object[] locals, Object[] args, String[] kwnames) {
    CodeObject co = fn.code;
    int ndef = fn.defaults == null ? 0 : fn.defaults.length;
    int max = co.argcount;
    int min = max - ndef;
    String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
    int kwGiven = 0;
    for (int k = 0; k < nkw; k++) {
      for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
        if (co.varnames[i].equals(kwnames[k])) {
          kwGiven++;
        }
      }
    }
    String plural = max == 1 && min == max ? "" : "s";
    String extra = kwGiven == 0 ? "" : " positional argument" + (given == 1 ? "" : "s")
        + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")";
    if (kwGiven > 0) {
      return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument"
          + plural + " but " + given + extra + " were given");
    }
    return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument" + plural
        + " but " + given + (given == 1 ? " was" : " were") + " given");
  }
}
