package org.pyjit.interp;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.ExceptionTable;
import org.pyjit.bytecode.Opcode;
import static org.pyjit.bytecode.generated.OpcodeIds.*;
import static java.lang.Integer.MAX_VALUE;
import static java.util.Objects.checkIndex;
import static org.pyjit.interp.CaseLocal.own;
import org.pyjit.runtime.format.FormatError;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Interrupts;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyCell;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyMethod;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PySlice;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;
import org.pyjit.runtime.Typing;

/**
 * Tier 1: the evaluation loop over a frame's instructions (see {@link Opcode} for what each
 * instruction does to the value stack).
 *
 * <p>Exceptions are Java {@link PyException}s. When one escapes an instruction, the code's
 * exception table decides: a handler truncates the stack to its depth, pushes the exception
 * and continues at its target; otherwise the frame is recorded in the exception's traceback
 * and the exception propagates to the caller. A Java StackOverflowError becomes
 * RecursionError, so deep recursion never kills the JVM; the recursion limit itself is
 * checked on every call ({@link ThreadState}).
 *
 * <p>A specialized Python-to-Python call does not recurse in Java: it pushes the callee's
 * frame ({@link Frame#back} is the caller) and {@link #run}, a trampoline, runs the loop on
 * the innermost frame until the frame it was given returns; an exception goes up the pushed
 * frames one by one ({@code unwind}). Other calls (from Java, generators, class bodies)
 * enter {@link #run} recursively. docs/internals/interpreter.md, "Calls and attribute
 * access in steady state".
 */
public final class Interpreter {
  private Interpreter() {}

  /**
   * Runs a function whose arguments are already bound to its first local slots; calling a
   * generator function makes a generator instead, suspended before its first instruction.
   */
  public static Object call(PyFunction fn, Object[] fast) {
    return enter(fn, fast, ThreadState.current());
  }

  static Object enter(PyFunction fn, Object[] fast, ThreadState ts) {
    CodeObject co = fn.code;
    if (co.freevars.length > 0) {
      System.arraycopy(fn.closure, 0, fast, co.freeSlot(0), co.freevars.length);
    }
    Frame f = new Frame(co, fn.globals, Builtins.dict(fn.globals), null, fast, fn);
    if ((co.flags & NOT_INLINE) != 0) {
      return Coroutines.make(f);
    }
    return run(f, ts);
  }

  /**
   * Code whose call does not run its frame at once (a generator, coroutine or async
   * generator is made): a CALL_PY site enters it through {@link #enter}, not {@link #push}.
   */
  static final int NOT_INLINE = CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
      | CodeObject.CO_ASYNC_GENERATOR;

