package org.pyjit.interp;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PySuper;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.SpecializationSupport;
import org.pyjit.runtime.Types;
import org.pyjit.runtime.collect.PyDictTable;
import org.pyjit.runtime.collect.PyHash;

/**
 * Adaptive specialization (PEP 659, as in CPython 3.11+): a generic instruction that has a
 * specialized family watches the operands it gets and rewrites itself, in the shared code of
 * its {@link CodeObject}, into the form for those types, with what that form needs to
 * remember in {@link CodeObject#caches}. A specialized instruction checks its assumptions
 * on every execution; when they fail it de-specializes ({@link #deopt}) and the generic
 * form runs again.
 *
 * <p>Counters ({@link CodeObject#counters}, one per instruction): the low 16 bits count down
 * the executions of the generic form until the next attempt to specialize, the bits above
 * hold the back-off exponent. A fresh instruction tries at its first execution; each failed
 * attempt and each de-specialization doubles the wait (1, 3, 7, ... up to 4095), so a site
 * whose types keep changing settles on the generic form at a bounded cost.
 *
 * <p>Each {@code specialize*} method is called with the operands the generic form is about
 * to use, returns true when it rewrote the instruction (the interpreter then re-executes it
 * in its specialized form) and false after scheduling the next attempt. What a specialized
 * form assumes is stated where it is chosen here; its guard is in {@link Interpreter}.
 */
final class Specializer {
  private Specializer() {}

  /** Off with {@code -Dpyjit.specialize=false} (to compare against the generic forms). */
  private static boolean enabled = !"false".equals(System.getProperty("pyjit.specialize"));

  /** Turns specialization on or off for instructions not specialized yet (for tests). */
  static void setEnabled(boolean on) {
    enabled = on;
  }

  private static final int MAX_BACKOFF = 12;

  /**
   * Whether the generic instruction at {@code i} should try to specialize now. It does not
   * read {@link #enabled} ({@link #rewrite} does): the loop inlines this in a dozen cases,
   * and C2 would load the shared static field before the switch, for every instruction.
   */
  static boolean due(CodeObject co, int i) {
    return due(co.counters, i);
  }

  /** {@link #due(CodeObject, int)} on the code's counters. */
  static boolean due(int[] counters, int i) {
    int c = counters[i];
    if ((c & 0xffff) == 0) {
      return true;
    }
    counters[i] = c - 1;
    return false;
  }

  /** Schedules the next attempt further away. */
  private static boolean fail(CodeObject co, int i) {
    int exp = Math.min((co.counters[i] >>> 16) + 1, MAX_BACKOFF);
    co.counters[i] = exp << 16 | ((1 << exp) - 1);
    return false;
  }

  private static boolean rewrite(CodeObject co, int i, Opcode op, InlineCache cache) {
    if (!enabled) {
      return fail(co, i);
    }
    co.caches[i] = cache;
    co.code[i] = Opcode.encode(op, Opcode.argOf(co.code[i]));
    return true;
  }

  /**
   * Back to the generic form, which tries again after a longer wait. An attribute
   * instruction's classes are remembered ({@link InlineCache.Previous}) so that a site that
   * missed because it met another class can keep both ({@link #rewriteAttr}).
   */
  static void deopt(CodeObject co, int i) {
    int unit = co.code[i];
    Opcode op = Opcode.of(Opcode.opcodeOf(unit));
    co.code[i] = Opcode.encode(op.generic(), Opcode.argOf(unit));
    Object old = co.caches[i];
    boolean attr = old instanceof InlineCache.Attr || old instanceof InlineCache.Poly;
    co.caches[i] = attr ? new InlineCache.Previous(op, (InlineCache) old) : null;
    int misses = co.counters[i] >>> 16;
    fail(co, i);
    if (attr && misses < MAX_TYPES) {
      // the generic form runs at once on the value that missed: let it specialize for that
      // class now (else the wait could always end on the class the site already had)
      co.counters[i] &= ~0xffff;
    }
  }

