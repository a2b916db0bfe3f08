package org.pyjit.interp;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.generated.OpcodeIds;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyProperty;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PySuper;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.SpecializationSupport;
import org.pyjit.runtime.Types;

/**
 * The bodies of the specialized instructions (see {@link Specializer} for when each is
 * chosen). Each checks its assumptions against the operands on the value stack first and
 * returns {@link #MISS} without touching anything when they do not hold (the interpreter
 * then de-specializes the instruction and runs the generic form); otherwise it does the
 * instruction's work and returns the new stack pointer. They live outside
 * {@link Interpreter}'s loop to keep that method small enough for the JVM's JIT, which
 * inlines these where they are hot. Each takes its own copy of the stack pointer (and
 * argument) first, {@link CaseLocal#own}: inlined, their {@code sp - 1} would otherwise be
 * shared with the other cases' and computed before the loop's switch, at every instruction.
 */
final class SpecializedOps {
  private SpecializedOps() {}

  static final int MISS = -1;

  // ------------------------------------------------------------------ globals and attributes

  /**
   * The attribute cache for instances of {@code type}: the lone {@link InlineCache.Attr}
   * or one of a {@link InlineCache.Poly}'s, if its class is {@code type} and unchanged;
   * null otherwise (a miss).
   */
  static InlineCache.Attr attrFor(Object cache, PyType type) {
    if (cache instanceof InlineCache.Attr c) {
      return c.type() == type && type.hasVersionTag(c.version()) ? c : null;
    }
    if (cache instanceof InlineCache.Poly p) {
      for (InlineCache.Attr c : p.entries()) {
        if (c.type() == type) {
          return type.hasVersionTag(c.version()) ? c : null;
        }
      }
    }
    return null;
  }