  /**
   * A Python-to-Python call: the frame of {@code fn} (arguments bound in {@code fast}) made
   * the thread's innermost, for the caller's loop to continue in. The recursion limit is
   * checked as {@link #run} checks it; the error is raised at the caller's call.
   */
  static Frame push(Frame caller, PyFunction fn, Object[] fast, ThreadState ts,
      byte returnKind) {
    CodeObject co = fn.code;
    if (co.freevars.length > 0) {
      System.arraycopy(fn.closure, 0, fast, co.freeSlot(0), co.freevars.length);
    }
    int depth = caller.depth + 1;
    if (depth > ts.recursionLimit) {
      throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    Frame f = new Frame(fn, fast, caller, returnKind);
    f.depth = depth;
    ts.frame = f;
    return f;
  }

  /**
   * A pushed frame returns {@code v}: its caller, with v on its stack, is the innermost. Kept
   * within 35 bytes of bytecode ({@code MaxInlineSize}), which C2 inlines into each return
   * case whatever its frequency: larger, it is inlined only where it runs once per 4
   * invocations of the loop (which runs twice per call), and fib's returns were split
   * between three cases.
   */
  private static void returnTo(Frame f, Object v, ThreadState ts) {
    Frame caller = f.back;
    ts.frame = caller;
    if (f.returnKind != Frame.RETURN_PUSH) { // __init__'s, a comparison's, len's
      SpecializedOps.returned(f, caller, v);
      return;
    }
    caller.push(v);
  }

  /** Runs a class body: the function's code with the class namespace as its locals. */
  public static void runClassBody(PyFunction body, PyDict namespace) {
    CodeObject co = body.code;
    Object[] fast = new Object[co.frameSize];
    if (co.freevars.length > 0) {
      System.arraycopy(body.closure, 0, fast, co.freeSlot(0), co.freevars.length);
    }
    run(new Frame(co, body.globals, Builtins.dict(body.globals), namespace, fast, body));
  }

  /** Runs module-level code in {@code globals}. */
  public static Object runModule(CodeObject co, PyDict globals) {
    return run(new Frame(co, globals, Builtins.dict(globals), globals, null, null));
  }

  public static Object run(Frame f) {
    return run(f, ThreadState.current());
  }

  static Object run(Frame f, ThreadState ts) {
    Frame caller = ts.frame;
    // the depth lives in the frame (one load from the caller's, one store into the new
    // frame), not in a counter of the thread to increment and decrement around each call
    int depth = caller == null ? 1 : caller.depth + 1;
    if (depth > ts.recursionLimit) {
      throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    f.depth = depth;
    f.entered = caller;
    ts.frame = f;
    Frame entry = f;
    try {
      if (f.throwIn != null) { // generator.throw(): raised where the generator stopped
        PyBaseException exc = f.throwIn;
        f.throwIn = null;
        f.pc = Math.max(0, f.resumeAt - 1);
        f = unwind(f, entry, new PyException(exc), true, ts);
      }
      int pc = f.resumeAt;
      // a generator resumed at the RESUME after its yield goes past it unless a Ctrl-C is
      // pending (RESUME's only work is that check): one dispatch fewer per item
      if ((f.code.code[pc] & 0xff) == RESUME && !Interrupts.pending) {
        pc++;
      }
      while (true) {
        PyException e;
        boolean raised = true;
        try {
          // a trampoline, not a loop that switches frames inside: each frame's run of
          // instructions is a fresh call of loop, so a deoptimized compile of loop costs one
          // frame's run, not the rest of the program in the JVM's interpreter (until an
          // on-stack replacement), and the loop's common compile is the one that runs
          ts.resumeAt = pc;
          Object r = loop(f, ts);
          if (r == CALLED) {
            f = ts.frame;
            pc = entryPoint(f.code.code);
            continue;
          }
          if (r == RETURNED) {
            f = ts.frame;
            pc = f.resumeAt;
            continue;
          }
          return r;
        } catch (Reraise r) {
          e = new PyException(r.exc);
          raised = false;
        } catch (PyException | FormatError thrown) {
          e = thrown instanceof FormatError fe ? Errors.from(fe) : (PyException) thrown;
        } catch (StackOverflowError so) { // at the innermost frame, whose handlers see it
          e = Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        // raised in the innermost frame (ts.frame: pushes and returns keep it current)
        f = unwind(ts.frame, entry, e, raised, ts);
        pc = f.resumeAt;
      }
    } catch (StackOverflowError e) {
      throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
    } finally {
      ts.frame = caller;
    }
  }

  /**
   * Where a frame pushed by a specialized call starts: after its RESUME, unless a Ctrl-C is
   * pending (RESUME's only work is that check: one dispatch fewer per call), and after a
   * COPY_FREE_VARS before it too (a closure's: {@link #push} has copied the free variables
   * already, and the instruction does nothing), so a lambda's call runs two instructions
   * fewer. A frame with cells starts at 0: its MAKE_CELLs come first.
   */
  private static int entryPoint(int[] code) {
    if (Interrupts.pending) {
      return 0;
    }
    int first = code[0];
    if (first == RESUME) {
      return 1;
    }
    return (first & 0xff) == COPY_FREE_VARS && code[1] == RESUME ? 2 : 0;
  }

  /** What {@link #loop} returns when a CALL_PY pushed a frame (the thread's innermost). */
  private static final Object CALLED = new Object();
  /** What {@link #loop} returns when a pushed frame returned to its caller (the innermost). */
  private static final Object RETURNED = new Object();

  /**
   * Runs frame {@code f} from instruction {@code ts.resumeAt} until it returns or yields,
   * or until a Python-to-Python call pushes a callee's frame ({@link #CALLED}) or, for a
   * frame the loop pushed ({@link Frame#back}), until it returns to its caller ({@link
   * #RETURNED}): {@link #run} then goes on with the innermost frame, without Java recursion
   * (CPython 3.11's calls). On an exception the frame's instruction and stack depth are in
   * it.
   */
  private static Object loop(Frame f, ThreadState ts) {
    // sp and stack first: javac gives them slots 2 and 3, whose loads and stores take one
    // byte of bytecode instead of two (some 700 bytes: C2 inlines helpers into this method
    // only while its bytecode and theirs stay under -XX:DesiredMethodLimit, 8000 bytes)
    int sp = f.sp;
    Object[] stack = f.stack;
    CodeObject co = f.code;
    int[] code = co.code;
    Object[] caches = co.caches;
    Object[] consts = co.consts;
    String[] names = co.names;
    Object[] fast = stack; // one array (Frame#fast): one register, not two
    // globals in a local: read from the frame in the cases that use it (LOAD_GLOBAL_*, hot in
    // functions), C2 would load it before the switch, at every instruction (CaseLocal). The
    // builtins, the locals dict and the specialization counters, which only rare cases use,
    // are read from the frame and the code there: each local here is a value C2 keeps alive
    // (mostly in a stack slot) across the whole loop (docs/internals/interpreter.md, branch
    // loopcore)
    PyDict globals = f.globals;
    // the instruction being executed: what exception handling and tracebacks need (kept in
    // a local, not stored in the frame at every instruction)
    int pc = ts.resumeAt;
    int at = pc;
    try {
      while (true) {
        // a specialized form whose guard fails breaks out of this block to the one
        // deoptimizing tail below it: one call site for all of them instead of one per case
        // (some 400 bytes of this method, and a smaller graph for C2)
        deopt: {
        at = pc;
        int unit = code[pc];
        int arg = unit >>> 8;
        int r;
        pc++;
        int op = unit & 0xff;
        // two levels: the stack and locals instructions (the cheap and frequent ones) have
        // their cases here, the others their group's, which switches on the opcode (the
        // cases are OpcodeIds' constants): a case C2 had left out, when it is taken, untrims
        // only its own switch in later compiles (DispatchGroups). The block above and the
        // groups' switches are not indented further. The cases here pin the stack pointer with
        // Objects.checkIndex itself, not CaseLocal.own: it is always inlined (@ForceInline),
        // while own, parsed last, found C2's inlining budget spent and stayed a call on every
        // LOAD_FAST (docs/internals/interpreter.md, "What C2 inlines into the loop").
        switch (DispatchGroups.KEY[op]) {
          case NOP -> { }
          // function entry, generator resumption, and every loop's back edge: Ctrl-C is
          // checked. One case reads the flag: were it read in two, C2 would load it before the
          // switch, at every instruction (CaseLocal).
          case RESUME, JUMP_BACKWARD -> {
            if (Interrupts.pending) {
              throw Interrupts.raise();
            }
            if ((unit & 0xff) == JUMP_BACKWARD) {
              pc = arg;
            }
          }
          case POP_TOP -> { sp = checkIndex(sp, MAX_VALUE); stack[--sp] = null; }
          case PUSH_NULL -> { sp = checkIndex(sp, MAX_VALUE); stack[sp++] = null; }
          case COPY -> {
            sp = checkIndex(sp, MAX_VALUE);
            stack[sp] = stack[sp - arg];
            sp++;
          }
          case SWAP -> {
            sp = checkIndex(sp, MAX_VALUE);
            Object t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
          }
          case LOAD_CONST -> { sp = checkIndex(sp, MAX_VALUE); stack[sp++] = consts[arg]; }
          case LOAD_FAST -> { sp = checkIndex(sp, MAX_VALUE); stack[sp++] = fast[arg]; }
          case LOAD_FAST_CHECK -> {
            sp = checkIndex(sp, MAX_VALUE);
            Object v = fast[arg];
            if (v == null) {
              throw unboundLocal(co, arg);
            }
            stack[sp++] = v;
          }
          case LOAD_FAST_AND_CLEAR -> {
            sp = checkIndex(sp, MAX_VALUE);
            stack[sp++] = fast[arg]; // may be null: the name was unbound
            fast[arg] = null;
          }
          case STORE_FAST -> { sp = checkIndex(sp, MAX_VALUE); fast[arg] = stack[--sp]; }
          case LOAD_FAST_LOAD_FAST -> { // arg: the two locals, 12 bits each (Opcode.pair)
            sp = checkIndex(sp, MAX_VALUE);
            arg = own(arg);
            stack[sp++] = fast[arg >>> 12];
            stack[sp++] = fast[arg & 0xfff];
          }
          case STORE_FAST_LOAD_FAST -> {
            sp = checkIndex(sp, MAX_VALUE);
            arg = own(arg);
            fast[arg >>> 12] = stack[sp - 1];
            stack[sp - 1] = fast[arg & 0xfff];
          }
          case LOAD_FAST_LOAD_CONST -> { // arg: the local, then the constant (Opcode.pair)
            sp = checkIndex(sp, MAX_VALUE);
            arg = own(arg);
            stack[sp++] = fast[arg >>> 12];
            stack[sp++] = consts[arg & 0xfff];
          }
          case LOAD_FAST_CONST_ADD_INT -> { // and the BINARY_OP_ADD_INT after it (Opcode)
            if ((r = SpecializedOps.loadFastConstIntOp(stack, sp, arg, consts, false)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_CONST_SUBTRACT_INT -> {
            if ((r = SpecializedOps.loadFastConstIntOp(stack, sp, arg, consts, true)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_CONST_COMPARE_INT_JUMP -> { // and the compare and jump after it
            if ((r = SpecializedOps.loadFastConstCompareIntJump(stack, arg, consts, code[pc],
                code[pc + 1], pc)) < 0) {
              break deopt;
            }
            pc = r;
          }
          case LOAD_FAST_ATTR_SLOT -> { // and the LOAD_ATTR_SLOT after it (Opcode)
            if ((r = SpecializedOps.loadFastAttrSlot(stack, sp, arg, code[pc], caches[pc])) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_ATTR_INSTANCE_VALUE -> {
            if ((r = SpecializedOps.loadFastAttrInstanceValue(stack, sp, arg, code[pc], names,
                caches[pc])) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT -> { // and the subscript after it (Opcode)
            if ((r = SpecializedOps.loadFastPairSubscrListInt(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_LOAD_FAST_STORE_SUBSCR_LIST_INT -> {
            if ((r = SpecializedOps.loadFastPairStoreSubscrListInt(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_LOAD_FAST_ADD_INT -> { // and the BINARY_OP_ADD_INT after it (Opcode)
            if ((r = SpecializedOps.loadFastPairIntOp(stack, sp, arg, false)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_LOAD_FAST_SUBTRACT_INT -> {
            if ((r = SpecializedOps.loadFastPairIntOp(stack, sp, arg, true)) < 0) {
              break deopt;
            }
            sp = r;
            pc++;
          }
          case LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP -> { // and the compare and jump after it
            if ((r = SpecializedOps.loadFastPairCompareIntJump(stack, arg, code[pc],
                code[pc + 1], pc)) < 0) {
              break deopt;
            }
            pc = r;
          }
          case STORE_FAST_STORE_FAST -> {
            sp = checkIndex(sp, MAX_VALUE);
            arg = own(arg);
            fast[arg >>> 12] = stack[--sp];
            fast[arg & 0xfff] = stack[--sp];
          }
          case DELETE_FAST -> {
            if (fast[arg] == null) {
              throw unboundLocal(co, arg);
            }
            fast[arg] = null;
          }
        case DispatchGroups.NAMES -> { switch (op) {
          case LOAD_NAME -> {
            sp = own(sp);
            stack[sp++] = loadName(f, names[arg], co.nameHashes[arg]);
          }
          case STORE_NAME -> {
            sp = own(sp);
            // a metaclass's __prepare__ may give a dict subclass: its __setitem__ counts
            if (f.locals.getClass() == PyDict.class) {
              f.locals.putStr(names[arg], co.nameHashes[arg], stack[--sp]);
            } else {
              Ops.setitem(f.locals, names[arg], stack[--sp]);
            }
          }
          case DELETE_NAME -> {
            if (f.locals.remove(names[arg]) == null) {
              throw Errors.nameError(names[arg]);
            }
          }
          case LOAD_GLOBAL -> {
            sp = own(sp);
            arg = own(arg);
            String name = names[arg >> 1];
            if (Specializer.due(co, at)
                && Specializer.loadGlobal(co, at, name, globals, f.builtins)) {
              pc = at;
              continue;
            }
            long hash = co.nameHashes[arg >> 1];
            Object v = globals.getStr(name, hash);
            if (v == null) {
              v = f.builtins.getStr(name, hash);
              if (v == null) {
                throw Errors.nameError(name);
              }
            }
            stack[sp++] = v;
            if ((arg & 1) != 0) {
              stack[sp++] = null;
            }
          }
          case LOAD_GLOBAL_MODULE -> {
            if ((r = SpecializedOps.loadGlobalModule(globals, stack, sp, arg, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_GLOBAL_BUILTIN -> {
            if ((r = SpecializedOps.loadGlobalBuiltin(globals, f.builtins, stack, sp, arg,
                caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case STORE_GLOBAL -> {
            sp = own(sp);
            globals.putStr(names[arg], co.nameHashes[arg], stack[--sp]);
          }
          case DELETE_GLOBAL -> {
            if (globals.remove(names[arg]) == null) {
              throw Errors.nameError(names[arg]);
            }
          }
          case MAKE_CELL -> fast[arg] = new PyCell(fast[arg]);
          case IMPORT_NAME -> {
            sp = own(sp);
            Object fromlist = stack[--sp];
            long level = Ops.asIndex(stack[sp - 1]);
            stack[sp - 1] = org.pyjit.runtime.Importer.importName(names[arg], globals,
                f.locals, fromlist, level, f.builtins);
          }
          case IMPORT_FROM -> {
            sp = own(sp);
            stack[sp] = org.pyjit.runtime.Importer.importFrom(stack[sp - 1], names[arg]);
            sp++;
          }
          case BEFORE_WITH -> sp = GenericOps.beforeWith(stack, sp);
          case WITH_EXCEPT_START -> {
            sp = own(sp);
            PyBaseException exc = (PyBaseException) stack[sp - 1];
            Object exit = stack[sp - 3];
            stack[sp++] = Ops.call(exit, new Object[] {exc.type(), exc,
                org.pyjit.runtime.PyTraceback.of(exc)}, null);
          }
          case LOAD_BUILD_CLASS -> {
            sp = own(sp);
            stack[sp++] = f.builtins.getStr("__build_class__");
          }
          case COPY_FREE_VARS -> { }
          case LOAD_DEREF -> {
            sp = own(sp);
            Object v = ((PyCell) fast[arg]).value;
            if (v == null) {
              throw unboundDeref(co, arg);
            }
            stack[sp++] = v;
          }
          case STORE_DEREF -> { sp = own(sp); ((PyCell) fast[arg]).value = stack[--sp]; }
          case DELETE_DEREF -> {
            PyCell cell = (PyCell) fast[arg];
            if (cell.value == null) {
              throw unboundDeref(co, arg);
            }
            cell.value = null;
          }
          case LOAD_FROM_DICT_OR_GLOBALS -> {
            sp = own(sp);
            stack[sp - 1] =
                Typing.loadFromDictOrGlobals(stack[sp - 1], names[arg], globals, f.builtins);
          }
          case LOAD_LOCALS -> {
            sp = own(sp);
            if (f.locals == null) {
              throw Errors.raise(Types.SYSTEM_ERROR, "no locals found");
            }
            stack[sp++] = f.locals;
          }
          case LOAD_FROM_DICT_OR_DEREF -> GenericOps.loadFromDictOrDeref(co, stack, sp, arg);
        } }
        case DispatchGroups.ATTRIBUTES -> { switch (op) {
          case LOAD_ATTR -> {
            sp = own(sp);
            arg = own(arg);
            Object owner = stack[sp - 1];
            String name = names[arg >> 1];
            if (Specializer.due(co, at) && Specializer.loadAttr(co, at, name, (arg & 1) != 0, owner)) {
              pc = at;
              continue;
            }
            f.pc = at; // a frame object's f_lineno when it is its own frame's (never specialized)
            if ((arg & 1) != 0) {
              Object attr = Ops.getattr(owner, name);
              if (attr instanceof PyMethod m && m.self == owner) {
                stack[sp - 1] = m.function;
                stack[sp++] = owner;
              } else {
                stack[sp - 1] = attr;
                stack[sp++] = null;
              }
            } else {
              stack[sp - 1] = Ops.getattr(owner, name);
            }
          }
          // these three pin arg inside their helpers (CaseLocal), not here: out of the inlining
          // budget, a pin here was a call of its own at every instruction
          case LOAD_ATTR_INSTANCE_VALUE -> {
            if ((r = SpecializedOps.loadAttrInstanceValue(stack, sp, arg, names, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_METHOD_WITH_VALUES -> {
            if ((r = SpecializedOps.loadAttrMethodWithValues(stack, sp, arg, names, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_METHOD_NO_DICT, LOAD_ATTR_SUPER_METHOD -> {
            if ((r = SpecializedOps.loadAttrMethodNoDict(stack, sp, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_MODULE -> {
            if ((r = SpecializedOps.loadAttrModule(stack, sp, arg, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_CLASS -> {
            if ((r = SpecializedOps.loadAttrClass(stack, sp, arg, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case STORE_ATTR_INSTANCE_VALUE -> {
            if ((r = SpecializedOps.storeAttrInstanceValue(stack, sp, names[arg], caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_SLOT -> {
            if ((r = SpecializedOps.loadAttrSlot(stack, sp, arg, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case STORE_ATTR_SLOT -> {
            if ((r = SpecializedOps.storeAttrSlot(stack, sp, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case LOAD_ATTR_PROPERTY -> { // a Python getter's frame pushed: PUSHED
            if ((r = SpecializedOps.loadAttrProperty(f, stack, sp, arg, pc, caches[at], ts)) < 0) {
              if (r == SpecializedOps.PUSHED) {
                return CALLED;
              }
              break deopt;
            }
            sp = r;
          }
          case DELETE_ATTR -> { sp = own(sp); Ops.delattr(stack[--sp], names[arg]); }
          case STORE_ATTR -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.storeAttr(co, at, names[arg], stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object owner = stack[--sp];
            Object value = stack[--sp];
            Ops.setattr(owner, names[arg], value);
          }
        } }
        case DispatchGroups.ARITHMETIC -> { switch (op) {
          case UNARY_NEGATIVE -> { sp = own(sp); stack[sp - 1] = Ops.negative(stack[sp - 1]); }
          case UNARY_INVERT -> { // the pc: the line of ~ on a bool's DeprecationWarning
            sp = own(sp);
            f.pc = at;
            stack[sp - 1] = Ops.invert(stack[sp - 1]);
          }
          case UNARY_NOT -> { sp = own(sp); stack[sp - 1] = !(Boolean) stack[sp - 1]; }
          case TO_BOOL -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.toBool(co, at, stack[sp - 1])) {
              pc = at;
              continue;
            }
            stack[sp - 1] = Ops.truth(stack[sp - 1]);
          }
          case TO_BOOL_BOOL, TO_BOOL_INT, TO_BOOL_NONE, TO_BOOL_STR, TO_BOOL_LIST -> {
            if ((r = SpecializedOps.toBool(stack, sp, (unit & 0xff) - TO_BOOL_BOOL)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_OP -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.binaryOp(co, at, arg, stack[sp - 2], stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object b = stack[--sp];
            stack[sp - 1] = Ops.binary(BinaryOp.of(arg), stack[sp - 1], b);
          }
          case BINARY_OP_ADD_INT -> {
            // written here, not called: C2 inlines a callee over 35 bytes only where it runs
            // at least once per 4 invocations of loop, which runs twice per Python call (at
            // the call and at the return), and fib's + (once per two calls) stayed a call
            sp = own(sp);
            if (!(stack[sp - 2] instanceof Long x && stack[sp - 1] instanceof Long y)) {
              break deopt;
            }
            stack[sp - 2] = SpecializedOps.addLongs(x, y);
            stack[--sp] = null;
          }
          case BINARY_OP_SUBTRACT_INT -> {
            if ((r = SpecializedOps.subtractInt(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_OP_MULTIPLY_INT, BINARY_OP_INT -> {
            if ((r = SpecializedOps.intOp(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT -> {
            if ((r = SpecializedOps.floatOp(stack, sp, (unit & 0xff) - BINARY_OP_ADD_FLOAT)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_OP_FLOAT -> {
            if ((r = SpecializedOps.floatArith(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_OP_ADD_UNICODE -> {
            if ((r = SpecializedOps.addUnicode(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
        } }
        case DispatchGroups.COMPARISONS -> { switch (op) {
          case COMPARE_OP -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.compareOp(co, at, arg, stack[sp - 2], stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object b = stack[--sp];
            stack[sp - 1] = GenericOps.compare(arg, stack[sp - 1], b);
          }
          case COMPARE_OP_INT -> {
            if ((r = SpecializedOps.compareInt(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case COMPARE_OP_INT_JUMP -> { // the POP_JUMP_IF_* after it done here (Opcode)
            if ((r = SpecializedOps.compareIntJump(stack, sp, arg, code[pc], pc)) < 0) {
              break deopt;
            }
            sp = own(sp) - 2;
            pc = r;
          }
          case COMPARE_OP_FLOAT -> {
            if ((r = SpecializedOps.compareFloat(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case COMPARE_OP_STR -> {
            if ((r = SpecializedOps.compareStr(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case COMPARE_OP_PY -> {
            if (SpecializedOps.pushCompare(f, stack, sp, pc, caches[at], ts) == null) {
              break deopt;
            }
            return CALLED;
          }
          case CONTAINS_OP -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.containsOp(co, at, stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object container = stack[--sp];
            boolean in = Ops.contains(container, stack[sp - 1]);
            stack[sp - 1] = in != (arg == 1);
          }
          case CONTAINS_OP_DICT -> {
            if ((r = SpecializedOps.containsDict(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case CONTAINS_OP_SET -> {
            if ((r = SpecializedOps.containsSet(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case CONTAINS_OP_SET_JUMP -> { // the POP_JUMP_IF_* after it done here (Opcode)
            if ((r = SpecializedOps.containsSetJump(stack, sp, arg, code[pc], pc)) < 0) {
              break deopt;
            }
            sp = own(sp) - 2;
            pc = r;
          }
          case IS_OP -> {
            sp = own(sp);
            Object b = stack[--sp];
            stack[sp - 1] = Builtins.is(stack[sp - 1], b) != (arg == 1);
          }
          case GET_LEN -> {
            sp = own(sp);
            stack[sp] = Ops.len(stack[sp - 1]);
            sp++;
          }
          case MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS ->
              sp = GenericOps.match(op, stack, sp, arg);
        } }
        case DispatchGroups.SUBSCRIPTS -> { switch (op) {
          case BINARY_SUBSCR -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.binarySubscr(co, at, stack[sp - 2], stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object key = stack[--sp];
            stack[sp - 1] = Ops.getitem(stack[sp - 1], key);
          }
          case BINARY_SUBSCR_LIST_INT -> {
            if ((r = SpecializedOps.subscrListInt(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_SUBSCR_TUPLE_INT -> {
            if ((r = SpecializedOps.subscrTupleInt(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case BINARY_SUBSCR_DICT -> {
            if ((r = SpecializedOps.subscrDict(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case STORE_SUBSCR -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.storeSubscr(co, at, stack[sp - 2], stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object key = stack[--sp];
            Object container = stack[--sp];
            Object value = stack[--sp];
            Ops.setitem(container, key, value);
          }
          case STORE_SUBSCR_LIST_INT -> {
            if ((r = SpecializedOps.storeSubscrListInt(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case STORE_SUBSCR_DICT -> {
            if ((r = SpecializedOps.storeSubscrDict(stack, sp)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case DELETE_SUBSCR -> {
            sp = own(sp);
            Object key = stack[--sp];
            Object container = stack[--sp];
            Ops.delitem(container, key);
          }
        } }
        case DispatchGroups.DISPLAYS -> { switch (op) {
          case BUILD_SLICE -> {
            sp = own(sp);
            Object step = arg == 3 ? stack[--sp] : PySingleton.NONE;
            Object stop = stack[--sp];
            stack[sp - 1] = new PySlice(stack[sp - 1], stop, step);
          }
          case BUILD_TUPLE -> {
            sp = own(sp);
            Object[] items = new Object[arg];
            sp -= arg;
            System.arraycopy(stack, sp, items, 0, arg);
            stack[sp++] = PyTuple.of(items);
          }
          case BUILD_LIST -> {
            sp = own(sp);
            Object[] items = new Object[arg];
            sp -= arg;
            System.arraycopy(stack, sp, items, 0, arg);
            stack[sp++] = new PyList(items);
          }
          case BUILD_SET -> sp = GenericOps.buildSet(stack, sp, arg);
          case SET_ADD -> {
            sp = own(sp);
            Object v = stack[--sp];
            ((org.pyjit.runtime.PySet) stack[sp - arg]).add(v);
          }
          case SET_UPDATE -> {
            sp = own(sp);
            Object v = stack[--sp];
            ((org.pyjit.runtime.PySet) stack[sp - arg]).update(v);
          }
          case BUILD_MAP -> sp = GenericOps.buildMap(stack, sp, arg);
          case BUILD_STRING -> sp = GenericOps.buildString(stack, sp, arg);
          case LIST_APPEND -> {
            sp = own(sp);
            Object v = stack[--sp];
            ((PyList) stack[sp - arg]).append(v);
          }
          case LIST_EXTEND -> {
            sp = own(sp);
            Object v = stack[--sp];
            PyList l = (PyList) stack[sp - arg];
            for (Object x : starredItems(v)) {
              l.append(x);
            }
          }
          case DICT_UPDATE -> sp = GenericOps.dictUpdate(stack, sp, arg);
          case MAP_ADD -> {
            sp = own(sp);
            Object v = stack[--sp];
            Object k = stack[--sp];
            ((PyDict) stack[sp - arg]).put(k, v);
          }
          case UNPACK_SEQUENCE -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.unpackSequence(co, at, arg, stack[sp - 1])) {
              pc = at;
              continue;
            }
            Object seq = stack[--sp];
            Object[] items = org.pyjit.runtime.ListOps.unpackItems(seq);
            if (items.length != arg) {
              throw items.length < arg
                  ? Errors.valueError("not enough values to unpack (expected " + arg + ", got "
                      + items.length + ")")
                  : Errors.valueError("too many values to unpack (expected " + arg + ")");
            }
            for (int i = arg - 1; i >= 0; i--) {
              stack[sp++] = items[i];
            }
          }
          case UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE -> {
            if ((r = SpecializedOps.unpackTuple(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case UNPACK_SEQUENCE_LIST -> {
            if ((r = SpecializedOps.unpackList(stack, sp, arg)) < 0) {
              break deopt;
            }
            sp = r;
          }
          case CONVERT_VALUE -> {
            sp = own(sp);
            Object v = stack[sp - 1];
            stack[sp - 1] = switch (arg) {
              case 1 -> Ops.str(v);
              case 2 -> Ops.repr(v);
              default -> Builtins.ascii(v);
            };
          }
          case FORMAT_SIMPLE -> {
            sp = own(sp);
            Object v = stack[sp - 1];
            if (!(v instanceof String)) {
              stack[sp - 1] = Builtins.format(v, "");
            }
          }
          case FORMAT_WITH_SPEC -> {
            sp = own(sp);
            Object spec = stack[--sp];
            stack[sp - 1] = Builtins.format(stack[sp - 1], (String) spec);
          }
        } }
        case DispatchGroups.JUMPS -> { switch (op) {
          case JUMP_FORWARD -> pc = arg;
          case POP_JUMP_IF_FALSE -> {
            sp = own(sp);
            if (!(Boolean) stack[--sp]) {
              pc = arg;
            }
          }
          case POP_JUMP_IF_TRUE -> {
            sp = own(sp);
            if ((Boolean) stack[--sp]) {
              pc = arg;
            }
          }
          case POP_JUMP_IF_NONE -> {
            sp = own(sp);
            if (stack[--sp] == PySingleton.NONE) {
              pc = arg;
            }
          }
          case POP_JUMP_IF_NOT_NONE -> {
            sp = own(sp);
            if (stack[--sp] != PySingleton.NONE) {
              pc = arg;
            }
          }
          case GET_ITER -> {
            sp = own(sp);
            Object it = Ops.iter(stack[sp - 1]);
            if (arg == 1 && it instanceof PyGenerator g) {
              g.ownByLoop();
            }
            stack[sp - 1] = it;
          }
          case FOR_ITER -> {
            sp = own(sp);
            Object it = stack[sp - 1];
            if (Specializer.due(co, at) && Specializer.forIter(co, at, it)) {
              pc = at;
              continue;
            }
            Object v = it instanceof PyIterator i ? i.next()
                : it instanceof PyGenerator g ? g.next() : Ops.next(it);
            if (v == null) {
              stack[--sp] = null;
              pc = arg;
            } else {
              stack[sp++] = v;
            }
          }
          case FOR_ITER_RANGE, FOR_ITER_LIST, FOR_ITER_TUPLE, FOR_ITER_GEN -> {
            if ((r = SpecializedOps.forIter(stack, sp, (unit & 0xff) - FOR_ITER_RANGE, ts)) < 0) {
              break deopt;
            }
            // exhausted (r < sp): jump past the loop. Without a branch on purpose: C2 drops a
            // branch its profile never saw taken, and a long loop that is still running when
            // loop() is compiled would, on ending, throw that code away (a deoptimization and
            // a recompile of this whole method; docs/internals/interpreter.md, "Warm-up")
            pc += (arg - pc) & ((r - sp) >> 31);
            sp = r;
          }
          case FOR_ITER_RANGE_STORE_FAST -> { // the STORE_FAST after it done here (Opcode)
            if ((r = SpecializedOps.forRangeStore(stack, sp, code[pc])) < 0) {
              break deopt;
            }
            // stored (r == sp): on after the store; exhausted (r < sp): past the loop. Without
            // a branch, as FOR_ITER_RANGE's case above
            pc += 1 + ((arg - pc - 1) & ((r - sp) >> 31));
            sp = r;
          }
          case END_FOR -> { sp = own(sp); stack[--sp] = null; }
          case SETUP_ANNOTATIONS -> {
            if (f.locals.getStr("__annotations__") == null) {
              f.locals.put("__annotations__", new PyDict());
            }
          }
          case POP_ITER -> {
            sp = own(sp);
            Object it = stack[--sp];
            stack[sp] = null;
            PyGenerator.closeIfLoopOwned(it);
          }
        } }
        case DispatchGroups.CALLS -> { switch (op) {
          case CALL -> {
            sp = own(sp);
            if (Specializer.due(co, at) && Specializer.call(co, at, arg, stack, sp)) {
              pc = at;
              continue;
            }
            Object callable = stack[sp - arg - 2];
            Object[] args = SpecializedOps.callArguments(stack, sp, arg);
            sp -= arg + 2;
            f.sp = sp;
            f.pc = at; // the line a callee's sys._getframe(1).f_lineno reports
            stack[sp++] = Ops.call(callable, args, null);
          }
          case CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS, CALL_ALLOC_AND_ENTER_INIT -> {
            Frame callee = (unit & 0xff) == CALL_ALLOC_AND_ENTER_INIT
                ? SpecializedOps.callAllocAndEnterInit(f, stack, sp, arg, pc, caches[at], ts)
                : SpecializedOps.pushPy(f, stack, sp, arg, pc, caches[at], ts);
            if (callee == null) {
              break deopt;
            }
            if (callee != f) {
              return CALLED;
            }
            sp = f.sp; // called through Java: a generator function made its generator
          }
          case CALL_BUILTIN, CALL_SUPER_ZERO -> {
            if ((r = SpecializedOps.callBuiltin(f, stack, sp, arg, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case CALL_LEN -> { // a Python __len__'s frame pushed: PUSHED
            if ((r = SpecializedOps.callLen(f, stack, sp, pc, caches[at], ts)) < 0) {
              if (r == SpecializedOps.PUSHED) {
                return CALLED;
              }
              break deopt;
            }
            sp = r;
          }
          case CALL_ISINSTANCE -> {
            if ((r = SpecializedOps.callIsinstance(f, stack, sp, caches[at])) < 0) {
              break deopt;
            }
            sp = r;
          }
          case CALL_KW -> {
            f.pc = at; // the line a callee's sys._getframe(1).f_lineno reports
            sp = GenericOps.callKw(f, stack, sp, arg);
          }
          case CALL_FUNCTION_EX -> {
            f.pc = at; // as CALL's: the caller's line for `*args` and the callee
            sp = own(sp);
            Object kwargs = stack[--sp];
            Object star = stack[--sp];
            Object self = stack[--sp];
            Object callable = stack[--sp];
            PyTuple posargs = star instanceof PyTuple t ? t : starArgs(star, callable);
            f.sp = sp;
            stack[sp++] = callEx(callable, self, posargs, (PyDict) kwargs);
          }
          case DICT_MERGE -> {
            sp = own(sp);
            Object v = stack[--sp];
            PyDict d = (PyDict) stack[sp - arg];
            mergeKeywords(d, v, stack[sp - arg - 3]);
          }
          case UNPACK_EX -> sp = GenericOps.unpackEx(stack, sp, arg);
          case MAKE_FUNCTION -> {
            sp = own(sp);
            stack[sp - 1] = new PyFunction((CodeObject) stack[sp - 1], globals);
          }
          case SET_FUNCTION_ATTRIBUTE -> sp = GenericOps.setFunctionAttribute(stack, sp, arg);
          case CALL_INTRINSIC_1 -> GenericOps.intrinsic1(stack, sp, arg, f.locals, globals);
        } }
        case DispatchGroups.RETURNS -> { switch (op) {
          case RETURN_VALUE -> {
            sp = own(sp);
            Object v = stack[--sp];
            if (f.back == null) {
              return v;
            }
            returnTo(f, v, ts);
            return RETURNED;
          }
          case RETURN_CONST -> {
            if (f.back == null) {
              return consts[arg];
            }
            returnTo(f, consts[arg], ts);
            return RETURNED;
          }
          case RETURN_FAST -> {
            if (f.back == null) {
              return fast[arg];
            }
            returnTo(f, fast[arg], ts);
            return RETURNED;
          }
          case YIELD_VALUE -> {
            sp = own(sp);
            Object v = stack[--sp];
            f.sp = sp;
            f.resumeAt = pc;
            f.yielded = true;
            return v;
          }
          case GET_YIELD_FROM_ITER -> {
            sp = own(sp);
            Object o = stack[sp - 1];
            if (!(o instanceof PyGenerator)) {
              stack[sp - 1] = Ops.iter(o);
            }
          }
          case SEND -> {
            if ((sp = PyGenerator.send(stack, own(sp), ts)) < 0) { // the send loop ends
              sp = ~sp;
              pc = arg;
            }
          }
          case GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR ->
              sp = Coroutines.execute(unit, stack, sp);
          case END_SEND -> {
            sp = own(sp);
            Object v = stack[--sp];
            stack[sp - 1] = v;
          }
        } }
        case DispatchGroups.EXCEPTIONS -> { switch (op) {
          case RAISE_VARARGS -> throw raise(ts, arg, stack, sp);
          case PUSH_EXC_INFO -> {
            sp = own(sp);
            Object exc = stack[sp - 1];
            stack[sp - 1] = ts.handled == null ? PySingleton.NONE : ts.handled;
            stack[sp++] = exc;
            ts.handled = (PyBaseException) exc;
          }
          case POP_EXCEPT -> {
            sp = own(sp);
            Object prev = stack[--sp];
            ts.handled = prev == PySingleton.NONE ? null : (PyBaseException) prev;
          }
          case CHECK_EXC_MATCH -> {
            sp = own(sp);
            Object type = stack[sp - 1];
            Object exc = stack[sp - 2];
            stack[sp - 1] = Builtins.exceptionMatches(exc, type);
          }
          case CHECK_EG_MATCH -> GenericOps.checkEgMatch(stack, sp, ts);
          case CALL_INTRINSIC_2 -> sp = GenericOps.intrinsic2(stack, sp, arg);
          case RERAISE -> {
            sp = own(sp);
            PyBaseException exc = (PyBaseException) stack[--sp];
            throw new Reraise(exc);
          }
        } }
        default -> throw new IllegalStateException("opcode not implemented: "
            + Opcode.of(unit & 0xff));
        }
        continue;
        }
        // a specialized instruction's guard failed (its case broke out of the block above):
        // back to the generic form, which runs at once
        Specializer.deopt(co, at);
        pc = at;
      }
    } catch (Throwable t) {
      // Only the instruction and the stack depth are live on this edge; run() finds the
      // handler and calls the loop again. A handler here that needed the loop's other state
      // made every instruction that can throw carry it, which grew C1's code for this method
      // past its limit (then the JVM ran it interpreted until C2 was done).
      f.pc = at;
      f.sp = sp;
      throw t;
    }
  }

  /**
   * Finds the handler of exception {@code e}, raised in frame {@code f} ({@code f.pc},
   * {@code f.sp}), in f or, frame by frame, in the callers the loop had pushed it from, up
   * to {@code entry}: the frame to resume (at its {@code resumeAt}), the thread's innermost;
   * without a handler, throws e out of entry.
   */
  private static Frame unwind(Frame f, Frame entry, PyException e, boolean raised,
      ThreadState ts) {
    while (!toHandler(f, e, raised, ts)) {
      if (f == entry) {
        throw e;
      }
      f = f.back;
      ts.frame = f;
      f.pc = f.resumeAt - 1; // its call instruction, for the traceback and the handler
      raised = true; // it enters the caller's traceback as it does through Java frames
    }
    return f;
  }

  /**
   * Sends exception {@code e}, raised by instruction {@code f.pc} with the stack at
   * {@code f.sp}, to the frame's handler: the loop then resumes there ({@code f.resumeAt},
   * {@code f.sp}); without one it closes the generators the frame's stack owns and says so.
   * A new exception ({@code raised}) gets its context and this frame in its traceback; a
   * re-raised one (RERAISE) already has them.
   */
  private static boolean toHandler(Frame f, PyException e, boolean raised, ThreadState ts) {
    CodeObject co = f.code;
    Object[] stack = f.stack;
    int sp = f.sp;
    PyBaseException exc = e.value;
    if (raised && !exc.contextSet) {
      exc.contextSet = true;
      exc.chainTo(ts.handled());
    }
    if (raised) {
      exc.addTraceback(co, f.pc, f);
    }
    int h = handler(co, f.pc);
    if (h < 0) {
      PyGenerator.closeOwned(stack, co.nlocalsplus, sp);
      return false;
    }
    PyGenerator.closeOwned(stack, co.nlocalsplus + co.exceptionTable.depth(h), sp);
    sp = unwindTo(co, h, stack, sp, f.pc);
    stack[sp++] = exc;
    f.sp = sp;
    f.resumeAt = co.exceptionTable.target(h);
    return true;
  }

  /** f(*args, **kwargs): positional values, then keyword values named by the dict's keys. */
  private static Object callEx(Object callable, Object self, PyTuple posargs, PyDict kwargs) {
    int off = self == null ? 0 : 1;
    int nkw = kwargs == null ? 0 : kwargs.size();
    Object[] args = new Object[off + posargs.size() + nkw];
    if (self != null) {
      args[0] = self;
    }
    System.arraycopy(posargs.items, 0, args, off, posargs.size());
    String[] names = null;
    if (nkw > 0) {
      names = new String[nkw];
      int i = 0;
      for (Object[] kv : kwargs.items()) {
        names[i] = (String) kv[0];
        args[off + posargs.size() + i] = kv[1];
        i++;
      }
    }
    return Ops.call(callable, args, names);
  }

  /** f(*a) with a not a tuple: its items, or CPython's error naming f. */
  private static PyTuple starArgs(Object v, Object callable) {
    PyType t = Types.typeOf(v);
    if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
      throw Errors.typeError(org.pyjit.runtime.ObjectRepr.functionName(callable)
          + " argument after * must be an iterable, not " + t.name);
    }
    return PyTuple.of(org.pyjit.runtime.ListOps.toArray(v));
  }

  /** DICT_MERGE: adds a **mapping to a call's keyword dict, refusing repeated names. */
  private static void mergeKeywords(PyDict target, Object mapping, Object callable) {
    PyDict src;
    if (mapping instanceof PyDict d) {
      src = d;
    } else {
      // any object with keys() and [] is a mapping here, as in CPython's dict merge
      Object keys = Types.typeOf(mapping).lookup("keys");
      if (keys == null) {
        throw Errors.typeError(org.pyjit.runtime.ObjectRepr.functionName(callable)
            + " argument after ** must be a mapping, not " + Types.typeOf(mapping).name);
      }
      src = new PyDict();
      Object it = Ops.iter(Ops.call(Ops.getattr(mapping, "keys"), new Object[0], null));
      for (Object k; (k = Ops.next(it)) != null; ) {
        src.put(k, Ops.getitem(mapping, k));
      }
    }
    for (Object[] kv : src.items()) {
      if (!(kv[0] instanceof String)) {
        throw Errors.typeError("keywords must be strings");
      }
      if (target.containsKey(kv[0])) {
        throw Errors.typeError(org.pyjit.runtime.ObjectRepr.functionName(callable)
            + " got multiple values for keyword argument '" + kv[0] + "'");
      }
      target.put(kv[0], kv[1]);
    }
  }

  /** The items of the iterable after a * in a display, with CPython's error for others. */
  private static Object[] starredItems(Object v) {
    try {
      return org.pyjit.runtime.ListOps.toArray(v);
    } catch (org.pyjit.runtime.PyException e) {
      PyType t = Types.typeOf(v);
      if (e.value.type() == Types.TYPE_ERROR && t.lookup("__iter__") == null
          && t.lookup("__getitem__") == null) {
        throw Errors.typeError("Value after * must be an iterable, not " + t.name);
      }
      throw e;
    }
  }

  /** A RERAISE: propagates an exception without adding this frame to its traceback again. */
  static final class Reraise extends RuntimeException {
    final PyBaseException exc;

    Reraise(PyBaseException exc) {
      super(null, null, false, false);
      this.exc = exc;
    }
  }

  private static int handler(CodeObject co, int pc) {
    return co.exceptionTable.size() == 0 ? -1 : co.exceptionTable.find(pc);
  }

  private static int unwindTo(CodeObject co, int h, Object[] stack, int sp, int pc) {
    ExceptionTable t = co.exceptionTable;
    int depth = co.nlocalsplus + t.depth(h);
    while (sp > depth) {
      stack[--sp] = null;
    }
    if (t.lasti(h)) {
      stack[sp++] = (long) pc;
    }
    return sp;
  }

  private static RuntimeException raise(ThreadState ts, int arg, Object[] stack, int sp) {
    if (arg == 0) {
      if (ts.handled() == null) {
        return Errors.runtimeError("No active exception to reraise");
      }
      return new Reraise(ts.handled());
    }
    Object cause = arg == 2 ? stack[sp - 1] : null;
    Object exc = stack[arg == 2 ? sp - 2 : sp - 1];
    PyBaseException e = Builtins.makeException(exc);
    e.contextSet = false; // raising it again chains it to what is handled now
    if (arg == 2) {
      if (cause == PySingleton.NONE) {
        e.cause = null;
      } else {
        if (!(cause instanceof PyBaseException) && !(cause instanceof org.pyjit.runtime.PyType t
            && t.isSubtypeOf(Types.BASE_EXCEPTION))) {
          throw Errors.typeError("exception causes must derive from BaseException");
        }
        e.cause = Builtins.makeException(cause);
      }
      e.suppressContext = true;
    }
    return new PyException(e);
  }

  private static Object loadName(Frame f, String name, long hash) {
    Object v = f.locals.getStr(name, hash);
    if (v == null) {
      v = f.globals.getStr(name, hash);
      if (v == null) {
        v = f.builtins.getStr(name, hash);
        if (v == null) {
          throw Errors.nameError(name);
        }
      }
    }
    return v;
  }

  private static PyException unboundLocal(CodeObject co, int slot) {
    return Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
        + co.localName(slot) + "' where it is not associated with a value");
  }

  static PyException unboundDeref(CodeObject co, int slot) {
    if (slot < co.freeSlot(0)) {
      return Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
          + co.localName(slot) + "' where it is not associated with a value");
    }
    PyException e = Errors.raise(Types.NAME_ERROR, "cannot access free variable '"
        + co.localName(slot) + "' where it is not associated with a value in enclosing scope");
    e.value.dict.put("name", co.localName(slot)); // for the "Did you mean" suggestion
    return e;
  }
}
