package org.pyjit.interp;

import static org.pyjit.bytecode.generated.OpcodeIds.*;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.ExceptionGroups;
import org.pyjit.runtime.Importer;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PatternOps;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyCell;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTraceback;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;
import org.pyjit.runtime.Typing;

/**
 * The instructions that hot code seldom runs (imports, class bodies, {@code del}, {@code with},
 * {@code match}, intrinsics, async), executed out of {@link Interpreter}'s loop: the loop's
 * switch sends every opcode it has no case for here. Each works on the frame's slots array
 * {@code stack} at stack pointer {@code sp} exactly as the instruction of the same name (see
 * {@link Opcode}) and returns the new stack pointer; none of them jumps or returns.
 *
 * <p>Why they are not cases of the loop: the JVM's C2 compiles the loop with only the cases
 * its profile saw, and when a program first runs another instruction it drops that code and
 * compiles the loop again with every case. Each case here would be part of that compile
 * (about 1 s of CPU for the whole loop); one call to this method is all the loop keeps of them
 * (docs/internals/interpreter.md, "Warm-up").
 */
final class RareOps {
  private RareOps() {}

  static int execute(Frame f, int unit, Object[] stack, int sp, ThreadState ts) {
    CodeObject co = f.code;
    int arg = unit >>> 8;
    switch (unit & 0xff) {
      case DELETE_FAST -> {
        if (stack[arg] == null) {
          throw Interpreter.unboundLocal(co, arg);
        }
        stack[arg] = null;
      }
      case DELETE_NAME -> {
        if (f.locals.remove(co.names[arg]) == null) {
          throw Errors.nameError(co.names[arg]);
        }
      }
      case DELETE_GLOBAL -> {
        if (f.globals.remove(co.names[arg]) == null) {
          throw Errors.nameError(co.names[arg]);
        }
      }
      case DELETE_DEREF -> {
        PyCell cell = (PyCell) stack[arg];
        if (cell.value == null) {
          throw Interpreter.unboundDeref(co, arg);
        }
        cell.value = null;
      }
      case DELETE_ATTR -> Ops.delattr(stack[--sp], co.names[arg]);
      case DELETE_SUBSCR -> {
        Object key = stack[--sp];
        Object container = stack[--sp];
        Ops.delitem(container, key);
      }
      case IMPORT_NAME -> {
        Object fromlist = stack[--sp];
        long level = Ops.asIndex(stack[sp - 1]);
        stack[sp - 1] = Importer.importName(co.names[arg], f.globals, fromlist, level);
      }
      case IMPORT_FROM -> {
        stack[sp] = Importer.importFrom(stack[sp - 1], co.names[arg]);
        sp++;
      }
      case LOAD_BUILD_CLASS -> stack[sp++] = f.builtins.getStr("__build_class__");
      case SETUP_ANNOTATIONS -> {
        if (f.locals.getStr("__annotations__") == null) {
          f.locals.put("__annotations__", new PyDict());
        }
      }
      case LOAD_LOCALS -> {
        if (f.locals == null) {
          throw Errors.raise(Types.SYSTEM_ERROR, "no locals found");
        }
        stack[sp++] = f.locals;
      }
      case LOAD_FROM_DICT_OR_GLOBALS -> stack[sp - 1] =
          Typing.loadFromDictOrGlobals(stack[sp - 1], co.names[arg], f.globals, f.builtins);
      case LOAD_FROM_DICT_OR_DEREF -> GenericOps.loadFromDictOrDeref(co, stack, sp, arg);
      case BEFORE_WITH -> sp = GenericOps.beforeWith(stack, sp);
      case WITH_EXCEPT_START -> {
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        Object exit = stack[sp - 3];
        stack[sp++] = Ops.call(exit, new Object[] {exc.type(), exc, PyTraceback.of(exc)},
            null);
      }
      case MATCH_SEQUENCE -> {
        stack[sp] = PatternOps.isSequence(stack[sp - 1]);
        sp++;
      }
      case MATCH_MAPPING -> {
        stack[sp] = PatternOps.isMapping(stack[sp - 1]);
        sp++;
      }
      case MATCH_KEYS -> {
        stack[sp] = PatternOps.matchKeys(stack[sp - 2], (PyTuple) stack[sp - 1]);
        sp++;
      }
      case MATCH_CLASS -> {
        PyTuple kw = (PyTuple) stack[--sp];
        Object cls = stack[--sp];
        stack[sp - 1] = PatternOps.matchClass(stack[sp - 1], cls, arg, kw);
      }
      case BUILD_SET -> sp = GenericOps.buildSet(stack, sp, arg);
      case SET_UPDATE -> {
        Object v = stack[--sp];
        ((PySet) stack[sp - arg]).update(v);
      }
      case DICT_UPDATE -> sp = GenericOps.dictUpdate(stack, sp, arg);
      case UNPACK_EX -> sp = GenericOps.unpackEx(stack, sp, arg);
      case CONVERT_VALUE -> {
        Object v = stack[sp - 1];
        stack[sp - 1] = switch (arg) {
          case 1 -> Ops.str(v);
          case 2 -> Ops.repr(v);
          default -> Builtins.ascii(v);
        };
      }
      case GET_YIELD_FROM_ITER -> {
        Object o = stack[sp - 1];
        if (!(o instanceof PyGenerator)) {
          stack[sp - 1] = Ops.iter(o);
        }
      }
      case CALL_INTRINSIC_1 -> stack[sp - 1] = switch (arg) {
        case 1 -> org.pyjit.runtime.DisplayHook.display(stack[sp - 1]); // PRINT
        case 5 -> Ops.positive(stack[sp - 1]); // INTRINSIC_UNARY_POSITIVE
        case 6 -> PyTuple.of(((PyList) stack[sp - 1]).toArray()); // LIST_TO_TUPLE
        case 4 -> new PyAsyncGenerator.Wrapped(stack[sp - 1]); // ASYNC_GEN_WRAP
        case 2 -> { // INTRINSIC_IMPORT_STAR
          Importer.importStar(stack[sp - 1], f.locals);
          yield PySingleton.NONE;
        }
        default -> Typing.intrinsic1(arg, stack[sp - 1], f.globals); // PEP 695's
      };
      case CALL_INTRINSIC_2 -> { // INTRINSIC_PREP_RERAISE_STAR, or PEP 695's
        Object v2 = stack[--sp];
        stack[sp - 1] = arg == 1 ? ExceptionGroups.prepReraiseStar(stack[sp - 1], (PyList) v2)
            : Typing.intrinsic2(arg, stack[sp - 1], v2);
      }
      case CHECK_EG_MATCH -> {
        Object[] parts = ExceptionGroups.checkEgMatch(stack[sp - 2], stack[sp - 1]);
        stack[sp - 2] = parts[0];
        stack[sp - 1] = parts[1];
        if (parts[1] instanceof PyBaseException match) {
          ts.handled = match; // sys.exception() in the clause is the matched part
        }
      }
      case GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR ->
          sp = Coroutines.execute(unit, stack, sp);
      default -> throw new IllegalStateException("opcode not implemented: "
          + Opcode.of(unit & 0xff));
    }
    return sp;
  }
}