  static int loadGlobalModule(PyDict globals, Object[] stack, int sp, int arg, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (cache instanceof InlineCache.Global c && c.globals() == globals.table()
        && c.globals().layoutVersion() == c.globalsVersion()) {
      stack[sp++] = c.globals().valueAt(c.entry());
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  static int loadGlobalBuiltin(PyDict globals, PyDict builtins, Object[] stack, int sp,
      int arg, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (cache instanceof InlineCache.Global c && c.globals() == globals.table()
        && c.globals().layoutVersion() == c.globalsVersion()
        && c.builtins() == builtins.table()
        && c.builtins().layoutVersion() == c.builtinsVersion()) {
      stack[sp++] = c.builtins().valueAt(c.entry());
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  static int loadAttrInstanceValue(Object[] stack, int sp, int arg, String[] names,
      Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    String name = names[arg >> 1];
    Object v;
    InlineCache.Attr c;
    if (stack[sp - 1] instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && inst.dict != null && (v = inst.dict.table().valueAtHint(c.hint(), name)) != null) {
      stack[sp - 1] = v;
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  static int loadAttrMethodWithValues(Object[] stack, int sp, int arg, String[] names,
      Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    String name = names[arg >> 1];
    Object owner = stack[sp - 1];
    InlineCache.Attr c;
    if (owner instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && inst.dict != null && inst.dict.table().lacks(name, c.hash())) {
      stack[sp - 1] = c.value();
      stack[sp++] = owner;
      return sp;
    }
    return MISS;
  }

  /** LOAD_ATTR_METHOD_NO_DICT, and LOAD_ATTR_SUPER_METHOD (its cache tells them apart). */
  static int loadAttrMethodNoDict(Object[] stack, int sp, Object cache) {
    sp = CaseLocal.own(sp);
    Object owner = stack[sp - 1];
    if (cache instanceof InlineCache.SuperMethod m) {
      return loadAttrSuperMethod(stack, sp, owner, m);
    }
    InlineCache.Attr c;
    if ((c = attrFor(cache, Types.typeOf(owner))) != null
        && !(owner instanceof PyInstance inst && inst.dict != null)) {
      stack[sp - 1] = c.value();
      stack[sp++] = owner;
      return sp;
    }
    return MISS;
  }

  private static int loadAttrSuperMethod(Object[] stack, int sp, Object owner,
      InlineCache.SuperMethod m) {
    sp = CaseLocal.own(sp);
    Object self;
    if (owner instanceof PySuper s && SpecializationSupport.superClass(s) == m.start()
        && Types.typeOf(self = SpecializationSupport.superObject(s)) == m.type()
        && m.type().hasVersionTag(m.version())) {
      stack[sp - 1] = m.method();
      stack[sp++] = self;
      return sp;
    }
    return MISS;
  }

  static int loadAttrModule(Object[] stack, int sp, int arg, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (cache instanceof InlineCache.ModuleAttr c && stack[sp - 1] instanceof PyModule m
        && m.dict.table() == c.table() && c.table().layoutVersion() == c.version()) {
      stack[sp - 1] = c.table().valueAt(c.entry());
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  static int loadAttrClass(Object[] stack, int sp, int arg, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (cache instanceof InlineCache.Attr c && stack[sp - 1] == c.type()
        && c.type().hasVersionTag(c.version())) {
      stack[sp - 1] = c.value();
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  static int storeAttrInstanceValue(Object[] stack, int sp, String name, Object cache) {
    sp = CaseLocal.own(sp);
    InlineCache.Attr c;
    if (stack[sp - 1] instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && inst.dict != null) {
      Object value = stack[sp - 2];
      if (!inst.dict.table().setAtHint(c.hint(), name, value)) {
        inst.dict.putStr(name, c.hash(), value); // a new attribute: the name's hash is cached
      }
      stack[--sp] = null;
      stack[--sp] = null;
      return sp;
    }
    return MISS;
  }

  /** The slot's place (the cache's hint) is valid for its class: slot arrays never change. */
  static int loadAttrSlot(Object[] stack, int sp, int arg, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    Object v;
    InlineCache.Attr c;
    Object[] slots;
    if (stack[sp - 1] instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && (slots = inst.slotValues()) != null && (v = slots[c.hint()]) != null) {
      stack[sp - 1] = v;
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  /**
   * LOAD_FAST_ATTR_SLOT: local {@code arg} (the frame's {@code stack} is its locals too) is
   * loaded and its slot attribute pushed, for the LOAD_ATTR_SLOT in code unit {@code next}
   * with its {@code cache}, which the loop then skips. MISS, touching nothing, when that
   * unit is no longer LOAD_ATTR_SLOT of an attribute (not a method load) or its guard fails.
   */
  static int loadFastAttrSlot(Object[] stack, int sp, int arg, int next, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    Object v;
    InlineCache.Attr c;
    Object[] slots;
    if ((next & 0x1ff) == OpcodeIds.LOAD_ATTR_SLOT && stack[arg] instanceof PyInstance inst
        && (c = attrFor(cache, inst.type())) != null && (slots = inst.slotValues()) != null
        && (v = slots[c.hint()]) != null) {
      stack[sp] = v;
      return sp + 1;
    }
    return MISS;
  }

  /** LOAD_FAST_ATTR_INSTANCE_VALUE: the same for LOAD_ATTR_INSTANCE_VALUE. */
  static int loadFastAttrInstanceValue(Object[] stack, int sp, int arg, int next,
      String[] names, Object cache) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    Object v;
    InlineCache.Attr c;
    if ((next & 0x1ff) == OpcodeIds.LOAD_ATTR_INSTANCE_VALUE
        && stack[arg] instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && inst.dict != null
        && (v = inst.dict.table().valueAtHint(c.hint(), names[next >>> 9])) != null) {
      stack[sp] = v;
      return sp + 1;
    }
    return MISS;
  }

  static int storeAttrSlot(Object[] stack, int sp, Object cache) {
    sp = CaseLocal.own(sp);
    InlineCache.Attr c;
    Object[] slots;
    if (stack[sp - 1] instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null
        && (slots = inst.slotValues()) != null) {
      slots[c.hint()] = stack[sp - 2];
      stack[--sp] = null;
      stack[--sp] = null;
      return sp;
    }
    return MISS;
  }

  /** What a helper returns when it pushed a Python frame (the loop returns CALLED). */
  static final int PUSHED = -2;

  /**
   * A property whose getter is a plain Python function of one parameter: for an attribute
   * (not a method load) the getter's frame is pushed on the trampoline, as CALL_PY pushes a
   * callee's, its value pushed on the caller's stack where the instance was ({@link
   * #PUSHED}); for a method load (its NULL goes after the value) or a generator getter it is
   * entered from here.
   */
  static int loadAttrProperty(Frame f, Object[] stack, int sp, int arg, int pc, Object cache,
      ThreadState ts) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    Object owner = stack[sp - 1];
    InlineCache.Attr c;
    if (owner instanceof PyInstance inst && (c = attrFor(cache, inst.type())) != null) {
      if ((arg & 1) == 0 && ((PyProperty) c.value()).fget instanceof PyFunction fget
          && fget.code.argcount == 1 && Specializer.simpleParameters(fget.code)
          && (fget.code.flags & Interpreter.NOT_INLINE) == 0) {
        Object[] locals = new Object[fget.code.frameSize];
        locals[0] = owner;
        f.sp = sp - 1; // the return overwrites the instance with the value
        f.resumeAt = pc;
        Interpreter.push(f, fget, locals, ts, Frame.RETURN_PUSH);
        return PUSHED;
      }
      f.sp = sp;
      stack[sp - 1] = ((PyProperty) c.value()).fget instanceof PyFunction fget
          ? callDunder1(fget, owner, ts) : SpecializationSupport.getProperty(c.value(), owner);
      if ((arg & 1) != 0) {
        stack[sp++] = null;
      }
      return sp;
    }
    return MISS;
  }

  // ------------------------------------------------------------------ operators

  /** TO_BOOL_BOOL, _INT, _NONE, _LIST, _STR: {@code op} 0-4, their order in Opcode. */
  static int toBool(Object[] stack, int sp, int op) {
    sp = CaseLocal.own(sp);
    Object v = stack[sp - 1];
    Boolean r;
    switch (op) {
      case 0 -> r = v instanceof Boolean b ? b : null;
      case 1 -> r = v instanceof Long l ? l != 0 : null;
      case 2 -> r = v == PySingleton.NONE ? Boolean.FALSE : null;
      case 3 -> r = v instanceof PyList l && l.type() == Types.LIST ? l.size() != 0 : null;
      default -> r = v instanceof String s ? !s.isEmpty() : null;
    }
    if (r == null) {
      return MISS;
    }
    stack[sp - 1] = r;
    return sp;
  }

  /**
   * a + b, an int: a Long, or a big int when it overflows 64 bits (BINARY_OP_ADD_INT). Kept
   * within 35 bytes of bytecode ({@code MaxInlineSize}), which C2 inlines at a call site of
   * any frequency.
   */
  static Object addLongs(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? addOverflow(a, b) : (Object) r;
  }

  private static Object addOverflow(long a, long b) {
    return Ops.longOp(BinaryOp.ADD, a, b);
  }

  /** a - b, an int: a Long, or a big int when it overflows 64 bits. */
  static Object subtractLongs(long a, long b) {
    long r = a - b;
    return ((a ^ b) & (a ^ r)) < 0 ? Ops.longOp(BinaryOp.SUBTRACT, a, b) : (Object) r;
  }

  static int subtractInt(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof Long x && stack[sp - 1] instanceof Long y) {
      stack[sp - 2] = subtractLongs(x, y);
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  /**
   * LOAD_FAST_CONST_ADD_INT and _SUBTRACT_INT ({@code subtract}, a constant at each of the
   * loop's two call sites): local {@code arg >>> 12} of the frame ({@code stack} is its
   * locals too) plus or minus constant {@code arg & 0xfff}, pushed; the operator's code unit
   * after this one is skipped by the loop. MISS, touching nothing, when the local is not an
   * int.
   */
  static int loadFastConstIntOp(Object[] stack, int sp, int arg, Object[] consts,
      boolean subtract) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[arg >>> 12] instanceof Long x && consts[arg & 0xfff] instanceof Long y) {
      stack[sp] = subtract ? subtractLongs(x, y) : addLongs(x, y);
      return sp + 1;
    }
    return MISS;
  }

  /**
   * LOAD_FAST_LOAD_FAST_ADD_INT and _SUBTRACT_INT: local {@code arg >>> 12} plus or minus
   * local {@code arg & 0xfff}, pushed; the operator's code unit after this one is skipped by
   * the loop. MISS, touching nothing, when either local is not an int.
   */
  static int loadFastPairIntOp(Object[] stack, int sp, int arg, boolean subtract) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[arg >>> 12] instanceof Long x && stack[arg & 0xfff] instanceof Long y) {
      stack[sp] = subtract ? subtractLongs(x, y) : addLongs(x, y);
      return sp + 1;
    }
    return MISS;
  }

  /** The other int operators (BINARY_OP_MULTIPLY_INT and BINARY_OP_INT). */
  static int intOp(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 2] instanceof Long x && stack[sp - 1] instanceof Long y) {
      // the common operators inline, the rest (shifts, powers, a product that overflows, a
      // negative operand of // or %) through Ops.longOp out of line: that call was never
      // inlined into the loop (no budget left), so every int `*` `&` `%` paid for a call
      long a = x;
      long b = y;
      BinaryOp op = BinaryOp.of(arg).plain();
      long r;
      if (op == BinaryOp.MULTIPLY) {
        r = a * b;
        if (Math.multiplyHigh(a, b) != (r >> 63)) {
          return intOpSlow(stack, sp, op, a, b);
        }
      } else if (op == BinaryOp.AND) {
        r = a & b;
      } else if (op == BinaryOp.OR) {
        r = a | b;
      } else if (op == BinaryOp.XOR) {
        r = a ^ b;
      } else if (op == BinaryOp.REMAINDER && a >= 0 && b > 0) {
        r = a % b;
      } else if (op == BinaryOp.FLOOR_DIVIDE && a >= 0 && b > 0) {
        r = a / b;
      } else {
        return intOpSlow(stack, sp, op, a, b);
      }
      stack[sp - 2] = r;
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  /** intOp's other cases; kept out of the loop (tools/lib/jvm-options.sh). */
  static int intOpSlow(Object[] stack, int sp, BinaryOp op, long a, long b) {
    stack[sp - 2] = Ops.longOp(op, a, b);
    stack[sp - 1] = null;
    return sp - 1;
  }

  /** BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT: {@code op} 0, 1, 2 (their order in Opcode). */
  static int floatOp(Object[] stack, int sp, int op) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof Double x && stack[sp - 1] instanceof Double y) {
      double a = x;
      double b = y;
      stack[sp - 2] = op == 0 ? a + b : op == 1 ? a - b : a * b;
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  /** BINARY_OP_FLOAT: two floats, or a float and a (64-bit) int, in either order. */
  static int floatArith(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    Object a = stack[sp - 2];
    Object b = stack[sp - 1];
    double x;
    double y;
    if (a instanceof Double d) {
      x = d;
    } else if (a instanceof Long l) {
      x = l;
    } else {
      return MISS;
    }
    if (b instanceof Double d) {
      y = d;
    } else if (b instanceof Long l && a instanceof Double) {
      y = l;
    } else {
      return MISS;
    }
    // + - * and / inline; the rest (and / by zero) through Ops.floatOp out of line: C2 spends
    // its inlining budget for the loop on the helpers it parses first, and the whole of
    // Ops.floatOp here (~160 bytes) left mandelbrot's float `*` `+` `-` (floatOp) a call
    BinaryOp op = BinaryOp.of(arg).plain();
    double r;
    if (op == BinaryOp.MULTIPLY) {
      r = x * y;
    } else if (op == BinaryOp.ADD) {
      r = x + y;
    } else if (op == BinaryOp.SUBTRACT) {
      r = x - y;
    } else if (op == BinaryOp.TRUE_DIVIDE && y != 0) {
      r = x / y;
    } else {
      return floatArithSlow(stack, sp, op, x, y);
    }
    stack[sp - 2] = r;
    stack[sp - 1] = null;
    return sp - 1;
  }

  /** floatArith's other operators; kept out of the loop (tools/lib/jvm-options.sh). */
  static int floatArithSlow(Object[] stack, int sp, BinaryOp op, double x, double y) {
    stack[sp - 2] = Ops.floatOp(op, x, y, false);
    stack[sp - 1] = null;
    return sp - 1;
  }

  static int addUnicode(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof String x && stack[sp - 1] instanceof String y) {
      stack[sp - 2] = x.concat(y);
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  static int compareInt(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 2] instanceof Long x && stack[sp - 1] instanceof Long y) {
      stack[sp - 2] = intOutcome(x, y, arg) != 0;
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  /**
   * COMPARE_OP_INT_JUMP: {@code next} is the code unit after it (a POP_JUMP_IF_FALSE or
   * POP_JUMP_IF_TRUE, at {@code pc}); both operands are popped (the caller lowers its stack
   * pointer by 2) and the result is where the loop goes on: the jump's target, or the
   * instruction after the jump. MISS, touching nothing, when the operands are not two ints.
   *
   * <p>Only a forward to {@link #compareIntJumpOperands}: a callee of at most 35 bytes
   * ({@code MaxInlineSize}) is inlined by C2 whatever its call site's frequency, and the
   * call inside it is then as frequent as the forward itself, so the body is inlined too. The
   * body called from the loop directly (88 bytes) was inlined only where its site ran once
   * per 4 invocations of the loop, which oo_sim's profile windows put on either side
   * (docs/internals/interpreter.md, branch oovar).
   */
  static int compareIntJump(Object[] stack, int sp, int arg, int next, int pc) {
    return compareIntJumpOperands(stack, sp, arg, next, pc);
  }

  private static int compareIntJumpOperands(Object[] stack, int sp, int arg, int next, int pc) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 2] instanceof Long x && stack[sp - 1] instanceof Long y) {
      stack[sp - 2] = null;
      stack[sp - 1] = null;
      return intJump(x, y, arg, next, pc + 1);
    }
    return MISS;
  }

  /**
   * LOAD_FAST_CONST_COMPARE_INT_JUMP at {@code pc - 1}: local {@code arg >>> 12} compared
   * with constant {@code arg & 0xfff} as the COMPARE_OP at {@code pc} (its code unit {@code
   * compare}) would, then the jump after it ({@code next}) decided: where the loop goes on,
   * the jump's target or the instruction after the jump; nothing is pushed. MISS when the
   * local is not an int.
   */
  static int loadFastConstCompareIntJump(Object[] stack, int arg, Object[] consts,
      int compare, int next, int pc) {
    arg = CaseLocal.own(arg);
    pc = CaseLocal.own(pc);
    if (stack[arg >>> 12] instanceof Long x && consts[arg & 0xfff] instanceof Long y) {
      return intJump(x, y, compare >>> 8, next, pc + 2);
    }
    return MISS;
  }

  /** LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP: the same with local {@code arg & 0xfff}. */
  static int loadFastPairCompareIntJump(Object[] stack, int arg, int compare, int next,
      int pc) {
    arg = CaseLocal.own(arg);
    pc = CaseLocal.own(pc);
    if (stack[arg >>> 12] instanceof Long x && stack[arg & 0xfff] instanceof Long y) {
      return intJump(x, y, compare >>> 8, next, pc + 2);
    }
    return MISS;
  }

  /**
   * Each comparison's result (3 bits at 3 times its {@link CompareOp} ordinal) when the
   * left int is less than (bit 0), equal to (bit 1) or greater than (bit 2) the right one:
   * GE 110, GT 100, NE 101, EQ 010, LE 011, LT 001.
   */
  private static final int INT_OUTCOMES = 0b110_100_101_010_011_001;

  /**
   * 1 when comparison {@code arg & 15} (a {@link CompareOp} ordinal) holds for x and y, else
   * 0, without a branch on the comparison: one switch shared by every int comparison site of
   * a program predicts badly.
   */
  private static int intOutcome(long x, long y, int arg) {
    return (INT_OUTCOMES >>> (3 * (arg & 15) + Long.compare(x, y) + 1)) & 1;
  }

  /**
   * Where the loop goes on after comparison {@code arg} of x and y and the conditional jump
   * {@code next} (POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE): its target, or {@code after}.
   */
  private static int intJump(long x, long y, int arg, int next, int after) {
    int jumpWhen = (next & 0xff) == OpcodeIds.POP_JUMP_IF_TRUE ? 1 : 0;
    return intOutcome(x, y, arg) == jumpWhen ? next >>> 8 : after;
  }

  static int compareFloat(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 2] instanceof Double x && stack[sp - 1] instanceof Double y) {
      double a = x;
      double b = y;
      // one comparison per operator, none derived from another: C2 compiles away a branch
      // its profile never saw taken, and a rarely true fact (a == b under `<=`: mandelbrot's
      // |z|^2 == 4.0 once, halfway through the run) then trapped and recompiled the whole
      // loop. Java's comparisons are IEEE's, as Python's: false for a nan but `!=` true.
      stack[sp - 2] = switch (arg & 15) {
        case 0 -> a < b;
        case 1 -> a <= b;
        case 2 -> a == b;
        case 3 -> a != b;
        case 4 -> a > b;
        default -> a >= b;
      };
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  static int compareStr(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 2] instanceof String x && stack[sp - 1] instanceof String y) {
      stack[sp - 2] = switch (arg & 15) {
        case 2 -> x.equals(y);
        case 3 -> !x.equals(y);
        default -> Ops.compare(CompareOp.ofArg(arg), x, y);
      };
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  /**
   * COMPARE_OP_PY: two instances of the cached class, whose method for the operator is the
   * cached plain Python function of two parameters (Specializer.compareOp): its frame is
   * pushed with (left, right), as CALL_PY_EXACT_ARGS pushes a callee's. The operands stay on
   * the caller's stack: the return ({@link #compareReturned}) needs them when the method
   * returns NotImplemented, and an exception unwinds them with the caller's stack. Null when
   * the site's assumptions do not hold.
   */
  static Frame pushCompare(Frame f, Object[] stack, int sp, int pc, Object cache,
      ThreadState ts) {
    sp = CaseLocal.own(sp);
    Object a = stack[sp - 2];
    Object b = stack[sp - 1];
    if (!(cache instanceof InlineCache.Attr c && a instanceof PyInstance x
        && b instanceof PyInstance y && x.type() == c.type() && y.type() == c.type()
        && c.type().hasVersionTag(c.version()))) {
      return null;
    }
    PyFunction fn = (PyFunction) c.value();
    Object[] locals = new Object[fn.code.frameSize];
    locals[0] = a;
    locals[1] = b;
    f.sp = sp;
    f.resumeAt = pc;
    return Interpreter.push(f, fn, locals, ts, Frame.RETURN_COMPARE);
  }

  /**
   * A frame whose return value its caller does not just push ({@link Frame#returnKind}) has
   * returned {@code v} to {@code caller}, now the innermost frame. What this raises, the
   * caller's instruction raises (its traceback line, its handlers), as through Java.
   */
  static void returned(Frame callee, Frame caller, Object v) {
    caller.pc = caller.resumeAt - 1;
    if (callee.returnKind == Frame.RETURN_INIT) { // the new instance is on the stack already
      if (v != PySingleton.NONE) {
        throw initReturned(v);
      }
      return;
    }
    if (callee.returnKind == Frame.RETURN_LEN) {
      caller.push(v instanceof Long l && l >= 0 ? v : (Object) SpecializationSupport.lenResult(v));
      return;
    }
    compareReturned(caller, v);
  }

  /**
   * COMPARE_OP_PY's method returned {@code v}: NotImplemented goes on as CPython's
   * comparison does after the left operand's method declined (the right operand's reflected
   * method, then identity for == and !=, else TypeError), without calling the left's again;
   * under the bool flag the result is converted with Python truth (which may call
   * __bool__), and a POP_JUMP_IF_FALSE / _TRUE after the comparison is done here (the
   * caller resumes at its target or after it). Otherwise the result replaces the two
   * operands.
   */
  private static void compareReturned(Frame caller, Object v) {
    // the common case first and small (C2 inlines it into the loop's returns, from the
    // loop's inlining budget): a bool under the bool flag, a jump after the compare
    int arg = caller.code.code[caller.pc] >>> 8;
    if (!(v instanceof Boolean b && CompareOp.toBool(arg) && jumpAfterCompare(caller, b))) {
      compareFinished(caller, v, arg);
    }
  }

  /**
   * The POP_JUMP_IF_FALSE / _TRUE after a comparison whose result is {@code b}, if one
   * follows, done at the comparison's return (one dispatch fewer, as COMPARE_OP_INT_JUMP):
   * the operands popped and the caller resumed at the jump's target or after it. The jump's
   * code unit stays for anything that jumps to it.
   */
  private static boolean jumpAfterCompare(Frame caller, boolean b) {
    int next = caller.code.code[caller.resumeAt];
    int jump = next & 0xff;
    if (jump != OpcodeIds.POP_JUMP_IF_FALSE && jump != OpcodeIds.POP_JUMP_IF_TRUE) {
      return false;
    }
    int sp = caller.sp;
    caller.stack[sp - 2] = null;
    caller.stack[sp - 1] = null;
    caller.sp = sp - 2;
    caller.resumeAt = b == (jump == OpcodeIds.POP_JUMP_IF_TRUE) ? next >>> 8
        : caller.resumeAt + 1;
    return true;
  }

  /** The rest of {@link #compareReturned}: NotImplemented, Python truth, no jump after. */
  private static void compareFinished(Frame caller, Object v, int arg) {
    Object[] stack = caller.stack;
    int sp = caller.sp;
    if (v == PySingleton.NOT_IMPLEMENTED) {
      v = Ops.compareReflected(CompareOp.ofArg(arg), stack[sp - 2], stack[sp - 1]);
    }
    if (CompareOp.toBool(arg)) {
      if (!(v instanceof Boolean)) { // a bool is its own truth
        v = Ops.truth(v);
      }
      if (jumpAfterCompare(caller, (Boolean) v)) {
        return;
      }
    }
    stack[sp - 2] = v;
    stack[sp - 1] = null;
    caller.sp = sp - 1;
  }

  /**
   * A Python function of one parameter (a property's getter) called with one value: straight
   * into a frame when its parameters are that simple, through the generic call otherwise.
   */
  private static Object callDunder1(PyFunction fn, Object a, ThreadState ts) {
    org.pyjit.bytecode.CodeObject code = fn.code;
    if (code.argcount != 1 || !Specializer.simpleParameters(code)) {
      return Calls.call(fn, new Object[] {a}, null);
    }
    Object[] locals = new Object[code.frameSize];
    locals[0] = a;
    return Interpreter.enter(fn, locals, ts);
  }

  static int containsDict(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 1] instanceof PyDict d && d.type() == Types.DICT) {
      boolean in = d.containsKey(stack[sp - 2]);
      stack[sp - 1] = null;
      stack[sp - 2] = in != (arg == 1);
      return sp - 1;
    }
    return MISS;
  }

  static int containsSet(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 1] instanceof PySet s
        && (s.type() == Types.SET || s.type() == Types.FROZENSET)) {
      boolean in = s.contains(stack[sp - 2]);
      stack[sp - 1] = null;
      stack[sp - 2] = in != (arg == 1);
      return sp - 1;
    }
    return MISS;
  }

  /**
   * CONTAINS_OP_SET_JUMP: {@code next} is the code unit after it (a POP_JUMP_IF_FALSE or
   * POP_JUMP_IF_TRUE, at {@code pc}); both operands are popped (the caller lowers its stack
   * pointer by 2) and the result is where the loop goes on: the jump's target, or the
   * instruction after the jump. MISS, touching nothing, when the container is not an exact
   * set or frozenset; what the test raises leaves the stack as it was. A forward of at most
   * 35 bytes, inlined whatever its call site's frequency, as {@link #compareIntJump}.
   */
  static int containsSetJump(Object[] stack, int sp, int arg, int next, int pc) {
    return containsSetJumpOperands(stack, sp, arg, next, pc);
  }

  private static int containsSetJumpOperands(Object[] stack, int sp, int arg, int next,
      int pc) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    if (stack[sp - 1] instanceof PySet s
        && (s.type() == Types.SET || s.type() == Types.FROZENSET)) {
      boolean in = s.contains(stack[sp - 2]) != (arg == 1);
      stack[sp - 1] = null;
      stack[sp - 2] = null;
      return in == ((next & 0xff) == OpcodeIds.POP_JUMP_IF_TRUE) ? next >>> 8 : pc + 1;
    }
    return MISS;
  }