  /** The most classes one attribute site keeps (a megamorphic site stays generic). */
  static final int MAX_TYPES = 4;

  /**
   * Specializes an attribute instruction to {@code op} for {@code fresh}'s class, keeping
   * what the site had for other classes under the same form while their version tags hold.
   */
  private static boolean rewriteAttr(CodeObject co, int i, Opcode op, InlineCache.Attr fresh) {
    if (!(co.caches[i] instanceof InlineCache.Previous p) || p.op() != op) {
      return rewrite(co, i, op, fresh);
    }
    java.util.List<InlineCache.Attr> kept = new java.util.ArrayList<>();
    kept.add(fresh);
    InlineCache.Attr[] before = p.cache() instanceof InlineCache.Poly poly ? poly.entries()
        : new InlineCache.Attr[] {(InlineCache.Attr) p.cache()};
    for (InlineCache.Attr a : before) {
      if (a.type() != fresh.type() && a.type().hasVersionTag(a.version())
          && kept.size() < MAX_TYPES) {
        kept.add(a);
      }
    }
    return rewrite(co, i, op, kept.size() == 1 ? fresh
        : new InlineCache.Poly(kept.toArray(InlineCache.Attr[]::new)));
  }

  // ------------------------------------------------------------------ operators

  static boolean binaryOp(CodeObject co, int i, int arg, Object a, Object b) {
    BinaryOp op = BinaryOp.of(arg).plain();
    if (a instanceof Long && b instanceof Long) {
      return switch (op) {
        case ADD -> {
          fuseIntConstant(co, i, Opcode.LOAD_FAST_CONST_ADD_INT);
          fuseLocalPair(co, i, Opcode.LOAD_FAST_LOAD_FAST_ADD_INT);
          yield rewrite(co, i, Opcode.BINARY_OP_ADD_INT, null);
        }
        case SUBTRACT -> {
          fuseIntConstant(co, i, Opcode.LOAD_FAST_CONST_SUBTRACT_INT);
          fuseLocalPair(co, i, Opcode.LOAD_FAST_LOAD_FAST_SUBTRACT_INT);
          yield rewrite(co, i, Opcode.BINARY_OP_SUBTRACT_INT, null);
        }
        case MULTIPLY -> rewrite(co, i, Opcode.BINARY_OP_MULTIPLY_INT, null);
        case MATRIX_MULTIPLY -> fail(co, i);
        default -> rewrite(co, i, Opcode.BINARY_OP_INT, null);
      };
    }
    if (a instanceof Double && b instanceof Double) {
      return switch (op) {
        case ADD -> rewrite(co, i, Opcode.BINARY_OP_ADD_FLOAT, null);
        case SUBTRACT -> rewrite(co, i, Opcode.BINARY_OP_SUBTRACT_FLOAT, null);
        case MULTIPLY -> rewrite(co, i, Opcode.BINARY_OP_MULTIPLY_FLOAT, null);
        case TRUE_DIVIDE, FLOOR_DIVIDE, REMAINDER, POWER ->
            rewrite(co, i, Opcode.BINARY_OP_FLOAT, null);
        default -> fail(co, i);
      };
    }
    if ((a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double)
        && arithmetic(op)) {
      return rewrite(co, i, Opcode.BINARY_OP_FLOAT, null);
    }
    if (a instanceof String && b instanceof String && op == BinaryOp.ADD) {
      return rewrite(co, i, Opcode.BINARY_OP_ADD_UNICODE, null);
    }
    return fail(co, i);
  }

  private static boolean arithmetic(BinaryOp op) {
    return switch (op) {
      case ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE, FLOOR_DIVIDE, REMAINDER, POWER -> true;
      default -> false;
    };
  }