  // ------------------------------------------------------------------ containers

  static int subscrListInt(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof PyList l && l.type() == Types.LIST
        && stack[sp - 1] instanceof Long k) {
      long i = k < 0 ? k + l.size() : k;
      stack[sp - 2] = i >= 0 && i < l.size() ? l.get((int) i) : Ops.getitem(l, k);
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  static int subscrTupleInt(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof PyTuple t && t.type() == Types.TUPLE
        && stack[sp - 1] instanceof Long k) {
      long i = k < 0 ? k + t.size() : k;
      stack[sp - 2] = i >= 0 && i < t.size() ? t.get((int) i) : Ops.getitem(t, k);
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  static int subscrDict(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof PyDict d && d.type() == Types.DICT) {
      Object key = stack[sp - 1];
      Object v = d.get(key);
      stack[sp - 2] = v != null ? v : Ops.getitem(d, key);
      stack[sp - 1] = null;
      return sp - 1;
    }
    return MISS;
  }

  static int storeSubscrListInt(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof PyList l && l.type() == Types.LIST
        && stack[sp - 1] instanceof Long k) {
      long i = k < 0 ? k + l.size() : k;
      if (i >= 0 && i < l.size()) {
        l.set((int) i, stack[sp - 3]);
      } else {
        Ops.setitem(l, k, stack[sp - 3]);
      }
      return clear3(stack, sp);
    }
    return MISS;
  }

  /**
   * LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT: local {@code arg >>> 12} (the frame's {@code stack}
   * is its locals too), an exact list, at local {@code arg & 0xfff}, an int in range, pushed.
   * MISS, touching nothing, otherwise (the two instructions then run as before).
   */
  static int loadFastPairSubscrListInt(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    int i = pairListIndex(stack, arg);
    if (i < 0) {
      return MISS;
    }
    stack[sp] = ((PyList) stack[arg >>> 12]).get(i);
    return sp + 1;
  }

  /** LOAD_FAST_LOAD_FAST_STORE_SUBSCR_LIST_INT: the value on top stored there instead. */
  static int loadFastPairStoreSubscrListInt(Object[] stack, int sp, int arg) {
    sp = CaseLocal.own(sp);
    arg = CaseLocal.own(arg);
    int i = pairListIndex(stack, arg);
    if (i < 0) {
      return MISS;
    }
    ((PyList) stack[arg >>> 12]).set(i, stack[sp - 1]);
    stack[sp - 1] = null;
    return sp - 1;
  }

  /**
   * The fused subscripts' operands: local {@code arg >>> 12} an exact list and local {@code
   * arg & 0xfff} an int in its range, as an index from the start; -1 otherwise.
   */
  private static int pairListIndex(Object[] stack, int arg) {
    if (stack[arg >>> 12] instanceof PyList l && l.type() == Types.LIST
        && stack[arg & 0xfff] instanceof Long k) {
      long i = k < 0 ? k + l.size() : k;
      if (i >= 0 && i < l.size()) {
        return (int) i;
      }
    }
    return -1;
  }