  /**
   * An int operation at {@code i} specializing after a LOAD_FAST_LOAD_CONST of an int
   * constant (which falls through to it): that instruction becomes {@code fused}, which does
   * both (and the jump after a compare) in one dispatch. It checks its local's type itself,
   * so it stays right whatever becomes of the instruction at i; the operation at i still
   * specializes (and runs now) by itself.
   */
  private static void fuseIntConstant(CodeObject co, int i, Opcode fused) {
    if (i > 0 && enabled && Opcode.opcodeOf(co.code[i - 1]) == Opcode.LOAD_FAST_LOAD_CONST.ordinal()
        && co.consts[Opcode.pairSecond(Opcode.argOf(co.code[i - 1]))] instanceof Long) {
      co.caches[i - 1] = null;
      co.code[i - 1] = Opcode.encode(fused, Opcode.argOf(co.code[i - 1]));
    }
  }

  static boolean compareOp(CodeObject co, int i, int arg, Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      // the jump that tests the result, if one follows, is done by the compare itself
      int next = i + 1 < co.code.length ? Opcode.opcodeOf(co.code[i + 1]) : -1;
      if (next == Opcode.POP_JUMP_IF_FALSE.ordinal() || next == Opcode.POP_JUMP_IF_TRUE.ordinal()) {
        fuseIntConstant(co, i, Opcode.LOAD_FAST_CONST_COMPARE_INT_JUMP);
        fuseLocalPair(co, i, Opcode.LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP);
        return rewrite(co, i, Opcode.COMPARE_OP_INT_JUMP, null);
      }
      return rewrite(co, i, Opcode.COMPARE_OP_INT, null);
    }
    if (a instanceof Double && b instanceof Double) {
      return rewrite(co, i, Opcode.COMPARE_OP_FLOAT, null);
    }
    if (a instanceof String && b instanceof String) {
      return rewrite(co, i, Opcode.COMPARE_OP_STR, null);
    }
    if (a instanceof PyInstance x && b instanceof PyInstance y && x.type() == y.type()
        && a.getClass() == PyInstance.class && b.getClass() == PyInstance.class
        && x.type().type() == Types.TYPE
        && x.type().lookup(CompareOp.ofArg(arg).dunder) instanceof PyFunction fn
        && fn.code.argcount == 2 && simpleParameters(fn.code)
        && (fn.code.flags & Interpreter.NOT_INLINE) == 0) {
      // one type: no reflected method first; a Python dunder: no object.__ne__ fallback;
      // (self, other) and not a generator: its frame is pushed (SpecializedOps.pushCompare)
      return rewrite(co, i, Opcode.COMPARE_OP_PY,
          new InlineCache.Attr(x.type(), x.type().versionTag(), fn, -1, 0));
    }
    return fail(co, i);
  }

  static boolean containsOp(CodeObject co, int i, Object container) {
    if (isExact(container, Types.DICT)) {
      return rewrite(co, i, Opcode.CONTAINS_OP_DICT, null);
    }
    if (container instanceof PySet s
        && (s.type() == Types.SET || s.type() == Types.FROZENSET)) {
      // the jump that tests the result, if one follows, is done by the test itself (nqueens'
      // `if c in cols or ...`: one dispatch fewer per test)
      int next = i + 1 < co.code.length ? Opcode.opcodeOf(co.code[i + 1]) : -1;
      if (next == Opcode.POP_JUMP_IF_FALSE.ordinal() || next == Opcode.POP_JUMP_IF_TRUE.ordinal()) {
        return rewrite(co, i, Opcode.CONTAINS_OP_SET_JUMP, null);
      }
      return rewrite(co, i, Opcode.CONTAINS_OP_SET, null);
    }
    return fail(co, i);
  }

  static boolean toBool(CodeObject co, int i, Object v) {
    if (v instanceof Boolean) {
      return rewrite(co, i, Opcode.TO_BOOL_BOOL, null);
    }
    if (v instanceof Long) {
      return rewrite(co, i, Opcode.TO_BOOL_INT, null);
    }
    if (v == PySingleton.NONE) {
      return rewrite(co, i, Opcode.TO_BOOL_NONE, null);
    }
    if (v instanceof String) {
      return rewrite(co, i, Opcode.TO_BOOL_STR, null);
    }
    if (isExact(v, Types.LIST)) {
      return rewrite(co, i, Opcode.TO_BOOL_LIST, null);
    }
    return fail(co, i);
  }

  static boolean binarySubscr(CodeObject co, int i, Object container, Object key) {
    if (key instanceof Long && isExact(container, Types.LIST)) {
      fuseLocalPair(co, i, Opcode.LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT);
      return rewrite(co, i, Opcode.BINARY_SUBSCR_LIST_INT, null);
    }
    if (key instanceof Long && isExact(container, Types.TUPLE)) {
      return rewrite(co, i, Opcode.BINARY_SUBSCR_TUPLE_INT, null);
    }
    if (isExact(container, Types.DICT)) {
      return rewrite(co, i, Opcode.BINARY_SUBSCR_DICT, null);
    }
    return fail(co, i);
  }

  /**
   * A list subscript or an int compare-and-jump at {@code i} specializing after a
   * LOAD_FAST_LOAD_FAST (the list and the index, or the two ints, which falls through to
   * it): that instruction becomes {@code fused}, which does both in one dispatch. It checks
   * its two locals itself, so it stays right whatever becomes of the instruction at i.
   */
  private static void fuseLocalPair(CodeObject co, int i, Opcode fused) {
    if (i > 0 && enabled
        && Opcode.of(Opcode.opcodeOf(co.code[i - 1])).generic() == Opcode.LOAD_FAST_LOAD_FAST) {
      co.caches[i - 1] = null;
      co.code[i - 1] = Opcode.encode(fused, Opcode.argOf(co.code[i - 1]));
    }
  }

  static boolean storeSubscr(CodeObject co, int i, Object container, Object key) {
    if (key instanceof Long && isExact(container, Types.LIST)) {
      fuseLocalPair(co, i, Opcode.LOAD_FAST_LOAD_FAST_STORE_SUBSCR_LIST_INT);
      return rewrite(co, i, Opcode.STORE_SUBSCR_LIST_INT, null);
    }
    if (isExact(container, Types.DICT)) {
      return rewrite(co, i, Opcode.STORE_SUBSCR_DICT, null);
    }
    return fail(co, i);
  }

  static boolean unpackSequence(CodeObject co, int i, int n, Object seq) {
    if (isExact(seq, Types.TUPLE)) {
      return rewrite(co, i, n == 2 ? Opcode.UNPACK_SEQUENCE_TWO_TUPLE
          : Opcode.UNPACK_SEQUENCE_TUPLE, null);
    }
    if (isExact(seq, Types.LIST)) {
      return rewrite(co, i, Opcode.UNPACK_SEQUENCE_LIST, null);
    }
    return fail(co, i);
  }

  static boolean forIter(CodeObject co, int i, Object it) {
    if (it instanceof PyIterator.RangeIterator) {
      // the store of the loop variable, if a local's, is done by the loop's step itself
      boolean store = i + 1 < co.code.length
          && Opcode.opcodeOf(co.code[i + 1]) == Opcode.STORE_FAST.ordinal();
      return rewrite(co, i, store ? Opcode.FOR_ITER_RANGE_STORE_FAST : Opcode.FOR_ITER_RANGE,
          null);
    }
    if (it instanceof PyIterator.ListIterator) {
      return rewrite(co, i, Opcode.FOR_ITER_LIST, null);
    }
    if (it instanceof PyIterator.ArrayIterator) {
      return rewrite(co, i, Opcode.FOR_ITER_TUPLE, null);
    }
    if (it instanceof PyGenerator) {
      return rewrite(co, i, Opcode.FOR_ITER_GEN, null);
    }
    return fail(co, i);
  }

  /** Whether {@code o} is an instance of the built-in {@code type} itself, not a subclass. */
  static boolean isExact(Object o, PyType type) {
    return o instanceof PyObject p && p.type() == type;
  }

  // ------------------------------------------------------------------ globals and attributes

  static boolean loadGlobal(CodeObject co, int i, String name, PyDict globals, PyDict builtins) {
    PyDictTable g = globals.table();
    long hash = PyHash.hashString(name);
    int entry = g.find(name, hash);
    if (entry >= 0) {
      return rewrite(co, i, Opcode.LOAD_GLOBAL_MODULE,
          new InlineCache.Global(g, g.layoutVersion(), null, 0, entry));
    }
    PyDictTable b = builtins.table();
    entry = b.find(name, hash);
    if (entry >= 0) {
      return rewrite(co, i, Opcode.LOAD_GLOBAL_BUILTIN,
          new InlineCache.Global(g, g.layoutVersion(), b, b.layoutVersion(), entry));
    }
    return fail(co, i);
  }

  /**
   * LOAD_ATTR. Instances of Python classes without attribute hooks: an attribute that no
   * class on the MRO defines (so only the instance dict can have it) becomes
   * LOAD_ATTR_INSTANCE_VALUE; a method call on a name that the class defines as a Python
   * function and the instance dict lacks becomes LOAD_ATTR_METHOD_WITH_VALUES. A method
   * call on a built-in value (list.append, str.join, ...) becomes LOAD_ATTR_METHOD_NO_DICT;
   * an attribute of a module LOAD_ATTR_MODULE; a plain attribute of a class LOAD_ATTR_CLASS.
   * A method call on a super object becomes LOAD_ATTR_SUPER_METHOD when the lookup finds a
   * Python function. Other names starting with "__" are left alone: many have special
   * lookups.
   */
  static boolean loadAttr(CodeObject co, int i, String name, boolean method, Object owner) {
    if (method && owner instanceof PySuper s) {
      PyFunction fn = SpecializationSupport.superMethod(s, name);
      PyType type = Types.typeOf(SpecializationSupport.superObject(s));
      return fn == null ? fail(co, i) : rewrite(co, i, Opcode.LOAD_ATTR_SUPER_METHOD,
          new InlineCache.SuperMethod(SpecializationSupport.superClass(s), type,
              type.versionTag(), fn));
    }
    if (name.startsWith("__")) {
      return fail(co, i);
    }
    if (owner instanceof PyModule m) {
      PyDictTable t = m.dict.table();
      int entry = t.find(name, PyHash.hashString(name));
      return entry < 0 ? fail(co, i) : rewrite(co, i, Opcode.LOAD_ATTR_MODULE,
          new InlineCache.ModuleAttr(t, t.layoutVersion(), entry));
    }
    if (owner instanceof PyType t) {
      if (name.equals("mro")) { // the type's own attribute, before the class's (Ops)
        return fail(co, i);
      }
      Object v = t.lookup(name);
      if (t.builtin || t.type() != Types.TYPE || v == null
          || !SpecializationSupport.isPlainClassAttribute(t, v)) {
        return fail(co, i);
      }
      return rewrite(co, i, Opcode.LOAD_ATTR_CLASS,
          new InlineCache.Attr(t, t.versionTag(), SpecializationSupport.classAttribute(v), -1,
              0));
    }
    PyType type = Types.typeOf(owner);
    if (!SpecializationSupport.plainAttributes(owner, type, name)) {
      return fail(co, i);
    }
    Object descr = type.lookup(name);
    if (owner instanceof PyInstance inst && !type.builtin) {
      if (SpecializationSupport.isPlainProperty(descr)) {
        return rewriteAttr(co, i, Opcode.LOAD_ATTR_PROPERTY,
            new InlineCache.Attr(type, type.versionTag(), descr, -1, 0));
      }
      if (SpecializationSupport.isSlotMember(descr) && inst.slotValues() != null) {
        int at = type.slotIndex(name);
        if (at < 0) {
          return fail(co, i);
        }
        fuseLoadFast(co, i, method, Opcode.LOAD_FAST_ATTR_SLOT);
        return rewriteAttr(co, i, Opcode.LOAD_ATTR_SLOT,
            new InlineCache.Attr(type, type.versionTag(), null, at, 0));
      }
    }
    if (owner instanceof PyInstance inst && inst.dict != null && !type.builtin) {
      long hash = PyHash.hashString(name);
      int entry = inst.dict.table().find(name, hash);
      if (SpecializationSupport.isPlainValue(descr) && entry >= 0) {
        fuseLoadFast(co, i, method, Opcode.LOAD_FAST_ATTR_INSTANCE_VALUE);
        return rewriteAttr(co, i, Opcode.LOAD_ATTR_INSTANCE_VALUE,
            new InlineCache.Attr(type, type.versionTag(), null, entry, hash));
      }
      if (method && descr instanceof PyFunction && entry < 0) {
        return rewriteAttr(co, i, Opcode.LOAD_ATTR_METHOD_WITH_VALUES,
            new InlineCache.Attr(type, type.versionTag(), descr, -1, hash));
      }
      return fail(co, i);
    }
    if (method && !(owner instanceof PyInstance inst && inst.dict != null)
        && (descr instanceof PyFunction
            || descr instanceof PyBuiltinFunction b && b.owner != null)) {
      return rewriteAttr(co, i, Opcode.LOAD_ATTR_METHOD_NO_DICT,
          new InlineCache.Attr(type, type.versionTag(), descr, -1, 0));
    }
    return fail(co, i);
  }

  /**
   * An attribute load at {@code i} (not a method load) specializing after a LOAD_FAST (which
   * falls through to it): that instruction becomes {@code fused}, which does both in one
   * dispatch (a LOAD_FAST already fused with another form is fused again). It checks that
   * the unit at i is still the form it fuses with, and that form's guard, itself, so it
   * stays right whatever becomes of the instruction at i.
   */
  private static void fuseLoadFast(CodeObject co, int i, boolean method, Opcode fused) {
    if (!method && i > 0 && enabled
        && Opcode.of(Opcode.opcodeOf(co.code[i - 1])).generic() == Opcode.LOAD_FAST) {
      co.caches[i - 1] = null;
      co.code[i - 1] = Opcode.encode(fused, Opcode.argOf(co.code[i - 1]));
    }
  }

  /**
   * STORE_ATTR on an instance of a Python class whose classes define neither __setattr__
   * nor anything under that name that could be a descriptor: the value goes straight into
   * the instance dict (STORE_ATTR_INSTANCE_VALUE).
   */
  static boolean storeAttr(CodeObject co, int i, String name, Object owner) {
    if (name.startsWith("__") || !(owner instanceof PyInstance inst)
        || inst.dict == null && inst.slotValues() == null || owner instanceof PyBaseException) {
      return fail(co, i);
    }
    PyType type = inst.type();
    if (type.builtin || !SpecializationSupport.plainAttributes(owner, type, name)
        || !SpecializationSupport.plainSetattr(type)) {
      return fail(co, i);
    }
    Object descr = type.lookup(name);
    if (SpecializationSupport.isSlotMember(descr) && inst.slotValues() != null) {
      int at = type.slotIndex(name);
      return at < 0 ? fail(co, i) : rewriteAttr(co, i, Opcode.STORE_ATTR_SLOT,
          new InlineCache.Attr(type, type.versionTag(), null, at, 0));
    }
    if (inst.dict == null || !SpecializationSupport.isPlainValue(descr)) {
      return fail(co, i);
    }
    long hash = PyHash.hashString(name);
    int entry = inst.dict.table().find(name, hash);
    return rewriteAttr(co, i, Opcode.STORE_ATTR_INSTANCE_VALUE,
        new InlineCache.Attr(type, type.versionTag(), null,
            entry >= 0 ? entry : inst.dict.table().entryLimit(), hash));
  }

  // ------------------------------------------------------------------ calls

  /**
   * CALL without keywords. A Python function whose parameters are positional only or
   * positional-or-keyword (no *args, **kwargs or keyword-only ones) becomes
   * CALL_PY_EXACT_ARGS when the call passes all of them, CALL_PY_WITH_DEFAULTS when the
   * defaults fill the rest; a class with a Python __init__ and object's allocation
   * CALL_ALLOC_AND_ENTER_INIT; len(x) and isinstance(x, t) their own forms; other builtins
   * CALL_BUILTIN; super() CALL_SUPER_ZERO.
   */
  static boolean call(CodeObject co, int i, int nargs, Object[] stack, int sp) {
    Object callable = stack[sp - nargs - 2];
    Object self = stack[sp - nargs - 1];
    int total = nargs + (self != null ? 1 : 0);
    if (callable instanceof PyFunction fn) {
      CodeObject target = fn.code;
      if (!simpleParameters(target)) {
        return fail(co, i);
      }
      if (total == target.argcount) {
        return rewrite(co, i, Opcode.CALL_PY_EXACT_ARGS, new InlineCache.PyCall(target));
      }
      int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
      if (total < target.argcount && total >= target.argcount - ndefaults) {
        return rewrite(co, i, Opcode.CALL_PY_WITH_DEFAULTS, new InlineCache.PyCall(target));
      }
      return fail(co, i);
    }
    if (callable instanceof PyBuiltinFunction b) {
      if (b == PyFrameObject.GETFRAME) { // the generic CALL stores the line it reports
        return fail(co, i);
      }
      if (self == null && nargs == 1 && b == Builtins.dict(null).getStr("len")) {
        return rewrite(co, i, Opcode.CALL_LEN, lenCall(b, stack[sp - 1]));
      }
      if (self == null && nargs == 2 && b == Builtins.dict(null).getStr("isinstance")) {
        return rewrite(co, i, Opcode.CALL_ISINSTANCE, new InlineCache.BuiltinCall(b));
      }
      return rewrite(co, i, Opcode.CALL_BUILTIN, null);
    }
    if (callable == Types.SUPER && self == null && nargs == 0) {
      return rewrite(co, i, Opcode.CALL_SUPER_ZERO, InlineCache.ZeroArgSuper.INSTANCE);
    }
    if (callable instanceof PyType t && self == null) {
      PyFunction init = org.pyjit.runtime.Calls.plainInit(t);
      if (init != null && simpleParameters(init.code) && nargs + 1 == init.code.argcount) {
        return rewrite(co, i, Opcode.CALL_ALLOC_AND_ENTER_INIT,
            new InlineCache.Init(t, t.versionTag(), init));
      }
    }
    return fail(co, i);
  }

  /**
   * CALL_LEN's cache: a Python __len__ taking only self, on a plain instance of a Python
   * class, is remembered to be entered directly.
   */
  private static InlineCache.LenCall lenCall(PyBuiltinFunction len, Object arg) {
    if (arg != null && arg.getClass() == PyInstance.class) {
      PyType t = ((PyInstance) arg).type();
      if (!t.builtin && t.lookup("__len__") instanceof PyFunction fn
          && simpleParameters(fn.code) && fn.code.argcount == 1) {
        return new InlineCache.LenCall(len, t, t.versionTag(), fn);
      }
    }
    return new InlineCache.LenCall(len, null, 0, null);
  }

  /** No *args, **kwargs or keyword-only parameters: what the CALL_PY forms bind. */
  static boolean simpleParameters(CodeObject co) {
    return co.kwonlyargcount == 0
        && !co.has(CodeObject.CO_VARARGS) && !co.has(CodeObject.CO_VARKEYWORDS);
  }
}