  static int storeSubscrDict(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 2] instanceof PyDict d && d.type() == Types.DICT) {
      d.put(stack[sp - 1], stack[sp - 3]);
      return clear3(stack, sp);
    }
    return MISS;
  }

  private static int clear3(Object[] stack, int sp) {
    sp = CaseLocal.own(sp);
    stack[sp - 1] = null;
    stack[sp - 2] = null;
    stack[sp - 3] = null;
    return sp - 3;
  }

  /** UNPACK_SEQUENCE_TWO_TUPLE and UNPACK_SEQUENCE_TUPLE. */
  static int unpackTuple(Object[] stack, int sp, int n) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 1] instanceof PyTuple t && t.type() == Types.TUPLE && t.size() == n) {
      sp--;
      for (int i = n - 1; i >= 0; i--) {
        stack[sp++] = t.items[i];
      }
      return sp;
    }
    return MISS;
  }

  static int unpackList(Object[] stack, int sp, int n) {
    sp = CaseLocal.own(sp);
    if (stack[sp - 1] instanceof PyList l && l.type() == Types.LIST && l.size() == n) {
      sp--;
      for (int i = n - 1; i >= 0; i--) {
        stack[sp++] = l.get(i);
      }
      return sp;
    }
    return MISS;
  }

  // ------------------------------------------------------------------ iteration

  /**
   * FOR_ITER_RANGE, _LIST, _TUPLE, _GEN ({@code kind} 0-3, their order in Opcode): the next
   * item pushed (returns sp + 1), or the exhausted iterator popped (returns sp - 1: the
   * caller jumps).
   */
  static int forIter(Object[] stack, int sp, int kind, ThreadState ts) {
    sp = CaseLocal.own(sp);
    Object it = stack[sp - 1];
    Object v;
    switch (kind) {
      case 0 -> {
        if (!(it instanceof PyIterator.RangeIterator r)) {
          return MISS;
        }
        v = r.next();
      }
      case 1 -> {
        if (!(it instanceof PyIterator.ListIterator r)) {
          return MISS;
        }
        v = r.next();
      }
      case 2 -> {
        if (!(it instanceof PyIterator.ArrayIterator r)) {
          return MISS;
        }
        v = r.next();
      }
      default -> {
        if (!(it instanceof PyGenerator g)) {
          return MISS;
        }
        v = g.next(ts);
      }
    }
    if (v == null) {
      stack[sp - 1] = null;
      return sp - 1;
    }
    stack[sp] = v;
    return sp + 1;
  }

  /**
   * FOR_ITER_RANGE_STORE_FAST: the range iterator's next int stored in the local that the
   * STORE_FAST after it ({@code store}, its code unit) names (returns sp: nothing pushed), or
   * the exhausted iterator popped (returns sp - 1: the caller jumps). MISS, touching
   * nothing, when the iterator is not a range's.
   */
  static int forRangeStore(Object[] stack, int sp, int store) {
    sp = CaseLocal.own(sp);
    if (!(stack[sp - 1] instanceof PyIterator.RangeIterator r)) {
      return MISS;
    }
    Object v = r.next();
    if (v == null) {
      stack[sp - 1] = null;
      return sp - 1;
    }
    stack[store >>> 8] = v;
    return sp;
  }

  // ------------------------------------------------------------------ calls

  /**
   * CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS: the callee's frame, which the caller's
   * loop continues in (its RETURN comes back to {@code f} at {@code pc}, the instruction
   * after the call), or null when the site's assumptions do not hold. A generator function
   * makes its generator here and gives back {@code f} itself, the result on its stack.
   * Either way {@code f.sp} and {@code f.resumeAt} are where the caller continues.
   */
  static Frame pushPy(Frame f, Object[] stack, int sp, int nargs, int pc, Object cache,
      ThreadState ts) {
    sp = CaseLocal.own(sp);
    nargs = CaseLocal.own(nargs);
    Object self = stack[sp - nargs - 1];
    int total = nargs + (self != null ? 1 : 0);
    // the cached code, or any other whose parameters are as simple (CPython's
    // CALL_PY_GENERAL): a call site whose callee changes with the receiver's class
    if (!(cache instanceof InlineCache.PyCall c
        && stack[sp - nargs - 2] instanceof PyFunction fn
        && (fn.code == c.code() || Specializer.simpleParameters(fn.code)))) {
      return null;
    }
    CodeObject co = fn.code;
    int argc = co.argcount;
    Object[] defaults = fn.defaults;
    int firstDefault = defaults == null ? argc : argc - defaults.length;
    if (total > argc || total < firstDefault) {
      return null;
    }
    Object[] locals = new Object[co.frameSize];
    int base = sp - nargs;
    int to = 0;
    if (self != null) {
      locals[to++] = self;
    }
    for (int k = 0; k < nargs; k++) { // a loop: System.arraycopy calls a stub for so few
      locals[to++] = stack[base + k];
    }
    for (int k = total; k < argc; k++) {
      locals[k] = defaults[k - firstDefault];
    }
    sp = base - 2;
    f.sp = sp;
    f.resumeAt = pc;
    if ((co.flags & Interpreter.NOT_INLINE) != 0) {
      stack[sp] = Interpreter.enter(fn, locals, ts);
      f.sp = sp + 1;
      return f;
    }
    return Interpreter.push(f, fn, locals, ts, Frame.RETURN_PUSH);
  }

  /**
   * CALL_ALLOC_AND_ENTER_INIT ({@code C(args)}, C's {@code __init__} a plain Python function):
   * the new instance goes where the call's result goes and {@code __init__}'s frame is pushed
   * as {@link #pushPy}'s, or null when the site's assumptions do not hold.
   */
  static Frame callAllocAndEnterInit(Frame f, Object[] stack, int sp, int nargs, int pc,
      Object cache, ThreadState ts) {
    sp = CaseLocal.own(sp);
    nargs = CaseLocal.own(nargs);
    if (!(cache instanceof InlineCache.Init c && stack[sp - nargs - 2] == c.type()
        && stack[sp - nargs - 1] == null && c.type().hasVersionTag(c.version())
        && nargs + 1 == c.init().code.argcount)) {
      return null;
    }
    PyFunction init = c.init();
    Object[] locals = new Object[init.code.frameSize];
    PyInstance obj = new PyInstance(c.type());
    locals[0] = obj;
    int base = sp - nargs;
    System.arraycopy(stack, base, locals, 1, nargs);
    sp = base - 2;
    stack[sp] = obj;
    f.sp = sp + 1;
    f.resumeAt = pc;
    if ((init.code.flags & Interpreter.NOT_INLINE) != 0) {
      Object r = Interpreter.enter(init, locals, ts);
      if (r != PySingleton.NONE) {
        throw initReturned(r);
      }
      return f;
    }
    return Interpreter.push(f, init, locals, ts, Frame.RETURN_INIT);
  }

  /** What {@code __init__} returning {@code r}, not None, raises. */
  static PyException initReturned(Object r) {
    return Errors.typeError("__init__() should return None, not '" + Types.typeOf(r).name
        + "'");
  }

  /** CALL_BUILTIN, and CALL_SUPER_ZERO (its cache tells them apart). */
  static int callBuiltin(Frame f, Object[] stack, int sp, int nargs, Object cache) {
    sp = CaseLocal.own(sp);
    nargs = CaseLocal.own(nargs);
    if (cache == InlineCache.ZeroArgSuper.INSTANCE) {
      return callSuperZero(f, stack, sp, nargs);
    }
    if (!(stack[sp - nargs - 2] instanceof PyBuiltinFunction b)) {
      return MISS;
    }
    Object[] args = callArguments(stack, sp, nargs);
    sp -= nargs + 2;
    f.sp = sp;
    stack[sp] = Calls.callBuiltin(b, args, null);
    return sp + 1;
  }

  /**
   * super() in a function defined in a class with a first parameter holding an instance of
   * that class: what the generic call of the type does (Constructors: the function's class,
   * its first local's current value); anything else, such as a classmethod's class or no
   * first parameter, goes to the generic call (which raises or makes the super object).
   */
  private static int callSuperZero(Frame f, Object[] stack, int sp, int nargs) {
    sp = CaseLocal.own(sp);
    nargs = CaseLocal.own(nargs);
    PyFunction fn = f.function;
    if (nargs != 0 || stack[sp - 2] != Types.SUPER || stack[sp - 1] != null || fn == null
        || fn.definingClass == null || fn.code.argcount == 0) {
      return MISS;
    }
    Object self = f.fast[0];
    if (self instanceof org.pyjit.runtime.PyCell c) {
      self = c.value;
    }
    if (self == null || !Types.typeOf(self).isSubtypeOf(fn.definingClass)) {
      return MISS; // deleted, or not an instance: the generic call raises
    }
    stack[sp - 2] = SpecializationSupport.newSuper(fn.definingClass, self);
    return sp - 1;
  }

  /** The arguments of a CALL of {@code nargs}: self (when not NULL), then those above it. */
  static Object[] callArguments(Object[] stack, int sp, int nargs) {
    int base = sp - nargs;
    Object self = stack[base - 1];
    if (self == null) {
      Object[] args = new Object[nargs];
      System.arraycopy(stack, base, args, 0, nargs);
      return args;
    }
    Object[] args = new Object[nargs + 1];
    args[0] = self;
    System.arraycopy(stack, base, args, 1, nargs);
    return args;
  }

  /**
   * CALL_LEN: len(x); a Python {@code __len__} (the cache's) has its frame pushed as a
   * CALL_PY callee's ({@link #PUSHED}), its result checked at the return ({@link
   * Frame#RETURN_LEN}); a generator {@code __len__} is entered from here.
   */
  static int callLen(Frame f, Object[] stack, int sp, int pc, Object cache, ThreadState ts) {
    sp = CaseLocal.own(sp);
    if (cache instanceof InlineCache.LenCall c && stack[sp - 3] == c.function()
        && stack[sp - 2] == null) {
      Object v = stack[sp - 1];
      f.sp = sp - 3;
      Object n;
      if (c.type() != null && v != null && v.getClass() == PyInstance.class
          && ((PyInstance) v).type() == c.type() && c.type().hasVersionTag(c.version())) {
        Object[] locals = new Object[c.dunder().code.frameSize];
        locals[0] = v;
        if ((c.dunder().code.flags & Interpreter.NOT_INLINE) == 0) {
          f.resumeAt = pc;
          Interpreter.push(f, c.dunder(), locals, ts, Frame.RETURN_LEN);
          return PUSHED;
        }
        Object r = Interpreter.enter(c.dunder(), locals, ts);
        n = r instanceof Long l && l >= 0 ? r : (Object) SpecializationSupport.lenResult(r);
      } else {
        n = Ops.len(v);
      }
      stack[sp - 3] = n;
      return sp - 2;
    }
    return MISS;
  }

  static int callIsinstance(Frame f, Object[] stack, int sp, Object cache) {
    sp = CaseLocal.own(sp);
    if (cache instanceof InlineCache.BuiltinCall c && stack[sp - 4] == c.function()
        && stack[sp - 3] == null) {
      f.sp = sp - 4;
      stack[sp - 4] = Builtins.isinstance(stack[sp - 2], stack[sp - 1]);
      return sp - 3;
    }
    return MISS;
  }
}
